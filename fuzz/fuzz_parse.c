/* libFuzzer target: the tokenizer and parser on arbitrary bytes, taken as
 * the source of a file (encoding declarations, BOM, NUL bytes, invalid
 * UTF-8, deep nesting, f-strings...).  Parsed as a module and as an
 * expression.  SyntaxError and the like are fine; a sanitizer report, a
 * signal or a safety trap is a finding. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_parse(data, size, false);
    return 0;
}

/* libFuzzer target: parse + symbol tables + code generation + assembly of
 * arbitrary source, without running it; as a module and as an
 * interactive statement.  SyntaxError is fine; a sanitizer report, a
 * signal or a safety trap is a finding. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_parse(data, size, true);
    return 0;
}

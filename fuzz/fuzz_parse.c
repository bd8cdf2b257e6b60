/* libFuzzer target: the tokenizer and parser on arbitrary bytes, taken as
 * the source of a file (encoding declarations, BOM, NUL bytes, invalid
 * UTF-8, deep nesting, f-strings...).  Parsed as a module and as an
 * expression.  SyntaxError and the like are fine; a sanitizer report, a
 * signal or a safety trap is a finding. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__asan_default_options(void);

/* The VM lives across inputs (harness.c), so its heap's allocations
 * outlive each run by design: libFuzzer's per-input leak check would scan
 * the whole heap after every input (most of the time spent) and find
 * nothing.  fuzz_run and fuzz_gen free their VM and keep the check. */
const char *__asan_default_options(void)
{
    return "detect_leaks=0";
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_parse(data, size, false);
    return 0;
}

/* libFuzzer target: parse + symbol tables + code generation + assembly of
 * arbitrary source, without running it; as a module and as an
 * interactive statement.  SyntaxError is fine; a sanitizer report, a
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
    fz_parse(data, size, true);
    return 0;
}

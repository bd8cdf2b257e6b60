/* libFuzzer target: run arbitrary source as __main__ in a fresh VM on the
 * sandboxed platform (sandbox.c) with the fuzzers' limits (harness.c:
 * heap cap, tick budget).  Any Python exception is fine; a sanitizer
 * report, a signal, a safety trap or a hang is a finding. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_run(data, size);
    return 0;
}

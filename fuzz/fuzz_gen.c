/* libFuzzer target, structure-aware: the input is a list of choices for
 * the program generator (gen.c), which always makes a valid program
 * mixing the built-in types, classes with dunder methods that mutate
 * shared containers, generators, closures, exceptions, with-blocks and
 * comprehensions; the program then runs as in fuzz_run (fresh sandboxed
 * VM, heap cap, tick budget).  Any Python exception is fine; a sanitizer
 * report, a signal, a safety trap or a hang is a finding.  To see the
 * program of an input: build-fuzz/gen_sample -f INPUT. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_run_generated(data, size);
    return 0;
}

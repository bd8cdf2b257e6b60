/* What the libFuzzer targets of fuzz/ share: a sandboxed platform
 * (sandbox.c) and VM set-up (harness.c).  Built only by fuzz/fuzz.mk,
 * with -DSP_FUZZ (a safety trap aborts, so libFuzzer reports it). */
#ifndef FZ_HARNESS_H
#define FZ_HARNESS_H

#include <setjmp.h>
#include "sp.h"

/* Heap cap of the VMs that run fuzzed programs. */
#define FZ_MAX_HEAP ((size_t)64 << 20)

/* The sandboxed platform (sandbox.c). */
const sp_platform *fz_sandbox(void);
/* Close the descriptors the last program left open; restart the fixed
 * entropy stream. */
void fz_sandbox_reset(void);
/* Where the sandbox's exit (os._exit) jumps; NULL outside a run. */
extern jmp_buf *fz_exit_target;

/* A new VM on the sandbox with this heap cap; aborts if it can't start. */
sp_vm *fz_vm_new(size_t max_heap);

/* Parse (or parse and compile) src as a module under a handler: a
 * SyntaxError and friends are expected results, anything else a finding
 * of the sanitizers.  The VM is reused between inputs (see harness.c). */
void fz_parse(const uint8_t *data, size_t size, bool compile);

/* Run src as __main__ in a fresh sandboxed VM with the fuzzers' limits,
 * then free the VM. */
void fz_run(const uint8_t *data, size_t size);

#endif

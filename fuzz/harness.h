/* What the libFuzzer targets of fuzz/ share: a sandboxed platform
 * (sandbox.c) and VM set-up (harness.c).  Built only by fuzz/fuzz.mk,
 * with -DSP_FUZZ (a safety trap aborts, so libFuzzer reports it). */
#ifndef FZ_HARNESS_H
#define FZ_HARNESS_H

#include <setjmp.h>
#include "sp.h"

/* Limits of the VMs that run fuzzed programs: heap cap, tick budget (a
 * tick is a backward jump, a Python call or a step of a long C loop), and
 * a wall-time backstop below libFuzzer's -timeout=30. */
#define FZ_MAX_HEAP ((size_t)64 << 20)
#define FZ_MAX_TICKS ((uint64_t)2000000)
#define FZ_MAX_TIME_NS ((int64_t)5000000000)

/* The sandboxed platform (sandbox.c). */
const sp_platform *fz_sandbox(void);
/* Close the descriptors the last program left open; restart the fixed
 * entropy stream. */
void fz_sandbox_reset(void);
/* Where the sandbox's exit (os._exit) jumps; NULL outside a run. */
extern jmp_buf *fz_exit_target;

/* A new VM on the sandbox with these limits (max_ticks 0: none, and no
 * time limit); aborts if it can't start. */
sp_vm *fz_vm_new(size_t max_heap, uint64_t max_ticks);

/* Parse (or parse and compile) src as a module under a handler: a
 * SyntaxError and friends are expected results, anything else a finding
 * of the sanitizers.  The VM is reused between inputs (see harness.c). */
void fz_parse(const uint8_t *data, size_t size, bool compile);

/* Run src as __main__ in a fresh sandboxed VM with the fuzzers' limits,
 * then free the VM. */
void fz_run(const uint8_t *data, size_t size);

/* Make a program of data with the generator (gen.c) and fz_run it. */
void fz_run_generated(const uint8_t *data, size_t size);

#endif

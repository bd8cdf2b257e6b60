/* Allocation-failure injection from the environment (tools/allocfail.py).
 *
 *   SAFEPY_FAIL_ALLOC=N    the N-th allocation after start-up fails (once)
 *   SAFEPY_FAIL_ALLOC=N+   the N-th and every later allocation fail
 *
 * With injection on, the heap is collected a few allocations after the
 * failure and collected and verified (sp_heap_verify) at exit.
 * `--gc-stats` also prints the number of allocations after start-up:
 * "gc: N allocations after start-up". */
#ifndef SP_CLI_ALLOCFAIL_H
#define SP_CLI_ALLOCFAIL_H

#include "../sp.h"

typedef struct sp_allocfail {
    size_t start;   /* allocation count at start-up */
    bool on;        /* SAFEPY_FAIL_ALLOC was set */
} sp_allocfail;

/* Call after sp_vm_enter, before running anything. */
sp_allocfail sp_allocfail_start(sp_vm *vm, const char *env);
/* Call when the program is over, before sp_vm_free. */
void sp_allocfail_end(sp_vm *vm, sp_allocfail af, bool gc_stats);

#endif

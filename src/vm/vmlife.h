/* VM life cycle helpers beyond sp.h's sp_vm_new / sp_vm_free
 * (src/vm/vm.c). */
#ifndef SP_VMLIFE_H
#define SP_VMLIFE_H

#include "../sp.h"

/* Every entry point from outside the VM (sp_run_*, the embedding API) calls
 * this first with the address of one of its locals.  It sets the base of
 * the collector's conservative stack scan and the C stack limit behind
 * sp_check_stack.  The base only ever moves up (towards older frames): a
 * nested entry keeps the outer base, so the outer frames' locals stay
 * roots. */
void sp_vm_enter(sp_vm *vm, void *stack_base);

/* sp_alloc_instance with extra header.gc flags (SP_GC_WEAK for weak
 * references). */
sp_val sp_alloc_instance_gc(sp_vm *vm, sp_type *type, uint32_t gcflags);

/* Print heap statistics to stderr (--gc-stats / SAFEPY_GC_STATS=1). */
void sp_vm_print_gc_stats(sp_vm *vm);

#endif

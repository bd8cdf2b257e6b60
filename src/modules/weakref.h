/* Weak references (the _weakref module) and their collector support
 * (src/modules/weakref.c).
 *
 * A weak reference is a heap object flagged SP_GC_WEAK whose `referent` is
 * not traced.  After marking, the VM's after_mark hook (sp_weakref_sweep)
 * walks every weak reference that survives: one whose referent was not
 * marked gets its referent cleared (NULL: dead) and, if it has a callback,
 * becomes `pending`.  Callbacks are Python code, so they never run inside
 * the collector: sp_weakref_run_pending runs them later, at a safe point
 * (the start of _weakref/gc functions, gc.collect(), and wherever the
 * interpreter loop chooses to call it).
 */
#ifndef SP_WEAKREF_H
#define SP_WEAKREF_H

#include "../sp.h"

typedef struct sp_weakref_obj {
    sp_obj h;
    sp_val referent;        /* NOT traced; NULL once the object died */
    sp_val callback;        /* traced; NULL if none */
    int64_t hash;           /* -1: not computed yet */
    uint8_t pending;        /* the referent died and the callback is due */
} sp_weakref_obj;

/* hooks.after_mark: clear weak references to unmarked objects. */
void sp_weakref_sweep(sp_heap *h, sp_vm *vm);
/* hooks.mark_roots: weak references whose callback has yet to run. */
void sp_weakref_mark_pending(sp_heap *h, sp_vm *vm);
/* Run the callbacks of weak references whose referent died (exceptions
 * are printed as "Exception ignored in", as CPython does). */
void sp_weakref_run_pending(sp_vm *vm);

/* "Exception ignored in: <repr of where>" and the traceback of exc, on
 * stderr, as CPython reports an exception nobody can catch. */
void sp_report_unraisable(sp_vm *vm, sp_val where, sp_val exc);

/* The _weakref and gc modules. */
sp_val sp_module_init_weakref(sp_vm *vm);
sp_val sp_module_init_gc(sp_vm *vm);

#endif

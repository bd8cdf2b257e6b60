/* Python-level finalization: __del__, and the closing of generators that
 * became garbage while suspended inside a try or with block (PEP 442's
 * rules on a tracing heap; the collector's side is "Finalization" in
 * src/core/gc.h).
 *
 * - Candidates: every instance of a class (alloc.c flags them
 *   SP_GC_PYFIN) and every generator, coroutine and async generator
 *   (generator.c).
 * - During a collection, sp_finalizer_wanted tells the collector which
 *   unreachable candidates need their finalizer: those whose class has a
 *   __del__ now (so a __del__ assigned to the class after the instances
 *   were made counts, and one deleted from it no longer does), and
 *   suspended generators with a handler around their yield (or in a
 *   yield from of a non-generator, whose close() closing calls).  It only
 *   reads objects: no allocation, no exception, no Python code.
 * - The collector queues them, keeping them and all they reach alive; the
 *   finalizers run later, at a safe point (sp_vm_service), in gc.collect()
 *   and at exit, via sp_run_finalizers.  Each object is queued at most
 *   once in its life, so __del__ runs at most once; an object it
 *   resurrects lives on and dies normally later, without a second call.
 * - An exception in a finalizer is reported as CPython does ("Exception
 *   ignored in: <function A.__del__ at 0x...>" and the traceback, on
 *   stderr) and the program goes on.
 * - Weak references to a queued object stay valid while its finalizer
 *   runs (it is alive); they are cleared when it really dies, at a later
 *   collection -- CPython's order for objects freed by reference counting.
 */
#include "sp.h"
#include "code.h"
#include "../modules/weakref.h"

/* Whether class `t` (or a base) defines __del__, found without running
 * code or allocating: the class dicts are walked entry by entry and only
 * str keys are compared (a class dict made by type() may hold other keys,
 * whose __eq__ must not run inside the collector). */
static bool has_del_raw(sp_vm *vm, sp_type *t)
{
    if (t->mro == NULL || !sp_is_tuple(t->mro))
        return false;
    sp_vals mro = sp_tuple_items(t->mro);
    for (size_t i = 0; i < mro.len; i++) {
        sp_val m = sp_vals_get(mro, i);
        if (!sp_is_type(m) || !(((sp_type *)m)->flags & SP_TF_HEAPTYPE))
            continue;          /* no built-in type defines __del__ */
        sp_val d = ((sp_type *)m)->dict;
        if (d == NULL || !sp_is_dict(d))
            continue;
        size_t pos = 0;
        sp_val k, v;
        while (sp_dict_next(d, &pos, &k, &v))
            if (k == vm->n.__del__ || (sp_is_ptr(k) && k->type == vm->t.str && sp_str_eq(k, vm->n.__del__)))
                return true;
    }
    return false;
}

/* has_del_raw, remembered per class and version.  A class marked for the
 * attribute caches (SP_TF_CACHED, set by sp_type_may_cache; read here, not
 * decided: the collector only reads) has its version bumped by any change
 * to it or a class of its MRO, __del__ assigned or deleted included, and
 * loses the mark then (type.c's type_modified); unmarked classes are
 * walked every time. */
static bool has_del(sp_vm *vm, sp_type *t)
{
    bool versioned = (t->flags & (SP_TF_CACHED | SP_TF_NOCACHE)) == SP_TF_CACHED && t->mro != NULL &&
                     t->version != 0;
    if (versioned && t->del_version == t->version)
        return t->has_del;
    bool r = has_del_raw(vm, t);
    if (versioned) {
        t->del_version = t->version;
        t->has_del = r;
    }
    return r;
}

/* sp_finalizer_wanted for an instance of a class: the memo's answer, or
 * has_del's, remembered. */
__attribute__((noinline)) static bool class_wants_finalizer(sp_vm *vm, sp_type *t)
{
    vm->fin_memo_type = t;
    vm->fin_memo_gc = vm->gc_epoch;
    vm->fin_memo_del = has_del(vm, t);
    return vm->fin_memo_del;
}

__attribute__((noinline)) static bool other_wants_finalizer(sp_vm *vm, sp_obj *o)
{
    sp_type *t = o->type;
    return (t == vm->t.generator || t == vm->t.coroutine || t == vm->t.async_generator) && sp_gen_wants_close(vm, o);
}

bool sp_finalizer_wanted(sp_heap *h, sp_obj *o, void *ud)
{
    sp_vm *vm = ud;
    sp_type *t = o->type;
    bool want;
    if (t == NULL) {
        want = false;
    } else if (t->flags & SP_TF_HEAPTYPE) {
        /* One answer per class and collection: the dead instances of a
         * collection are mostly of a few classes (and per class version,
         * has_del).  The collection is the VM's own count (gc_epoch),
         * read without a call into the heap; the common case, a hit,
         * without a stack frame. */
        want = vm->fin_memo_type == t && vm->fin_memo_gc == vm->gc_epoch ? vm->fin_memo_del
                                                                         : class_wants_finalizer(vm, t);
    } else {
        want = other_wants_finalizer(vm, o);
    }
    if (want)
        sp_vm_request_service(vm);
    return want;
}

typedef struct fin_ud { sp_val obj; sp_val fn; } fin_ud;

static sp_val run_one(sp_vm *vm, void *ud)
{
    fin_ud *u = ud;
    sp_val o = u->obj;
    if (o->type == vm->t.generator || o->type == vm->t.coroutine || o->type == vm->t.async_generator) {
        sp_gen_finalize(vm, o);
        return vm->None;
    }
    /* Looked up again now: the class may have lost its __del__ since. */
    u->fn = sp_type_lookup(vm, sp_type_of(vm, o), vm->n.__del__);
    if (u->fn != NULL)
        sp_call_special(vm, o, vm->n.__del__, SP_NOVALS);
    return vm->None;
}

void sp_run_finalizers(sp_vm *vm)
{
    size_t n = sp_heap_finalizable_count(vm->heap);
    if (n == 0 || vm->fin_running)
        return;
    vm->fin_running = true;
    /* Only those queued now: a finalizer that makes more garbage with
     * finalizers leaves it to the next safe point, so the program goes
     * on whatever the finalizers do. */
    for (; n > 0; n--) {
        sp_obj *o = sp_heap_take_finalizable(vm->heap);
        if (o == NULL)
            break;
        fin_ud u = { (sp_val)o, NULL };
        sp_val exc = NULL;
        if (sp_pcall(vm, run_one, &u, &exc) == NULL) {
            sp_report_unraisable(vm, u.fn != NULL ? u.fn : (sp_val)o, exc);
            /* Its traceback reaches the finalized object: not a root. */
            if (vm->exc == exc)
                vm->exc = NULL;
        }
        vm->fin_ran++;
    }
    vm->fin_running = false;
}

void sp_finalize_at_exit(sp_vm *vm)
{
    /* Garbage first (CPython would have finalized it already), then what
     * is still alive: CPython clears the modules at exit, which finalizes
     * most of it.  We don't clear anything, so every __del__ still sees
     * the globals it may use; the order is the heap's, not CPython's.
     * The memory these collections free is not given back: the heap is
     * about to go. */
    sp_heap_keep_pages(vm->heap);
    /* Nothing can need finalizing if the program made no class, no
     * generator and no weak reference (an empty script: the collections
     * below were most of its instructions).  The C finalizers (files)
     * don't need them: dirty files are flushed at exit, and freeing the
     * VM finalizes the rest. */
    if (!vm->fin_candidates)
        return;
    size_t ran = vm->fin_ran;
    sp_heap_collect(vm->heap);
    sp_run_finalizers(vm);
    vm->fin_memo_type = NULL;      /* classes may have changed since */
    sp_heap_queue_all_finalizable(vm->heap);
    /* The memo is keyed by the collection count, which queue_all does not
     * advance: the next collection would reuse its answer, computed before
     * the finalizers below ran (and perhaps gave a class a __del__). */
    vm->fin_memo_type = NULL;
    sp_run_finalizers(vm);
    /* And the garbage those finalizers made (once: no endless chain).
     * If none ran, no code ran since the collection above, which left no
     * garbage: a second one would only mark the heap again (44% of an
     * empty script's instructions were these two collections). */
    if (vm->fin_ran != ran) {
        sp_heap_collect(vm->heap);
        sp_run_finalizers(vm);
    }
    sp_weakref_run_pending(vm);
}

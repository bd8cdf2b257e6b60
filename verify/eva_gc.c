/* EVA harness: a heap's life, and a client of gc.h whose calls WP checks
 * against the collector's contracts.
 *
 * Four objects: two small ones of the same class, the second taken by
 * sp_heap_alloc's common case (the first, on a new heap, reserves the
 * rest of its bitmap word),
 * one at the largest small class, one large block; weak, finalizable and
 * Python-finalizer flags among them; the first and last rooted, the
 * others dead.  Each is looked up (size, interior pointer, flag); then a walk of the weak
 * objects, the (empty) finalization queue drained, an injected allocation
 * failure, the statistics, the verifier and the release. 
 * The hooks (eva_gc_hooks.h, shared with eva_gc_nomem.c) mark the roots
 * and read no object memory (the collector never does: cell_init, its one write to
 * it, is taken by its contract).
 *
 * Not here: sp_heap_collect and the queueing of finalizer candidates,
 * which eva_gc_collect.c runs (on a heap that makes no reservations).
 *
 * The file includes gc.c itself, so that the hooks and main can be given
 * the contracts gc.c assumes of a client (hook_trace and the others:
 * heap_ok kept, only marks and settings changed) and WP proves them and
 * every call's precondition here (`// wp:` below); EVA runs the same code.
 * The functions EVA can't run -- the stack scan and the system's page
 * mappings, the large blocks (integers to the collector) -- are taken by
 * their contracts.  Allocation with malloc and calloc never fails here
 * (-eva-no-alloc-returns-null): eva_gc_nomem.c is the scenario where each
 * of them may. */
// sources: src/core/trap.c
// includes: src/core/gc.c verify/eva_gc_hooks.h
// options: -eva-use-spec scan_stack,scrub_stack,stack_depth,map_page,unmap_pages,page_decommit,block_alloc,block_free,mem_free,cell_init -eva-slevel 100 -eva-partition-history 1 -eva-split-return auto -eva-alloc-builtin fresh -eva-no-alloc-returns-null
// wp: mark_all trace mark_roots walk after_mark finalize wants probe main
#include "gc.c"

#include "eva_gc_hooks.h"

/* An object's size, the object found from its last byte, its flag. */
/*@ requires heap_ok(h);
    assigns \nothing; */
static void probe(sp_heap *h, sp_obj *o)
{
    if (o == NULL)
        return;
    size_t n = sp_heap_size_of(h, o);
    if (n > 0)
        (void)sp_heap_find(h, (char *)o + (n - 1));
    (void)sp_heap_has_pyfin(h, o);
}

int main(void)
{
    sp_heap_hooks hooks = { NULL, trace, mark_roots, after_mark, finalize, wants };
    sp_heap *h = sp_heap_new((size_t)1 << 40, hooks);
    if (h == NULL)
        return 0;
    char base;
    sp_heap_set_stack_base(h, &base + 1);
    sp_obj *a = sp_heap_alloc(h, NULL, 16, SP_GC_WEAK);
    sp_obj *d = sp_heap_alloc(h, NULL, 20, SP_GC_FINALIZE);
    sp_obj *b = sp_heap_alloc(h, NULL, SP_GC_SMALL_MAX - 1, SP_GC_FINALIZE | SP_GC_PYFIN);
    sp_obj *c = sp_heap_alloc(h, NULL, SP_GC_SMALL_MAX + 1000, SP_GC_WEAK | SP_GC_FINALIZE);
    roots[0] = a;
    roots[1] = c;
    probe(h, a);
    probe(h, d);
    probe(h, b);
    probe(h, c);
    sp_heap_each_weak(h, walk, NULL);
    /*@ loop invariant \valid(h) && table_ok(h);
        loop invariant large_ok(h) && stack_ok(h);
        loop invariant finq_ok(h);
        loop invariant arrays_apart(h);
        loop assigns h->fin_head, h->fin_n; */
    while (sp_heap_finalizable_count(h) > 0)
        (void)sp_heap_take_finalizable(h);
    sp_heap_set_fail_at(h, 1, false);
    (void)sp_heap_alloc(h, NULL, 32, 0);
    (void)sp_heap_get_stats(h);
    sp_heap_verify(h);
    sp_heap_free(h);
    return 0;
}

/* EVA harness: a collection, and the queueing of finalizer candidates.
 *
 * Five objects: three small ones (two of the smallest classes, one of the
 * largest small class) and two large blocks; weak, C-finalizer and
 * Python-finalizer flags among them; the first and fourth rooted (by the
 * hooks of eva_gc_hooks.h), the others dead.  Then sp_heap_collect (the
 * roots, the stack scan by its contract, the tracing, the choice of the
 * dead candidates, the weak walk of after_mark, the C finalizers, the
 * sweep), the queue drained, sp_heap_queue_all_finalizable (every
 * remaining candidate, live or not), the queue drained again, and the
 * release.
 *
 * What the scenario leaves to the others, and why (each measured; see
 * verify/gc_status.md, "Collections under EVA"):
 * - No reservations: fault injection is armed past the scenario
 *   (sp_heap_set_fail_at), and a heap so armed reserves no cells.  EVA
 *   joins the reserved words of the allocation paths, and their popcount
 *   in release_all widens the live count, and with it the mark stack's
 *   size, to "anything".  eva_gc.c runs the reservations.
 * - The collection runs only when all five allocations succeeded: each
 *   page or block may fail by its contract, and the 31 states that leaves
 *   each carried into the collection ran past 30 minutes.
 *   eva_gc_nomem.c runs the failures.
 * - drain_queue is a function of its own, split on the queue's length
 *   (`split`, and its own slevel in the options): in main the states of
 *   the 65 possible lengths merged, and the drained queue's reset joined
 *   with the next index.
 *
 * As in eva_gc.c, the file includes gc.c, and WP proves the hooks,
 * drain_queue and main against the contracts gc.c assumes of a client
 * (`// wp:` below); EVA runs the same code.  Allocation with malloc and
 * calloc never fails here (-eva-no-alloc-returns-null). */
// sources: src/core/trap.c
// includes: src/core/gc.c verify/eva_gc_hooks.h
// options: -eva-use-spec scan_stack,scrub_stack,stack_depth,map_page,unmap_pages,page_decommit,block_alloc,block_free,mem_free,cell_init -eva-slevel 100 -eva-slevel-function count_candidates:2000,page_candidates:1000,drain_queue:5000 -eva-partition-history 1 -eva-split-return auto -eva-alloc-builtin fresh -eva-no-alloc-returns-null
// wp: mark_all trace mark_roots walk after_mark finalize wants drain_queue main
#include "gc.c"

#include "eva_gc_hooks.h"

/* Take every queued object (the VM would run their __del__). */
/*@ requires heap_ok(h);
    assigns h->fin_head, h->fin_n;
    ensures heap_ok(h); */
static void drain_queue(sp_heap *h)
{
    //@ split h->fin_n;
    /*@ loop invariant \valid(h) && table_ok(h);
        loop invariant large_ok(h) && stack_ok(h);
        loop invariant finq_ok(h);
        loop invariant arrays_apart(h);
        loop assigns h->fin_head, h->fin_n; */
    while (sp_heap_finalizable_count(h) > 0)
        (void)sp_heap_take_finalizable(h);
}

int main(void)
{
    sp_heap_hooks hooks = { NULL, trace, mark_roots, after_mark, finalize, wants };
    sp_heap *h = sp_heap_new((size_t)1 << 40, hooks);
    if (h == NULL)
        return 0;
    char base;
    sp_heap_set_stack_base(h, &base + 1);
    sp_heap_set_fail_at(h, 1000, false);   /* no reservations (above) */
    sp_obj *a = sp_heap_alloc(h, NULL, 16, SP_GC_WEAK);
    sp_obj *b = sp_heap_alloc(h, NULL, 20, SP_GC_FINALIZE | SP_GC_PYFIN);
    sp_obj *c = sp_heap_alloc(h, NULL, SP_GC_SMALL_MAX - 1, SP_GC_WEAK | SP_GC_PYFIN);
    sp_obj *d = sp_heap_alloc(h, NULL, SP_GC_SMALL_MAX + 1000, SP_GC_FINALIZE | SP_GC_PYFIN);
    sp_obj *e = sp_heap_alloc(h, NULL, SP_GC_SMALL_MAX + 5000, SP_GC_WEAK | SP_GC_PYFIN);
    if (a == NULL || b == NULL || c == NULL || d == NULL || e == NULL) {
        sp_heap_free(h);
        return 0;
    }
    roots[0] = a;
    roots[1] = d;
    sp_heap_collect(h);
    drain_queue(h);
    sp_heap_queue_all_finalizable(h);
    drain_queue(h);
    sp_heap_free(h);
    return 0;
}

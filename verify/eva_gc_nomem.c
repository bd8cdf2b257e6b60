/* EVA harness: the collector when memory runs out.  Every malloc, calloc
 * and realloc may fail here (EVA's default), and so may the system's
 * pages and large blocks (their contracts allow 0): the heap may not be
 * made (its struct, page table, mark stack or finalization queue); an
 * allocation may be refused (a page, its descriptor, the large-block
 * array, the block).  Each failure must leave a heap every later call
 * accepts: the calls after it run on whatever state it left.  The hooks
 * are eva_gc_hooks.h's, as in eva_gc.c; WP proves them and main here as
 * there. */
// sources: src/core/trap.c
// includes: src/core/gc.c verify/eva_gc_hooks.h
// options: -eva-use-spec scan_stack,scrub_stack,stack_depth,map_page,unmap_pages,page_decommit,block_alloc,block_free,mem_free,cell_init -eva-slevel 100 -eva-partition-history 1 -eva-split-return auto -eva-alloc-builtin fresh
// wp: mark_all trace mark_roots finalize wants main
#include "gc.c"

#include "eva_gc_hooks.h"

int main(void)
{
    sp_heap_hooks hooks = { NULL, trace, mark_roots, NULL, finalize, wants };
    sp_heap *h = sp_heap_new((size_t)1 << 40, hooks);
    if (h == NULL)
        return 0;
    char base;
    sp_heap_set_stack_base(h, &base + 1);
    roots[0] = sp_heap_alloc(h, NULL, 100, SP_GC_PYFIN);
    roots[1] = sp_heap_alloc(h, NULL, 20000, SP_GC_FINALIZE);
    (void)sp_heap_alloc(h, NULL, 100, SP_GC_PYFIN);
    sp_heap_verify(h);
    sp_heap_free(h);
    return 0;
}

/* EVA harness: a heap's life.  Allocations at the edges of the size
 * classes and of the large-object threshold, with every combination of
 * flags; a collection with some objects rooted and the others dead;
 * finalization queueing; a walk of the weak objects; the verifier; the
 * release.  The hooks are the harness's own and read no object memory
 * (the collector never does: cell_init, the one write to it, is taken by
 * its contract).  The functions EVA can't run -- the stack scan and the
 * system's page mappings -- are taken by their contracts too. */
// sources: src/core/gc.c src/core/trap.c
// options: -eva-use-spec scan_stack,scrub_stack,stack_depth,map_page,unmap_page,page_decommit,cell_init -eva-slevel 100
#include "__fc_builtin.h"
#include "gc.h"

#define NOBJ 12
static sp_obj *objs[NOBJ];
static sp_obj *roots[NOBJ];
static size_t finalized, walked;

static void trace(sp_heap *h, sp_obj *o, void *ud)
{
    (void)o;
    (void)ud;
    for (int i = 0; i < NOBJ; i++)
        sp_gc_mark(h, (sp_val)roots[i]);
}

static void mark_roots(sp_heap *h, void *ud)
{
    (void)ud;
    for (int i = 0; i < NOBJ; i++)
        sp_gc_mark(h, (sp_val)roots[i]);
}

static void walk(sp_heap *h, sp_obj *o, void *ud)
{
    (void)ud;
    if (sp_gc_is_marked(h, o))
        walked++;
}

static void after_mark(sp_heap *h, void *ud)
{
    sp_heap_each_weak(h, walk, ud);
}

static void finalize(sp_heap *h, sp_obj *o, void *ud)
{
    (void)h;
    (void)o;
    (void)ud;
    finalized++;
}

static bool wants(sp_heap *h, sp_obj *o, void *ud)
{
    (void)h;
    (void)o;
    (void)ud;
    return Frama_C_interval(0, 1);
}

int main(void)
{
    static const size_t sizes[NOBJ] = { 16, 17, 511, 512, 2047, 2048, 8190, 8191, 8192, 9000, 65536, 16 };
    sp_heap_hooks hooks = { NULL, trace, mark_roots, after_mark, finalize, wants };
    sp_heap *h = sp_heap_new(Frama_C_size_t_interval(0, (size_t)1 << 40), hooks);
    if (h == NULL)
        return 0;
    char base;
    sp_heap_set_stack_base(h, &base + 1);
    sp_heap_set_stress(h, Frama_C_interval(0, 1));
    for (int i = 0; i < NOBJ; i++) {
        uint32_t flags = (uint32_t)Frama_C_interval(0, 7);
        objs[i] = sp_heap_alloc(h, NULL, sizes[i], flags);
        if (Frama_C_interval(0, 1))
            roots[i] = objs[i];
    }
    for (int i = 0; i < NOBJ; i++) {
        if (objs[i] != NULL) {
            size_t n = sp_heap_size_of(h, objs[i]);
            (void)sp_heap_find(h, (char *)objs[i] + n);
            (void)sp_heap_has_pyfin(h, objs[i]);
        }
    }
    sp_heap_collect(h);
    sp_heap_queue_all_finalizable(h);
    while (sp_heap_finalizable_count(h) > 0)
        (void)sp_heap_take_finalizable(h);
    sp_heap_set_fail_at(h, 1, Frama_C_interval(0, 1));
    (void)sp_heap_alloc(h, NULL, 32, 0);
    (void)sp_heap_get_stats(h);
    sp_heap_verify(h);
    sp_heap_free(h);
    return 0;
}

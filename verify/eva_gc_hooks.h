/* The hooks shared by the gc.c EVA harnesses (eva_gc.c, eva_gc_nomem.c,
 * eva_gc_collect.c),
 * with the contracts gc.c assumes of a client's hooks: heap_ok kept, only
 * mark bits and the scalar settings changed.  Each harness lists this file
 * in `// includes:` and the hooks in `// wp:`, so WP proves them against
 * those contracts in each harness's build.  Two objects are the roots;
 * every hook marks them and reads no object memory. */
#ifndef SP_EVA_GC_HOOKS_H
#define SP_EVA_GC_HOOKS_H

static sp_obj *roots[2];

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS;
    ensures heap_ok(h); */
static void mark_all(sp_heap *h)
{
    sp_gc_mark(h, (sp_val)roots[0]);
    sp_gc_mark(h, (sp_val)roots[1]);
}

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void trace(sp_heap *h, sp_obj *o, void *ud)
{
    (void)o;
    (void)ud;
    mark_all(h);
}

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void mark_roots(sp_heap *h, void *ud)
{
    (void)ud;
    mark_all(h);
}

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void finalize(sp_heap *h, sp_obj *o, void *ud)
{
    (void)h;
    (void)o;
    (void)ud;
}

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static bool wants(sp_heap *h, sp_obj *o, void *ud)
{
    (void)h;
    (void)ud;
    return o != NULL;
}

/* after_mark's walk of the weak objects: it reads their marks. */
/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void walk(sp_heap *h, sp_obj *o, void *ud)
{
    (void)ud;
    (void)sp_gc_is_marked(h, o);
}

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void after_mark(sp_heap *h, void *ud)
{
    sp_heap_each_weak(h, walk, ud);
}

#endif

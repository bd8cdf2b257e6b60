/* Unit tests of the collector (src/core/gc.c), with hooks of its own: a
 * "node" object holding two values, and an array of roots. */
#include <string.h>
#include "core/gc.h"
#include "unit.h"

typedef struct node { sp_obj h; sp_val a, b; uint64_t tag; } node;

static char node_tag, blob_tag;
#define NODE ((struct sp_type *)&node_tag)
#define BLOB ((struct sp_type *)&blob_tag)   /* holds no values */
/* A fan: n values, all traced (more than the mark stack holds at first). */
typedef struct fan { sp_obj h; size_t n; sp_val kids[]; } fan;
static char fan_tag;
#define FAN ((struct sp_type *)&fan_tag)

#define NROOTS 16
static sp_val roots[NROOTS];
static size_t finalized;
static void *stack_base;

static void trace(sp_heap *h, sp_obj *o, void *ud)
{
    (void)ud;
    if (o->type == NODE) {
        node *n = (node *)o;
        sp_gc_mark(h, n->a);
        sp_gc_mark(h, n->b);
    } else if (o->type == FAN) {
        fan *f = (fan *)o;
        for (size_t i = 0; i < f->n; i++)
            sp_gc_mark(h, f->kids[i]);
    }
}

static void mark_roots(sp_heap *h, void *ud)
{
    (void)ud;
    for (size_t i = 0; i < NROOTS; i++)
        sp_gc_mark(h, roots[i]);
}

static void finalize(sp_heap *h, sp_obj *o, void *ud)
{
    (void)h; (void)ud;
    finalized++;
}

/* Weak nodes (SP_GC_WEAK): `a` is weak -- not traced, cleared by
 * after_mark when its target dies. */
static char weak_tag;
#define WEAK ((struct sp_type *)&weak_tag)
static size_t cleared;

static void clear_weak(sp_heap *h, sp_obj *o, void *ud)
{
    (void)ud;
    node *n = (node *)o;
    if (sp_gc_is_marked(h, o) && n->a != NULL && !sp_gc_is_marked(h, (sp_obj *)n->a)) {
        n->a = NULL;
        cleared++;
    }
}

static void after_mark(sp_heap *h, void *ud)
{
    sp_heap_each_weak(h, clear_weak, ud);
}

static sp_heap *new_heap(size_t max)
{
    sp_heap_hooks hooks = { NULL, trace, mark_roots, after_mark, finalize, NULL };
    memset(roots, 0, sizeof roots);
    finalized = 0;
    sp_heap *h = sp_heap_new(max, hooks);
    if (h != NULL)
        sp_heap_set_stack_base(h, stack_base);
    return h;
}

static node *new_node(sp_heap *h, sp_val a, sp_val b, uint64_t tag)
{
    node *n = (node *)sp_heap_alloc(h, NODE, sizeof(node), 0);
    if (n != NULL) {
        n->a = a;
        n->b = b;
        n->tag = tag;
    }
    return n;
}

/* A chain of n nodes, a -> next; tags n-1 .. 0 from the head. */
__attribute__((noinline)) static sp_val chain(sp_heap *h, size_t n)
{
    sp_val head = NULL;
    for (size_t i = 0; i < n; i++) {
        node *x = new_node(h, head, NULL, i);
        if (x == NULL)
            return NULL;
        head = (sp_val)x;
    }
    return head;
}

static size_t chain_len(sp_val v)
{
    size_t n = 0;
    while (v != NULL) {
        n++;
        v = ((node *)v)->a;
    }
    return n;
}

/* Garbage made in a frame that is gone by the time the caller collects;
 * the stack words it used are overwritten by scrub(). */
__attribute__((noinline)) static void make_garbage(sp_heap *h, size_t n)
{
    for (size_t i = 0; i < n; i++)
        new_node(h, NULL, NULL, i);
}

__attribute__((noinline)) static void scrub(void)
{
    volatile char buf[16384];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = 0;
}

static void test_basic(void)
{
    sp_heap *h = new_heap((size_t)1 << 30);
    CHECK(h != NULL);
    roots[0] = chain(h, 100000);
    CHECK(chain_len(roots[0]) == 100000);
    sp_heap_collect(h);
    sp_heap_verify(h);
    CHECK(chain_len(roots[0]) == 100000);
    CHECK(sp_heap_get_stats(h).objects_live >= 100000);
    /* Tags intact (nothing was swept and reused). */
    sp_val v = roots[0];
    bool ok = true;
    for (size_t i = 100000; i-- > 0; v = ((node *)v)->a)
        ok = ok && ((node *)v)->tag == i;
    CHECK(ok);
    roots[0] = NULL;
    scrub();
    sp_heap_collect(h);
    sp_heap_verify(h);
    /* The conservative scan may keep a few alive through stale words. */
    CHECK(sp_heap_get_stats(h).objects_live < 100);
    sp_heap_free(h);
}

static void test_unreachable(void)
{
    sp_heap *h = new_heap((size_t)1 << 30);
    make_garbage(h, 50000);
    scrub();
    sp_heap_collect(h);
    sp_heap_verify(h);
    CHECK(sp_heap_get_stats(h).objects_live < 100);
    CHECK(sp_heap_get_stats(h).collections >= 1);
    sp_heap_free(h);
}

static void test_conservative(void)
{
    sp_heap *h = new_heap((size_t)1 << 30);
    /* Only a stack word, an interior pointer and a one-past-the-end pointer
     * keep these alive. */
    node *volatile direct = new_node(h, NULL, NULL, 1);
    node *n2 = new_node(h, NULL, NULL, 2);
    char *volatile interior = (char *)n2 + 12;
    node *n3 = new_node(h, NULL, NULL, 3);
    char *volatile past_end = (char *)n3 + sizeof(node);
    n2 = n3 = NULL;
    uint8_t *big = (uint8_t *)sp_heap_alloc(h, BLOB, 100000, 0);
    CHECK(big != NULL);
    uint8_t *volatile big_inside = big + 99999;
    big = NULL;
    make_garbage(h, 1000);
    scrub();
    sp_heap_collect(h);
    sp_heap_verify(h);
    CHECK(direct->tag == 1);
    CHECK(sp_heap_find(h, direct) == (sp_obj *)direct);
    node *i2 = (node *)sp_heap_find(h, interior);
    CHECK(i2 != NULL && i2->tag == 2);
    node *i3 = (node *)sp_heap_find(h, past_end);
    CHECK(i3 != NULL && i3->tag == 3);
    sp_obj *b = sp_heap_find(h, big_inside);
    CHECK(b != NULL && b->type == BLOB);
    CHECK(b != NULL && sp_heap_size_of(h, b) >= 100000);
    /* One past the end of a large object stays inside it too. */
    CHECK(sp_heap_find(h, (char *)b + 100000) == b);
    CHECK(sp_heap_find(h, &node_tag) == NULL);
    sp_heap_free(h);
}

/* Fill the heap until the cap refuses; the chain hangs off roots[0] only. */
__attribute__((noinline)) static size_t fill(sp_heap *h)
{
    size_t n = 0;
    for (;;) {
        node *x = new_node(h, roots[0], NULL, n);
        if (x == NULL)
            return n;
        roots[0] = (sp_val)x;
        if (++n > 1000000)
            return n;
    }
}

__attribute__((noinline)) static void cap_fill_and_check(sp_heap *h)
{
    size_t n = fill(h);
    CHECK(n < 1000000);
    CHECK(n > 1000);
    CHECK(chain_len(roots[0]) == n);
    sp_heap_verify(h);
    CHECK(sp_heap_get_stats(h).bytes_in_use <= ((size_t)1 << 20));
    /* Large allocations fail too, without disturbing the heap. */
    CHECK(sp_heap_alloc(h, BLOB, (size_t)1 << 21, 0) == NULL);
    /* Sizes that overflow are refused. */
    CHECK(sp_heap_alloc(h, BLOB, SIZE_MAX, 0) == NULL);
}

/* Zero the callee-saved registers here: one may still hold a pointer
 * from an earlier call, which any deeper frame (the collector's) saves on
 * the stack and the scan then finds. */
#if defined(__x86_64__)
#define CLEAR_CALLEE_SAVED() \
    __asm__ volatile("xor %%ebx, %%ebx\n\txor %%r12d, %%r12d\n\txor %%r13d, %%r13d\n\t" \
                     "xor %%r14d, %%r14d\n\txor %%r15d, %%r15d" ::: "rbx", "r12", "r13", "r14", "r15")
#else
#define CLEAR_CALLEE_SAVED() ((void)0)
#endif

static void test_cap(void)
{
    sp_heap *h = new_heap((size_t)1 << 20);
    cap_fill_and_check(h);
    /* Dropping the chain makes room again.  (Done in a separate frame: a
     * stale copy of the head in a register would keep it all alive -- the
     * price of a conservative scan.) */
    roots[0] = NULL;
    scrub();
    CLEAR_CALLEE_SAVED();
    /* Collect from here, not from inside chain()'s allocations: under
     * ASan a word in those deeper frames may still hold the old head. */
    sp_heap_collect(h);
    CHECK(sp_heap_get_stats(h).bytes_in_use < 4096);
    CHECK(chain(h, 1000) != NULL);
    sp_heap_verify(h);
    sp_heap_free(h);
}

static void test_stress(void)
{
    sp_heap *h = new_heap((size_t)1 << 30);
    sp_heap_set_stress(h, true);
    /* Every allocation collects: only the stack keeps the chain alive. */
    sp_val head = chain(h, 2000);
    CHECK(chain_len(head) == 2000);
    size_t c = sp_heap_get_stats(h).collections;
    CHECK(c >= 2000);
    node *t = new_node(h, head, head, 77);
    CHECK(t->a == head && chain_len(head) == 2000);
    sp_heap_verify(h);
    sp_heap_free(h);
}

static void test_finalize(void)
{
    sp_heap *h = new_heap((size_t)1 << 30);
    for (int i = 0; i < 100; i++)
        sp_heap_alloc(h, BLOB, 40, SP_GC_FINALIZE);
    sp_obj *keep = sp_heap_alloc(h, BLOB, 40, SP_GC_FINALIZE);
    roots[0] = keep;
    scrub();
    sp_heap_collect(h);
    CHECK(finalized >= 90 && finalized <= 100);
    size_t before = finalized;
    sp_heap_free(h);          /* finalizes the rest */
    CHECK(finalized >= before + 1);
}

static void test_sizes(void)
{
    sp_heap *h = new_heap((size_t)1 << 30);
    /* Every size up to well past the small limit: zeroed, usable size
     * large enough, distinct objects. */
    for (size_t size = sizeof(sp_obj); size < 20000; size += 7) {
        uint8_t *p = (uint8_t *)sp_heap_alloc(h, BLOB, size, 0);
        CHECK(p != NULL);
        if (p == NULL)
            break;
        bool zero = true;
        for (size_t i = sizeof(sp_obj); i < size; i++)
            zero = zero && p[i] == 0;
        CHECK(zero);
        memset(p + sizeof(sp_obj), 0xAB, size - sizeof(sp_obj));
        CHECK(sp_heap_size_of(h, (sp_obj *)p) >= size);
        CHECK(sp_heap_find(h, p + size) == (sp_obj *)p);
    }
    scrub();
    sp_heap_collect(h);
    sp_heap_verify(h);
    /* Reused cells come back zeroed. */
    bool zero = true;
    for (int k = 0; k < 2000; k++) {
        uint8_t *p = (uint8_t *)sp_heap_alloc(h, BLOB, 100, 0);
        for (size_t i = sizeof(sp_obj); i < 100; i++)
            zero = zero && p[i] == 0;
    }
    CHECK(zero);
    sp_heap_free(h);
}

static void test_words(void)
{
    sp_heap *h = new_heap((size_t)1 << 30);
    node *n = new_node(h, NULL, NULL, 0);
    sp_vals w = sp_heap_words(h, (sp_obj *)n, offsetof(node, a), 2);
    CHECK(w.len == 2 && w.ptr == &n->a);
    sp_heap_free(h);
}

__attribute__((noinline)) static void make_weak(sp_heap *h)
{
    node *target = new_node(h, NULL, NULL, 42);
    node *w1 = (node *)sp_heap_alloc(h, WEAK, sizeof(node), SP_GC_WEAK);
    node *w2 = (node *)sp_heap_alloc(h, WEAK, sizeof(node), SP_GC_WEAK);
    w1->a = (sp_val)target;          /* its target will die */
    w2->a = roots[2];                /* its target lives */
    roots[0] = (sp_val)w1;
    roots[1] = (sp_val)w2;
}

static void test_weak(void)
{
    sp_heap *h = new_heap((size_t)1 << 30);
    cleared = 0;
    roots[2] = (sp_val)new_node(h, NULL, NULL, 7);
    make_weak(h);
    scrub();
    sp_heap_collect(h);
    sp_heap_verify(h);
    /* The target is cleared -- unless a stale stack word kept it alive
     * (conservative scan; ASan builds leave more of those), in which case
     * it must still be a live object. */
    sp_val t = ((node *)roots[0])->a;
    CHECK(t == NULL || sp_heap_find(h, t) == (sp_obj *)t);
    CHECK((t == NULL) == (cleared == 1));
    CHECK(((node *)roots[1])->a == roots[2]);
    sp_heap_free(h);
}

/* Python-level finalization: nodes tagged >= 1000 "have a __del__". */
static size_t wants_calls;
static bool wants(sp_heap *h, sp_obj *o, void *ud)
{
    (void)h; (void)ud;
    wants_calls++;
    return o->type == NODE && ((node *)o)->tag >= 1000;
}

static node *new_fin_node(sp_heap *h, sp_val a, sp_val b, uint64_t tag)
{
    node *n = (node *)sp_heap_alloc(h, NODE, sizeof(node), SP_GC_PYFIN);
    if (n != NULL) {
        n->a = a;
        n->b = b;
        n->tag = tag;
    }
    return n;
}

/* Garbage: F(1000) -> C(5); a cycle F2(1001) <-> F3(1002); G(7) flagged
 * but not wanted.  roots[0] is a weak node whose weak `a` is F. */
__attribute__((noinline)) static void make_fin_garbage(sp_heap *h)
{
    node *c = new_node(h, NULL, NULL, 5);
    node *f = new_fin_node(h, (sp_val)c, NULL, 1000);
    node *f2 = new_fin_node(h, NULL, NULL, 1001);
    node *f3 = new_fin_node(h, (sp_val)f2, NULL, 1002);
    f2->a = (sp_val)f3;
    new_fin_node(h, NULL, NULL, 7);
    node *w = (node *)sp_heap_alloc(h, WEAK, sizeof(node), SP_GC_WEAK);
    w->a = (sp_val)f;
    roots[0] = (sp_val)w;
}

static void test_pyfin(void)
{
    sp_heap_hooks hooks = { NULL, trace, mark_roots, after_mark, finalize, wants };
    memset(roots, 0, sizeof roots);
    sp_heap *h = sp_heap_new((size_t)1 << 30, hooks);
    sp_heap_set_stack_base(h, stack_base);
    cleared = 0;
    make_fin_garbage(h);
    scrub();
    sp_heap_collect(h);
    sp_heap_verify(h);         /* H4 */
    /* Every queued object is intact, with what it reaches; the weak
     * reference to F stays valid while F is queued.  (A stale stack word
     * may keep some of the garbage alive and unqueued: allowed.) */
    size_t n = sp_heap_finalizable_count(h), seen = 0;
    CHECK(n <= 3);
    node *w = (node *)roots[0];
    sp_obj *o;
    while ((o = sp_heap_take_finalizable(h)) != NULL) {
        node *x = (node *)o;
        CHECK(sp_heap_find(h, o) == o && x->tag >= 1000 && x->tag <= 1002);
        CHECK(!sp_heap_has_pyfin(h, o));
        if (x->tag == 1000) {
            CHECK(((node *)x->a)->tag == 5);
            CHECK(w->a == (sp_val)x);
        }
        if (x->tag != 1000)
            CHECK(((node *)((node *)x->a)->a) == x);   /* the cycle is whole */
        seen++;
    }
    CHECK(seen == n);
    CHECK(sp_heap_finalizable_count(h) == 0);
    /* Taken and dropped ("finalizer ran, no resurrection"): they die at
     * the next collection and are never queued again. */
    scrub();
    sp_heap_collect(h);
    sp_heap_verify(h);
    CHECK(sp_heap_finalizable_count(h) == 0);
    CHECK(w->a == NULL || sp_heap_find(h, w->a) == (sp_obj *)w->a);

    /* Resurrection: a taken object stored in a root lives on, unflagged. */
    roots[1] = (sp_val)new_fin_node(h, NULL, NULL, 1003);
    CHECK(sp_heap_has_pyfin(h, (sp_obj *)roots[1]));
    sp_heap_queue_all_finalizable(h);           /* at exit: live ones too */
    bool found = false;                         /* (with any garbage a stale word kept) */
    while ((o = sp_heap_take_finalizable(h)) != NULL)
        found |= o == (sp_obj *)roots[1];
    CHECK(found);
    CHECK(!sp_heap_has_pyfin(h, (sp_obj *)roots[1]));
    sp_heap_queue_all_finalizable(h);
    CHECK(sp_heap_finalizable_count(h) == 0);   /* at most once */

    /* Stress: a collection at every allocation while objects are queued;
     * the queue keeps them (and their children) alive. */
    sp_heap_set_stress(h, true);
    for (size_t i = 0; i < 300; i++) {
        node *c = new_node(h, NULL, NULL, 20000 + i);
        new_fin_node(h, (sp_val)c, NULL, 10000 + i);
        if (i % 7 == 0) {
            while ((o = sp_heap_take_finalizable(h)) != NULL) {
                node *x = (node *)o;
                CHECK(x->tag >= 1000);
                if (x->tag >= 10000)
                    CHECK(((node *)x->a)->tag == x->tag + 10000);
            }
        }
    }
    sp_heap_set_stress(h, false);
    sp_heap_verify(h);
    sp_heap_free(h);
}

/* Objects queued while the queue is full and partly taken (finq_push
 * moves the entries down): all of them must be marked, none freed (H4). */
__attribute__((noinline)) static void make_fin_nodes(sp_heap *h, size_t n, uint64_t tag)
{
    for (size_t i = 0; i < n; i++)
        new_fin_node(h, NULL, NULL, tag + i);
}

static void test_pyfin_compact(void)
{
    sp_heap_hooks hooks = { NULL, trace, mark_roots, after_mark, finalize, wants };
    memset(roots, 0, sizeof roots);
    sp_heap *h = sp_heap_new((size_t)1 << 30, hooks);
    sp_heap_set_stack_base(h, stack_base);
    for (size_t round = 0; round < 6; round++) {
        make_fin_nodes(h, 64 + round, 1000 + round * 100);
        scrub();
        sp_heap_collect(h);
        sp_heap_verify(h);
        for (size_t k = 0; k < 10; k++)
            (void)sp_heap_take_finalizable(h);
    }
    sp_obj *o;
    while ((o = sp_heap_take_finalizable(h)) != NULL)
        CHECK(sp_heap_find(h, o) == o && ((node *)o)->tag >= 1000);
    sp_heap_verify(h);
    sp_heap_free(h);
}

static void test_fail_at(void)
{
    sp_heap *h = new_heap((size_t)1 << 30);
    size_t n0 = sp_heap_alloc_count(h);
    sp_heap_set_fail_at(h, 3, false);
    CHECK(sp_heap_alloc(h, BLOB, 32, 0) != NULL);
    CHECK(sp_heap_alloc(h, BLOB, 32, 0) != NULL);
    CHECK(sp_heap_alloc(h, BLOB, 32, 0) == NULL);
    CHECK(sp_heap_alloc(h, BLOB, 32, 0) != NULL);
    CHECK(sp_heap_alloc_count(h) == n0 + 4);
    sp_heap_verify(h);
    /* Sticky: the 2nd and every later allocation fail, until turned off. */
    sp_heap_set_fail_at(h, 2, true);
    CHECK(sp_heap_alloc(h, BLOB, 32, 0) != NULL);
    for (int i = 0; i < 5; i++)
        CHECK(sp_heap_alloc(h, BLOB, 32, 0) == NULL);
    sp_heap_set_fail_at(h, 0, false);
    CHECK(sp_heap_alloc(h, BLOB, 32, 0) != NULL);
    sp_heap_verify(h);
    sp_heap_free(h);
}

/* Throughput: mostly short-lived small objects (informational). */
static void test_churn(void)
{
    sp_heap *h = new_heap((size_t)1 << 30);
    roots[1] = NULL;
    for (size_t i = 0; i < 5000000; i++) {
        node *n = new_node(h, NULL, NULL, i);
        CHECK(n != NULL);
        if (i % 1000 == 0)
            roots[1] = (sp_val)new_node(h, roots[1], NULL, i);   /* a survivor chain */
        if (n == NULL)
            break;
    }
    CHECK(chain_len(roots[1]) == 5000);
    sp_heap_verify(h);
    sp_heap_free(h);
}

/* A wide structure: one object with 20,000 children, each the head of a
 * chain of 3, overflows the first collection's mark stack (4,096
 * entries; it grows only after a sweep): rescan_marked traces the
 * overflowed children on the same stack, pass after pass, and nothing
 * reachable is lost -- in that collection and in the next ones, which
 * run on the grown stack. */
static void test_wide(void)
{
    enum { N = 20000 };
    sp_heap *h = new_heap((size_t)1 << 30);
    fan *f = (fan *)sp_heap_alloc(h, FAN, sizeof(fan) + N * sizeof(sp_val), 0);
    CHECK(f != NULL);
    if (f == NULL)
        return;
    f->n = N;
    roots[0] = (sp_val)f;
    for (size_t i = 0; i < N; i++)
        f->kids[i] = chain(h, 3);
    for (int round = 0; round < 3; round++) {
        make_garbage(h, 10000);
        scrub();
        sp_heap_collect(h);
        sp_heap_verify(h);
        bool ok = true;
        for (size_t i = 0; i < N; i++) {
            sp_val v = f->kids[i];
            ok = ok && chain_len(v) == 3 && ((node *)v)->tag == 2
                 && ((node *)((node *)v)->a)->tag == 1;
        }
        CHECK(ok);
        CHECK(sp_heap_get_stats(h).objects_live >= 1 + 3 * N);
        CHECK(sp_heap_get_stats(h).objects_live < 1 + 3 * N + 100);
    }
    sp_heap_free(h);
}

/* A deep structure: marking must not recurse in C. */
static void test_deep(void)
{
    sp_heap *h = new_heap((size_t)1 << 31);
    roots[0] = chain(h, 2000000);
    sp_heap_collect(h);
    sp_heap_verify(h);
    CHECK(chain_len(roots[0]) == 2000000);
    sp_heap_free(h);
}

int main(void)
{
    char base;
    stack_base = &base;
    void (*tests[])(void) = { test_basic, test_unreachable, test_conservative, test_cap,
                              test_stress, test_finalize, test_sizes, test_words, test_deep, test_wide, test_fail_at, test_churn, test_weak, test_pyfin, test_pyfin_compact };
    for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++)
        tests[i]();
    return unit_done("test_gc");
}

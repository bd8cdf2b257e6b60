/* The garbage-collected heap (see gc.h for the contract and invariants).
 *
 * Layout
 *   Small objects (cell <= SP_GC_SMALL_MAX bytes, spare byte included) live
 *   in pages of SP_GC_PAGE bytes, aligned on SP_GC_PAGE, one size class per
 *   page.  A page's metadata (allocation, mark and finalizer bitmaps) lives
 *   in a separate descriptor (malloc), never inside the page: a stray write
 *   into an object can't corrupt the collector, and the conservative scan
 *   reads only descriptors, never object memory (which ASan may have
 *   poisoned).  A hash table maps a page address to its descriptor.
 *
 *   Large objects get their own malloc block; their descriptors sit in an
 *   array sorted by address, searched by bisection.
 *
 * Collection (sp_heap_collect), three named phases:
 *   mark      roots (hooks.mark_roots, then the C stack and registers,
 *             conservatively), then drain an explicit mark stack calling
 *             hooks.trace -- no C recursion, whatever the object graph;
 *   queue     every unreachable object flagged SP_GC_PYFIN that the VM
 *             wants to finalize (hooks.wants_finalizer) joins the
 *             finalization queue and is marked with all it reaches (see
 *             "Finalization" in gc.h); then weak references to what is
 *             still unmarked are cleared (hooks.after_mark);
 *   finalize  every unreachable object flagged SP_GC_FINALIZE is handed to
 *             hooks.finalize while *all* dead objects are still intact, so a
 *             finalizer may look at the dead object's type;
 *   sweep     unmarked cells go back to their page (poisoned under ASan),
 *             unmarked large blocks are freed, empty pages released.
 *
 * The mark stack is a malloc'd array.  If it can't grow, the object is left
 * marked-but-untraced and `overflow` is set; after draining, the heap is
 * rescanned for marked objects and they are traced again until no overflow
 * remains.  Marking therefore never fails, only slows down.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "gc.h"

#if defined(__SANITIZE_ADDRESS__)
#define SP_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SP_ASAN 1
#endif
#endif

#ifdef SP_ASAN
#include <sanitizer/asan_interface.h>
#define SP_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define SP_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#define SP_NO_ASAN __attribute__((no_sanitize("address")))
#else
#define SP_POISON(p, n) ((void)(p), (void)(n))
#define SP_UNPOISON(p, n) ((void)(p), (void)(n))
#define SP_NO_ASAN
#endif

SP_UNSAFE_BUFFERS_BEGIN

#define SP_GC_PAGE_SHIFT 16
#define SP_GC_PAGE ((size_t)1 << SP_GC_PAGE_SHIFT)     /* 64 KiB */
#define SP_GC_GRAIN 16                                  /* cell granularity */
#define SP_GC_MAX_CELLS (SP_GC_PAGE / SP_GC_GRAIN)
#define SP_GC_WORDS (SP_GC_MAX_CELLS / 64)
#define SP_GC_SMALL_MAX ((size_t)8192)
/* Size classes: 16-byte steps up to 512, 64 up to 2048, 256 up to 8192. */
#define SP_GC_NCLASSES (32 + 24 + 24)
/* Empty pages kept mapped after a sweep, to avoid mmap churn: as many as
 * the minimum trigger allocates between collections (4 MiB), so that an
 * allocation-heavy loop does not unmap pages it maps again at once. */
#define SP_GC_SPARE_PAGES 64
/* Collect when this many bytes were allocated since the last collection,
 * or as much as survived it, whichever is more. */
#define SP_GC_MIN_TRIGGER ((size_t)4 << 20)

#define SP_GC_MARK_BIT 0x80000000u   /* large objects: in the descriptor */

typedef struct sp_page {
    uintptr_t base;
    uint32_t cls;
    uint32_t cell;        /* bytes per cell */
    uint32_t ncells;
    uint32_t nlive;
    uint32_t cursor;      /* first bitmap word that may have a free cell */
    uint64_t recip;       /* ceil(2^32 / cell): offset / cell without a division */
    bool in_avail;
    struct sp_page *next_avail;
    uint64_t alloc[SP_GC_WORDS];
    uint64_t mark[SP_GC_WORDS];
    uint64_t fin[SP_GC_WORDS];
    uint64_t weak[SP_GC_WORDS];
    uint64_t pyfin[SP_GC_WORDS];
} sp_page;

typedef struct sp_large {
    uintptr_t base;
    size_t size;          /* bytes of the block, spare byte included */
    bool mark, fin, weak, pyfin;
} sp_large;

struct sp_heap {
    sp_heap_hooks hooks;
    size_t max_bytes;
    size_t bytes_in_use;
    size_t objects_live;
    size_t since_gc;      /* bytes allocated since the last collection */
    size_t trigger;
    size_t collections;
    int paused;
    bool stress;
    size_t stress_wait;   /* allocations left before the next stress collection */
    bool collecting;
    uintptr_t stack_base;
    /* Address range covered by pages and large blocks: a fast filter for
     * the conservative scan. */
    uintptr_t lo, hi;

    sp_page **pages;      /* every page, unordered */
    size_t npages, pages_cap;
    sp_page **table;      /* open addressing, key base >> PAGE_SHIFT */
    size_t table_cap;     /* power of two, >= 2 * npages */
    sp_page *avail[SP_GC_NCLASSES];
    sp_page *spare[SP_GC_SPARE_PAGES];
    size_t nspare;

    sp_large *large;      /* sorted by base */
    size_t nlarge, large_cap;

    sp_obj **stack;       /* mark stack */
    size_t sp, stack_cap;
    bool overflow;
    /* The finalization queue: finq[fin_head .. fin_n) are queued objects,
     * oldest first; a root at every collection (H4). */
    sp_obj **finq;
    size_t fin_head, fin_n, fin_cap;

    /* Fault injection (tools/allocfail.py): */
    size_t fail_at;       /* allocations left before one fails (0: off) */
    bool fail_sticky;     /* ...and every one after it fails too */
    size_t collect_in;    /* after an injected failure: collect this many
                           * allocations later (debug builds verify) */
    size_t allocs;        /* allocation requests so far */
};

/* ---- the data-structure invariants, in ACSL ------------------------------
 *
 * What every proved function assumes of the heap and keeps.  The object
 * memory itself (pages, large blocks) is only ever seen as addresses
 * (uintptr_t): the collector proves nothing about it and never reads it,
 * except where an allocation zeroes a fresh cell (see cell_zero). */

/*@ // Masking can only clear bits (page_hash, the probe step).  A fact of
    // arithmetic the provers can't derive from WP's bit axioms (it needs
    // induction on the bits): assumed, see verify/axioms.txt.
    axiomatic Land {
      axiom land_le: \forall integer a, m; 0 <= m ==> 0 <= (a & m) <= m;
      axiom land_le_sym: \forall integer a, m; 0 <= m ==> 0 <= (m & a) <= m;
    }
*/

/*@ logic integer class_size_l(integer cls) =
        cls < 32 ? (cls + 1) * 16
      : cls < 56 ? 512 + (cls - 31) * 64
      : 2048 + (cls - 55) * 256;

    // A page descriptor: its class, cell size and cell count agree (H1).
    predicate page_ok(sp_page *p) =
        \valid(p)
        && p->cls < SP_GC_NCLASSES
        && p->cell == class_size_l(p->cls)
        && p->ncells == SP_GC_PAGE / p->cell
        && 8 <= p->ncells <= SP_GC_MAX_CELLS
        && p->nlive <= p->ncells
        && p->cursor < SP_GC_WORDS
        && p->base % SP_GC_PAGE == 0
        && p->base + SP_GC_PAGE <= UINTPTR_MAX;

    // The page hash table: every slot empty or a page descriptor; the
    // descriptors are pairwise separate and separate from the heap struct.
    predicate table_ok(sp_heap *h) =
        (h->table_cap == 0 || (\valid(h->table + (0 .. h->table_cap - 1))
                                && \separated(h, h->table + (0 .. h->table_cap - 1))))
        && (\forall integer i; 0 <= i < h->table_cap ==>
               h->table[i] == \null
               || (page_ok(h->table[i]) && \separated(h, h->table[i])
                   && \separated(h->table + (0 .. h->table_cap - 1), h->table[i])))
        && (\forall integer i, j; 0 <= i < h->table_cap && 0 <= j < h->table_cap && i != j
               && h->table[i] != \null && h->table[j] != \null ==>
               \separated(h->table[i], h->table[j]));

    predicate in_table(sp_heap *h, sp_page *p) =
        \exists integer i; 0 <= i < h->table_cap && h->table[i] == p;

    // The large blocks: a prefix [0, nlarge) of an array of large_cap.
    predicate large_ok(sp_heap *h) =
        h->nlarge <= h->large_cap
        && (h->large_cap == 0 || (\valid(h->large + (0 .. h->large_cap - 1))
                                  && \separated(h, h->large + (0 .. h->large_cap - 1))));

    // The mark stack: stack[0 .. sp) are marked objects still to trace.
    predicate stack_ok(sp_heap *h) =
        h->sp <= h->stack_cap <= SIZE_MAX / sizeof(sp_obj *)
        && (h->stack_cap == 0 || (\valid(h->stack + (0 .. h->stack_cap - 1))
                                  && \separated(h, h->stack + (0 .. h->stack_cap - 1))));

    // The finalization queue: finq[fin_head .. fin_n) (H4's indices).
    predicate finq_ok(sp_heap *h) =
        h->fin_head <= h->fin_n <= h->fin_cap <= SIZE_MAX / sizeof(sp_obj *)
        && (h->fin_cap == 0 || (\valid(h->finq + (0 .. h->fin_cap - 1))
                                && \separated(h, h->finq + (0 .. h->fin_cap - 1))));

    // Arrays of the heap are pairwise separate (they are distinct mallocs).
    predicate arrays_apart(sp_heap *h) =
        \separated(h->table + (0 .. h->table_cap - 1), h->large + (0 .. h->large_cap - 1),
                   h->stack + (0 .. h->stack_cap - 1), h->finq + (0 .. h->fin_cap - 1))
        && (\forall integer i; 0 <= i < h->table_cap && h->table[i] != \null ==>
               \separated(h->table[i], h->large + (0 .. h->large_cap - 1),
                          h->stack + (0 .. h->stack_cap - 1), h->finq + (0 .. h->fin_cap - 1)));

    predicate heap_ok(sp_heap *h) =
        \valid(h) && table_ok(h) && large_ok(h) && stack_ok(h) && finq_ok(h)
        && arrays_apart(h) && h->nspare <= SP_GC_SPARE_PAGES;
*/

/* Bits set in x (SWAR: no dependency on the CPU's popcount instruction,
 * which a generic x86-64 build can't assume). */
/*@ assigns \nothing;
    ensures \result <= 255; */
static inline unsigned popcount64(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (unsigned)((x * 0x0101010101010101ull) >> 56);
}

/* ---- size classes -------------------------------------------------------*/

/*@ requires cls < SP_GC_NCLASSES;
    assigns \nothing;
    ensures \result == class_size_l(cls);
    ensures 16 <= \result <= SP_GC_SMALL_MAX; */
static size_t class_size(size_t cls)
{
    if (cls < 32)
        return (cls + 1) * 16;
    if (cls < 56)
        return 512 + (cls - 31) * 64;
    return 2048 + (cls - 55) * 256;
}

/* The smallest class whose cells hold `need` bytes (need <= SMALL_MAX). */
/*@ requires need <= SP_GC_SMALL_MAX;
    assigns \nothing;
    ensures \result < SP_GC_NCLASSES;
    ensures need <= class_size_l(\result); */
static size_t class_of(size_t need)
{
    if (need <= 512)
        return need == 0 ? 0 : (need - 1) / 16;
    if (need <= 2048)
        return 32 + (need - 512 - 1) / 64;
    return 56 + (need - 2048 - 1) / 256;
}

/* ---- the page table -----------------------------------------------------*/

/* Fibonacci hashing of the page number. */
/*@ assigns \nothing; */
static inline uint64_t page_mix(uintptr_t base)
{
    uint64_t k = (uint64_t)(base >> SP_GC_PAGE_SHIFT);
    return (k * 0x9E3779B97F4A7C15ull) >> 20;
}

/*@ requires cap > 0;
    assigns \nothing;
    ensures \result < cap; */
static size_t page_hash(uintptr_t base, size_t cap)
{
    return (size_t)page_mix(base) & (cap - 1);
}

/*@ requires \valid_read(h) && table_ok(h);
    assigns \nothing;
    ensures \result == \null || (in_table(h, \result) && \result->base == base); */
static sp_page *page_lookup(const sp_heap *h, uintptr_t base)
{
    if (h->table_cap == 0)
        return NULL;
    size_t i = page_hash(base, h->table_cap);
    /*@ loop invariant i < h->table_cap;
        loop assigns i; */
    for (;;) {
        sp_page *p = h->table[i];
        if (p == NULL)
            return NULL;
        if (p->base == base)
            return p;
        i = (i + 1) & (h->table_cap - 1);
    }
}

/* Rebuild the table from h->pages with room for `want` pages. */
static bool table_rebuild(sp_heap *h, size_t want)
{
    size_t cap = 64;
    while (cap < want * 2)
        cap *= 2;
    sp_page **t = calloc(cap, sizeof *t);
    if (t == NULL)
        return false;
    for (size_t k = 0; k < h->npages; k++) {
        size_t i = page_hash(h->pages[k]->base, cap);
        while (t[i] != NULL)
            i = (i + 1) & (cap - 1);
        t[i] = h->pages[k];
    }
    free(h->table);
    h->table = t;
    h->table_cap = cap;
    return true;
}

/*@ requires \valid(h);
    assigns h->lo, h->hi; */
static void range_add(sp_heap *h, uintptr_t base, size_t size)
{
    if (h->lo == 0 || base < h->lo)
        h->lo = base;
    if (base + size > h->hi)
        h->hi = base + size;
}

/* An aligned page of fresh (zero) memory from the system. */
static void *map_page(sp_heap *h)
{
    if (h->nspare > 0)
        return h->spare[--h->nspare];
    size_t len = SP_GC_PAGE * 2;
    uint8_t *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return NULL;
    uintptr_t a = ((uintptr_t)m + SP_GC_PAGE - 1) & ~(uintptr_t)(SP_GC_PAGE - 1);
    size_t head = a - (uintptr_t)m;
    if (head > 0)
        munmap(m, head);
    size_t tail = len - head - SP_GC_PAGE;
    if (tail > 0)
        munmap(m + head + SP_GC_PAGE, tail);
    return (void *)a;
}

static void unmap_page(sp_heap *h, void *base)
{
    if (h->nspare < SP_GC_SPARE_PAGES) {
        /* Reused pages are zeroed cell by cell at allocation. */
        h->spare[h->nspare++] = base;
        return;
    }
    SP_UNPOISON(base, SP_GC_PAGE);
    munmap(base, SP_GC_PAGE);
}

static sp_page *page_new(sp_heap *h, size_t cls)
{
    if (h->npages == h->pages_cap) {
        size_t cap = h->pages_cap ? h->pages_cap * 2 : 64;
        sp_page **n = realloc(h->pages, cap * sizeof *n);
        if (n == NULL)
            return NULL;
        h->pages = n;
        h->pages_cap = cap;
    }
    if (h->table_cap < (h->npages + 1) * 2 && !table_rebuild(h, h->npages + 1))
        return NULL;
    sp_page *p = calloc(1, sizeof *p);
    if (p == NULL)
        return NULL;
    void *mem = map_page(h);
    if (mem == NULL) {
        free(p);
        return NULL;
    }
    SP_POISON(mem, SP_GC_PAGE);
    p->base = (uintptr_t)mem;
    p->cls = (uint32_t)cls;
    p->cell = (uint32_t)class_size(cls);
    p->ncells = (uint32_t)(SP_GC_PAGE / p->cell);
    p->recip = (((uint64_t)1 << 32) + p->cell - 1) / p->cell;
    h->pages[h->npages++] = p;
    size_t i = page_hash(p->base, h->table_cap);
    while (h->table[i] != NULL)
        i = (i + 1) & (h->table_cap - 1);
    h->table[i] = p;
    range_add(h, p->base, SP_GC_PAGE);
    p->next_avail = h->avail[cls];
    p->in_avail = true;
    h->avail[cls] = p;
    return p;
}

/* ---- large objects ------------------------------------------------------*/

/* Index of the large block containing addr, or nlarge. */
/*@ requires \valid_read(h) && large_ok(h);
    assigns \nothing;
    ensures \result <= h->nlarge;
    ensures \result < h->nlarge ==>
        h->large[\result].base <= addr && addr - h->large[\result].base < h->large[\result].size; */
static size_t large_find(const sp_heap *h, uintptr_t addr)
{
    size_t lo = 0, hi = h->nlarge;
    /*@ loop invariant 0 <= lo <= hi <= h->nlarge;
        loop invariant lo > 0 ==> h->large[lo - 1].base <= addr;
        loop assigns lo, hi;
        loop variant hi - lo; */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (h->large[mid].base <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* lo = number of blocks with base <= addr */
    if (lo == 0)
        return h->nlarge;
    const sp_large *l = &h->large[lo - 1];
    if (addr - l->base < l->size)
        return lo - 1;
    return h->nlarge;
}

/* ---- finding objects ----------------------------------------------------*/

/* offset / cell, where recip = ceil(2^32 / cell): exact, since offset < 2^16
 * and cell <= 2^13 -- the rounding error stays below offset / 2^32 < 2^-16
 * < 1/cell.  (The proofs only need that locate checks the result against
 * the page's cell count.) */
/*@ assigns \nothing; */
static inline size_t cell_index(uintptr_t offset, uint64_t recip)
{
    return (size_t)(((uint64_t)offset * recip) >> 32);
}

/* Where addr lands: a page cell or a large block.  Never reads object
 * memory. */
typedef struct { sp_page *page; size_t idx; size_t large; } sp_where;

/*@ predicate where_ok(sp_heap *h, sp_where *w) =
        (w->page != \null ==> in_table(h, w->page) && w->idx < w->page->ncells)
        && (w->page == \null ==> w->large < h->nlarge);
*/

/*@ requires \valid_read(h) && table_ok(h) && large_ok(h);
    requires \valid(w) && \separated(w, h, h->table + (0 .. h->table_cap - 1));
    assigns *w;
    ensures \result ==> where_ok(h, w); */
static bool locate(const sp_heap *h, uintptr_t addr, sp_where *w)
{
    if (addr < h->lo || addr >= h->hi)
        return false;
    sp_page *p = page_lookup(h, addr & ~(uintptr_t)(SP_GC_PAGE - 1));
    if (p != NULL) {
        size_t idx = cell_index(addr - p->base, p->recip);
        if (idx >= p->ncells)
            return false;
        if (!(p->alloc[idx / 64] >> (idx % 64) & 1))
            return false;
        w->page = p;
        w->idx = idx;
        //@ assert in_table(h, w->page);
        //@ assert w->idx < w->page->ncells;
        return true;
    }
    size_t k = large_find(h, addr);
    if (k == h->nlarge)
        return false;
    w->page = NULL;
    w->large = k;
    //@ assert w->large < h->nlarge;
    return true;
}

/*@ requires \valid_read(h) && table_ok(h) && large_ok(h);
    requires \valid_read(w) && where_ok(h, w);
    assigns \nothing; */
static sp_obj *where_obj(const sp_heap *h, const sp_where *w)
{
    if (w->page != NULL)
        return (sp_obj *)(w->page->base + w->idx * w->page->cell);
    return (sp_obj *)h->large[w->large].base;
}

/*@ requires heap_ok(h);
    assigns \nothing; */
sp_obj *sp_heap_find(sp_heap *h, const void *addr)
{
    sp_where w;
    if (!locate(h, (uintptr_t)addr, &w))
        return NULL;
    return where_obj(h, &w);
}

/*@ requires heap_ok(h);
    assigns \nothing; */
size_t sp_heap_size_of(sp_heap *h, sp_obj *o)
{
    sp_where w;
    if (!locate(h, (uintptr_t)o, &w) || where_obj(h, &w) != o)
        sp_trap("sp_heap_size_of: not a heap object");
    /* The last byte is the spare byte: not usable. */
    if (w.page != NULL)
        return w.page->cell - 1;
    return h->large[w.large].size - 1;
}

/*@ requires heap_ok(h);
    assigns \nothing;
    ensures \result.len == n; */
sp_vals sp_heap_words(sp_heap *h, sp_obj *o, size_t offset, size_t n)
{
    size_t size = sp_heap_size_of(h, o);
    size_t bytes;
    if (offset % sizeof(sp_val) != 0 || offset < sizeof(struct sp_obj)
        || !sp_size_mul(n, sizeof(sp_val), &bytes) || offset > size || bytes > size - offset)
        sp_trap("sp_heap_words: words outside the object");
    return (sp_vals){ (sp_val *)((uint8_t *)o + offset), n };
}

/* ---- marking ------------------------------------------------------------*/

/* The allocator boundary for the mark stack: realloc, with the one
 * property of it the proofs use -- a new array is apart from the rest of
 * the heap (the old array, which it replaces, excepted).  Assumed (see
 * verify/assumed.txt). */
/*@ requires \valid_read(h) && heap_ok(h);
    requires h->stack_cap < cap <= SIZE_MAX / sizeof(sp_obj *);
    assigns \nothing;
    ensures \result == \null
        || (\valid(\result + (0 .. cap - 1))
            && \separated(\result + (0 .. cap - 1), h,
                          h->table + (0 .. h->table_cap - 1),
                          h->large + (0 .. h->large_cap - 1),
                          h->finq + (0 .. h->fin_cap - 1))
            && (\forall integer i; 0 <= i < h->table_cap && h->table[i] != \null ==>
                   \separated(h->table[i], \result + (0 .. cap - 1)))); */
static sp_obj **stack_realloc(const sp_heap *h, size_t cap)
{
    return realloc(h->stack, cap * sizeof(sp_obj *));
}

/*@ requires heap_ok(h);
    assigns h->stack, h->stack_cap, h->sp, h->overflow,
            \at(h->stack, Post)[\at(h->sp, Post) - 1];
    ensures heap_ok(h);
    ensures h->table == \old(h->table) && h->table_cap == \old(h->table_cap);
    ensures h->large == \old(h->large) && h->nlarge == \old(h->nlarge); */
static void push(sp_heap *h, sp_obj *o)
{
    if (h->sp == h->stack_cap) {
        size_t cap = h->stack_cap ? h->stack_cap * 2 : 4096;
        sp_obj **n = cap <= SIZE_MAX / sizeof *n ? stack_realloc(h, cap) : NULL;
        if (n == NULL) {
            h->overflow = true;   /* traced again by rescan_marked */
            return;
        }
        h->stack = n;
        h->stack_cap = cap;
    }
    h->stack[h->sp] = o;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
    h->sp++;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && finq_ok(h) && stack_ok(h);
    //@ assert arrays_apart(h);
}

/* Mark what w designates; push it if it was not marked yet. */
/*@ requires heap_ok(h);
    requires \valid_read(w) && where_ok(h, w);
    requires \separated(w, h, h->table + (0 .. h->table_cap - 1),
                        h->large + (0 .. h->large_cap - 1), h->stack + (0 .. h->stack_cap - 1));
    requires w->page != \null ==> \separated(w, w->page);
    assigns h->stack, h->stack_cap, h->sp, h->overflow,
            \at(h->stack, Post)[\at(h->sp, Post) - 1],
            w->page->mark[0 .. SP_GC_WORDS - 1], h->large[w->large].mark;
    ensures heap_ok(h); */
static void mark_where(sp_heap *h, const sp_where *w)
{
    if (w->page != NULL) {
        uint64_t bit = (uint64_t)1 << (w->idx % 64);
        uint64_t *m = &w->page->mark[w->idx / 64];
        if (*m & bit)
            return;
        *m |= bit;
        //@ assert in_table(h, w->page);
        //@ assert w->idx < w->page->ncells;
    } else {
        sp_large *l = &h->large[w->large];
        if (l->mark)
            return;
        l->mark = true;
        //@ assert w->page == \null && w->large < h->nlarge;
    }
    //@ assert table_ok(h);
    //@ assert large_ok(h);
    //@ assert where_ok(h, w);
    push(h, where_obj(h, w));
}

/*@ requires heap_ok(h);
    assigns h->stack, h->stack_cap, h->sp, h->overflow, \at(h->stack, Post)[\at(h->sp, Post) - 1],
            h->table[0 .. h->table_cap - 1]->mark[0 .. SP_GC_WORDS - 1],
            h->large[0 .. h->nlarge - 1].mark;
    ensures heap_ok(h); */
void sp_gc_mark(sp_heap *h, sp_val v)
{
    uintptr_t a = (uintptr_t)v;
    if (a == 0 || (a & 1u))
        return;
    /* Precise references are checked too: a value that is not a live heap
     * object (a static, a stale pointer after a bug) is ignored rather than
     * written through. */
    sp_where w;
    if (locate(h, a, &w))
        mark_where(h, &w);
}

/*@ requires heap_ok(h);
    assigns \nothing; */
bool sp_gc_is_marked(sp_heap *h, sp_obj *o)
{
    sp_where w;
    if (!locate(h, (uintptr_t)o, &w))
        return false;
    if (w.page != NULL)
        return (w.page->mark[w.idx / 64] >> (w.idx % 64)) & 1;
    return h->large[w.large].mark;
}

static void drain(sp_heap *h)
{
    while (h->sp > 0) {
        sp_obj *o = h->stack[--h->sp];
        h->hooks.trace(h, o, h->hooks.ud);
    }
}

/* After a mark-stack overflow: trace every marked object again (marking is
 * idempotent), until a pass completes without overflow. */
static void rescan_marked(sp_heap *h)
{
    while (h->overflow) {
        h->overflow = false;
        for (size_t k = 0; k < h->npages; k++) {
            sp_page *p = h->pages[k];
            for (size_t wd = 0; wd < SP_GC_WORDS; wd++) {
                uint64_t bits = p->mark[wd];
                while (bits) {
                    size_t idx = wd * 64 + (size_t)__builtin_ctzll(bits);
                    bits &= bits - 1;
                    h->hooks.trace(h, (sp_obj *)(p->base + idx * p->cell), h->hooks.ud);
                    drain(h);
                }
            }
        }
        for (size_t k = 0; k < h->nlarge; k++) {
            if (h->large[k].mark) {
                h->hooks.trace(h, (sp_obj *)h->large[k].base, h->hooks.ud);
                drain(h);
            }
        }
    }
}

/* The conservative scan.  Stack memory may hold ASan redzones, hence
 * no_sanitize and the volatile read. */
SP_NO_ASAN static void scan_range(sp_heap *h, uintptr_t from, uintptr_t to)
{
    from = (from + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1);
    for (uintptr_t a = from; a + sizeof(void *) <= to; a += sizeof(void *)) {
        uintptr_t word = *(volatile uintptr_t *)a;
        sp_where w;
        if (word >= h->lo && word < h->hi && locate(h, word, &w))
            mark_where(h, &w);
    }
}

/* Spill the registers into this frame, then scan from here to the base.
 * noinline: `regs` must be below every frame that may hold a root. */
__attribute__((noinline)) SP_NO_ASAN static void scan_stack(sp_heap *h)
{
    jmp_buf regs;
    __builtin_unwind_init();     /* callee-saved registers to the stack */
    setjmp(regs);                /* and the rest, for good measure */
    uintptr_t here = (uintptr_t)&regs;
    scan_range(h, here, h->stack_base);
    /* Keep `regs` alive until after the scan. */
    __asm__ volatile("" : : "r"(&regs) : "memory");
}

/* The collector can only run when it can see the whole C stack. */
/*@ requires \valid_read(h);
    assigns \nothing; */
static bool can_collect(const sp_heap *h)
{
    char here;
    return h->paused == 0 && !h->collecting && h->stack_base != 0
        && (uintptr_t)&here < h->stack_base;
}

void sp_heap_each_weak(sp_heap *h, void (*fn)(sp_heap *h, sp_obj *o, void *ud), void *ud)
{
    for (size_t k = 0; k < h->npages; k++) {
        sp_page *p = h->pages[k];
        for (size_t wd = 0; wd < SP_GC_WORDS; wd++) {
            uint64_t bits = p->weak[wd] & p->alloc[wd];
            while (bits) {
                size_t idx = wd * 64 + (size_t)__builtin_ctzll(bits);
                bits &= bits - 1;
                fn(h, (sp_obj *)(p->base + idx * p->cell), ud);
            }
        }
    }
    for (size_t k = 0; k < h->nlarge; k++)
        if (h->large[k].weak)
            fn(h, (sp_obj *)h->large[k].base, ud);
}

/* ---- the finalization queue ---------------------------------------------*/

/* The allocator boundary of the finalization queue (as stack_realloc).
 * The two contracts are spelt out rather than sharing a predicate: with
 * the shared predicate, push's proof times out (WP unfolds it late). */
/*@ requires \valid_read(h) && heap_ok(h);
    requires h->fin_cap < cap <= SIZE_MAX / sizeof(sp_obj *);
    assigns \nothing;
    ensures \result == \null
        || (\valid(\result + (0 .. cap - 1))
            && \separated(\result + (0 .. cap - 1), h,
                          h->table + (0 .. h->table_cap - 1),
                          h->large + (0 .. h->large_cap - 1),
                          h->stack + (0 .. h->stack_cap - 1))
            && (\forall integer i; 0 <= i < h->table_cap && h->table[i] != \null ==>
                   \separated(h->table[i], \result + (0 .. cap - 1)))); */
static sp_obj **finq_realloc(const sp_heap *h, size_t cap)
{
    return realloc(h->finq, cap * sizeof(sp_obj *));
}

/* Append o; false if the queue can't grow (no memory). */
/*@ requires heap_ok(h);
    assigns h->finq, h->fin_cap, h->fin_head, h->fin_n, h->finq[0 .. h->fin_cap - 1],
            \at(h->finq, Post)[\at(h->fin_n, Post) - 1];
    ensures heap_ok(h);
    ensures h->table == \old(h->table) && h->table_cap == \old(h->table_cap);
    ensures h->large == \old(h->large) && h->nlarge == \old(h->nlarge); */
static bool finq_push(sp_heap *h, sp_obj *o)
{
    if (h->fin_n == h->fin_cap && h->fin_head > 0) {
        /* Move the queue down to the start (a plain loop: rare, and the
         * proof needs no memmove model). */
        size_t n = h->fin_n - h->fin_head;
        /*@ loop invariant 0 <= i <= n;
            loop invariant heap_ok(h);
            loop invariant h->fin_n == \at(h->fin_n, LoopEntry)
                && h->fin_head == \at(h->fin_head, LoopEntry)
                && h->finq == \at(h->finq, LoopEntry);
            loop assigns i, h->finq[0 .. n - 1]; */
        for (size_t i = 0; i < n; i++)
            h->finq[i] = h->finq[h->fin_head + i];
        h->fin_n = n;
        h->fin_head = 0;
    }
    if (h->fin_n == h->fin_cap) {
        size_t cap = h->fin_cap ? h->fin_cap * 2 : 64;
        sp_obj **n = cap <= SIZE_MAX / sizeof *n ? finq_realloc(h, cap) : NULL;
        if (n == NULL)
            return false;
        h->finq = n;
        h->fin_cap = cap;
    }
    h->finq[h->fin_n] = o;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h);
    //@ assert arrays_apart(h);
    h->fin_n++;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && finq_ok(h) && stack_ok(h);
    //@ assert arrays_apart(h);
    return true;
}

/* The queued objects are roots until the VM takes them. */
/*@ requires heap_ok(h);
    assigns h->stack, h->stack_cap, h->sp, h->overflow, h->stack[0 .. h->stack_cap - 1],
            h->table[0 .. h->table_cap - 1]->mark[0 .. SP_GC_WORDS - 1],
            h->large[0 .. h->nlarge - 1].mark;
    ensures heap_ok(h); */
static void mark_queue(sp_heap *h)
{
    /*@ loop invariant heap_ok(h) && h->fin_head <= i <= h->fin_n;
        loop invariant h->fin_head == \at(h->fin_head, Pre) && h->fin_n == \at(h->fin_n, Pre);
        loop assigns i, h->stack, h->stack_cap, h->sp, h->overflow, h->stack[0 .. h->stack_cap - 1],
            h->table[0 .. h->table_cap - 1]->mark[0 .. SP_GC_WORDS - 1],
            h->large[0 .. h->nlarge - 1].mark; */
    for (size_t i = h->fin_head; i < h->fin_n; i++)
        sp_gc_mark(h, (sp_val)h->finq[i]);
}

/* Queue one candidate the VM wants finalized: it loses its flag (at most
 * once in its life).  If the queue can't grow, a collection marks it
 * instead, keeping its flag, to try again at the next collection. */
static void queue_one(sp_heap *h, sp_where *w, bool collecting)
{
    sp_obj *o = where_obj(h, w);
    if (!h->hooks.wants_finalizer(h, o, h->hooks.ud))
        return;
    if (!finq_push(h, o)) {
        if (collecting)
            mark_where(h, w);
        return;
    }
    if (w->page != NULL)
        w->page->pyfin[w->idx / 64] &= ~((uint64_t)1 << (w->idx % 64));
    else
        h->large[w->large].pyfin = false;
}

/* Offer every allocated candidate (unmarked ones only during a
 * collection) to queue_one. */
static void queue_candidates(sp_heap *h, bool collecting)
{
    for (size_t k = 0; k < h->npages; k++) {
        sp_page *p = h->pages[k];
        for (size_t wd = 0; wd < SP_GC_WORDS; wd++) {
            uint64_t bits = p->pyfin[wd] & p->alloc[wd] & ~p->mark[wd];
            while (bits) {
                sp_where w = { p, wd * 64 + (size_t)__builtin_ctzll(bits), 0 };
                bits &= bits - 1;
                queue_one(h, &w, collecting);
            }
        }
    }
    for (size_t k = 0; k < h->nlarge; k++) {
        if (h->large[k].pyfin && !h->large[k].mark) {
            sp_where w = { NULL, 0, k };
            queue_one(h, &w, collecting);
        }
    }
}

/* Phase "queue": first choose, among the objects unreachable from the
 * roots, every candidate to finalize (all of them, not only those no other
 * candidate reaches: nothing is traced until the choice is made); then
 * mark the chosen ones and all they reach. */
static void queue_finalizable(sp_heap *h)
{
    if (h->hooks.wants_finalizer == NULL)
        return;
    queue_candidates(h, true);
    /* The whole queue, not only the entries added above: finq_push may
     * have moved the older ones down (marking is idempotent). */
    mark_queue(h);
    drain(h);
    rescan_marked(h);
}

void sp_heap_queue_all_finalizable(sp_heap *h)
{
    if (h->collecting || h->hooks.wants_finalizer == NULL)
        return;
    /* Between collections no mark bit is set (H2): every candidate is
     * offered, live or not. */
    queue_candidates(h, false);
}

/*@ requires \valid(h) && finq_ok(h);
    assigns h->fin_head, h->fin_n;
    ensures finq_ok(h);
    ensures h->fin_n - h->fin_head == (\old(h->fin_n) == \old(h->fin_head) ? 0
                                      : \old(h->fin_n) - \old(h->fin_head) - 1); */
sp_obj *sp_heap_take_finalizable(sp_heap *h)
{
    if (h->fin_head == h->fin_n)
        return NULL;
    sp_obj *o = h->finq[h->fin_head++];
    if (h->fin_head == h->fin_n)
        h->fin_head = h->fin_n = 0;
    return o;
}

/*@ requires \valid_read(h) && finq_ok(h);
    assigns \nothing;
    ensures \result == h->fin_n - h->fin_head; */
size_t sp_heap_finalizable_count(sp_heap *h) { return h->fin_n - h->fin_head; }

/*@ requires heap_ok(h);
    assigns \nothing; */
bool sp_heap_has_pyfin(sp_heap *h, sp_obj *o)
{
    sp_where w;
    if (!locate(h, (uintptr_t)o, &w) || where_obj(h, &w) != o)
        return false;
    if (w.page != NULL)
        return (w.page->pyfin[w.idx / 64] >> (w.idx % 64)) & 1;
    return h->large[w.large].pyfin;
}

/* ---- sweeping -----------------------------------------------------------*/

static void finalize_dead(sp_heap *h)
{
    if (h->hooks.finalize == NULL)
        return;
    for (size_t k = 0; k < h->npages; k++) {
        sp_page *p = h->pages[k];
        for (size_t wd = 0; wd < SP_GC_WORDS; wd++) {
            uint64_t bits = p->fin[wd] & p->alloc[wd] & ~p->mark[wd];
            while (bits) {
                size_t idx = wd * 64 + (size_t)__builtin_ctzll(bits);
                bits &= bits - 1;
                h->hooks.finalize(h, (sp_obj *)(p->base + idx * p->cell), h->hooks.ud);
            }
        }
    }
    for (size_t k = 0; k < h->nlarge; k++)
        if (h->large[k].fin && !h->large[k].mark)
            h->hooks.finalize(h, (sp_obj *)h->large[k].base, h->hooks.ud);
}

static void sweep(sp_heap *h)
{
    size_t kept = 0, live_objs = 0, live_bytes = 0;
    bool released = false;
    for (size_t c = 0; c < SP_GC_NCLASSES; c++)
        h->avail[c] = NULL;
    for (size_t k = 0; k < h->npages; k++) {
        sp_page *p = h->pages[k];
        uint32_t live = 0;
        for (size_t wd = 0; wd < SP_GC_WORDS; wd++) {
            uint64_t dead = p->alloc[wd] & ~p->mark[wd];
            while (dead) {
                size_t idx = wd * 64 + (size_t)__builtin_ctzll(dead);
                dead &= dead - 1;
                SP_POISON((void *)(p->base + idx * p->cell), p->cell);
            }
            p->alloc[wd] &= p->mark[wd];
            p->fin[wd] &= p->mark[wd];
            p->weak[wd] &= p->mark[wd];
            p->pyfin[wd] &= p->mark[wd];
            p->mark[wd] = 0;
            live += popcount64(p->alloc[wd]);
        }
        p->nlive = live;
        if (live == 0) {
            unmap_page(h, (void *)p->base);
            free(p);
            released = true;
            continue;
        }
        live_objs += live;
        live_bytes += (size_t)live * p->cell;
        p->cursor = 0;
        p->in_avail = live < p->ncells;
        if (p->in_avail) {
            p->next_avail = h->avail[p->cls];
            h->avail[p->cls] = p;
        }
        h->pages[kept++] = p;
    }
    h->npages = kept;
    if (released && !table_rebuild(h, h->npages)) {
        /* Keep the old table: remove the released entries by rebuilding in
         * place is impossible without memory, so trap -- the process has
         * no memory left even for a few bytes of bookkeeping. */
        sp_trap("gc: out of memory for the page table");
    }

    size_t lkept = 0;
    for (size_t k = 0; k < h->nlarge; k++) {
        sp_large l = h->large[k];
        if (!l.mark) {
            free((void *)l.base);
            continue;
        }
        l.mark = false;
        live_objs++;
        live_bytes += l.size;
        h->large[lkept++] = l;
    }
    h->nlarge = lkept;

    /* Recompute the filter range. */
    h->lo = h->hi = 0;
    for (size_t k = 0; k < h->npages; k++)
        range_add(h, h->pages[k]->base, SP_GC_PAGE);
    for (size_t k = 0; k < h->nlarge; k++)
        range_add(h, h->large[k].base, h->large[k].size);

    h->objects_live = live_objs;
    h->bytes_in_use = live_bytes;
}

/* Zero the stack just below the caller, where the collector's own frames
 * are about to be: words left there by earlier, deeper calls (a finalizer
 * runner's locals, ...) would otherwise be scanned as roots in the frames'
 * unused slots and keep garbage alive.  Costs memory only if skipped. */
#define SP_GC_SCRUB 2048   /* > the frames of collect() and scan_stack(), ASan included */
__attribute__((noinline)) static void scrub_stack(void)
{
    volatile uint8_t buf[SP_GC_SCRUB];
    for (size_t i = 0; i < SP_GC_SCRUB; i++)
        buf[i] = 0;
    __asm__ volatile("" : : "r"(buf) : "memory");
}

static void collect(sp_heap *h);

void sp_heap_collect(sp_heap *h)
{
    if (!can_collect(h))
        return;
    scrub_stack();
    collect(h);
}

__attribute__((noinline)) static void collect(sp_heap *h)
{
    h->collecting = true;
    h->sp = 0;
    h->overflow = false;
    if (h->hooks.mark_roots != NULL)
        h->hooks.mark_roots(h, h->hooks.ud);
    mark_queue(h);
    scan_stack(h);
    drain(h);
    rescan_marked(h);
    queue_finalizable(h);
    if (h->hooks.after_mark != NULL)
        h->hooks.after_mark(h, h->hooks.ud);
    finalize_dead(h);
    sweep(h);
    h->collections++;
    h->since_gc = 0;
    h->trigger = h->bytes_in_use > SP_GC_MIN_TRIGGER ? h->bytes_in_use : SP_GC_MIN_TRIGGER;
    h->collecting = false;
#ifdef SP_DEBUG
    sp_heap_verify(h);
#endif
}

/* ---- allocation ---------------------------------------------------------*/

static sp_obj *alloc_small(sp_heap *h, size_t cls, uint32_t gcflags)
{
    for (;;) {
        sp_page *p = h->avail[cls];
        if (p == NULL)
            p = page_new(h, cls);
        if (p == NULL)
            return NULL;
        size_t nwords = (p->ncells + 63) / 64;
        for (size_t wd = p->cursor; wd < nwords; wd++) {
            uint64_t free_bits = ~p->alloc[wd];
            if (wd == nwords - 1 && p->ncells % 64 != 0)
                free_bits &= ((uint64_t)1 << (p->ncells % 64)) - 1;
            if (free_bits == 0)
                continue;
            unsigned bit = (unsigned)__builtin_ctzll(free_bits);
            size_t idx = wd * 64 + bit;
            p->alloc[wd] |= (uint64_t)1 << bit;
            if (gcflags & SP_GC_FINALIZE)
                p->fin[wd] |= (uint64_t)1 << bit;
            if (gcflags & SP_GC_WEAK)
                p->weak[wd] |= (uint64_t)1 << bit;
            if (gcflags & SP_GC_PYFIN)
                p->pyfin[wd] |= (uint64_t)1 << bit;
            p->cursor = (uint32_t)wd;
            p->nlive++;
            void *cell = (void *)(p->base + idx * p->cell);
            SP_UNPOISON(cell, p->cell);
            memset(cell, 0, p->cell);
            return cell;
        }
        /* Full: off the list. */
        h->avail[cls] = p->next_avail;
        p->in_avail = false;
        p->next_avail = NULL;
    }
}

/* size: already rounded to the grain, spare byte included. */
static sp_obj *alloc_large(sp_heap *h, size_t size, uint32_t gcflags)
{
    if (h->nlarge == h->large_cap) {
        size_t cap = h->large_cap ? h->large_cap * 2 : 64;
        sp_large *n = realloc(h->large, cap * sizeof *n);
        if (n == NULL)
            return NULL;
        h->large = n;
        h->large_cap = cap;
    }
    void *mem = calloc(1, size);
    if (mem == NULL)
        return NULL;
    uintptr_t base = (uintptr_t)mem;
    size_t pos = h->nlarge;
    while (pos > 0 && h->large[pos - 1].base > base)
        pos--;
    memmove(&h->large[pos + 1], &h->large[pos], (h->nlarge - pos) * sizeof(sp_large));
    h->large[pos] = (sp_large){ base, size, false, (gcflags & SP_GC_FINALIZE) != 0,
                                (gcflags & SP_GC_WEAK) != 0, (gcflags & SP_GC_PYFIN) != 0 };
    h->nlarge++;
    range_add(h, base, size);
    return mem;
}

/* Fault injection: true if this allocation is the one to fail.  A few
 * allocations after a failure the heap is collected (and, in debug builds,
 * verified), so that state left half-made by the failure is traced at once
 * rather than whenever the next collection happens to come. */
/*@ requires \valid(h) && \valid(force) && \separated(h, force);
    assigns h->collect_in, h->fail_at, *force; */
static bool injected_failure(sp_heap *h, bool *force)
{
    if (h->collect_in != 0 && --h->collect_in == 0)
        *force = true;
    if (h->fail_at == 0 || --h->fail_at != 0)
        return false;
    if (h->fail_sticky)
        h->fail_at = 1;
    else
        h->collect_in = 3;
    return true;
}

/* GC stress: a collection at every allocation while the work of one (the
 * live objects plus the words of C stack to scan) is at most
 * SP_GC_STRESS_FULL -- start-up leaves about 4,000 objects live, so most
 * programs are collected at every allocation throughout.  Past that, at
 * every k-th allocation, k = work / SP_GC_STRESS_STEP: stress then costs
 * about SP_GC_STRESS_STEP units of work per allocation, and a program
 * that builds deep data or recurses deep in C stays linear instead of
 * quadratic (minutes instead of hours). */
#define SP_GC_STRESS_FULL 16384u
#define SP_GC_STRESS_STEP 512u

/*@ requires \valid(h);
    assigns h->stress_wait; */
static bool stress_due(sp_heap *h)
{
    if (h->stress_wait > 0) {
        h->stress_wait--;
        return false;
    }
    char here;
    uintptr_t sp = (uintptr_t)&here;
    size_t words = h->stack_base > sp ? (h->stack_base - sp) / sizeof(void *) : 0;
    size_t work = h->objects_live + words;
    h->stress_wait = work <= SP_GC_STRESS_FULL ? 0 : work / SP_GC_STRESS_STEP;
    return true;
}

sp_obj *sp_heap_alloc(sp_heap *h, struct sp_type *type, size_t size, uint32_t gcflags)
{
    size_t need;
    /* No allocation from the hooks during a collection: a cell allocated
     * mid-sweep would be unmarked and freed at once. */
    if (h->collecting)
        return NULL;
    h->allocs++;
    bool force = false;
    if ((h->fail_at | h->collect_in) != 0 && injected_failure(h, &force))
        return NULL;
    if (size < sizeof(struct sp_obj) || !sp_size_add(size, 1, &need))
        return NULL;   /* the spare byte: see gc.h */
    bool small = need <= SP_GC_SMALL_MAX;
    size_t cell = small ? class_size(class_of(need)) : (need + SP_GC_GRAIN - 1) & ~(size_t)(SP_GC_GRAIN - 1);
    if (cell < need)
        return NULL;
    size_t after;
    if (!sp_size_add(h->bytes_in_use, cell, &after))
        return NULL;
    if (force || (h->stress && stress_due(h)) || h->since_gc >= h->trigger || after > h->max_bytes) {
        sp_heap_collect(h);
        if (!sp_size_add(h->bytes_in_use, cell, &after) || after > h->max_bytes)
            return NULL;
    }
    sp_obj *o = small ? alloc_small(h, class_of(need), gcflags) : alloc_large(h, cell, gcflags);
    if (o == NULL)
        return NULL;
    h->bytes_in_use += cell;
    h->since_gc += cell;
    h->objects_live++;
    o->type = type;
    o->gc = gcflags;
    return o;
}

/* ---- life cycle and settings ---------------------------------------------*/

sp_heap *sp_heap_new(size_t max_bytes, sp_heap_hooks hooks)
{
    sp_heap *h = calloc(1, sizeof *h);
    if (h == NULL)
        return NULL;
    if (hooks.trace == NULL) {
        free(h);
        return NULL;
    }
    h->hooks = hooks;
    h->max_bytes = max_bytes;
    h->trigger = SP_GC_MIN_TRIGGER;
    return h;
}

void sp_heap_free(sp_heap *h)
{
    if (h == NULL)
        return;
    /* Everything is unreachable now: finalize all, then release. */
    h->paused++;
    for (size_t k = 0; k < h->npages; k++)
        memset(h->pages[k]->mark, 0, sizeof h->pages[k]->mark);
    for (size_t k = 0; k < h->nlarge; k++)
        h->large[k].mark = false;
    finalize_dead(h);
    for (size_t k = 0; k < h->npages; k++) {
        SP_UNPOISON((void *)h->pages[k]->base, SP_GC_PAGE);
        munmap((void *)h->pages[k]->base, SP_GC_PAGE);
        free(h->pages[k]);
    }
    for (size_t k = 0; k < h->nspare; k++) {
        SP_UNPOISON(h->spare[k], SP_GC_PAGE);
        munmap(h->spare[k], SP_GC_PAGE);
    }
    for (size_t k = 0; k < h->nlarge; k++)
        free((void *)h->large[k].base);
    free(h->pages);
    free(h->table);
    free(h->large);
    free(h->stack);
    free(h->finq);
    free(h);
}

/*@ requires \valid(h) && h->paused < INT_MAX;
    assigns h->paused;
    ensures h->paused == \old(h->paused) + 1; */
void sp_heap_pause(sp_heap *h) { h->paused++; }

/*@ requires \valid(h) && 0 <= h->paused;
    assigns h->paused;
    ensures h->paused == \old(h->paused) - 1; */
void sp_heap_resume(sp_heap *h)
{
    if (h->paused == 0)
        sp_trap("sp_heap_resume without sp_heap_pause");
    h->paused--;
}

/*@ requires \valid(h);
    assigns h->stack_base; */
void sp_heap_set_stack_base(sp_heap *h, void *base) { h->stack_base = (uintptr_t)base; }
/*@ requires \valid_read(h);
    assigns \nothing; */
void *sp_heap_get_stack_base(sp_heap *h) { return (void *)h->stack_base; }
/*@ requires \valid(h);
    assigns h->stress;
    ensures h->stress == on; */
void sp_heap_set_stress(sp_heap *h, bool on) { h->stress = on; }
/*@ requires \valid(h);
    assigns h->max_bytes;
    ensures h->max_bytes == max_bytes; */
void sp_heap_set_max(sp_heap *h, size_t max_bytes) { h->max_bytes = max_bytes; }
/*@ requires \valid(h);
    assigns h->fail_at, h->fail_sticky, h->collect_in; */
void sp_heap_set_fail_at(sp_heap *h, size_t n, bool sticky)
{
    h->fail_at = n;
    h->fail_sticky = sticky;
    h->collect_in = 0;
}
/*@ requires \valid_read(h);
    assigns \nothing;
    ensures \result == h->allocs; */
size_t sp_heap_alloc_count(sp_heap *h) { return h->allocs; }

/*@ requires \valid_read(h);
    assigns \nothing;
    ensures \result.bytes_in_use == h->bytes_in_use && \result.max_bytes == h->max_bytes; */
sp_heap_stats sp_heap_get_stats(sp_heap *h)
{
    return (sp_heap_stats){ h->bytes_in_use, h->max_bytes, h->collections, h->objects_live };
}

/* ---- the verifier -------------------------------------------------------*/

void sp_heap_verify(sp_heap *h)
{
    size_t bytes = 0, objs = 0;
    for (size_t k = 0; k < h->npages; k++) {
        sp_page *p = h->pages[k];
        /* H1: the page is findable, aligned, and its class is consistent. */
        if (page_lookup(h, p->base) != p)
            sp_trap("heap verify: page missing from the page table");
        if (p->base % SP_GC_PAGE != 0 || p->cls >= SP_GC_NCLASSES
            || p->cell != class_size(p->cls) || p->ncells != SP_GC_PAGE / p->cell
            || p->recip != (((uint64_t)1 << 32) + p->cell - 1) / p->cell)
            sp_trap("heap verify: bad page descriptor");
        size_t live = 0;
        for (size_t wd = 0; wd < SP_GC_WORDS; wd++) {
            /* H2: nothing marked between collections. */
            if (p->mark[wd] != 0)
                sp_trap("heap verify: mark bit set between collections");
            if ((p->fin[wd] | p->weak[wd] | p->pyfin[wd]) & ~p->alloc[wd])
                sp_trap("heap verify: finalizer or weak bit on a free cell");
            if (wd * 64 + 64 > p->ncells) {
                size_t valid = wd * 64 >= p->ncells ? 0 : p->ncells - wd * 64;
                uint64_t mask = valid >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << valid) - 1);
                if (p->alloc[wd] & ~mask)
                    sp_trap("heap verify: cell beyond the page allocated");
            }
            live += popcount64(p->alloc[wd]);
        }
        if (live != p->nlive)
            sp_trap("heap verify: page live count wrong");
        objs += live;
        bytes += live * p->cell;
    }
    for (size_t k = 0; k < h->nlarge; k++) {
        const sp_large *l = &h->large[k];
        if (l->mark)
            sp_trap("heap verify: large object marked between collections");
        if (k > 0 && h->large[k - 1].base + h->large[k - 1].size > l->base)
            sp_trap("heap verify: large objects unsorted or overlapping");
        if (page_lookup(h, l->base & ~(uintptr_t)(SP_GC_PAGE - 1)) != NULL)
            sp_trap("heap verify: large object inside a page");
        objs++;
        bytes += l->size;
    }
    /* H4: queued objects are allocated and queued once. */
    if (h->fin_head > h->fin_n || h->fin_n > h->fin_cap)
        sp_trap("heap verify: finalization queue indices");
    for (size_t i = h->fin_head; i < h->fin_n; i++) {
        sp_where w;
        if (!locate(h, (uintptr_t)h->finq[i], &w) || where_obj(h, &w) != h->finq[i])
            sp_trap("heap verify: a queued object is not allocated");
        if (sp_heap_has_pyfin(h, h->finq[i]))
            sp_trap("heap verify: a queued object still flagged SP_GC_PYFIN");
    }
    /* H3 */
    if (bytes != h->bytes_in_use || objs != h->objects_live)
        sp_trap("heap verify: bytes_in_use / object count out of step");
    if (h->bytes_in_use > h->max_bytes)
        sp_trap("heap verify: over the cap");
}

SP_UNSAFE_BUFFERS_END

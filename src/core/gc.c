/* The garbage-collected heap (see gc.h for the contract and invariants).
 *
 * Layout
 *   Small objects (cell <= SP_GC_SMALL_MAX bytes, spare byte included) live
 *   in pages of SP_GC_PAGE bytes, aligned on SP_GC_PAGE, one size class per
 *   page.  A page's metadata (allocation, mark and finalizer bitmaps) lives
 *   in a separate descriptor (malloc), never inside the page: a stray write
 *   into an object can't corrupt the collector, and the conservative scan
 *   reads only descriptors, never object memory (which ASan may have
 *   poisoned).  A hash table maps a page address to its descriptor; it is
 *   also the list of pages every walk of the heap goes through.  A page
 *   stays until sp_heap_free: an empty one is reused for any class, and
 *   past the spare empty ones a sweep keeps (SP_GC_SPARE_PAGES, or what
 *   the trigger allocates) its memory goes back to the system (madvise)
 *   while its address stays reserved.  So a sweep frees no
 *   descriptor and never rebuilds the table (it can't fail), and the
 *   table only grows, from page_new.
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
 * The mark stack is a malloc'd array, sized before each collection (an
 * eighth of the live objects).  When it is full the object is left
 * marked-but-untraced and `overflow` is set; after draining, the stack
 * grows if it can and the heap is rescanned for marked objects, which are
 * traced again until no overflow remains.  Marking therefore never fails,
 * only slows down.
 *
 * The proof (make verify, docs/safety.md section 4): every function below
 * carries an ACSL contract for WP with -wp-rte; the small boundaries listed
 * in verify/assumed.txt (allocation, the page mappings, the one write to
 * object memory, the hooks, the stack scan) are assumed.  Its state and
 * what is left (the EVA harness): verify/gc_status.md.
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
/* The classes sp_heap_alloc's common case serves (cells of 16 to 512
 * bytes, spare byte included): the ones with a reserved word. */
#define SP_GC_RES_CLASSES 32
/* Collect when this many bytes were allocated since the last collection,
 * or twice as much as survived it, whichever is more.  A collection's
 * cost is about the live heap plus the fixed work of the roots (start-up
 * leaves some 4,000 objects); the factor 2 halves the marking per byte
 * allocated against a factor 1, for a peak heap of three times the live
 * one instead of two, and 16 MiB makes the fixed work small beside the
 * allocation of a program whose live heap is small (bench/: mandelbrot
 * 1.4x faster than with 4 MiB). */
#define SP_GC_MIN_TRIGGER ((size_t)16 << 20)
#define SP_GC_GROWTH 2
/* Empty pages kept committed after a sweep: at least this many, and as
 * many as the last trigger allocated between collections, so that an
 * allocation-heavy loop does not give back pages it fills again before
 * the next collection (each would cost a page fault per 4 KiB).  The
 * rest go back to the system (madvise). */
#define SP_GC_SPARE_PAGES 64

/* The mark stack's first size (it doubles when full). */
#define SP_GC_STACK_MIN ((size_t)4096)
#define SP_GC_NONE SIZE_MAX   /* "no slot" in cur[] */

/* The integer types are chosen for the proof.  WP's typed memory model
 * keeps one memory per C integer size, so a store can only disturb what
 * is read at the same size: cls, cell and ncells are the only 16-bit
 * fields of the heap's bookkeeping (page_ok reads nothing else), and the
 * heap's counts and bounds that the invariants read (npages, table_cap,
 * nlarge, large_cap, stack_cap, fin_head, fin_cap) the only 32-bit ones
 * (sp and fin_n: below).  The stores into page bitmaps and counters (64-bit) and
 * into large-block records while marking, sweeping and allocating then
 * can't touch what heap_ok and the loops' frames are made of. */
typedef struct sp_page {
    uintptr_t base;
    uint16_t cls;
    uint16_t cell;        /* bytes per cell */
    uint16_t ncells;
    uint64_t nlive;
    uint64_t cursor;      /* first bitmap word that may have a free cell */
    bool decommitted;     /* empty, its memory given back (page_decommit) */
    bool idle;            /* empty at the last sweep, not set up anew since */
    uint64_t recip;       /* ceil(2^32 / cell): offset / cell without a division */
    uint64_t alloc[SP_GC_WORDS];
    uint64_t mark[SP_GC_WORDS];
    uint64_t fin[SP_GC_WORDS];
    uint64_t weak[SP_GC_WORDS];
    uint64_t pyfin[SP_GC_WORDS];
} sp_page;

/* A class's reserved word: see "Reservations" above sp_heap_alloc. */
typedef struct sp_reserved {
    uint64_t free;        /* its cells not yet handed out (0: none reserved) */
    uintptr_t base;       /* address of the word's first cell */
    size_t slot;          /* the page's slot in the table */
    size_t word;          /* the word's index in the page's bitmaps */
} sp_reserved;

typedef struct sp_large {
    uintptr_t base;
    size_t size;          /* bytes of the block, spare byte included */
    /* 0 or 1.  Bytes rather than bool: the stack scan's contract (which
     * EVA takes as given, eva_gc.c) can only say that marks may change,
     * and a bool whose value is unknown is a trap representation to it. */
    uint8_t mark, fin, weak, pyfin;
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
    bool walking;         /* inside sp_heap_each_weak: no allocation */
    bool keep_pages;      /* sweeps give no memory back (sp_heap_keep_pages) */
    uintptr_t stack_base;
    /* Address range covered by pages and large blocks: a fast filter for
     * the conservative scan. */
    uintptr_t lo, hi;

    /* Every page, in an open-addressing table keyed by base >> PAGE_SHIFT
     * (at most half full).  A page, once made, stays until sp_heap_free:
     * an empty one is reused for any class, and past the spare empty
     * ones (see SP_GC_SPARE_PAGES) its memory is given back (madvise) while
     * its address stays reserved.  The table is also the list of pages
     * that every walk of the heap goes through. */
    sp_page **table;
    uint32_t table_cap;   /* power of two (or 0), >= 2 * npages */
    uint32_t npages;
    /* Allocation, next fit: cur[c] is the slot of the page class c
     * allocates from (a hint, checked at use), scan[c] the slot where the
     * search for its next page resumes, empty_scan the same for empty
     * pages.  Reset by every sweep and every growth of the table. */
    size_t cur[SP_GC_NCLASSES];
    size_t scan[SP_GC_NCLASSES];
    size_t empty_scan;
    /* The reserved word of each of the first SP_GC_RES_CLASSES classes
     * (see "Reservations" above sp_heap_alloc). */
    sp_reserved res[SP_GC_RES_CLASSES];

    sp_large *large;      /* sorted by base */
    uint32_t nlarge, large_cap;

    sp_obj **stack;       /* mark stack */
    int64_t sp;           /* signed 64-bit, as fin_n below */
    uint32_t stack_cap;
    bool overflow;
    /* The finalization queue: finq[fin_head .. fin_n) are queued objects,
     * oldest first; a root at every collection (H4).  fin_n and sp are
     * the only signed 64-bit fields: they change while marking and
     * queueing, and a store at the type of the array bounds (uint32_t)
     * would make every location range of the marking and queueing loops'
     * `assigns` differ between two states (see the note on the integer
     * types above). */
    sp_obj **finq;
    uint32_t fin_head;
    int64_t fin_n;
    uint32_t fin_cap;

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
 * (uintptr_t): the collector proves nothing about it and never reads it;
 * the one function that writes it (cell_init: zeroing and the header) is
 * an assumed boundary, like the allocator's. */

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
        && 8 <= p->ncells <= SP_GC_MAX_CELLS;

    // The page hash table: every slot empty or a page descriptor; the
    // descriptors are pairwise separate and separate from the heap struct.
    predicate table_ok(sp_heap *h) =
        (h->table_cap == 0 || (\valid(h->table + (0 .. h->table_cap - 1))
                                && \separated(h, h->table + (0 .. h->table_cap - 1))))
        && h->npages <= h->table_cap
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
        0 <= h->sp <= h->stack_cap
        && (h->stack_cap == 0 || (\valid(h->stack + (0 .. h->stack_cap - 1))
                                  && \separated(h, h->stack + (0 .. h->stack_cap - 1))));

    // The finalization queue: finq[fin_head .. fin_n) (H4's indices).
    predicate finq_ok(sp_heap *h) =
        h->fin_head <= h->fin_n <= h->fin_cap
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
        && arrays_apart(h);
*/

/* What marking may change: sp_gc_mark, and so every hook (which the VM
 * writes with sp_gc_mark as its only way to change the heap's bookkeeping
 * during a collection or a walk).  SP_GC_SETTINGS: the scalar settings a
 * hook could also change through the API; no invariant mentions them.
 * `walking` is one: a hook may walk the weak objects (the VM's after_mark
 * and mark_roots do), and sp_heap_each_weak sets it for the walk and puts
 * the old value back (eva_gc.c's hooks, proved against these contracts,
 * found it missing). */
#define SP_GC_MARKS h->sp, h->overflow, \
    h->table[0 .. h->table_cap - 1]->mark[0 .. SP_GC_WORDS - 1], \
    h->large[0 .. h->nlarge - 1].mark
#define SP_GC_SETTINGS h->paused, h->max_bytes, h->stress, h->stack_base, \
    h->fail_at, h->fail_sticky, h->collect_in, h->walking, h->keep_pages

#ifdef __FRAMAC__
/* Declarations Frama-C's libc lacks, for the assumed functions that call
 * them (page_decommit, scan_stack). */
int madvise(void *addr, size_t len, int advice);
void __builtin_unwind_init(void);
#ifndef MADV_DONTNEED
#define MADV_DONTNEED 4
#endif
#ifndef MADV_HUGEPAGE
#define MADV_HUGEPAGE 14
#endif
#endif

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
    ensures need <= 512 ==> \result < SP_GC_RES_CLASSES;
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
        i = i + 1 == h->table_cap ? 0 : i + 1;
    }
}

/* The first empty slot of t (cap slots) on base's probe sequence.  The
 * table is never full (at most half), so the trap can't fire. */
/*@ requires cap > 0 && \valid_read(t + (0 .. cap - 1));
    assigns \nothing;
    ensures \result < cap && t[\result] == \null; */
static size_t free_slot(sp_page *const *t, size_t cap, uintptr_t base)
{
    size_t i = page_hash(base, cap);
    /*@ loop invariant i < cap;
        loop invariant n <= cap;
        loop assigns i, n;
        loop variant cap - n; */
    for (size_t n = 0; n < cap; n++) {
        if (t[i] == NULL)
            return i;
        i = i + 1 == cap ? 0 : i + 1;
    }
    sp_trap("gc: page table full");
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

/* ---- the system boundary ---------------------------------------------------
 *
 * Allocation, the page mappings and the object memory: WP can't reason
 * about allocation (\fresh, \freeable), so these small functions are
 * assumed (verify/assumed.txt) with the one property the proofs use -- a
 * new block is apart from everything the heap already holds -- and checked
 * instead by ASan, LSan and the tests.  The contracts spell that out each
 * time rather than share a predicate: WP unfolds a predicate late, and
 * with a shared one the proof of a caller timed out (session 5). */

/* A new, zeroed page table of cap slots. */
/*@ requires heap_ok(h) && cap > 0;
    assigns \nothing;
    ensures \result == \null
        || (\valid(\result + (0 .. cap - 1))
            && (\forall integer i; 0 <= i < cap ==> \result[i] == \null)
            && \separated(\result + (0 .. cap - 1), h,
                          h->table + (0 .. h->table_cap - 1),
                          h->large + (0 .. h->large_cap - 1),
                          h->stack + (0 .. h->stack_cap - 1),
                          h->finq + (0 .. h->fin_cap - 1))
            && (\forall integer i; 0 <= i < h->table_cap && h->table[i] != \null ==>
                   \separated(h->table[i], \result + (0 .. cap - 1)))); */
static sp_page **table_alloc(sp_heap *h, size_t cap)
{
    (void)h;
    return calloc(cap, sizeof(sp_page *));
}

/* The heap struct, zeroed: no pages, no arrays. */
/*@ assigns \nothing;
    ensures \result == \null
        || (\valid(\result) && \result->table_cap == 0 && \result->npages == 0
            && \result->large_cap == 0 && \result->nlarge == 0
            && \result->stack_cap == 0 && \result->sp == 0
            && \result->fin_cap == 0 && \result->fin_n == 0 && \result->fin_head == 0); */
static sp_heap *heap_alloc(void)
{
    return calloc(1, sizeof(sp_heap));
}

/* A new, zeroed page descriptor. */
/*@ requires heap_ok(h);
    assigns \nothing;
    ensures \result == \null
        || (\valid(\result)
            && \separated(\result, h,
                          h->table + (0 .. h->table_cap - 1),
                          h->large + (0 .. h->large_cap - 1),
                          h->stack + (0 .. h->stack_cap - 1),
                          h->finq + (0 .. h->fin_cap - 1))
            && (\forall integer i; 0 <= i < h->table_cap && h->table[i] != \null ==>
                   \separated(h->table[i], \result))); */
static sp_page *desc_alloc(sp_heap *h)
{
    (void)h;
    return calloc(1, sizeof(sp_page));
}

/* The large-block array, grown to cap (realloc: the blocks kept). */
/*@ requires heap_ok(h) && h->large_cap < cap;
    assigns \nothing;
    ensures \result == \null
        || (\valid(\result + (0 .. cap - 1))
            && \separated(\result + (0 .. cap - 1), h,
                          h->table + (0 .. h->table_cap - 1),
                          h->stack + (0 .. h->stack_cap - 1),
                          h->finq + (0 .. h->fin_cap - 1))
            && (\forall integer i; 0 <= i < h->table_cap && h->table[i] != \null ==>
                   \separated(h->table[i], \result + (0 .. cap - 1)))); */
static sp_large *large_realloc(sp_heap *h, uint32_t cap)
{
    return realloc(h->large, cap * sizeof(sp_large));
}

/* The mark stack, grown to cap (realloc). */
/*@ requires heap_ok(h) && h->stack_cap < cap;
    assigns \nothing;
    ensures \result == \null
        || (\valid(\result + (0 .. cap - 1))
            && \separated(\result + (0 .. cap - 1), h,
                          h->table + (0 .. h->table_cap - 1),
                          h->large + (0 .. h->large_cap - 1),
                          h->finq + (0 .. h->fin_cap - 1))
            && (\forall integer i; 0 <= i < h->table_cap && h->table[i] != \null ==>
                   \separated(h->table[i], \result + (0 .. cap - 1)))); */
static sp_obj **stack_realloc(sp_heap *h, uint32_t cap)
{
    sp_obj **n = realloc(h->stack, cap * sizeof(sp_obj *));
    /* The new cells zeroed: nothing reads a cell above sp, but EVA can't
     * relate sp to the cells written, and zeroing costs one pass over
     * memory the marking will use anyway. */
    if (n != NULL)
        memset(n + h->stack_cap, 0, (size_t)(cap - h->stack_cap) * sizeof(sp_obj *));
    return n;
}

/* A new finalization queue of cap entries, the queued entries
 * (finq[fin_head .. fin_n)) copied to its start (malloc, memcpy; the
 * caller frees the old one).  Copying here keeps the new array's cells out
 * of every caller's `assigns`: from the callers' point of view they are
 * fresh memory, which WP can't express. */
/*@ requires heap_ok(h) && 0 < cap && h->fin_n - h->fin_head <= cap;
    assigns \nothing;
    ensures \result == \null
        || (\valid(\result + (0 .. cap - 1))
            && \separated(\result + (0 .. cap - 1), h,
                          h->table + (0 .. h->table_cap - 1),
                          h->large + (0 .. h->large_cap - 1),
                          h->stack + (0 .. h->stack_cap - 1),
                          h->finq + (0 .. h->fin_cap - 1))
            && (\forall integer i; 0 <= i < h->table_cap && h->table[i] != \null ==>
                   \separated(h->table[i], \result + (0 .. cap - 1)))); */
static sp_obj **finq_move(sp_heap *h, uint32_t cap)
{
    sp_obj **n = calloc(cap, sizeof(sp_obj *));   /* zeroed: as stack_realloc */
    if (n != NULL && h->fin_n > h->fin_head)
        memcpy(n, h->finq + h->fin_head, (size_t)(h->fin_n - h->fin_head) * sizeof(sp_obj *));
    return n;
}

/* free(3) of a block the heap no longer refers to. */
/*@ assigns \nothing; */
static void mem_free(void *p)
{
    free(p);
}

/* A zeroed large block of size bytes, as an address (0: no memory). */
/*@ assigns \nothing;
    ensures \result == 0 || (\result > 0 && \result + size <= UINTPTR_MAX); */
static uintptr_t block_alloc(size_t size)
{
    return (uintptr_t)calloc(1, size);
}

/*@ assigns \nothing; */
static void block_free(uintptr_t base)
{
    free((void *)base);
}

/* Pages are cut from chunks of SP_GC_CHUNK bytes, each one mapping aligned
 * to its size: a transparent huge page.  Once SP_GC_HUGE_AFTER bytes of
 * chunks are mapped, a new chunk is advised MADV_HUGEPAGE, and its first
 * touch maps all 2 MiB with one fault instead of 512: on a virtual machine
 * a fault costs some 12 us, so 4 KiB faults were a tenth of an
 * allocation-heavy benchmark's time (docs/performance.md, "Optimisation
 * pass 14).  The first two chunks stay 4 KiB-faulted, so a small
 * program's resident memory stays small (start-up's pages, one or more
 * per size class in use, spill into the second chunk: making that one
 * huge too put `print("hi")` at 5.2 MB); from the third on, a program
 * that reaches the 16 MiB trigger takes some 1,000 faults fewer (pass
 * 19).  The chunk being cut is per thread (each interpreter runs on one
 * thread at a time; pages are never shared between heaps, only the chunk
 * they were cut from); pages go back with munmap of their own range (a
 * run of adjacent ones, see sp_heap_free), which the kernel allows
 * inside a mapping. */
#define SP_GC_CHUNK ((size_t)2 << 20)
#define SP_GC_HUGE_AFTER ((size_t)4 << 20)
static __thread uintptr_t chunk_next, chunk_end;
static __thread size_t chunk_bytes;

/* An aligned page of fresh (zero) memory from the system, poisoned (0: no
 * memory). */
/*@ assigns \nothing;
    ensures \result % SP_GC_PAGE == 0 && \result + SP_GC_PAGE <= UINTPTR_MAX; */
static uintptr_t map_page(void)
{
    if (chunk_next >= chunk_end) {
        size_t len = SP_GC_CHUNK * 2;
        uint8_t *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED)
            return 0;
        uintptr_t a = ((uintptr_t)m + SP_GC_CHUNK - 1) & ~(uintptr_t)(SP_GC_CHUNK - 1);
        size_t head = a - (uintptr_t)m;
        if (head > 0)
            munmap(m, head);
        size_t tail = len - head - SP_GC_CHUNK;
        if (tail > 0)
            munmap(m + head + SP_GC_CHUNK, tail);
        if (chunk_bytes >= SP_GC_HUGE_AFTER)
            madvise((void *)a, SP_GC_CHUNK, MADV_HUGEPAGE);
        else
            chunk_bytes += SP_GC_CHUNK;
        chunk_next = a;
        chunk_end = a + SP_GC_CHUNK;
    }
    uintptr_t a = chunk_next;
    chunk_next = a + SP_GC_PAGE;
    SP_POISON((void *)a, SP_GC_PAGE);
    return a;
}

/* The n adjacent pages from base back to the system, one munmap. */
/*@ assigns \nothing; */
static void unmap_pages(uintptr_t base, size_t n)
{
    SP_UNPOISON((void *)base, n * SP_GC_PAGE);
    munmap((void *)base, n * SP_GC_PAGE);
}

/* Give an empty page's memory back to the system; the mapping stays (it
 * reads as zeros when reused). */
/*@ assigns \nothing; */
static void page_decommit(uintptr_t base)
{
    madvise((void *)base, SP_GC_PAGE, MADV_DONTNEED);
}

/* A new object in the cell at addr: zero its first `zero` bytes (0 for a
 * large block, which calloc zeroed), unpoison its `size` bytes, write the
 * header.  The only write to object memory in the collector.  The cells
 * of most objects (16 to 64 bytes; every class size is a multiple of 16)
 * are zeroed with fixed-size stores, a few instructions, rather than a
 * call to memset of a variable size, which costs more than the stores
 * for cells this small. */
/*@ requires addr != 0;
    assigns \result \from addr;
    ensures \result == (sp_obj *)addr; */
__attribute__((always_inline)) static inline sp_obj *
cell_init(uintptr_t addr, size_t size, size_t zero, struct sp_type *type, uint32_t gcflags)
{
    char *cell = (char *)addr;
    SP_UNPOISON(cell, size);
    if (zero <= 64 && zero % 16 == 0) {
        if (zero >= 16)
            memset(cell, 0, 16);
        if (zero >= 32)
            memset(cell + 16, 0, 16);
        if (zero >= 48)
            memset(cell + 32, 0, 16);
        if (zero == 64)
            memset(cell + 48, 0, 16);
    } else {
        memset(cell, 0, zero);
    }
    sp_obj *o = (sp_obj *)cell;
    o->type = type;
    o->gc = gcflags;
    return o;
}

/* ---- the hooks ------------------------------------------------------------
 *
 * The VM's hooks, each behind a function whose contract is assumed: a hook
 * changes the heap's bookkeeping only through sp_gc_mark (whose contract
 * is proved) and the scalar settings.  The rest of the API refuses to work
 * inside a hook or walk: sp_heap_alloc returns NULL during a collection
 * and traps during a walk, sp_heap_collect does nothing, the queue
 * functions return early and sp_heap_free traps. */

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void hook_trace(sp_heap *h, sp_obj *o)
{
    h->hooks.trace(h, o, h->hooks.ud);
}

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void hook_mark_roots(sp_heap *h)
{
    if (h->hooks.mark_roots != NULL)
        h->hooks.mark_roots(h, h->hooks.ud);
}

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void hook_after_mark(sp_heap *h)
{
    if (h->hooks.after_mark != NULL)
        h->hooks.after_mark(h, h->hooks.ud);
}

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void hook_finalize(sp_heap *h, sp_obj *o)
{
    h->hooks.finalize(h, o, h->hooks.ud);
}

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static bool hook_wants(sp_heap *h, sp_obj *o)
{
    return h->hooks.wants_finalizer(h, o, h->hooks.ud);
}

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void hook_walk(sp_heap *h, sp_heap_walk_fn *fn, sp_obj *o, void *ud)
{
    fn(h, o, ud);
}

/* ---- pages ----------------------------------------------------------------*/

/* Forget the allocation positions (slot numbers: after the table moved,
 * or a sweep changed which pages have room). */
/*@ requires \valid(h);
    assigns h->cur[0 .. SP_GC_NCLASSES - 1], h->scan[0 .. SP_GC_NCLASSES - 1], h->empty_scan; */
static void reset_positions(sp_heap *h)
{
    /*@ loop invariant 0 <= c <= SP_GC_NCLASSES;
        loop assigns c, h->cur[0 .. SP_GC_NCLASSES - 1], h->scan[0 .. SP_GC_NCLASSES - 1];
        loop variant SP_GC_NCLASSES - c; */
    for (size_t c = 0; c < SP_GC_NCLASSES; c++) {
        h->cur[c] = SP_GC_NONE;
        h->scan[c] = 0;
    }
    h->empty_scan = 0;
}

/*@ // p is apart from the heap's struct, arrays and every other page (a
    // page of the table, or a new descriptor from desc_alloc).
    predicate page_apart(sp_heap *h, sp_page *p) =
        \valid(p)
        && \separated(p, h, h->table + (0 .. h->table_cap - 1),
                      h->large + (0 .. h->large_cap - 1),
                      h->stack + (0 .. h->stack_cap - 1),
                      h->finq + (0 .. h->fin_cap - 1))
        && (\forall integer i; 0 <= i < h->table_cap && h->table[i] != \null
               && h->table[i] != p ==> \separated(h->table[i], p));
*/

/* Put the new page p into the empty slot s of the table (which has room).
 * (Its own function so that the provers see the store with nothing
 * else.) */
/*@ requires heap_ok(h) && page_apart(h, p) && page_ok(p);
    requires s < h->table_cap && h->table[s] == \null && h->npages < h->table_cap;
    requires \forall integer i; 0 <= i < h->table_cap ==> h->table[i] != p;
    assigns h->table[s], h->npages;
    ensures heap_ok(h) && h->table[s] == p;
    ensures h->npages == \old(h->npages) + 1; */
static void slot_put(sp_heap *h, size_t s, sp_page *p)
{
    //@ assert \separated(h->table + s, h, h->large + (0 .. h->large_cap - 1), h->stack + (0 .. h->stack_cap - 1), h->finq + (0 .. h->fin_cap - 1));
    h->table[s] = p;
    //@ assert \forall integer i; 0 <= i < h->table_cap && i != s ==> h->table[i] == \at(h->table[i], Pre);
    //@ assert h->table == \at(h->table, Pre) && page_ok(p);
    //@ assert \valid(h->table + (0 .. h->table_cap - 1)) && \separated(h, h->table + (0 .. h->table_cap - 1));
    /*@ assert \forall integer i; 0 <= i < h->table_cap && i != s && h->table[i] != \null ==>
               page_ok(h->table[i]) && \separated(h, h->table[i])
               && \separated(h->table + (0 .. h->table_cap - 1), h->table[i]); */
    /*@ assert \forall integer i, j; 0 <= i < h->table_cap && 0 <= j < h->table_cap && i != j
               && i != s && j != s && h->table[i] != \null && h->table[j] != \null ==>
               \separated(h->table[i], h->table[j]); */
    /*@ assert \forall integer i; 0 <= i < h->table_cap && i != s && h->table[i] != \null ==>
               \separated(h->table[i], p); */
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
    //@ assert table_ok(h);
    h->npages++;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
}

/* Double the page table (64 slots at first).  The new, empty table takes
 * the old one's place first, then the old table's pages are put back in
 * it one by one (slot_put): the heap is well-formed at every step, and
 * what the loop writes is the heap's own table. */
/*@ requires heap_ok(h);
    assigns h->table, h->table_cap, h->npages, h->cur[0 .. SP_GC_NCLASSES - 1],
            h->scan[0 .. SP_GC_NCLASSES - 1], h->empty_scan,
            \at(h->table, Post)[0 .. \at(h->table_cap, Post) - 1];
    ensures heap_ok(h);
    ensures \result ==> h->table_cap > \old(h->table_cap) && h->npages <= \old(h->table_cap);
    ensures !\result ==> h->table_cap == \old(h->table_cap) && h->npages == \old(h->npages); */
static bool table_grow(sp_heap *h)
{
    uint32_t old_cap = h->table_cap;
    if (old_cap > UINT32_MAX / 2)
        return false;
    uint32_t cap = old_cap ? old_cap * 2 : 64;
    sp_page **t = table_alloc(h, cap);
    if (t == NULL)
        return false;
    sp_page **old = h->table;
    //@ assert table_ok(h) && arrays_apart(h);
    /*@ assert \forall integer j; 0 <= j < old_cap && old[j] != \null ==>
            page_ok(old[j]) && \separated(h, old[j]) && \separated(old[j], t + (0 .. cap - 1))
            && \separated(old[j], old + (0 .. old_cap - 1))
            && \separated(old[j], h->large + (0 .. h->large_cap - 1),
                          h->stack + (0 .. h->stack_cap - 1), h->finq + (0 .. h->fin_cap - 1)); */
    h->table = t;
    h->table_cap = cap;
    h->npages = 0;
    //@ assert \forall integer j; 0 <= j < old_cap ==> old[j] == \at(h->table[j], Pre);
    //@ assert \forall integer a; 0 <= a < cap ==> h->table[a] == \null;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
    /*@ loop invariant 0 <= k <= old_cap && h->npages <= k;
        loop invariant heap_ok(h) && h->table == t && h->table_cap == cap;
        loop invariant old_cap == 0 || (\valid_read(old + (0 .. old_cap - 1))
            && \separated(old + (0 .. old_cap - 1), h, t + (0 .. cap - 1)));
        loop invariant \forall integer j; k <= j < old_cap && old[j] != \null ==>
            page_ok(old[j]) && \valid(old[j])
            && \separated(old[j], h, h->table + (0 .. h->table_cap - 1),
                          h->large + (0 .. h->large_cap - 1),
                          h->stack + (0 .. h->stack_cap - 1),
                          h->finq + (0 .. h->fin_cap - 1));
        loop invariant \forall integer j, a; k <= j < old_cap && old[j] != \null
            && 0 <= a < cap && h->table[a] != \null ==> \separated(h->table[a], old[j]);
        loop invariant \forall integer j, a; k <= j < old_cap && old[j] != \null
            && 0 <= a < cap ==> h->table[a] != old[j];
        loop invariant \forall integer i, j; k <= i < old_cap && k <= j < old_cap && i != j
            && old[i] != \null && old[j] != \null ==> \separated(old[i], old[j]);
        loop assigns k, h->npages, h->table[0 .. cap - 1];
        loop variant old_cap - k; */
    for (size_t k = 0; k < old_cap; k++) {
        sp_page *p = old[k];
        if (p != NULL) {
            //@ assert page_apart(h, p);
            slot_put(h, free_slot(h->table, h->table_cap, p->base), p);
        }
    }
    mem_free(old);
    reset_positions(h);
    return true;
}

/* Make page p (empty) a page of class cls. */
/*@ requires \valid(p) && cls < SP_GC_NCLASSES;
    assigns p->cls, p->cell, p->ncells, p->nlive, p->cursor, p->recip, p->decommitted, p->idle,
            p->alloc[0 .. SP_GC_WORDS - 1], p->mark[0 .. SP_GC_WORDS - 1],
            p->fin[0 .. SP_GC_WORDS - 1], p->weak[0 .. SP_GC_WORDS - 1],
            p->pyfin[0 .. SP_GC_WORDS - 1];
    ensures page_ok(p) && p->cls == cls && p->nlive == 0; */
static void page_init(sp_page *p, size_t cls)
{
    p->cls = (uint16_t)cls;
    p->cell = (uint16_t)class_size(cls);
    p->ncells = (uint16_t)(SP_GC_PAGE / p->cell);
    p->recip = (((uint64_t)1 << 32) + p->cell - 1) / p->cell;
    p->nlive = 0;
    p->cursor = 0;
    p->decommitted = false;
    p->idle = false;
    /*@ loop invariant 0 <= wd <= SP_GC_WORDS;
        loop assigns wd, p->alloc[0 .. SP_GC_WORDS - 1], p->mark[0 .. SP_GC_WORDS - 1],
            p->fin[0 .. SP_GC_WORDS - 1], p->weak[0 .. SP_GC_WORDS - 1],
            p->pyfin[0 .. SP_GC_WORDS - 1];
        loop variant SP_GC_WORDS - wd; */
    for (size_t wd = 0; wd < SP_GC_WORDS; wd++)
        p->alloc[wd] = p->mark[wd] = p->fin[wd] = p->weak[wd] = p->pyfin[wd] = 0;
}

/* page_init of p, where p is apart from the rest of the heap: the heap
 * stays well-formed.  (Its own function so that the provers reason about
 * page_init's stores with nothing else in view.) */
/*@ requires heap_ok(h) && page_apart(h, p) && cls < SP_GC_NCLASSES;
    assigns p->cls, p->cell, p->ncells, p->nlive, p->cursor, p->recip, p->decommitted, p->idle,
            p->alloc[0 .. SP_GC_WORDS - 1], p->mark[0 .. SP_GC_WORDS - 1],
            p->fin[0 .. SP_GC_WORDS - 1], p->weak[0 .. SP_GC_WORDS - 1],
            p->pyfin[0 .. SP_GC_WORDS - 1];
    ensures heap_ok(h) && page_apart(h, p);
    ensures page_ok(p) && p->cls == cls && p->nlive == 0;
    ensures h->npages == \old(h->npages); */
static void page_setup(sp_heap *h, sp_page *p, size_t cls)
{
    //@ assert \separated(p, h);
    page_init(p, cls);
    //@ assert h->npages == \at(h->npages, Pre);
    //@ assert h->sp == \at(h->sp, Pre);
    //@ assert h->stack_cap == \at(h->stack_cap, Pre);
    //@ assert h->fin_head == \at(h->fin_head, Pre);
    //@ assert h->fin_n == \at(h->fin_n, Pre);
    /*@ assert \forall integer i; 0 <= i < h->table_cap && h->table[i] != \null
               && h->table[i] != p ==> page_ok(h->table[i]); */
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
}

/*@ predicate slot_ok(sp_heap *h, integer s) =
        0 <= s < h->table_cap && h->table[s] != \null;
*/

/* A new page of class cls, in the table (which has room): its slot, or
 * SP_GC_NONE if there is no memory. */
/*@ requires heap_ok(h) && cls < SP_GC_NCLASSES;
    requires 0 < h->table_cap && h->npages < h->table_cap;
    ensures heap_ok(h);
    ensures \result == SP_GC_NONE || (slot_ok(h, \result) && h->table[\result]->cls == cls); */
static size_t page_add(sp_heap *h, size_t cls)
{
    uintptr_t mem = map_page();
    if (mem == 0)
        return SP_GC_NONE;
    sp_page *p = desc_alloc(h);
    if (p == NULL) {
        unmap_pages(mem, 1);
        return SP_GC_NONE;
    }
    p->base = mem;
    //@ assert heap_ok(h) && page_apart(h, p);
    /*@ assert \forall integer i; 0 <= i < h->table_cap && h->table[i] != \null ==>
               \separated(h->table[i], p); */
    page_setup(h, p, cls);
    //@ assert \forall integer i; 0 <= i < h->table_cap ==> h->table[i] != p;
    //@ assert h->npages < h->table_cap;
    size_t s = free_slot(h->table, h->table_cap, p->base);
    slot_put(h, s, p);
    range_add(h, p->base, SP_GC_PAGE);
    h->cur[cls] = s;
    return s;
}

/* ---- reservations ---------------------------------------------------------
 *
 * sp_heap_alloc's common case takes a cell from its class's reserved word
 * and nothing else: when the general path takes a cell of one of the
 * first SP_GC_RES_CLASSES classes, it also reserves the other free cells
 * of the same bitmap word (reserve_rest): their allocation bits are set
 * and they are counted at once -- in the page's live count, bytes_in_use,
 * since_gc, objects_live and allocs, as if each had been allocated -- as
 * many as fit under the trigger and the cap (room_left), none while
 * stress, fault injection, a walk or a collection is on.  The class's
 * sp_reserved holds the cells not yet handed out (`free`), the address
 * of the word's first cell, and the page's slot and the word's index.
 * An allocation is then the lowest bit of `free`: cleared, and its cell
 * initialised (about 48 instructions instead of 90, refills included:
 * docs/performance.md, "Optimisation pass 12").
 *
 * A reserved cell not yet handed out is marked allocated but holds no
 * object: nothing may look at it as one.  So every reservation is given
 * back (release_all: the bits cleared, the counts undone) before a
 * collection (whose stack scan, marking and sweep read the allocation
 * bits), before the table grows (which moves the pages' slots), and when
 * a setting changes (stress and fault injection count every allocation;
 * a new cap changes the room); the statistics leave the reserved cells
 * out (reserved_cells).  Nothing else reads allocation bits as objects
 * outside a collection: sp_heap_find, size_of and words are given
 * objects, the walks read the weak and finalizer bits, which a reserved
 * cell gets only when it is handed out, and sp_heap_verify sees reserved
 * cells counted consistently with their bits.  A page with a reservation
 * is never empty (its live count includes the reserved cells), so no
 * other class takes it.
 *
 * The proof covers these functions' run-time errors and heap_ok, like
 * the rest; that a reservation's slot and word still name its page is
 * checked where it is used (a trap if not: never), not proved, as cell_take
 * checks its page's bitmap. */

/* The k lowest set bits of f. */
/*@ assigns \nothing; */
static uint64_t lowest_bits(uint64_t f, size_t k)
{
    uint64_t out = 0;
    /*@ loop assigns k, f, out;
        loop variant k; */
    while (k > 0 && f != 0) {
        uint64_t b = f & (~f + 1);
        out |= b;
        f ^= b;
        k--;
    }
    return out;
}

/* Give back class cls's reserved cells not handed out: their allocation
 * bits cleared and the counts they were taken into undone. */
/*@ requires heap_ok(h) && cls < SP_GC_RES_CLASSES;
    ensures heap_ok(h); */
static void release_reserved(sp_heap *h, size_t cls)
{
    uint64_t f = h->res[cls].free;
    if (f == 0)
        return;
    h->res[cls].free = 0;
    size_t s = h->res[cls].slot, wd = h->res[cls].word;
    if (s >= h->table_cap || wd >= SP_GC_WORDS || h->table[s] == NULL)
        sp_trap("gc: a reservation names no page");
    sp_page *p = h->table[s];
    //@ assert page_ok(p) && \separated(h, p);
    if (p->cls != cls || (p->alloc[wd] & f) != f)
        sp_trap("gc: a reservation out of step with its page");
    size_t n = popcount64(f);
    size_t bytes = n * p->cell;
    p->alloc[wd] &= ~f;
    p->nlive -= n;
    if (p->cursor > wd)
        p->cursor = wd;
    h->bytes_in_use -= bytes;
    h->since_gc = h->since_gc > bytes ? h->since_gc - bytes : 0;
    h->objects_live -= n;
    h->allocs -= n;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
}

/* release_reserved of every class. */
/*@ requires heap_ok(h);
    ensures heap_ok(h); */
static void release_all(sp_heap *h)
{
    /* No `loop assigns` (release_reserved has none; see sweep). */
    /*@ loop invariant h == \at(h, Pre);
        loop invariant heap_ok(h) && c <= SP_GC_RES_CLASSES;
        loop variant SP_GC_RES_CLASSES - c; */
    for (size_t c = 0; c < SP_GC_RES_CLASSES; c++)
        release_reserved(h, c);
}

/* The cells reserved and not yet handed out, and their bytes. */
/*@ requires \valid_read(h) && \valid(bytes);
    assigns *bytes; */
static size_t reserved_cells(const sp_heap *h, size_t *bytes)
{
    size_t n = 0, b = 0;
    /*@ loop invariant c <= SP_GC_RES_CLASSES;
        loop assigns c, n, b;
        loop variant SP_GC_RES_CLASSES - c; */
    for (size_t c = 0; c < SP_GC_RES_CLASSES; c++) {
        size_t k = popcount64(h->res[c].free);
        n += k;
        b += k * class_size(c);
    }
    *bytes = b;
    return n;
}

/* A new page of class cls (growing the table first if it is half full):
 * its slot, or SP_GC_NONE if there is no memory. */
/*@ requires heap_ok(h) && cls < SP_GC_NCLASSES;
    ensures heap_ok(h);
    ensures \result == SP_GC_NONE || (slot_ok(h, \result) && h->table[\result]->cls == cls); */
static size_t page_new(sp_heap *h, size_t cls)
{
    if (h->table_cap / 2 <= h->npages) {
        release_all(h);   /* the reservations name slots */
        if (!table_grow(h))
            return SP_GC_NONE;
    }
    return page_add(h, cls);
}

/* The page class cls allocates from: the current one if it has room, else
 * the next page of the class with room (next fit), else an empty page
 * given the class, else a new page.  Its slot; SP_GC_NONE: no memory. */
/*@ requires heap_ok(h) && cls < SP_GC_NCLASSES;
    ensures heap_ok(h);
    ensures \result == SP_GC_NONE || (slot_ok(h, \result) && h->table[\result]->cls == cls); */
static size_t class_page(sp_heap *h, size_t cls)
{
    size_t s = h->cur[cls];
    if (s < h->table_cap) {
        sp_page *p = h->table[s];
        if (p != NULL && p->cls == cls && p->nlive < p->ncells)
            return s;
    }
    //@ assert heap_ok(h);
    /*@ loop assigns s; */
    for (s = h->scan[cls]; s < h->table_cap; s++) {
        sp_page *p = h->table[s];
        if (p != NULL && p->cls == cls && p->nlive < p->ncells)
            break;
    }
    if (s < h->table_cap) {
        h->cur[cls] = s;
        h->scan[cls] = s + 1;
        range_add(h, h->table[s]->base, SP_GC_PAGE);   /* it may have been empty */
        //@ assert heap_ok(h);
        return s;
    }
    h->scan[cls] = h->table_cap;
    /*@ loop assigns s; */
    for (s = h->empty_scan; s < h->table_cap; s++) {
        sp_page *p = h->table[s];
        if (p != NULL && p->nlive == 0)
            break;
    }
    if (s < h->table_cap) {
        h->empty_scan = s + 1;
        h->cur[cls] = s;
        //@ assert heap_ok(h) && slot_ok(h, s) && page_apart(h, h->table[s]);
        page_setup(h, h->table[s], cls);
        range_add(h, h->table[s]->base, SP_GC_PAGE);
        //@ assert heap_ok(h);
        return s;
    }
    h->empty_scan = h->table_cap;
    return page_new(h, cls);
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

/* Where an address lands: a page cell or a large block.  `ok` false:
 * nowhere (no allocated object). */
typedef struct { bool ok; sp_page *page; size_t idx; size_t large; } sp_where;

/*@ predicate where_ok(sp_heap *h, sp_where w) =
        (w.page != \null ==> in_table(h, w.page) && w.idx < w.page->ncells)
        && (w.page == \null ==> w.large < h->nlarge);
*/

/* Never reads object memory. */
/*@ requires \valid_read(h) && table_ok(h) && large_ok(h);
    assigns \nothing;
    ensures \result.ok ==> where_ok(h, \result); */
static sp_where locate(const sp_heap *h, uintptr_t addr)
{
    sp_where w = { false, NULL, 0, 0 };
    if (addr < h->lo || addr >= h->hi)
        return w;
    sp_page *p = page_lookup(h, addr & ~(uintptr_t)(SP_GC_PAGE - 1));
    if (p != NULL) {
        size_t idx = cell_index(addr - p->base, p->recip);
        if (idx >= p->ncells)
            return w;
        if (!(p->alloc[idx / 64] >> (idx % 64) & 1))
            return w;
        w.ok = true;
        w.page = p;
        w.idx = idx;
        return w;
    }
    size_t k = large_find(h, addr);
    if (k == h->nlarge)
        return w;
    w.ok = true;
    w.large = k;
    return w;
}

/*@ requires \valid_read(h) && table_ok(h) && large_ok(h) && where_ok(h, w);
    assigns \nothing; */
static sp_obj *where_obj(const sp_heap *h, sp_where w)
{
    if (w.page != NULL)
        return (sp_obj *)(w.page->base + w.idx * w.page->cell);
    return (sp_obj *)h->large[w.large].base;
}

/*@ requires heap_ok(h);
    assigns \nothing; */
sp_obj *sp_heap_find(sp_heap *h, const void *addr)
{
    sp_where w = locate(h, (uintptr_t)addr);
    return w.ok ? where_obj(h, w) : NULL;
}

/*@ requires heap_ok(h);
    assigns \nothing; */
size_t sp_heap_size_of(sp_heap *h, sp_obj *o)
{
    sp_where w = locate(h, (uintptr_t)o);
    if (!w.ok || where_obj(h, w) != o)
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

/* Grow the mark stack to `want` entries, at most UINT32_MAX (if there is
 * memory):
 * never while marking, whose loops could not name the cells of a new
 * array, and which EVA could not relate to its new size; only after a
 * collection's sweep (and when the heap is made). */
/*@ requires heap_ok(h);
    assigns h->stack, h->stack_cap;
    ensures heap_ok(h);
    ensures \forall integer i; 0 <= i < h->table_cap ==> h->table[i] == \old(h->table[i]); */
static void stack_grow(sp_heap *h, size_t want)
{
    uint32_t cap = want < UINT32_MAX ? (uint32_t)want : UINT32_MAX;
    if (cap <= h->stack_cap)
        return;
    sp_obj **n = stack_realloc(h, cap);
    if (n == NULL)
        return;
    //@ assert \separated(&h->stack, h->table + (0 .. h->table_cap - 1));
    h->stack = n;
    //@ assert \forall integer i; 0 <= i < h->table_cap ==> h->table[i] == \at(h->table[i], Pre);
    h->stack_cap = cap;
}

/* stack[sp++] = o.  Assumed (verify/assumed.txt): its contract leaves the
 * stored cell out of `assigns`.  A pointer store into the stack inside the
 * marking loops makes WP re-derive every pointer of the heap (its typed
 * model has one memory for all pointers) and the frames of those loops
 * time out.  Sound because no annotation reads the mark stack's contents
 * and heap_ok keeps the stack apart from every other array and
 * descriptor: the cell written is no location any proof relies on. */
/*@ requires heap_ok(h) && h->sp < h->stack_cap;
    assigns h->sp;
    ensures h->sp == \old(h->sp) + 1;
    ensures heap_ok(h); */
static void stack_store(sp_heap *h, sp_obj *o)
{
    h->stack[h->sp] = o;
    h->sp++;
}

/* Push o; if the stack is full, o stays marked but untraced and
 * `overflow` is set (rescan_marked traces it). */
/*@ requires heap_ok(h);
    assigns h->sp, h->overflow;
    ensures heap_ok(h); */
static void push(sp_heap *h, sp_obj *o)
{
    if (h->sp >= h->stack_cap) {    /* `>=`, not `==`: EVA bounds sp by it */
        h->overflow = true;
        return;
    }
    stack_store(h, o);
}

/* Mark what w designates; push it if it was not marked yet. */
/*@ requires heap_ok(h) && where_ok(h, w);
    assigns SP_GC_MARKS;
    ensures heap_ok(h); */
static void mark_where(sp_heap *h, sp_where w)
{
    sp_obj *o = where_obj(h, w);
    if (w.page != NULL) {
        uint64_t bit = (uint64_t)1 << (w.idx % 64);
        if (w.page->mark[w.idx / 64] & bit)
            return;
        w.page->mark[w.idx / 64] |= bit;
    } else {
        if (h->large[w.large].mark)
            return;
        h->large[w.large].mark = true;
    }
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
    push(h, o);
}

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS;
    ensures heap_ok(h); */
void sp_gc_mark(sp_heap *h, sp_val v)
{
    uintptr_t a = (uintptr_t)v;
    if (a == 0 || (a & 1u))
        return;
    /* Precise references are checked too: a value that is not a live heap
     * object (a static, a stale pointer after a bug) is ignored rather than
     * written through. */
    sp_where w = locate(h, a);
    if (w.ok)
        mark_where(h, w);
}

/*@ requires heap_ok(h);
    assigns \nothing; */
bool sp_gc_is_marked(sp_heap *h, sp_obj *o)
{
    sp_where w = locate(h, (uintptr_t)o);
    if (!w.ok)
        return false;
    if (w.page != NULL)
        return (w.page->mark[w.idx / 64] >> (w.idx % 64)) & 1;
    return h->large[w.large].mark;
}

/* Pop one object off the mark stack and trace it. */
/*@ requires heap_ok(h) && h->sp > 0;
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void trace_top(sp_heap *h)
{
    h->sp--;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && finq_ok(h);
    //@ assert stack_ok(h);
    //@ assert arrays_apart(h);
    hook_trace(h, h->stack[h->sp]);
}

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void drain(sp_heap *h)
{
    /*@ loop invariant heap_ok(h);
        loop assigns SP_GC_MARKS, SP_GC_SETTINGS; */
    while (h->sp > 0)
        trace_top(h);
}

/* The object in cell idx of page p. */
/*@ requires page_ok(p);
    assigns \nothing; */
static sp_obj *cell_obj(sp_page *p, size_t idx)
{
    return (sp_obj *)(p->base + idx * p->cell);
}

/* One pass of rescan_marked: trace every marked object again. */
/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void rescan_pass(sp_heap *h)
{
    /*@ loop invariant heap_ok(h) && s <= h->table_cap;
        loop assigns s, SP_GC_MARKS, SP_GC_SETTINGS;
        loop variant h->table_cap - s; */
    for (size_t s = 0; s < h->table_cap; s++) {
        sp_page *p = h->table[s];
        if (p == NULL)
            continue;
        /*@ loop invariant heap_ok(h) && wd <= SP_GC_WORDS && page_ok(p);
            loop assigns wd, SP_GC_MARKS, SP_GC_SETTINGS;
            loop variant SP_GC_WORDS - wd; */
        for (size_t wd = 0; wd < SP_GC_WORDS; wd++) {
            uint64_t bits = p->mark[wd];
            /*@ loop invariant heap_ok(h) && page_ok(p);
                loop assigns bits, SP_GC_MARKS, SP_GC_SETTINGS; */
            while (bits) {
                size_t idx = wd * 64 + (size_t)__builtin_ctzll(bits);
                bits &= bits - 1;
                hook_trace(h, cell_obj(p, idx));
                drain(h);
            }
        }
    }
    /*@ loop invariant heap_ok(h) && k <= h->nlarge;
        loop assigns k, SP_GC_MARKS, SP_GC_SETTINGS;
        loop variant h->nlarge - k; */
    for (size_t k = 0; k < h->nlarge; k++) {
        if (h->large[k].mark) {
            hook_trace(h, (sp_obj *)h->large[k].base);
            drain(h);
        }
    }
}

/* One round of rescan_marked: trace every marked object again. */
/*@ requires heap_ok(h);
    ensures heap_ok(h); */
static void rescan_round(sp_heap *h)
{
    h->overflow = false;
    rescan_pass(h);
}

/* After a mark-stack overflow: trace every marked object again (marking
 * is idempotent) until a pass completes without overflow.  Each pass
 * traces the objects the last one marked without tracing, so the passes
 * end.  The stack does not grow while marking (EVA could not relate a
 * moved stack to its new size): true if a pass was needed, and collect
 * then grows the stack four times over after its sweep, for the next
 * collection. */
/*@ requires heap_ok(h);
    ensures heap_ok(h); */
static bool rescan_marked(sp_heap *h)
{
    bool spilled = false;
    /* No `loop assigns` (rescan_round states none): WP takes "everything",
     * h included, hence the first invariant. */
    /*@ loop invariant h == \at(h, Pre);
        loop invariant heap_ok(h); */
    while (h->overflow) {
        spilled = true;
        rescan_round(h);
    }
    return spilled;
}

/* ---- the conservative scan ------------------------------------------------*/

/* The word at address a of the C stack.  Stack memory may hold ASan
 * redzones, hence no_sanitize and the volatile read. */
/*@ assigns \nothing; */
SP_NO_ASAN static uintptr_t stack_word(uintptr_t a)
{
    return *(volatile uintptr_t *)a;
}

/* Mark every object a word of [from, to) points into. */
/*@ requires heap_ok(h);
    assigns SP_GC_MARKS;
    ensures heap_ok(h); */
SP_NO_ASAN static void scan_range(sp_heap *h, uintptr_t from, uintptr_t to)
{
    from = (from + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1);
    /*@ loop invariant heap_ok(h);
        loop assigns a, SP_GC_MARKS; */
    for (uintptr_t a = from; a <= to && to - a >= sizeof(void *); a += sizeof(void *)) {
        uintptr_t word = stack_word(a);
        if (word >= h->lo && word < h->hi) {
            sp_where w = locate(h, word);
            if (w.ok)
                mark_where(h, w);
        }
    }
}

/* Spill the registers into this frame, then scan from here to the base.
 * noinline: `regs` must be below every frame that may hold a root. */
/*@ requires heap_ok(h);
    assigns SP_GC_MARKS;
    ensures heap_ok(h);
    ensures h->overflow == 0 || h->overflow == 1;
    ensures 0 <= h->sp <= h->stack_cap; */
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
    return h->paused == 0 && !h->collecting && !h->walking && h->stack_base != 0
        && (uintptr_t)&here < h->stack_base;
}

/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
void sp_heap_each_weak(sp_heap *h, sp_heap_walk_fn *fn, void *ud)
{
    bool was = h->walking;
    h->walking = true;
    /*@ loop invariant heap_ok(h) && s <= h->table_cap;
        loop assigns s, SP_GC_MARKS, SP_GC_SETTINGS;
        loop variant h->table_cap - s; */
    for (size_t s = 0; s < h->table_cap; s++) {
        sp_page *p = h->table[s];
        if (p == NULL)
            continue;
        /*@ loop invariant heap_ok(h) && wd <= SP_GC_WORDS && page_ok(p);
            loop assigns wd, SP_GC_MARKS, SP_GC_SETTINGS;
            loop variant SP_GC_WORDS - wd; */
        for (size_t wd = 0; wd < SP_GC_WORDS; wd++) {
            uint64_t bits = p->weak[wd] & p->alloc[wd];
            /*@ loop invariant heap_ok(h) && page_ok(p);
                loop assigns bits, SP_GC_MARKS, SP_GC_SETTINGS; */
            while (bits) {
                size_t idx = wd * 64 + (size_t)__builtin_ctzll(bits);
                bits &= bits - 1;
                hook_walk(h, fn, cell_obj(p, idx), ud);
            }
        }
    }
    /*@ loop invariant heap_ok(h) && k <= h->nlarge;
        loop assigns k, SP_GC_MARKS, SP_GC_SETTINGS;
        loop variant h->nlarge - k; */
    for (size_t k = 0; k < h->nlarge; k++)
        if (h->large[k].weak)
            hook_walk(h, fn, (sp_obj *)h->large[k].base, ud);
    h->walking = was;
}

/* ---- the finalization queue ---------------------------------------------*/

/* Room for `extra` more entries.  When there is none, the queued entries
 * move to the start of a new array with twice the room they need.  False:
 * no memory (the queue is unchanged). */
/*@ requires heap_ok(h);
    assigns h->finq, h->fin_cap, h->fin_head, h->fin_n;
    ensures heap_ok(h);
    ensures \forall integer i; 0 <= i < h->table_cap ==> h->table[i] == \old(h->table[i]); */
static bool finq_reserve(sp_heap *h, size_t extra)
{
    if (extra <= (size_t)(h->fin_cap - h->fin_n))
        return true;
    size_t live = (size_t)(h->fin_n - h->fin_head), need;
    if (!sp_size_add(live, extra, &need) || need > UINT32_MAX / 2)
        return false;
    uint32_t cap = need < 32 ? 64 : (uint32_t)(need * 2);
    sp_obj **n = finq_move(h, cap);
    if (n == NULL)
        return false;
    mem_free(h->finq);
    //@ assert \separated(&h->finq, h->table + (0 .. h->table_cap - 1));
    h->finq = n;
    //@ assert \forall integer i; 0 <= i < h->table_cap ==> h->table[i] == \at(h->table[i], Pre);
    h->fin_cap = cap;
    h->fin_head = 0;
    h->fin_n = (int64_t)live;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h);
    //@ assert finq_ok(h);
    //@ assert arrays_apart(h);
    return true;
}

/* finq[fin_n++] = o.  Assumed, as stack_store and for the same reason:
 * the queue's contents are read by no annotation, and heap_ok keeps the
 * queue apart from every other array and descriptor. */
/*@ requires heap_ok(h) && h->fin_n < h->fin_cap;
    assigns h->fin_n;
    ensures h->fin_n == \old(h->fin_n) + 1;
    ensures heap_ok(h); */
static void finq_store(sp_heap *h, sp_obj *o)
{
    h->finq[h->fin_n] = o;
    h->fin_n++;
}

/* Append o if there is room (finq_reserve made it). */
/*@ requires heap_ok(h);
    assigns h->fin_n;
    ensures heap_ok(h); */
static bool finq_push(sp_heap *h, sp_obj *o)
{
    if (h->fin_n >= h->fin_cap)     /* as push */
        return false;
    finq_store(h, o);
    return true;
}

/* The queued objects are roots until the VM takes them. */
/*@ requires heap_ok(h);
    assigns SP_GC_MARKS;
    ensures heap_ok(h); */
static void mark_queue(sp_heap *h)
{
    /*@ loop invariant heap_ok(h) && h->fin_head <= i <= h->fin_n;
        loop assigns i, SP_GC_MARKS;
        loop variant h->fin_n - i; */
    for (uint32_t i = h->fin_head; i < h->fin_n; i++)
        sp_gc_mark(h, (sp_val)h->finq[i]);
}

/* What queue_one and queue_candidates may change. */
#define SP_GC_QUEUE SP_GC_MARKS, SP_GC_SETTINGS, h->fin_n, \
    h->table[0 .. h->table_cap - 1]->pyfin[0 .. SP_GC_WORDS - 1], \
    h->large[0 .. h->nlarge - 1].pyfin
/* The functions that move the mark stack or the queue to a new array
 * and then mark or queue (queue_finalizable, sp_heap_queue_all_finalizable;
 * rescan_round and rescan_marked did too, when the stack grew while
 * marking) state no `assigns` (WP takes
 * "everything"): their contract is heap_ok kept.  After the store of the
 * new array's address, WP must show that the pages' mark and pyfin words
 * their callees name are among those the function names, a disjunction
 * over every location of the clause that neither prover settles in time;
 * and no caller needs the frame (collect states none, the VM is not
 * proved). */

/* Queue one candidate the VM wants finalized: it loses its flag (at most
 * once in its life).  If the queue has no room, a collection marks it
 * instead, keeping its flag, to try again at the next collection. */
/*@ requires heap_ok(h) && where_ok(h, w);
    assigns SP_GC_QUEUE;
    ensures heap_ok(h); */
static void queue_one(sp_heap *h, sp_where w, bool collecting)
{
    if (!hook_wants(h, where_obj(h, w)))
        return;
    if (!finq_push(h, where_obj(h, w))) {
        if (collecting)
            mark_where(h, w);
        return;
    }
    if (w.page != NULL)
        w.page->pyfin[w.idx / 64] &= ~((uint64_t)1 << (w.idx % 64));
    else
        h->large[w.large].pyfin = false;
}

/* The bits of the candidates of word wd of page p. */
/*@ requires \valid_read(p) && wd < SP_GC_WORDS;
    assigns \nothing; */
static uint64_t candidates(sp_page *p, size_t wd, bool collecting)
{
    uint64_t bits = p->pyfin[wd] & p->alloc[wd];
    return collecting ? bits & ~p->mark[wd] : bits;
}

/* How many candidates page p has (unmarked ones only during a
 * collection).  Counted a bit at a time in the words that have any
 * (rare: only objects with a Python __del__ are candidates), so that the
 * count is at most the page's cells to EVA as well, whatever it knows of
 * the mark bits after the stack scan; a popcount of an unknown word is
 * [0..255] to it. */
/*@ requires \valid_read(p);
    assigns \nothing;
    ensures \result <= SP_GC_MAX_CELLS; */
static size_t page_candidates(sp_page *p, bool collecting)
{
    size_t count = 0;
    /*@ loop invariant wd <= SP_GC_WORDS && count <= 64 * wd;
        loop assigns wd, count;
        loop variant SP_GC_WORDS - wd; */
    for (size_t wd = 0; wd < SP_GC_WORDS; wd++) {
        uint64_t bits = candidates(p, wd, collecting);
        if (bits == 0)
            continue;
        /*@ loop invariant b <= 64 && count <= 64 * wd + b;
            loop assigns b, count;
            loop variant 64 - b; */
        for (unsigned b = 0; b < 64; b++)
            count += (bits >> b) & 1;
    }
    return count;
}

/* How many candidates there are (unmarked ones only during a
 * collection): the room queue_candidates may need.  The page loop stops
 * at the npages-th page (sp_heap_verify checks that the table holds that
 * many), which bounds the count for EVA too: to it every slot may hold a
 * page, a page's address being an unknown it hashes. */
/*@ requires heap_ok(h);
    assigns \nothing; */
static size_t count_candidates(sp_heap *h, bool collecting)
{
    size_t count = 0, seen = 0;
    /*@ loop invariant s <= h->table_cap && seen <= h->npages;
        loop invariant count <= SP_GC_MAX_CELLS * seen;
        loop assigns s, seen, count;
        loop variant h->table_cap - s; */
    for (size_t s = 0; s < h->table_cap && seen < h->npages; s++) {
        sp_page *p = h->table[s];
        if (p == NULL)
            continue;
        seen++;
        count += page_candidates(p, collecting);
    }
    /*@ loop invariant k <= h->nlarge;
        loop invariant count <= SP_GC_MAX_CELLS * h->npages + k;
        loop assigns k, count;
        loop variant h->nlarge - k; */
    for (size_t k = 0; k < h->nlarge; k++)
        count += h->large[k].pyfin && !(collecting && h->large[k].mark);
    return count;
}

/* Offer every allocated candidate (unmarked ones only during a
 * collection) to queue_one. */
/*@ requires heap_ok(h);
    assigns SP_GC_QUEUE;
    ensures heap_ok(h); */
static void queue_candidates(sp_heap *h, bool collecting)
{
    /*@ loop invariant heap_ok(h) && s <= h->table_cap;
        loop assigns s, SP_GC_QUEUE;
        loop variant h->table_cap - s; */
    for (size_t s = 0; s < h->table_cap; s++) {
        sp_page *p = h->table[s];
        if (p == NULL)
            continue;
        /*@ loop invariant heap_ok(h) && wd <= SP_GC_WORDS && page_ok(p);
            loop assigns wd, SP_GC_QUEUE;
            loop variant SP_GC_WORDS - wd; */
        for (size_t wd = 0; wd < SP_GC_WORDS; wd++) {
            uint64_t bits = candidates(p, wd, collecting);
            /*@ loop invariant heap_ok(h) && page_ok(p);
                loop assigns bits, SP_GC_QUEUE; */
            while (bits) {
                size_t idx = wd * 64 + (size_t)__builtin_ctzll(bits);
                bits &= bits - 1;
                if (idx < p->ncells)
                    queue_one(h, (sp_where){ true, p, idx, 0 }, collecting);
            }
        }
    }
    /*@ loop invariant heap_ok(h) && k <= h->nlarge;
        loop assigns k, SP_GC_QUEUE;
        loop variant h->nlarge - k; */
    for (size_t k = 0; k < h->nlarge; k++)
        if (h->large[k].pyfin && !(collecting && h->large[k].mark))
            queue_one(h, (sp_where){ true, NULL, 0, k }, collecting);
}

/* Phase "queue": first choose, among the objects unreachable from the
 * roots, every candidate to finalize (all of them, not only those no other
 * candidate reaches: nothing is traced until the choice is made); then
 * mark the chosen ones and all they reach. */
/*@ requires heap_ok(h);
    ensures heap_ok(h); */
static bool queue_finalizable(sp_heap *h)
{
    if (h->hooks.wants_finalizer == NULL)
        return false;
    size_t n = count_candidates(h, true);
    if (n > 0) {
        /* Without room, queue_one marks the candidates it can't queue. */
        (void)finq_reserve(h, n);
        queue_candidates(h, true);
    }
    /* The whole queue, not only the entries added above: finq_reserve may
     * have moved the older ones (marking is idempotent). */
    mark_queue(h);
    drain(h);
    return rescan_marked(h);   /* as rescan_marked: true if the stack overflowed */
}

/*@ requires heap_ok(h);
    ensures heap_ok(h); */
void sp_heap_queue_all_finalizable(sp_heap *h)
{
    if (h->collecting || h->walking || h->hooks.wants_finalizer == NULL)
        return;
    /* Between collections no mark bit is set (H2): every candidate is
     * offered, live or not. */
    size_t n = count_candidates(h, false);
    if (n > 0 && finq_reserve(h, n))
        queue_candidates(h, false);
}

/*@ requires \valid(h) && finq_ok(h);
    assigns h->fin_head, h->fin_n;
    ensures finq_ok(h);
    ensures h->fin_n - h->fin_head <= \old(h->fin_n) - \old(h->fin_head); */
sp_obj *sp_heap_take_finalizable(sp_heap *h)
{
    if (h->fin_head == h->fin_n || h->collecting || h->walking)
        return NULL;
    sp_obj *o = h->finq[h->fin_head++];
    if (h->fin_head == h->fin_n) {
        h->fin_head = 0;
        h->fin_n = 0;
    }
    return o;
}

/*@ requires \valid_read(h) && finq_ok(h);
    assigns \nothing;
    ensures \result == h->fin_n - h->fin_head; */
size_t sp_heap_finalizable_count(sp_heap *h) { return (size_t)(h->fin_n - h->fin_head); }

/*@ requires heap_ok(h);
    assigns \nothing; */
bool sp_heap_has_pyfin(sp_heap *h, sp_obj *o)
{
    sp_where w = locate(h, (uintptr_t)o);
    if (!w.ok || where_obj(h, w) != o)
        return false;
    if (w.page != NULL)
        return (w.page->pyfin[w.idx / 64] >> (w.idx % 64)) & 1;
    return h->large[w.large].pyfin;
}

/* ---- sweeping -----------------------------------------------------------*/

/* Hand every unmarked object flagged SP_GC_FINALIZE to hooks.finalize. */
/*@ requires heap_ok(h);
    assigns SP_GC_MARKS, SP_GC_SETTINGS;
    ensures heap_ok(h); */
static void finalize_dead(sp_heap *h)
{
    if (h->hooks.finalize == NULL)
        return;
    /*@ loop invariant heap_ok(h) && s <= h->table_cap;
        loop assigns s, SP_GC_MARKS, SP_GC_SETTINGS;
        loop variant h->table_cap - s; */
    for (size_t s = 0; s < h->table_cap; s++) {
        sp_page *p = h->table[s];
        if (p == NULL)
            continue;
        /*@ loop invariant heap_ok(h) && wd <= SP_GC_WORDS && page_ok(p);
            loop assigns wd, SP_GC_MARKS, SP_GC_SETTINGS;
            loop variant SP_GC_WORDS - wd; */
        for (size_t wd = 0; wd < SP_GC_WORDS; wd++) {
            uint64_t bits = p->fin[wd] & p->alloc[wd] & ~p->mark[wd];
            /*@ loop invariant heap_ok(h) && page_ok(p);
                loop assigns bits, SP_GC_MARKS, SP_GC_SETTINGS; */
            while (bits) {
                size_t idx = wd * 64 + (size_t)__builtin_ctzll(bits);
                bits &= bits - 1;
                hook_finalize(h, cell_obj(p, idx));
            }
        }
    }
    /*@ loop invariant heap_ok(h) && k <= h->nlarge;
        loop assigns k, SP_GC_MARKS, SP_GC_SETTINGS;
        loop variant h->nlarge - k; */
    for (size_t k = 0; k < h->nlarge; k++)
        if (h->large[k].fin && !h->large[k].mark)
            hook_finalize(h, (sp_obj *)h->large[k].base);
}

/* Sweep one page: free its unmarked cells, clear its marks; the number of
 * cells left. */
/*@ requires page_ok(p);
    assigns p->alloc[0 .. SP_GC_WORDS - 1], p->mark[0 .. SP_GC_WORDS - 1],
            p->fin[0 .. SP_GC_WORDS - 1], p->weak[0 .. SP_GC_WORDS - 1],
            p->pyfin[0 .. SP_GC_WORDS - 1], p->nlive, p->cursor;
    ensures \result == p->nlive; */
static uint32_t sweep_page(sp_page *p)
{
    uint32_t live = 0;
    /*@ loop invariant wd <= SP_GC_WORDS && live <= 255 * wd;
        loop assigns wd, live, p->alloc[0 .. SP_GC_WORDS - 1], p->mark[0 .. SP_GC_WORDS - 1],
            p->fin[0 .. SP_GC_WORDS - 1], p->weak[0 .. SP_GC_WORDS - 1],
            p->pyfin[0 .. SP_GC_WORDS - 1];
        loop variant SP_GC_WORDS - wd; */
    for (size_t wd = 0; wd < SP_GC_WORDS; wd++) {
        uint64_t dead = p->alloc[wd] & ~p->mark[wd];
        /*@ loop assigns dead; */
        while (dead) {
            size_t idx = wd * 64 + (size_t)__builtin_ctzll(dead);
            dead &= dead - 1;
            SP_POISON((void *)cell_obj(p, idx), p->cell);
        }
        p->alloc[wd] &= p->mark[wd];
        p->fin[wd] &= p->mark[wd];
        p->weak[wd] &= p->mark[wd];
        p->pyfin[wd] &= p->mark[wd];
        p->mark[wd] = 0;
        live += popcount64(p->alloc[wd]);
    }
    p->nlive = live;
    p->cursor = 0;
    return live;
}

/* Sweep the page in slot s (sweep_page).  If it is left empty it stays
 * for reuse, and when the spare empty pages are already kept (spare_full)
 * and it was empty at the last sweep too (idle) its memory goes back to
 * the system; else the filter range grows over it.  The number of cells
 * left.  Only a page no allocation wanted for a whole cycle is given
 * back: one the next cycle fills again would cost a fault per 4 KiB on
 * its reuse (and split the transparent huge page it is part of).  float
 * gave back and faulted in again 500 pages (32 MiB) per run. */
/*@ requires heap_ok(h) && slot_ok(h, s);
    assigns h->table[s]->alloc[0 .. SP_GC_WORDS - 1], h->table[s]->mark[0 .. SP_GC_WORDS - 1],
            h->table[s]->fin[0 .. SP_GC_WORDS - 1], h->table[s]->weak[0 .. SP_GC_WORDS - 1],
            h->table[s]->pyfin[0 .. SP_GC_WORDS - 1], h->table[s]->nlive,
            h->table[s]->cursor, h->table[s]->decommitted, h->table[s]->idle, h->lo, h->hi;
    ensures heap_ok(h); */
static uint32_t sweep_slot(sp_heap *h, size_t s, bool spare_full)
{
    sp_page *p = h->table[s];
    //@ assert page_ok(p) && page_apart(h, p);
    uint32_t live = sweep_page(p);
    //@ assert h->npages == \at(h->npages, Pre) && h->sp == \at(h->sp, Pre);
    //@ assert h->stack_cap == \at(h->stack_cap, Pre);
    //@ assert h->fin_head == \at(h->fin_head, Pre) && h->fin_n == \at(h->fin_n, Pre);
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
    if (live == 0) {
        if (spare_full && p->idle && !p->decommitted) {
            page_decommit(p->base);
            p->decommitted = true;
        }
        p->idle = true;
        return 0;
    }
    p->idle = false;
    p->decommitted = false;
    range_add(h, p->base, SP_GC_PAGE);
    return live;
}

/* Free the unmarked large blocks; the others keep their order, lose their
 * mark, widen the filter range and count in objects_live and
 * bytes_in_use. */
/* h->large[k] = l (k < large_cap): the heap stays well-formed.  (Its own
 * function so that the provers see the store with nothing else.) */
/*@ requires heap_ok(h) && k < h->large_cap;
    assigns h->large[k];
    ensures heap_ok(h);
    ensures h->large[k].base == l.base; */
static void large_put(sp_heap *h, size_t k, sp_large l)
{
    //@ assert \separated(h, h->large + k);
    h->large[k] = l;
    //@ assert h->npages == \at(h->npages, Pre) && h->sp == \at(h->sp, Pre);
    //@ assert h->stack_cap == \at(h->stack_cap, Pre);
    //@ assert h->fin_head == \at(h->fin_head, Pre) && h->fin_n == \at(h->fin_n, Pre);
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
}

/* Free the unmarked large blocks; the others keep their order, lose their
 * mark, widen the filter range and count in objects_live and
 * bytes_in_use. */
/*@ requires heap_ok(h);
    assigns h->large[0 .. h->nlarge - 1], h->nlarge, h->lo, h->hi, h->objects_live,
            h->bytes_in_use;
    ensures heap_ok(h); */
static void sweep_large(sp_heap *h)
{
    uint32_t kept = 0;
    /*@ loop invariant heap_ok(h) && kept <= k <= h->nlarge;
        loop invariant h->nlarge == \at(h->nlarge, Pre);
        loop assigns k, kept, h->objects_live, h->bytes_in_use, h->lo, h->hi,
            h->large[0 .. h->nlarge - 1];
        loop variant h->nlarge - k; */
    for (uint32_t k = 0; k < h->nlarge; k++) {
        sp_large l = h->large[k];
        if (!l.mark) {
            block_free(l.base);
            continue;
        }
        l.mark = false;
        h->objects_live++;
        h->bytes_in_use += l.size;
        range_add(h, l.base, l.size);
        large_put(h, kept, l);
        kept++;
    }
    h->nlarge = kept;
}

/*@ requires heap_ok(h);
    ensures heap_ok(h); */
static void sweep(sp_heap *h)
{
    size_t live_objs = 0, live_bytes = 0, empty = 0;
    size_t spare = h->trigger / SP_GC_PAGE > SP_GC_SPARE_PAGES ? h->trigger / SP_GC_PAGE
                                                              : SP_GC_SPARE_PAGES;
    reset_positions(h);
    h->lo = h->hi = 0;    /* the filter range, recomputed from what lives */
    /* No `loop assigns` (WP takes "everything"): that sweep_slot's
     * stores into one page are among the loop's ranges over all pages is
     * a disjunction neither prover settles in time (see the note above
     * SP_GC_QUEUE); the loop only needs heap_ok, which sweep_slot keeps. */
    /*@ loop invariant h == \at(h, Pre);
        loop invariant heap_ok(h) && s <= h->table_cap;
        loop invariant h->table_cap == \at(h->table_cap, Pre);
        loop variant h->table_cap - s; */
    for (size_t s = 0; s < h->table_cap; s++) {
        sp_page *p = h->table[s];    /* read once: to EVA a slot may hold any page */
        if (p == NULL)
            continue;
        uint32_t live = sweep_slot(h, s, !h->keep_pages && empty >= spare);
        if (live == 0) {
            empty++;
            continue;
        }
        live_objs += live;
        live_bytes += (size_t)live * p->cell;
    }
    h->objects_live = live_objs;
    h->bytes_in_use = live_bytes;
    sweep_large(h);
}

/* Zero the stack just below the caller, where the collector's own frames
 * are about to be: words left there by earlier, deeper calls (a finalizer
 * runner's locals, ...) would otherwise be scanned as roots in the frames'
 * unused slots and keep garbage alive.  Costs memory only if skipped. */
#define SP_GC_SCRUB 2048   /* > the frames of collect() and scan_stack(), ASan included */
/*@ assigns \nothing; */
__attribute__((noinline)) static void scrub_stack(void)
{
    volatile uint8_t buf[SP_GC_SCRUB];
    for (size_t i = 0; i < SP_GC_SCRUB; i++)
        buf[i] = 0;
    __asm__ volatile("" : : "r"(buf) : "memory");
}

/*@ requires heap_ok(h);
    ensures heap_ok(h); */
__attribute__((noinline)) static void collect(sp_heap *h)
{
    release_all(h);   /* nothing reserved may look like an object */
    h->collecting = true;
    h->sp = 0;
    h->overflow = false;
    hook_mark_roots(h);
    mark_queue(h);
    scan_stack(h);
    drain(h);
    bool spilled = rescan_marked(h);
    if (queue_finalizable(h))
        spilled = true;
    hook_after_mark(h);
    finalize_dead(h);
    sweep(h);
    /* Room for the next collection's marking, grown here rather than
     * before or during it so that the marking runs on a stack whose size
     * the last collection fixed (EVA then knows it).  Every object is
     * pushed at most once: an eighth of the survivors at once is plenty
     * for most heaps (rescan_marked copes with the rest), and four times
     * the stack if this marking overflowed it. */
    size_t want = h->objects_live / 8 > SP_GC_STACK_MIN ? h->objects_live / 8 : SP_GC_STACK_MIN;
    if (spilled && want < (size_t)h->stack_cap * 4)
        want = (size_t)h->stack_cap * 4;
    stack_grow(h, want);
    h->collections++;
    h->since_gc = 0;
    size_t grown = h->bytes_in_use > SIZE_MAX / SP_GC_GROWTH ? SIZE_MAX
                                                             : h->bytes_in_use * SP_GC_GROWTH;
    h->trigger = grown > SP_GC_MIN_TRIGGER ? grown : SP_GC_MIN_TRIGGER;
    h->collecting = false;
#ifdef SP_DEBUG
    sp_heap_verify(h);
#endif
}

/*@ requires heap_ok(h);
    ensures heap_ok(h); */
void sp_heap_collect(sp_heap *h)
{
    if (!can_collect(h))
        return;
    scrub_stack();
    collect(h);
}

/* ---- allocation ---------------------------------------------------------*/

/* The finalizer and weak bits gcflags asks for, set for the cells of mask
 * m in word wd of page p. */
/*@ requires \valid(p) && wd < SP_GC_WORDS;
    assigns p->fin[wd], p->weak[wd], p->pyfin[wd]; */
__attribute__((always_inline)) static inline void
set_flags(sp_page *p, size_t wd, uint64_t m, uint32_t gcflags)
{
    if (gcflags & SP_GC_FINALIZE)
        p->fin[wd] |= m;
    if (gcflags & SP_GC_WEAK)
        p->weak[wd] |= m;
    if (gcflags & SP_GC_PYFIN)
        p->pyfin[wd] |= m;
}

/* Take a free cell of the page in slot s (which has one), marked
 * allocated with gcflags: its address. */
/*@ requires heap_ok(h) && slot_ok(h, s);
    assigns h->table[s]->alloc[0 .. SP_GC_WORDS - 1], h->table[s]->fin[0 .. SP_GC_WORDS - 1],
            h->table[s]->weak[0 .. SP_GC_WORDS - 1], h->table[s]->pyfin[0 .. SP_GC_WORDS - 1],
            h->table[s]->cursor, h->table[s]->nlive;
    ensures heap_ok(h); */
__attribute__((always_inline)) static inline uintptr_t
cell_take(sp_heap *h, size_t s, uint32_t gcflags)
{
    sp_page *p = h->table[s];
    //@ assert page_ok(p) && \separated(h, p);
    size_t nwords = ((size_t)p->ncells + 63) / 64;
    size_t wd;
    uint64_t free_bits = 0;
    /*@ loop assigns wd, free_bits; */
    for (wd = p->cursor; wd < nwords; wd++) {
        free_bits = ~p->alloc[wd];
        if (free_bits != 0)
            break;
    }
    /* class_page chose a page with a free cell (nlive < ncells), and every
     * word before the cursor is full (the cursor moves only past full
     * words; a sweep, the only thing that frees cells, puts it back to
     * 0), so the first clear bit at or after it is a cell of the page: the
     * last word's bits past ncells, also clear, come after every cell of
     * that word.  Neither trap can fire. */
    if (wd >= nwords)
        sp_trap("gc: a page's live count and bitmap disagree");
    unsigned bit = (unsigned)__builtin_ctzll(free_bits);
    size_t idx = wd * 64 + bit;
    if (idx >= p->ncells)
        sp_trap("gc: a free cell beyond the page");
    /* The lowest set bit, 1 << bit, computed from free_bits itself: the
     * same value, but one EVA follows (it knows of __builtin_ctzll only
     * its range, and would lose the page's bitmap, and with it the counts
     * reserve_rest takes from it). */
    uint64_t m = free_bits & (~free_bits + 1);
    p->alloc[wd] |= m;
    if (gcflags & (SP_GC_FINALIZE | SP_GC_WEAK | SP_GC_PYFIN))
        set_flags(p, wd, m, gcflags);
    p->cursor = wd;
    p->nlive++;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
    return p->base + idx * p->cell;
}

/* A free cell of class cls, marked allocated with gcflags; its address, or
 * 0 if there is no memory. */
/*@ requires heap_ok(h) && cls < SP_GC_NCLASSES;
    ensures heap_ok(h); */
static uintptr_t alloc_small(sp_heap *h, size_t cls, uint32_t gcflags)
{
    size_t s = class_page(h, cls);
    if (s == SP_GC_NONE)
        return 0;
    return cell_take(h, s, gcflags);
}

/* Room for one more large block in h->large.  False: no memory. */
/*@ requires heap_ok(h);
    assigns h->large, h->large_cap;
    ensures heap_ok(h);
    ensures \result ==> h->nlarge < h->large_cap; */
static bool large_reserve(sp_heap *h)
{
    if (h->nlarge < h->large_cap)
        return true;
    if (h->large_cap > UINT32_MAX / 2)
        return false;
    uint32_t cap = h->large_cap ? h->large_cap * 2 : 64;
    sp_large *n = large_realloc(h, cap);
    if (n == NULL)
        return false;
    h->large = n;
    h->large_cap = cap;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
    return true;
}

/* A large block of size bytes (rounded to the grain, spare byte
 * included), marked allocated with gcflags; its address, or 0. */
/*@ requires heap_ok(h) && size > 0;
    assigns h->large, h->large_cap, h->nlarge,
            \at(h->large, Post)[0 .. \at(h->large_cap, Post) - 1],
            h->lo, h->hi;
    ensures heap_ok(h); */
static uintptr_t alloc_large(sp_heap *h, size_t size, uint32_t gcflags)
{
    if (!large_reserve(h))
        return 0;
    uintptr_t base = block_alloc(size);
    if (base == 0)
        return 0;
    size_t pos = h->nlarge;
    /*@ loop invariant pos <= h->nlarge;
        loop assigns pos;
        loop variant pos; */
    while (pos > 0 && h->large[pos - 1].base > base)
        pos--;
    /*@ loop invariant pos <= k <= h->nlarge;
        loop invariant heap_ok(h) && h->nlarge < h->large_cap;
        loop assigns k, h->large[pos + 1 .. h->nlarge];
        loop variant k - pos; */
    for (size_t k = h->nlarge; k > pos; k--)
        large_put(h, k, h->large[k - 1]);
    large_put(h, pos, (sp_large){ base, size, false, (gcflags & SP_GC_FINALIZE) != 0,
                                  (gcflags & SP_GC_WEAK) != 0, (gcflags & SP_GC_PYFIN) != 0 });
    h->nlarge++;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
    range_add(h, base, size);
    return base;
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

/* Words of C stack between the caller and base (0 if base is not above
 * it).  Assumed (verify/assumed.txt), as the stack scan: it computes with
 * the address of a local. */
/*@ assigns \nothing; */
__attribute__((noinline)) static size_t stack_depth(uintptr_t base)
{
    char here;
    uintptr_t sp = (uintptr_t)&here;
    return base > sp ? (base - sp) / sizeof(void *) : 0;
}

/*@ requires \valid(h);
    assigns h->stress_wait; */
static bool stress_due(sp_heap *h)
{
    if (h->stress_wait > 0) {
        h->stress_wait--;
        return false;
    }
    size_t words = stack_depth(h->stack_base);
    size_t work = h->objects_live + words;
    h->stress_wait = work <= SP_GC_STRESS_FULL ? 0 : work / SP_GC_STRESS_STEP;
    return true;
}

/* The bytes the general path may reserve after an allocation (reserve_rest). */
/*@ requires \valid_read(h);
    assigns \nothing; */
static size_t room_left(const sp_heap *h)
{
    if (h->walking || h->collecting || h->stress || (h->fail_at | h->collect_in) != 0
        || h->since_gc >= h->trigger || h->bytes_in_use >= h->max_bytes)
        return 0;
    size_t to_trigger = h->trigger - h->since_gc;
    size_t to_cap = h->max_bytes - h->bytes_in_use;
    return to_trigger < to_cap ? to_trigger : to_cap;
}

/* Reserve the free cells of the bitmap word class cls's last cell came
 * from (its current page's cursor word): see "Reservations". */
/*@ requires heap_ok(h) && cls < SP_GC_RES_CLASSES;
    ensures heap_ok(h); */
static void reserve_rest(sp_heap *h, size_t cls)
{
    if (h->res[cls].free != 0)
        return;
    /* The page the cell came from: alloc_small took it from class_page,
     * which left its slot in cur[cls], and cell_take left its word in the
     * page's cursor.  Neither trap can fire. */
    size_t s = h->cur[cls];
    if (s >= h->table_cap || h->table[s] == NULL)
        sp_trap("gc: a class's current page is gone");
    sp_page *p = h->table[s];
    //@ assert page_ok(p) && \separated(h, p);
    size_t wd = p->cursor;
    if (p->cls != cls || wd >= SP_GC_WORDS || wd * 64 >= p->ncells)
        sp_trap("gc: a class's current page is out of step");
    size_t cell = p->cell;
    uint64_t f = ~p->alloc[wd];
    size_t valid = p->ncells - wd * 64;   /* cells of the page in this word */
    if (valid < 64)
        f &= ((uint64_t)1 << valid) - 1;
    size_t room = room_left(h) / cell;
    if (room < 64)
        f = lowest_bits(f, room);
    if (f == 0)
        return;
    size_t n = popcount64(f);
    p->alloc[wd] |= f;
    p->nlive += n;
    /* No overflow: n * cell <= room_left, at most both trigger - since_gc
     * and max_bytes - bytes_in_use. */
    h->bytes_in_use += n * cell;
    h->since_gc += n * cell;
    h->objects_live += n;
    h->allocs += n;
    h->res[cls].free = f;
    h->res[cls].base = p->base + wd * 64 * cell;
    h->res[cls].slot = s;
    h->res[cls].word = wd;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
}

/* The finalizer and weak flags of the cell a reservation hands out (bit
 * `bit` of its word). */
/*@ requires heap_ok(h) && cls < SP_GC_RES_CLASSES && bit < 64;
    ensures heap_ok(h); */
__attribute__((always_inline)) static inline void
flag_reserved(sp_heap *h, size_t cls, unsigned bit, uint32_t gcflags)
{
    size_t s = h->res[cls].slot, wd = h->res[cls].word;
    if (s >= h->table_cap || wd >= SP_GC_WORDS || h->table[s] == NULL)
        sp_trap("gc: a reservation names no page");
    sp_page *p = h->table[s];
    //@ assert page_ok(p) && \separated(h, p);
    set_flags(p, wd, (uint64_t)1 << bit, gcflags);
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
}

/* sp_heap_alloc in every case, the common one included (sp_heap_alloc
 * does that one itself and calls this for the rest; kept out of line so
 * that the common case needs no stack frame). */
/*@ requires heap_ok(h);
    ensures heap_ok(h); */
__attribute__((noinline)) static sp_obj *alloc_any(sp_heap *h, struct sp_type *type, size_t size,
                                                   uint32_t gcflags)
{
    /* A walk's callback must not allocate: the heap it walks would change
     * under it. */
    if (h->walking)
        sp_trap("sp_heap_alloc inside sp_heap_each_weak");
    size_t need;
    /* No allocation from the hooks during a collection: a cell allocated
     * mid-sweep would be unmarked and freed at once. */
    if (h->collecting)
        return NULL;
    h->allocs++;
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
    bool force = false;
    bool refused = (h->fail_at | h->collect_in) != 0 && injected_failure(h, &force);
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
    if (refused)
        return NULL;
    if (size < sizeof(struct sp_obj) || !sp_size_add(size, 1, &need))
        return NULL;   /* the spare byte: see gc.h */
    bool small = need <= SP_GC_SMALL_MAX;
    size_t cls = small ? class_of(need) : 0;
    size_t cell = small ? class_size(cls) : (need + SP_GC_GRAIN - 1) & ~(size_t)(SP_GC_GRAIN - 1);
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
    bool reserving = small && cls < SP_GC_RES_CLASSES;
    if (reserving)
        release_reserved(h, cls);   /* (never any: the common case took it) */
    uintptr_t a = small ? alloc_small(h, cls, gcflags) : alloc_large(h, cell, gcflags);
    if (a == 0)
        return NULL;
    //@ assert heap_ok(h);
    h->bytes_in_use = after;
    h->since_gc = h->since_gc < SIZE_MAX - cell ? h->since_gc + cell : SIZE_MAX;
    h->objects_live++;
    if (reserving)
        reserve_rest(h, cls);
    //@ assert table_ok(h);
    //@ assert large_ok(h) && stack_ok(h) && finq_ok(h);
    //@ assert arrays_apart(h);
    return cell_init(a, cell, small ? cell : 0, type, gcflags);
}


/*@ requires heap_ok(h);
    ensures heap_ok(h); */
sp_obj *sp_heap_alloc(sp_heap *h, struct sp_type *type, size_t size, uint32_t gcflags)
{
    /* The common case first, without a stack frame: an object of the
     * first SP_GC_RES_CLASSES classes (cells of 16 to 512 bytes, spare
     * byte included) whose class has a reserved cell left (see
     * "Reservations"), no walk or collection going on.  The reservation
     * was made, and counted, under the conditions the general path
     * checks; anything else goes to the general path.  The walk and
     * collection tests stay although a collection releases every
     * reservation and none is made during one or a walk: a cell taken
     * during a sweep would be freed at once, and that must not rest on
     * the reservations being kept right. */
    if (size >= sizeof(struct sp_obj) && size < 512 && !(h->walking | h->collecting)) {
        size_t cls = class_of(size + 1);   /* the spare byte: see gc.h */
        uint64_t f = h->res[cls].free;
        if (f != 0) {
            unsigned bit = (unsigned)__builtin_ctzll(f);
            h->res[cls].free = f & (f - 1);
            if (gcflags & (SP_GC_FINALIZE | SP_GC_WEAK | SP_GC_PYFIN))
                flag_reserved(h, cls, bit, gcflags);
            size_t cell = class_size(cls);
            uintptr_t a = h->res[cls].base + bit * cell;
            if (a == 0)
                return NULL;   /* (never: a page's base is not 0) */
            return cell_init(a, cell, cell, type, gcflags);
        }
    }
    return alloc_any(h, type, size, gcflags);
}

/* ---- life cycle and settings ---------------------------------------------*/

/* (No `assigns`: it writes only the new heap, and nothing in the core
 * calls it.) */
/*@ ensures \result == \null || heap_ok(\result); */
sp_heap *sp_heap_new(size_t max_bytes, sp_heap_hooks hooks)
{
    if (hooks.trace == NULL)
        return NULL;
    sp_heap *h = heap_alloc();
    if (h == NULL)
        return NULL;
    h->hooks = hooks;
    h->max_bytes = max_bytes;
    h->trigger = SP_GC_MIN_TRIGGER;
    reset_positions(h);
    /* The page table, the mark stack and the finalization queue exist
     * from the start, at their smallest sizes, so that none is ever
     * absent: a small heap never moves them, and EVA (eva_gc.c) need not
     * relate an array's address to its capacity across the paths that
     * allocated it and those that did not. */
    stack_grow(h, SP_GC_STACK_MIN);
    if (h->stack_cap == 0 || !table_grow(h) || !finq_reserve(h, 1)) {
        sp_heap_free(h);
        return NULL;
    }
    return h;
}

/*@ requires h == \null || heap_ok(h); */
void sp_heap_free(sp_heap *h)
{
    if (h == NULL)
        return;
    if (h->collecting || h->walking)
        sp_trap("sp_heap_free inside a collection or a walk");
    /* Everything is unreachable now: finalize all, then release (no
     * collection from a finalizer meanwhile). */
    if (h->paused < INT_MAX)
        h->paused++;
    /*@ loop invariant heap_ok(h) && s <= h->table_cap;
        loop assigns s, h->table[0 .. h->table_cap - 1]->mark[0 .. SP_GC_WORDS - 1];
        loop variant h->table_cap - s; */
    for (size_t s = 0; s < h->table_cap; s++) {
        sp_page *p = h->table[s];
        if (p == NULL)
            continue;
        /*@ loop invariant heap_ok(h) && wd <= SP_GC_WORDS && page_ok(p);
            loop assigns wd, p->mark[0 .. SP_GC_WORDS - 1];
            loop variant SP_GC_WORDS - wd; */
        for (size_t wd = 0; wd < SP_GC_WORDS; wd++)
            p->mark[wd] = 0;
    }
    /*@ loop invariant heap_ok(h) && k <= h->nlarge;
        loop assigns k, h->large[0 .. h->nlarge - 1].mark;
        loop variant h->nlarge - k; */
    for (size_t k = 0; k < h->nlarge; k++)
        h->large[k].mark = false;
    finalize_dead(h);
    /* The pages go back a run at a time: one munmap for each run of
     * adjacent pages (a chunk's pages, cut in order, mostly are), from
     * the page whose predecessor is not the heap's.  Page by page, a
     * 200 MiB heap took 0.1 s to free (3,200 calls, each flushing the TLB
     * and splitting the huge page it was part of).  All the runs go
     * before any descriptor is freed: page_lookup reads them. */
    /*@ loop invariant heap_ok(h) && s <= h->table_cap;
        loop assigns s;
        loop variant h->table_cap - s; */
    for (size_t s = 0; s < h->table_cap; s++) {
        sp_page *p = h->table[s];
        if (p == NULL)
            continue;
        if (p->base >= SP_GC_PAGE && page_lookup(h, p->base - SP_GC_PAGE) != NULL)
            continue;   /* not the first of its run */
        size_t n = 1;
        /*@ loop invariant 1 <= n <= h->npages || n == 1;
            loop assigns n;
            loop variant h->npages - n; */
        while (n < h->npages && n < (UINTPTR_MAX - p->base) / SP_GC_PAGE
               && page_lookup(h, p->base + n * SP_GC_PAGE) != NULL)
            n++;
        unmap_pages(p->base, n);
    }
    /*@ loop invariant heap_ok(h) && s <= h->table_cap;
        loop assigns s;
        loop variant h->table_cap - s; */
    for (size_t s = 0; s < h->table_cap; s++) {
        sp_page *p = h->table[s];
        if (p != NULL)
            mem_free(p);
    }
    /*@ loop invariant heap_ok(h) && k <= h->nlarge;
        loop assigns k;
        loop variant h->nlarge - k; */
    for (size_t k = 0; k < h->nlarge; k++)
        block_free(h->large[k].base);
    mem_free(h->table);
    mem_free(h->large);
    mem_free(h->stack);
    mem_free(h->finq);
    mem_free(h);
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
/* Each setting gives the reservations back (see "Reservations"): stress
 * and fault injection count every allocation, and a new cap changes the
 * room.  Not from a hook or a walk's callback (no reservation exists
 * during a collection; a walk's could only be handed out after it). */
/*@ requires heap_ok(h);
    ensures heap_ok(h);
    ensures h->stress == on; */
void sp_heap_set_stress(sp_heap *h, bool on)
{
    if (!(h->collecting | h->walking))
        release_all(h);
    h->stress = on;
}
/*@ requires heap_ok(h);
    ensures heap_ok(h);
    ensures h->max_bytes == max_bytes; */
void sp_heap_set_max(sp_heap *h, size_t max_bytes)
{
    if (!(h->collecting | h->walking))
        release_all(h);
    h->max_bytes = max_bytes;
}
/*@ requires \valid(h);
    assigns h->keep_pages;
    ensures h->keep_pages; */
void sp_heap_keep_pages(sp_heap *h)
{
    h->keep_pages = true;
}
/*@ requires heap_ok(h);
    ensures heap_ok(h); */
void sp_heap_set_fail_at(sp_heap *h, size_t n, bool sticky)
{
    if (!(h->collecting | h->walking))
        release_all(h);
    h->fail_at = n;
    h->fail_sticky = sticky;
    h->collect_in = 0;
}
/* Allocation requests so far, the reserved cells not yet handed out left
 * out. */
/*@ requires \valid_read(h);
    assigns \nothing; */
size_t sp_heap_alloc_count(sp_heap *h)
{
    size_t bytes;
    return h->allocs - reserved_cells(h, &bytes);
}

/*@ requires \valid_read(h);
    assigns \nothing;
    ensures \result.max_bytes == h->max_bytes; */
sp_heap_stats sp_heap_get_stats(sp_heap *h)
{
    size_t bytes;
    size_t n = reserved_cells(h, &bytes);
    return (sp_heap_stats){ h->bytes_in_use - bytes, h->max_bytes, h->collections,
                            h->objects_live - n };
}

/* ---- the verifier -------------------------------------------------------*/

/*@ requires heap_ok(h);
    assigns \nothing; */
void sp_heap_verify(sp_heap *h)
{
    size_t bytes = 0, objs = 0, npages = 0;
    /*@ loop invariant s <= h->table_cap;
        loop assigns s, bytes, objs, npages;
        loop variant h->table_cap - s; */
    for (size_t s = 0; s < h->table_cap; s++) {
        sp_page *p = h->table[s];
        if (p == NULL)
            continue;
        npages++;
        /* H1: the page is findable, aligned, and its class is consistent. */
        if (page_lookup(h, p->base) != p)
            sp_trap("heap verify: page missing from the page table");
        if (p->base % SP_GC_PAGE != 0 || p->cls >= SP_GC_NCLASSES
            || p->cell != class_size(p->cls) || p->ncells != SP_GC_PAGE / p->cell
            || p->recip != (((uint64_t)1 << 32) + p->cell - 1) / p->cell)
            sp_trap("heap verify: bad page descriptor");
        size_t live = 0;
        /*@ loop invariant wd <= SP_GC_WORDS && live <= 255 * wd;
            loop assigns wd, live;
            loop variant SP_GC_WORDS - wd; */
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
    if (npages != h->npages)
        sp_trap("heap verify: page count wrong");
    /*@ loop invariant k <= h->nlarge;
        loop assigns k, bytes, objs;
        loop variant h->nlarge - k; */
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
    /*@ loop invariant h->fin_head <= i <= h->fin_n;
        loop assigns i;
        loop variant h->fin_n - i; */
    for (uint32_t i = h->fin_head; i < h->fin_n; i++) {
        sp_where w = locate(h, (uintptr_t)h->finq[i]);
        if (!w.ok || where_obj(h, w) != h->finq[i])
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

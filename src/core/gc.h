/* The garbage-collected heap: a tracing, non-moving mark-sweep collector.
 *
 * - Small objects live in size-class pages, large ones in their own
 *   mappings.  Every object gets at least one byte more than it asked for,
 *   so a pointer one past its end still points into it and never onto the
 *   next object (the conservative scan must not confuse the two).
 * - Heap objects are traced precisely: the collector calls hooks.trace on
 *   each reached object, which calls sp_gc_mark on every value it holds.
 * - The C stack and registers are scanned conservatively from the base
 *   recorded with sp_heap_set_stack_base: any word that points into (or one
 *   past the end of) a live object keeps it alive.  Registers are spilled
 *   with setjmp before the scan.
 * - A cap on the bytes in use turns exhaustion into a NULL return, which
 *   the VM turns into MemoryError.
 * - Stress mode collects before every allocation (every k-th once the
 *   heap and C stack are big: see stress_due in gc.c).
 *
 * The core knows nothing of Python types: it sees an object as a header
 * (struct sp_obj) whose type pointer it passes back to the VM's hooks.
 *
 * Invariants (checked by sp_heap_verify after each collection in debug and
 * stress builds):
 *   H1. every object pointer handed out by sp_heap_alloc lies in exactly one
 *       page or large mapping, at a cell boundary;
 *   H2. between collections, no cell on a free list is marked, and every
 *       live cell's mark bit is clear;
 *   H3. bytes_in_use == sum of the sizes of allocated cells and mappings,
 *       and bytes_in_use <= max_bytes;
 *   H4. every object in the finalization queue is allocated and no longer
 *       flagged SP_GC_PYFIN (it is queued at most once in its life).
 *
 * Finalization (Python-level: __del__, a suspended generator's close).
 * An object allocated with SP_GC_PYFIN is a candidate.  After marking from
 * the roots, every unmarked candidate for which hooks.wants_finalizer says
 * yes loses its flag and joins the finalization queue; then everything the
 * newly queued objects reach is marked.  So a queued object and all it
 * refers to survive the collection intact, and the queue is a root at
 * every later collection until the VM takes the object out
 * (sp_heap_take_finalizable, at a safe point, never inside the collector)
 * and runs its finalizer from a C local.  Weak references are cleared
 * (hooks.after_mark) only after this marking, so a weak reference never
 * outlives its referent's memory, and one to a queued object stays valid
 * until the object really dies.  The flag is never set again: the
 * finalizer runs at most once, and a resurrected object dies normally
 * later.  The queue is malloc'd; if it can't grow, the object is simply
 * kept (marked, still flagged) and tried again at the next collection.
 */
#ifndef SP_GC_H
#define SP_GC_H

#include "core.h"

struct sp_type;

/* The header of every heap object.  `type` belongs to the VM (the GC never
 * looks inside it); `gc` belongs to the collector; `aux` belongs to the
 * object's type (flags, small caches). */
struct sp_obj {
    struct sp_type *type;
    uint32_t gc;
    uint32_t aux;
};

/* Bits of sp_obj.gc the VM may set at allocation time. */
#define SP_GC_FINALIZE 0x1u   /* call hooks.finalize before freeing */
#define SP_GC_WEAK 0x2u       /* a weak reference: listed by sp_heap_each_weak */
#define SP_GC_PYFIN 0x4u      /* may need a once-only finalizer run by the VM */

typedef struct sp_heap sp_heap;

typedef struct sp_heap_hooks {
    void *ud; /* passed back to every hook: the sp_vm */
    /* Mark everything `o` refers to, including its type, with sp_gc_mark. */
    void (*trace)(sp_heap *h, sp_obj *o, void *ud);
    /* Mark every root the VM holds outside the C stack. */
    void (*mark_roots)(sp_heap *h, void *ud);
    /* After marking, before sweeping: clear weak references to unmarked
     * objects (use sp_gc_is_marked).  May be NULL. */
    void (*after_mark)(sp_heap *h, void *ud);
    /* Called for an unreachable object flagged SP_GC_FINALIZE, just before
     * its memory is reused.  All finalizers of a collection run before
     * anything is freed, so a finalizer may *read* other objects, dead or
     * alive (e.g. a file flushing its buffer object); it must not
     * allocate (sp_heap_alloc returns NULL during a collection) and must
     * not rely on any order between finalizers.  Also called for every
     * flagged object by sp_heap_free.  May be NULL. */
    void (*finalize)(sp_heap *h, sp_obj *o, void *ud);
    /* Called during a collection for an unreachable object flagged
     * SP_GC_PYFIN: true to queue it for its finalizer (see "Finalization"
     * above).  Must not allocate, raise or run Python code; may read any
     * object (nothing is freed yet).  May be NULL (no such finalizers). */
    bool (*wants_finalizer)(sp_heap *h, sp_obj *o, void *ud);
} sp_heap_hooks;

typedef struct sp_heap_stats {
    size_t bytes_in_use;
    size_t max_bytes;
    size_t collections;
    size_t objects_live;
} sp_heap_stats;

/* NULL if the heap's own bookkeeping can't be allocated. */
sp_heap *sp_heap_new(size_t max_bytes, sp_heap_hooks hooks);
/* Release everything, running finalizers.  `h` is invalid afterwards. */
void sp_heap_free(sp_heap *h);

/* A zeroed object of `size` bytes (size >= sizeof(struct sp_obj)), with
 * header.gc = gcflags and header.type = type.  May collect first.  Returns
 * NULL when the cap would be exceeded even after a full collection, or the
 * system has no memory. */
sp_obj *sp_heap_alloc(sp_heap *h, struct sp_type *type, size_t size, uint32_t gcflags);

/* Usable size of an object (>= the size it was allocated with). */
size_t sp_heap_size_of(sp_heap *h, sp_obj *o);

void sp_heap_collect(sp_heap *h);
/* The GC may not run while the count is > 0 (e.g. inside a finalizer). */
void sp_heap_pause(sp_heap *h);
void sp_heap_resume(sp_heap *h);

/* Called from trace / mark_roots.  Ignores NULL and tagged small ints. */
void sp_gc_mark(sp_heap *h, sp_val v);
bool sp_gc_is_marked(sp_heap *h, sp_obj *o);

/* The highest stack address the conservative scan covers: the address of
 * a local in the outermost VM entry point. */
void sp_heap_set_stack_base(sp_heap *h, void *base);
void sp_heap_set_stress(sp_heap *h, bool on);
void sp_heap_set_max(sp_heap *h, size_t max_bytes);
/* From now on sweeps keep the memory of empty pages instead of giving it
 * back to the system: the heap is about to be freed or the process to end
 * (the collections at exit would otherwise madvise(2) each empty page,
 * a few percent of an allocation-heavy program's time). */
void sp_heap_keep_pages(sp_heap *h);
sp_heap_stats sp_heap_get_stats(sp_heap *h);

/* The start of the live object containing `addr` (interior pointers and one
 * past the end included), or NULL. */
sp_obj *sp_heap_find(sp_heap *h, const void *addr);

/* The n value-sized words of object `o` starting at byte `offset` (e.g. the
 * __dict__ slot and __slots__ values of a heap-type instance), as a span;
 * traps unless they lie inside the object's usable size. */
sp_vals sp_heap_words(sp_heap *h, sp_obj *o, size_t offset, size_t n);
/* The base set by sp_heap_set_stack_base (NULL: none; the collector then
 * does not run, since it could not see the roots on the C stack). */
void *sp_heap_get_stack_base(sp_heap *h);

/* Call fn on every allocated object flagged SP_GC_WEAK (use
 * sp_gc_is_marked to tell the survivors, from hooks.after_mark).  fn must
 * not allocate (sp_heap_alloc traps inside a walk). */
typedef void sp_heap_walk_fn(sp_heap *h, sp_obj *o, void *ud);
void sp_heap_each_weak(sp_heap *h, sp_heap_walk_fn *fn, void *ud);

/* The oldest object of the finalization queue, taken out of it (the
 * caller must keep it in a C local until its finalizer ran), or NULL. */
sp_obj *sp_heap_take_finalizable(sp_heap *h);
/* Queue every candidate the VM wants finalized, live or not (at exit:
 * CPython finalizes most live objects when it clears the modules). */
void sp_heap_queue_all_finalizable(sp_heap *h);
/* Objects in the finalization queue. */
size_t sp_heap_finalizable_count(sp_heap *h);
/* Whether `o` still carries SP_GC_PYFIN (false once queued). */
bool sp_heap_has_pyfin(sp_heap *h, sp_obj *o);

/* Fault injection for tests: the n-th allocation from now fails (returns
 * NULL) as if the cap were reached; later ones succeed, or with `sticky`
 * fail too.  0 turns it off. */
void sp_heap_set_fail_at(sp_heap *h, size_t n, bool sticky);
/* Allocation requests since the heap was made (failed ones included). */
size_t sp_heap_alloc_count(sp_heap *h);

/* Check invariants H1-H3; sp_trap on violation. */
void sp_heap_verify(sp_heap *h);

#endif

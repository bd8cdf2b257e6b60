/* list, list_iterator and list_reverseiterator.
 *
 * A list is a header, its length and a valarray with cap >= head + len
 * (or NULL when the capacity is 0): the items are the array's slots head
 * .. head + len, and the slots before head are NULL.  Removing a prefix
 * (l.pop(0), del l[:k]: a list used as a queue) advances head, O(k)
 * instead of moving every item left as CPython does; the space before
 * head is taken back when the list next needs room (list_reserve).
 * Every access goes through the valarray's span cut to head and len, so a
 * stale index after a callback that shrank the list traps instead of
 * reading stale memory -- and the code re-checks len after every callback
 * so that it raises IndexError (or stops) before that. */
#include "objects/cont.h"

static sp_list_obj *L(sp_val l) { return sp_as_list(l); }

sp_vals sp_list_items(sp_val l)
{
    sp_list_obj *p = L(l);
    if (p->items == NULL)
        return SP_NOVALS;
    return sp_vals_sub(sp_valarray_span((sp_valarray *)p->items), p->head, p->len);
}

sp_vals sp_cont_list_items(sp_val l) { return sp_list_items(l); }

/* The items the array has room for from head on. */
static size_t list_cap(sp_list_obj *p)
{
    return p->items == NULL ? 0 : ((sp_valarray *)p->items)->cap - p->head;
}

/* The array's slots from head on: the items, then the room after them. */
static sp_vals list_room(sp_list_obj *p)
{
    sp_vals all = sp_valarray_span((sp_valarray *)p->items);
    return sp_vals_sub(all, p->head, all.len - p->head);
}

static void list_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((sp_list_obj *)o)->items);
}

/* Give l an array of exactly cap items (cap >= len, checked by the
 * callers). */
static void list_set_cap(sp_vm *vm, sp_val l, size_t cap)
{
    sp_valarray *a = sp_valarray_new(vm, cap);
    /* The allocation may have run a GC or a finalizer-free callback; p is
     * still valid (non-moving heap).  Copy the live items over. */
    sp_list_obj *p = L(l);
    if (p->len > 0)
        sp_vals_copy(sp_valarray_span(a), sp_list_items(l));
    p->items = (sp_val)a;
    p->head = 0;
}

/* Move l's items to the start of its array (head > 0), clearing the
 * slots they leave. */
static void list_compact(sp_list_obj *p)
{
    sp_vals all = sp_valarray_span((sp_valarray *)p->items);
    size_t n = p->len, head = p->head;
    sp_vals_copy(sp_vals_sub(all, 0, n), sp_vals_sub(all, head, n));
    size_t from = n > head ? n : head;   /* the old slots not overwritten */
    sp_vals_fill(sp_vals_sub(all, from, head + n - from), NULL);
    p->head = 0;
}

/* Make room for `need` items (len unchanged).  Over-allocates so that a
 * run of appends is amortised O(1): ~1/8 extra as CPython does while the
 * list is small, 1/2 from 4,096 items on.  CPython's realloc mostly
 * grows a big list in place; here every growth is a new zeroed array and
 * a copy, so 1/8 would cost some 9 words written per item appended (2.5 at
 * 1/2), and the heap's large blocks come from calloc.  (The capacity is
 * not visible: sys.getsizeof does not count it.) */
static void list_reserve(sp_vm *vm, sp_val l, size_t need)
{
    sp_list_obj *p = L(l);
    if (need <= list_cap(p))
        return;
    size_t extra = need >= 4096 ? need >> 1 : (need >> 3) + 6;
    /* Room before head: when moving the items back to the start of the
     * same array leaves as much spare room as a new array would, do that
     * (so a queue's steady appends and pops cost O(1) each, amortised,
     * and allocate nothing). */
    size_t total = list_cap(p) + p->head;
    if (p->head > 0 && need <= total && extra <= total - need) {
        list_compact(p);
        return;
    }
    if (need > (size_t)PTRDIFF_MAX / sizeof(sp_val))
        sp_raise_memory(vm);
    list_set_cap(vm, l, need + extra);
}

/* A new empty list with room for exactly cap items (a size the caller
 * knows: no over-allocation, unlike growth). */
sp_val sp_list_new(sp_vm *vm, size_t cap)
{
    sp_val l = sp_alloc(vm, vm->t.list, sizeof(sp_list_obj));
    if (cap > (size_t)PTRDIFF_MAX / sizeof(sp_val))
        sp_raise_memory(vm);
    if (cap > 0)
        list_set_cap(vm, l, cap);
    return l;
}

sp_val sp_list_from(sp_vm *vm, sp_vals items)
{
    sp_val l = sp_list_new(vm, items.len);
    if (items.len > 0) {
        sp_vals_copy(sp_valarray_span((sp_valarray *)L(l)->items), items);
        L(l)->len = items.len;
    }
    return l;
}

size_t sp_list_len(sp_val l) { return L(l)->len; }
sp_val sp_list_get(sp_val l, size_t i) { return sp_vals_get(sp_list_items(l), i); }
void sp_list_set(sp_val l, size_t i, sp_val v) { sp_vals_set(sp_list_items(l), i, v); }

void sp_list_append(sp_vm *vm, sp_val l, sp_val v)
{
    sp_list_obj *p = L(l);
    size_t n = p->len;
    if (n == list_cap(p))
        list_reserve(vm, l, n + 1);
    sp_vals_set(list_room(p), n, v);
    p->len = n + 1;
}

/* Replace l[lo:hi] by the values of `src` (a snapshot: never l's own
 * live storage).  lo <= hi <= len. */
static void list_replace(sp_vm *vm, sp_val l, size_t lo, size_t hi, sp_vals src)
{
    sp_list_obj *p = L(l);
    size_t n = p->len;
    size_t newlen = n - (hi - lo) + src.len;
    if (newlen > list_cap(p))
        list_reserve(vm, l, newlen);
    p = L(l);
    if (p->items == NULL)
        return;     /* empty and staying empty */
    sp_vals all = list_room(p);
    if (lo == 0 && src.len == 0) {
        /* A prefix removed: clear it and start after it. */
        sp_vals_fill(sp_vals_sub(all, 0, hi), NULL);
        p->len = newlen;
        p->head = newlen == 0 ? 0 : p->head + hi;
        return;
    }
    if (lo == 0 && hi == 0 && src.len <= p->head) {
        /* Inserted at the front, where a removed prefix left room. */
        p->head -= src.len;
        p->len = newlen;
        sp_vals_copy(sp_vals_sub(list_room(p), 0, src.len), src);
        return;
    }
    /* Move the tail, then drop the new items in. */
    if (src.len != hi - lo)
        sp_vals_copy(sp_vals_sub(all, lo + src.len, n - hi), sp_vals_sub(all, hi, n - hi));
    if (src.len > 0)
        sp_vals_copy(sp_vals_sub(all, lo, src.len), src);
    /* Clear the slots past the new end so the GC doesn't keep them. */
    if (newlen < n)
        sp_vals_fill(sp_vals_sub(all, newlen, n - newlen), NULL);
    p->len = newlen;
}

/* A copy of a list's or tuple's own items (subclasses included) as a
 * span of a fresh valarray. */
static sp_vals items_snapshot(sp_vm *vm, sp_val v)
{
    sp_vals src = sp_is_list(v) ? sp_list_items(v) : sp_tuple_items(v);
    if (src.len == 0)
        return SP_NOVALS;
    sp_valarray *a = sp_valarray_new(vm, src.len);
    src = sp_is_list(v) ? sp_list_items(v) : sp_tuple_items(v);
    sp_vals dst = sp_vals_sub(sp_valarray_span(a), 0, src.len);
    sp_vals_copy(dst, src);
    return dst;
}

/* Does PySequence_Fast take v's items directly?  Only for exact lists and
 * tuples: a subclass may override __iter__, and CPython iterates it. */
static bool items_direct(sp_vm *vm, sp_val v)
{
    return sp_is_ptr(v) && (v->type == vm->t.list || v->type == vm->t.tuple);
}

/* A snapshot of any iterable's values as a span of a fresh valarray.
 * Like CPython's PySequence_Fast it collects from iter(v), so v's own
 * __len__ / __length_hint__ are never called (only its iterator's). */
static sp_vals values_of(sp_vm *vm, sp_val v)
{
    if (items_direct(vm, v))
        return items_snapshot(vm, v);
    sp_val tmp = sp_list_new(vm, 0);
    sp_list_extend(vm, tmp, sp_iter(vm, v));
    return sp_list_items(tmp);
}

/* ---- __length_hint__ ------------------------------------------------------
 * operator.length_hint(o, dflt) as CPython computes it before list(o),
 * tuple(o) and l.extend(o): len(o) if o's type has __len__ (a TypeError
 * from it is ignored), else o.__length_hint__() (a TypeError from the call
 * or NotImplemented gives dflt).  Other errors propagate; a bad hint is an
 * error. */

typedef struct hint_call {
    sp_val obj, descr;
    bool use_len;
} hint_call;

static sp_val hint_call_fn(sp_vm *vm, void *ud)
{
    hint_call *c = ud;
    if (c->use_len)
        return sp_cont_size(vm, sp_len(vm, c->obj));
    return sp_call_special(vm, c->obj, vm->n.__length_hint__, SP_NOVALS);
}

/* Run one step under a handler: NULL if it raised TypeError (ignored). */
static sp_val hint_try(sp_vm *vm, hint_call *c)
{
    sp_val exc = NULL;
    sp_val r = sp_pcall(vm, hint_call_fn, c, &exc);
    if (r != NULL)
        return r;
    if (sp_exc_matches(vm, exc, vm->e.TypeError))
        return NULL;
    sp_raise(vm, exc);
}

sp_ssize sp_list_length_hint(sp_vm *vm, sp_val o, sp_ssize dflt)
{
    sp_type *t = sp_type_of(vm, o);
    sp_val lenf = sp_type_lookup(vm, t, vm->n.__len__);
    /* A built-in __len__ never raises TypeError: no handler needed. */
    if (lenf != NULL && !(t->flags & SP_TF_HEAPTYPE))
        return (sp_ssize)sp_len(vm, o);
    if (lenf != NULL && lenf != vm->None) {
        hint_call c = { o, lenf, true };
        sp_val r = hint_try(vm, &c);
        if (r != NULL)
            return sp_index_ssize(vm, r);
    }
    if (sp_type_lookup(vm, t, vm->n.__length_hint__) == NULL)
        return dflt;
    hint_call c = { o, NULL, false };
    sp_val r = (t->flags & SP_TF_HEAPTYPE) ? hint_try(vm, &c) : hint_call_fn(vm, &c);
    if (r == NULL || r == vm->NotImplemented)
        return dflt;
    if (!sp_is_int(r))
        sp_raise_fmt(vm, vm->e.TypeError, "__length_hint__ must be an integer, not %T", r);
    int64_t n;
    if (!sp_int_to_i64(r, &n) || n > (int64_t)PTRDIFF_MAX)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C ssize_t");
    if (n < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "__length_hint__() should return >= 0");
    return (sp_ssize)n;
}

void sp_list_extend(sp_vm *vm, sp_val l, sp_val iterable)
{
    if (items_direct(vm, iterable) || iterable == l) {
        /* l.extend(l) of a subclass still iterates l (its __iter__ may be
         * overridden), but all of it before appending, as CPython. */
        sp_vals src = items_direct(vm, iterable) ? items_snapshot(vm, iterable) : values_of(vm, iterable);
        size_t n = sp_list_len(l);
        list_replace(vm, l, n, n, src);
        return;
    }
    sp_val it = sp_iter(vm, iterable);
    sp_ssize hint = sp_list_length_hint(vm, iterable, 8);
    size_t n = sp_list_len(l);
    /* CPython resizes to len + hint at once, so a hint past any memory
     * (list(range(2**62))) is a MemoryError before iterating; a moderate
     * one pre-sizes, within reason, since a hint may lie. */
    if ((size_t)hint > ((size_t)1 << 33))
        sp_raise_memory(vm);
    if (hint > 0 && (size_t)hint < ((size_t)1 << 20))
        list_reserve(vm, l, n + (size_t)hint);
    for (;;) {
        sp_val v = sp_cont_next(vm, it);
        if (v == NULL)
            break;
        sp_list_append(vm, l, v);
    }
}

sp_val sp_list_pop(sp_vm *vm, sp_val l)
{
    sp_list_obj *p = L(l);
    if (p->len == 0)
        sp_raise_fmt(vm, vm->e.IndexError, "pop from empty list");
    sp_val v = sp_list_get(l, p->len - 1);
    sp_list_set(l, p->len - 1, NULL);
    p->len--;
    if (p->len == 0)
        p->head = 0;
    return v;
}

sp_val sp_list_slice(sp_vm *vm, sp_val l, sp_ssize start, sp_ssize stop, sp_ssize step, size_t n)
{
    sp_val r = sp_list_new(vm, n);
    sp_vals dst = n > 0 ? sp_valarray_span((sp_valarray *)L(r)->items) : SP_NOVALS;
    sp_vals src = sp_list_items(l);
    sp_ssize j = start;
    for (size_t i = 0; i < n; i++, j += step)
        sp_vals_set(dst, i, sp_vals_get(src, (size_t)j));
    L(r)->len = n;
    return r;
}

/* ---- methods -------------------------------------------------------------*/

static sp_val list_self(sp_vm *vm, sp_vals args, const char *meth)
{
    sp_val self = sp_vals_get(args, 0);
    if (!sp_is_list(self))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' for 'list' objects doesn't apply to a '%T' object", meth, self);
    return self;
}

static sp_val list_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_new_cls(vm, args, vm->t.list);
    sp_val l = cls == vm->t.list ? sp_alloc(vm, cls, sizeof(sp_list_obj)) : sp_alloc_instance(vm, cls);
    return l;
}

static sp_val list_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val l = list_self(vm, args, "__init__");
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0 && sp_is_exact(vm, l, vm->t.list))
        sp_raise_fmt(vm, vm->e.TypeError, "list() takes no keyword arguments");
    size_t npos = args.len - 1 - (kwnames != NULL ? sp_tuple_len(kwnames) : 0);
    if (npos > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "list expected at most 1 argument, got %zu", npos);
    /* list.__init__ clears first: l = [1]; l.__init__([2]) gives [2]. */
    L(l)->items = NULL;
    L(l)->len = 0;
    L(l)->head = 0;
    if (npos == 1)
        sp_list_extend(vm, l, sp_vals_get(args, 1));
    return vm->None;
}

static sp_val list_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_cont_size(vm, sp_list_len(list_self(vm, args, "__len__")));
}

static sp_val list_getitem(sp_vm *vm, sp_val l, sp_val key)
{
    sp_ssize i;
    if (sp_cont_index(vm, key, &i)) {
        if (!sp_cont_fix_index(&i, sp_list_len(l)))
            sp_raise_fmt(vm, vm->e.IndexError, "list index out of range");
        return sp_list_get(l, (size_t)i);
    }
    if (sp_is_slice(vm, key)) {
        sp_ssize start, stop, step;
        sp_slice_unpack(vm, key, &start, &stop, &step);
        size_t n = sp_slice_adjust(sp_list_len(l), &start, &stop, step);
        return sp_list_slice(vm, l, start, stop, step, n);
    }
    sp_raise_fmt(vm, vm->e.TypeError, "list indices must be integers or slices, not %T", key);
}

static sp_val list_getitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val key = sp_cont_onearg(vm, args, kwnames, "list.__getitem__");   /* a real method in CPython */
    return list_getitem(vm, list_self(vm, args, "__getitem__"), key);
}

/* del l[start:stop:step] */
static void list_del_slice(sp_vm *vm, sp_val l, sp_ssize start, sp_ssize step, size_t n)
{
    if (n == 0)
        return;
    if (step < 0) {
        /* Walk it forwards: same set of indices. */
        start = start + step * (sp_ssize)(n - 1);
        step = -step;
    }
    if (step == 1) {
        list_replace(vm, l, (size_t)start, (size_t)start + n, SP_NOVALS);
        return;
    }
    sp_vals all = sp_list_items(l);
    size_t len = all.len, w = (size_t)start, next = (size_t)start;
    size_t removed = 0;
    for (size_t r = (size_t)start; r < len; r++) {
        if (removed < n && r == next) {
            removed++;
            next += (size_t)step;
            continue;
        }
        sp_vals_set(all, w++, sp_vals_get(all, r));
    }
    sp_vals_fill(sp_vals_sub(all, w, len - w), NULL);
    L(l)->len = w;
}

static void list_setitem(sp_vm *vm, sp_val l, sp_val key, sp_val value)
{
    sp_ssize i;
    if (sp_cont_index(vm, key, &i)) {
        if (!sp_cont_fix_index(&i, sp_list_len(l)))
            sp_raise_fmt(vm, vm->e.IndexError, "list assignment index out of range");
        if (value == NULL)
            list_replace(vm, l, (size_t)i, (size_t)i + 1, SP_NOVALS);
        else
            sp_list_set(l, (size_t)i, value);
        return;
    }
    if (!sp_is_slice(vm, key))
        sp_raise_fmt(vm, vm->e.TypeError, "list indices must be integers or slices, not %T", key);
    sp_ssize start, stop, step;
    sp_slice_unpack(vm, key, &start, &stop, &step);
    sp_list_set_slice(vm, l, start, stop, step, value);
}

/* The values a slice assignment to l stores.  An exact list's or tuple's
 * own items, not a copy (fannkuch: the copy was a tenth of its
 * instructions): nothing runs between reading them and storing them --
 * list_replace only allocates, and the collector neither moves objects
 * nor runs finalizers there -- and only l changes.  A snapshot if value
 * is l itself, and anything else collected from its iterator. */
static sp_vals assigned_values(sp_vm *vm, sp_val l, sp_val value)
{
    if (value == l)
        return items_snapshot(vm, l);
    if (items_direct(vm, value))
        return sp_is_list(value) ? sp_list_items(value) : sp_tuple_items(value);
    return values_of(vm, value);
}

void sp_list_set_slice(sp_vm *vm, sp_val l, sp_ssize start, sp_ssize stop, sp_ssize step, sp_val value)
{
    sp_ssize ustart = start, ustop = stop;
    size_t n = sp_slice_adjust(sp_list_len(l), &start, &stop, step);
    if (value == NULL) {
        list_del_slice(vm, l, start, step, n);
        return;
    }
    if (step == 1) {
        sp_vals src;
        if (!sp_is_list(value) && !sp_is_tuple(value)
            && sp_type_lookup(vm, sp_type_of(vm, value), vm->n.__iter__) == NULL
            && sp_type_lookup(vm, sp_type_of(vm, value), vm->n.__getitem__) == NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "can only assign an iterable");
        src = assigned_values(vm, l, value);
        /* The iteration may have changed l: clamp again. */
        size_t len = sp_list_len(l);
        size_t lo = start < 0 ? 0 : (size_t)start;
        if (lo > len)
            lo = len;
        size_t hi = stop < start ? lo : (size_t)stop;
        if (hi > len)
            hi = len;
        if (hi < lo)
            hi = lo;
        list_replace(vm, l, lo, hi, src);
        return;
    }
    if (!sp_is_list(value) && !sp_is_tuple(value)
        && sp_type_lookup(vm, sp_type_of(vm, value), vm->n.__iter__) == NULL
        && sp_type_lookup(vm, sp_type_of(vm, value), vm->n.__getitem__) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "must assign iterable to extended slice");
    sp_vals src = assigned_values(vm, l, value);
    if (src.len != n)
        sp_raise_fmt(vm, vm->e.ValueError, "attempt to assign sequence of size %zu to extended slice of size %zu", src.len, n);
    if (n == 0)
        return;
    /* values_of may have run code that resized l.  CPython stores at the
     * indices computed before, which is right while they all still exist
     * (the list grew); if the list shrank below them (CPython writes out of
     * bounds), recompute against the current length. */
    size_t cur = sp_list_len(l);
    sp_ssize last = start + step * (sp_ssize)(n - 1);
    if ((size_t)start >= cur || last < 0 || (size_t)last >= cur) {
        start = ustart;
        stop = ustop;
        n = sp_slice_adjust(cur, &start, &stop, step);
    }
    if (src.len != n)
        sp_raise_fmt(vm, vm->e.ValueError, "attempt to assign sequence of size %zu to extended slice of size %zu", src.len, n);
    sp_vals all = sp_list_items(l);
    sp_ssize j = start;
    for (size_t k = 0; k < n; k++, j += step)
        sp_vals_set(all, (size_t)j, sp_vals_get(src, k));
}

static sp_val list_setitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    list_setitem(vm, list_self(vm, args, "__setitem__"), sp_vals_get(args, 1), sp_vals_get(args, 2));
    return vm->None;
}

static sp_val list_delitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val key = sp_vals_get(args, 1);
    list_setitem(vm, list_self(vm, args, "__delitem__"), key, NULL);
    return vm->None;
}

sp_val sp_list_append_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val v = sp_cont_onearg(vm, args, kwnames, "list.append");
    sp_list_append(vm, list_self(vm, args, "append"), v);
    return vm->None;
}

static sp_val list_extend_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val v = sp_cont_onearg(vm, args, kwnames, "list.extend");
    sp_list_extend(vm, list_self(vm, args, "extend"), v);
    return vm->None;
}

/* A Py_ssize_t argument as CPython's argument clinic converts it. */
static sp_ssize ssize_arg(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v))
        return (sp_ssize)sp_small_get(v);
    sp_val r = sp_index(vm, v);
    int64_t n;
    if (!sp_int_to_i64(r, &n) || n > (int64_t)PTRDIFF_MAX || n < (int64_t)PTRDIFF_MIN)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C ssize_t");
    return (sp_ssize)n;
}

/* One optional start/stop argument of list.index and tuple.index: a
 * slice index (None refused, huge values clamped), made relative to len
 * as CPython does -- a stop may stay beyond len. */
static sp_ssize index_bound(sp_vm *vm, sp_vals args, size_t i, size_t len, sp_ssize dflt)
{
    if (args.len <= i)
        return dflt;
    sp_val v = sp_vals_get(args, i);
    if (!sp_is_int(v) && sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "slice indices must be integers or have an __index__ method");
    sp_ssize x = sp_index_clamped(vm, v);
    if (x < 0) {
        x += (sp_ssize)len;
        if (x < 0)
            x = 0;
    }
    return x;
}

void sp_seq_index_bounds(sp_vm *vm, sp_vals args, size_t len, size_t *start, size_t *stop)
{
    *start = (size_t)index_bound(vm, args, 2, len, 0);
    /* Without a stop the search runs to the live end: CPython's default
     * stop is sys.maxsize, so items an __eq__ appends are searched too. */
    *stop = (size_t)index_bound(vm, args, 3, len, PTRDIFF_MAX);
}

static sp_val list_insert_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nargs(vm, args, kwnames, "list.insert", 2, 2);
    sp_val l = list_self(vm, args, "insert");
    sp_val iv = sp_vals_get(args, 1);
    sp_ssize i = ssize_arg(vm, iv);
    sp_ssize n = (sp_ssize)sp_list_len(l);
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    sp_val v = sp_vals_get(args, 2);
    list_replace(vm, l, (size_t)i, (size_t)i, SP_ONE(sp_vals, v));
    return vm->None;
}

static sp_val list_pop_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nargs(vm, args, kwnames, "list.pop", 0, 1);
    sp_val l = list_self(vm, args, "pop");
    if (args.len == 1)
        return sp_list_pop(vm, l);
    sp_val iv = sp_vals_get(args, 1);
    sp_ssize i = ssize_arg(vm, iv);
    size_t n = sp_list_len(l);
    if (n == 0)
        sp_raise_fmt(vm, vm->e.IndexError, "pop from empty list");
    if (!sp_cont_fix_index(&i, n))
        sp_raise_fmt(vm, vm->e.IndexError, "pop index out of range");
    sp_val v = sp_list_get(l, (size_t)i);
    list_replace(vm, l, (size_t)i, (size_t)i + 1, SP_NOVALS);
    return v;
}

static sp_val list_remove_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val v = sp_cont_onearg(vm, args, kwnames, "list.remove");
    sp_val l = list_self(vm, args, "remove");
    for (size_t i = 0; i < sp_list_len(l); i++) {
        if (sp_eq(vm, sp_list_get(l, i), v)) {
            /* __eq__ may have shrunk the list. */
            if (i < sp_list_len(l))
                list_replace(vm, l, i, i + 1, SP_NOVALS);
            return vm->None;
        }
    }
    sp_raise_fmt(vm, vm->e.ValueError, "list.remove(x): x not in list");
}

static sp_val list_index_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nargs(vm, args, kwnames, "list.index", 1, 3);
    sp_val l = list_self(vm, args, "index");
    sp_val v = sp_vals_get(args, 1);
    size_t start, stop;
    sp_seq_index_bounds(vm, args, sp_list_len(l), &start, &stop);
    for (size_t i = start; i < stop && i < sp_list_len(l); i++)
        if (sp_eq(vm, sp_list_get(l, i), v))
            return sp_cont_size(vm, i);
    sp_raise_fmt(vm, vm->e.ValueError, "%R is not in list", v);
}

static sp_val list_count_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val v = sp_cont_onearg(vm, args, kwnames, "list.count");
    sp_val l = list_self(vm, args, "count");
    size_t c = 0;
    for (size_t i = 0; i < sp_list_len(l); i++)
        if (sp_eq(vm, sp_list_get(l, i), v))
            c++;
    return sp_cont_size(vm, c);
}

static sp_val list_clear_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "list.clear");
    sp_val l = list_self(vm, args, "clear");
    /* Clearing an empty list changes nothing (and so isn't "list modified
     * during sort", as in CPython). */
    if (L(l)->len == 0)
        return vm->None;
    L(l)->items = NULL;
    L(l)->len = 0;
    L(l)->head = 0;
    return vm->None;
}

static sp_val list_copy_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "list.copy");
    sp_val l = list_self(vm, args, "copy");
    return sp_list_from(vm, items_snapshot(vm, l));
}

static void vals_reverse(sp_vals v)
{
    if (v.len < 2)
        return;
    for (size_t i = 0, j = v.len - 1; i < j; i++, j--) {
        sp_val t = sp_vals_get(v, i);
        sp_vals_set(v, i, sp_vals_get(v, j));
        sp_vals_set(v, j, t);
    }
}

static sp_val list_reverse_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "list.reverse");
    vals_reverse(sp_list_items(list_self(vm, args, "reverse")));
    return vm->None;
}

static sp_val list_sort_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val l = list_self(vm, args, "sort");
    size_t nkw = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    if (args.len - 1 > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "sort() takes at most 2 arguments (%zu given)", args.len - 1);
    if (args.len - nkw > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "sort() takes no positional arguments");
    sp_val key = NULL, rev = NULL;
    for (size_t i = 0; i < nkw; i++) {
        sp_val name = sp_tuple_get(kwnames, i);
        sp_val v = sp_vals_get(args, args.len - nkw + i);
        if (sp_str_eq_cstr(name, "key"))
            key = v;
        else if (sp_str_eq_cstr(name, "reverse"))
            rev = v;
        else
            sp_raise_fmt(vm, vm->e.TypeError, "'%U' is an invalid keyword argument for sort()", name);
    }
    if (key == vm->None)
        key = NULL;
    bool reverse = false;
    if (rev != NULL) {
        if (sp_is_float(rev))
            sp_raise_fmt(vm, vm->e.TypeError, "'float' object cannot be interpreted as an integer");
        sp_val r = sp_index(vm, rev);
        reverse = sp_int_sign(r) != 0;
    }
    sp_list_sort(vm, l, key, reverse);
    return vm->None;
}

static sp_val list_iter_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_list_iter_new(vm, list_self(vm, args, "__iter__"));
}

static sp_val list_reversed_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "list.__reversed__");
    sp_val l = list_self(vm, args, "__reversed__");
    sp_seqiter_obj *it = (sp_seqiter_obj *)sp_alloc(vm, vm->t.list_reverseiterator, sizeof(sp_seqiter_obj));
    it->seq = l;
    it->index = (sp_ssize)sp_list_len(l) - 1;
    return (sp_val)it;
}

static sp_val list_contains_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val v = sp_vals_get(args, 1);
    return sp_bool(vm, sp_cont_seq_contains(vm, list_self(vm, args, "__contains__"), sp_cont_list_items, v));
}

static sp_val list_cmp(sp_vm *vm, sp_vals args, sp_val kwnames, sp_cmpop op, const char *name)
{
    sp_val a = list_self(vm, args, name);
    sp_val b = sp_vals_get(args, 1);
    if (!sp_is_list(b))
        return vm->NotImplemented;
    sp_check_stack(vm);
    return sp_cont_seq_richcmp(vm, a, b, sp_cont_list_items, op);
}

static sp_val list_eq_m(sp_vm *vm, sp_vals a, sp_val k) { return list_cmp(vm, a, k, SP_EQ, "__eq__"); }
static sp_val list_ne_m(sp_vm *vm, sp_vals a, sp_val k) { return list_cmp(vm, a, k, SP_NE, "__ne__"); }
static sp_val list_lt_m(sp_vm *vm, sp_vals a, sp_val k) { return list_cmp(vm, a, k, SP_LT, "__lt__"); }
static sp_val list_le_m(sp_vm *vm, sp_vals a, sp_val k) { return list_cmp(vm, a, k, SP_LE, "__le__"); }
static sp_val list_gt_m(sp_vm *vm, sp_vals a, sp_val k) { return list_cmp(vm, a, k, SP_GT, "__gt__"); }
static sp_val list_ge_m(sp_vm *vm, sp_vals a, sp_val k) { return list_cmp(vm, a, k, SP_GE, "__ge__"); }

static sp_val list_add_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val b = sp_vals_get(args, 1);
    sp_val a = list_self(vm, args, "__add__");
    if (!sp_is_list(b)) {
        if (reflected_first(vm, b, vm->n.__radd__))
            return vm->NotImplemented;
        sp_raise_fmt(vm, vm->e.TypeError, "can only concatenate list (not \"%T\") to list", b);
    }
    size_t la = sp_list_len(a), lb = sp_list_len(b);
    sp_val r = sp_list_new(vm, sp_size_add_or_raise(vm, la, lb));
    list_replace(vm, r, 0, 0, sp_list_items(a));
    list_replace(vm, r, la, la, sp_list_items(b));
    return r;
}

static sp_val list_iadd_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val b = sp_vals_get(args, 1);
    sp_val a = list_self(vm, args, "__iadd__");
    sp_list_extend(vm, a, b);
    return a;
}

static bool repeat_count(sp_vm *vm, sp_val n, sp_ssize *out)
{
    if (!sp_is_int(n) && sp_type_lookup(vm, sp_type_of(vm, n), vm->n.__index__) == NULL)
        return false;
    sp_ssize k = sp_is_small(n) ? (sp_ssize)sp_small_get(n) : sp_index_ssize(vm, n);
    *out = k < 0 ? 0 : k;
    return true;
}

/* The items of l repeated k times, as a new span. */
static sp_vals repeated(sp_vm *vm, sp_val l, size_t k)
{
    size_t la = sp_list_len(l), total;
    if (!sp_size_mul(la, k, &total) || total > (size_t)PTRDIFF_MAX / sizeof(sp_val))
        sp_raise_memory(vm);
    if (total == 0)
        return SP_NOVALS;
    sp_valarray *a = sp_valarray_new(vm, total);
    sp_vals dst = sp_vals_sub(sp_valarray_span(a), 0, total);
    sp_vals src = sp_list_items(l);
    if (src.len * k != total)
        return SP_NOVALS;
    for (size_t i = 0; i < k; i++)
        sp_vals_copy(sp_vals_sub(dst, i * la, la), src);
    return dst;
}

static sp_val list_repeat(sp_vm *vm, sp_vals args, sp_val kwnames, const char *name)
{
    sp_val n = sp_vals_get(args, 1);
    sp_val l = list_self(vm, args, "__mul__");
    sp_ssize k;
    if (!repeat_count(vm, n, &k)) {
        if (reflected_first(vm, n, vm->n.__rmul__))
            return vm->NotImplemented;
        sp_raise_fmt(vm, vm->e.TypeError, "can't multiply sequence by non-int of type '%T'", n);
    }
    return sp_list_from(vm, repeated(vm, l, (size_t)k));
}

static sp_val list_mul_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return list_repeat(vm, args, kwnames, "__mul__"); }
static sp_val list_rmul_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return list_repeat(vm, args, kwnames, "__rmul__"); }

static sp_val list_imul_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val n = sp_vals_get(args, 1);
    sp_val l = list_self(vm, args, "__imul__");
    sp_ssize k;
    if (!repeat_count(vm, n, &k))
        sp_raise_fmt(vm, vm->e.TypeError, "can't multiply sequence by non-int of type '%T'", n);
    sp_vals v = repeated(vm, l, (size_t)k);
    list_replace(vm, l, 0, sp_list_len(l), v);
    return l;
}

static sp_val list_repr_body(sp_vm *vm, sp_val l)
{
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 16);
    sp_strbuf_add_cstr(vm, &b, "[");
    sp_cont_repr_items(vm, &b, l, sp_cont_list_items);
    sp_strbuf_add_cstr(vm, &b, "]");
    return sp_strbuf_finish(vm, &b);
}

static sp_val list_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val l = list_self(vm, args, "__repr__");
    if (sp_list_len(l) == 0)
        return sp_str_from_cstr(vm, "[]");
    return sp_cont_guarded_repr(vm, l, "[...]", list_repr_body);
}

static sp_val list_class_getitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_cont_class_getitem(vm, args, kwnames);
}

static const sp_methoddef list_methods[] = {
    { "__new__", list_new_m, SP_METH_STATIC, NULL },
    { "__init__", list_init_m, 0, NULL },
    { "__len__", list_len_m, 0, NULL },
    { "__getitem__", list_getitem_m, 0, NULL },
    { "__setitem__", list_setitem_m, 0, NULL },
    { "__delitem__", list_delitem_m, 0, NULL },
    { "__iter__", list_iter_m, 0, NULL },
    { "__reversed__", list_reversed_m, 0, NULL },
    { "__contains__", list_contains_m, 0, NULL },
    { "__eq__", list_eq_m, 0, NULL },
    { "__ne__", list_ne_m, 0, NULL },
    { "__lt__", list_lt_m, 0, NULL },
    { "__le__", list_le_m, 0, NULL },
    { "__gt__", list_gt_m, 0, NULL },
    { "__ge__", list_ge_m, 0, NULL },
    { "__add__", list_add_m, 0, NULL },
    { "__iadd__", list_iadd_m, 0, NULL },
    { "__mul__", list_mul_m, 0, NULL },
    { "__rmul__", list_rmul_m, 0, NULL },
    { "__imul__", list_imul_m, 0, NULL },
    { "__repr__", list_repr_m, 0, NULL },
    { "append", sp_list_append_m, 0, NULL },
    { "extend", list_extend_m, 0, NULL },
    { "insert", list_insert_m, 0, NULL },
    { "pop", list_pop_m, 0, NULL },
    { "remove", list_remove_m, 0, NULL },
    { "index", list_index_m, 0, NULL },
    { "count", list_count_m, 0, NULL },
    { "clear", list_clear_m, 0, NULL },
    { "copy", list_copy_m, 0, NULL },
    { "reverse", list_reverse_m, 0, NULL },
    { "sort", list_sort_m, 0, NULL },
    { "__class_getitem__", list_class_getitem_m, SP_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_list_def = {
    .name = "list",
    .layout = SP_LAYOUT_LIST,
    .size = sizeof(sp_list_obj),
    .trace = list_trace,
    .methods = list_methods,
    .flags = SP_TF_BASETYPE,
    .doc = "Built-in mutable sequence.",
};

/* ---- iterators -------------------------------------------------------------*/

static void seqiter_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((sp_seqiter_obj *)o)->seq);
}

sp_val sp_list_iter_new(sp_vm *vm, sp_val l)
{
    sp_seqiter_obj *it = (sp_seqiter_obj *)sp_alloc(vm, vm->t.list_iterator, sizeof(sp_seqiter_obj));
    it->seq = l;
    it->index = 0;
    return (sp_val)it;
}

sp_val sp_list_iter_next(sp_vm *vm, sp_val self)
{
    /* The exact type compared is the check (sp_cont_iternext has just
     * made it); anything else goes through the checked downcast. */
    sp_seqiter_obj *it = sp_is_ptr(self) && self->type == vm->t.list_iterator
                             ? (sp_seqiter_obj *)self
                             : SP_CONT_AS(sp_seqiter_obj, self, sp_list_iterator_def);
    if (it->seq == NULL)
        return NULL;
    sp_vals items = sp_list_items(it->seq);
    if ((size_t)it->index < items.len)
        return sp_vals_get(items, (size_t)it->index++);
    it->seq = NULL;
    return NULL;
}

sp_val sp_list_reviter_next(sp_vm *vm, sp_val self)
{
    sp_seqiter_obj *it = SP_CONT_AS(sp_seqiter_obj, self, sp_list_reverseiterator_def);
    if (it->seq == NULL)
        return NULL;
    if (it->index >= 0 && (size_t)it->index < sp_list_len(it->seq))
        return sp_list_get(it->seq, (size_t)it->index--);
    it->seq = NULL;
    return NULL;
}

static sp_val iter_self_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_vals_get(args, 0);
}

static sp_val listiter_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val r = sp_list_iter_next(vm, sp_vals_get(args, 0));
    if (r == NULL)
        sp_cont_stop(vm);
    return r;
}

static sp_val listreviter_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val r = sp_list_reviter_next(vm, sp_vals_get(args, 0));
    if (r == NULL)
        sp_cont_stop(vm);
    return r;
}

static sp_val listiter_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "list_iterator.__length_hint__");
    sp_seqiter_obj *it = SP_CONT_AS(sp_seqiter_obj, sp_vals_get(args, 0), sp_list_iterator_def);
    size_t n = 0;
    if (it->seq != NULL && (size_t)it->index < sp_list_len(it->seq))
        n = sp_list_len(it->seq) - (size_t)it->index;
    return sp_cont_size(vm, n);
}

static sp_val listreviter_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "list_reverseiterator.__length_hint__");
    sp_seqiter_obj *it = SP_CONT_AS(sp_seqiter_obj, sp_vals_get(args, 0), sp_list_reverseiterator_def);
    size_t n = 0;
    if (it->seq != NULL && it->index >= 0 && (size_t)it->index < sp_list_len(it->seq))
        n = (size_t)it->index + 1;
    return sp_cont_size(vm, n);
}

static const sp_methoddef listiter_methods[] = {
    { "__iter__", iter_self_m, 0, NULL },
    { "__next__", listiter_next_m, 0, NULL },
    { "__length_hint__", listiter_len_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_methoddef listreviter_methods[] = {
    { "__iter__", iter_self_m, 0, NULL },
    { "__next__", listreviter_next_m, 0, NULL },
    { "__length_hint__", listreviter_len_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_list_iterator_def = {
    .name = "list_iterator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_seqiter_obj),
    .trace = seqiter_trace,
    .methods = listiter_methods,
    .flags = SP_TF_NOINSTANCE,
};

const sp_typedef sp_list_reverseiterator_def = {
    .name = "list_reverseiterator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_seqiter_obj),
    .trace = seqiter_trace,
    .methods = listreviter_methods,
    .flags = SP_TF_NOINSTANCE,
};

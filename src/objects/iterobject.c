/* The iterator types: enumerate, zip, map, filter, reversed, the
 * __getitem__ sequence iterator ("iterator") and iter(f, sentinel)
 * ("callable_iterator"). */
#include "objects/cont.h"

typedef struct enum_obj {
    sp_obj h;
    sp_val it;
    int64_t count;      /* while count_big == NULL */
    sp_val count_big;   /* Python int once past int64 (or started there) */
} enum_obj;

typedef struct zip_obj {
    sp_obj h;
    sp_val its;         /* tuple of iterators; NULL once exhausted */
    bool strict;
} zip_obj;

typedef struct map_obj {
    sp_obj h;
    sp_val func;
    sp_val its;         /* tuple of iterators */
} map_obj;

typedef struct filter_obj {
    sp_obj h;
    sp_val func;        /* None: truth of the item */
    sp_val it;
} filter_obj;

typedef struct calliter_obj {
    sp_obj h;
    sp_val func;        /* NULL once exhausted */
    sp_val sentinel;
} calliter_obj;

static void enum_trace(sp_heap *h, sp_obj *o)
{
    enum_obj *e = (enum_obj *)o;
    sp_gc_mark(h, e->it);
    sp_gc_mark(h, e->count_big);
}

static void zip_trace(sp_heap *h, sp_obj *o) { sp_gc_mark(h, ((zip_obj *)o)->its); }

static void map_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((map_obj *)o)->func);
    sp_gc_mark(h, ((map_obj *)o)->its);
}

static void filter_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((filter_obj *)o)->func);
    sp_gc_mark(h, ((filter_obj *)o)->it);
}

static void seqiter_trace(sp_heap *h, sp_obj *o) { sp_gc_mark(h, ((sp_seqiter_obj *)o)->seq); }

static void calliter_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((calliter_obj *)o)->func);
    sp_gc_mark(h, ((calliter_obj *)o)->sentinel);
}

static sp_val iter_self_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_vals_get(args, 0);
}

/* Split __new__'s args (after cls) into positionals and named values. */
static size_t npositional(sp_vals args, sp_val kwnames)
{
    return args.len - 1 - (kwnames != NULL ? sp_tuple_len(kwnames) : 0);
}


static sp_obj *alloc_of(sp_vm *vm, sp_type *cls, sp_type *base, size_t size)
{
    return cls == base ? sp_alloc(vm, cls, size) : sp_as_layout(sp_alloc_instance(vm, cls), SP_LAYOUT_OTHER, "iterator");
}

/* ---- enumerate ----------------------------------------------------------------*/

static sp_val enum_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_new_cls(vm, args, vm->t.enumerate);
    size_t np = npositional(args, kwnames);
    sp_val iterable = np >= 1 ? sp_vals_get(args, 1) : NULL;
    sp_val start = np >= 2 ? sp_vals_get(args, 2) : NULL;
    if (args.len - 1 > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "enumerate() takes at most 2 arguments (%zu given)", args.len - 1);
    for (size_t i = 0; kwnames != NULL && i < sp_tuple_len(kwnames); i++) {
        sp_val name = sp_tuple_get(kwnames, i);
        sp_val v = sp_vals_get(args, 1 + np + i);
        if (sp_str_eq_cstr(name, "iterable") && iterable == NULL)
            iterable = v;
        else if (sp_str_eq_cstr(name, "start") && start == NULL)
            start = v;
        else
            sp_raise_fmt(vm, vm->e.TypeError, "'%U' is an invalid keyword argument for enumerate()", name);
    }
    if (iterable == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "enumerate() missing required argument 'iterable'");
    sp_val count_big = NULL;
    int64_t count = 0;
    if (start != NULL) {
        sp_val s = sp_is_small(start) ? start : sp_index(vm, start);
        if (!sp_int_to_i64(s, &count))
            count_big = s;
    }
    sp_val it = sp_iter(vm, iterable);
    enum_obj *e = (enum_obj *)alloc_of(vm, cls, vm->t.enumerate, sizeof(enum_obj));
    e->it = it;
    e->count = count;
    e->count_big = count_big;
    return (sp_val)e;
}

/* The next item of an iterator an enumerate or zip walks: lists and
 * small ranges inline (cont.h), the other built-in iterators without
 * StopIteration, anything else through __next__.  NULL at the end. */
static inline sp_val inner_next(sp_vm *vm, sp_val it)
{
    sp_val v;
    if (sp_cont_for_iter(vm, it, &v))
        return v;
    /* The inner iterator may be another enumerate or zip stepped here
     * without a __next__ call: a deep nest recurses in C. */
    sp_check_stack(vm);
    return sp_cont_next(vm, it);
}

/* enumerate's index for its next item, the counter advanced (a Python
 * int past int64). */
static sp_val enum_index(sp_vm *vm, enum_obj *e)
{
    sp_val idx;
    if (e->count_big == NULL) {
        idx = sp_cont_i64(vm, e->count);
        if (e->count == INT64_MAX)
            e->count_big = sp_int_add(vm, idx, sp_small(1));
        else
            e->count++;
    } else {
        idx = e->count_big;
        e->count_big = sp_int_add(vm, idx, sp_small(1));
    }
    return idx;
}

/* enumerate's step: the index and the item, false at the end. */
static inline bool enum_step(sp_vm *vm, enum_obj *e, sp_val *idx, sp_val *item)
{
    sp_val v = inner_next(vm, e->it);
    if (v == NULL)
        return false;
    *item = v;
    if (e->count_big == NULL && sp_fits_small(e->count)) {
        *idx = sp_small(e->count);
        e->count++;     /* below SP_SMALL_MAX: no overflow */
    } else {
        *idx = enum_index(vm, e);
    }
    return true;
}

static sp_val enum_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    enum_obj *e = SP_CONT_AS(enum_obj, sp_vals_get(args, 0), sp_enumerate_def);
    sp_val idx, item;
    if (!enum_step(vm, e, &idx, &item))
        sp_cont_stop(vm);
    return sp_tuple_pack2(vm, idx, item);
}

static const sp_methoddef enum_methods[] = {
    { "__new__", enum_new_m, SP_METH_STATIC, NULL },
    { "__class_getitem__", sp_cont_class_getitem, SP_METH_CLASS, NULL },
    { "__iter__", iter_self_m, 0, NULL },
    { "__next__", enum_next_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_enumerate_def = {
    .name = "enumerate", .layout = SP_LAYOUT_OTHER, .size = sizeof(enum_obj),
    .trace = enum_trace, .methods = enum_methods, .flags = SP_TF_BASETYPE,
};

/* ---- zip ---------------------------------------------------------------------------*/

static sp_val iters_of(sp_vm *vm, sp_vals src)
{
    sp_val t = sp_tuple_new(vm, src.len);
    for (size_t i = 0; i < src.len; i++)
        sp_tuple_set(t, i, sp_iter(vm, sp_vals_get(src, i)));
    return t;
}

static sp_val zip_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_new_cls(vm, args, vm->t.zip);
    size_t np = npositional(args, kwnames);
    bool strict = false;
    if (kwnames != NULL && sp_tuple_len(kwnames) > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "zip() takes at most 1 keyword argument (%zu given)", sp_tuple_len(kwnames));
    for (size_t i = 0; kwnames != NULL && i < sp_tuple_len(kwnames); i++) {
        sp_val name = sp_tuple_get(kwnames, i);
        if (!sp_str_eq_cstr(name, "strict"))
            sp_raise_fmt(vm, vm->e.TypeError, "'%U' is an invalid keyword argument for zip()", name);
        strict = sp_truthy(vm, sp_vals_get(args, 1 + np + i));
    }
    sp_val its = iters_of(vm, sp_vals_sub(args, 1, np));
    zip_obj *z = (zip_obj *)alloc_of(vm, cls, vm->t.zip, sizeof(zip_obj));
    z->its = its;
    z->strict = strict;
    return (sp_val)z;
}

_Noreturn static void zip_mismatch(sp_vm *vm, size_t i, bool longer)
{
    if (i == 1)
        sp_raise_fmt(vm, vm->e.ValueError, "zip() argument 2 is %s than argument 1", longer ? "longer" : "shorter");
    sp_raise_fmt(vm, vm->e.ValueError, "zip() argument %zu is %s than arguments 1-%zu", i + 1, longer ? "longer" : "shorter", i);
}

/* Iterator i of zip z had no item: with strict=True, CPython's
 * ValueError if the others don't end there too; else just the end. */
static void zip_ended(sp_vm *vm, zip_obj *z, sp_val its, size_t i)
{
    if (!z->strict)
        return;
    if (i > 0)
        zip_mismatch(vm, i, false);
    for (size_t j = 1; j < sp_tuple_len(its); j++) {
        if (inner_next(vm, sp_tuple_get(its, j)) != NULL)
            zip_mismatch(vm, j, true);
    }
}

/* zip's step: the tuple of the next items, NULL at the end.  No
 * "exhausted" mark: like CPython, every step asks the iterators again
 * (one may resume after StopIteration). */
static sp_val zip_step(sp_vm *vm, zip_obj *z)
{
    sp_val its = z->its;
    size_t n = sp_tuple_len(its);
    if (n == 0)
        return NULL;
    sp_val r = sp_tuple_new(vm, n);
    for (size_t i = 0; i < n; i++) {
        sp_val v = inner_next(vm, sp_tuple_get(its, i));
        if (v == NULL) {
            zip_ended(vm, z, its, i);
            return NULL;
        }
        sp_tuple_set(r, i, v);
    }
    return r;
}

static sp_val zip_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val r = zip_step(vm, SP_CONT_AS(zip_obj, sp_vals_get(args, 0), sp_zip_def));
    if (r == NULL)
        sp_cont_stop(vm);
    return r;
}

static const sp_methoddef zip_methods[] = {
    { "__new__", zip_new_m, SP_METH_STATIC, NULL },
    { "__iter__", iter_self_m, 0, NULL },
    { "__next__", zip_next_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_zip_def = {
    .name = "zip", .layout = SP_LAYOUT_OTHER, .size = sizeof(zip_obj),
    .trace = zip_trace, .methods = zip_methods, .flags = SP_TF_BASETYPE,
};

/* ---- map -----------------------------------------------------------------------------*/

/* map/filter/reversed refuse keywords unless a subclass has its own
 * __init__ to take them (CPython compares tp_init). */
static bool overrides_init(sp_vm *vm, sp_type *cls, sp_type *base)
{
    return cls != base && sp_type_lookup(vm, cls, vm->n.__init__) != sp_type_lookup(vm, base, vm->n.__init__);
}

static sp_val map_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_new_cls(vm, args, vm->t.map);
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0 && !overrides_init(vm, cls, vm->t.map))
        sp_raise_fmt(vm, vm->e.TypeError, "map() takes no keyword arguments");
    size_t np = npositional(args, kwnames);
    if (np < 2)
        sp_raise_fmt(vm, vm->e.TypeError, "map() must have at least two arguments.");
    sp_val its = iters_of(vm, sp_vals_sub(args, 2, np - 1));
    map_obj *m = (map_obj *)alloc_of(vm, cls, vm->t.map, sizeof(map_obj));
    m->func = sp_vals_get(args, 1);
    m->its = its;
    return (sp_val)m;
}

static sp_val map_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    map_obj *m = SP_CONT_AS(map_obj, sp_vals_get(args, 0), sp_map_def);
    size_t n = sp_tuple_len(m->its);
    if (n == 1) {
        sp_val v = sp_cont_next(vm, sp_tuple_get(m->its, 0));
        if (v == NULL)
            sp_cont_stop(vm);
        return sp_call1(vm, m->func, v);
    }
    sp_val a = sp_tuple_new(vm, n);
    for (size_t i = 0; i < n; i++) {
        sp_val v = sp_cont_next(vm, sp_tuple_get(m->its, i));
        if (v == NULL)
            sp_cont_stop(vm);
        sp_tuple_set(a, i, v);
    }
    return sp_call(vm, m->func, sp_tuple_items(a), NULL);
}

static const sp_methoddef map_methods[] = {
    { "__new__", map_new_m, SP_METH_STATIC, NULL },
    { "__iter__", iter_self_m, 0, NULL },
    { "__next__", map_next_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_map_def = {
    .name = "map", .layout = SP_LAYOUT_OTHER, .size = sizeof(map_obj),
    .trace = map_trace, .methods = map_methods, .flags = SP_TF_BASETYPE,
};

/* ---- filter --------------------------------------------------------------------------*/

static sp_val filter_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_new_cls(vm, args, vm->t.filter);
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0 && !overrides_init(vm, cls, vm->t.filter))
        sp_raise_fmt(vm, vm->e.TypeError, "filter() takes no keyword arguments");
    size_t np = npositional(args, kwnames);
    if (np != 2)
        sp_raise_fmt(vm, vm->e.TypeError, "filter expected 2 arguments, got %zu", np);
    sp_val it = sp_iter(vm, sp_vals_get(args, 2));
    filter_obj *f = (filter_obj *)alloc_of(vm, cls, vm->t.filter, sizeof(filter_obj));
    f->func = sp_vals_get(args, 1);
    f->it = it;
    return (sp_val)f;
}

static sp_val filter_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    filter_obj *f = SP_CONT_AS(filter_obj, sp_vals_get(args, 0), sp_filter_def);
    bool plain = f->func == vm->None || f->func == (sp_val)vm->t.bool_;
    for (;;) {
        sp_val v = sp_cont_next(vm, f->it);
        if (v == NULL)
            sp_cont_stop(vm);
        bool ok = plain ? sp_truthy(vm, v) : sp_truthy(vm, sp_call1(vm, f->func, v));
        if (ok)
            return v;
    }
}

static const sp_methoddef filter_methods[] = {
    { "__new__", filter_new_m, SP_METH_STATIC, NULL },
    { "__iter__", iter_self_m, 0, NULL },
    { "__next__", filter_next_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_filter_def = {
    .name = "filter", .layout = SP_LAYOUT_OTHER, .size = sizeof(filter_obj),
    .trace = filter_trace, .methods = filter_methods, .flags = SP_TF_BASETYPE,
};

/* ---- reversed ------------------------------------------------------------------------*/

static sp_val reversed_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_new_cls(vm, args, vm->t.reversed);
    if (!overrides_init(vm, cls, vm->t.reversed))
        sp_cont_nokw(vm, kwnames, "reversed");
    size_t np = npositional(args, kwnames);
    if (np != 1)
        sp_raise_fmt(vm, vm->e.TypeError, "reversed expected 1 argument, got %zu", np);
    sp_val seq = sp_vals_get(args, 1);
    sp_type *t = sp_type_of(vm, seq);
    /* Only reversed itself defers to __reversed__ (as CPython); a subclass
     * always walks the sequence backwards. */
    if (cls == vm->t.reversed) {
        sp_val rev = sp_type_lookup(vm, t, vm->n.__reversed__);
        if (rev == vm->None)
            sp_raise_fmt(vm, vm->e.TypeError, "'%T' object is not reversible", seq);
        if (rev != NULL)
            return sp_call_special(vm, seq, vm->n.__reversed__, SP_NOVALS);
    }
    /* PySequence_Check: __getitem__, and not a dict.  len() then gives
     * its own error for a missing __len__. */
    sp_val gi = sp_type_lookup(vm, t, vm->n.__getitem__);
    if (sp_is_dict(seq) || gi == NULL || gi == vm->None)
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object is not reversible", seq);
    size_t n = sp_len(vm, seq);
    sp_seqiter_obj *r = (sp_seqiter_obj *)alloc_of(vm, cls, vm->t.reversed, sizeof(sp_seqiter_obj));
    r->seq = seq;
    r->index = (sp_ssize)n - 1;
    return (sp_val)r;
}

/* seq[i], or NULL if it raised IndexError or StopIteration. */
static sp_val getitem_or_end(sp_vm *vm, sp_val seq, sp_ssize i)
{
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        sp_val v = sp_getitem(vm, seq, sp_cont_i64(vm, i));
        sp_handler_pop(vm, &h);
        return v;
    }
    sp_val exc = vm->exc;
    if (sp_exc_matches(vm, exc, vm->e.IndexError) || sp_exc_matches(vm, exc, vm->e.StopIteration))
        return NULL;
    sp_raise(vm, exc);
}

/* reversed's step, NULL at the end.  An exact tuple is read directly
 * (its __getitem__ can't be replaced); anything else through
 * __getitem__, whose IndexError or StopIteration ends it. */
static sp_val reversed_step(sp_vm *vm, sp_seqiter_obj *r)
{
    if (r->seq == NULL || r->index < 0) {
        r->seq = NULL;
        return NULL;
    }
    sp_val v;
    if (sp_is_ptr(r->seq) && r->seq->type == vm->t.tuple) {
        sp_vals items = sp_tuple_items(r->seq);
        v = (size_t)r->index < items.len ? sp_vals_get(items, (size_t)r->index) : NULL;
    } else {
        v = getitem_or_end(vm, r->seq, r->index);
    }
    if (v == NULL) {
        r->seq = NULL;
        r->index = -1;
        return NULL;
    }
    r->index--;
    return v;
}

static sp_val reversed_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_seqiter_obj *r = SP_CONT_AS(sp_seqiter_obj, sp_vals_get(args, 0), sp_reversed_def);
    sp_val v = reversed_step(vm, r);
    if (v == NULL)
        sp_cont_stop(vm);
    return v;
}

static sp_val reversed_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "reversed.__length_hint__");
    sp_seqiter_obj *r = SP_CONT_AS(sp_seqiter_obj, sp_vals_get(args, 0), sp_reversed_def);
    if (r->seq == NULL)
        return sp_small(0);
    size_t n = sp_len(vm, r->seq);
    return sp_cont_size(vm, (size_t)r->index + 1 <= n ? (size_t)(r->index + 1) : 0);
}

static const sp_methoddef reversed_methods[] = {
    { "__new__", reversed_new_m, SP_METH_STATIC, NULL },
    { "__iter__", iter_self_m, 0, NULL },
    { "__next__", reversed_next_m, 0, NULL },
    { "__length_hint__", reversed_len_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_reversed_def = {
    .name = "reversed", .layout = SP_LAYOUT_OTHER, .size = sizeof(sp_seqiter_obj),
    .trace = seqiter_trace, .methods = reversed_methods, .flags = SP_TF_BASETYPE,
};

/* ---- iterator: iter() over __getitem__ -------------------------------------------*/

sp_val sp_seqiter_new(sp_vm *vm, sp_val seq)
{
    sp_seqiter_obj *it = (sp_seqiter_obj *)sp_alloc(vm, vm->t.iterator, sizeof(sp_seqiter_obj));
    it->seq = seq;
    it->index = 0;
    return (sp_val)it;
}

static sp_val seqiter_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_seqiter_obj *it = SP_CONT_AS(sp_seqiter_obj, sp_vals_get(args, 0), sp_iterator_def);
    if (it->seq == NULL)
        sp_cont_stop(vm);
    sp_val v = getitem_or_end(vm, it->seq, it->index);
    if (v == NULL) {
        it->seq = NULL;
        sp_cont_stop(vm);
    }
    it->index++;
    return v;
}

/* len(seq) - index when seq has a __len__, else NotImplemented. */
static sp_val seqiter_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "iterator.__length_hint__");
    sp_seqiter_obj *it = SP_CONT_AS(sp_seqiter_obj, sp_vals_get(args, 0), sp_iterator_def);
    if (it->seq == NULL)
        return sp_small(0);
    sp_val lenf = sp_type_lookup(vm, sp_type_of(vm, it->seq), vm->n.__len__);
    if (lenf == NULL || lenf == vm->None)
        return vm->NotImplemented;
    size_t n = sp_len(vm, it->seq);
    return sp_cont_size(vm, n >= (size_t)it->index ? n - (size_t)it->index : 0);
}

static const sp_methoddef seqiter_methods[] = {
    { "__iter__", iter_self_m, 0, NULL },
    { "__next__", seqiter_next_m, 0, NULL },
    { "__length_hint__", seqiter_len_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_iterator_def = {
    .name = "iterator", .layout = SP_LAYOUT_OTHER, .size = sizeof(sp_seqiter_obj),
    .trace = seqiter_trace, .methods = seqiter_methods, .flags = SP_TF_NOINSTANCE,
};

/* ---- callable_iterator: iter(f, sentinel) -----------------------------------------*/

sp_val sp_calliter_new(sp_vm *vm, sp_val func, sp_val sentinel)
{
    calliter_obj *it = (calliter_obj *)sp_alloc(vm, vm->t.callable_iterator, sizeof(calliter_obj));
    it->func = func;
    it->sentinel = sentinel;
    return (sp_val)it;
}

static sp_val calliter_call(sp_vm *vm, sp_val func)
{
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        sp_val v = sp_call0(vm, func);
        sp_handler_pop(vm, &h);
        return v;
    }
    if (sp_exc_matches(vm, vm->exc, vm->e.StopIteration))
        return NULL;
    sp_raise(vm, vm->exc);
}

static sp_val calliter_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    calliter_obj *it = SP_CONT_AS(calliter_obj, sp_vals_get(args, 0), sp_callable_iterator_def);
    if (it->func == NULL)
        sp_cont_stop(vm);
    sp_val v = calliter_call(vm, it->func);
    /* CPython compares sentinel == value (the sentinel's __eq__ first). */
    if (v == NULL || sp_eq(vm, it->sentinel, v)) {
        it->func = NULL;
        sp_cont_stop(vm);
    }
    return v;
}

static const sp_methoddef calliter_methods[] = {
    { "__iter__", iter_self_m, 0, NULL },
    { "__next__", calliter_next_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_callable_iterator_def = {
    .name = "callable_iterator", .layout = SP_LAYOUT_OTHER, .size = sizeof(calliter_obj),
    .trace = calliter_trace, .methods = calliter_methods, .flags = SP_TF_NOINSTANCE,
};

/* ---- the steps of sp_cont_iternext and FOR_ITER (cont.h) -------------------------*/

/* The casts follow the exact type checks: an exact enumerate, zip or
 * reversed is made by its own __new__ with its own layout. */
sp_val sp_iterobj_next(sp_vm *vm, sp_val it, bool *handled)
{
    *handled = true;
    sp_type *t = it->type;
    if (t == vm->t.enumerate) {
        sp_val idx, item;
        if (!enum_step(vm, (enum_obj *)it, &idx, &item))
            return NULL;
        return sp_tuple_pack2(vm, idx, item);
    }
    if (t == vm->t.zip)
        return zip_step(vm, (zip_obj *)it);   /* its only StopIteration is the end */
    if (t == vm->t.reversed)
        return reversed_step(vm, (sp_seqiter_obj *)it);
    *handled = false;
    return NULL;
}

/* sp_cont_next_pair's enumerate steps out of line: over an iterator
 * other than a list or small range, and, for the item v already taken,
 * with a counter that is not a small int. */
static __attribute__((noinline)) int enum_pair_slow(sp_vm *vm, enum_obj *e, sp_val *first, sp_val *second)
{
    return enum_step(vm, e, first, second) ? 1 : 0;
}

static __attribute__((noinline)) int enum_pair_big(sp_vm *vm, enum_obj *e, sp_val v, sp_val *first, sp_val *second)
{
    *first = enum_index(vm, e);
    *second = v;
    return 1;
}

/* sp_cont_next_pair of an exact enumerate.  Over a list or small range
 * with a small-int counter it calls nothing (so it saves no registers
 * either); the rest is out of line. */
static __attribute__((noinline)) int enum_pair(sp_vm *vm, enum_obj *e, sp_val *first, sp_val *second)
{
    sp_val v;
    if (!sp_cont_for_iter(vm, e->it, &v))
        return enum_pair_slow(vm, e, first, second);
    if (v == NULL)
        return 0;
    if (e->count_big != NULL || !sp_fits_small(e->count))
        return enum_pair_big(vm, e, v, first, second);
    *first = sp_small(e->count);
    *second = v;
    e->count++;     /* below SP_SMALL_MAX: no overflow */
    return 1;
}

/* sp_cont_next_pair of an exact zip. */
static __attribute__((noinline)) int zip_pair(sp_vm *vm, zip_obj *z, sp_val *first, sp_val *second)
{
    sp_val its = z->its;
    if (sp_tuple_len(its) != 2)
        return -1;
    sp_val a = inner_next(vm, sp_tuple_get(its, 0));
    if (a == NULL) {
        zip_ended(vm, z, its, 0);
        return 0;
    }
    sp_val b = inner_next(vm, sp_tuple_get(its, 1));
    if (b == NULL) {
        zip_ended(vm, z, its, 1);
        return 0;
    }
    *first = a;
    *second = b;
    return 1;
}

int sp_cont_next_pair(sp_vm *vm, sp_val it, sp_val *first, sp_val *second)
{
    if (!sp_is_ptr(it))
        return -1;
    sp_type *t = it->type;
    if (t == vm->t.enumerate)
        return enum_pair(vm, (enum_obj *)it, first, second);
    if (t == vm->t.dict_itemiterator)
        return sp_dict_iter_next_pair(vm, it, first, second);
    if (t == vm->t.zip)
        return zip_pair(vm, (zip_obj *)it, first, second);
    return -1;
}

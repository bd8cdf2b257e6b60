/* slice objects and the index arithmetic of sequence slicing. */
#include "objects/cont.h"

static void slice_trace(sp_heap *h, sp_obj *o)
{
    sp_slice_obj *s = (sp_slice_obj *)o;
    sp_gc_mark(h, s->start);
    sp_gc_mark(h, s->stop);
    sp_gc_mark(h, s->step);
}

static sp_slice_obj *SL(sp_val v) { return SP_CONT_AS(sp_slice_obj, v, sp_slice_def); }

sp_val sp_slice_new(sp_vm *vm, sp_val start, sp_val stop, sp_val step)
{
    sp_slice_obj *s = (sp_slice_obj *)sp_alloc(vm, vm->t.slice, sizeof(sp_slice_obj));
    s->start = start != NULL ? start : vm->None;
    s->stop = stop != NULL ? stop : vm->None;
    s->step = step != NULL ? step : vm->None;
    return (sp_val)s;
}

bool sp_is_slice(sp_vm *vm, sp_val v)
{
    return sp_is_ptr(v) && v->type->def == &sp_slice_def;
}

/* A slice bound as a C size, clamped (CPython's _PyEval_SliceIndex). */
static sp_ssize slice_index(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v)) {
        int64_t i = sp_small_get(v);
        return (sp_ssize)i;
    }
    if (!sp_is_int(v) && sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "slice indices must be integers or None or have an __index__ method");
    return sp_index_clamped(vm, v);
}

/* PySlice_Unpack: defaults for None, step != 0. */
void sp_slice_unpack(sp_vm *vm, sp_val slice, sp_ssize *start, sp_ssize *stop, sp_ssize *step)
{
    sp_slice_obj *s = SL(slice);
    if (s->step == vm->None) {
        *step = 1;
    } else {
        *step = slice_index(vm, s->step);
        if (*step == 0)
            sp_raise_fmt(vm, vm->e.ValueError, "slice step cannot be zero");
        /* So that -step can't overflow. */
        if (*step < -PTRDIFF_MAX)
            *step = -PTRDIFF_MAX;
    }
    if (s->start == vm->None)
        *start = *step < 0 ? PTRDIFF_MAX : 0;
    else
        *start = slice_index(vm, s->start);
    if (s->stop == vm->None)
        *stop = *step < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    else
        *stop = slice_index(vm, s->stop);
}

/* PySlice_AdjustIndices. */
size_t sp_slice_adjust(size_t len, sp_ssize *start, sp_ssize *stop, sp_ssize step)
{
    sp_ssize n = (sp_ssize)len;
    if (*start < 0) {
        *start += n;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= n) {
        *start = step < 0 ? n - 1 : n;
    }
    if (*stop < 0) {
        *stop += n;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= n) {
        *stop = step < 0 ? n - 1 : n;
    }
    if (step < 0) {
        if (*stop < *start)
            return (size_t)((*start - *stop - 1) / (-step) + 1);
    } else if (*start < *stop) {
        return (size_t)((*stop - *start - 1) / step + 1);
    }
    return 0;
}

size_t sp_slice_indices(sp_vm *vm, sp_val slice, size_t len, sp_ssize *start, sp_ssize *stop, sp_ssize *step)
{
    sp_slice_unpack(vm, slice, start, stop, step);
    return sp_slice_adjust(len, start, stop, *step);
}

/* ---- methods ---------------------------------------------------------------*/

static sp_val slice_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    (void)sp_new_cls(vm, args, vm->t.slice);
    sp_cont_nargs(vm, args, kwnames, "slice", 1, 3);
    if (args.len == 2)
        return sp_slice_new(vm, NULL, sp_vals_get(args, 1), NULL);
    return sp_slice_new(vm, sp_vals_get(args, 1), sp_vals_get(args, 2), sp_cont_arg(args, 3));
}

static sp_val slice_self(sp_vm *vm, sp_vals args)
{
    sp_val s = sp_vals_get(args, 0);
    if (!sp_is_slice(vm, s))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a 'slice' object but received a '%T'", s);
    return s;
}

/* One bound of slice.indices(): clamped into [lower, upper] after adding
 * the length to a negative value -- all in Python ints, so that huge
 * values come back exactly as CPython's _PySlice_GetLongIndices gives. */
static sp_val long_bound(sp_vm *vm, sp_val v, sp_val dflt, sp_val length, sp_val lower, sp_val upper)
{
    if (v == vm->None)
        return dflt;
    if (!sp_is_int(v) && sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "slice indices must be integers or None or have an __index__ method");
    sp_val b = sp_index_exact(vm, v);
    if (sp_int_sign(b) < 0) {
        b = sp_int_add(vm, b, length);
        if (sp_int_cmp(b, lower) < 0)
            b = lower;
    } else if (sp_int_cmp(b, upper) > 0) {
        b = upper;
    }
    return b;
}

static sp_val slice_indices_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val lv = sp_cont_onearg(vm, args, kwnames, "slice.indices");
    sp_slice_obj *s = SL(slice_self(vm, args));
    sp_val length = sp_index_exact(vm, lv);
    if (sp_int_sign(length) < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "length should not be negative");
    sp_val step = sp_small(1);
    if (s->step != vm->None) {
        if (!sp_is_int(s->step) && sp_type_lookup(vm, sp_type_of(vm, s->step), vm->n.__index__) == NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "slice indices must be integers or None or have an __index__ method");
        step = sp_index_exact(vm, s->step);
        if (sp_int_sign(step) == 0)
            sp_raise_fmt(vm, vm->e.ValueError, "slice step cannot be zero");
    }
    bool neg = sp_int_sign(step) < 0;
    sp_val lower = neg ? sp_small(-1) : sp_small(0);
    sp_val upper = neg ? sp_int_add(vm, length, sp_small(-1)) : length;
    sp_val start = long_bound(vm, s->start, neg ? upper : lower, length, lower, upper);
    sp_val stop = long_bound(vm, s->stop, neg ? lower : upper, length, lower, upper);
    sp_val t = sp_tuple_new(vm, 3);
    sp_tuple_set(t, 0, start);
    sp_tuple_set(t, 1, stop);
    sp_tuple_set(t, 2, step);
    return t;
}

static sp_val slice_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_slice_obj *s = SL(slice_self(vm, args));
    return sp_str_fmt(vm, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static sp_val slice_tuple(sp_vm *vm, sp_val v)
{
    sp_slice_obj *s = SL(v);
    sp_val t = sp_tuple_new(vm, 3);
    sp_tuple_set(t, 0, s->start);
    sp_tuple_set(t, 1, s->stop);
    sp_tuple_set(t, 2, s->step);
    return t;
}

static sp_val slice_cmp(sp_vm *vm, sp_vals args, sp_val kwnames, sp_cmpop op, const char *name)
{
    sp_val a = slice_self(vm, args), b = sp_vals_get(args, 1);
    if (!sp_is_slice(vm, b))
        return vm->NotImplemented;
    return sp_richcmp(vm, slice_tuple(vm, a), slice_tuple(vm, b), op);
}

static sp_val slice_eq_m(sp_vm *vm, sp_vals a, sp_val k) { return slice_cmp(vm, a, k, SP_EQ, "__eq__"); }
static sp_val slice_ne_m(sp_vm *vm, sp_vals a, sp_val k) { return slice_cmp(vm, a, k, SP_NE, "__ne__"); }
static sp_val slice_lt_m(sp_vm *vm, sp_vals a, sp_val k) { return slice_cmp(vm, a, k, SP_LT, "__lt__"); }
static sp_val slice_le_m(sp_vm *vm, sp_vals a, sp_val k) { return slice_cmp(vm, a, k, SP_LE, "__le__"); }
static sp_val slice_gt_m(sp_vm *vm, sp_vals a, sp_val k) { return slice_cmp(vm, a, k, SP_GT, "__gt__"); }
static sp_val slice_ge_m(sp_vm *vm, sp_vals a, sp_val k) { return slice_cmp(vm, a, k, SP_GE, "__ge__"); }

static sp_val slice_reduce_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "slice.__reduce__");
    sp_val s = slice_self(vm, args);
    return sp_tuple_pack2(vm, (sp_val)vm->t.slice, slice_tuple(vm, s));
}

/* start/stop/step are read-only members in CPython. */
static void slice_readonly_set(sp_vm *vm, sp_val s, sp_val v)
{
    sp_raise_fmt(vm, vm->e.AttributeError, "readonly attribute");
}

static sp_val slice_start_get(sp_vm *vm, sp_val s) { return SL(s)->start; }
static sp_val slice_stop_get(sp_vm *vm, sp_val s) { return SL(s)->stop; }
static sp_val slice_step_get(sp_vm *vm, sp_val s) { return SL(s)->step; }

static const sp_methoddef slice_methods[] = {
    { "__new__", slice_new_m, SP_METH_STATIC, NULL },
    { "indices", slice_indices_m, 0, NULL },
    { "__repr__", slice_repr_m, 0, NULL },
    { "__eq__", slice_eq_m, 0, NULL },
    { "__ne__", slice_ne_m, 0, NULL },
    { "__lt__", slice_lt_m, 0, NULL },
    { "__le__", slice_le_m, 0, NULL },
    { "__gt__", slice_gt_m, 0, NULL },
    { "__ge__", slice_ge_m, 0, NULL },
    { "__reduce__", slice_reduce_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef slice_getsets[] = {
    { "start", slice_start_get, slice_readonly_set, NULL },
    { "stop", slice_stop_get, slice_readonly_set, NULL },
    { "step", slice_step_get, slice_readonly_set, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_slice_def = {
    .name = "slice",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_slice_obj),
    .trace = slice_trace,
    .methods = slice_methods,
    .getsets = slice_getsets,
    .doc = "slice(stop)\nslice(start, stop[, step])",
};

/* ---- subscripts without a slice object (the loop's BUILD_SLICE) ----------*/

/* A bound that is None or a small int: its value (or dflt) in *out. */
static bool small_bound(sp_vm *vm, sp_val v, sp_ssize dflt, sp_ssize *out)
{
    if (v == vm->None) {
        *out = dflt;
        return true;
    }
    if (!sp_is_small(v))
        return false;
    *out = (sp_ssize)sp_small_get(v);
    return true;
}

/* The bounds as sp_slice_unpack would give them, when all three are None
 * or small ints and the step is not zero; false otherwise (an __index__
 * object may run code, a zero step raises: the full path does both). */
static bool small_bounds(sp_vm *vm, sp_val start, sp_val stop, sp_val step, sp_ssize *a, sp_ssize *b, sp_ssize *c)
{
    if (!small_bound(vm, step, 1, c) || *c == 0)
        return false;
    return small_bound(vm, start, *c < 0 ? PTRDIFF_MAX : 0, a) &&
           small_bound(vm, stop, *c < 0 ? PTRDIFF_MIN : PTRDIFF_MAX, b);
}

sp_val sp_slice_subscr(sp_vm *vm, sp_val obj, sp_val start, sp_val stop, sp_val step)
{
    if (!sp_is_ptr(obj))
        return NULL;
    sp_type *tp = obj->type;
    if (tp != vm->t.list && tp != vm->t.tuple && tp != vm->t.str)
        return NULL;
    sp_ssize a, b, c;
    if (!small_bounds(vm, start, stop, step, &a, &b, &c))
        return NULL;
    size_t len = tp == vm->t.list ? sp_list_len(obj) : tp == vm->t.tuple ? sp_tuple_len(obj) : sp_str_len(obj);
    size_t n = sp_slice_adjust(len, &a, &b, c);
    if (tp == vm->t.list)
        return sp_list_slice(vm, obj, a, b, c, n);
    if (tp == vm->t.tuple)
        return sp_tuple_slice(vm, obj, a, c, n);
    return sp_str_slice(vm, obj, a, c, n);
}

bool sp_slice_store(sp_vm *vm, sp_val obj, sp_val start, sp_val stop, sp_val step, sp_val v)
{
    sp_ssize a, b, c;
    if (!sp_is_ptr(obj) || obj->type != vm->t.list || !small_bounds(vm, start, stop, step, &a, &b, &c))
        return false;
    sp_list_set_slice(vm, obj, a, b, c, v);
    return true;
}

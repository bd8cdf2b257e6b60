/* range and range_iterator.
 *
 * The bounds are Python ints of any size; when start, stop, step and the
 * length all fit int64 (`small`), iteration, indexing and membership use
 * the C copies.  Everything else goes through int.c's arithmetic. */
#include "objects/cont.h"

typedef sp_rangeiter_obj rangeiter_obj;     /* cont.h: the loop's FOR_ITER reads it too */

static void range_trace(sp_heap *h, sp_obj *o)
{
    sp_range_obj *r = (sp_range_obj *)o;
    sp_gc_mark(h, r->start);
    sp_gc_mark(h, r->stop);
    sp_gc_mark(h, r->step);
    sp_gc_mark(h, r->len);
}

static void rangeiter_trace(sp_heap *h, sp_obj *o)
{
    rangeiter_obj *r = (rangeiter_obj *)o;
    sp_gc_mark(h, r->cur);
    sp_gc_mark(h, r->bstep);
    sp_gc_mark(h, r->bleft);
}

static sp_range_obj *R(sp_val v) { return SP_CONT_AS(sp_range_obj, v, sp_range_def); }

bool sp_is_range(sp_val v) { return sp_is_ptr(v) && v->type->def == &sp_range_def; }

/* ---- int helpers with small fast paths --------------------------------------*/

static sp_val iadd(sp_vm *vm, sp_val a, sp_val b)
{
    int64_t r;
    if (sp_is_small(a) && sp_is_small(b) && sp_i64_add(sp_small_get(a), sp_small_get(b), &r))
        return sp_cont_i64(vm, r);
    return sp_int_add(vm, a, b);
}

static sp_val isub(sp_vm *vm, sp_val a, sp_val b)
{
    int64_t r;
    if (sp_is_small(a) && sp_is_small(b) && sp_i64_sub(sp_small_get(a), sp_small_get(b), &r))
        return sp_cont_i64(vm, r);
    return sp_int_sub(vm, a, b);
}

static sp_val imul(sp_vm *vm, sp_val a, sp_val b)
{
    int64_t r;
    if (sp_is_small(a) && sp_is_small(b) && sp_i64_mul(sp_small_get(a), sp_small_get(b), &r))
        return sp_cont_i64(vm, r);
    return sp_int_mul(vm, a, b);
}

static sp_val ifloordiv(sp_vm *vm, sp_val a, sp_val b)
{
    if (sp_is_small(a) && sp_is_small(b) && sp_small_get(b) != 0) {
        int64_t x = sp_small_get(a), y = sp_small_get(b);
        int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            q--;
        return sp_cont_i64(vm, q);
    }
    return sp_int_floordiv(vm, a, b);
}

static sp_val imod(sp_vm *vm, sp_val a, sp_val b)
{
    if (sp_is_small(a) && sp_is_small(b) && sp_small_get(b) != 0) {
        int64_t x = sp_small_get(a), y = sp_small_get(b);
        int64_t m = x % y;
        if (m != 0 && ((m < 0) != (y < 0)))
            m += y;
        return sp_cont_i64(vm, m);
    }
    return sp_int_mod(vm, a, b);
}

static int icmp(sp_val a, sp_val b)
{
    if (sp_is_small(a) && sp_is_small(b))
        return sp_small_get(a) < sp_small_get(b) ? -1 : sp_small_get(a) > sp_small_get(b);
    return sp_int_cmp(a, b);
}

static int isign(sp_val a)
{
    if (sp_is_small(a))
        return sp_small_get(a) < 0 ? -1 : sp_small_get(a) > 0;
    return sp_int_sign(a);
}

/* A slice bound of a range: an int or __index__, with CPython's message. */
static sp_val slice_bound(sp_vm *vm, sp_val v)
{
    if (!sp_is_int(v) && sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "slice indices must be integers or have an __index__ method");
    return sp_index_exact(vm, v);
}

/* ---- construction --------------------------------------------------------------*/

static sp_val range_len(sp_vm *vm, sp_val start, sp_val stop, sp_val step)
{
    sp_val one = sp_small(1);
    if (isign(step) > 0) {
        if (icmp(start, stop) >= 0)
            return sp_small(0);
        return iadd(vm, ifloordiv(vm, isub(vm, isub(vm, stop, start), one), step), one);
    }
    if (icmp(start, stop) <= 0)
        return sp_small(0);
    return iadd(vm, ifloordiv(vm, isub(vm, isub(vm, start, stop), one), sp_int_neg(vm, step)), one);
}

/* The length of a range of small ints, in C: the difference of two small
 * ints fits an int64_t.  False if the length is not a small int itself. */
static bool small_len(int64_t start, int64_t stop, int64_t step, int64_t *len)
{
    int64_t n = 0;
    if (step > 0 && start < stop)
        n = (stop - start - 1) / step + 1;
    else if (step < 0 && start > stop)
        n = (start - stop - 1) / -step + 1;
    *len = n;
    return sp_fits_small(n);
}

static sp_val range_make(sp_vm *vm, sp_type *type, sp_val start, sp_val stop, sp_val step)
{
    int64_t n;
    if (sp_is_small(start) && sp_is_small(stop) && sp_is_small(step) &&
        small_len(sp_small_get(start), sp_small_get(stop), sp_small_get(step), &n)) {
        sp_range_obj *r = (sp_range_obj *)sp_alloc(vm, type, sizeof(sp_range_obj));
        r->start = start;
        r->stop = stop;
        r->step = step;
        r->len = sp_small(n);
        r->istart = sp_small_get(start);
        r->istop = sp_small_get(stop);
        r->istep = sp_small_get(step);
        r->ilen = n;
        r->small = true;
        return (sp_val)r;
    }
    sp_val len = range_len(vm, start, stop, step);
    sp_range_obj *r = (sp_range_obj *)sp_alloc(vm, type, sizeof(sp_range_obj));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    r->small = sp_int_to_i64(start, &r->istart) && sp_int_to_i64(stop, &r->istop)
        && sp_int_to_i64(step, &r->istep) && sp_int_to_i64(len, &r->ilen);
    return (sp_val)r;
}

sp_val sp_range_new(sp_vm *vm, sp_val start, sp_val stop, sp_val step)
{
    if (isign(step) == 0)
        sp_raise_fmt(vm, vm->e.ValueError, "range() arg 3 must not be zero");
    return range_make(vm, vm->t.range, start, stop, step);
}

sp_val sp_range_call_small(sp_vm *vm, sp_vals args)
{
    if (args.len == 0 || args.len > 3)
        return NULL;
    for (size_t i = 0; i < args.len; i++)
        if (!sp_is_small(sp_vals_get(args, i)))
            return NULL;
    if (args.len == 1)
        return range_make(vm, vm->t.range, sp_small(0), sp_vals_get(args, 0), sp_small(1));
    sp_val step = args.len == 3 ? sp_vals_get(args, 2) : sp_small(1);
    if (sp_small_get(step) == 0)
        return NULL;
    return range_make(vm, vm->t.range, sp_vals_get(args, 0), sp_vals_get(args, 1), step);
}

static sp_val range_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_new_cls(vm, args, vm->t.range);
    sp_cont_nokw(vm, kwnames, "range");
    sp_cont_nargs(vm, args, NULL, "range", 1, 3);
    sp_val start = sp_small(0), stop, step = sp_small(1);
    if (args.len == 2) {
        stop = sp_index_exact(vm, sp_vals_get(args, 1));
    } else {
        start = sp_index_exact(vm, sp_vals_get(args, 1));
        stop = sp_index_exact(vm, sp_vals_get(args, 2));
        if (args.len == 4) {
            step = sp_index_exact(vm, sp_vals_get(args, 3));
            if (isign(step) == 0)
                sp_raise_fmt(vm, vm->e.ValueError, "range() arg 3 must not be zero");
        }
    }
    return range_make(vm, cls, start, stop, step);
}

/* ---- methods ------------------------------------------------------------------*/

static sp_val range_self(sp_vm *vm, sp_vals args)
{
    sp_val r = sp_vals_get(args, 0);
    if (!sp_is_range(r))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a 'range' object but received a '%T'", r);
    return r;
}

static sp_val range_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_range_obj *r = R(range_self(vm, args));
    int64_t n;
    if (!sp_int_to_i64(r->len, &n))
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C ssize_t");
    return r->len;
}

static sp_val range_bool_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_bool(vm, isign(R(range_self(vm, args))->len) != 0);
}

/* r[i] for 0 <= i < len (a Python int). */
static sp_val range_item(sp_vm *vm, sp_range_obj *r, sp_val i)
{
    return iadd(vm, r->start, imul(vm, i, r->step));
}

/* __getitem__ is a slot wrapper in CPython (the generic check in sp_call
 * leaves __getitem__ to each type). */
static void getitem_nargs(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "wrapper __getitem__() takes no keyword arguments");
    if (args.len != 2)
        sp_raise_fmt(vm, vm->e.TypeError, "expected 1 argument, got %zu", args.len > 0 ? args.len - 1 : 0);
}

static sp_val range_getitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    getitem_nargs(vm, args, kwnames);
    sp_val key = sp_vals_get(args, 1);
    sp_range_obj *r = R(range_self(vm, args));
    if (sp_is_slice(vm, key)) {
        sp_slice_obj *sl = SP_CONT_AS(sp_slice_obj, key, sp_slice_def);
        if (r->small && (sl->step == vm->None || sp_is_small(sl->step))) {
            sp_ssize start, stop, step;
            size_t n = sp_slice_indices(vm, key, (size_t)r->ilen, &start, &stop, &step);
            sp_val s = sp_cont_i64(vm, start), st = sp_cont_i64(vm, step);
            sp_val nstart = range_item(vm, r, s);
            sp_val nstep = imul(vm, r->step, st);
            sp_val nstop = range_item(vm, r, sp_cont_i64(vm, stop));
            (void)n;
            return range_make(vm, vm->t.range, nstart, nstop, nstep);
        }
        /* Big ranges: compute the slice's indices with Python ints. */
        sp_val len = r->len;
        sp_val step = sl->step == vm->None ? sp_small(1) : slice_bound(vm, sl->step);
        if (isign(step) == 0)
            sp_raise_fmt(vm, vm->e.ValueError, "slice step cannot be zero");
        bool neg = isign(step) < 0;
        sp_val lower = neg ? sp_small(-1) : sp_small(0);
        sp_val upper = neg ? isub(vm, len, sp_small(1)) : len;
        sp_val bounds[2];
        sp_val src[2] = { sl->start, sl->stop };
        for (size_t k = 0; k < 2; k++) {
            sp_val v = sp_vals_get(SP_VALS(src), k);
            sp_val b;
            if (v == vm->None) {
                b = (k == 0) == neg ? upper : lower;
            } else {
                b = slice_bound(vm, v);
                if (isign(b) < 0) {
                    b = iadd(vm, b, len);
                    if (icmp(b, lower) < 0)
                        b = lower;
                } else if (icmp(b, upper) > 0) {
                    b = upper;
                }
            }
            sp_vals_set(SP_VALS(bounds), k, b);
        }
        sp_val nstart = range_item(vm, r, sp_vals_get(SP_VALS(bounds), 0));
        sp_val nstop = range_item(vm, r, sp_vals_get(SP_VALS(bounds), 1));
        return range_make(vm, vm->t.range, nstart, nstop, imul(vm, r->step, step));
    }
    if (!sp_is_int(key) && sp_type_lookup(vm, sp_type_of(vm, key), vm->n.__index__) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "range indices must be integers or slices, not %T", key);
    sp_val i = sp_index_exact(vm, key);
    if (isign(i) < 0)
        i = iadd(vm, i, r->len);
    if (isign(i) < 0 || icmp(i, r->len) >= 0)
        sp_raise_fmt(vm, vm->e.IndexError, "range object index out of range");
    return range_item(vm, r, i);
}

/* Is the int x in r?  O(1). */
static bool range_has_int(sp_vm *vm, sp_range_obj *r, sp_val x)
{
    if (isign(r->step) > 0) {
        if (icmp(x, r->start) < 0 || icmp(x, r->stop) >= 0)
            return false;
    } else {
        if (icmp(x, r->start) > 0 || icmp(x, r->stop) <= 0)
            return false;
    }
    return isign(imod(vm, isub(vm, x, r->start), r->step)) == 0;
}

static bool is_plain_int(sp_vm *vm, sp_val v)
{
    return sp_is_small(v) || sp_is_exact(vm, v, vm->t.int_) || sp_is_exact(vm, v, vm->t.bool_);
}

static sp_val range_contains_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val x = sp_vals_get(args, 1);
    sp_val rv = range_self(vm, args);
    if (is_plain_int(vm, x))
        return sp_bool(vm, range_has_int(vm, R(rv), sp_index_exact(vm, x)));
    sp_val it = sp_iter(vm, rv);
    for (;;) {
        sp_val y = sp_cont_next(vm, it);
        if (y == NULL)
            return vm->False;
        if (sp_eq(vm, y, x))
            return vm->True;
    }
}

static sp_val range_index_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val x = sp_cont_onearg(vm, args, kwnames, "range.index");
    sp_val rv = range_self(vm, args);
    sp_range_obj *r = R(rv);
    if (is_plain_int(vm, x)) {
        sp_val xi = sp_index_exact(vm, x);
        if (range_has_int(vm, r, xi))
            return ifloordiv(vm, isub(vm, xi, r->start), r->step);
        sp_raise_fmt(vm, vm->e.ValueError, "%R is not in range", x);
    }
    /* Anything else is searched for by iteration, with the generic
     * sequence message. */
    sp_val it = sp_iter(vm, rv);
    for (size_t i = 0;; i++) {
        sp_val y = sp_cont_next(vm, it);
        if (y == NULL)
            break;
        if (sp_eq(vm, y, x))
            return sp_cont_size(vm, i);
    }
    sp_raise_fmt(vm, vm->e.ValueError, "sequence.index(x): x not in sequence");
}

static sp_val range_count_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val x = sp_cont_onearg(vm, args, kwnames, "range.count");
    sp_val rv = range_self(vm, args);
    if (is_plain_int(vm, x))
        return sp_small(range_has_int(vm, R(rv), sp_index_exact(vm, x)) ? 1 : 0);
    size_t c = 0;
    sp_val it = sp_iter(vm, rv);
    for (;;) {
        sp_val y = sp_cont_next(vm, it);
        if (y == NULL)
            break;
        if (sp_eq(vm, y, x))
            c++;
    }
    return sp_cont_size(vm, c);
}

static sp_val range_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_range_obj *r = R(range_self(vm, args));
    if (icmp(r->step, sp_small(1)) == 0)
        return sp_str_fmt(vm, "range(%R, %R)", r->start, r->stop);
    return sp_str_fmt(vm, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

/* Two ranges are equal if they give the same sequence. */
static bool range_equal(sp_vm *vm, sp_range_obj *a, sp_range_obj *b)
{
    if (a == b)
        return true;
    if (icmp(a->len, b->len) != 0)
        return false;
    if (isign(a->len) == 0)
        return true;
    if (icmp(a->start, b->start) != 0)
        return false;
    if (icmp(a->len, sp_small(1)) == 0)
        return true;
    return icmp(a->step, b->step) == 0;
}

static sp_val range_cmp(sp_vm *vm, sp_vals args, sp_val kwnames, bool ne)
{
    sp_val a = range_self(vm, args), b = sp_vals_get(args, 1);
    if (!sp_is_range(b))
        return vm->NotImplemented;
    return sp_bool(vm, range_equal(vm, R(a), R(b)) != ne);
}

static sp_val range_eq_m(sp_vm *vm, sp_vals a, sp_val k) { return range_cmp(vm, a, k, false); }
static sp_val range_ne_m(sp_vm *vm, sp_vals a, sp_val k) { return range_cmp(vm, a, k, true); }

/* range defines all six comparisons (one richcompare slot); ordering
 * is never supported. */
static sp_val range_order(sp_vm *vm, sp_vals args, sp_val kwnames, const char *name)
{
    (void)range_self(vm, args);
    return vm->NotImplemented;
}

static sp_val range_lt_m(sp_vm *vm, sp_vals a, sp_val k) { return range_order(vm, a, k, "__lt__"); }
static sp_val range_le_m(sp_vm *vm, sp_vals a, sp_val k) { return range_order(vm, a, k, "__le__"); }
static sp_val range_gt_m(sp_vm *vm, sp_vals a, sp_val k) { return range_order(vm, a, k, "__gt__"); }
static sp_val range_ge_m(sp_vm *vm, sp_vals a, sp_val k) { return range_order(vm, a, k, "__ge__"); }

static sp_val range_hash_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_range_obj *r = R(range_self(vm, args));
    sp_val t = sp_tuple_new(vm, 3);
    sp_tuple_set(t, 0, r->len);
    if (isign(r->len) != 0) {
        sp_tuple_set(t, 1, r->start);
        if (icmp(r->len, sp_small(1)) != 0)
            sp_tuple_set(t, 2, r->step);
    }
    return sp_cont_i64(vm, sp_tuple_hash(vm, t));
}

/* CPython iterates with C longs (range_iterator) when the bounds, the
 * length and the first step past the end all fit, and with Python ints
 * (longrange_iterator) otherwise; the type name shows which. */
static bool fits_c_long_iter(sp_range_obj *r, bool reversed)
{
    int64_t start, stop, step;
    if (!sp_int_to_i64(r->start, &start) || !sp_int_to_i64(r->stop, &stop) || !sp_int_to_i64(r->step, &step))
        return false;
    int64_t len;
    if (!sp_int_to_i64(r->len, &len))
        return false;
    if (reversed) {
        if (step == INT64_MIN)
            return false;
        if (step > 0 ? start < INT64_MIN + step : start > INT64_MAX + step)
            return false;
        return true;
    }
    if (len > 0) {
        if (step > 0 ? stop > INT64_MAX - (step - 1) : stop < INT64_MIN + (-1 - step))
            return false;
    }
    return true;
}

static sp_val rangeiter_make(sp_vm *vm, sp_range_obj *r, bool reversed)
{
    sp_type *type = fits_c_long_iter(r, reversed) ? vm->t.range_iterator : vm->t.longrange_iterator;
    rangeiter_obj *it = (rangeiter_obj *)sp_alloc(vm, type, sizeof(rangeiter_obj));
    if (r->small) {
        int64_t first = r->istart, step = r->istep, last;
        if (reversed && r->ilen > 0) {
            /* start + (len-1)*step fits: it is an element of the range. */
            last = (int64_t)((uint64_t)r->istart + (uint64_t)(r->ilen - 1) * (uint64_t)r->istep);
            first = last;
            if (step == INT64_MIN) {
                /* -step would overflow: fall through to big mode. */
                goto big;
            }
            step = -step;
        }
        it->next = first;
        it->step = step;
        it->left = (uint64_t)r->ilen;
        return (sp_val)it;
    }
big:
    if (!reversed) {
        it->cur = r->start;
        it->bstep = r->step;
    } else {
        it->cur = isign(r->len) == 0 ? r->start : range_item(vm, r, isub(vm, r->len, sp_small(1)));
        it->bstep = sp_int_neg(vm, r->step);
    }
    it->bleft = r->len;
    return (sp_val)it;
}

static sp_val range_iter_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return rangeiter_make(vm, R(range_self(vm, args)), false);
}

sp_val sp_range_iter_new(sp_vm *vm, sp_val r)
{
    return rangeiter_make(vm, R(r), false);
}

static sp_val range_reversed_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "range.__reversed__");
    return rangeiter_make(vm, R(range_self(vm, args)), true);
}

/* start/stop/step are read-only members in CPython. */
static void range_readonly_set(sp_vm *vm, sp_val r, sp_val v)
{
    sp_raise_fmt(vm, vm->e.AttributeError, "readonly attribute");
}

static sp_val range_start_get(sp_vm *vm, sp_val r) { return R(r)->start; }
static sp_val range_stop_get(sp_vm *vm, sp_val r) { return R(r)->stop; }
static sp_val range_step_get(sp_vm *vm, sp_val r) { return R(r)->step; }

static sp_val range_reduce_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "range.__reduce__");
    sp_range_obj *r = R(range_self(vm, args));
    sp_val t = sp_tuple_new(vm, 3);
    sp_tuple_set(t, 0, r->start);
    sp_tuple_set(t, 1, r->stop);
    sp_tuple_set(t, 2, r->step);
    return sp_tuple_pack2(vm, (sp_val)vm->t.range, t);
}

static const sp_methoddef range_methods[] = {
    { "__new__", range_new_m, SP_METH_STATIC, NULL },
    { "__len__", range_len_m, 0, NULL },
    { "__bool__", range_bool_m, 0, NULL },
    { "__getitem__", range_getitem_m, 0, NULL },
    { "__contains__", range_contains_m, 0, NULL },
    { "__iter__", range_iter_m, 0, NULL },
    { "__reversed__", range_reversed_m, 0, NULL },
    { "__repr__", range_repr_m, 0, NULL },
    { "__eq__", range_eq_m, 0, NULL },
    { "__ne__", range_ne_m, 0, NULL },
    { "__lt__", range_lt_m, 0, NULL },
    { "__le__", range_le_m, 0, NULL },
    { "__gt__", range_gt_m, 0, NULL },
    { "__ge__", range_ge_m, 0, NULL },
    { "__hash__", range_hash_m, 0, NULL },
    { "__reduce__", range_reduce_m, 0, NULL },
    { "index", range_index_m, 0, NULL },
    { "count", range_count_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef range_getsets[] = {
    { "start", range_start_get, range_readonly_set, NULL },
    { "stop", range_stop_get, range_readonly_set, NULL },
    { "step", range_step_get, range_readonly_set, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_range_def = {
    .name = "range",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_range_obj),
    .trace = range_trace,
    .methods = range_methods,
    .getsets = range_getsets,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
};

/* ---- range_iterator ---------------------------------------------------------*/

static rangeiter_obj *RI(sp_val v)
{
    if (sp_is_ptr(v) && v->type->def == &sp_longrange_iterator_def)
        return SP_CONT_AS(rangeiter_obj, v, sp_longrange_iterator_def);
    return SP_CONT_AS(rangeiter_obj, v, sp_range_iterator_def);
}

sp_val sp_range_iter_next(sp_vm *vm, sp_val self)
{
    rangeiter_obj *it = RI(self);
    if (it->cur == NULL) {
        if (it->left == 0)
            return NULL;
        int64_t v = it->next;
        it->left--;
        /* The step past the last element may overflow: wrap as unsigned
         * (that value is never returned). */
        it->next = (int64_t)((uint64_t)it->next + (uint64_t)it->step);
        return sp_cont_i64(vm, v);
    }
    if (isign(it->bleft) <= 0)
        return NULL;
    sp_val v = it->cur;
    it->bleft = isub(vm, it->bleft, sp_small(1));
    it->cur = iadd(vm, it->cur, it->bstep);
    return v;
}

static sp_val rangeiter_iter_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_vals_get(args, 0);
}

static sp_val rangeiter_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val r = sp_range_iter_next(vm, sp_vals_get(args, 0));
    if (r == NULL)
        sp_cont_stop(vm);
    return r;
}

static sp_val rangeiter_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, sp_vals_get(args, 0)->type == vm->t.longrange_iterator
                   ? "longrange_iterator.__length_hint__" : "range_iterator.__length_hint__");
    rangeiter_obj *it = RI(sp_vals_get(args, 0));
    if (it->cur == NULL)
        return sp_int_from_u64(vm, it->left);
    return it->bleft;
}

static const sp_methoddef rangeiter_methods[] = {
    { "__iter__", rangeiter_iter_m, 0, NULL },
    { "__next__", rangeiter_next_m, 0, NULL },
    { "__length_hint__", rangeiter_len_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_range_iterator_def = {
    .name = "range_iterator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(rangeiter_obj),
    .trace = rangeiter_trace,
    .methods = rangeiter_methods,
    .flags = SP_TF_NOINSTANCE,
};

const sp_typedef sp_longrange_iterator_def = {
    .name = "longrange_iterator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(rangeiter_obj),
    .trace = rangeiter_trace,
    .methods = rangeiter_methods,
    .flags = SP_TF_NOINSTANCE,
};

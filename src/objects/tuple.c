/* tuple and tuple_iterator.
 *
 * A tuple is one object: a header, its length and the items inline.
 * Instances of Python subclasses get the same layout with their extra
 * words (dict, __slots__) after the items. */
#include "objects/cont.h"

sp_vals sp_cont_tuple_items(sp_val t) { return sp_tuple_items(t); }

static void tuple_trace(sp_heap *h, sp_obj *o)
{
    sp_vals items = sp_tuple_items(o);
    for (size_t i = 0; i < items.len; i++)
        sp_gc_mark(h, sp_vals_get(items, i));
}

/* A tuple of n NULL items (the heap zeroes new cells; the trace skips
 * NULL) of type `type` (tuple or a subclass): for callers that fill
 * every item before anything else can run. */
static sp_val tuple_alloc_unfilled(sp_vm *vm, sp_type *type, size_t n)
{
    size_t base = type == vm->t.tuple ? sizeof(sp_tuple_obj) : type->instance_size;
    size_t size = sp_size_add_or_raise(vm, base, sp_size_mul_or_raise(vm, n, sizeof(sp_val)));
    sp_obj *o = sp_alloc(vm, type, size);
    sp_tuple_obj *t = sp_as_tuple(o);
    t->len = n;
    t->hash = -1;
    return o;
}

/* A tuple of n Nones of type `type` (tuple or a subclass). */
static sp_val tuple_alloc(sp_vm *vm, sp_type *type, size_t n)
{
    sp_val o = tuple_alloc_unfilled(vm, type, n);
    sp_vals_fill(sp_tuple_items(o), vm->None);
    return o;
}

sp_val sp_tuple_new(sp_vm *vm, size_t n)
{
    if (n == 0 && vm->empty_tuple != NULL)
        return vm->empty_tuple;
    return tuple_alloc(vm, vm->t.tuple, n);
}

/* A small exact tuple of n (1 to SMALL_TUPLE) NULL items: the heap
 * called directly, as for a str (tuple is no heap type: no finalization
 * flag to decide; the size can't overflow).  BUILD_TUPLE's and every
 * pair's path. */
#define SMALL_TUPLE 16
static sp_val small_tuple(sp_vm *vm, size_t n)
{
    sp_tuple_obj *t = (sp_tuple_obj *)sp_heap_alloc(vm->heap, vm->t.tuple, sizeof(sp_tuple_obj) + n * sizeof(sp_val), 0);
    if (t == NULL)
        sp_raise_memory(vm);
    t->len = n;
    t->hash = -1;
    return (sp_val)t;
}

sp_val sp_tuple_from(sp_vm *vm, sp_vals items)
{
    if (items.len == 0)
        return sp_tuple_new(vm, 0);
    if (items.len <= SMALL_TUPLE) {
        sp_val t = small_tuple(vm, items.len);
        sp_vals dst = sp_tuple_items(t);
        for (size_t i = 0; i < items.len; i++)
            sp_vals_set(dst, i, sp_vals_get(items, i));
        return t;
    }
    sp_val t = tuple_alloc_unfilled(vm, vm->t.tuple, items.len);
    sp_vals_copy(sp_tuple_items(t), items);
    return t;
}

sp_val sp_tuple_pack2(sp_vm *vm, sp_val a, sp_val b)
{
    sp_val t = small_tuple(vm, 2);
    sp_vals dst = sp_tuple_items(t);
    sp_vals_set(dst, 0, a);
    sp_vals_set(dst, 1, b);
    return t;
}

void sp_tuple_set(sp_val t, size_t i, sp_val v) { sp_vals_set(sp_tuple_items(t), i, v); }

/* CPython 3.11's xxHash-based tuple hash, so hash((1, 2)) matches. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL

int64_t sp_tuple_hash(sp_vm *vm, sp_val t)
{
    sp_check_stack(vm);
    size_t n = sp_tuple_len(t);
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) {
        uint64_t lane = (uint64_t)sp_hash(vm, sp_tuple_get(t, i));
        acc += lane * XXPRIME_2;
        acc = (acc << 31) | (acc >> 33);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

/* ---- methods -------------------------------------------------------------*/

static sp_val tuple_self(sp_vm *vm, sp_vals args, const char *meth)
{
    sp_val self = sp_vals_get(args, 0);
    if (!sp_is_tuple(self))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' requires a 'tuple' object but received a '%T'", meth, self);
    return self;
}

static sp_val tuple_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_new_cls(vm, args, vm->t.tuple);
    if (kwnames != NULL && cls == vm->t.tuple)
        sp_raise_fmt(vm, vm->e.TypeError, "tuple() takes no keyword arguments");
    sp_val it = NULL;
    if (kwnames == NULL) {
        if (args.len > 2)
            sp_raise_fmt(vm, vm->e.TypeError, "tuple expected at most 1 argument, got %zu", args.len - 1);
        if (args.len == 2)
            it = sp_vals_get(args, 1);
    } else {
        /* Subclasses may take keywords in __init__: ignore them here. */
        size_t npos = args.len - sp_tuple_len(kwnames);
        if (npos > 2)
            sp_raise_fmt(vm, vm->e.TypeError, "tuple expected at most 1 argument, got %zu", npos - 1);
        if (npos == 2)
            it = sp_vals_get(args, 1);
    }
    sp_val items;
    if (it == NULL)
        items = vm->empty_tuple;
    else if (sp_is_exact(vm, it, vm->t.tuple))
        items = it;
    else {
        sp_val l = sp_list_new(vm, 0);
        sp_list_extend(vm, l, it);
        items = sp_tuple_from(vm, sp_list_items(l));
    }
    if (cls == vm->t.tuple)
        return items;
    size_t n = sp_tuple_len(items);
    sp_val t = tuple_alloc(vm, cls, n);
    if (n > 0)
        sp_vals_copy(sp_tuple_items(t), sp_tuple_items(items));
    return t;
}

static sp_val tuple_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_cont_size(vm, sp_tuple_len(tuple_self(vm, args, "__len__")));
}

static sp_val tuple_slice(sp_vm *vm, sp_val t, sp_val slice)
{
    sp_ssize start, stop, step;
    size_t n = sp_slice_indices(vm, slice, sp_tuple_len(t), &start, &stop, &step);
    return sp_tuple_slice(vm, t, start, step, n);
}

sp_val sp_tuple_slice(sp_vm *vm, sp_val t, sp_ssize start, sp_ssize step, size_t n)
{
    if (n == sp_tuple_len(t) && step == 1 && sp_is_exact(vm, t, vm->t.tuple))
        return t;
    sp_val r = sp_tuple_new(vm, n);
    sp_ssize j = start;
    for (size_t i = 0; i < n; i++, j += step)
        sp_tuple_set(r, i, sp_tuple_get(t, (size_t)j));
    return r;
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

static sp_val tuple_getitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    getitem_nargs(vm, args, kwnames);
    sp_val t = tuple_self(vm, args, "__getitem__");
    sp_val key = sp_vals_get(args, 1);
    sp_ssize i;
    if (sp_cont_index(vm, key, &i)) {
        if (!sp_cont_fix_index(&i, sp_tuple_len(t)))
            sp_raise_fmt(vm, vm->e.IndexError, "tuple index out of range");
        return sp_tuple_get(t, (size_t)i);
    }
    if (sp_is_slice(vm, key))
        return tuple_slice(vm, t, key);
    sp_raise_fmt(vm, vm->e.TypeError, "tuple indices must be integers or slices, not %T", key);
}

sp_val sp_tuple_iter_new(sp_vm *vm, sp_val t)
{
    sp_seqiter_obj *it = (sp_seqiter_obj *)sp_alloc(vm, vm->t.tuple_iterator, sizeof(sp_seqiter_obj));
    it->seq = t;
    it->index = 0;
    return (sp_val)it;
}

static sp_val tuple_iter_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_tuple_iter_new(vm, tuple_self(vm, args, "__iter__"));
}

static sp_val tuple_contains_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val t = tuple_self(vm, args, "__contains__");
    return sp_bool(vm, sp_cont_seq_contains(vm, t, sp_cont_tuple_items, sp_vals_get(args, 1)));
}

static sp_val tuple_hash_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_cont_i64(vm, sp_tuple_hash(vm, tuple_self(vm, args, "__hash__")));
}

static sp_val tuple_cmp(sp_vm *vm, sp_vals args, sp_val kwnames, sp_cmpop op, const char *name)
{
    sp_val a = tuple_self(vm, args, name);
    sp_val b = sp_vals_get(args, 1);
    if (!sp_is_tuple(b))
        return vm->NotImplemented;
    sp_check_stack(vm);
    return sp_cont_seq_richcmp(vm, a, b, sp_cont_tuple_items, op);
}

static sp_val tuple_eq_m(sp_vm *vm, sp_vals a, sp_val k) { return tuple_cmp(vm, a, k, SP_EQ, "__eq__"); }
static sp_val tuple_ne_m(sp_vm *vm, sp_vals a, sp_val k) { return tuple_cmp(vm, a, k, SP_NE, "__ne__"); }
static sp_val tuple_lt_m(sp_vm *vm, sp_vals a, sp_val k) { return tuple_cmp(vm, a, k, SP_LT, "__lt__"); }
static sp_val tuple_le_m(sp_vm *vm, sp_vals a, sp_val k) { return tuple_cmp(vm, a, k, SP_LE, "__le__"); }
static sp_val tuple_gt_m(sp_vm *vm, sp_vals a, sp_val k) { return tuple_cmp(vm, a, k, SP_GT, "__gt__"); }
static sp_val tuple_ge_m(sp_vm *vm, sp_vals a, sp_val k) { return tuple_cmp(vm, a, k, SP_GE, "__ge__"); }

static sp_val tuple_add_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val a = tuple_self(vm, args, "__add__");
    sp_val b = sp_vals_get(args, 1);
    if (!sp_is_tuple(b)) {
        /* CPython tries b.__radd__ before its sequence concat fails. */
        if (reflected_first(vm, b, vm->n.__radd__))
            return vm->NotImplemented;
        sp_raise_fmt(vm, vm->e.TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
    }
    size_t la = sp_tuple_len(a), lb = sp_tuple_len(b);
    if (lb == 0 && sp_is_exact(vm, a, vm->t.tuple))
        return a;
    if (la == 0 && sp_is_exact(vm, b, vm->t.tuple))
        return b;
    sp_val r = sp_tuple_new(vm, sp_size_add_or_raise(vm, la, lb));
    sp_vals_copy(sp_tuple_items(r), sp_tuple_items(a));
    sp_vals_copy(sp_vals_from(sp_tuple_items(r), la), sp_tuple_items(b));
    return r;
}

/* The repeat count of seq * n, or -1 when n is not an index (the caller
 * then returns NotImplemented or raises). */
static bool repeat_count(sp_vm *vm, sp_val n, sp_ssize *out)
{
    if (!sp_is_int(n) && sp_type_lookup(vm, sp_type_of(vm, n), vm->n.__index__) == NULL)
        return false;
    sp_ssize k = sp_index_ssize(vm, n);
    *out = k < 0 ? 0 : k;
    return true;
}

static sp_val tuple_repeat(sp_vm *vm, sp_vals args, sp_val kwnames, const char *name)
{
    sp_val a = tuple_self(vm, args, "__mul__");
    sp_val n = sp_vals_get(args, 1);
    sp_ssize k;
    if (!repeat_count(vm, n, &k)) {
        if (reflected_first(vm, n, vm->n.__rmul__))
            return vm->NotImplemented;
        sp_raise_fmt(vm, vm->e.TypeError, "can't multiply sequence by non-int of type '%T'", n);
    }
    size_t la = sp_tuple_len(a);
    if (k == 1 && sp_is_exact(vm, a, vm->t.tuple))
        return a;
    if (la == 0 || k == 0)
        return vm->empty_tuple;
    size_t total;
    if (!sp_size_mul(la, (size_t)k, &total) || total > (size_t)PTRDIFF_MAX / sizeof(sp_val))
        sp_raise_memory(vm);
    sp_val r = sp_tuple_new(vm, total);
    sp_vals dst = sp_tuple_items(r);
    for (size_t i = 0; i < (size_t)k; i++)
        sp_vals_copy(sp_vals_sub(dst, i * la, la), sp_tuple_items(a));
    return r;
}

static sp_val tuple_mul_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return tuple_repeat(vm, args, kwnames, "__mul__"); }
static sp_val tuple_rmul_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return tuple_repeat(vm, args, kwnames, "__rmul__"); }

static sp_val tuple_repr_body(sp_vm *vm, sp_val t)
{
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 16);
    sp_strbuf_add_cstr(vm, &b, "(");
    sp_cont_repr_items(vm, &b, t, sp_cont_tuple_items);
    sp_strbuf_add_cstr(vm, &b, sp_tuple_len(t) == 1 ? ",)" : ")");
    return sp_strbuf_finish(vm, &b);
}

static sp_val tuple_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val t = tuple_self(vm, args, "__repr__");
    if (sp_tuple_len(t) == 0)
        return sp_str_from_cstr(vm, "()");
    return sp_cont_guarded_repr(vm, t, "(...)", tuple_repr_body);
}

static sp_val tuple_count_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_onearg(vm, args, kwnames, "tuple.count");
    sp_val t = tuple_self(vm, args, "count");
    sp_val v = sp_vals_get(args, 1);
    size_t c = 0;
    for (size_t i = 0; i < sp_tuple_len(t); i++)
        if (sp_eq(vm, sp_tuple_get(t, i), v))
            c++;
    return sp_cont_size(vm, c);
}

static sp_val tuple_index_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nargs(vm, args, kwnames, "tuple.index", 1, 3);
    sp_val t = tuple_self(vm, args, "index");
    sp_val v = sp_vals_get(args, 1);
    size_t start, stop;
    sp_seq_index_bounds(vm, args, sp_tuple_len(t), &start, &stop);
    for (size_t i = start; i < stop && i < sp_tuple_len(t); i++)
        if (sp_eq(vm, sp_tuple_get(t, i), v))
            return sp_cont_size(vm, i);
    sp_raise_fmt(vm, vm->e.ValueError, "tuple.index(x): x not in tuple");
}

static sp_val tuple_getnewargs_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "tuple.__getnewargs__");
    sp_val t = tuple_self(vm, args, "__getnewargs__");
    sp_val r = sp_tuple_new(vm, 1);
    sp_tuple_set(r, 0, sp_tuple_from(vm, sp_tuple_items(t)));
    return r;
}

static const sp_methoddef tuple_methods[] = {
    { "__new__", tuple_new_m, SP_METH_STATIC, NULL },
    { "__len__", tuple_len_m, 0, NULL },
    { "__getitem__", tuple_getitem_m, 0, NULL },
    { "__iter__", tuple_iter_m, 0, NULL },
    { "__contains__", tuple_contains_m, 0, NULL },
    { "__hash__", tuple_hash_m, 0, NULL },
    { "__eq__", tuple_eq_m, 0, NULL },
    { "__ne__", tuple_ne_m, 0, NULL },
    { "__lt__", tuple_lt_m, 0, NULL },
    { "__le__", tuple_le_m, 0, NULL },
    { "__gt__", tuple_gt_m, 0, NULL },
    { "__ge__", tuple_ge_m, 0, NULL },
    { "__add__", tuple_add_m, 0, NULL },
    { "__mul__", tuple_mul_m, 0, NULL },
    { "__rmul__", tuple_rmul_m, 0, NULL },
    { "__repr__", tuple_repr_m, 0, NULL },
    { "count", tuple_count_m, 0, NULL },
    { "index", tuple_index_m, 0, NULL },
    { "__getnewargs__", tuple_getnewargs_m, 0, NULL },
    { "__class_getitem__", sp_cont_class_getitem, SP_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_tuple_def = {
    .name = "tuple",
    .layout = SP_LAYOUT_TUPLE,
    .size = sizeof(sp_tuple_obj),
    .trace = tuple_trace,
    .methods = tuple_methods,
    .flags = SP_TF_BASETYPE,
    .doc = "Built-in immutable sequence.",
};

/* ---- tuple_iterator --------------------------------------------------------*/

static void seqiter_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((sp_seqiter_obj *)o)->seq);
}

sp_val sp_tuple_iter_next(sp_vm *vm, sp_val self)
{
    sp_seqiter_obj *it = SP_CONT_AS(sp_seqiter_obj, self, sp_tuple_iterator_def);
    if (it->seq == NULL)
        return NULL;
    if ((size_t)it->index < sp_tuple_len(it->seq))
        return sp_tuple_get(it->seq, (size_t)it->index++);
    it->seq = NULL;
    return NULL;
}

static sp_val tupleiter_iter_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_vals_get(args, 0);
}

static sp_val tupleiter_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val r = sp_tuple_iter_next(vm, sp_vals_get(args, 0));
    if (r == NULL)
        sp_cont_stop(vm);
    return r;
}

static sp_val tupleiter_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "tuple_iterator.__length_hint__");
    sp_seqiter_obj *it = SP_CONT_AS(sp_seqiter_obj, sp_vals_get(args, 0), sp_tuple_iterator_def);
    size_t n = 0;
    if (it->seq != NULL && (size_t)it->index < sp_tuple_len(it->seq))
        n = sp_tuple_len(it->seq) - (size_t)it->index;
    return sp_cont_size(vm, n);
}

static const sp_methoddef tupleiter_methods[] = {
    { "__iter__", tupleiter_iter_m, 0, NULL },
    { "__next__", tupleiter_next_m, 0, NULL },
    { "__length_hint__", tupleiter_len_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_tuple_iterator_def = {
    .name = "tuple_iterator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_seqiter_obj),
    .trace = seqiter_trace,
    .methods = tupleiter_methods,
    .flags = SP_TF_NOINSTANCE,
};

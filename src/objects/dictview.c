/* dict views (dict_keys, dict_values, dict_items) and the dict iterators.
 *
 * An iterator remembers the dict's size when it started: a change of size
 * is CPython's "dictionary changed size during iteration" RuntimeError,
 * and finding more entries than expected is "dictionary keys changed
 * during iteration".  Every step re-reads the dict's arrays, so whatever
 * the loop body did to the dict, the iterator only reads live storage. */
#include "objects/cont.h"
#include "objects/dict.h"

typedef struct dictview_obj {
    sp_obj h;
    sp_val dict;
} dictview_obj;

typedef struct dictiter_obj {
    sp_obj h;
    sp_val dict;          /* NULL once exhausted */
    sp_ssize pos;         /* next entry (reversed: the entry to look at) */
    size_t used;          /* dict size at creation; SIZE_MAX: sticky error */
    size_t len;           /* items still expected */
    uint32_t kind;        /* sp_dv_kind */
    bool reversed;
} dictiter_obj;

static void view_trace(sp_heap *h, sp_obj *o) { sp_gc_mark(h, ((dictview_obj *)o)->dict); }
static void iter_trace(sp_heap *h, sp_obj *o) { sp_gc_mark(h, ((dictiter_obj *)o)->dict); }

static sp_type *view_type(sp_vm *vm, sp_dv_kind kind)
{
    return kind == SP_DV_KEYS ? vm->t.dict_keys : kind == SP_DV_VALUES ? vm->t.dict_values : vm->t.dict_items;
}

sp_val sp_dict_view_new(sp_vm *vm, sp_val d, sp_dv_kind kind)
{
    dictview_obj *v = (dictview_obj *)sp_alloc(vm, view_type(vm, kind), sizeof(dictview_obj));
    v->dict = d;
    return (sp_val)v;
}

sp_val sp_dict_iter_new(sp_vm *vm, sp_val d, sp_dv_kind kind, bool reversed)
{
    sp_type *t;
    if (!reversed)
        t = kind == SP_DV_KEYS ? vm->t.dict_keyiterator : kind == SP_DV_VALUES ? vm->t.dict_valueiterator : vm->t.dict_itemiterator;
    else
        t = kind == SP_DV_KEYS ? vm->t.dict_reversekeyiterator : kind == SP_DV_VALUES ? vm->t.dict_reversevalueiterator : vm->t.dict_reverseitemiterator;
    dictiter_obj *it = (dictiter_obj *)sp_alloc(vm, t, sizeof(dictiter_obj));
    sp_dict_obj *dd = sp_as_dict(d);
    it->dict = d;
    it->used = dd->used;
    it->len = dd->used;
    it->kind = (uint32_t)kind;
    it->reversed = reversed;
    it->pos = reversed ? (sp_ssize)dd->nentries - 1 : 0;
    return (sp_val)it;
}

static bool is_dictiter(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v))
        return false;
    const sp_typedef *def = v->type->def;
    return def == &sp_dict_keyiterator_def || def == &sp_dict_valueiterator_def
        || def == &sp_dict_itemiterator_def || def == &sp_dict_reversekeyiterator_def
        || def == &sp_dict_reversevalueiterator_def || def == &sp_dict_reverseitemiterator_def;
}

static dictiter_obj *as_iter(sp_vm *vm, sp_val v)
{
    if (!is_dictiter(vm, v))
        sp_trap("dictiter: wrong type");
    return (dictiter_obj *)v;
}

/* CPython's RuntimeErrors for a dict that changed under an iterator. */
static __attribute__((noinline, noreturn)) void changed_size(sp_vm *vm, dictiter_obj *it)
{
    it->used = SIZE_MAX;     /* sticky, as in CPython */
    sp_raise_fmt(vm, vm->e.RuntimeError, "dictionary changed size during iteration");
}

static __attribute__((noinline, noreturn)) void keys_changed(sp_vm *vm, dictiter_obj *it)
{
    it->dict = NULL;
    sp_raise_fmt(vm, vm->e.RuntimeError, "dictionary keys changed during iteration");
}

/* The entry a forward iterator gives next: false at the end (it is then
 * exhausted); else the entry's key in *key and, when `value` is not
 * NULL, its value.  pos only grows from 0; sp_dict_next skips holes. */
static inline bool forward_step(sp_vm *vm, dictiter_obj *it, sp_val *key, sp_val *value)
{
    sp_val d = it->dict;
    if (d == NULL)
        return false;
    if (it->used != sp_as_dict(d)->used)
        changed_size(vm, it);
    size_t pos = (size_t)it->pos;
    if (it->pos < 0 || !sp_dict_next(d, &pos, key, value)) {
        it->dict = NULL;
        return false;
    }
    it->pos = (sp_ssize)pos;
    if (it->len == 0)
        keys_changed(vm, it);
    it->len--;
    return true;
}

/* The same for any iterator, reversed ones included. */
static bool iter_step(sp_vm *vm, dictiter_obj *it, sp_val *key, sp_val *value)
{
    if (!it->reversed)
        return forward_step(vm, it, key, value);
    sp_val d = it->dict;
    if (d == NULL)
        return false;
    sp_dict_obj *dd = sp_as_dict(d);
    if (it->used != dd->used)
        changed_size(vm, it);
    sp_ssize i = it->pos;
    size_t n = dd->nentries;
    sp_val k = NULL;
    if (i >= (sp_ssize)n)
        i = (sp_ssize)n - 1;
    while (i >= 0 && (k = sp_dict_entry_key(d, (size_t)i)) == NULL)
        i--;
    if (i < 0 || k == NULL) {
        it->dict = NULL;
        return false;
    }
    it->pos = i - 1;
    if (it->len == 0)
        keys_changed(vm, it);
    it->len--;
    *key = k;
    if (value != NULL)
        *value = sp_dict_entry_value(d, (size_t)i);
    return true;
}

sp_val sp_dict_iter_next(sp_vm *vm, sp_val self)
{
    dictiter_obj *it = as_iter(vm, self);
    sp_val k, v;
    switch ((sp_dv_kind)it->kind) {
    case SP_DV_KEYS:
        return iter_step(vm, it, &k, NULL) ? k : NULL;
    case SP_DV_VALUES:
        return iter_step(vm, it, &k, &v) ? v : NULL;
    default:
        return iter_step(vm, it, &k, &v) ? sp_tuple_pack2(vm, k, v) : NULL;
    }
}

int sp_dict_iter_next_pair(sp_vm *vm, sp_val self, sp_val *key, sp_val *value)
{
    /* An exact dict_itemiterator is a dictiter_obj of kind SP_DV_ITEMS
     * (sp_dict_iter_new makes it). */
    if (!sp_is_ptr(self) || self->type != vm->t.dict_itemiterator)
        return -1;
    return forward_step(vm, (dictiter_obj *)self, key, value) ? 1 : 0;
}

/* TYPE.meth() takes no arguments, named after self's type (the views and
 * iterators share their methods). */
static void noargs(sp_vm *vm, sp_vals args, sp_val kwnames, const char *meth)
{
    const char *tn = sp_type_name(sp_vals_get(args, 0)->type);
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%s.%s() takes no keyword arguments", tn, meth);
    if (args.len != 1)
        sp_raise_fmt(vm, vm->e.TypeError, "%s.%s() takes no arguments (%zu given)", tn, meth, args.len - 1);
}

static sp_val iter_self_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_vals_get(args, 0);
}

static sp_val iter_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val r = sp_dict_iter_next(vm, sp_vals_get(args, 0));
    if (r == NULL)
        sp_cont_stop(vm);
    return r;
}

static sp_val iter_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    noargs(vm, args, kwnames, "__length_hint__");
    dictiter_obj *it = as_iter(vm, sp_vals_get(args, 0));
    size_t n = 0;
    if (it->dict != NULL && it->used == sp_dict_len(it->dict))
        n = it->len;
    return sp_cont_size(vm, n);
}

/* (iter, (list of what is left,)), from a copy so self doesn't move. */
static sp_val iter_reduce_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    noargs(vm, args, kwnames, "__reduce__");
    sp_val self = sp_vals_get(args, 0);
    dictiter_obj *it = as_iter(vm, self);
    dictiter_obj *c = (dictiter_obj *)sp_alloc(vm, self->type, sizeof(dictiter_obj));
    it = as_iter(vm, self);
    c->dict = it->dict;
    c->pos = it->pos;
    c->used = it->used;
    c->len = it->len;
    c->kind = it->kind;
    c->reversed = it->reversed;
    sp_val l = sp_list_new(vm, 0);
    for (;;) {
        sp_val x = sp_dict_iter_next(vm, (sp_val)c);
        if (x == NULL)
            break;
        sp_list_append(vm, l, x);
    }
    sp_val a = sp_tuple_new(vm, 1);
    sp_tuple_set(a, 0, l);
    return sp_tuple_pack2(vm, sp_dict_get_cstr(vm, vm->builtins, "iter"), a);
}

static const sp_methoddef iter_methods[] = {
    { "__reduce__", iter_reduce_m, 0, NULL },
    { "__iter__", iter_self_m, 0, NULL },
    { "__next__", iter_next_m, 0, NULL },
    { "__length_hint__", iter_len_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

#define ITER_DEF(id, pyname)                                                 \
    const sp_typedef id = {                                                  \
        .name = pyname,                                                      \
        .layout = SP_LAYOUT_OTHER,                                           \
        .size = sizeof(dictiter_obj),                                        \
        .trace = iter_trace,                                                 \
        .methods = iter_methods,                                             \
        .flags = SP_TF_NOINSTANCE,                                           \
    };
ITER_DEF(sp_dict_keyiterator_def, "dict_keyiterator")
ITER_DEF(sp_dict_valueiterator_def, "dict_valueiterator")
ITER_DEF(sp_dict_itemiterator_def, "dict_itemiterator")
ITER_DEF(sp_dict_reversekeyiterator_def, "dict_reversekeyiterator")
ITER_DEF(sp_dict_reversevalueiterator_def, "dict_reversevalueiterator")
ITER_DEF(sp_dict_reverseitemiterator_def, "dict_reverseitemiterator")

/* ---- views -----------------------------------------------------------------*/

static sp_dv_kind view_kind(sp_vm *vm, sp_val v)
{
    if (sp_is_ptr(v)) {
        if (v->type->def == &sp_dict_keys_def)
            return SP_DV_KEYS;
        if (v->type->def == &sp_dict_values_def)
            return SP_DV_VALUES;
        if (v->type->def == &sp_dict_items_def)
            return SP_DV_ITEMS;
    }
    sp_trap("dict view: wrong type");
}

static bool is_view(sp_val v, const sp_typedef *def)
{
    return sp_is_ptr(v) && v->type->def == def;
}

static sp_val view_dict(sp_val v) { return ((dictview_obj *)v)->dict; }

static sp_val view_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val v = sp_vals_get(args, 0);
    view_kind(vm, v);
    return sp_cont_size(vm, sp_dict_len(view_dict(v)));
}

static sp_val view_iter_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val v = sp_vals_get(args, 0);
    return sp_dict_iter_new(vm, view_dict(v), view_kind(vm, v), false);
}

static sp_val view_reversed_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    noargs(vm, args, kwnames, "__reversed__");
    sp_val v = sp_vals_get(args, 0);
    return sp_dict_iter_new(vm, view_dict(v), view_kind(vm, v), true);
}

/* Is (k, v) an item of d?  For items views. */
static bool items_contains(sp_vm *vm, sp_val d, sp_val item)
{
    if (!sp_is_tuple(item) || sp_tuple_len(item) != 2)
        return false;
    sp_val found = sp_dict_get(vm, d, sp_tuple_get(item, 0));
    return found != NULL && sp_eq(vm, found, sp_tuple_get(item, 1));
}

static bool view_contains(sp_vm *vm, sp_val v, sp_val x)
{
    sp_val d = view_dict(v);
    switch (view_kind(vm, v)) {
    case SP_DV_KEYS:
        return sp_dict_get(vm, d, x) != NULL;
    case SP_DV_ITEMS:
        return items_contains(vm, d, x);
    default: {
        sp_val it = sp_dict_iter_new(vm, d, SP_DV_VALUES, false);
        for (;;) {
            sp_val y = sp_dict_iter_next(vm, it);
            if (y == NULL)
                return false;
            if (sp_eq(vm, y, x))
                return true;
        }
    }
    }
}

static sp_val view_contains_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val x = sp_vals_get(args, 1);
    return sp_bool(vm, view_contains(vm, sp_vals_get(args, 0), x));
}

static sp_val view_repr_body(sp_vm *vm, sp_val v)
{
    sp_val l = sp_list_new(vm, 0);
    sp_list_extend(vm, l, v);
    return sp_str_fmt(vm, "%s(%R)", sp_type_name(v->type), l);
}

static sp_val view_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val v = sp_vals_get(args, 0);
    view_kind(vm, v);
    return sp_cont_guarded_repr(vm, v, "...", view_repr_body);
}

static sp_val view_mapping_get(sp_vm *vm, sp_val self)
{
    /* A read-only proxy of the dict, as CPython's view.mapping. */
    return sp_call1(vm, (sp_val)vm->t.mappingproxy, view_dict(self));
}

static const sp_getsetdef view_getsets[] = {
    { "mapping", view_mapping_get, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

/* ---- set-like behaviour of keys and items views ----------------------------*/

static bool setlike(sp_val v)
{
    return sp_is_anyset(v) || is_view(v, &sp_dict_keys_def) || is_view(v, &sp_dict_items_def);
}

static size_t any_len(sp_vm *vm, sp_val v)
{
    if (sp_is_anyset(v))
        return sp_set_len(v);
    return sp_dict_len(view_dict(v));
}

static bool any_contains(sp_vm *vm, sp_val v, sp_val x)
{
    if (sp_is_anyset(v))
        return sp_set_contains(vm, v, x);
    return view_contains(vm, v, x);
}

/* Every element of a is in b. */
static bool all_in(sp_vm *vm, sp_val a, sp_val b)
{
    sp_val it = sp_iter(vm, a);
    for (;;) {
        sp_val x = sp_cont_next(vm, it);
        if (x == NULL)
            return true;
        if (!any_contains(vm, b, x))
            return false;
    }
}

static sp_val view_cmp(sp_vm *vm, sp_vals args, sp_cmpop op)
{
    sp_val a = sp_vals_get(args, 0), b = sp_vals_get(args, 1);
    if (!setlike(b))
        return vm->NotImplemented;
    size_t la = any_len(vm, a), lb = any_len(vm, b);
    bool r;
    switch (op) {
    case SP_EQ: r = la == lb && all_in(vm, a, b); break;
    case SP_NE: r = !(la == lb && all_in(vm, a, b)); break;
    case SP_LT: r = la < lb && all_in(vm, a, b); break;
    case SP_LE: r = la <= lb && all_in(vm, a, b); break;
    case SP_GT: r = la > lb && all_in(vm, b, a); break;
    default: r = la >= lb && all_in(vm, b, a); break;
    }
    return sp_bool(vm, r);
}

static sp_val view_eq_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_cmp(vm, a, SP_EQ);
}

static sp_val view_ne_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_cmp(vm, a, SP_NE);
}

static sp_val view_lt_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_cmp(vm, a, SP_LT);
}

static sp_val view_le_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_cmp(vm, a, SP_LE);
}

static sp_val view_gt_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_cmp(vm, a, SP_GT);
}

static sp_val view_ge_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_cmp(vm, a, SP_GE);
}


/* dictviews_to_set: set(x); set(keys view) is set(dict), so that the
 * table is sized once up front, as CPython (the table size decides the
 * iteration order). */
static sp_val view_to_set(sp_vm *vm, sp_val x)
{
    sp_val s = sp_set_new(vm);
    sp_set_update(vm, s, is_view(x, &sp_dict_keys_def) ? view_dict(x) : x);
    return s;
}

/* left <op> right, where one of them is a view: set(left), then the set's
 * in-place method with right.  As in CPython, the operand on the left
 * always comes first (also for the reflected forms), and a right operand
 * that can't be iterated is a TypeError, not NotImplemented. */
static sp_val view_setop(sp_vm *vm, sp_val left, sp_val right, const char *meth)
{
    sp_val s = view_to_set(vm, left);
    sp_call1(vm, sp_getattr_cstr(vm, s, meth), right);
    return s;
}

/* view & other, in CPython's order: a set at least as large does the
 * work (other.intersection(view)); otherwise walk other (or the larger of
 * two views) adding what the view (the smaller one) contains. */
static sp_val view_and(sp_vm *vm, sp_val view, sp_val other)
{
    size_t len_self = sp_dict_len(view_dict(view));
    if (sp_is_exact(vm, other, vm->t.set) && len_self <= sp_set_len(other))
        return sp_call1(vm, sp_getattr_cstr(vm, other, "intersection"), view);
    if ((is_view(other, &sp_dict_keys_def) || is_view(other, &sp_dict_items_def))
        && sp_dict_len(view_dict(other)) > len_self) {
        sp_val tmp = view;
        view = other;
        other = tmp;
    }
    sp_val r = sp_set_new(vm);
    sp_val it = sp_iter(vm, other);
    for (;;) {
        sp_val x = sp_cont_next(vm, it);
        if (x == NULL)
            break;
        if (view_contains(vm, view, x))
            sp_set_add(vm, r, x);
    }
    return r;
}

/* items ^ items, CPython's way (the order of the result depends on it):
 * walk the right dict; an item whose key is missing from (a copy of) the
 * left dict, or whose value differs, goes into the result; an equal one
 * is dropped from the copy.  Then the copy's remaining items. */
static sp_val items_xor(sp_vm *vm, sp_val left, sp_val right)
{
    sp_val tmp = sp_dict_copy(vm, view_dict(left));
    sp_val d2 = view_dict(right);
    sp_val r = sp_set_new(vm);
    size_t n = sp_dict_len(d2);
    size_t pos = 0;
    sp_val k, v2;
    while (sp_dict_next(d2, &pos, &k, &v2)) {
        sp_val v1 = sp_dict_get(vm, tmp, k);
        if (v1 == NULL || !sp_eq(vm, v1, v2)) {
            sp_set_add(vm, r, sp_tuple_pack2(vm, k, v2));
        } else {
            sp_dict_del(vm, tmp, k);
        }
        if (sp_dict_len(d2) != n)
            sp_raise_fmt(vm, vm->e.RuntimeError, "dictionary changed size during iteration");
    }
    sp_set_update(vm, r, sp_dict_view_new(vm, tmp, SP_DV_ITEMS));
    return r;
}

static sp_val view_xor(sp_vm *vm, sp_val left, sp_val right)
{
    if (is_view(left, &sp_dict_items_def) && is_view(right, &sp_dict_items_def))
        return items_xor(vm, left, right);
    return view_setop(vm, left, right, "symmetric_difference_update");
}

static sp_val view_and_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_and(vm, sp_vals_get(a, 0), sp_vals_get(a, 1));
}

static sp_val view_rand_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_and(vm, sp_vals_get(a, 0), sp_vals_get(a, 1));
}

static sp_val view_or_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_setop(vm, sp_vals_get(a, 0), sp_vals_get(a, 1), "update");
}

static sp_val view_ror_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_setop(vm, sp_vals_get(a, 1), sp_vals_get(a, 0), "update");
}

static sp_val view_xor_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_xor(vm, sp_vals_get(a, 0), sp_vals_get(a, 1));
}

static sp_val view_rxor_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_xor(vm, sp_vals_get(a, 1), sp_vals_get(a, 0));
}

static sp_val view_sub_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_setop(vm, sp_vals_get(a, 0), sp_vals_get(a, 1), "difference_update");
}

static sp_val view_rsub_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return view_setop(vm, sp_vals_get(a, 1), sp_vals_get(a, 0), "difference_update");
}


/* As CPython: a view is disjoint from itself only if empty; against a set
 * or another view, walk the shorter one and look in the longer; otherwise
 * walk other (unhashable items raise even when the view is empty). */
static sp_val view_isdisjoint_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    sp_val other = sp_cont_onearg(vm, args, kwnames,
                                  is_view(self, &sp_dict_items_def) ? "dict_items.isdisjoint" : "dict_keys.isdisjoint");
    if (self == other)
        return sp_bool(vm, sp_dict_len(view_dict(self)) == 0);
    if (setlike(other) && any_len(vm, other) > any_len(vm, self)) {
        sp_val tmp = self;
        self = other;
        other = tmp;
    }
    sp_val it = sp_iter(vm, other);
    for (;;) {
        sp_val x = sp_cont_next(vm, it);
        if (x == NULL)
            return vm->True;
        if (any_contains(vm, self, x))
            return vm->False;
    }
}

#define SETLIKE_METHODS                                                      \
    { "__eq__", view_eq_m, 0, NULL }, { "__ne__", view_ne_m, 0, NULL },      \
    { "__lt__", view_lt_m, 0, NULL }, { "__le__", view_le_m, 0, NULL },      \
    { "__gt__", view_gt_m, 0, NULL }, { "__ge__", view_ge_m, 0, NULL },      \
    { "__and__", view_and_m, 0, NULL }, { "__rand__", view_rand_m, 0, NULL }, \
    { "__or__", view_or_m, 0, NULL }, { "__ror__", view_ror_m, 0, NULL },    \
    { "__xor__", view_xor_m, 0, NULL }, { "__rxor__", view_rxor_m, 0, NULL }, \
    { "__sub__", view_sub_m, 0, NULL }, { "__rsub__", view_rsub_m, 0, NULL }, \
    { "isdisjoint", view_isdisjoint_m, 0, NULL },

static const sp_methoddef keys_methods[] = {
    { "__len__", view_len_m, 0, NULL },
    { "__iter__", view_iter_m, 0, NULL },
    { "__reversed__", view_reversed_m, 0, NULL },
    { "__contains__", view_contains_m, 0, NULL },
    { "__repr__", view_repr_m, 0, NULL },
    SETLIKE_METHODS
    { NULL, NULL, 0, NULL },
};

static const sp_methoddef values_methods[] = {
    { "__len__", view_len_m, 0, NULL },
    { "__iter__", view_iter_m, 0, NULL },
    { "__reversed__", view_reversed_m, 0, NULL },
    { "__repr__", view_repr_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_dict_keys_def = {
    .name = "dict_keys", .layout = SP_LAYOUT_OTHER, .size = sizeof(dictview_obj),
    .trace = view_trace, .methods = keys_methods, .getsets = view_getsets,
    .flags = SP_TF_NOINSTANCE,
};

const sp_typedef sp_dict_items_def = {
    .name = "dict_items", .layout = SP_LAYOUT_OTHER, .size = sizeof(dictview_obj),
    .trace = view_trace, .methods = keys_methods, .getsets = view_getsets,
    .flags = SP_TF_NOINSTANCE,
};

const sp_typedef sp_dict_values_def = {
    .name = "dict_values", .layout = SP_LAYOUT_OTHER, .size = sizeof(dictview_obj),
    .trace = view_trace, .methods = values_methods, .getsets = view_getsets,
    .flags = SP_TF_NOINSTANCE,
};

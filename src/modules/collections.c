/* _collections: deque, defaultdict and _count_elements (what
 * collections/__init__.py imports from C; OrderedDict and the rest come
 * from the pure-Python module).
 *
 * A deque is a ring buffer in a valarray: item i is at (head + i) % cap.
 * `state` changes on every mutation so that iterators and searches
 * (whose __eq__ may mutate the deque) notice, as CPython's do. */
#include "objects/cont.h"
#include "objects/dict.h"
#include "modules/modules.h"

typedef struct deque_obj {
    sp_obj h;
    sp_val buf;          /* valarray or NULL */
    size_t head, len;
    sp_ssize maxlen;     /* -1: unbounded */
    uint64_t state;
} deque_obj;

typedef struct dequeiter_obj {
    sp_obj h;
    sp_val deque;
    size_t index;        /* items produced so far */
    uint64_t state;
} dequeiter_obj;

typedef struct defaultdict_obj {
    sp_dict_obj d;
    sp_val factory;      /* NULL: None */
} defaultdict_obj;

static void deque_trace(sp_heap *h, sp_obj *o) { sp_gc_mark(h, ((deque_obj *)o)->buf); }
static void dequeiter_trace(sp_heap *h, sp_obj *o) { sp_gc_mark(h, ((dequeiter_obj *)o)->deque); }

static deque_obj *DQ(sp_val v) { return SP_CONT_AS(deque_obj, v, sp_deque_def); }

static size_t dq_cap(deque_obj *d) { return d->buf == NULL ? 0 : ((sp_valarray *)d->buf)->cap; }
static sp_vals dq_span(deque_obj *d) { return sp_valarray_span((sp_valarray *)d->buf); }

static sp_val dq_get(deque_obj *d, size_t i)
{
    if (i >= d->len)
        sp_trap("deque: index out of range");
    return sp_vals_get(dq_span(d), (d->head + i) % dq_cap(d));
}

static void dq_set(deque_obj *d, size_t i, sp_val v)
{
    if (i >= d->len)
        sp_trap("deque: index out of range");
    sp_vals_set(dq_span(d), (d->head + i) % dq_cap(d), v);
}

/* Room for one more item. */
static void dq_grow(sp_vm *vm, sp_val dv)
{
    deque_obj *d = DQ(dv);
    if (d->len < dq_cap(d))
        return;
    size_t cap = dq_cap(d) < 8 ? 8 : sp_size_mul_or_raise(vm, dq_cap(d), 2);
    if (cap > (size_t)PTRDIFF_MAX / sizeof(sp_val))
        sp_raise_memory(vm);
    sp_valarray *a = sp_valarray_new(vm, cap);
    d = DQ(dv);
    sp_vals n = sp_valarray_span(a);
    for (size_t i = 0; i < d->len; i++)
        sp_vals_set(n, i, dq_get(d, i));
    d->buf = (sp_val)a;
    d->head = 0;
}

static sp_val dq_popright(sp_vm *vm, sp_val dv)
{
    deque_obj *d = DQ(dv);
    if (d->len == 0)
        sp_raise_fmt(vm, vm->e.IndexError, "pop from an empty deque");
    sp_val v = dq_get(d, d->len - 1);
    dq_set(d, d->len - 1, NULL);
    d->len--;
    d->state++;
    return v;
}

static sp_val dq_popleft(sp_vm *vm, sp_val dv)
{
    deque_obj *d = DQ(dv);
    if (d->len == 0)
        sp_raise_fmt(vm, vm->e.IndexError, "pop from an empty deque");
    sp_val v = dq_get(d, 0);
    dq_set(d, 0, NULL);
    d->head = (d->head + 1) % dq_cap(d);
    d->len--;
    d->state++;
    return v;
}

static void dq_append(sp_vm *vm, sp_val dv, sp_val v)
{
    deque_obj *d = DQ(dv);
    if (d->maxlen == 0)
        return;
    if (d->maxlen > 0 && d->len == (size_t)d->maxlen)
        dq_popleft(vm, dv);
    dq_grow(vm, dv);
    d = DQ(dv);
    d->len++;
    dq_set(d, d->len - 1, v);
    d->state++;
}

static void dq_appendleft(sp_vm *vm, sp_val dv, sp_val v)
{
    deque_obj *d = DQ(dv);
    if (d->maxlen == 0)
        return;
    if (d->maxlen > 0 && d->len == (size_t)d->maxlen)
        dq_popright(vm, dv);
    dq_grow(vm, dv);
    d = DQ(dv);
    d->head = (d->head + dq_cap(d) - 1) % dq_cap(d);
    d->len++;
    dq_set(d, 0, v);
    d->state++;
}

static void dq_clear(deque_obj *d)
{
    d->buf = NULL;
    d->head = d->len = 0;
    d->state++;
}

static sp_val dq_to_list(sp_vm *vm, sp_val dv)
{
    deque_obj *d = DQ(dv);
    sp_val l = sp_list_new(vm, d->len);
    for (size_t i = 0; i < DQ(dv)->len; i++)
        sp_list_append(vm, l, dq_get(DQ(dv), i));
    return l;
}

static void dq_extend(sp_vm *vm, sp_val dv, sp_val iterable, bool left)
{
    if (iterable == dv)
        iterable = dq_to_list(vm, dv);
    sp_val it = sp_iter(vm, iterable);
    for (;;) {
        sp_val v = sp_cont_next(vm, it);
        if (v == NULL)
            break;
        if (left)
            dq_appendleft(vm, dv, v);
        else
            dq_append(vm, dv, v);
    }
}

/* Rotate right by n (left if negative). */
static void dq_rotate(sp_vm *vm, sp_val dv, int64_t n)
{
    deque_obj *d = DQ(dv);
    if (d->len <= 1)
        return;
    int64_t len = (int64_t)d->len;
    int64_t k = n % len;
    if (k < 0)
        k += len;
    if (k == 0)
        return;
    sp_valarray *a = sp_valarray_new(vm, d->len);
    d = DQ(dv);
    sp_vals out = sp_valarray_span(a);
    for (size_t i = 0; i < d->len; i++)
        sp_vals_set(out, (i + (size_t)k) % d->len, dq_get(d, i));
    d->buf = (sp_val)a;
    d->head = 0;
    d->state++;
}

static sp_val deque_alloc(sp_vm *vm, sp_type *cls, sp_ssize maxlen)
{
    sp_val v = cls == vm->t.deque ? sp_alloc(vm, cls, sizeof(deque_obj)) : sp_alloc_instance(vm, cls);
    DQ(v)->maxlen = maxlen;
    return v;
}

/* ---- methods ------------------------------------------------------------------*/

static sp_val dself(sp_vm *vm, sp_vals args)
{
    sp_val v = sp_vals_get(args, 0);
    DQ(v);
    return v;
}

static sp_val deque_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return deque_alloc(vm, sp_as_type(sp_vals_get(args, 0)), -1);
}

static sp_val deque_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val dv = dself(vm, args);
    size_t nkw = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    size_t np = args.len - 1 - nkw;
    if (np > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "deque expected at most 2 arguments, got %zu", np);
    sp_val iterable = np >= 1 ? sp_vals_get(args, 1) : NULL;
    sp_val maxlen = np >= 2 ? sp_vals_get(args, 2) : NULL;
    for (size_t i = 0; i < nkw; i++) {
        sp_val name = sp_tuple_get(kwnames, i);
        sp_val v = sp_vals_get(args, 1 + np + i);
        if (sp_str_eq_cstr(name, "iterable") && iterable == NULL)
            iterable = v;
        else if (sp_str_eq_cstr(name, "maxlen") && maxlen == NULL)
            maxlen = v;
        else
            sp_raise_fmt(vm, vm->e.TypeError, "'%U' is an invalid keyword argument for deque()", name);
    }
    sp_ssize m = -1;
    if (maxlen != NULL && maxlen != vm->None) {
        m = sp_index_ssize(vm, maxlen);
        if (m < 0)
            sp_raise_fmt(vm, vm->e.ValueError, "maxlen must be non-negative");
    }
    deque_obj *d = DQ(dv);
    d->maxlen = m;
    if (d->len > 0)
        dq_clear(d);
    if (iterable != NULL)
        dq_extend(vm, dv, iterable, false);
    return vm->None;
}

static sp_val deque_append_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    dq_append(vm, dself(vm, args), sp_cont_onearg(vm, args, kw, "deque.append"));
    return vm->None;
}

static sp_val deque_appendleft_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    dq_appendleft(vm, dself(vm, args), sp_cont_onearg(vm, args, kw, "deque.appendleft"));
    return vm->None;
}

static sp_val deque_pop_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cont_noargs(vm, args, kw, "deque.pop");
    return dq_popright(vm, dself(vm, args));
}

static sp_val deque_popleft_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cont_noargs(vm, args, kw, "deque.popleft");
    return dq_popleft(vm, dself(vm, args));
}

static sp_val deque_extend_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    dq_extend(vm, dself(vm, args), sp_cont_onearg(vm, args, kw, "deque.extend"), false);
    return vm->None;
}

static sp_val deque_extendleft_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    dq_extend(vm, dself(vm, args), sp_cont_onearg(vm, args, kw, "deque.extendleft"), true);
    return vm->None;
}

static sp_val deque_clear_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cont_noargs(vm, args, kw, "deque.clear");
    dq_clear(DQ(dself(vm, args)));
    return vm->None;
}

static sp_val deque_copy_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val dv = dself(vm, args);
    sp_val r = deque_alloc(vm, vm->t.deque, DQ(dv)->maxlen);
    if (!sp_is_exact(vm, dv, vm->t.deque)) {
        sp_val a[2] = { dq_to_list(vm, dv), DQ(dv)->maxlen < 0 ? vm->None : sp_cont_i64(vm, DQ(dv)->maxlen) };
        return sp_call(vm, (sp_val)dv->type, SP_VALS(a), NULL);
    }
    dq_extend(vm, r, dv, false);
    return r;
}

static sp_val deque_rotate_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cont_nargs(vm, args, kw, "deque.rotate", 0, 1);
    int64_t n = args.len > 1 ? (int64_t)sp_index_ssize(vm, sp_vals_get(args, 1)) : 1;
    dq_rotate(vm, dself(vm, args), n);
    return vm->None;
}

static sp_val deque_reverse_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cont_noargs(vm, args, kw, "deque.reverse");
    deque_obj *d = DQ(dself(vm, args));
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        sp_val t = dq_get(d, i);
        dq_set(d, i, dq_get(d, j - 1));
        dq_set(d, j - 1, t);
    }
    d->state++;
    return vm->None;
}

/* Find v from position start; -1 if absent.  __eq__ may mutate: then
 * `exc` is raised (CPython: IndexError for remove, RuntimeError else). */
static sp_ssize dq_find_exc(sp_vm *vm, sp_val dv, sp_val v, size_t start, size_t stop,
                            sp_type *exc)
{
    uint64_t state = DQ(dv)->state;
    for (size_t i = start; i < stop && i < DQ(dv)->len; i++) {
        bool eq = sp_eq(vm, dq_get(DQ(dv), i), v);
        if (DQ(dv)->state != state)
            sp_raise_fmt(vm, exc, "deque mutated during iteration");
        if (eq)
            return (sp_ssize)i;
    }
    return -1;
}

static sp_ssize dq_find(sp_vm *vm, sp_val dv, sp_val v, size_t start, size_t stop)
{
    return dq_find_exc(vm, dv, v, start, stop, vm->e.RuntimeError);
}

static sp_val deque_count_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val v = sp_cont_onearg(vm, args, kw, "deque.count");
    sp_val dv = dself(vm, args);
    size_t c = 0, i = 0;
    for (;;) {
        sp_ssize k = dq_find(vm, dv, v, i, SIZE_MAX);
        if (k < 0)
            break;
        c++;
        i = (size_t)k + 1;
    }
    return sp_cont_size(vm, c);
}

static sp_val deque_index_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cont_nargs(vm, args, kw, "deque.index", 1, 3);
    sp_val dv = dself(vm, args);
    size_t start, stop;
    sp_cont_index_bounds(vm, args, DQ(dv)->len, &start, &stop);
    sp_ssize k = dq_find(vm, dv, sp_vals_get(args, 1), start, stop);
    if (k < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "%R is not in deque", sp_vals_get(args, 1));
    return sp_cont_size(vm, (size_t)k);
}

/* del d[i] for 0 <= i < len. */
static void dq_delete(sp_vm *vm, sp_val dv, size_t i)
{
    deque_obj *d = DQ(dv);
    for (size_t j = i; j + 1 < d->len; j++)
        dq_set(d, j, dq_get(d, j + 1));
    dq_popright(vm, dv);
}

static sp_val deque_remove_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val v = sp_cont_onearg(vm, args, kw, "deque.remove");
    sp_val dv = dself(vm, args);
    sp_ssize k = dq_find_exc(vm, dv, v, 0, SIZE_MAX, vm->e.IndexError);
    if (k < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "%R is not in deque", v);
    dq_delete(vm, dv, (size_t)k);
    return vm->None;
}

static sp_val deque_insert_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cont_nargs(vm, args, kw, "deque.insert", 2, 2);
    sp_val dv = dself(vm, args);
    deque_obj *d = DQ(dv);
    sp_ssize i = sp_index_ssize(vm, sp_vals_get(args, 1));
    if (d->maxlen >= 0 && d->len == (size_t)d->maxlen)
        sp_raise_fmt(vm, vm->e.IndexError, "deque already at its maximum size");
    sp_ssize n = (sp_ssize)d->len;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    dq_append(vm, dv, vm->None);
    d = DQ(dv);
    for (size_t j = d->len - 1; j > (size_t)i; j--)
        dq_set(d, j, dq_get(d, j - 1));
    dq_set(d, (size_t)i, sp_vals_get(args, 2));
    return vm->None;
}

static size_t dq_index_arg(sp_vm *vm, sp_val dv, sp_val key)
{
    sp_ssize i;
    if (!sp_is_int(key) && sp_type_lookup(vm, sp_type_of(vm, key), vm->n.__index__) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "sequence index must be integer, not '%T'", key);
    sp_cont_index(vm, key, &i);
    if (!sp_cont_fix_index(&i, DQ(dv)->len))
        sp_raise_fmt(vm, vm->e.IndexError, "deque index out of range");
    return (size_t)i;
}

static sp_val deque_getitem_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val key = sp_cont_onearg(vm, args, kw, "deque.__getitem__");
    sp_val dv = dself(vm, args);
    return dq_get(DQ(dv), dq_index_arg(vm, dv, key));
}

static sp_val deque_setitem_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cont_nargs(vm, args, kw, "deque.__setitem__", 2, 2);
    sp_val dv = dself(vm, args);
    size_t i = dq_index_arg(vm, dv, sp_vals_get(args, 1));
    dq_set(DQ(dv), i, sp_vals_get(args, 2));
    return vm->None;
}

static sp_val deque_delitem_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val key = sp_cont_onearg(vm, args, kw, "deque.__delitem__");
    sp_val dv = dself(vm, args);
    dq_delete(vm, dv, dq_index_arg(vm, dv, key));
    return vm->None;
}

static sp_val deque_len_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    return sp_cont_size(vm, DQ(dself(vm, args))->len);
}

static sp_val deque_contains_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val v = sp_cont_onearg(vm, args, kw, "deque.__contains__");
    return sp_bool(vm, dq_find(vm, dself(vm, args), v, 0, SIZE_MAX) >= 0);
}

static sp_val dq_iter(sp_vm *vm, sp_val dv, bool reversed)
{
    dequeiter_obj *it = (dequeiter_obj *)sp_alloc(vm, reversed ? vm->t.deque_reverse_iterator : vm->t.deque_iterator, sizeof(dequeiter_obj));
    it->deque = dv;
    it->state = DQ(dv)->state;
    return (sp_val)it;
}

static sp_val deque_iter_m(sp_vm *vm, sp_vals args, sp_val kw) { return dq_iter(vm, dself(vm, args), false); }
static sp_val deque_reversed_m(sp_vm *vm, sp_vals args, sp_val kw) { return dq_iter(vm, dself(vm, args), true); }

static sp_val deque_repr_body(sp_vm *vm, sp_val dv)
{
    sp_val l = dq_to_list(vm, dv);
    const char *name = sp_type_name(dv->type);
    if (DQ(dv)->maxlen < 0)
        return sp_str_fmt(vm, "%s(%R)", name, l);
    return sp_str_fmt(vm, "%s(%R, maxlen=%zd)", name, l, DQ(dv)->maxlen);
}

static sp_val deque_repr_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    return sp_cont_guarded_repr(vm, dself(vm, args), "[...]", deque_repr_body);
}

static sp_val deque_cmp(sp_vm *vm, sp_vals args, sp_cmpop op)
{
    sp_val a = dself(vm, args), b = sp_vals_get(args, 1);
    if (!sp_is_ptr(b) || b->type->def != &sp_deque_def)
        return vm->NotImplemented;
    sp_check_stack(vm);
    /* As CPython: sizes decide == and != at once; otherwise walk both
     * deques as their iterators would (a mutation by __eq__ raises
     * RuntimeError), and compare the first pair that differs with op
     * (a second call to its __eq__), or else the sizes seen at the
     * start. */
    size_t vs = DQ(a)->len, ws = DQ(b)->len;
    if (op == SP_EQ || op == SP_NE) {
        if (a == b || vs != ws)
            return sp_bool(vm, (a == b) == (op == SP_EQ));
    }
    uint64_t sa = DQ(a)->state, sb = DQ(b)->state;
    for (size_t i = 0;; i++) {
        if (DQ(a)->state != sa || DQ(b)->state != sb)
            sp_raise_fmt(vm, vm->e.RuntimeError, "deque mutated during iteration");
        if (i >= vs || i >= ws || i >= DQ(a)->len || i >= DQ(b)->len)
            break;
        sp_val x = dq_get(DQ(a), i), y = dq_get(DQ(b), i);
        if (!sp_eq(vm, x, y))
            return sp_richcmp(vm, x, y, op);
    }
    bool r;
    switch (op) {
    case SP_LT: r = vs < ws; break;
    case SP_LE: r = vs <= ws; break;
    case SP_EQ: r = vs == ws; break;
    case SP_NE: r = vs != ws; break;
    case SP_GT: r = vs > ws; break;
    default:    r = vs >= ws; break;
    }
    return sp_bool(vm, r);
}

static sp_val deque_eq_m(sp_vm *vm, sp_vals a, sp_val k) { return deque_cmp(vm, a, SP_EQ); }
static sp_val deque_ne_m(sp_vm *vm, sp_vals a, sp_val k) { return deque_cmp(vm, a, SP_NE); }
static sp_val deque_lt_m(sp_vm *vm, sp_vals a, sp_val k) { return deque_cmp(vm, a, SP_LT); }
static sp_val deque_le_m(sp_vm *vm, sp_vals a, sp_val k) { return deque_cmp(vm, a, SP_LE); }
static sp_val deque_gt_m(sp_vm *vm, sp_vals a, sp_val k) { return deque_cmp(vm, a, SP_GT); }
static sp_val deque_ge_m(sp_vm *vm, sp_vals a, sp_val k) { return deque_cmp(vm, a, SP_GE); }

static sp_val deque_add_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val b = sp_cont_onearg(vm, args, kw, "deque.__add__");
    sp_val a = dself(vm, args);
    if (!sp_is_ptr(b) || b->type->def != &sp_deque_def)
        sp_raise_fmt(vm, vm->e.TypeError, "can only concatenate deque (not \"%T\") to deque", b);
    sp_val r = deque_alloc(vm, vm->t.deque, DQ(a)->maxlen);
    dq_extend(vm, r, a, false);
    dq_extend(vm, r, b, false);
    return r;
}

static sp_val deque_iadd_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val b = sp_cont_onearg(vm, args, kw, "deque.__iadd__");
    sp_val a = dself(vm, args);
    dq_extend(vm, a, b, false);
    return a;
}

static void dq_repeat(sp_vm *vm, sp_val dv, sp_val n)
{
    sp_ssize k = sp_index_ssize(vm, n);
    sp_val items = dq_to_list(vm, dv);
    dq_clear(DQ(dv));
    for (sp_ssize i = 0; i < k; i++)
        dq_extend(vm, dv, items, false);
}

static sp_val deque_mul_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val n = sp_cont_onearg(vm, args, kw, "deque.__mul__");
    sp_val a = dself(vm, args);
    if (!sp_is_int(n) && sp_type_lookup(vm, sp_type_of(vm, n), vm->n.__index__) == NULL)
        return vm->NotImplemented;
    sp_val r = deque_alloc(vm, vm->t.deque, DQ(a)->maxlen);
    dq_extend(vm, r, a, false);
    dq_repeat(vm, r, n);
    return r;
}

static sp_val deque_imul_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val n = sp_cont_onearg(vm, args, kw, "deque.__imul__");
    sp_val a = dself(vm, args);
    if (!sp_is_int(n) && sp_type_lookup(vm, sp_type_of(vm, n), vm->n.__index__) == NULL)
        return vm->NotImplemented;
    dq_repeat(vm, a, n);
    return a;
}

static sp_val deque_maxlen_get(sp_vm *vm, sp_val self)
{
    sp_ssize m = DQ(self)->maxlen;
    return m < 0 ? vm->None : sp_cont_i64(vm, m);
}

static const sp_methoddef deque_methods[] = {
    { "__new__", deque_new_m, SP_METH_STATIC, NULL },
    { "__init__", deque_init_m, 0, NULL },
    { "append", deque_append_m, 0, NULL },
    { "appendleft", deque_appendleft_m, 0, NULL },
    { "pop", deque_pop_m, 0, NULL },
    { "popleft", deque_popleft_m, 0, NULL },
    { "extend", deque_extend_m, 0, NULL },
    { "extendleft", deque_extendleft_m, 0, NULL },
    { "clear", deque_clear_m, 0, NULL },
    { "copy", deque_copy_m, 0, NULL },
    { "__copy__", deque_copy_m, 0, NULL },
    { "rotate", deque_rotate_m, 0, NULL },
    { "reverse", deque_reverse_m, 0, NULL },
    { "count", deque_count_m, 0, NULL },
    { "index", deque_index_m, 0, NULL },
    { "remove", deque_remove_m, 0, NULL },
    { "insert", deque_insert_m, 0, NULL },
    { "__getitem__", deque_getitem_m, 0, NULL },
    { "__setitem__", deque_setitem_m, 0, NULL },
    { "__delitem__", deque_delitem_m, 0, NULL },
    { "__len__", deque_len_m, 0, NULL },
    { "__contains__", deque_contains_m, 0, NULL },
    { "__iter__", deque_iter_m, 0, NULL },
    { "__reversed__", deque_reversed_m, 0, NULL },
    { "__repr__", deque_repr_m, 0, NULL },
    { "__eq__", deque_eq_m, 0, NULL },
    { "__ne__", deque_ne_m, 0, NULL },
    { "__lt__", deque_lt_m, 0, NULL },
    { "__le__", deque_le_m, 0, NULL },
    { "__gt__", deque_gt_m, 0, NULL },
    { "__ge__", deque_ge_m, 0, NULL },
    { "__add__", deque_add_m, 0, NULL },
    { "__iadd__", deque_iadd_m, 0, NULL },
    { "__mul__", deque_mul_m, 0, NULL },
    { "__rmul__", deque_mul_m, 0, NULL },
    { "__imul__", deque_imul_m, 0, NULL },
    { "__class_getitem__", sp_cont_class_getitem, SP_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef deque_getsets[] = {
    { "maxlen", deque_maxlen_get, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_deque_def = {
    .name = "collections.deque",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(deque_obj),
    .trace = deque_trace,
    .methods = deque_methods,
    .getsets = deque_getsets,
    .flags = SP_TF_BASETYPE | SP_TF_WEAKREFS,
    .doc = "A list-like sequence optimized for data accesses near its endpoints.",
};

/* ---- deque iterators ----------------------------------------------------------*/

static sp_val dqiter_next(sp_vm *vm, sp_val self, bool reversed)
{
    dequeiter_obj *it = (dequeiter_obj *)self;
    deque_obj *d = DQ(it->deque);
    if (d->state != it->state)
        sp_raise_fmt(vm, vm->e.RuntimeError, "deque mutated during iteration");
    if (it->index >= d->len)
        sp_cont_stop(vm);
    size_t i = reversed ? d->len - 1 - it->index : it->index;
    it->index++;
    return dq_get(d, i);
}

static sp_val dqiter_next_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    return dqiter_next(vm, (sp_val)SP_CONT_AS(dequeiter_obj, sp_vals_get(args, 0), sp_deque_iterator_def), false);
}

static sp_val dqriter_next_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    return dqiter_next(vm, (sp_val)SP_CONT_AS(dequeiter_obj, sp_vals_get(args, 0), sp_deque_reverse_iterator_def), true);
}

static sp_val dqiter_iter_m(sp_vm *vm, sp_vals args, sp_val kw) { return sp_vals_get(args, 0); }

static sp_val dqiter_len_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    dequeiter_obj *it = (dequeiter_obj *)sp_vals_get(args, 0);
    deque_obj *d = DQ(it->deque);
    return sp_cont_size(vm, it->index < d->len ? d->len - it->index : 0);
}

static const sp_methoddef dqiter_methods[] = {
    { "__iter__", dqiter_iter_m, 0, NULL },
    { "__next__", dqiter_next_m, 0, NULL },
    { "__length_hint__", dqiter_len_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_methoddef dqriter_methods[] = {
    { "__iter__", dqiter_iter_m, 0, NULL },
    { "__next__", dqriter_next_m, 0, NULL },
    { "__length_hint__", dqiter_len_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_deque_iterator_def = {
    .name = "_collections._deque_iterator", .layout = SP_LAYOUT_OTHER, .size = sizeof(dequeiter_obj),
    .trace = dequeiter_trace, .methods = dqiter_methods, .flags = SP_TF_NOINSTANCE,
};

const sp_typedef sp_deque_reverse_iterator_def = {
    .name = "_collections._deque_reverse_iterator", .layout = SP_LAYOUT_OTHER, .size = sizeof(dequeiter_obj),
    .trace = dequeiter_trace, .methods = dqriter_methods, .flags = SP_TF_NOINSTANCE,
};

/* ---- defaultdict ----------------------------------------------------------------*/

static defaultdict_obj *DD(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || v->type->def != &sp_defaultdict_def)
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a 'collections.defaultdict' object but received a '%T'", v);
    return (defaultdict_obj *)v;
}

static void dd_trace(sp_heap *h, sp_obj *o)
{
    sp_dict_trace(h, o);
    sp_gc_mark(h, ((defaultdict_obj *)o)->factory);
}

static sp_val dd_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    defaultdict_obj *d = DD(vm, sp_vals_get(args, 0));
    size_t nkw = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    size_t np = args.len - 1 - nkw;
    sp_val factory = NULL;
    if (np >= 1) {
        factory = sp_vals_get(args, 1);
        if (factory != vm->None && !sp_callable(vm, factory))
            sp_raise_fmt(vm, vm->e.TypeError, "first argument must be callable or None");
    }
    d->factory = factory == vm->None ? NULL : factory;
    /* The rest is dict.__init__(self, *args[1:], **kw). */
    sp_val init = sp_type_lookup(vm, vm->t.dict, vm->n.__init__);
    sp_val l = sp_list_new(vm, args.len);
    sp_list_append(vm, l, sp_vals_get(args, 0));
    for (size_t i = np >= 1 ? 2 : 1; i < args.len; i++)
        sp_list_append(vm, l, sp_vals_get(args, i));
    sp_call(vm, init, sp_list_items(l), kwnames);
    return vm->None;
}

static sp_val dd_missing_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val key = sp_cont_onearg(vm, args, kw, "defaultdict.__missing__");
    sp_val self = sp_vals_get(args, 0);
    defaultdict_obj *d = DD(vm, self);
    if (d->factory == NULL)
        sp_raise_key_error(vm, key);
    sp_val v = sp_call0(vm, d->factory);
    sp_setitem(vm, self, key, v);
    return v;
}

static sp_val dd_repr_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val self = sp_vals_get(args, 0);
    defaultdict_obj *d = DD(vm, self);
    sp_val f = d->factory == NULL ? vm->None : d->factory;
    sp_val frepr = f == self ? sp_str_from_cstr(vm, "...") : sp_repr(vm, f);
    sp_val dict_repr = sp_type_lookup(vm, vm->t.dict, vm->n.__repr__);
    sp_val body = sp_call1(vm, dict_repr, self);
    return sp_str_fmt(vm, "%s(%U, %U)", sp_type_name(self->type), frepr, body);
}

static sp_val dd_copy_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val self = sp_vals_get(args, 0);
    defaultdict_obj *d = DD(vm, self);
    sp_val a[2] = { d->factory == NULL ? vm->None : d->factory, self };
    return sp_call(vm, (sp_val)self->type, SP_VALS(a), NULL);
}

static sp_val dd_factory_get(sp_vm *vm, sp_val self)
{
    defaultdict_obj *d = DD(vm, self);
    return d->factory == NULL ? vm->None : d->factory;
}

static void dd_factory_set(sp_vm *vm, sp_val self, sp_val v)
{
    DD(vm, self)->factory = v == NULL || v == vm->None ? NULL : v;
}

static sp_val dd_or_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val a = sp_vals_get(args, 0), b = sp_cont_onearg(vm, args, kw, "defaultdict.__or__");
    if (!sp_is_dict(b))
        return vm->NotImplemented;
    sp_val r = dd_copy_m(vm, args, NULL);
    sp_dict_update_arg(vm, r, b, "update");
    (void)a;
    return r;
}

static const sp_methoddef dd_methods[] = {
    { "__init__", dd_init_m, 0, NULL },
    { "__missing__", dd_missing_m, 0, NULL },
    { "__repr__", dd_repr_m, 0, NULL },
    { "copy", dd_copy_m, 0, NULL },
    { "__copy__", dd_copy_m, 0, NULL },
    { "__or__", dd_or_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef dd_getsets[] = {
    { "default_factory", dd_factory_get, dd_factory_set, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_defaultdict_def = {
    .name = "collections.defaultdict",
    .layout = SP_LAYOUT_DICT,
    .size = sizeof(defaultdict_obj),
    .trace = dd_trace,
    .methods = dd_methods,
    .getsets = dd_getsets,
    .flags = SP_TF_BASETYPE,
};

/* ---- the module --------------------------------------------------------------------*/

/* _count_elements(mapping, iterable): Counter's inner loop. */
static sp_val count_elements(sp_vm *vm, sp_vals args, sp_val kw)
{
    if (args.len != 2)
        sp_raise_fmt(vm, vm->e.TypeError, "_count_elements expected 2 arguments, got %zu", args.len);
    sp_val m = sp_vals_get(args, 0);
    sp_val it = sp_iter(vm, sp_vals_get(args, 1));
    sp_val get = sp_getattr_cstr(vm, m, "get");
    for (;;) {
        sp_val v = sp_cont_next(vm, it);
        if (v == NULL)
            return vm->None;
        sp_val old = sp_call2(vm, get, v, sp_small(0));
        sp_setitem(vm, m, v, sp_binary(vm, SP_OP_ADD, old, sp_small(1)));
    }
}

static const sp_methoddef collections_functions[] = {
    { "_count_elements", count_elements, 0, NULL },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_collections(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_collections"));
    sp_module_add_methods(vm, m, collections_functions);
    sp_module_add(vm, m, "deque", (sp_val)vm->t.deque);
    sp_module_add(vm, m, "defaultdict", (sp_val)vm->t.defaultdict);
    sp_module_add(vm, m, "_deque_iterator", (sp_val)vm->t.deque_iterator);
    sp_module_add(vm, m, "_deque_reverse_iterator", (sp_val)vm->t.deque_reverse_iterator);
    sp_type_set_attr_cstr(vm, vm->t.deque, "__hash__", vm->None);
    return m;
}

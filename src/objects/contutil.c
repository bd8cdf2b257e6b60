/* Helpers shared by the container types: index conversion, the repr
 * recursion guard, lexicographic comparison, and the fast iteration step
 * over the built-in iterators. */
#include "objects/cont.h"

sp_obj *sp_cont_as(sp_val v, const sp_typedef *def, const char *what)
{
    if (!sp_is_ptr(v) || v->type == NULL || v->type->def != def)
        sp_trap_str(what);
    return v;
}

_Noreturn void sp_cont_stop(sp_vm *vm)
{
    sp_raise_type(vm, vm->e.StopIteration);
}

bool sp_cont_index(sp_vm *vm, sp_val key, sp_ssize *out)
{
    if (sp_is_small(key)) {
        *out = (sp_ssize)sp_small_get(key);
        return true;
    }
    /* The message names the original object's type, not __index__'s int. */
    sp_val orig = key;
    if (!sp_is_int(key)) {
        if (sp_type_lookup(vm, sp_type_of(vm, key), vm->n.__index__) == NULL)
            return false;
        key = sp_index(vm, key);
    }
    int64_t i;
    if (!sp_int_to_i64(key, &i))
        sp_raise_fmt(vm, vm->e.IndexError, "cannot fit '%T' into an index-sized integer", orig);
    *out = (sp_ssize)i;
    return true;
}

sp_val sp_cont_guarded_repr(sp_vm *vm, sp_val v, const char *recursed, sp_val (*fn)(sp_vm *vm, sp_val v))
{
    if (v->aux & SP_AUX_REPR)
        return sp_str_from_cstr(vm, recursed);
    sp_check_stack(vm);
    v->aux |= SP_AUX_REPR;
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        sp_val r = fn(vm, v);
        sp_handler_pop(vm, &h);
        v->aux &= ~SP_AUX_REPR;
        return r;
    }
    /* sp_raise popped h; clear the mark and let the error go on. */
    v->aux &= ~SP_AUX_REPR;
    sp_raise(vm, vm->exc);
}

void sp_cont_repr_items(sp_vm *vm, sp_strbuf *b, sp_val seq, sp_cont_items_fn items)
{
    /* Re-read the storage each step: an item's __repr__ may mutate seq. */
    for (size_t i = 0; i < items(seq).len; i++) {
        sp_val item = sp_vals_get(items(seq), i);
        if (i > 0)
            sp_strbuf_add_cstr(vm, b, ", ");
        sp_strbuf_add_str(vm, b, sp_repr(vm, item));
    }
}

/* CPython's list_richcompare / tuplerichcompare: find the first index
 * where the items differ, then compare those (or the lengths). */
sp_val sp_cont_seq_richcmp(sp_vm *vm, sp_val a, sp_val b, sp_cont_items_fn items, sp_cmpop op)
{
    if ((op == SP_EQ || op == SP_NE) && items(a).len != items(b).len)
        return sp_bool(vm, op == SP_NE);
    size_t i = 0;
    for (; i < items(a).len && i < items(b).len; i++) {
        sp_val x = sp_vals_get(items(a), i);
        sp_val y = sp_vals_get(items(b), i);
        if (!sp_eq(vm, x, y))
            break;
    }
    size_t la = items(a).len, lb = items(b).len;
    if (i >= la || i >= lb) {
        bool r;
        switch (op) {
        case SP_LT: r = la < lb; break;
        case SP_LE: r = la <= lb; break;
        case SP_EQ: r = la == lb; break;
        case SP_NE: r = la != lb; break;
        case SP_GT: r = la > lb; break;
        default: r = la >= lb; break;
        }
        return sp_bool(vm, r);
    }
    if (op == SP_EQ)
        return vm->False;
    if (op == SP_NE)
        return vm->True;
    return sp_richcmp(vm, sp_vals_get(items(a), i), sp_vals_get(items(b), i), op);
}

bool sp_cont_seq_contains(sp_vm *vm, sp_val seq, sp_cont_items_fn items, sp_val v)
{
    for (size_t i = 0; i < items(seq).len; i++) {
        if (sp_eq(vm, sp_vals_get(items(seq), i), v))
            return true;
    }
    return false;
}

sp_val sp_cont_iternext(sp_vm *vm, sp_val it, bool *handled)
{
    /* C loops over iterators (sum, any, min, list(), str.join, ...) come
     * through here or sp_next: count a tick, so that an endless one still
     * meets the tick budget and the time limit. */
    sp_vm_poll(vm);
    *handled = true;
    if (sp_is_ptr(it)) {
        sp_type *t = it->type;
        if (t == vm->t.list_iterator)
            return sp_list_iter_next(vm, it);
        if (t == vm->t.tuple_iterator)
            return sp_tuple_iter_next(vm, it);
        if (t == vm->t.range_iterator)
            return sp_range_iter_next(vm, it);
        if (t == vm->t.generator)
            goto not_handled;   /* the caller resumes it: no more tests */
        if (t == vm->t.dict_keyiterator || t == vm->t.dict_valueiterator
            || t == vm->t.dict_itemiterator || t == vm->t.dict_reversekeyiterator
            || t == vm->t.dict_reversevalueiterator || t == vm->t.dict_reverseitemiterator)
            return sp_dict_iter_next(vm, it);
        if (t == vm->t.set_iterator)
            return sp_set_iter_next(vm, it);
        if (t == vm->t.list_reverseiterator)
            return sp_list_reviter_next(vm, it);
        if (t == vm->t.str_iterator || t == vm->t.str_uiterator)
            return sp_str_iter_next(vm, it);
        if (t == vm->t.bytes_iterator || t == vm->t.bytearray_iterator)
            return sp_bytes_iter_next(vm, it);
        return sp_iterobj_next(vm, it, handled);
    }
not_handled:
    *handled = false;
    return NULL;
}

void sp_cont_nokw(sp_vm *vm, sp_val kwnames, const char *qual)
{
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no keyword arguments", qual);
}

void sp_cont_noargs(sp_vm *vm, sp_vals args, sp_val kwnames, const char *qual)
{
    sp_cont_nokw(vm, kwnames, qual);
    if (args.len != 1)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no arguments (%zu given)", qual, args.len - 1);
}

sp_val sp_cont_func_onearg(sp_vm *vm, sp_vals args, sp_val kwnames, const char *f)
{
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no keyword arguments", f);
    if (args.len != 1)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes exactly one argument (%zu given)", f, args.len);
    return sp_vals_get(args, 0);
}

sp_val sp_cont_onearg_check(sp_vm *vm, sp_vals args, sp_val kwnames, const char *qual)
{
    sp_cont_nokw(vm, kwnames, qual);
    if (args.len != 2)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes exactly one argument (%zu given)", qual, args.len - 1);
    return sp_vals_get(args, 1);
}

void sp_cont_nargs(sp_vm *vm, sp_vals args, sp_val kwnames, const char *qual, size_t min, size_t max)
{
    sp_cont_nokw(vm, kwnames, qual);
    size_t n = args.len - 1;
    /* The short name: what follows the last '.' of qual. */
    sp_cbytes q = sp_cbytes_of_cstr(qual);
    size_t start = 0;
    for (size_t i = 0; i < q.len; i++) {
        if (sp_cbytes_get(q, i) == '.')
            start = i + 1;
    }
    const char *name = (const char *)sp_cbytes_from(q, start).ptr;
    if (min == max && n != min)
        sp_raise_fmt(vm, vm->e.TypeError, "%s expected %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", n);
    if (n < min)
        sp_raise_fmt(vm, vm->e.TypeError, "%s expected at least %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", n);
    if (n > max)
        sp_raise_fmt(vm, vm->e.TypeError, "%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s", n);
}

/* Clamp start/stop arguments of index() as CPython's slice indices do. */
void sp_cont_index_bounds(sp_vm *vm, sp_vals args, size_t len, size_t *start, size_t *stop)
{
    sp_ssize s = 0, e = (sp_ssize)len;
    if (args.len > 2 && sp_vals_get(args, 2) != vm->None)
        s = sp_index_clamped(vm, sp_vals_get(args, 2));
    if (args.len > 3 && sp_vals_get(args, 3) != vm->None)
        e = sp_index_clamped(vm, sp_vals_get(args, 3));
    if (s < 0) {
        s += (sp_ssize)len;
        if (s < 0)
            s = 0;
    }
    if (e < 0) {
        e += (sp_ssize)len;
        if (e < 0)
            e = 0;
    }
    *start = (size_t)s;
    *stop = (size_t)e;
}


/* hash(key), with the common cases inline. */
int64_t sp_cont_hash(sp_vm *vm, sp_val key)
{
    if (sp_is_small(key)) {
        /* hash(int) for small values: the value mod 2^61-1, -1 -> -2. */
        if (sp_small_get(key) >= 0 && sp_small_get(key) < ((int64_t)1 << 61) - 1)
            return sp_small_get(key);
        return sp_hash(vm, key);
    }
    if (key->type == vm->t.str)
        return sp_str_hash(vm, key);
    return sp_hash(vm, key);
}


/* The container types that define __eq__ without being hashable get
 * __hash__ = None, as CPython's do. */
void sp_init_containers(sp_vm *vm)
{
    sp_type_set_attr_cstr(vm, vm->t.list, "__hash__", vm->None);
    sp_type_set_attr_cstr(vm, vm->t.dict, "__hash__", vm->None);
    sp_type_set_attr_cstr(vm, vm->t.set, "__hash__", vm->None);
    sp_type_set_attr_cstr(vm, vm->t.dict_keys, "__hash__", vm->None);
    sp_type_set_attr_cstr(vm, vm->t.dict_items, "__hash__", vm->None);
    sp_type_set_attr_cstr(vm, vm->t.slice, "__hash__", vm->None);
}

/* cls[item] for the generic containers: types.GenericAlias(cls, item). */
sp_val sp_cont_class_getitem(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    /* A METH_O classmethod: CPython names the class it was called on. */
    sp_val cls = sp_vals_get(args, 0);
    sp_val qn = sp_is_type(cls) ? sp_as_type(cls)->qualname : sp_type_of(vm, cls)->qualname;
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%U.__class_getitem__() takes no keyword arguments", qn);
    if (args.len != 2)
        sp_raise_fmt(vm, vm->e.TypeError, "%U.__class_getitem__() takes exactly one argument (%zu given)", qn,
                     args.len - 1);
    return sp_generic_alias_new(vm, sp_vals_get(args, 0), sp_vals_get(args, 1));
}

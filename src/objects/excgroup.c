/* BaseExceptionGroup / ExceptionGroup (PEP 654): construction, str,
 * derive, subgroup and split -- what except* and the traceback printer
 * build on.  `message` and `exceptions` live in the instance dict like the
 * other per-class exception attributes (see exceptions.c). */
#include "sp.h"
#include "modules/sysio.h"

static sp_val type_val(sp_type *t) { return &t->h; }

static bool is_sequence(sp_vm *vm, sp_val v)
{
    if (sp_is_list(v) || sp_is_tuple(v))
        return true;
    if (sp_is_dict(v))
        return false;
    return sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__getitem__) != NULL &&
           sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__len__) != NULL;
}

/* BaseExceptionGroup.__new__(cls, message, exceptions) */
sp_val sp_excgroup_new(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_no_kwargs(vm, "BaseExceptionGroup.__new__", kwnames);
    if (args.len == 0 || !sp_is_type(sp_vals_get(args, 0)))
        sp_raise_fmt(vm, vm->e.TypeError, "BaseExceptionGroup.__new__(X): X is not a type object");
    sp_type *cls = sp_as_type(sp_vals_get(args, 0));
    if (args.len != 3)
        sp_raise_fmt(vm, vm->e.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                     args.len - 1);
    sp_val message = sp_vals_get(args, 1), excs = sp_vals_get(args, 2);
    if (!sp_is_str(message))
        sp_raise_fmt(vm, vm->e.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %T", message);
    if (!is_sequence(vm, excs))
        sp_raise_fmt(vm, vm->e.TypeError, "second argument (exceptions) must be a sequence");
    sp_val items = sp_tuple_from_iter(vm, excs);
    size_t n = sp_tuple_len(items);
    if (n == 0)
        sp_raise_fmt(vm, vm->e.ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (size_t i = 0; i < n; i++) {
        sp_val e = sp_tuple_get(items, i);
        if (!sp_is_exc(e))
            sp_raise_fmt(vm, vm->e.ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
        if (!sp_isinstance(vm, e, vm->e.Exception))
            nested_base = true;
    }
    if (cls == vm->e.BaseExceptionGroup) {
        if (!nested_base)
            cls = vm->e.ExceptionGroup;
    } else if (cls == vm->e.ExceptionGroup) {
        if (nested_base)
            sp_raise_fmt(vm, vm->e.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && sp_is_subtype(cls, vm->e.Exception)) {
        sp_raise_fmt(vm, vm->e.TypeError, "Cannot nest BaseExceptions in '%N'", cls);
    }
    sp_val a = sp_tuple_pack2(vm, message, excs);
    sp_val self = sp_alloc_instance(vm, cls);
    sp_as_exc(self)->args = a;
    sp_exc_set_attr(vm, self, vm->n.message, message);
    sp_exc_set_attr(vm, self, vm->n.exceptions, items);
    return self;
}

static sp_val eg_init(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    if (!sp_is_exc(self))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor '__init__' requires a 'BaseException' object");
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no keyword arguments", sp_type_name(sp_type_of(vm, self)));
    sp_val t = sp_tuple_from(vm, sp_vals_from(args, 1));
    sp_as_exc(self)->args = t;
    return vm->None;
}

static sp_val eg_str(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    sp_val msg = sp_exc_attr(vm, self, vm->n.message);
    sp_val excs = sp_exc_attr(vm, self, vm->n.exceptions);
    size_t n = sp_is_tuple(excs) ? sp_tuple_len(excs) : 0;
    return sp_str_fmt(vm, "%S (%zu sub-exception%s)", msg, n, n == 1 ? "" : "s");
}

static sp_val eg_derive(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "derive", args, kwnames, 2, 2);
    sp_val self = sp_vals_get(args, 0);
    sp_val a[2] = { sp_exc_attr(vm, self, vm->n.message), sp_vals_get(args, 1) };
    return sp_call(vm, type_val(vm->e.BaseExceptionGroup), SP_VALS(a), NULL);
}

/* MATCH_LEAVES: m is a list of leaf exceptions, matched by identity (the
 * projection of except*; never a user-visible matcher). */
typedef enum { MATCH_TYPE, MATCH_PREDICATE, MATCH_LEAVES } match_kind;

static match_kind matcher_kind(sp_vm *vm, sp_val m)
{
    if (sp_is_type(m) && sp_is_subtype(sp_as_type(m), vm->e.BaseException))
        return MATCH_TYPE;
    if (sp_is_tuple(m)) {
        sp_vals items = sp_tuple_items(m);
        for (size_t i = 0; i < items.len; i++) {
            sp_val t = sp_vals_get(items, i);
            if (!sp_is_type(t) || !sp_is_subtype(sp_as_type(t), vm->e.BaseException))
                goto bad;
        }
        return MATCH_TYPE;
    }
    if (sp_callable(vm, m) && !sp_is_type(m))
        return MATCH_PREDICATE;
bad:
    sp_raise_fmt(vm, vm->e.TypeError, "expected a function, exception type or tuple of exception types");
}

static bool matches(sp_vm *vm, sp_val exc, sp_val m, match_kind kind)
{
    if (kind == MATCH_PREDICATE)
        return sp_truthy(vm, sp_call1(vm, m, exc));
    if (kind == MATCH_LEAVES) {
        if (sp_isinstance(vm, exc, vm->e.BaseExceptionGroup))
            return false;
        for (size_t i = 0; i < sp_list_len(m); i++)
            if (sp_list_get(m, i) == exc)
                return true;
        return false;
    }
    sp_type *t = sp_type_of(vm, exc);
    if (sp_is_tuple(m)) {
        sp_vals items = sp_tuple_items(m);
        for (size_t i = 0; i < items.len; i++)
            if (sp_is_subtype(t, sp_as_type(sp_vals_get(items, i))))
                return true;
        return false;
    }
    return sp_is_subtype(t, sp_as_type(m));
}

/* eg.derive(excs) plus the metadata CPython copies onto split results. */
static sp_val derive_and_copy(sp_vm *vm, sp_val eg, sp_val list)
{
    sp_val r = sp_call1(vm, sp_getattr_cstr(vm, eg, "derive"), list);
    if (!sp_is_exc(r) || !sp_isinstance(vm, r, vm->e.BaseExceptionGroup))
        sp_raise_fmt(vm, vm->e.TypeError, "derive must return an instance of BaseExceptionGroup");
    sp_exc_obj *src = sp_as_exc(eg), *dst = sp_as_exc(r);
    dst->traceback = src->traceback;
    dst->context = src->context;
    dst->cause = src->cause;
    sp_val notes_key = sp_intern_cstr(vm, "__notes__");
    sp_val notes = src->dict != NULL ? sp_dict_get(vm, src->dict, notes_key) : NULL;
    if (notes != NULL)
        sp_setattr(vm, r, notes_key, notes);
    return r;
}

static void split_rec(sp_vm *vm, sp_val exc, sp_val m, match_kind kind, bool want_rest,
                      sp_val *match, sp_val *rest)
{
    sp_check_stack(vm);
    *match = NULL;
    *rest = NULL;
    if (matches(vm, exc, m, kind)) {
        *match = exc;
        return;
    }
    if (!sp_isinstance(vm, exc, vm->e.BaseExceptionGroup)) {
        *rest = exc;
        return;
    }
    sp_val excs = sp_exc_attr(vm, exc, vm->n.exceptions);
    sp_val mlist = sp_list_new(vm, 0);
    sp_val rlist = sp_list_new(vm, 0);
    size_t n = sp_tuple_len(excs);
    for (size_t i = 0; i < n; i++) {
        sp_val sm, sr;
        split_rec(vm, sp_tuple_get(excs, i), m, kind, want_rest, &sm, &sr);
        if (sm != NULL)
            sp_list_append(vm, mlist, sm);
        if (sr != NULL && want_rest)
            sp_list_append(vm, rlist, sr);
    }
    if (sp_list_len(mlist) > 0)
        *match = derive_and_copy(vm, exc, mlist);
    if (want_rest && sp_list_len(rlist) > 0)
        *rest = derive_and_copy(vm, exc, rlist);
}

void sp_exc_group_split(sp_vm *vm, sp_val eg, sp_val matcher, sp_val *match, sp_val *rest)
{
    match_kind kind = matcher_kind(vm, matcher);
    split_rec(vm, eg, matcher, kind, true, match, rest);
}

/* ---- except* --------------------------------------------------------------------
 * The exception that leaves a try/except* statement, from the original
 * exception and the list of what each clause raised (None for a clause
 * that ran to its end), as CPython 3.11.2 computes it.  A raised item
 * with the original's metadata (traceback, cause, context, notes: every
 * split part has them) is a re-raise of part of it; all re-raised leaves
 * together are projected back onto the original's tree.  Anything else is
 * new: new exceptions and the projection go into ExceptionGroup("", ...).
 * An original that is not a group is simply re-raised or replaced. */
static bool same_metadata(sp_vm *vm, sp_val a, sp_val b)
{
    sp_exc_obj *x = sp_as_exc(a), *y = sp_as_exc(b);
    sp_val key = sp_intern_cstr(vm, "__notes__");
    sp_val nx = x->dict != NULL && sp_is_dict(x->dict) ? sp_dict_get(vm, x->dict, key) : NULL;
    sp_val ny = y->dict != NULL && sp_is_dict(y->dict) ? sp_dict_get(vm, y->dict, key) : NULL;
    return nx == ny && x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

static void collect_leaves(sp_vm *vm, sp_val exc, sp_val out)
{
    sp_check_stack(vm);
    if (!sp_isinstance(vm, exc, vm->e.BaseExceptionGroup)) {
        sp_list_append(vm, out, exc);
        return;
    }
    sp_val excs = sp_exc_attr(vm, exc, vm->n.exceptions);
    if (excs == NULL || !sp_is_tuple(excs))
        return;
    for (size_t i = 0; i < sp_tuple_len(excs); i++)
        collect_leaves(vm, sp_tuple_get(excs, i), out);
}

sp_val sp_exc_prep_reraise_star(sp_vm *vm, sp_val orig, sp_val list)
{
    if (!sp_isinstance(vm, orig, vm->e.BaseExceptionGroup)) {
        for (size_t i = 0; i < sp_list_len(list); i++) {
            sp_val e = sp_list_get(list, i);
            if (e != NULL && e != vm->None)
                return e;
        }
        return vm->None;
    }
    sp_val raised = sp_list_new(vm, 0), leaves = sp_list_new(vm, 0);
    for (size_t i = 0; i < sp_list_len(list); i++) {
        sp_val e = sp_list_get(list, i);
        if (e == NULL || e == vm->None || !sp_is_exc(e))
            continue;
        if (same_metadata(vm, e, orig))
            collect_leaves(vm, e, leaves);
        else
            sp_list_append(vm, raised, e);
    }
    sp_val reraised = NULL, rest = NULL;
    if (sp_list_len(leaves) > 0)
        split_rec(vm, orig, leaves, MATCH_LEAVES, false, &reraised, &rest);
    if (sp_list_len(raised) == 0)
        return reraised != NULL ? reraised : vm->None;
    if (reraised != NULL)
        sp_list_append(vm, raised, reraised);
    bool all_exc = true;
    for (size_t i = 0; i < sp_list_len(raised); i++)
        all_exc = all_exc && sp_isinstance(vm, sp_list_get(raised, i), vm->e.Exception);
    sp_type *egt = all_exc ? vm->e.ExceptionGroup : vm->e.BaseExceptionGroup;
    return sp_call2(vm, type_val(egt), vm->empty_str, raised);
}

static sp_val eg_split(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "split", args, kwnames, 2, 2);
    sp_val match, rest;
    sp_exc_group_split(vm, sp_vals_get(args, 0), sp_vals_get(args, 1), &match, &rest);
    return sp_tuple_pack2(vm, match != NULL ? match : vm->None, rest != NULL ? rest : vm->None);
}

static sp_val eg_subgroup(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "subgroup", args, kwnames, 2, 2);
    sp_val m = sp_vals_get(args, 1);
    match_kind kind = matcher_kind(vm, m);
    sp_val match, rest;
    split_rec(vm, sp_vals_get(args, 0), m, kind, false, &match, &rest);
    return match != NULL ? match : vm->None;
}

static sp_val eg_class_getitem(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    /* typing's GenericAlias is not ours to build here: return the class,
     * which is enough for annotations. */
    return sp_vals_get(args, 0);
}

const sp_methoddef sp_excgroup_methods[] = {
    { "__new__", sp_excgroup_new, SP_METH_STATIC, NULL },
    { "__init__", eg_init, 0, NULL },
    { "__str__", eg_str, 0, NULL },
    { "derive", eg_derive, 0, NULL },
    { "split", eg_split, 0, NULL },
    { "subgroup", eg_subgroup, 0, NULL },
    { "__class_getitem__", eg_class_getitem, SP_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static sp_val get_message(sp_vm *vm, sp_val self) { return sp_exc_attr(vm, self, vm->n.message); }
static sp_val get_exceptions(sp_vm *vm, sp_val self) { return sp_exc_attr(vm, self, vm->n.exceptions); }

const sp_getsetdef sp_excgroup_getsets[] = {
    { "message", get_message, NULL, "exception message" },
    { "exceptions", get_exceptions, NULL, "nested exceptions" },
    { NULL, NULL, NULL, NULL },
};

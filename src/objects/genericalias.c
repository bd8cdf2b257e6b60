/* types.GenericAlias (list[int]) and types.UnionType (int | str): the
 * objects PEP 585 and PEP 604 put into annotations.  typing, types and
 * collections.abc need both at import time. */
#include "sp.h"
#include "objects/typeobj.h"

typedef struct ga_obj {
    sp_obj h;
    sp_val origin;
    sp_val args;            /* tuple */
    sp_val parameters;      /* tuple, computed lazily (NULL) */
} ga_obj;

typedef struct union_obj {
    sp_obj h;
    sp_val args;            /* tuple of at least 2 */
    sp_val parameters;
} union_obj;

static bool is_ga(sp_vm *vm, sp_val v) { return sp_is_ptr(v) && sp_is_subtype(v->type, vm->t.GenericAlias); }
static bool is_union(sp_vm *vm, sp_val v) { return sp_is_ptr(v) && v->type == vm->t.UnionType; }

static ga_obj *as_ga(sp_vm *vm, sp_val v)
{
    if (!is_ga(vm, v))
        sp_trap("bad downcast to ga_obj");
    return (ga_obj *)v;
}

static union_obj *as_union(sp_vm *vm, sp_val v)
{
    if (!is_union(vm, v))
        sp_trap("bad downcast to union_obj");
    return (union_obj *)v;
}

static sp_val arg(sp_vals args, size_t i) { return i < args.len ? sp_vals_get(args, i) : NULL; }

/* ---- shared helpers ------------------------------------------------------ */

/* repr of one argument: classes by qualified name, ... for Ellipsis. */
static void repr_item(sp_vm *vm, sp_strbuf *b, sp_val v)
{
    sp_check_stack(vm);
    if (v == vm->Ellipsis) {
        sp_strbuf_add_cstr(vm, b, "...");
        return;
    }
    if (sp_is_list(v)) {
        sp_strbuf_add_cstr(vm, b, "[");
        sp_vals items = sp_list_items(v);
        for (size_t i = 0; i < items.len; i++) {
            if (i)
                sp_strbuf_add_cstr(vm, b, ", ");
            sp_strbuf_add_str(vm, b, sp_repr(vm, sp_vals_get(items, i)));
        }
        sp_strbuf_add_cstr(vm, b, "]");
        return;
    }
    if (sp_is_type(v) && !is_ga(vm, v)) {
        sp_type *t = (sp_type *)v;
        if (t == vm->t.NoneType) {
            sp_strbuf_add_cstr(vm, b, "None");
            return;
        }
        sp_val mod = sp_getattr_opt(vm, v, vm->n.__module__);
        sp_val qn = sp_getattr_opt(vm, v, vm->n.__qualname__);
        if (qn && sp_is_str(qn)) {
            if (mod && sp_is_str(mod) && !sp_str_eq_cstr(mod, "builtins")) {
                sp_strbuf_add_str(vm, b, mod);
                sp_strbuf_add_cstr(vm, b, ".");
            }
            sp_strbuf_add_str(vm, b, qn);
            return;
        }
    }
    sp_strbuf_add_str(vm, b, sp_repr(vm, v));
}

/* TypeVars and friends have __typing_subst__; other arguments contribute
 * their own __parameters__. */
static sp_val make_parameters(sp_vm *vm, sp_val args)
{
    sp_val out = sp_list_new(vm, 0);
    sp_val subst = sp_intern_cstr(vm, "__typing_subst__");
    sp_val params_name = sp_intern_cstr(vm, "__parameters__");
    sp_vals items = sp_tuple_items(args);
    for (size_t i = 0; i < items.len; i++) {
        sp_val a = sp_vals_get(items, i);
        if (sp_is_type(a))
            continue;
        if (sp_type_lookup(vm, sp_type_of(vm, a), subst)) {
            if (!sp_contains(vm, out, a))
                sp_list_append(vm, out, a);
            continue;
        }
        sp_val ps = sp_getattr_opt(vm, a, params_name);
        if (ps && sp_is_tuple(ps)) {
            sp_vals pv = sp_tuple_items(ps);
            for (size_t j = 0; j < pv.len; j++)
                if (!sp_contains(vm, out, sp_vals_get(pv, j)))
                    sp_list_append(vm, out, sp_vals_get(pv, j));
        }
    }
    return sp_tuple_from(vm, sp_list_items(out));
}

static sp_val as_args_tuple(sp_vm *vm, sp_val args)
{
    if (sp_is_tuple(args))
        return args;
    sp_val t = sp_tuple_new(vm, 1);
    sp_tuple_set(t, 0, args);
    return t;
}

/* ======================================================================
 * GenericAlias
 * =================================================================== */

static sp_val ga_alloc(sp_vm *vm, sp_type *cls, sp_val origin, sp_val args)
{
    sp_val o = cls == vm->t.GenericAlias ? sp_alloc(vm, cls, sizeof(ga_obj)) : sp_alloc_instance(vm, cls);
    ga_obj *g = as_ga(vm, o);
    g->origin = origin;
    g->args = as_args_tuple(vm, args);
    return o;
}

sp_val sp_generic_alias_new(sp_vm *vm, sp_val origin, sp_val args)
{
    return ga_alloc(vm, vm->t.GenericAlias, origin, args);
}

static sp_val ga_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val cls = sp_vals_get(args, 0);
    if (!sp_is_type(cls) || !sp_is_subtype((sp_type *)cls, vm->t.GenericAlias))
        sp_raise_fmt(vm, vm->e.TypeError, "GenericAlias.__new__(X): X is not a subtype of GenericAlias");
    if (cls == (sp_val)vm->t.GenericAlias)
        sp_no_kwargs(vm, "GenericAlias", kwnames);
    size_t nk = kwnames ? sp_tuple_len(kwnames) : 0;
    sp_vals pos = sp_vals_sub(args, 1, args.len - 1 - nk);
    sp_check_nargs(vm, "GenericAlias", pos, NULL, 2, 2);
    return ga_alloc(vm, (sp_type *)cls, sp_vals_get(pos, 0), sp_vals_get(pos, 1));
}

static sp_val ga_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    ga_obj *g = as_ga(vm, sp_vals_get(args, 0));
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 32);
    repr_item(vm, &b, g->origin);
    sp_strbuf_add_cstr(vm, &b, "[");
    sp_vals items = sp_tuple_items(g->args);
    if (items.len == 0)
        sp_strbuf_add_cstr(vm, &b, "()");
    for (size_t i = 0; i < items.len; i++) {
        if (i)
            sp_strbuf_add_cstr(vm, &b, ", ");
        repr_item(vm, &b, sp_vals_get(items, i));
    }
    sp_strbuf_add_cstr(vm, &b, "]");
    return sp_strbuf_finish(vm, &b);
}

static sp_val ga_params(sp_vm *vm, ga_obj *g)
{
    if (g->parameters == NULL) {
        sp_val p = make_parameters(vm, g->args);
        g->parameters = p;
    }
    return g->parameters;
}

/* Substitute the alias's parameters by `items`. */
static sp_val subst_args(sp_vm *vm, sp_val self_repr_src, sp_val args, sp_val params, sp_val item)
{
    size_t np = sp_tuple_len(params);
    if (np == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%R is not a generic class", self_repr_src);
    sp_val items = as_args_tuple(vm, item);
    if (sp_tuple_len(items) != np)
        sp_raise_fmt(vm, vm->e.TypeError, "Too %s arguments for %R; actual %zu, expected %zu",
                     sp_tuple_len(items) > np ? "many" : "few", self_repr_src, sp_tuple_len(items), np);
    sp_vals a = sp_tuple_items(args);
    sp_val out = sp_tuple_new(vm, a.len);
    sp_val params_name = sp_intern_cstr(vm, "__parameters__");
    for (size_t i = 0; i < a.len; i++) {
        sp_val x = sp_vals_get(a, i);
        sp_val r = x;
        for (size_t j = 0; j < np; j++)
            if (sp_tuple_get(params, j) == x)
                r = sp_tuple_get(items, j);
        if (r == x && !sp_is_type(x)) {
            sp_val sub = sp_getattr_opt(vm, x, params_name);
            if (sub && sp_is_tuple(sub) && sp_tuple_len(sub) > 0) {
                sp_val subargs = sp_tuple_new(vm, sp_tuple_len(sub));
                for (size_t k = 0; k < sp_tuple_len(sub); k++) {
                    sp_val p = sp_tuple_get(sub, k);
                    sp_val v = p;
                    for (size_t j = 0; j < np; j++)
                        if (sp_tuple_get(params, j) == p)
                            v = sp_tuple_get(items, j);
                    sp_tuple_set(subargs, k, v);
                }
                r = sp_getitem(vm, x, sp_tuple_len(subargs) == 1 ? sp_tuple_get(subargs, 0) : subargs);
            }
        }
        sp_tuple_set(out, i, r);
    }
    return out;
}

static sp_val ga_getitem(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    ga_obj *g = as_ga(vm, self);
    sp_val nargs = subst_args(vm, self, g->args, ga_params(vm, g), sp_vals_get(args, 1));
    return ga_alloc(vm, sp_type_of(vm, self), g->origin, nargs);
}

static sp_val ga_call(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    ga_obj *g = as_ga(vm, self);
    sp_val r = sp_call(vm, g->origin, sp_vals_from(args, 1), kwnames);
    /* Best effort, as CPython: an object that refuses the attribute
     * (no __dict__, a strict __setattr__) is returned as is. */
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        sp_setattr(vm, r, sp_intern_cstr(vm, "__orig_class__"), self);
        sp_handler_pop(vm, &h);
    } else if (!sp_exc_matches(vm, vm->exc, vm->e.AttributeError) && !sp_exc_matches(vm, vm->exc, vm->e.TypeError)) {
        sp_raise(vm, vm->exc);
    }
    return r;
}

static sp_val ga_mro_entries(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    ga_obj *g = as_ga(vm, sp_vals_get(args, 0));
    sp_val t = sp_tuple_new(vm, 1);
    sp_tuple_set(t, 0, g->origin);
    return t;
}

static sp_val ga_eq(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val o = arg(args, 1);
    if (!is_ga(vm, o))
        return vm->NotImplemented;
    ga_obj *a = as_ga(vm, sp_vals_get(args, 0)), *b = as_ga(vm, o);
    return sp_bool(vm, sp_eq(vm, a->origin, b->origin) && sp_eq(vm, a->args, b->args));
}

static sp_val ga_hash(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    ga_obj *g = as_ga(vm, sp_vals_get(args, 0));
    int64_t h = sp_hash(vm, g->origin) ^ sp_hash(vm, g->args);
    return sp_int_from_i64(vm, h == -1 ? -2 : h);
}

static sp_val union_make(sp_vm *vm, sp_val a, sp_val b);
static bool unionable(sp_vm *vm, sp_val v)
{
    return v == vm->None || sp_is_type(v) || is_ga(vm, v) || is_union(vm, v);
}

static sp_val ga_or(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val a = sp_vals_get(args, 0), b = arg(args, 1);
    if (!unionable(vm, a) || !unionable(vm, b))
        return vm->NotImplemented;
    return union_make(vm, a, b);
}

static sp_val ga_ror(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val a = arg(args, 1), b = sp_vals_get(args, 0);
    if (!unionable(vm, a) || !unionable(vm, b))
        return vm->NotImplemented;
    return union_make(vm, a, b);
}

static sp_val generic_check(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_raise_fmt(vm, vm->e.TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static sp_val ga_subclasscheck(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_raise_fmt(vm, vm->e.TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

/* Names the alias answers itself; everything else comes from __origin__. */
static const char *const ga_own_names[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL,
};

static sp_val ga_getattribute(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0), name = sp_vals_get(args, 1);
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "attribute name must be string, not '%T'", name);
    bool own = false;
    sp_cstrs all = SP_ARRAY_SPAN(sp_cstrs, ga_own_names);
    sp_cstrs names = sp_cstrs_sub(all, 0, all.len - 1);   /* without the NULL */
    for (size_t i = 0; i < names.len; i++)
        if (sp_str_eq_cstr(name, sp_cstrs_get(names, i)))
            own = true;
    if (!own)
        return sp_getattr(vm, as_ga(vm, self)->origin, name);
    return sp_generic_getattr(vm, self, name, true);
}

static sp_val ga_get_origin(sp_vm *vm, sp_val self) { return as_ga(vm, self)->origin; }
static sp_val ga_get_args(sp_vm *vm, sp_val self) { return as_ga(vm, self)->args; }
static sp_val ga_get_parameters(sp_vm *vm, sp_val self) { return ga_params(vm, as_ga(vm, self)); }
static sp_val ga_get_unpacked(sp_vm *vm, sp_val self) { return vm->False; }

static const sp_methoddef ga_methods[] = {
    { "__new__", ga_new_m, SP_METH_STATIC, NULL },
    { "__repr__", ga_repr, 0, NULL },
    { "__getitem__", ga_getitem, 0, NULL },
    { "__call__", ga_call, 0, NULL },
    { "__mro_entries__", ga_mro_entries, 0, NULL },
    { "__eq__", ga_eq, 0, NULL },
    { "__hash__", ga_hash, 0, NULL },
    { "__or__", ga_or, 0, NULL },
    { "__ror__", ga_ror, 0, NULL },
    { "__instancecheck__", generic_check, 0, NULL },
    { "__subclasscheck__", ga_subclasscheck, 0, NULL },
    { "__getattribute__", ga_getattribute, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const sp_getsetdef ga_getsets[] = {
    { "__origin__", ga_get_origin, NULL, NULL },
    { "__args__", ga_get_args, NULL, NULL },
    { "__parameters__", ga_get_parameters, NULL, NULL },
    { "__unpacked__", ga_get_unpacked, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void ga_trace(sp_heap *h, sp_obj *o)
{
    ga_obj *g = (ga_obj *)o;
    sp_gc_mark(h, g->origin);
    sp_gc_mark(h, g->args);
    sp_gc_mark(h, g->parameters);
}

const sp_typedef sp_GenericAlias_def = {
    .name = "types.GenericAlias",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(ga_obj),
    .trace = ga_trace,
    .methods = ga_methods,
    .getsets = ga_getsets,
    .flags = SP_TF_BASETYPE,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
};

/* ======================================================================
 * UnionType
 * =================================================================== */

static void union_add(sp_vm *vm, sp_val out, sp_val v)
{
    if (v == vm->None)
        v = (sp_val)vm->t.NoneType;
    if (is_union(vm, v)) {
        sp_vals items = sp_tuple_items(as_union(vm, v)->args);
        for (size_t i = 0; i < items.len; i++)
            union_add(vm, out, sp_vals_get(items, i));
        return;
    }
    sp_vals have = sp_list_items(out);
    for (size_t i = 0; i < have.len; i++) {
        sp_val h = sp_vals_get(have, i);
        if (h == v || (is_ga(vm, h) && is_ga(vm, v) && sp_eq(vm, h, v)))
            return;
    }
    sp_list_append(vm, out, v);
}

static sp_val union_make(sp_vm *vm, sp_val a, sp_val b)
{
    sp_val out = sp_list_new(vm, 4);
    union_add(vm, out, a);
    union_add(vm, out, b);
    if (sp_list_len(out) == 1)
        return sp_list_get(out, 0);
    union_obj *u = (union_obj *)sp_alloc(vm, vm->t.UnionType, sizeof(union_obj));
    u->args = sp_tuple_from(vm, sp_list_items(out));
    return (sp_val)u;
}

/* type.__or__ / type.__ror__ (type.c's table points here). */
sp_val sp_type_or_fn(sp_vm *vm, sp_vals args, sp_val kwnames) { return ga_or(vm, args, kwnames); }
sp_val sp_type_ror_fn(sp_vm *vm, sp_vals args, sp_val kwnames) { return ga_ror(vm, args, kwnames); }

static sp_val union_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    union_obj *u = as_union(vm, sp_vals_get(args, 0));
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 32);
    sp_vals items = sp_tuple_items(u->args);
    for (size_t i = 0; i < items.len; i++) {
        if (i)
            sp_strbuf_add_cstr(vm, &b, " | ");
        repr_item(vm, &b, sp_vals_get(items, i));
    }
    return sp_strbuf_finish(vm, &b);
}

static sp_val union_instancecheck(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    union_obj *u = as_union(vm, sp_vals_get(args, 0));
    sp_val obj = sp_vals_get(args, 1);
    sp_vals items = sp_tuple_items(u->args);
    for (size_t i = 0; i < items.len; i++) {
        sp_val t = sp_vals_get(items, i);
        if (!sp_is_type(t))
            sp_raise_fmt(vm, vm->e.TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    }
    sp_val isinst = sp_dict_get_cstr(vm, vm->builtins, "isinstance");
    for (size_t i = 0; i < items.len; i++)
        if (sp_truthy(vm, sp_call2(vm, isinst, obj, sp_vals_get(items, i))))
            return vm->True;
    return vm->False;
}

static sp_val union_subclasscheck(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    union_obj *u = as_union(vm, sp_vals_get(args, 0));
    sp_val obj = sp_vals_get(args, 1);
    sp_vals items = sp_tuple_items(u->args);
    for (size_t i = 0; i < items.len; i++)
        if (!sp_is_type(sp_vals_get(items, i)))
            sp_raise_fmt(vm, vm->e.TypeError, "issubclass() argument 2 cannot be a parameterized generic");
    sp_val issub = sp_dict_get_cstr(vm, vm->builtins, "issubclass");
    for (size_t i = 0; i < items.len; i++)
        if (sp_truthy(vm, sp_call2(vm, issub, obj, sp_vals_get(items, i))))
            return vm->True;
    return vm->False;
}

static sp_val union_eq(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val o = arg(args, 1);
    if (!is_union(vm, o))
        return vm->NotImplemented;
    sp_val a = sp_frozenset_new(vm, as_union(vm, sp_vals_get(args, 0))->args);
    sp_val b = sp_frozenset_new(vm, as_union(vm, o)->args);
    return sp_richcmp(vm, a, b, SP_EQ);
}

static sp_val union_hash(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val a = sp_frozenset_new(vm, as_union(vm, sp_vals_get(args, 0))->args);
    return sp_int_from_i64(vm, sp_hash(vm, a));
}

static sp_val union_getitem(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    union_obj *u = as_union(vm, self);
    if (u->parameters == NULL) {
        sp_val p = make_parameters(vm, u->args);
        u->parameters = p;
    }
    sp_val nargs = subst_args(vm, self, u->args, u->parameters, sp_vals_get(args, 1));
    sp_val r = sp_tuple_get(nargs, 0);
    for (size_t i = 1; i < sp_tuple_len(nargs); i++)
        r = sp_binary(vm, SP_OP_OR, r, sp_tuple_get(nargs, i));
    return r;
}

static sp_val union_get_args(sp_vm *vm, sp_val self) { return as_union(vm, self)->args; }
static sp_val union_get_parameters(sp_vm *vm, sp_val self)
{
    union_obj *u = as_union(vm, self);
    if (u->parameters == NULL) {
        sp_val p = make_parameters(vm, u->args);
        u->parameters = p;
    }
    return u->parameters;
}

static const sp_methoddef union_methods[] = {
    { "__repr__", union_repr, 0, NULL },
    { "__or__", ga_or, 0, NULL },
    { "__ror__", ga_ror, 0, NULL },
    { "__instancecheck__", union_instancecheck, 0, NULL },
    { "__subclasscheck__", union_subclasscheck, 0, NULL },
    { "__eq__", union_eq, 0, NULL },
    { "__hash__", union_hash, 0, NULL },
    { "__getitem__", union_getitem, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const sp_getsetdef union_getsets[] = {
    { "__args__", union_get_args, NULL, NULL },
    { "__parameters__", union_get_parameters, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void union_trace(sp_heap *h, sp_obj *o)
{
    union_obj *u = (union_obj *)o;
    sp_gc_mark(h, u->args);
    sp_gc_mark(h, u->parameters);
}

const sp_typedef sp_UnionType_def = {
    .name = "types.UnionType",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(union_obj),
    .trace = union_trace,
    .methods = union_methods,
    .getsets = union_getsets,
    .flags = SP_TF_NOINSTANCE,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};

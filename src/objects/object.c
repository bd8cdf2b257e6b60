/* The `object` type -- the root of every class -- and the singleton types
 * NoneType, NotImplementedType and ellipsis.
 */
#include "sp.h"
#include "objects/typeobj.h"

/* ---- __new__ / __init__ and the "takes no arguments" rules ------------- */

static sp_val object_new_m(sp_vm *vm, sp_vals args, sp_val kwnames);
static sp_val object_init_m(sp_vm *vm, sp_vals args, sp_val kwnames);

/* Whether t's __new__ / __init__ is object's, by the C function behind
 * it (one cached lookup, no comparison with object's dict). */
bool sp_is_object_new(sp_vm *vm, sp_val f)
{
    return sp_is_ptr(f) && f->type == vm->t.builtin_function && ((sp_builtin_obj *)f)->def->fn == object_new_m;
}

bool sp_is_object_init(sp_vm *vm, sp_val f)
{
    return sp_is_ptr(f) && f->type == vm->t.method_descriptor && ((sp_methoddescr_obj *)f)->def->fn == object_init_m;
}

static bool overrides(sp_vm *vm, sp_type *t, sp_val name)
{
    sp_val mine = sp_type_lookup(vm, t, name);
    if (name == vm->n.__new__)
        return !sp_is_object_new(vm, mine);
    if (name == vm->n.__init__)
        return !sp_is_object_init(vm, mine);
    sp_val objs = sp_dict_get_str(vm, vm->t.object->dict, name);
    return mine != objs;
}

bool sp_type_is_object_new(sp_vm *vm, sp_type *type) { return !overrides(vm, type, vm->n.__new__); }
bool sp_type_is_object_init(sp_vm *vm, sp_type *type) { return !overrides(vm, type, vm->n.__init__); }

static _Noreturn void raise_abstract(sp_vm *vm, sp_type *t)
{
    sp_val am = sp_dict_get_str(vm, t->dict, vm->n.__abstractmethods__);
    if (am == NULL)
        am = sp_getattr_opt(vm, (sp_val)t, vm->n.__abstractmethods__);
    sp_val names = am ? sp_list_from_iter(vm, am) : sp_list_new(vm, 0);
    sp_list_sort(vm, names, NULL, false);
    size_t n = sp_list_len(names);
    sp_val joined = sp_str_join(vm, sp_str_from_cstr(vm, ", "), sp_list_items(names));
    sp_raise_fmt(vm, vm->e.TypeError, "Can't instantiate abstract class %U with abstract method%s %U",
                 t->name, n == 1 ? "" : "s", joined);
}

/* A new instance of t (OBJECT layout), as sp_alloc_instance makes it
 * (instance_size bytes, at least a header; the finalizer flag if the C
 * part has one), with the size it asked for noted in type.c's memo. */
static sp_val new_plain_instance(sp_vm *vm, sp_type *t)
{
    size_t size = t->instance_size < sizeof(sp_obj) ? sizeof(sp_obj) : t->instance_size;
    sp_obj *o = t->def->finalize != NULL ? sp_alloc_finalized(vm, t, size) : sp_alloc(vm, t, size);
    sp_obj_note_alloc(o, size);
    return o;
}

static sp_val object_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (args.len == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "object.__new__(): not enough arguments");
    sp_val cls = sp_vals_get(args, 0);
    if (!sp_is_type(cls))
        sp_raise_fmt(vm, vm->e.TypeError, "object.__new__(X): X is not a type object (%T)", cls);
    sp_type *t = (sp_type *)cls;
    if (args.len > 1) {
        if (overrides(vm, t, vm->n.__new__))
            sp_raise_fmt(vm, vm->e.TypeError,
                         "object.__new__() takes exactly one argument (the type to instantiate)");
        if (!overrides(vm, t, vm->n.__init__))
            sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no arguments", sp_type_name(t));
    }
    if (t->def->layout != SP_LAYOUT_OBJECT) {
        sp_type *sb = t;
        while ((sb->flags & SP_TF_HEAPTYPE) && sb->base)
            sb = sb->base;
        sp_raise_fmt(vm, vm->e.TypeError, "object.__new__(%s) is not safe, use %s.__new__()", sp_type_name(t),
                     sp_type_name(sb));
    }
    if (t->flags & SP_TF_NOINSTANCE)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot create '%s' instances", sp_type_name(t));
    if (t->flags & SP_TF_ABSTRACT)
        raise_abstract(vm, t);
    return new_plain_instance(vm, t);
}

/* object() for a class that keeps object's __new__ and __init__ (or
 * only __new__): sp_type_call's fast path. */
sp_val sp_object_new_instance(sp_vm *vm, sp_type *t)
{
    if (t->def->layout != SP_LAYOUT_OBJECT || (t->flags & (SP_TF_NOINSTANCE | SP_TF_ABSTRACT)))
    {
        sp_val a[1] = { (sp_val)t };
        return object_new_m(vm, SP_VALS(a), NULL);
    }
    return new_plain_instance(vm, t);
}

static sp_val object_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    if (args.len > 1) {
        sp_type *t = sp_type_of(vm, self);
        if (overrides(vm, t, vm->n.__init__))
            sp_raise_fmt(vm, vm->e.TypeError,
                         "object.__init__() takes exactly one argument (the instance to initialize)");
        if (!overrides(vm, t, vm->n.__new__))
            sp_raise_fmt(vm, vm->e.TypeError,
                         "%s.__init__() takes exactly one argument (the instance to initialize)", sp_type_name(t));
    }
    return vm->None;
}

/* ---- repr / str / format ---------------------------------------------- */

static sp_val object_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    sp_type *t = sp_type_of(vm, self);
    sp_val mod = sp_type_lookup(vm, t, vm->n.__module__);
    if (!(t->flags & SP_TF_HEAPTYPE))
        mod = sp_dict_get_str(vm, t->dict, vm->n.__module__);
    sp_val head;
    if (mod && sp_is_str(mod) && !sp_str_eq_cstr(mod, "builtins"))
        head = sp_str_fmt(vm, "<%U.%U object at ", mod, t->qualname);
    else
        head = sp_str_fmt(vm, "<%U object at ", t->qualname);
    return sp_str_concat(vm, head, sp_obj_addr_repr(vm, "", self, ">"));
}

static sp_val object_str_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__str__", sp_vals_from(args, 1), kwnames, 0, 0);
    /* The __repr__ itself, unchecked: str() then reports a non-str result
     * as __str__'s, as CPython does. */
    sp_val self = sp_vals_get(args, 0);
    if (sp_is_ptr(self) && self->type != vm->t.str) {
        sp_val r = sp_call_special(vm, self, vm->n.__repr__, SP_NOVALS);
        if (r != NULL)
            return r;
    }
    return sp_repr(vm, self);
}

static sp_val object_format_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "object.__format__", sp_vals_from(args, 1), kwnames, 1, 1);
    sp_val self = sp_vals_get(args, 0), spec = sp_vals_get(args, 1);
    if (!sp_is_str(spec))
        sp_raise_fmt(vm, vm->e.TypeError, "__format__() argument must be str, not %T", spec);
    if (sp_str_len(spec) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "unsupported format string passed to %U.__format__",
                     sp_type_of(vm, self)->qualname);
    return sp_str(vm, self);
}

/* ---- comparison and hashing --------------------------------------------- */

static sp_val object_eq_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__eq__", sp_vals_from(args, 1), kwnames, 1, 1);
    return sp_vals_get(args, 0) == sp_vals_get(args, 1) ? vm->True : vm->NotImplemented;
}

/* __ne__ inverts __eq__ unless that is NotImplemented. */
static sp_val object_ne_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__ne__", sp_vals_from(args, 1), kwnames, 1, 1);
    sp_val self = sp_vals_get(args, 0), other = sp_vals_get(args, 1);
    sp_val eq = sp_type_lookup(vm, sp_type_of(vm, self), vm->n.__eq__);
    if (eq == NULL)
        return vm->NotImplemented;
    sp_val argv[1] = { other };
    sp_val r = sp_call_special(vm, self, vm->n.__eq__, SP_VALS(argv));
    if (r == NULL || r == vm->NotImplemented)
        return vm->NotImplemented;
    return sp_bool(vm, !sp_truthy(vm, r));
}

static sp_val object_notimpl_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "comparison", sp_vals_from(args, 1), kwnames, 1, 1);
    return vm->NotImplemented;
}

static int64_t identity_hash(sp_val v)
{
    /* CPython rotates the address by 4 bits: the low bits are always 0. */
    uint64_t a = (uint64_t)(uintptr_t)v;
    uint64_t h = (a >> 4) | (a << 60);
    int64_t r = (int64_t)(h & 0x0fffffffffffffffULL);
    return r == -1 ? -2 : r;
}

static sp_val object_hash_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__hash__", sp_vals_from(args, 1), kwnames, 0, 0);
    return sp_int_from_i64(vm, identity_hash(sp_vals_get(args, 0)));
}

/* ---- attributes --------------------------------------------------------------- */

static void check_name(sp_vm *vm, sp_val name)
{
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "attribute name must be string, not '%T'", name);
}

sp_val sp_object_getattribute_fn(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__getattribute__", sp_vals_from(args, 1), kwnames, 1, 1);
    sp_val name = sp_vals_get(args, 1);
    check_name(vm, name);
    return sp_generic_getattr(vm, sp_vals_get(args, 0), name, true);
}

sp_val sp_object_setattr_fn(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__setattr__", sp_vals_from(args, 1), kwnames, 2, 2);
    sp_val name = sp_vals_get(args, 1);
    check_name(vm, name);
    sp_generic_setattr(vm, sp_vals_get(args, 0), name, sp_vals_get(args, 2));
    return vm->None;
}

sp_val sp_object_delattr_fn(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__delattr__", sp_vals_from(args, 1), kwnames, 1, 1);
    sp_val name = sp_vals_get(args, 1);
    check_name(vm, name);
    sp_generic_setattr(vm, sp_vals_get(args, 0), name, NULL);
    return vm->None;
}

sp_val sp_generic_getattr(sp_vm *vm, sp_val obj, sp_val name, bool raise)
{
    sp_type *tp = sp_type_of(vm, obj);
    sp_val descr = sp_type_lookup(vm, tp, name);
    if (descr && sp_is_ptr(descr) && descr->type != vm->t.function && sp_is_data_descr(vm, descr))
        return sp_descr_get(vm, descr, obj, tp);
    if (sp_is_ptr(obj) && tp->dict_offset) {
        sp_val d = sp_obj_peek_dict(vm, obj);
        if (d) {
            sp_val v = sp_dict_get_str(vm, d, name);
            if (v)
                return v;
        }
    }
    if (descr)
        return sp_descr_get(vm, descr, obj, tp);
    if (raise)
        sp_raise_no_attr(vm, obj, name);
    return NULL;
}

void sp_generic_setattr(sp_vm *vm, sp_val obj, sp_val name, sp_val value)
{
    sp_type *tp = sp_type_of(vm, obj);
    sp_val descr = sp_type_lookup(vm, tp, name);
    if (descr && sp_descr_set(vm, descr, obj, value))
        return;
    sp_val d = sp_obj_get_dict(vm, obj);
    if (d) {
        if (value) {
            sp_dict_set(vm, d, sp_intern(vm, name), value);
            sp_type_note_attrs(tp, d);
            return;
        }
        if (sp_dict_del(vm, d, name))
            return;
        sp_raise_no_attr(vm, obj, name);
    }
    if (descr) {
        sp_val msg = sp_str_fmt(vm, "'%T' object attribute '%U' is read-only", obj, name);
        sp_raise(vm, sp_exc_new_msg(vm, vm->e.AttributeError, msg));
    }
    sp_raise_no_attr(vm, obj, name);
}

/* ---- __class__ ------------------------------------------------------------------ */

static sp_val object_get_class(sp_vm *vm, sp_val self) { return (sp_val)sp_type_of(vm, self); }

static bool same_layout(sp_type *a, sp_type *b)
{
    return a->def == b->def && a->instance_size == b->instance_size && a->dict_offset == b->dict_offset
           && a->nslots == b->nslots;
}

static void object_set_class(sp_vm *vm, sp_val self, sp_val value)
{
    if (value == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "can't delete __class__ attribute");
    if (!sp_is_type(value))
        sp_raise_fmt(vm, vm->e.TypeError, "__class__ must be set to a class, not '%T' object", value);
    sp_type *nt = (sp_type *)value, *ot = sp_type_of(vm, self);
    if (sp_is_type(self) && !(((sp_type *)self)->flags & SP_TF_HEAPTYPE))
        sp_raise_fmt(vm, vm->e.TypeError, "cannot set '__class__' attribute of immutable type '%s'",
                     sp_type_name((sp_type *)self));
    bool ok_kind = ((nt->flags & SP_TF_HEAPTYPE) && (ot->flags & SP_TF_HEAPTYPE))
                   || (sp_is_subtype(nt, vm->t.module) && sp_is_subtype(ot, vm->t.module));
    if (!ok_kind)
        sp_raise_fmt(vm, vm->e.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    sp_type_check_assign_layout(vm, ot, nt, "__class__");
    /* The backstop: what SafePy's own layouts need. */
    if (!same_layout(nt, ot))
        sp_raise_fmt(vm, vm->e.TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                     sp_type_name(nt), sp_type_name(ot));
    self->type = nt;
}

/* ---- misc ----------------------------------------------------------------------- */

sp_val sp_obj_dir(sp_vm *vm, sp_val obj)
{
    sp_val names = sp_dict_new(vm);
    sp_val d = sp_getattr_opt(vm, obj, vm->n.__dict__);
    if (d && sp_is_dict(d))
        sp_dict_update(vm, names, d);
    sp_val cls = sp_getattr_opt(vm, obj, vm->n.__class__);
    if (cls && sp_is_type(cls)) {
        sp_vals mro = sp_tuple_items(((sp_type *)cls)->mro);
        for (size_t i = 0; i < mro.len; i++)
            sp_dict_update(vm, names, ((sp_type *)sp_vals_get(mro, i))->dict);
    }
    return sp_dict_keys_list(vm, names);
}

static sp_val object_dir_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__dir__", sp_vals_from(args, 1), kwnames, 0, 0);
    return sp_obj_dir(vm, sp_vals_get(args, 0));
}

static sp_val object_sizeof_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "object.__sizeof__", sp_vals_from(args, 1), kwnames, 0, 0);
    sp_val self = sp_vals_get(args, 0);
    return sp_int_from_size(vm, sp_is_ptr(self) ? sp_type_of(vm, self)->instance_size : sizeof(sp_obj));
}

static sp_val object_init_subclass_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (kwnames && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%U.__init_subclass__() takes no keyword arguments",
                     ((sp_type *)sp_vals_get(args, 0))->qualname);
    if (args.len > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "%U.__init_subclass__() takes no arguments (%zu given)",
                     ((sp_type *)sp_vals_get(args, 0))->qualname, args.len - 1);
    return vm->None;
}

static sp_val object_subclasshook_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return vm->NotImplemented;
}

/* object.__getstate__: the instance dict (None if empty), paired with a
 * dict of the set __slots__ values when the class has slots.  `required`:
 * refuse objects whose C state the dict would not capture. */
static sp_val getstate_default(sp_vm *vm, sp_val self, bool required)
{
    sp_type *t = sp_type_of(vm, self);
    if (required && t->def->layout != SP_LAYOUT_OBJECT && t->def->layout != SP_LAYOUT_EXC)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot pickle '%T' object", self);
    sp_val state = vm->None;
    sp_val d = sp_obj_peek_dict(vm, self);
    if (d && sp_dict_len(d) > 0)
        state = sp_dict_copy(vm, d);
    sp_val slots = NULL;
    sp_vals mro = sp_tuple_items(t->mro);
    for (size_t i = 0; i < mro.len; i++) {
        sp_type *b = (sp_type *)sp_vals_get(mro, i);
        if (!(b->flags & SP_TF_HEAPTYPE))
            continue;
        size_t pos = 0;
        sp_val k, v;
        while (sp_dict_next(b->dict, &pos, &k, &v)) {
            if (!sp_is_ptr(v) || v->type != vm->t.member_descriptor)
                continue;
            sp_val val = sp_obj_get_slot(vm, self, ((sp_memberdescr_obj *)v)->index);
            if (val == NULL)
                continue;
            if (slots == NULL)
                slots = sp_dict_new(vm);
            sp_dict_set(vm, slots, k, val);
        }
    }
    if (slots)
        return sp_tuple_pack2(vm, state, slots);
    return state;
}

static sp_val object_getstate_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__getstate__", sp_vals_from(args, 1), kwnames, 0, 0);
    return getstate_default(vm, sp_vals_get(args, 0), false);
}

/* Protocol 2+ reduction (copyreg.__newobj__), as CPython's reduce_newobj. */
static sp_val reduce_newobj(sp_vm *vm, sp_val self)
{
    sp_type *t = sp_type_of(vm, self);
    if (sp_type_lookup(vm, t, vm->n.__new__) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot pickle '%T' object", self);
    sp_val copyreg = sp_import_cstr(vm, "copyreg");
    sp_val args = NULL, kwargs = NULL;
    sp_val r = sp_call_special(vm, self, sp_intern_cstr(vm, "__getnewargs_ex__"), SP_NOVALS);
    if (r) {
        if (!sp_is_tuple(r) || sp_tuple_len(r) != 2)
            sp_raise_fmt(vm, vm->e.TypeError, "__getnewargs_ex__ should return a tuple of length 2");
        args = sp_tuple_get(r, 0);
        kwargs = sp_tuple_get(r, 1);
        if (!sp_is_tuple(args))
            sp_raise_fmt(vm, vm->e.TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%T'", args);
        if (!sp_is_dict(kwargs))
            sp_raise_fmt(vm, vm->e.TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%T'", kwargs);
    } else {
        r = sp_call_special(vm, self, sp_intern_cstr(vm, "__getnewargs__"), SP_NOVALS);
        if (r) {
            if (!sp_is_tuple(r))
                sp_raise_fmt(vm, vm->e.TypeError, "__getnewargs__ should return a tuple, not '%T'", r);
            args = r;
        }
    }
    bool hasargs = args != NULL;
    if (args == NULL)
        args = sp_tuple_new(vm, 0);
    sp_val newobj, newargs;
    if (kwargs == NULL || sp_dict_len(kwargs) == 0) {
        newobj = sp_getattr_cstr(vm, copyreg, "__newobj__");
        size_t n = sp_tuple_len(args);
        newargs = sp_tuple_new(vm, n + 1);
        sp_tuple_set(newargs, 0, (sp_val)t);
        for (size_t i = 0; i < n; i++)
            sp_tuple_set(newargs, i + 1, sp_tuple_get(args, i));
    } else {
        newobj = sp_getattr_cstr(vm, copyreg, "__newobj_ex__");
        newargs = sp_tuple_new(vm, 3);
        sp_tuple_set(newargs, 0, (sp_val)t);
        sp_tuple_set(newargs, 1, args);
        sp_tuple_set(newargs, 2, kwargs);
    }
    bool is_list = sp_is_subtype(t, vm->t.list), is_dict = sp_is_subtype(t, vm->t.dict);
    sp_val state;
    sp_val gs = sp_type_lookup(vm, t, vm->n.__getstate__);
    if (gs == sp_dict_get_str(vm, vm->t.object->dict, vm->n.__getstate__))
        state = getstate_default(vm, self, !hasargs && !is_list && !is_dict);
    else
        state = sp_call_special(vm, self, vm->n.__getstate__, SP_NOVALS);
    sp_val listitems = is_list ? sp_iter(vm, self) : vm->None;
    sp_val dictitems = is_dict ? sp_iter(vm, sp_call0(vm, sp_getattr(vm, self, vm->n.items))) : vm->None;
    sp_val out = sp_tuple_new(vm, 5);
    sp_tuple_set(out, 0, newobj);
    sp_tuple_set(out, 1, newargs);
    sp_tuple_set(out, 2, state);
    sp_tuple_set(out, 3, listitems);
    sp_tuple_set(out, 4, dictitems);
    return out;
}

static sp_val object_reduce_common(sp_vm *vm, sp_val self, int64_t proto)
{
    if (proto >= 2)
        return reduce_newobj(vm, self);
    sp_val copyreg = sp_import_cstr(vm, "copyreg");
    return sp_call2(vm, sp_getattr_cstr(vm, copyreg, "_reduce_ex"), self, sp_small(proto));
}

static sp_val object_reduce_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__reduce__", sp_vals_from(args, 1), kwnames, 0, 0);
    return object_reduce_common(vm, sp_vals_get(args, 0), 0);
}

static sp_val object_reduce_ex_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__reduce_ex__", sp_vals_from(args, 1), kwnames, 1, 1);
    sp_val self = sp_vals_get(args, 0);
    sp_val pv = sp_vals_get(args, 1);
    if (!sp_is_int(pv))
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object cannot be interpreted as an integer", pv);
    int64_t proto = sp_int_as_i64(vm, pv);
    /* A class that overrides __reduce__ gets it called. */
    sp_val red = sp_type_lookup(vm, sp_type_of(vm, self), vm->n.__reduce__);
    if (red && red != sp_dict_get_str(vm, vm->t.object->dict, vm->n.__reduce__))
        return sp_call_special(vm, self, vm->n.__reduce__, SP_NOVALS);
    return object_reduce_common(vm, self, proto);
}

static const sp_methoddef object_methods[] = {
    { "__new__", object_new_m, SP_METH_STATIC, NULL },
    { "__repr__", object_repr_m, 0, NULL },
    { "__hash__", object_hash_m, 0, NULL },
    { "__str__", object_str_m, 0, NULL },
    { "__getattribute__", sp_object_getattribute_fn, 0, NULL },
    { "__setattr__", sp_object_setattr_fn, 0, NULL },
    { "__delattr__", sp_object_delattr_fn, 0, NULL },
    { "__lt__", object_notimpl_m, 0, NULL },
    { "__le__", object_notimpl_m, 0, NULL },
    { "__eq__", object_eq_m, 0, NULL },
    { "__ne__", object_ne_m, 0, NULL },
    { "__gt__", object_notimpl_m, 0, NULL },
    { "__ge__", object_notimpl_m, 0, NULL },
    { "__init__", object_init_m, 0, NULL },
    { "__reduce_ex__", object_reduce_ex_m, 0, NULL },
    { "__reduce__", object_reduce_m, 0, NULL },
    { "__getstate__", object_getstate_m, 0, NULL },
    { "__subclasshook__", object_subclasshook_m, SP_METH_CLASS, NULL },
    { "__init_subclass__", object_init_subclass_m, SP_METH_CLASS, NULL },
    { "__format__", object_format_m, 0, NULL },
    { "__sizeof__", object_sizeof_m, 0, NULL },
    { "__dir__", object_dir_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef object_getsets[] = {
    { "__class__", object_get_class, object_set_class, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_object_def = {
    .name = "object",
    .layout = SP_LAYOUT_OBJECT,
    .size = sizeof(sp_obj),
    .methods = object_methods,
    .getsets = object_getsets,
    .flags = SP_TF_BASETYPE,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
};

/* ======================================================================
 * NoneType, NotImplementedType, ellipsis
 * =================================================================== */

static sp_val none_repr(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_intern_cstr(vm, "None"); }
static sp_val none_bool(sp_vm *vm, sp_vals args, sp_val kwnames) { return vm->False; }
static sp_val none_new(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (args.len > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "NoneType takes no arguments");
    return vm->None;
}

static const sp_methoddef none_methods[] = {
    { "__new__", none_new, SP_METH_STATIC, NULL },
    { "__repr__", none_repr, 0, NULL },
    { "__bool__", none_bool, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_NoneType_def = {
    .name = "NoneType",
    .layout = SP_LAYOUT_OBJECT,
    .size = sizeof(sp_obj),
    .methods = none_methods,
};

static sp_val notimpl_repr(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_intern_cstr(vm, "NotImplemented"); }
static sp_val notimpl_new(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (args.len > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "NotImplementedType takes no arguments");
    return vm->NotImplemented;
}
static sp_val notimpl_reduce(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_intern_cstr(vm, "NotImplemented"); }

static const sp_methoddef notimpl_methods[] = {
    { "__new__", notimpl_new, SP_METH_STATIC, NULL },
    { "__repr__", notimpl_repr, 0, NULL },
    { "__reduce__", notimpl_reduce, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_NotImplementedType_def = {
    .name = "NotImplementedType",
    .layout = SP_LAYOUT_OBJECT,
    .size = sizeof(sp_obj),
    .methods = notimpl_methods,
};

static sp_val ellipsis_repr(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_intern_cstr(vm, "Ellipsis"); }
static sp_val ellipsis_new(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (args.len > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "EllipsisType takes no arguments");
    return vm->Ellipsis;
}

static const sp_methoddef ellipsis_methods[] = {
    { "__new__", ellipsis_new, SP_METH_STATIC, NULL },
    { "__repr__", ellipsis_repr, 0, NULL },
    { "__reduce__", ellipsis_repr, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_ellipsis_def = {
    .name = "ellipsis",
    .layout = SP_LAYOUT_OBJECT,
    .size = sizeof(sp_obj),
    .methods = ellipsis_methods,
};

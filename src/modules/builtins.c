/* The builtins module: assembled from the types of vm->t, the exceptions
 * of vm->e, the constants, and each area's table of builtin functions.
 * This file also holds the type system's own builtins (sp_builtins_types).
 */
#include "sp.h"
#include "objects/typeobj.h"

static sp_val arg(sp_vals args, size_t i) { return i < args.len ? sp_vals_get(args, i) : NULL; }

/* ---- isinstance / issubclass ---------------------------------------------- */
/* CPython's algorithm (Objects/abstract.c): exact types take a fast path;
 * a union stands for the tuple of its arguments; tuples are searched; else
 * the class's __instancecheck__/__subclasscheck__ decides; and objects
 * that are not types still count as classes if they have a __bases__
 * tuple (the "abstract" protocol). */

/* x.__bases__ if it is a tuple, else NULL (only AttributeError is hidden). */
static sp_val abstract_bases(sp_vm *vm, sp_val x)
{
    sp_val b = sp_getattr_opt(vm, x, vm->n.__bases__);
    return b != NULL && sp_is_tuple(b) ? b : NULL;
}

static bool abstract_issubclass(sp_vm *vm, sp_val derived, sp_val cls)
{
    for (;;) {
        sp_check_stack(vm);
        if (derived == cls)
            return true;
        sp_val bases = abstract_bases(vm, derived);
        if (bases == NULL || sp_tuple_len(bases) == 0)
            return false;
        if (sp_tuple_len(bases) == 1) {
            derived = sp_tuple_get(bases, 0);
            continue;
        }
        for (size_t i = 0; i < sp_tuple_len(bases); i++)
            if (abstract_issubclass(vm, sp_tuple_get(bases, i), cls))
                return true;
        return false;
    }
}

static bool is_union(sp_vm *vm, sp_val v)
{
    return vm->t.UnionType != NULL && sp_is_ptr(v) && v->type == vm->t.UnionType;
}

/* What type.__subclasscheck__ does. */
static bool recursive_issubclass(sp_vm *vm, sp_val derived, sp_val cls)
{
    if (sp_is_type(cls) && sp_is_type(derived))
        return sp_is_subtype((sp_type *)derived, (sp_type *)cls);
    if (abstract_bases(vm, derived) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "issubclass() arg 1 must be a class");
    if (!is_union(vm, cls) && abstract_bases(vm, cls) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return abstract_issubclass(vm, derived, cls);
}

/* What type.__instancecheck__ does. */
static bool object_isinstance(sp_vm *vm, sp_val obj, sp_val cls)
{
    if (sp_is_type(cls)) {
        if (sp_isinstance(vm, obj, (sp_type *)cls))
            return true;
        sp_val icls = sp_getattr_opt(vm, obj, vm->n.__class__);
        if (icls && sp_is_type(icls) && icls != (sp_val)sp_type_of(vm, obj))
            return sp_is_subtype((sp_type *)icls, (sp_type *)cls);
        return false;
    }
    if (abstract_bases(vm, cls) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    sp_val icls = sp_getattr_opt(vm, obj, vm->n.__class__);
    return icls != NULL && abstract_issubclass(vm, icls, cls);
}

/* The class's own check method, or NULL when it is type's (which the
 * functions above implement). */
static sp_val check_method(sp_vm *vm, sp_val cls, sp_val name)
{
    sp_type *mt = sp_type_of(vm, cls);
    sp_val m = sp_type_lookup(vm, mt, name);
    if (m != NULL && m == sp_type_lookup(vm, vm->t.type, name))
        return NULL;
    return m;
}

/* CPython counts the nesting of class tuples against the recursion limit
 * (RecursionError "... in __instancecheck__"). */
static void enter_check(sp_vm *vm, size_t level, const char *where)
{
    sp_check_stack(vm);
    if (vm->depth + level > vm->recursion_limit)
        sp_raise_fmt(vm, vm->e.RecursionError, "maximum recursion depth exceeded%s", where);
}

static bool isinstance_at(sp_vm *vm, sp_val obj, sp_val cls, size_t level);

static bool do_isinstance(sp_vm *vm, sp_val obj, sp_val cls)
{
    return isinstance_at(vm, obj, cls, 1);
}

static bool isinstance_at(sp_vm *vm, sp_val obj, sp_val cls, size_t level)
{
    enter_check(vm, level, " in __instancecheck__");
    if ((sp_val)sp_type_of(vm, obj) == cls)
        return true;
    if (sp_is_ptr(cls) && cls->type == vm->t.type)
        return object_isinstance(vm, obj, cls);
    if (is_union(vm, cls))
        cls = sp_getattr(vm, cls, sp_intern_cstr(vm, "__args__"));
    if (sp_is_tuple(cls)) {
        sp_vals items = sp_tuple_items(cls);
        for (size_t i = 0; i < items.len; i++)
            if (isinstance_at(vm, obj, sp_vals_get(items, i), level + 1))
                return true;
        return false;
    }
    if (sp_is_type(cls) && check_method(vm, cls, vm->n.__instancecheck__) == NULL)
        return object_isinstance(vm, obj, cls);
    sp_val args[1] = { obj };
    sp_val r = sp_call_special(vm, cls, vm->n.__instancecheck__, SP_VALS(args));
    if (r)
        return sp_truthy(vm, r);
    return object_isinstance(vm, obj, cls);
}

static bool issubclass_at(sp_vm *vm, sp_val derived, sp_val cls, size_t level);

static bool do_issubclass(sp_vm *vm, sp_val derived, sp_val cls)
{
    return issubclass_at(vm, derived, cls, 1);
}

static bool issubclass_at(sp_vm *vm, sp_val derived, sp_val cls, size_t level)
{
    enter_check(vm, level, " in __subclasscheck__");
    if (sp_is_ptr(cls) && cls->type == vm->t.type) {
        if (derived == cls)
            return true;
        return recursive_issubclass(vm, derived, cls);
    }
    if (is_union(vm, cls))
        cls = sp_getattr(vm, cls, sp_intern_cstr(vm, "__args__"));
    if (sp_is_tuple(cls)) {
        sp_vals items = sp_tuple_items(cls);
        for (size_t i = 0; i < items.len; i++)
            if (issubclass_at(vm, derived, sp_vals_get(items, i), level + 1))
                return true;
        return false;
    }
    if (sp_is_type(cls) && check_method(vm, cls, vm->n.__subclasscheck__) == NULL)
        return recursive_issubclass(vm, derived, cls);
    sp_val args[1] = { derived };
    sp_val r = sp_call_special(vm, cls, vm->n.__subclasscheck__, SP_VALS(args));
    if (r)
        return sp_truthy(vm, r);
    return recursive_issubclass(vm, derived, cls);
}

sp_val sp_bi_isinstance(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "isinstance", args, kwnames, 2, 2);
    return sp_bool(vm, do_isinstance(vm, sp_vals_get(args, 0), sp_vals_get(args, 1)));
}

static sp_val bi_issubclass(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "issubclass", args, kwnames, 2, 2);
    sp_val d = sp_vals_get(args, 0), c = sp_vals_get(args, 1);
    return sp_bool(vm, do_issubclass(vm, d, c));
}

/* ---- attributes ------------------------------------------------------------- */

static sp_val attr_name(sp_vm *vm, sp_val name)
{
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "attribute name must be string, not '%T'", name);
    return name;
}

static sp_val bi_getattr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "getattr", args, kwnames, 2, 3);
    sp_val obj = sp_vals_get(args, 0), name = attr_name(vm, sp_vals_get(args, 1));
    sp_val dflt = arg(args, 2);
    if (dflt == NULL)
        return sp_getattr(vm, obj, name);
    sp_val r = sp_getattr_opt(vm, obj, name);
    return r ? r : dflt;
}

static sp_val bi_setattr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "setattr", args, kwnames, 3, 3);
    sp_setattr(vm, sp_vals_get(args, 0), attr_name(vm, sp_vals_get(args, 1)), sp_vals_get(args, 2));
    return vm->None;
}

static sp_val bi_delattr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "delattr", args, kwnames, 2, 2);
    sp_delattr(vm, sp_vals_get(args, 0), attr_name(vm, sp_vals_get(args, 1)));
    return vm->None;
}

static sp_val bi_hasattr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "hasattr", args, kwnames, 2, 2);
    return sp_bool(vm, sp_hasattr(vm, sp_vals_get(args, 0), attr_name(vm, sp_vals_get(args, 1))));
}

/* ---- misc ------------------------------------------------------------------- */

static sp_val bi_id(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "id", args, kwnames, 1, 1);
    return sp_int_from_u64(vm, (uint64_t)(uintptr_t)sp_vals_get(args, 0));
}

static sp_val bi_hash(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "hash", args, kwnames, 1, 1);
    return sp_int_from_i64(vm, sp_hash(vm, sp_vals_get(args, 0)));
}

static sp_val bi_callable(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "callable", args, kwnames, 1, 1);
    return sp_bool(vm, sp_callable(vm, sp_vals_get(args, 0)));
}

static sp_val bi_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "repr", args, kwnames, 1, 1);
    return sp_repr(vm, sp_vals_get(args, 0));
}

static sp_val bi_vars(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "vars", args, kwnames, 0, 1);
    if (args.len == 0)
        return sp_current_locals(vm);
    sp_val d = sp_getattr_opt(vm, sp_vals_get(args, 0), vm->n.__dict__);
    if (d == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static sp_val bi_dir(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "dir", args, kwnames, 0, 1);
    sp_val names;
    if (args.len == 0) {
        sp_val locals = sp_current_locals(vm);
        names = sp_is_dict(locals) ? sp_dict_keys_list(vm, locals) : sp_list_from_iter(vm, locals);
    } else {
        sp_val obj = sp_vals_get(args, 0);
        sp_val r = sp_call_special(vm, obj, vm->n.__dir__, SP_NOVALS);
        if (r == NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "object does not provide __dir__");
        names = sp_list_from_iter(vm, r);
    }
    sp_list_sort(vm, names, NULL, false);
    return names;
}

/* ---- async iteration, breakpoint --------------------------------------------- */

static sp_val bi_aiter(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "aiter", args, kwnames, 1, 1);
    sp_val obj = sp_vals_get(args, 0);
    sp_val r = sp_call_special(vm, obj, sp_intern_cstr(vm, "__aiter__"), SP_NOVALS);
    if (r == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object is not an async iterable", obj);
    if (sp_type_lookup(vm, sp_type_of(vm, r), sp_intern_cstr(vm, "__anext__")) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "aiter() returned not an async iterator of type '%T'", r);
    return r;
}

/* anext(it): whatever type(it).__anext__ returns.  anext(it, default):
 * an anext_awaitable (lib/_safepy_builtins_anext.py) around it. */
static sp_val bi_anext(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_no_kwargs(vm, "anext", kwnames);
    if (args.len == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "anext expected at least 1 argument, got 0");
    if (args.len > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "anext expected at most 2 arguments, got %zu", args.len);
    sp_val it = sp_vals_get(args, 0);
    sp_val aw = sp_call_special(vm, it, sp_intern_cstr(vm, "__anext__"), SP_NOVALS);
    if (aw == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object is not an async iterator", it);
    if (args.len == 1)
        return aw;
    sp_val mod = sp_import_cstr(vm, "_safepy_builtins_anext");
    sp_val a[2] = { aw, sp_vals_get(args, 1) };
    return sp_call(vm, sp_getattr_cstr(vm, mod, "make"), SP_VALS(a), NULL);
}

/* breakpoint(*args, **kws): sys.breakpointhook(*args, **kws).  Without a
 * sys.breakpointhook (SafePy's sys has none yet), the default hook's
 * behaviour: $PYTHONBREAKPOINT names a callable "module.attr" to import
 * and call; "0" disables; unset or empty would mean pdb.set_trace, which
 * SafePy lacks, so it does nothing. */
static sp_val bi_breakpoint(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val sys = sp_import_cstr(vm, "sys");
    sp_val hook = sp_getattr_opt(vm, sys, sp_intern_cstr(vm, "breakpointhook"));
    if (hook == NULL && sp_getattr_opt(vm, sys, sp_intern_cstr(vm, "__breakpointhook__")) != NULL)
        sp_raise_fmt(vm, vm->e.RuntimeError, "lost sys.breakpointhook");
    if (hook != NULL)
        return sp_call(vm, hook, args, kwnames);
    const char *env = vm->platform->getenv != NULL ? vm->platform->getenv("PYTHONBREAKPOINT") : NULL;
    sp_cbytes eb = sp_cbytes_of_cstr(env != NULL ? env : "");
    if (eb.len == 0 || (eb.len == 1 && sp_cbytes_get(eb, 0) == (uint8_t)'0'))
        return vm->None;
    sp_val path = sp_str_from_cstr(vm, env);
    sp_val parts = sp_call1(vm, sp_getattr_cstr(vm, path, "rpartition"), sp_str_from_cstr(vm, "."));
    sp_val modname = sp_tuple_get(parts, 0), attrname = sp_tuple_get(parts, 2);
    if (sp_str_len(modname) == 0)
        modname = sp_str_from_cstr(vm, "builtins");
    sp_val mod = sp_import(vm, modname, NULL, NULL, 0);
    sp_val fn = sp_getattr(vm, mod, attrname);
    return sp_call(vm, fn, args, kwnames);
}

const sp_methoddef sp_builtins_types[] = {
    { "aiter", bi_aiter, 0, "Return an AsyncIterator for an AsyncIterable object." },
    { "anext", bi_anext, 0, "Return the next item from the async iterator." },
    { "breakpoint", bi_breakpoint, 0, "Call sys.breakpointhook(*args, **kws)." },
    { "isinstance", sp_bi_isinstance, 0, "Return whether an object is an instance of a class or of a subclass thereof." },
    { "issubclass", bi_issubclass, 0, "Return whether 'cls' is derived from another class or is the same class." },
    { "id", bi_id, 0, "Return the identity of an object." },
    { "hash", bi_hash, 0, "Return the hash value for the given object." },
    { "getattr", bi_getattr, 0, "Get a named attribute from an object." },
    { "setattr", bi_setattr, 0, "Sets the named attribute on the given object to the specified value." },
    { "hasattr", bi_hasattr, 0, "Return whether the object has an attribute with the given name." },
    { "delattr", bi_delattr, 0, "Deletes the named attribute from the given object." },
    { "callable", bi_callable, 0, "Return whether the object is callable (i.e., some kind of function)." },
    { "repr", bi_repr, 0, "Return the canonical string representation of the object." },
    { "vars", bi_vars, 0, "Show vars." },
    { "dir", bi_dir, 0, "dir([object]) -> list of strings" },
    { NULL, NULL, 0, NULL },
};

/* ---- the module ---------------------------------------------------------------- */

static const char builtins_doc[] =
    "Built-in functions, types, exceptions, and other objects.\n\n"
    "This module provides direct access to all 'built-in'\n"
    "identifiers of Python; for example, builtins.len is\n"
    "the full name for the built-in function len().\n\n"
    "This module is not normally accessed explicitly by most\n"
    "applications, but can be useful in modules that provide\n"
    "objects with the same name as a built-in value, but in\n"
    "which the built-in of that name is also needed.";

static void add_type(sp_vm *vm, sp_val mod, sp_type *t)
{
    if (t == NULL)
        return;
    sp_dict_set(vm, sp_module_dict(mod), t->name, (sp_val)t);
}

static void add_table(sp_vm *vm, sp_val mod, const sp_methoddef *tb)
{
    /* A weak table nobody has written yet has address NULL. */
    if (tb != NULL)
        sp_module_add_methods(vm, mod, tb);
}

void sp_init_builtins(sp_vm *vm)
{
    sp_val name = sp_intern_cstr(vm, "builtins");
    sp_val mod = sp_module_new(vm, name);
    vm->builtins_module = mod;
    vm->builtins = sp_module_dict(mod);
    sp_module_add(vm, mod, "__doc__", sp_str_from_cstr(vm, builtins_doc));
    sp_module_add(vm, mod, "__package__", vm->empty_str ? vm->empty_str : sp_str_from_cstr(vm, ""));

    /* Functions first (the order shows in dir(builtins) only). */
    add_table(vm, mod, sp_builtins_vm);
    add_table(vm, mod, sp_builtins_sys);
    add_table(vm, mod, sp_builtins_types);
    add_table(vm, mod, sp_builtins_num);
    add_table(vm, mod, sp_builtins_str);
    add_table(vm, mod, sp_builtins_cont);
    sp_builtins_site_init(vm, mod);

    sp_module_add(vm, mod, "None", vm->None);
    sp_module_add(vm, mod, "Ellipsis", vm->Ellipsis);
    sp_module_add(vm, mod, "NotImplemented", vm->NotImplemented);
    sp_module_add(vm, mod, "False", vm->False);
    sp_module_add(vm, mod, "True", vm->True);

    add_type(vm, mod, vm->t.bool_);
    add_type(vm, mod, vm->t.bytearray);
    add_type(vm, mod, vm->t.bytes);
    add_type(vm, mod, vm->t.classmethod);
    add_type(vm, mod, vm->t.complex);
    add_type(vm, mod, vm->t.dict);
    add_type(vm, mod, vm->t.enumerate);
    add_type(vm, mod, vm->t.filter);
    add_type(vm, mod, vm->t.float_);
    add_type(vm, mod, vm->t.frozenset);
    add_type(vm, mod, vm->t.property);
    add_type(vm, mod, vm->t.int_);
    add_type(vm, mod, vm->t.list);
    add_type(vm, mod, vm->t.map);
    add_type(vm, mod, vm->t.memoryview);
    add_type(vm, mod, vm->t.object);
    add_type(vm, mod, vm->t.range);
    add_type(vm, mod, vm->t.reversed);
    add_type(vm, mod, vm->t.set);
    add_type(vm, mod, vm->t.slice);
    add_type(vm, mod, vm->t.staticmethod);
    add_type(vm, mod, vm->t.str);
    add_type(vm, mod, vm->t.super);
    add_type(vm, mod, vm->t.tuple);
    add_type(vm, mod, vm->t.type);
    add_type(vm, mod, vm->t.zip);
    sp_module_add(vm, mod, "__debug__", vm->True);

#define SP_EXC(id, base) add_type(vm, mod, vm->e.id);
#include "objects/exceptions.def"
#undef SP_EXC
    if (vm->e.OSError) {
        sp_module_add(vm, mod, "EnvironmentError", (sp_val)vm->e.OSError);
        sp_module_add(vm, mod, "IOError", (sp_val)vm->e.OSError);
    }
    if (vm->modules && sp_is_dict(vm->modules))
        sp_dict_set(vm, vm->modules, name, mod);
}

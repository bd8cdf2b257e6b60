/* Module objects: a namespace dict with a name.
 *
 * The header's aux word is 1 for modules built in C (sp_module_new), which
 * CPython shows as "<module 'sys' (built-in)>".
 */
#include "sp.h"
#include "objects/typeobj.h"

#define MODULE_BUILTIN 1u

static sp_module_obj *as_module(sp_vm *vm, sp_val v)
{
    if (!sp_is_module(v))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor for 'module' objects doesn't apply to a '%T' object", v);
    return sp_as_module(v);
}

static void module_fill(sp_vm *vm, sp_module_obj *m, sp_val name, sp_val doc)
{
    sp_val d = m->dict ? m->dict : sp_dict_new(vm);
    m->dict = d;
    m->name = name;
    sp_dict_set(vm, d, vm->n.__name__, name);
    sp_dict_set(vm, d, vm->n.__doc__, doc ? doc : vm->None);
    sp_dict_set(vm, d, vm->n.__package__, vm->None);
    sp_dict_set(vm, d, vm->n.__loader__, vm->None);
    sp_dict_set(vm, d, vm->n.__spec__, vm->None);
}

sp_val sp_module_new(sp_vm *vm, sp_val name)
{
    sp_module_obj *m = (sp_module_obj *)sp_alloc(vm, vm->t.module, sizeof *m);
    m->dict = sp_dict_new(vm);
    module_fill(vm, m, name, NULL);
    m->h.aux = MODULE_BUILTIN;
    return (sp_val)m;
}

sp_val sp_module_dict(sp_val module)
{
    return sp_as_module(module)->dict;
}

void sp_module_add(sp_vm *vm, sp_val module, const char *name, sp_val value)
{
    sp_dict_set(vm, sp_as_module(module)->dict, sp_intern_cstr(vm, name), value);
}

void sp_module_add_methods(sp_vm *vm, sp_val module, const sp_methoddef *defs)
{
    if (defs == NULL)
        return;
    sp_module_obj *m = sp_as_module(module);
    sp_val modname = sp_dict_get_str(vm, m->dict, vm->n.__name__);
    for (size_t i = 0;; i++) {
        const sp_methoddef *d = sp_table_entry(defs, sizeof *defs, i);
        if (d->name == NULL)
            break;
        sp_dict_set(vm, m->dict, sp_intern_cstr(vm, d->name), sp_builtin_new(vm, d, NULL, modname));
    }
}

/* ---- attributes ---------------------------------------------------------- */

sp_val sp_module_getattr(sp_vm *vm, sp_val module, sp_val name, bool raise)
{
    sp_val r = sp_generic_getattr(vm, module, name, false);
    if (r)
        return r;
    sp_module_obj *m = sp_as_module(module);
    sp_val hook = sp_dict_get_str(vm, m->dict, vm->n.__getattr__);
    if (hook)
        return sp_call1(vm, hook, name);
    if (!raise)
        return NULL;
    sp_val modname = sp_dict_get_str(vm, m->dict, vm->n.__name__);
    sp_val msg;
    if (modname && sp_is_str(modname))
        msg = sp_str_fmt(vm, "module '%U' has no attribute '%U'", modname, name);
    else
        msg = sp_str_fmt(vm, "module has no attribute '%U'", name);
    sp_val exc = sp_exc_new_msg(vm, vm->e.AttributeError, msg);
    sp_val d = sp_obj_get_dict(vm, exc);
    if (d) {
        sp_dict_set(vm, d, vm->n.name, name);
        sp_dict_set(vm, d, vm->n.obj, module);
    }
    sp_raise(vm, exc);
}

sp_val sp_module_getattribute_fn(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__getattribute__", sp_vals_from(args, 1), kwnames, 1, 1);
    sp_val name = sp_vals_get(args, 1);
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "attribute name must be string, not '%T'", name);
    as_module(vm, sp_vals_get(args, 0));
    return sp_module_getattr(vm, sp_vals_get(args, 0), name, true);
}

/* ---- methods -------------------------------------------------------------- */

static sp_val module_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val cls = sp_vals_get(args, 0);
    if (!sp_is_type(cls) || !sp_is_subtype((sp_type *)cls, vm->t.module))
        sp_raise_fmt(vm, vm->e.TypeError, "module.__new__(X): X is not a subtype of module");
    sp_val m = sp_alloc_instance(vm, (sp_type *)cls);
    sp_as_module(m)->dict = sp_dict_new(vm);
    return m;
}

static sp_val module_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "name", "doc", NULL };
    sp_val out[2] = { NULL, NULL };
    sp_parse_args(vm, "module", sp_vals_from(args, 1), kwnames, kw, 1, SP_VALS(out));
    sp_expect_str(vm, out[0], "module.__init__() argument 'name'");
    module_fill(vm, as_module(vm, sp_vals_get(args, 0)), out[0], out[1]);
    return vm->None;
}

static sp_val module_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_module_obj *m = as_module(vm, sp_vals_get(args, 0));
    sp_val name = sp_dict_get_str(vm, m->dict, vm->n.__name__);
    if (name == NULL || !sp_is_str(name))
        name = sp_str_from_cstr(vm, "?");
    sp_val file = sp_dict_get_str(vm, m->dict, vm->n.__file__);
    if (file && sp_is_str(file))
        return sp_str_fmt(vm, "<module %R from %R>", name, file);
    if (m->h.aux == MODULE_BUILTIN)
        return sp_str_fmt(vm, "<module %R (built-in)>", name);
    return sp_str_fmt(vm, "<module %R>", name);
}

static sp_val module_dir_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_module_obj *m = as_module(vm, sp_vals_get(args, 0));
    sp_val d = m->dict;
    sp_val f = sp_dict_get_str(vm, d, vm->n.__dir__);
    if (f)
        return sp_call0(vm, f);
    return sp_dict_keys_list(vm, d);
}

static const sp_methoddef module_methods[] = {
    { "__new__", module_new_m, SP_METH_STATIC, NULL },
    { "__init__", module_init_m, 0, NULL },
    { "__repr__", module_repr_m, 0, NULL },
    { "__getattribute__", sp_module_getattribute_fn, 0, NULL },
    { "__dir__", module_dir_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static void module_trace(sp_heap *h, sp_obj *o)
{
    sp_module_obj *m = (sp_module_obj *)o;
    sp_gc_mark(h, m->dict);
    sp_gc_mark(h, m->name);
}

const sp_typedef sp_module_def = {
    .name = "module",
    .layout = SP_LAYOUT_MODULE,
    .size = sizeof(sp_module_obj),
    .trace = module_trace,
    .methods = module_methods,
    .flags = SP_TF_BASETYPE | SP_TF_HAS_DICT | SP_TF_WEAKREFS,
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
};

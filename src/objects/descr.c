/* Built-in function objects and descriptors: builtin_function_or_method,
 * method_descriptor, classmethod_descriptor, getset_descriptor,
 * member_descriptor, bound methods, property, staticmethod, classmethod,
 * super, mappingproxy.
 */
#include <stdio.h>
#include <string.h>
#include "sp.h"
#include "objects/typeobj.h"

/* ---- downcasts (by type: these share the OTHER layout) --------------- */

static sp_builtin_obj *as_builtin(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || v->type != vm->t.builtin_function)
        sp_trap("bad downcast to sp_builtin_obj");
    return (sp_builtin_obj *)v;
}

static sp_methoddescr_obj *as_methoddescr(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || (v->type != vm->t.method_descriptor && v->type != vm->t.classmethod_descriptor))
        sp_trap("bad downcast to sp_methoddescr_obj");
    return (sp_methoddescr_obj *)v;
}

static sp_getsetdescr_obj *as_getset(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || v->type != vm->t.getset_descriptor)
        sp_trap("bad downcast to sp_getsetdescr_obj");
    return (sp_getsetdescr_obj *)v;
}

static sp_memberdescr_obj *as_member(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || v->type != vm->t.member_descriptor)
        sp_trap("bad downcast to sp_memberdescr_obj");
    return (sp_memberdescr_obj *)v;
}

static sp_method_obj *as_method(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || v->type != vm->t.method)
        sp_trap("bad downcast to sp_method_obj");
    return (sp_method_obj *)v;
}

static sp_property_obj *as_property(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || !sp_is_subtype(v->type, vm->t.property))
        sp_trap("bad downcast to sp_property_obj");
    return (sp_property_obj *)v;
}

static sp_wrapdescr_obj *as_wrapdescr(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || !(sp_is_subtype(v->type, vm->t.staticmethod) || sp_is_subtype(v->type, vm->t.classmethod)))
        sp_trap("bad downcast to sp_wrapdescr_obj");
    return (sp_wrapdescr_obj *)v;
}

static sp_super_obj *as_super(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || !sp_is_subtype(v->type, vm->t.super))
        sp_trap("bad downcast to sp_super_obj");
    return (sp_super_obj *)v;
}

static sp_mappingproxy_obj *as_proxy(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || v->type != vm->t.mappingproxy)
        sp_trap("bad downcast to sp_mappingproxy_obj");
    return (sp_mappingproxy_obj *)v;
}

bool sp_is_builtin(sp_vm *vm, sp_val v) { return sp_is_ptr(v) && v->type == vm->t.builtin_function; }
bool sp_is_method(sp_vm *vm, sp_val v) { return sp_is_ptr(v) && v->type == vm->t.method; }

sp_val sp_obj_addr_repr(sp_vm *vm, const char *prefix, sp_val obj, const char *suffix)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%p", (void *)obj);
    return sp_str_fmt(vm, "%s%s%s", prefix, buf, suffix);
}

/* Argument helpers: args[0] is self; the rest counted for messages. */
static void nargs(sp_vm *vm, const char *name, sp_vals args, sp_val kwnames, size_t min, size_t max)
{
    sp_check_nargs(vm, name, sp_vals_from(args, 1), kwnames, min, max);
}

static sp_val arg(sp_vals args, size_t i) { return i < args.len ? sp_vals_get(args, i) : NULL; }

/* The dunders CPython implements as type slots (their descriptors show
 * as "slot wrapper" / "method-wrapper"), sorted by strcmp for a binary
 * search (start-up asks for every method of every built-in type), with
 * the arguments their wrappers check:
 *   ARGS_OWN: not checked here (their methods take varying arguments or
 *     check them with their own messages);
 *   ARGS_MUL: a sequence's * is its repeat slot, whose message differs;
 *   ARGS_CONTAINS: dict's and set's __contains__ are methods of their
 *     own in CPython (they check their arguments with their own messages). */
enum { ARGS_OWN, ARGS_0, ARGS_1, ARGS_2, ARGS_1_2, ARGS_MUL, ARGS_CONTAINS };
typedef struct slot_name { const char *name; uint8_t args; } slot_name;
static const slot_name slot_names[] = {
    { "__abs__", ARGS_0 }, { "__add__", ARGS_1 }, { "__aiter__", ARGS_0 }, { "__and__", ARGS_1 },
    { "__anext__", ARGS_0 }, { "__await__", ARGS_0 }, { "__bool__", ARGS_0 }, { "__call__", ARGS_OWN },
    { "__contains__", ARGS_CONTAINS }, { "__del__", ARGS_OWN }, { "__delattr__", ARGS_1 },
    { "__delete__", ARGS_1 }, { "__delitem__", ARGS_1 }, { "__divmod__", ARGS_1 }, { "__eq__", ARGS_1 },
    { "__float__", ARGS_0 }, { "__floordiv__", ARGS_1 }, { "__ge__", ARGS_1 }, { "__get__", ARGS_1_2 },
    { "__getattr__", ARGS_OWN }, { "__getattribute__", ARGS_1 }, { "__getitem__", ARGS_OWN },
    { "__gt__", ARGS_1 }, { "__hash__", ARGS_0 }, { "__iadd__", ARGS_1 }, { "__iand__", ARGS_1 },
    { "__ifloordiv__", ARGS_1 }, { "__ilshift__", ARGS_1 }, { "__imatmul__", ARGS_1 }, { "__imod__", ARGS_1 },
    { "__imul__", ARGS_MUL }, { "__index__", ARGS_0 }, { "__init__", ARGS_OWN }, { "__int__", ARGS_0 },
    { "__invert__", ARGS_0 }, { "__ior__", ARGS_1 }, { "__ipow__", ARGS_1_2 }, { "__irshift__", ARGS_1 },
    { "__isub__", ARGS_1 }, { "__iter__", ARGS_0 }, { "__itruediv__", ARGS_1 }, { "__ixor__", ARGS_1 },
    { "__le__", ARGS_1 }, { "__len__", ARGS_0 }, { "__lshift__", ARGS_1 }, { "__lt__", ARGS_1 },
    { "__matmul__", ARGS_1 }, { "__mod__", ARGS_1 }, { "__mul__", ARGS_MUL }, { "__ne__", ARGS_1 },
    { "__neg__", ARGS_0 }, { "__next__", ARGS_0 }, { "__or__", ARGS_1 }, { "__pos__", ARGS_0 },
    { "__pow__", ARGS_1_2 }, { "__radd__", ARGS_1 }, { "__rand__", ARGS_1 }, { "__rdivmod__", ARGS_1 },
    { "__repr__", ARGS_0 }, { "__rfloordiv__", ARGS_1 }, { "__rlshift__", ARGS_1 }, { "__rmatmul__", ARGS_1 },
    { "__rmod__", ARGS_1 }, { "__rmul__", ARGS_MUL }, { "__ror__", ARGS_1 }, { "__rpow__", ARGS_1_2 },
    { "__rrshift__", ARGS_1 }, { "__rshift__", ARGS_1 }, { "__rsub__", ARGS_1 }, { "__rtruediv__", ARGS_1 },
    { "__rxor__", ARGS_1 }, { "__set__", ARGS_2 }, { "__setattr__", ARGS_2 }, { "__setitem__", ARGS_2 },
    { "__str__", ARGS_0 }, { "__sub__", ARGS_1 }, { "__truediv__", ARGS_1 }, { "__xor__", ARGS_1 }, { NULL, 0 },
};
#define N_SLOT_NAMES (sizeof slot_names / sizeof slot_names[0] - 1)

static const slot_name *find_slot_name(const char *name)
{
#ifdef SP_DEBUG
    for (size_t i = 1; i < N_SLOT_NAMES; i++)
        if (strcmp(((const slot_name *)sp_table_entry(slot_names, sizeof *slot_names, i - 1))->name,
                   ((const slot_name *)sp_table_entry(slot_names, sizeof *slot_names, i))->name) >= 0)
            sp_trap("descr.c: slot_names is not sorted");
#endif
    size_t lo = 0, hi = N_SLOT_NAMES;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const slot_name *e = sp_table_entry(slot_names, sizeof *slot_names, mid);
        int c = strcmp(name, e->name);
        if (c == 0)
            return e;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

bool sp_is_slot_name(const char *name)
{
    return find_slot_name(name) != NULL;
}

uint8_t sp_slot_args_of(sp_type *owner, const char *name)
{
    const slot_name *e = find_slot_name(name);
    if (e == NULL)
        return SP_SLOT_NONE;
    sp_layout lay = owner->def->layout;
    switch (e->args) {
    case ARGS_0: return SP_SLOT_0;
    case ARGS_1: return SP_SLOT_1;
    case ARGS_2: return SP_SLOT_2;
    case ARGS_1_2: return SP_SLOT_1_2;
    case ARGS_MUL:
        return lay == SP_LAYOUT_LIST || lay == SP_LAYOUT_TUPLE || lay == SP_LAYOUT_STR || lay == SP_LAYOUT_BYTES
                       || lay == SP_LAYOUT_BYTEARRAY
                   ? SP_SLOT_REPEAT
                   : SP_SLOT_1;
    case ARGS_CONTAINS:
        return lay == SP_LAYOUT_DICT || lay == SP_LAYOUT_SET ? SP_SLOT_NONE : SP_SLOT_1;
    default: return SP_SLOT_NONE;
    }
}

void sp_slot_check_args(sp_vm *vm, const sp_methoddef *def, uint8_t slot_args, sp_vals args, sp_val kwnames)
{
    size_t nk = kwnames ? sp_tuple_len(kwnames) : 0;
    if (nk > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "wrapper %s() takes no keyword arguments", def->name);
    size_t n = args.len;
    /* The leading spaces of some messages are CPython 3.11's own. */
    switch (slot_args) {
    case SP_SLOT_0:
        if (n != 0)
            sp_raise_fmt(vm, vm->e.TypeError, "expected 0 arguments, got %zu", n);
        break;
    case SP_SLOT_1:
        if (n != 1)
            sp_raise_fmt(vm, vm->e.TypeError, "expected 1 argument, got %zu", n);
        break;
    case SP_SLOT_REPEAT:
        if (n != 1)
            sp_raise_fmt(vm, vm->e.TypeError, " expected 1 argument, got %zu", n);
        break;
    case SP_SLOT_2:
        if (n != 2)
            sp_raise_fmt(vm, vm->e.TypeError, " expected 2 arguments, got %zu", n);
        break;
    case SP_SLOT_1_2:
        if (n < 1)
            sp_raise_fmt(vm, vm->e.TypeError, " expected at least 1 argument, got %zu", n);
        if (n > 2)
            sp_raise_fmt(vm, vm->e.TypeError, " expected at most 2 arguments, got %zu", n);
        break;
    default:
        break;
    }
}

/* ======================================================================
 * builtin_function_or_method
 * =================================================================== */

sp_val sp_builtin_new(sp_vm *vm, const sp_methoddef *def, sp_val self, sp_val module)
{
    sp_builtin_obj *b = (sp_builtin_obj *)sp_alloc(vm, vm->t.builtin_function, sizeof *b);
    b->def = def;
    b->self = self;
    b->module = module;
    return (sp_val)b;
}

static sp_val builtin_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_builtin_obj *b = as_builtin(vm, sp_vals_get(args, 0));
    if (b->self == NULL || sp_is_module(b->self))
        return sp_str_fmt(vm, "<built-in function %s>", b->def->name);
    const char *kind = sp_is_slot_name(b->def->name) ? "<method-wrapper '%s' of %T object at "
                                                  : "<built-in method %s of %T object at ";
    sp_val head = sp_str_fmt(vm, kind, b->def->name, b->self);
    return sp_str_concat(vm, head, sp_obj_addr_repr(vm, "", b->self, ">"));
}

static sp_val builtin_get_name(sp_vm *vm, sp_val self) { return sp_str_from_cstr(vm, as_builtin(vm, self)->def->name); }
static sp_val builtin_get_qualname(sp_vm *vm, sp_val self)
{
    sp_builtin_obj *b = as_builtin(vm, self);
    if (b->self == NULL || sp_is_module(b->self))
        return sp_str_from_cstr(vm, b->def->name);
    sp_type *t = sp_is_type(b->self) ? (sp_type *)b->self : sp_type_of(vm, b->self);
    return sp_str_fmt(vm, "%U.%s", t->qualname, b->def->name);
}
/* A module function's __self__ is its module (found by name). */
static sp_val builtin_get_self(sp_vm *vm, sp_val self)
{
    sp_builtin_obj *b = as_builtin(vm, self);
    if (b->self)
        return b->self;
    if (b->module && sp_is_str(b->module) && vm->modules) {
        sp_val m = sp_dict_get(vm, vm->modules, b->module);
        if (m)
            return m;
    }
    return vm->None;
}
static sp_val builtin_get_module(sp_vm *vm, sp_val self)
{
    sp_builtin_obj *b = as_builtin(vm, self);
    return b->module ? b->module : vm->None;
}
static sp_val builtin_get_doc(sp_vm *vm, sp_val self)
{
    sp_builtin_obj *b = as_builtin(vm, self);
    return b->def->doc ? sp_str_from_cstr(vm, b->def->doc) : vm->None;
}

static sp_val builtin_eq(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val a = sp_vals_get(args, 0), o = arg(args, 1);
    if (!sp_is_builtin(vm, o))
        return vm->NotImplemented;
    sp_builtin_obj *x = as_builtin(vm, a), *y = as_builtin(vm, o);
    return sp_bool(vm, x->def == y->def && x->self == y->self);
}

static sp_val builtin_hash(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_builtin_obj *b = as_builtin(vm, sp_vals_get(args, 0));
    int64_t h = (int64_t)((uintptr_t)b->def >> 4) ^ (b->self && !sp_is_small(b->self) ? (int64_t)((uintptr_t)b->self >> 4) : 0);
    if (h == -1)
        h = -2;
    return sp_int_from_i64(vm, h);
}

static sp_val builtin_call(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_call(vm, sp_vals_get(args, 0), sp_vals_from(args, 1), kwnames);
}

static const sp_methoddef builtin_methods[] = {
    { "__repr__", builtin_repr, 0, NULL },
    { "__eq__", builtin_eq, 0, NULL },
    { "__hash__", builtin_hash, 0, NULL },
    { "__call__", builtin_call, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const sp_getsetdef builtin_getsets[] = {
    { "__name__", builtin_get_name, NULL, NULL },
    { "__qualname__", builtin_get_qualname, NULL, NULL },
    { "__self__", builtin_get_self, NULL, NULL },
    { "__module__", builtin_get_module, NULL, NULL },
    { "__doc__", builtin_get_doc, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void builtin_trace(sp_heap *h, sp_obj *o)
{
    sp_builtin_obj *b = (sp_builtin_obj *)o;
    sp_gc_mark(h, b->self);
    sp_gc_mark(h, b->module);
    sp_gc_mark(h, (sp_val)b->owner);
}

const sp_typedef sp_builtin_function_def = {
    .name = "builtin_function_or_method",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_builtin_obj),
    .trace = builtin_trace,
    .methods = builtin_methods,
    .getsets = builtin_getsets,
    .flags = SP_TF_NOINSTANCE,
};

/* ======================================================================
 * method_descriptor / classmethod_descriptor
 * =================================================================== */

static sp_val methoddescr_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_methoddescr_obj *d = as_methoddescr(vm, sp_vals_get(args, 0));
    if (sp_vals_get(args, 0)->type == vm->t.method_descriptor && sp_is_slot_name(d->def->name))
        return sp_str_fmt(vm, "<slot wrapper '%s' of '%s' objects>", d->def->name, sp_type_name(d->owner));
    return sp_str_fmt(vm, "<method '%s' of '%s' objects>", d->def->name, sp_type_name(d->owner));
}

static sp_val methoddescr_get_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__get__", args, kwnames, 1, 2);
    sp_val self = sp_vals_get(args, 0);
    sp_val obj = arg(args, 1), type = arg(args, 2);
    if (obj == vm->None)
        obj = NULL;
    if (type == vm->None)
        type = NULL;
    sp_methoddescr_obj *d = as_methoddescr(vm, self);
    if (self->type == vm->t.classmethod_descriptor) {
        if (type == NULL) {
            if (obj == NULL)
                sp_raise_fmt(vm, vm->e.TypeError, "__get__(None, None) is invalid");
            type = (sp_val)sp_type_of(vm, obj);
        }
        if (!sp_is_type(type))
            sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' for type '%s' needs a type, not a '%T' as arg 2",
                         d->def->name, sp_type_name(d->owner), type);
        if (!sp_is_subtype((sp_type *)type, d->owner))
            sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                         d->def->name, sp_type_name(d->owner), sp_type_name((sp_type *)type));
        return sp_builtin_new(vm, d->def, type, NULL);
    }
    if (obj == NULL) {
        if (type == NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "__get__(None, None) is invalid");
        return self;
    }
    if (!sp_isinstance(vm, obj, d->owner))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                     d->def->name, sp_type_name(d->owner), obj);
    return sp_builtin_new(vm, d->def, obj, NULL);
}

static sp_val methoddescr_call_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_call(vm, sp_vals_get(args, 0), sp_vals_from(args, 1), kwnames);
}

static sp_val methoddescr_get_name(sp_vm *vm, sp_val self) { return sp_str_from_cstr(vm, as_methoddescr(vm, self)->def->name); }
static sp_val methoddescr_get_qualname(sp_vm *vm, sp_val self)
{
    sp_methoddescr_obj *d = as_methoddescr(vm, self);
    return sp_str_fmt(vm, "%U.%s", d->owner->qualname, d->def->name);
}
static sp_val methoddescr_get_objclass(sp_vm *vm, sp_val self) { return (sp_val)as_methoddescr(vm, self)->owner; }
static sp_val methoddescr_get_doc(sp_vm *vm, sp_val self)
{
    sp_methoddescr_obj *d = as_methoddescr(vm, self);
    return d->def->doc ? sp_str_from_cstr(vm, d->def->doc) : vm->None;
}

static const sp_methoddef methoddescr_methods[] = {
    { "__repr__", methoddescr_repr, 0, NULL },
    { "__get__", methoddescr_get_m, 0, NULL },
    { "__call__", methoddescr_call_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const sp_getsetdef methoddescr_getsets[] = {
    { "__name__", methoddescr_get_name, NULL, NULL },
    { "__qualname__", methoddescr_get_qualname, NULL, NULL },
    { "__objclass__", methoddescr_get_objclass, NULL, NULL },
    { "__doc__", methoddescr_get_doc, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void methoddescr_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, (sp_val)((sp_methoddescr_obj *)o)->owner);
}

const sp_typedef sp_method_descriptor_def = {
    .name = "method_descriptor",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_methoddescr_obj),
    .trace = methoddescr_trace,
    .methods = methoddescr_methods,
    .getsets = methoddescr_getsets,
    .flags = SP_TF_NOINSTANCE,
};

const sp_typedef sp_classmethod_descriptor_def = {
    .name = "classmethod_descriptor",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_methoddescr_obj),
    .trace = methoddescr_trace,
    .methods = methoddescr_methods,
    .getsets = methoddescr_getsets,
    .flags = SP_TF_NOINSTANCE,
};

/* ======================================================================
 * getset_descriptor
 * =================================================================== */

static sp_val getset_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_getsetdescr_obj *d = as_getset(vm, sp_vals_get(args, 0));
    return sp_str_fmt(vm, "<attribute '%s' of '%s' objects>", d->def->name, sp_type_name(d->owner));
}

static void getset_check(sp_vm *vm, sp_getsetdescr_obj *d, sp_val obj)
{
    if (!sp_isinstance(vm, obj, d->owner))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                     d->def->name, sp_type_name(d->owner), obj);
}

static sp_val getset_get_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__get__", args, kwnames, 1, 2);
    sp_val self = sp_vals_get(args, 0), obj = arg(args, 1);
    if (obj == vm->None) {
        sp_val type = arg(args, 2);
        if (type == NULL || type == vm->None)
            sp_raise_fmt(vm, vm->e.TypeError, "__get__(None, None) is invalid");
        return self;
    }
    sp_getsetdescr_obj *d = as_getset(vm, self);
    getset_check(vm, d, obj);
    return d->def->get(vm, obj);
}

static sp_val getset_set_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__set__", args, kwnames, 2, 2);
    sp_descr_set(vm, sp_vals_get(args, 0), sp_vals_get(args, 1), sp_vals_get(args, 2));
    return vm->None;
}

static sp_val getset_delete_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__delete__", args, kwnames, 1, 1);
    sp_descr_set(vm, sp_vals_get(args, 0), sp_vals_get(args, 1), NULL);
    return vm->None;
}

static sp_val getset_get_name(sp_vm *vm, sp_val self) { return sp_str_from_cstr(vm, as_getset(vm, self)->def->name); }
static sp_val getset_get_objclass(sp_vm *vm, sp_val self) { return (sp_val)as_getset(vm, self)->owner; }
static sp_val getset_get_doc(sp_vm *vm, sp_val self)
{
    sp_getsetdescr_obj *d = as_getset(vm, self);
    return d->def->doc ? sp_str_from_cstr(vm, d->def->doc) : vm->None;
}

static const sp_methoddef getset_methods[] = {
    { "__repr__", getset_repr, 0, NULL },
    { "__get__", getset_get_m, 0, NULL },
    { "__set__", getset_set_m, 0, NULL },
    { "__delete__", getset_delete_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const sp_getsetdef getset_getsets[] = {
    { "__name__", getset_get_name, NULL, NULL },
    { "__qualname__", getset_get_name, NULL, NULL },
    { "__objclass__", getset_get_objclass, NULL, NULL },
    { "__doc__", getset_get_doc, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void getset_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, (sp_val)((sp_getsetdescr_obj *)o)->owner);
}

const sp_typedef sp_getset_descriptor_def = {
    .name = "getset_descriptor",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_getsetdescr_obj),
    .trace = getset_trace,
    .methods = getset_methods,
    .getsets = getset_getsets,
    .flags = SP_TF_NOINSTANCE,
};

/* ======================================================================
 * member_descriptor (__slots__)
 * =================================================================== */

static sp_val member_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_memberdescr_obj *d = as_member(vm, sp_vals_get(args, 0));
    return sp_str_fmt(vm, "<member '%U' of '%s' objects>", d->name, sp_type_name(d->owner));
}

static void member_check(sp_vm *vm, sp_memberdescr_obj *d, sp_val obj)
{
    if (!sp_isinstance(vm, obj, d->owner))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%T' object",
                     d->name, sp_type_name(d->owner), obj);
}

static sp_val member_get_value(sp_vm *vm, sp_val descr, sp_val obj)
{
    sp_memberdescr_obj *d = as_member(vm, descr);
    member_check(vm, d, obj);
    sp_val v = sp_obj_get_slot(vm, obj, d->index);
    if (v == NULL) {
        sp_val exc = sp_exc_new_msg(vm, vm->e.AttributeError,
                                    sp_str_fmt(vm, "'%T' object has no attribute '%U'", obj, d->name));
        sp_raise(vm, exc);
    }
    return v;
}

static void member_set_value(sp_vm *vm, sp_val descr, sp_val obj, sp_val value)
{
    sp_memberdescr_obj *d = as_member(vm, descr);
    member_check(vm, d, obj);
    if (value == NULL && sp_obj_get_slot(vm, obj, d->index) == NULL)
        sp_raise(vm, sp_exc_new_msg(vm, vm->e.AttributeError, d->name));
    sp_obj_set_slot(vm, obj, d->index, value);
}

static sp_val member_get_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__get__", args, kwnames, 1, 2);
    sp_val self = sp_vals_get(args, 0), obj = arg(args, 1);
    if (obj == vm->None)
        return self;
    return member_get_value(vm, self, obj);
}

static sp_val member_set_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__set__", args, kwnames, 2, 2);
    member_set_value(vm, sp_vals_get(args, 0), sp_vals_get(args, 1), sp_vals_get(args, 2));
    return vm->None;
}

static sp_val member_delete_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__delete__", args, kwnames, 1, 1);
    member_set_value(vm, sp_vals_get(args, 0), sp_vals_get(args, 1), NULL);
    return vm->None;
}

static sp_val member_get_name(sp_vm *vm, sp_val self) { return as_member(vm, self)->name; }
static sp_val member_get_objclass(sp_vm *vm, sp_val self) { return (sp_val)as_member(vm, self)->owner; }

static const sp_methoddef member_methods[] = {
    { "__repr__", member_repr, 0, NULL },
    { "__get__", member_get_m, 0, NULL },
    { "__set__", member_set_m, 0, NULL },
    { "__delete__", member_delete_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const sp_getsetdef member_getsets[] = {
    { "__name__", member_get_name, NULL, NULL },
    { "__qualname__", member_get_name, NULL, NULL },
    { "__objclass__", member_get_objclass, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void member_trace(sp_heap *h, sp_obj *o)
{
    sp_memberdescr_obj *m = (sp_memberdescr_obj *)o;
    sp_gc_mark(h, m->name);
    sp_gc_mark(h, (sp_val)m->owner);
}

const sp_typedef sp_member_descriptor_def = {
    .name = "member_descriptor",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_memberdescr_obj),
    .trace = member_trace,
    .methods = member_methods,
    .getsets = member_getsets,
    .flags = SP_TF_NOINSTANCE,
};

/* ======================================================================
 * The descriptor protocol, fast paths first
 * =================================================================== */

sp_val sp_descr_get(sp_vm *vm, sp_val descr, sp_val obj, sp_type *type)
{
    if (!sp_is_ptr(descr))
        return descr;
    sp_type *dt = descr->type;
    switch (dt->def->layout) {
    case SP_LAYOUT_FUNCTION:
        if (dt == vm->t.function)
            return obj ? sp_method_new(vm, descr, obj) : descr;
        break;
    case SP_LAYOUT_OTHER:
        if (dt == vm->t.method_descriptor) {
            if (obj == NULL)
                return descr;
            sp_methoddescr_obj *d = as_methoddescr(vm, descr);
            if (!sp_isinstance(vm, obj, d->owner))
                sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                             d->def->name, sp_type_name(d->owner), obj);
            sp_val bound = sp_builtin_new(vm, d->def, obj, NULL);
            ((sp_builtin_obj *)bound)->slot_args = d->slot_args;
            return bound;
        }
        if (dt == vm->t.classmethod_descriptor) {
            sp_methoddescr_obj *d = as_methoddescr(vm, descr);
            sp_val bound = sp_builtin_new(vm, d->def, type ? (sp_val)type : (sp_val)sp_type_of(vm, obj), NULL);
            ((sp_builtin_obj *)bound)->owner = d->owner;
            return bound;
        }
        if (dt == vm->t.getset_descriptor) {
            if (obj == NULL)
                return descr;
            sp_getsetdescr_obj *d = as_getset(vm, descr);
            getset_check(vm, d, obj);
            return d->def->get(vm, obj);
        }
        if (dt == vm->t.member_descriptor)
            return obj ? member_get_value(vm, descr, obj) : descr;
        if (dt == vm->t.staticmethod)
            return as_wrapdescr(vm, descr)->func;
        if (dt == vm->t.classmethod) {
            sp_val f = as_wrapdescr(vm, descr)->func;
            sp_val cls = type ? (sp_val)type : (sp_val)sp_type_of(vm, obj);
            /* 3.11 chains descriptors: classmethod(property(...)). */
            if (sp_is_ptr(f) && f->type != vm->t.function && sp_type_lookup(vm, f->type, vm->n.__get__))
                return sp_descr_get(vm, f, cls, (sp_type *)cls);
            return sp_method_new(vm, f, cls);
        }
        if (dt == vm->t.builtin_function || dt == vm->t.method)
            return descr;
        break;
    case SP_LAYOUT_INT: case SP_LAYOUT_FLOAT: case SP_LAYOUT_STR: case SP_LAYOUT_TUPLE:
    case SP_LAYOUT_LIST: case SP_LAYOUT_DICT: case SP_LAYOUT_BYTES:
        if (!(dt->flags & SP_TF_HEAPTYPE))
            return descr;
        break;
    default:
        break;
    }
    if (dt == vm->t.NoneType || dt == vm->t.type)
        return descr;
    sp_val get = sp_type_lookup(vm, dt, vm->n.__get__);
    if (get == NULL)
        return descr;
    sp_val args[3] = { descr, obj ? obj : vm->None, type ? (sp_val)type : vm->None };
    return sp_call(vm, get, SP_VALS(args), NULL);
}

bool sp_is_data_descr(sp_vm *vm, sp_val descr)
{
    if (!sp_is_ptr(descr))
        return false;
    sp_type *dt = descr->type;
    if (dt == vm->t.getset_descriptor || dt == vm->t.member_descriptor || dt == vm->t.property)
        return true;
    if (dt == vm->t.function || dt == vm->t.method_descriptor || dt == vm->t.builtin_function
        || dt == vm->t.staticmethod || dt == vm->t.classmethod || dt == vm->t.classmethod_descriptor
        || dt == vm->t.str || dt == vm->t.NoneType || dt == vm->t.int_ || dt == vm->t.type)
        return false;
    return sp_type_lookup(vm, dt, vm->n.__set__) != NULL || sp_type_lookup(vm, dt, vm->n.__delete__) != NULL;
}

static void property_set_value(sp_vm *vm, sp_val prop, sp_val obj, sp_val value);

bool sp_descr_set(sp_vm *vm, sp_val descr, sp_val obj, sp_val value)
{
    if (!sp_is_ptr(descr))
        return false;
    sp_type *dt = descr->type;
    if (dt == vm->t.getset_descriptor) {
        sp_getsetdescr_obj *d = as_getset(vm, descr);
        getset_check(vm, d, obj);
        if (d->def->set == NULL) {
            sp_val exc = sp_exc_new_msg(vm, vm->e.AttributeError,
                                        sp_str_fmt(vm, "attribute '%s' of '%s' objects is not writable", d->def->name,
                                                   sp_type_name(d->owner)));
            sp_raise(vm, exc);
        }
        d->def->set(vm, obj, value);
        return true;
    }
    if (dt == vm->t.member_descriptor) {
        member_set_value(vm, descr, obj, value);
        return true;
    }
    if (dt == vm->t.property) {
        property_set_value(vm, descr, obj, value);
        return true;
    }
    if (dt == vm->t.function || dt == vm->t.method_descriptor || dt == vm->t.builtin_function
        || dt == vm->t.staticmethod || dt == vm->t.classmethod || dt == vm->t.str || dt == vm->t.NoneType
        || dt == vm->t.int_)
        return false;
    sp_val set = sp_type_lookup(vm, dt, vm->n.__set__);
    sp_val del = sp_type_lookup(vm, dt, vm->n.__delete__);
    if (set == NULL && del == NULL)
        return false;
    if (value) {
        if (set == NULL)
            sp_raise(vm, sp_exc_new_msg(vm, vm->e.AttributeError, vm->n.__set__));
        sp_val args[3] = { descr, obj, value };
        sp_call(vm, set, SP_VALS(args), NULL);
    } else {
        if (del == NULL)
            sp_raise(vm, sp_exc_new_msg(vm, vm->e.AttributeError, vm->n.__delete__));
        sp_val args[2] = { descr, obj };
        sp_call(vm, del, SP_VALS(args), NULL);
    }
    return true;
}

/* ======================================================================
 * Bound methods
 * =================================================================== */

sp_val sp_method_new(sp_vm *vm, sp_val func, sp_val self)
{
    sp_method_obj *m = (sp_method_obj *)sp_alloc(vm, vm->t.method, sizeof *m);
    m->func = func;
    m->self = self;
    return (sp_val)m;
}

static sp_val method_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_no_kwargs(vm, "method", kwnames);
    sp_check_nargs(vm, "method", sp_vals_from(args, 1), kwnames, 2, 2);
    sp_val f = sp_vals_get(args, 1), self = sp_vals_get(args, 2);
    if (!sp_callable(vm, f))
        sp_raise_fmt(vm, vm->e.TypeError, "first argument must be callable");
    if (self == vm->None)
        sp_raise_fmt(vm, vm->e.TypeError, "instance must not be None");
    return sp_method_new(vm, f, self);
}

static sp_val method_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_method_obj *m = as_method(vm, sp_vals_get(args, 0));
    sp_val name = sp_getattr_opt(vm, m->func, vm->n.__qualname__);
    if (name == NULL || !sp_is_str(name))
        name = sp_getattr_opt(vm, m->func, vm->n.__name__);
    if (name == NULL || !sp_is_str(name))
        name = sp_str_from_cstr(vm, "?");
    return sp_str_fmt(vm, "<bound method %U of %R>", name, m->self);
}

static sp_val method_eq(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val o = arg(args, 1);
    if (!sp_is_method(vm, o))
        return vm->NotImplemented;
    sp_method_obj *a = as_method(vm, sp_vals_get(args, 0)), *b = as_method(vm, o);
    return sp_bool(vm, a->self == b->self && sp_eq(vm, a->func, b->func));
}

static sp_val method_hash(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_method_obj *m = as_method(vm, sp_vals_get(args, 0));
    int64_t h = sp_hash(vm, m->func) ^ (int64_t)((uintptr_t)m->self >> 4);
    if (h == -1)
        h = -2;
    return sp_int_from_i64(vm, h);
}

static sp_val method_call_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_call(vm, sp_vals_get(args, 0), sp_vals_from(args, 1), kwnames);
}

/* Attributes the method doesn't have come from its function. */
static sp_val method_getattribute(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__getattribute__", args, kwnames, 1, 1);
    sp_val self = sp_vals_get(args, 0), name = sp_vals_get(args, 1);
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "attribute name must be string, not '%T'", name);
    sp_val r = sp_generic_getattr(vm, self, name, false);
    if (r)
        return r;
    return sp_getattr(vm, as_method(vm, self)->func, name);
}

static sp_val method_get_func(sp_vm *vm, sp_val self) { return as_method(vm, self)->func; }
static sp_val method_get_self(sp_vm *vm, sp_val self) { return as_method(vm, self)->self; }
static sp_val method_get_doc(sp_vm *vm, sp_val self)
{
    sp_val d = sp_getattr_opt(vm, as_method(vm, self)->func, vm->n.__doc__);
    return d ? d : vm->None;
}

static const sp_methoddef method_methods[] = {
    { "__new__", method_new_m, SP_METH_STATIC, NULL },
    { "__repr__", method_repr, 0, NULL },
    { "__eq__", method_eq, 0, NULL },
    { "__hash__", method_hash, 0, NULL },
    { "__call__", method_call_m, 0, NULL },
    { "__getattribute__", method_getattribute, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const sp_getsetdef method_getsets[] = {
    { "__func__", method_get_func, NULL, NULL },
    { "__self__", method_get_self, NULL, NULL },
    { "__doc__", method_get_doc, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void method_trace(sp_heap *h, sp_obj *o)
{
    sp_method_obj *m = (sp_method_obj *)o;
    sp_gc_mark(h, m->func);
    sp_gc_mark(h, m->self);
}

const sp_typedef sp_method_def = {
    .name = "method",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_method_obj),
    .trace = method_trace,
    .methods = method_methods,
    .getsets = method_getsets,
};

/* ======================================================================
 * property
 * =================================================================== */

sp_val sp_property_new(sp_vm *vm, sp_val fget, sp_val fset, sp_val fdel, sp_val doc)
{
    sp_property_obj *p = (sp_property_obj *)sp_alloc(vm, vm->t.property, sizeof *p);
    p->fget = fget;
    p->fset = fset;
    p->fdel = fdel;
    p->doc = doc;
    if ((doc == NULL || doc == vm->None) && fget && fget != vm->None) {
        sp_val d = sp_getattr_opt(vm, fget, vm->n.__doc__);
        if (d)
            p->doc = d;
    }
    return (sp_val)p;
}

static sp_val none_to_null(sp_vm *vm, sp_val v) { return v == vm->None ? NULL : v; }

static _Noreturn void property_error(sp_vm *vm, sp_property_obj *p, sp_val obj, const char *what)
{
    sp_val msg;
    if (p->name && sp_is_str(p->name))
        msg = sp_str_fmt(vm, "property %R of '%T' object has no %s", p->name, obj, what);
    else
        msg = sp_str_fmt(vm, "property of '%T' object has no %s", obj, what);
    sp_raise(vm, sp_exc_new_msg(vm, vm->e.AttributeError, msg));
}

static sp_val property_get_value(sp_vm *vm, sp_val prop, sp_val obj)
{
    sp_property_obj *p = as_property(vm, prop);
    if (p->fget == NULL)
        property_error(vm, p, obj, "getter");
    return sp_call1(vm, p->fget, obj);
}

static void property_set_value(sp_vm *vm, sp_val prop, sp_val obj, sp_val value)
{
    sp_property_obj *p = as_property(vm, prop);
    if (value == NULL) {
        if (p->fdel == NULL)
            property_error(vm, p, obj, "deleter");
        sp_call1(vm, p->fdel, obj);
    } else {
        if (p->fset == NULL)
            property_error(vm, p, obj, "setter");
        sp_call2(vm, p->fset, obj, value);
    }
}

static sp_val property_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val cls = sp_vals_get(args, 0);
    if (!sp_is_type(cls) || !sp_is_subtype((sp_type *)cls, vm->t.property))
        sp_raise_fmt(vm, vm->e.TypeError, "property.__new__(X): X is not a subtype of property");
    return sp_alloc_instance(vm, (sp_type *)cls);
}

static sp_val property_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "fget", "fset", "fdel", "doc", NULL };
    sp_val out[4] = { NULL, NULL, NULL, NULL };
    sp_parse_args(vm, "property", sp_vals_from(args, 1), kwnames, kw, 0, SP_VALS(out));
    sp_property_obj *p = as_property(vm, sp_vals_get(args, 0));
    p->fget = none_to_null(vm, out[0]);
    p->fset = none_to_null(vm, out[1]);
    p->fdel = none_to_null(vm, out[2]);
    p->doc = none_to_null(vm, out[3]);
    if (p->doc == NULL && p->fget) {
        sp_val d = sp_getattr_opt(vm, p->fget, vm->n.__doc__);
        if (d && d != vm->None) {
            /* A subclass instance keeps the doc in its __dict__. */
            if (sp_vals_get(args, 0)->type != vm->t.property && sp_obj_get_dict(vm, sp_vals_get(args, 0)))
                sp_setattr(vm, sp_vals_get(args, 0), vm->n.__doc__, d);
            p->doc = d;
        }
    }
    return vm->None;
}

static sp_val property_get_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__get__", args, kwnames, 1, 2);
    sp_val self = sp_vals_get(args, 0), obj = arg(args, 1);
    if (obj == vm->None)
        return self;
    return property_get_value(vm, self, obj);
}

static sp_val property_set_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__set__", args, kwnames, 2, 2);
    property_set_value(vm, sp_vals_get(args, 0), sp_vals_get(args, 1), sp_vals_get(args, 2));
    return vm->None;
}

static sp_val property_delete_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__delete__", args, kwnames, 1, 1);
    property_set_value(vm, sp_vals_get(args, 0), sp_vals_get(args, 1), NULL);
    return vm->None;
}

static sp_val property_set_name_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__set_name__", args, kwnames, 2, 2);
    as_property(vm, sp_vals_get(args, 0))->name = sp_vals_get(args, 2);
    return vm->None;
}

/* getter/setter/deleter: a copy with one function replaced, made by
 * calling type(self) as CPython does (subclasses stay subclasses). */
static sp_val property_copy(sp_vm *vm, sp_val self, int which, sp_val f)
{
    sp_property_obj *p = as_property(vm, self);
    sp_val parts[4] = { p->fget ? p->fget : vm->None, p->fset ? p->fset : vm->None,
                        p->fdel ? p->fdel : vm->None, p->doc ? p->doc : vm->None };
    sp_vals_set(SP_VALS(parts), (size_t)which, f);
    /* A doc that came from the old getter follows the new getter. */
    if (which == 0 && p->fget && p->doc) {
        sp_val old = sp_getattr_opt(vm, p->fget, vm->n.__doc__);
        if (old == p->doc)
            parts[3] = vm->None;
    }
    sp_val np = sp_call(vm, (sp_val)sp_type_of(vm, self), SP_VALS(parts), NULL);
    if (sp_is_ptr(np) && sp_is_subtype(np->type, vm->t.property))
        as_property(vm, np)->name = p->name;
    return np;
}

static sp_val property_getter_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "getter", args, kwnames, 1, 1);
    return property_copy(vm, sp_vals_get(args, 0), 0, sp_vals_get(args, 1));
}
static sp_val property_setter_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "setter", args, kwnames, 1, 1);
    return property_copy(vm, sp_vals_get(args, 0), 1, sp_vals_get(args, 1));
}
static sp_val property_deleter_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "deleter", args, kwnames, 1, 1);
    return property_copy(vm, sp_vals_get(args, 0), 2, sp_vals_get(args, 1));
}

static sp_val null_none(sp_vm *vm, sp_val v) { return v ? v : vm->None; }
static sp_val property_get_fget(sp_vm *vm, sp_val self) { return null_none(vm, as_property(vm, self)->fget); }
static sp_val property_get_fset(sp_vm *vm, sp_val self) { return null_none(vm, as_property(vm, self)->fset); }
static sp_val property_get_fdel(sp_vm *vm, sp_val self) { return null_none(vm, as_property(vm, self)->fdel); }
static sp_val property_get_doc(sp_vm *vm, sp_val self) { return null_none(vm, as_property(vm, self)->doc); }
static void property_set_doc(sp_vm *vm, sp_val self, sp_val v) { as_property(vm, self)->doc = v; }
static sp_val property_get_abstract(sp_vm *vm, sp_val self)
{
    sp_property_obj *p = as_property(vm, self);
    sp_val fs[3] = { p->fget, p->fset, p->fdel };
    for (size_t i = 0; i < 3; i++) {
        sp_val f = sp_vals_get(SP_VALS(fs), i);
        if (f == NULL)
            continue;
        sp_val a = sp_getattr_opt(vm, f, sp_intern_cstr(vm, "__isabstractmethod__"));
        if (a && sp_truthy(vm, a))
            return vm->True;
    }
    return vm->False;
}

static const sp_methoddef property_methods[] = {
    { "__new__", property_new_m, SP_METH_STATIC, NULL },
    { "__init__", property_init_m, 0, NULL },
    { "__get__", property_get_m, 0, NULL },
    { "__set__", property_set_m, 0, NULL },
    { "__delete__", property_delete_m, 0, NULL },
    { "__set_name__", property_set_name_m, 0, NULL },
    { "getter", property_getter_m, 0, NULL },
    { "setter", property_setter_m, 0, NULL },
    { "deleter", property_deleter_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const sp_getsetdef property_getsets[] = {
    { "fget", property_get_fget, NULL, NULL },
    { "fset", property_get_fset, NULL, NULL },
    { "fdel", property_get_fdel, NULL, NULL },
    { "__doc__", property_get_doc, property_set_doc, NULL },
    { "__isabstractmethod__", property_get_abstract, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void property_trace(sp_heap *h, sp_obj *o)
{
    sp_property_obj *p = (sp_property_obj *)o;
    sp_gc_mark(h, p->fget);
    sp_gc_mark(h, p->fset);
    sp_gc_mark(h, p->fdel);
    sp_gc_mark(h, p->doc);
    sp_gc_mark(h, p->name);
}

const sp_typedef sp_property_def = {
    .name = "property",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_property_obj),
    .trace = property_trace,
    .methods = property_methods,
    .getsets = property_getsets,
    .flags = SP_TF_BASETYPE,
    .doc = "Property attribute.",
};

/* ======================================================================
 * staticmethod / classmethod
 * =================================================================== */

static sp_val wrap_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val cls = sp_vals_get(args, 0);
    if (!sp_is_type(cls))
        sp_raise_fmt(vm, vm->e.TypeError, "__new__(X): X is not a type object (%T)", cls);
    return sp_alloc_instance(vm, (sp_type *)cls);
}

/* 3.10+: the wrapper copies the function's metadata into its __dict__
 * (functools.update_wrapper style). */
static void wrap_copy_attrs(sp_vm *vm, sp_val self, sp_val func)
{
    sp_val d = sp_obj_get_dict(vm, self);
    if (d == NULL)
        return;
    sp_val names[5] = { vm->n.__module__, vm->n.__name__, vm->n.__qualname__, vm->n.__doc__,
                        vm->n.__annotations__ };
    for (size_t i = 0; i < 5; i++) {
        sp_val n = sp_vals_get(SP_VALS(names), i);
        sp_val v = sp_getattr_opt(vm, func, n);
        if (v)
            sp_dict_set(vm, d, n, v);
    }
}

sp_val sp_wrap_new(sp_vm *vm, sp_type *type, sp_val func)
{
    sp_wrapdescr_obj *w = (sp_wrapdescr_obj *)sp_alloc(vm, type, sizeof(sp_wrapdescr_obj));
    w->func = func;
    return (sp_val)w;
}

static sp_val wrap_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    const char *name = sp_is_subtype(self->type, vm->t.staticmethod) ? "staticmethod" : "classmethod";
    sp_no_kwargs(vm, name, kwnames);
    if (args.len != 2)
        sp_raise_fmt(vm, vm->e.TypeError, "%s expected 1 argument, got %zu", name, args.len - 1);
    as_wrapdescr(vm, self)->func = sp_vals_get(args, 1);
    wrap_copy_attrs(vm, self, sp_vals_get(args, 1));
    return vm->None;
}

static sp_val staticmethod_get_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__get__", args, kwnames, 1, 2);
    return as_wrapdescr(vm, sp_vals_get(args, 0))->func;
}

static sp_val classmethod_get_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__get__", args, kwnames, 1, 2);
    sp_val obj = arg(args, 1), type = arg(args, 2);
    if (type == NULL || type == vm->None)
        type = (sp_val)sp_type_of(vm, obj);
    sp_val f = as_wrapdescr(vm, sp_vals_get(args, 0))->func;
    if (sp_is_ptr(f) && f->type != vm->t.function && sp_type_lookup(vm, f->type, vm->n.__get__))
        return sp_descr_get(vm, f, type, (sp_type *)type);
    return sp_method_new(vm, f, type);
}

static sp_val staticmethod_call_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_call(vm, as_wrapdescr(vm, sp_vals_get(args, 0))->func, sp_vals_from(args, 1), kwnames);
}

static sp_val wrap_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    sp_val f = as_wrapdescr(vm, self)->func;
    return sp_str_fmt(vm, "<%s(%R)>", sp_type_name(self->type), f ? f : vm->None);
}

static sp_val wrap_get_func(sp_vm *vm, sp_val self)
{
    sp_val f = as_wrapdescr(vm, self)->func;
    return f ? f : vm->None;
}
static sp_val wrap_get_abstract(sp_vm *vm, sp_val self)
{
    sp_val f = as_wrapdescr(vm, self)->func;
    sp_val a = f ? sp_getattr_opt(vm, f, sp_intern_cstr(vm, "__isabstractmethod__")) : NULL;
    return sp_bool(vm, a && sp_truthy(vm, a));
}

static const sp_methoddef staticmethod_methods[] = {
    { "__new__", wrap_new_m, SP_METH_STATIC, NULL },
    { "__init__", wrap_init_m, 0, NULL },
    { "__get__", staticmethod_get_m, 0, NULL },
    { "__call__", staticmethod_call_m, 0, NULL },
    { "__repr__", wrap_repr, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const sp_methoddef classmethod_methods[] = {
    { "__new__", wrap_new_m, SP_METH_STATIC, NULL },
    { "__init__", wrap_init_m, 0, NULL },
    { "__get__", classmethod_get_m, 0, NULL },
    { "__repr__", wrap_repr, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const sp_getsetdef wrap_getsets[] = {
    { "__func__", wrap_get_func, NULL, NULL },
    { "__wrapped__", wrap_get_func, NULL, NULL },
    { "__isabstractmethod__", wrap_get_abstract, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void wrap_trace(sp_heap *h, sp_obj *o)
{
    sp_wrapdescr_obj *w = (sp_wrapdescr_obj *)o;
    sp_gc_mark(h, w->func);
    sp_gc_mark(h, w->dict);
}

const sp_typedef sp_staticmethod_def = {
    .name = "staticmethod",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_wrapdescr_obj),
    .trace = wrap_trace,
    .methods = staticmethod_methods,
    .getsets = wrap_getsets,
    .flags = SP_TF_BASETYPE,
};

const sp_typedef sp_classmethod_def = {
    .name = "classmethod",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_wrapdescr_obj),
    .trace = wrap_trace,
    .methods = classmethod_methods,
    .getsets = wrap_getsets,
    .flags = SP_TF_BASETYPE,
};

/* ======================================================================
 * super
 * =================================================================== */

/* The type whose MRO super() searches, or TypeError. */
static sp_type *super_check(sp_vm *vm, sp_type *type, sp_val obj)
{
    if (sp_is_type(obj) && sp_is_subtype((sp_type *)obj, type))
        return (sp_type *)obj;
    if (sp_isinstance(vm, obj, type))
        return sp_type_of(vm, obj);
    sp_val cls = sp_getattr_opt(vm, obj, vm->n.__class__);
    if (cls && sp_is_type(cls) && sp_is_subtype((sp_type *)cls, type))
        return (sp_type *)cls;
    sp_raise_fmt(vm, vm->e.TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

static void super_fill(sp_vm *vm, sp_val self, sp_val type, sp_val obj)
{
    if (!sp_is_type(type))
        sp_raise_fmt(vm, vm->e.TypeError, "super() argument 1 must be a type, not %T", type);
    sp_type *ot = NULL;
    if (obj == vm->None)
        obj = NULL;
    if (obj)
        ot = super_check(vm, (sp_type *)type, obj);
    sp_super_obj *s = as_super(vm, self);
    s->type = (sp_type *)type;
    s->obj = obj;
    s->obj_type = ot;
}

sp_val sp_super_new(sp_vm *vm, sp_type *type, sp_val obj)
{
    sp_val s = sp_alloc(vm, vm->t.super, sizeof(sp_super_obj));
    super_fill(vm, s, (sp_val)type, obj);
    return s;
}

static sp_val super_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val cls = sp_vals_get(args, 0);
    if (!sp_is_type(cls))
        sp_raise_fmt(vm, vm->e.TypeError, "super.__new__(X): X is not a type object (%T)", cls);
    return sp_alloc_instance(vm, (sp_type *)cls);
}

static sp_val super_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_no_kwargs(vm, "super", kwnames);
    if (args.len > 3)
        sp_raise_fmt(vm, vm->e.TypeError, "super() expected at most 2 arguments, got %zu", args.len - 1);
    sp_val self = sp_vals_get(args, 0);
    sp_val type = arg(args, 1), obj = arg(args, 2);
    if (type == NULL) {
        sp_val t = NULL, o = NULL;
        const char *err = sp_frame_super_args(vm, &t, &o);
        if (err != NULL)
            sp_raise_fmt(vm, vm->e.RuntimeError, err, t);
        type = t;
        obj = o;
    }
    super_fill(vm, self, type, obj);
    return vm->None;
}

/* The attribute `name` (a str) that super object s finds on the MRO of
 * its object's type after its class, before any descriptor is applied;
 * NULL when that search does not apply or finds nothing. */
static sp_val super_find(sp_vm *vm, sp_super_obj *s, sp_val name)
{
    if (s->obj_type == NULL || sp_str_eq(name, vm->n.__class__))
        return NULL;
    sp_vals mro = sp_tuple_items(s->obj_type->mro);
    size_t i = 0;
    while (i < mro.len && (sp_type *)sp_vals_get(mro, i) != s->type)
        i++;
    for (i++; i < mro.len; i++) {
        sp_type *t = (sp_type *)sp_vals_get(mro, i);
        sp_val v = sp_dict_get_str(vm, t->dict, name);
        if (v)
            return v;
    }
    return NULL;
}

/* The object s binds what it finds to: its instance, or NULL when it
 * was made for a class (super(C, D)). */
static sp_val super_inst(sp_super_obj *s)
{
    return s->obj == (sp_val)s->obj_type ? NULL : s->obj;
}

/* LOAD_METHOD on an exact super object: what super.__getattribute__
 * would give for what the MRO search finds, except that a Python
 * function found for an instance comes unbound, with the instance in
 * *self (no bound method made, as for a method of the instance's own
 * class).  NULL (nothing changed) when the search finds nothing: the
 * caller takes the generic path, for super's own attributes and the
 * AttributeError. */
sp_val sp_super_method(sp_vm *vm, sp_val sup, sp_val name, sp_val *self)
{
    sp_super_obj *s = as_super(vm, sup);
    sp_val v = sp_is_str(name) ? super_find(vm, s, name) : NULL;
    if (v == NULL)
        return NULL;
    sp_val inst = super_inst(s);
    if (inst != NULL && sp_is_ptr(v) && v->type == vm->t.function) {
        *self = inst;
        return v;
    }
    return sp_descr_get(vm, v, inst, s->obj_type);
}

static sp_val super_getattribute(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__getattribute__", args, kwnames, 1, 1);
    sp_val self = sp_vals_get(args, 0), name = sp_vals_get(args, 1);
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "attribute name must be string, not '%T'", name);
    sp_super_obj *s = as_super(vm, self);
    sp_val v = super_find(vm, s, name);
    if (v)
        return sp_descr_get(vm, v, super_inst(s), s->obj_type);
    sp_val r = sp_generic_getattr(vm, self, name, false);
    if (r == NULL) {
        sp_val exc = sp_exc_new_msg(vm, vm->e.AttributeError,
                                    sp_str_fmt(vm, "'super' object has no attribute '%U'", name));
        sp_raise(vm, exc);
    }
    return r;
}

static sp_val super_get_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__get__", args, kwnames, 1, 2);
    sp_val self = sp_vals_get(args, 0), obj = arg(args, 1);
    sp_super_obj *s = as_super(vm, self);
    if (obj == NULL || obj == vm->None || s->obj != NULL)
        return self;
    return sp_super_new(vm, s->type, obj);
}

static sp_val super_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_super_obj *s = as_super(vm, sp_vals_get(args, 0));
    if (s->obj_type)
        return sp_str_fmt(vm, "<super: <class '%s'>, <%s object>>", sp_type_name(s->type), sp_type_name(s->obj_type));
    return sp_str_fmt(vm, "<super: <class '%s'>, NULL>", s->type ? sp_type_name(s->type) : "NULL");
}

static sp_val super_get_thisclass(sp_vm *vm, sp_val self) { sp_super_obj *s = as_super(vm, self); return s->type ? (sp_val)s->type : vm->None; }
static sp_val super_get_self(sp_vm *vm, sp_val self) { sp_super_obj *s = as_super(vm, self); return s->obj ? s->obj : vm->None; }
static sp_val super_get_self_class(sp_vm *vm, sp_val self) { sp_super_obj *s = as_super(vm, self); return s->obj_type ? (sp_val)s->obj_type : vm->None; }

static const sp_methoddef super_methods[] = {
    { "__new__", super_new_m, SP_METH_STATIC, NULL },
    { "__init__", super_init_m, 0, NULL },
    { "__getattribute__", super_getattribute, 0, NULL },
    { "__get__", super_get_m, 0, NULL },
    { "__repr__", super_repr, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const sp_getsetdef super_getsets[] = {
    { "__thisclass__", super_get_thisclass, NULL, NULL },
    { "__self__", super_get_self, NULL, NULL },
    { "__self_class__", super_get_self_class, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void super_trace(sp_heap *h, sp_obj *o)
{
    sp_super_obj *s = (sp_super_obj *)o;
    sp_gc_mark(h, (sp_val)s->type);
    sp_gc_mark(h, s->obj);
    sp_gc_mark(h, (sp_val)s->obj_type);
}

const sp_typedef sp_super_def = {
    .name = "super",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_super_obj),
    .trace = super_trace,
    .methods = super_methods,
    .getsets = super_getsets,
    .flags = SP_TF_BASETYPE,
};

/* ======================================================================
 * mappingproxy: a read-only view of a mapping (types.MappingProxyType)
 * =================================================================== */

static sp_val proxy_map(sp_vm *vm, sp_vals args) { return as_proxy(vm, sp_vals_get(args, 0))->mapping; }

static sp_val proxy_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "mapping", NULL };
    sp_val out[1] = { NULL };
    sp_parse_args(vm, "mappingproxy", sp_vals_from(args, 1), kwnames, kw, 1, SP_VALS(out));
    sp_val m = out[0];
    if (sp_is_list(m) || sp_is_tuple(m) || sp_type_lookup(vm, sp_type_of(vm, m), vm->n.__getitem__) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "mappingproxy() argument must be a mapping, not %T", m);
    sp_mappingproxy_obj *p = (sp_mappingproxy_obj *)sp_alloc(vm, vm->t.mappingproxy, sizeof *p);
    p->mapping = m;
    return (sp_val)p;
}

static sp_val proxy_getitem(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__getitem__", args, kwnames, 1, 1);
    return sp_getitem(vm, proxy_map(vm, args), sp_vals_get(args, 1));
}
static sp_val proxy_len(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_int_from_size(vm, sp_len(vm, proxy_map(vm, args)));
}
static sp_val proxy_iter(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_iter(vm, proxy_map(vm, args)); }
static sp_val proxy_contains(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__contains__", args, kwnames, 1, 1);
    return sp_bool(vm, sp_contains(vm, proxy_map(vm, args), sp_vals_get(args, 1)));
}
static sp_val proxy_forward(sp_vm *vm, sp_vals args, sp_val kwnames, const char *name)
{
    sp_val f = sp_getattr_cstr(vm, proxy_map(vm, args), name);
    return sp_call(vm, f, sp_vals_from(args, 1), kwnames);
}
static sp_val proxy_get(sp_vm *vm, sp_vals args, sp_val kwnames) { return proxy_forward(vm, args, kwnames, "get"); }
static sp_val proxy_keys(sp_vm *vm, sp_vals args, sp_val kwnames) { return proxy_forward(vm, args, kwnames, "keys"); }
static sp_val proxy_values(sp_vm *vm, sp_vals args, sp_val kwnames) { return proxy_forward(vm, args, kwnames, "values"); }
static sp_val proxy_items(sp_vm *vm, sp_vals args, sp_val kwnames) { return proxy_forward(vm, args, kwnames, "items"); }
static sp_val proxy_copy(sp_vm *vm, sp_vals args, sp_val kwnames) { return proxy_forward(vm, args, kwnames, "copy"); }
static sp_val proxy_reversed(sp_vm *vm, sp_vals args, sp_val kwnames) { return proxy_forward(vm, args, kwnames, "__reversed__"); }
static sp_val proxy_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_str_fmt(vm, "mappingproxy(%R)", proxy_map(vm, args));
}
static sp_val proxy_str(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_str(vm, proxy_map(vm, args)); }
static sp_val proxy_eq(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__eq__", args, kwnames, 1, 1);
    return sp_richcmp(vm, proxy_map(vm, args), sp_vals_get(args, 1), SP_EQ);
}
static sp_val proxy_ne(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__ne__", args, kwnames, 1, 1);
    return sp_richcmp(vm, proxy_map(vm, args), sp_vals_get(args, 1), SP_NE);
}
static sp_val proxy_or(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__or__", args, kwnames, 1, 1);
    sp_val o = sp_vals_get(args, 1);
    if (sp_is_ptr(o) && o->type == vm->t.mappingproxy)
        o = as_proxy(vm, o)->mapping;
    return sp_binary(vm, SP_OP_OR, proxy_map(vm, args), o);
}

static const sp_methoddef proxy_methods[] = {
    { "__new__", proxy_new_m, SP_METH_STATIC, NULL },
    { "__getitem__", proxy_getitem, 0, NULL },
    { "__len__", proxy_len, 0, NULL },
    { "__iter__", proxy_iter, 0, NULL },
    { "__contains__", proxy_contains, 0, NULL },
    { "__repr__", proxy_repr, 0, NULL },
    { "__str__", proxy_str, 0, NULL },
    { "__eq__", proxy_eq, 0, NULL },
    { "__ne__", proxy_ne, 0, NULL },
    { "__or__", proxy_or, 0, NULL },
    { "__reversed__", proxy_reversed, 0, NULL },
    { "get", proxy_get, 0, NULL },
    { "keys", proxy_keys, 0, NULL },
    { "values", proxy_values, 0, NULL },
    { "items", proxy_items, 0, NULL },
    { "copy", proxy_copy, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static void proxy_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((sp_mappingproxy_obj *)o)->mapping);
}

const sp_typedef sp_mappingproxy_def = {
    .name = "mappingproxy",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_mappingproxy_obj),
    .trace = proxy_trace,
    .methods = proxy_methods,
};

/* The instructions of match statements (PEP 634). */
#include "code.h"

/* isinstance(v, collections.abc.<name>) if collections.abc is loaded. */
static bool abc_instance(sp_vm *vm, sp_val v, const char *name)
{
    if (vm->modules == NULL)
        return false;
    sp_val abc = sp_dict_get_cstr(vm, vm->modules, "collections.abc");
    if (abc == NULL)
        return false;
    sp_val cls = sp_getattr_opt(vm, abc, sp_intern_cstr(vm, name));
    if (cls == NULL || !sp_is_type(cls))
        return false;
    sp_val isinst = sp_dict_get_str(vm, vm->builtins, sp_intern_cstr(vm, "isinstance"));
    if (isinst == NULL)
        return sp_isinstance(vm, v, sp_as_type(cls));
    return sp_truthy(vm, sp_call2(vm, isinst, v, cls));
}

static bool match_mapping(sp_vm *vm, sp_val v)
{
    if (sp_is_dict(v) || sp_is_exact(vm, v, vm->t.mappingproxy))
        return true;
    if (sp_is_str(v) || sp_is_list(v) || sp_is_tuple(v) || sp_is_small(v))
        return false;
    return abc_instance(vm, v, "Mapping");
}

static bool match_sequence(sp_vm *vm, sp_val v)
{
    if (sp_is_list(v) || sp_is_tuple(v) || sp_is_exact(vm, v, vm->t.range))
        return true;
    if (sp_is_str(v) || sp_is_bytes(v) || sp_is_dict(v) || sp_is_small(v))
        return false;
    if (sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_BYTEARRAY)
        return false;
    return abc_instance(vm, v, "Sequence");
}

static sp_val match_keys(sp_vm *vm, sp_val subj, sp_val keys)
{
    size_t n = sp_tuple_len(keys);
    sp_val vals = sp_tuple_new(vm, n);
    sp_val seen = sp_set_new(vm);
    sp_val get = NULL;
    sp_val dummy = (sp_val)sp_valarray_new(vm, 0);
    for (size_t i = 0; i < n; i++) {
        sp_val k = sp_tuple_get(keys, i);
        if (sp_set_contains(vm, seen, k))
            sp_raise_fmt(vm, vm->e.ValueError, "mapping pattern checks duplicate key (%R)", k);
        sp_set_add(vm, seen, k);
        sp_val v;
        if (sp_is_exact(vm, subj, vm->t.dict)) {
            v = sp_dict_get(vm, subj, k);
        } else {
            if (get == NULL)
                get = sp_getattr(vm, subj, sp_intern_cstr(vm, "get"));
            v = sp_call2(vm, get, k, dummy);
            if (v == dummy)
                v = NULL;
        }
        if (v == NULL)
            return vm->None;
        sp_tuple_set(vals, i, v);
    }
    return vals;
}

static bool special_self_match(sp_vm *vm, sp_type *t)
{
    return t == vm->t.bool_ || t == vm->t.bytearray || t == vm->t.bytes || t == vm->t.dict || t == vm->t.float_ ||
           t == vm->t.frozenset || t == vm->t.int_ || t == vm->t.list || t == vm->t.set || t == vm->t.str ||
           t == vm->t.tuple;
}

static sp_val match_class(sp_vm *vm, sp_val subj, sp_val cls, sp_val kwnames, uint32_t npos)
{
    if (!sp_is_type(cls))
        sp_raise_fmt(vm, vm->e.TypeError, "called match pattern must be a class");
    sp_type *t = sp_as_type(cls);
    sp_val isinst = sp_dict_get_str(vm, vm->builtins, sp_intern_cstr(vm, "isinstance"));
    bool ok = isinst ? sp_truthy(vm, sp_call2(vm, isinst, subj, cls)) : sp_isinstance(vm, subj, t);
    if (!ok)
        return vm->None;
    size_t nkw = sp_tuple_len(kwnames);
    sp_val out = sp_tuple_new(vm, npos + nkw);
    sp_val seen = sp_list_new(vm, 0);
    if (npos > 0) {
        sp_val ma = sp_getattr_opt(vm, cls, vm->n.__match_args__);
        if (ma == NULL) {
            if (npos == 1 && special_self_match(vm, t) ) {
                sp_tuple_set(out, 0, subj);
                goto keywords;
            }
            sp_raise_fmt(vm, vm->e.TypeError, "%N() accepts 0 positional sub-patterns (%d given)", t, (int)npos);
        }
        if (!sp_is_tuple(ma))
            sp_raise_fmt(vm, vm->e.TypeError, "%N.__match_args__ must be a tuple (got %T)", t, ma);
        if (sp_tuple_len(ma) < npos)
            sp_raise_fmt(vm, vm->e.TypeError, "%N() accepts %zu positional sub-pattern%s (%d given)", t,
                         sp_tuple_len(ma), sp_tuple_len(ma) == 1 ? "" : "s", (int)npos);
        for (size_t i = 0; i < npos; i++) {
            sp_val name = sp_tuple_get(ma, i);
            if (!sp_is_str(name))
                sp_raise_fmt(vm, vm->e.TypeError, "__match_args__ elements must be strings (got %T)", name);
            for (size_t j = 0; j < sp_list_len(seen); j++)
                if (sp_str_eq(sp_list_get(seen, j), name))
                    sp_raise_fmt(vm, vm->e.TypeError, "%N() got multiple sub-patterns for attribute %R", t, name);
            sp_list_append(vm, seen, name);
            sp_val v = sp_getattr_opt(vm, subj, name);
            if (v == NULL)
                return vm->None;
            sp_tuple_set(out, i, v);
        }
    }
keywords:
    for (size_t i = 0; i < nkw; i++) {
        sp_val name = sp_tuple_get(kwnames, i);
        for (size_t j = 0; j < sp_list_len(seen); j++)
            if (sp_str_eq(sp_list_get(seen, j), name))
                sp_raise_fmt(vm, vm->e.TypeError, "%N() got multiple sub-patterns for attribute %R", t, name);
        sp_list_append(vm, seen, name);
        sp_val v = sp_getattr_opt(vm, subj, name);
        if (v == NULL)
            return vm->None;
        sp_tuple_set(out, npos + i, v);
    }
    return out;
}

uint32_t sp_eval_match_op(sp_vm *vm, uint32_t op, uint32_t arg, sp_vals s, uint32_t sp)
{
    switch (op) {
    case SP_OP_MATCH_MAPPING:
        sp_vals_set(s, sp, sp_bool(vm, match_mapping(vm, sp_vals_get(s, sp - 1))));
        return sp + 1;
    case SP_OP_MATCH_SEQUENCE:
        sp_vals_set(s, sp, sp_bool(vm, match_sequence(vm, sp_vals_get(s, sp - 1))));
        return sp + 1;
    case SP_OP_MATCH_KEYS:
        sp_vals_set(s, sp, match_keys(vm, sp_vals_get(s, sp - 2), sp_vals_get(s, sp - 1)));
        return sp + 1;
    case SP_OP_MATCH_CLASS: {
        sp_val names = sp_vals_get(s, sp - 1);
        sp_val cls = sp_vals_get(s, sp - 2);
        sp_val subj = sp_vals_get(s, sp - 3);
        sp_vals_set(s, sp - 3, match_class(vm, subj, cls, names, arg));
        return sp - 2;
    }
    case SP_OP_COPY_DICT_WITHOUT_KEYS: {
        sp_val keys = sp_vals_get(s, sp - 1);
        sp_val subj = sp_vals_get(s, sp - 2);
        sp_val rest = sp_dict_new(vm);
        sp_dict_update(vm, rest, subj);
        for (size_t i = 0; i < sp_tuple_len(keys); i++)
            sp_dict_del(vm, rest, sp_tuple_get(keys, i));
        sp_vals_set(s, sp - 1, rest);
        return sp;
    }
    default:
        sp_trap("sp_eval_match_op: bad opcode");
    }
}

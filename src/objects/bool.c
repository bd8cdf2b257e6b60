/* bool: the subclass of int with the two instances True and False.
 *
 * vm.c allocates True and False in the big-int layout (True: sign +1, one
 * limb 1; False: no limbs), so every int operation works on them as 1 and
 * 0.  This file adds only what differs from int: the repr, the
 * constructor, and & | ^ returning a bool when both operands are bools.
 */
#include "objects/int.h"

#define ARG(i) sp_vals_get(args, (i))

static bool is_bool(sp_vm *vm, sp_val v)
{
    return v == vm->True || v == vm->False;
}

static sp_val bool_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (kwnames && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "wrapper __repr__() takes no keyword arguments");
    if (args.len != 1)
        sp_raise_fmt(vm, vm->e.TypeError, "expected 0 arguments, got %zu", args.len - 1);
    return sp_str_from_cstr(vm, ARG(0) == vm->True ? "True" : "False");
}

static sp_val bool_new(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_no_kwargs(vm, "bool", kwnames);
    if (args.len > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "bool expected at most 1 argument, got %zu", args.len - 1);
    (void)sp_new_cls(vm, args, vm->t.bool_);
    if (args.len < 2)
        return vm->False;
    return sp_bool(vm, sp_truthy(vm, ARG(1)));
}

static sp_val bool_bitop(sp_vm *vm, sp_vals args, sp_val kwnames, const char *name, char op)
{
    /* Slot wrapper wording, as CPython's bool.__and__ & co. */
    if (kwnames && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "wrapper %s() takes no keyword arguments", name);
    if (args.len != 2)
        sp_raise_fmt(vm, vm->e.TypeError, "expected 1 argument, got %zu", args.len - 1);
    sp_val a = ARG(0), b = ARG(1);
    if (is_bool(vm, a) && is_bool(vm, b)) {
        bool x = a == vm->True, y = b == vm->True;
        return sp_bool(vm, op == '&' ? (x && y) : op == '|' ? (x || y) : (x != y));
    }
    if (!sp_is_int(a) || !sp_is_int(b))
        return vm->NotImplemented;
    return op == '&' ? sp_int_and(vm, a, b) : op == '|' ? sp_int_or(vm, a, b) : sp_int_xor(vm, a, b);
}

static sp_val bool_and(sp_vm *vm, sp_vals args, sp_val kw) { return bool_bitop(vm, args, kw, "__and__", '&'); }
static sp_val bool_rand(sp_vm *vm, sp_vals args, sp_val kw) { return bool_bitop(vm, args, kw, "__rand__", '&'); }
static sp_val bool_or(sp_vm *vm, sp_vals args, sp_val kw) { return bool_bitop(vm, args, kw, "__or__", '|'); }
static sp_val bool_ror(sp_vm *vm, sp_vals args, sp_val kw) { return bool_bitop(vm, args, kw, "__ror__", '|'); }
static sp_val bool_xor(sp_vm *vm, sp_vals args, sp_val kw) { return bool_bitop(vm, args, kw, "__xor__", '^'); }
static sp_val bool_rxor(sp_vm *vm, sp_vals args, sp_val kw) { return bool_bitop(vm, args, kw, "__rxor__", '^'); }

static const sp_methoddef bool_methods[] = {
    { "__repr__", bool_repr, 0, NULL },
    { "__new__", bool_new, SP_METH_STATIC, NULL },
    { "__and__", bool_and, 0, NULL },
    { "__rand__", bool_rand, 0, NULL },
    { "__or__", bool_or, 0, NULL },
    { "__ror__", bool_ror, 0, NULL },
    { "__xor__", bool_xor, 0, NULL },
    { "__rxor__", bool_rxor, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_bool_def = {
    .name = "bool",
    .layout = SP_LAYOUT_INT,
    .size = sizeof(sp_bigint_obj) + sizeof(uint32_t),
    .methods = bool_methods,
    .flags = 0,
    .doc = "bool(x) -> bool",
};

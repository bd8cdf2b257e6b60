/* Argument checks of the dunder methods of the sequence types (list.c,
 * tuple.c, range.c, slice.c, iterobject.c), with CPython's messages.
 *
 * In CPython these methods are slot wrappers: `[].__len__(1)` says
 * "expected 0 arguments, got 1".  The sequence-repeat and item-assignment
 * wrappers (list/tuple __mul__, __rmul__, __imul__, list.__setitem__)
 * unpack with an empty function name, hence their leading space.  Methods
 * that are real methods in CPython (__reversed__, __length_hint__) use
 * sp_cont_noargs' "takes no arguments" instead. */
#ifndef SP_LIST_ARGS_H
#define SP_LIST_ARGS_H

#include "objects/cont.h"

static inline void seq_slot_nargs(sp_vm *vm, sp_vals args, sp_val kwnames, const char *name, size_t n, bool unnamed)
{
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "wrapper %s() takes no keyword arguments", name);
    size_t got = args.len > 0 ? args.len - 1 : 0;
    if (got != n)
        sp_raise_fmt(vm, vm->e.TypeError, "%sexpected %zu argument%s, got %zu", unnamed ? " " : "", n,
                     n == 1 ? "" : "s", got);
}

/* __len__, __iter__, __next__, __repr__, __hash__, __bool__ */
static inline void seq_slot0(sp_vm *vm, sp_vals args, sp_val kwnames, const char *name)
{
    if ((kwnames != NULL && sp_tuple_len(kwnames) > 0) || args.len != 1)
        seq_slot_nargs(vm, args, kwnames, name, 0, false);
}

/* binary operators, comparisons, __getitem__, __contains__, __delitem__:
 * returns the argument. */
static inline sp_val seq_slot1(sp_vm *vm, sp_vals args, sp_val kwnames, const char *name)
{
    if ((kwnames != NULL && sp_tuple_len(kwnames) > 0) || args.len != 2)
        seq_slot_nargs(vm, args, kwnames, name, 1, false);
    return sp_vals_get(args, 1);
}

/* sequence repeat: __mul__, __rmul__, __imul__ of list and tuple. */
static inline sp_val seq_slot_repeat(sp_vm *vm, sp_vals args, sp_val kwnames, const char *name)
{
    if ((kwnames != NULL && sp_tuple_len(kwnames) > 0) || args.len != 2)
        seq_slot_nargs(vm, args, kwnames, name, 1, true);
    return sp_vals_get(args, 1);
}

#endif

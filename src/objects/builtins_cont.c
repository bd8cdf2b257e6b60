/* The container builtins: len sorted min max sum any all iter next.
 * Module-level functions: args holds the arguments only (no self). */
#include "objects/cont.h"


static size_t count_kw(sp_val kwnames) { return kwnames != NULL ? sp_tuple_len(kwnames) : 0; }

sp_val sp_bi_len(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val v = sp_cont_func_onearg(vm, args, kwnames, "len");
    /* Exact types only: a subclass may override __len__. */
    if (sp_is_ptr(v) && v->type == vm->t.list)
        return sp_cont_size(vm, sp_list_len(v));
    if (sp_is_ptr(v) && v->type == vm->t.tuple)
        return sp_cont_size(vm, sp_tuple_len(v));
    return sp_cont_size(vm, sp_len(vm, v));
}

static sp_val b_sorted(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    size_t nkw = count_kw(kwnames);
    size_t np = args.len - nkw;
    if (np != 1)
        sp_raise_fmt(vm, vm->e.TypeError, "sorted expected 1 argument, got %zu", np);
    sp_val key = NULL, rev = NULL;
    for (size_t i = 0; i < nkw; i++) {
        sp_val name = sp_tuple_get(kwnames, i);
        sp_val v = sp_vals_get(args, np + i);
        if (sp_str_eq_cstr(name, "key"))
            key = v;
        else if (sp_str_eq_cstr(name, "reverse"))
            rev = v;
        else
            sp_raise_fmt(vm, vm->e.TypeError, "'%U' is an invalid keyword argument for sort()", name);
    }
    sp_val l = sp_list_new(vm, 0);
    sp_list_extend(vm, l, sp_vals_get(args, 0));
    bool reverse = false;
    if (rev != NULL) {
        if (sp_is_float(rev))
            sp_raise_fmt(vm, vm->e.TypeError, "'float' object cannot be interpreted as an integer");
        reverse = sp_int_sign(sp_index(vm, rev)) != 0;
    }
    sp_list_sort(vm, l, key == vm->None ? NULL : key, reverse);
    return l;
}

/* min() and max(): one iterable (with default=) or several arguments;
 * key= on both.  The first of equal extremes wins, as in CPython. */
static sp_val minmax(sp_vm *vm, sp_vals args, sp_val kwnames, bool is_max)
{
    const char *name = is_max ? "max" : "min";
    size_t nkw = count_kw(kwnames);
    size_t np = args.len - nkw;
    sp_val key = NULL, dflt = NULL;
    for (size_t i = 0; i < nkw; i++) {
        sp_val kn = sp_tuple_get(kwnames, i);
        sp_val v = sp_vals_get(args, np + i);
        if (sp_str_eq_cstr(kn, "key"))
            key = v;
        else if (sp_str_eq_cstr(kn, "default"))
            dflt = v;
        else
            sp_raise_fmt(vm, vm->e.TypeError, "'%U' is an invalid keyword argument for %s()", kn, name);
    }
    if (np == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%s expected at least 1 argument, got 0", name);
    if (np > 1 && dflt != NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
    if (key == vm->None)
        key = NULL;
    sp_val it = sp_iter(vm, np == 1 ? sp_vals_get(args, 0) : sp_tuple_from(vm, sp_vals_sub(args, 0, np)));
    sp_val best = NULL, best_key = NULL;
    for (;;) {
        sp_val v = sp_cont_next(vm, it);
        if (v == NULL)
            break;
        sp_val k = key != NULL ? sp_call1(vm, key, v) : v;
        if (best == NULL || sp_richcmp_bool(vm, k, best_key, is_max ? SP_GT : SP_LT)) {
            best = v;
            best_key = k;
        }
    }
    if (best != NULL)
        return best;
    if (dflt != NULL)
        return dflt;
    sp_raise_fmt(vm, vm->e.ValueError, "%s() arg is an empty sequence", name);
}

static sp_val b_min(sp_vm *vm, sp_vals args, sp_val kwnames) { return minmax(vm, args, kwnames, false); }
static sp_val b_max(sp_vm *vm, sp_vals args, sp_val kwnames) { return minmax(vm, args, kwnames, true); }

static sp_val b_sum(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    size_t nkw = count_kw(kwnames);
    size_t np = args.len - nkw;
    sp_val start = np >= 2 ? sp_vals_get(args, 1) : NULL;
    /* sum(iterable, /, start=0): the counts are checked before the names. */
    if (args.len > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "sum() takes at most 2 %sarguments (%zu given)", np == 0 ? "keyword " : "",
                     args.len);
    if (np == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "sum() takes at least 1 positional argument (0 given)");
    for (size_t i = 0; i < nkw; i++) {
        sp_val kn = sp_tuple_get(kwnames, i);
        if (!sp_str_eq_cstr(kn, "start") || start != NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "'%U' is an invalid keyword argument for sum()", kn);
        start = sp_vals_get(args, np + i);
    }
    if (np == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (np > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "sum() takes at most 2 arguments (%zu given)", np);
    if (start == NULL)
        start = sp_small(0);
    if (sp_is_str(start))
        sp_raise_fmt(vm, vm->e.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (sp_is_bytes(start))
        sp_raise_fmt(vm, vm->e.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (sp_is_ptr(start) && start->type->def->layout == SP_LAYOUT_BYTEARRAY)
        sp_raise_fmt(vm, vm->e.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    sp_val it = sp_iter(vm, sp_vals_get(args, 0));
    sp_val result = start;
    /* Fast paths, as CPython: small ints accumulate in C while they fit;
     * once a float appears, floats (and small ints) add as doubles. */
    if (sp_is_small(result)) {
        int64_t acc = sp_small_get(result);
        for (;;) {
            sp_val v = sp_cont_next(vm, it);
            if (v == NULL)
                return sp_cont_i64(vm, acc);
            int64_t r;
            if (sp_is_small(v) && sp_i64_add(acc, sp_small_get(v), &r)) {
                acc = r;
                continue;
            }
            if (sp_is_exact(vm, v, vm->t.float_)) {
                double f = (double)acc + sp_float_get(v);
                for (;;) {
                    sp_val w = sp_cont_next(vm, it);
                    if (w == NULL)
                        return sp_float_new(vm, f);
                    if (sp_is_exact(vm, w, vm->t.float_)) {
                        f += sp_float_get(w);
                        continue;
                    }
                    if (sp_is_small(w)) {
                        f += (double)sp_small_get(w);
                        continue;
                    }
                    result = sp_binary(vm, SP_OP_ADD, sp_float_new(vm, f), w);
                    goto generic;
                }
            }
            result = sp_binary(vm, SP_OP_ADD, sp_cont_i64(vm, acc), v);
            goto generic;
        }
    }
    if (sp_is_exact(vm, result, vm->t.float_)) {
        double f = sp_float_get(result);
        for (;;) {
            sp_val w = sp_cont_next(vm, it);
            if (w == NULL)
                return sp_float_new(vm, f);
            if (sp_is_exact(vm, w, vm->t.float_)) {
                f += sp_float_get(w);
                continue;
            }
            if (sp_is_small(w)) {
                f += (double)sp_small_get(w);
                continue;
            }
            result = sp_binary(vm, SP_OP_ADD, sp_float_new(vm, f), w);
            break;
        }
    }
generic:
    for (;;) {
        sp_val v = sp_cont_next(vm, it);
        if (v == NULL)
            return result;
        result = sp_binary(vm, SP_OP_ADD, result, v);
    }
}

static sp_val b_any(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val it = sp_iter(vm, sp_cont_func_onearg(vm, args, kwnames, "any"));
    for (;;) {
        sp_val v = sp_cont_next(vm, it);
        if (v == NULL)
            return vm->False;
        if (sp_truthy(vm, v))
            return vm->True;
    }
}

static sp_val b_all(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val it = sp_iter(vm, sp_cont_func_onearg(vm, args, kwnames, "all"));
    for (;;) {
        sp_val v = sp_cont_next(vm, it);
        if (v == NULL)
            return vm->True;
        if (!sp_truthy(vm, v))
            return vm->False;
    }
}

static sp_val b_iter(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "iter() takes no keyword arguments");
    if (args.len == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "iter expected at least 1 argument, got 0");
    if (args.len > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "iter expected at most 2 arguments, got %zu", args.len);
    if (args.len == 1)
        return sp_iter(vm, sp_vals_get(args, 0));
    sp_val f = sp_vals_get(args, 0);
    if (!sp_callable(vm, f))
        sp_raise_fmt(vm, vm->e.TypeError, "iter(v, w): v must be callable");
    return sp_calliter_new(vm, f, sp_vals_get(args, 1));
}

static sp_val b_next(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "next() takes no keyword arguments");
    if (args.len == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "next expected at least 1 argument, got 0");
    if (args.len > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "next expected at most 2 arguments, got %zu", args.len);
    sp_val it = sp_vals_get(args, 0);
    bool handled;
    sp_val v = sp_cont_iternext(vm, it, &handled);
    if (!handled) {
        if (sp_type_lookup(vm, sp_type_of(vm, it), vm->n.__next__) == NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "'%T' object is not an iterator", it);
        if (args.len == 1) {
            /* Let __next__'s own StopIteration (with its value) through. */
            return sp_call_special(vm, it, vm->n.__next__, SP_NOVALS);
        }
        v = sp_next(vm, it);
    }
    if (v != NULL)
        return v;
    if (args.len == 2)
        return sp_vals_get(args, 1);
    sp_cont_stop(vm);
}

const sp_methoddef sp_builtins_cont[] = {
    { "len", sp_bi_len, 0, "Return the number of items in a container." },
    { "sorted", b_sorted, 0, "Return a new list containing all items from the iterable in ascending order." },
    { "min", b_min, 0, "With a single iterable argument, return its smallest item." },
    { "max", b_max, 0, "With a single iterable argument, return its biggest item." },
    { "sum", b_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers" },
    { "any", b_any, 0, "Return True if bool(x) is True for any x in the iterable." },
    { "all", b_all, 0, "Return True if bool(x) is True for all values x in the iterable." },
    { "iter", b_iter, 0, "Get an iterator from an object." },
    { "next", b_next, 0, "Return the next item from the iterator." },
    { NULL, NULL, 0, NULL },
};

/* Argument parsing for C functions, with CPython's error messages. */
#include "sp.h"

static size_t kw_count(sp_val kwnames)
{
    return kwnames ? sp_tuple_len(kwnames) : 0;
}

void sp_no_kwargs(sp_vm *vm, const char *fname, sp_val kwnames)
{
    if (kw_count(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no keyword arguments", fname);
}

void sp_check_nargs(sp_vm *vm, const char *fname, sp_vals args, sp_val kwnames, size_t min, size_t max)
{
    sp_no_kwargs(vm, fname, kwnames);
    size_t n = args.len;
    if (n >= min && n <= max)
        return;
    /* METH_NOARGS / METH_O functions have their own wording. */
    if (max == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no arguments (%zu given)", fname, n);
    if (min == 1 && max == 1)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes exactly one argument (%zu given)", fname, n);
    if (min == max)
        sp_raise_fmt(vm, vm->e.TypeError, "%s expected %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s", n);
    if (n < min)
        sp_raise_fmt(vm, vm->e.TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                     min == 1 ? "" : "s", n);
    sp_raise_fmt(vm, vm->e.TypeError, "%s expected at most %zu argument%s, got %zu", fname, max, max == 1 ? "" : "s",
                 n);
}

void sp_parse_args(sp_vm *vm, const char *fname, sp_vals args, sp_val kwnames, const char *const *kwlist,
                   size_t required, sp_vals out)
{
    size_t nk = kw_count(kwnames);
    size_t np = args.len - nk;
    size_t nparams = out.len;
    for (size_t i = 0; i < nparams; i++)
        sp_vals_set(out, i, NULL);
    /* CPython's parsers say "at most" here whatever the minimum, and
     * "keyword arguments" when no positional one was given. */
    if (np + nk > nparams) {
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, nparams,
                     np == 0 ? "keyword " : "", nparams == 1 ? "" : "s", np + nk);
    }
    for (size_t i = 0; i < np; i++)
        sp_vals_set(out, i, sp_vals_get(args, i));
    /* CPython's order: keywords fill their parameters; then a missing
     * required argument is reported; then a parameter given both ways;
     * then an unknown keyword. */
    sp_cstrs kw = { (char **)kwlist, nparams };
    const char *dup = NULL, *unknown = NULL;
    size_t dup_pos = 0;
    for (size_t k = 0; k < nk; k++) {
        sp_val name = sp_tuple_get(kwnames, k);
        const char *cname = sp_str_cstr(name);
        size_t found = nparams;
        for (size_t i = 0; i < nparams; i++) {
            const char *p = sp_cstrs_get(kw, i);
            if (*p != 0 && sp_str_eq_cstr(name, p)) {
                found = i;
                break;
            }
        }
        if (found == nparams) {
            if (unknown == NULL)
                unknown = cname;
            continue;
        }
        if (found < np) {
            if (dup == NULL) {
                dup = cname;
                dup_pos = found + 1;
            }
            continue;
        }
        sp_vals_set(out, found, sp_vals_get(args, np + k));
    }
    for (size_t i = 0; i < required && i < nparams; i++) {
        if (sp_vals_get(out, i) == NULL) {
            const char *p = sp_cstrs_get(kw, i);
            if (*p == 0)
                sp_raise_fmt(vm, vm->e.TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                             required == nparams ? "exactly" : "at least", required, required == 1 ? "" : "s", np);
            sp_raise_fmt(vm, vm->e.TypeError, "%s() missing required argument '%s' (pos %zu)", fname, p, i + 1);
        }
    }
    if (dup != NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname, dup,
                     dup_pos);
    if (unknown != NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "'%s' is an invalid keyword argument for %s()", unknown, fname);
}

/* Argument parsing for C functions, with CPython's error messages. */
#include "sp.h"

static size_t kw_count(sp_val kwnames)
{
    return kwnames ? sp_tuple_len(kwnames) : 0;
}

/* CPython names the callable in the messages its call machinery makes
 * ("str.ljust() takes no keyword arguments", "math.sqrt() takes exactly
 * one argument (0 given)"): with the defining class or the module (not
 * builtins), when fname is the C function sp_call entered last. */
static sp_val callee_str(sp_vm *vm, const char *fname)
{
    sp_val c = vm->calling;
    const sp_methoddef *def = NULL;
    sp_type *owner = NULL;
    sp_val module = NULL;
    if (c != NULL && sp_is_ptr(c) && c->type == vm->t.builtin_function) {
        sp_builtin_obj *b = (sp_builtin_obj *)c;
        def = b->def;
        if (b->owner != NULL)
            owner = b->owner;
        else if (b->self == NULL || sp_is_module(b->self))
            module = b->module;
        else if (!(def->flags & SP_METH_STATIC))
            owner = (def->flags & SP_METH_CLASS) && sp_is_type(b->self) ? (sp_type *)b->self
                                                                        : sp_type_of(vm, b->self);
    } else if (c != NULL && sp_is_ptr(c)
               && (c->type == vm->t.method_descriptor || c->type == vm->t.classmethod_descriptor)) {
        sp_methoddescr_obj *d = (sp_methoddescr_obj *)c;
        def = d->def;
        owner = d->owner;
    }
    if (def != NULL && sp_cbytes_eq(sp_cbytes_of_cstr(def->name), sp_cbytes_of_cstr(fname))) {
        if (owner != NULL)
            return sp_str_fmt(vm, "%U.%s()", owner->qualname, fname);
        if (module != NULL && sp_is_str(module) && !sp_str_eq(module, sp_str_from_cstr(vm, "builtins")))
            return sp_str_fmt(vm, "%U.%s()", module, fname);
    }
    return sp_str_fmt(vm, "%s()", fname);
}

void sp_no_kwargs(sp_vm *vm, const char *fname, sp_val kwnames)
{
    if (kw_count(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%U takes no keyword arguments", callee_str(vm, fname));
}

void sp_check_nargs(sp_vm *vm, const char *fname, sp_vals args, sp_val kwnames, size_t min, size_t max)
{
    sp_no_kwargs(vm, fname, kwnames);
    size_t n = args.len;
    if (n >= min && n <= max)
        return;
    /* METH_NOARGS / METH_O functions have their own wording. */
    if (max == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%U takes no arguments (%zu given)", callee_str(vm, fname), n);
    if (min == 1 && max == 1)
        sp_raise_fmt(vm, vm->e.TypeError, "%U takes exactly one argument (%zu given)", callee_str(vm, fname), n);
    if (min == max)
        sp_raise_fmt(vm, vm->e.TypeError, "%s expected %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s", n);
    if (n < min)
        sp_raise_fmt(vm, vm->e.TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                     min == 1 ? "" : "s", n);
    sp_raise_fmt(vm, vm->e.TypeError, "%s expected at most %zu argument%s, got %zu", fname, max, max == 1 ? "" : "s",
                 n);
}

void sp_parse_args_span(sp_vm *vm, const char *fname, sp_vals args, sp_val kwnames, sp_cstrs kw,
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
    if (kw.len < nparams)
        sp_trap("sp_parse_args: fewer parameter names than parameters");
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

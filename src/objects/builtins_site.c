/* The builtins that CPython's site module adds: exit, quit, copyright,
 * credits, license and help.  SafePy runs no site.py, so they are made
 * here, as instances of three small classes that look like CPython's
 * _sitebuiltins.Quitter, _Printer and _Helper (same reprs, same instance
 * __dict__ keys, SystemExit from exit()).  help(obj) renders its text in
 * Python (lib/_safepy_builtins_help.py), imported on first use only so
 * that start-up stays cheap. */
#include "sp.h"
#include "vm/vm.h"

/* One layout for the three classes: a bare object with a __dict__. */
typedef struct site_obj {
    sp_obj h;
    sp_val dict;
} site_obj;

static void site_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((site_obj *)o)->dict);
}

static sp_val attr(sp_vm *vm, sp_val self, const char *name)
{
    return sp_getattr_cstr(vm, self, name);
}

static void print_str(sp_vm *vm, sp_val s)
{
    sp_val print = sp_dict_get_cstr(vm, vm->builtins, "print");
    if (print == NULL)
        sp_write_stdout(vm, sp_str_fmt(vm, "%U\n", s));
    else
        sp_call1(vm, print, s);
}

/* ---- Quitter: exit and quit ------------------------------------------------ */

static sp_val quitter_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__repr__", args, kwnames, 1, 1);
    sp_val self = sp_vals_get(args, 0);
    return sp_str_fmt(vm, "Use %S() or %S to exit", attr(vm, self, "name"), attr(vm, self, "eof"));
}

static sp_val close_stdin(sp_vm *vm, void *ud)
{
    (void)ud;
    sp_val sys = sp_import_cstr(vm, "sys");
    sp_val in = sp_getattr_cstr(vm, sys, "stdin");
    return sp_call0(vm, sp_getattr_cstr(vm, in, "close"));
}

/* Quitter.__call__(self, code=None): as site.py, close sys.stdin (ignoring
 * any error) and raise SystemExit(code). */
/* The argument errors of a Python method `name(self, <param>=...)` (or
 * with no parameter after self when param is NULL); returns the value
 * given for param, or NULL. */
static sp_val py_method_args(sp_vm *vm, const char *name, sp_vals args, sp_val kwnames, const char *param)
{
    size_t nk = kwnames ? sp_tuple_len(kwnames) : 0;
    size_t np = args.len - nk;
    size_t maxpos = param != NULL ? 2 : 1;
    if (np > maxpos) {
        if (param != NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "%s() takes from 1 to 2 positional arguments but %zu were given", name, np);
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes 1 positional argument but %zu were given", name, np);
    }
    sp_val v = np > 1 ? sp_vals_get(args, 1) : NULL;
    for (size_t i = 0; i < nk; i++) {
        sp_val k = sp_tuple_get(kwnames, i);
        if (param == NULL || !sp_str_eq_cstr(k, param))
            sp_raise_fmt(vm, vm->e.TypeError, "%s() got an unexpected keyword argument '%U'", name, k);
        if (v != NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "%s() got multiple values for argument '%s'", name, param);
        v = sp_vals_get(args, np + i);
    }
    return v;
}

static sp_val quitter_call(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val code = py_method_args(vm, "Quitter.__call__", args, kwnames, "code");
    sp_val exc = NULL;
    sp_pcall(vm, close_stdin, NULL, &exc);
    sp_val c[1] = { code != NULL ? code : vm->None };
    sp_raise(vm, sp_exc_new(vm, vm->e.SystemExit, SP_VALS(c)));
}

static const sp_methoddef quitter_methods[] = {
    { "__repr__", quitter_repr, 0, "Return repr(self)." },
    { "__call__", quitter_call, 0, "Call self as a function." },
    { NULL, NULL, 0, NULL },
};

static const sp_typedef quitter_def = {
    .name = "_sitebuiltins.Quitter",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(site_obj),
    .trace = site_trace,
    .methods = quitter_methods,
    .flags = SP_TF_HAS_DICT | SP_TF_NOINSTANCE,
};

/* ---- _Printer: copyright, credits, license ----------------------------------- */

static sp_val printer_data(sp_vm *vm, sp_val self)
{
    return attr(vm, self, "_Printer__data");
}

static sp_val printer_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__repr__", args, kwnames, 1, 1);
    sp_val self = sp_vals_get(args, 0);
    sp_val name = attr(vm, self, "_Printer__name");
    /* license: the full text is too long for a repr (site.py: more than
     * 23 lines); SafePy ships no license file, so its data is the URL. */
    if (sp_is_str(name) && sp_str_eq_cstr(name, "license"))
        return sp_str_fmt(vm, "Type %S() to see the full %S text", name, name);
    return printer_data(vm, self);
}

static sp_val printer_call(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    py_method_args(vm, "_Printer.__call__", args, kwnames, NULL);
    print_str(vm, printer_data(vm, sp_vals_get(args, 0)));
    return vm->None;
}

static const sp_methoddef printer_methods[] = {
    { "__repr__", printer_repr, 0, "Return repr(self)." },
    { "__call__", printer_call, 0, "Call self as a function." },
    { NULL, NULL, 0, NULL },
};

static const sp_typedef printer_def = {
    .name = "_sitebuiltins._Printer",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(site_obj),
    .trace = site_trace,
    .methods = printer_methods,
    .flags = SP_TF_HAS_DICT | SP_TF_NOINSTANCE,
    .doc = "interactive prompt objects for printing the license text, a list of\n"
           "    contributors and the copyright notice.",
};

/* ---- _Helper: help ---------------------------------------------------------------- */

static sp_val helper_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__repr__", args, kwnames, 1, 1);
    return sp_str_from_cstr(vm, "Type help() for interactive help, or help(object) for help about object.");
}

/* help(*args, **kwds): the rendering lives in Python. */
static sp_val helper_call(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val mod = sp_import_cstr(vm, "_safepy_builtins_help");
    sp_val fn = sp_getattr_cstr(vm, mod, "help");
    return sp_call(vm, fn, sp_vals_from(args, 1), kwnames);
}

static const sp_methoddef helper_methods[] = {
    { "__repr__", helper_repr, 0, "Return repr(self)." },
    { "__call__", helper_call, 0, "Call self as a function." },
    { NULL, NULL, 0, NULL },
};

static const sp_typedef helper_def = {
    .name = "_sitebuiltins._Helper",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(site_obj),
    .trace = site_trace,
    .methods = helper_methods,
    .flags = SP_TF_HAS_DICT | SP_TF_NOINSTANCE,
    .doc = "Define the builtin 'help'.\n\n"
           "    This is a wrapper around pydoc.help that provides a helpful message\n"
           "    when 'help' is typed at the Python interactive prompt.\n\n"
           "    Calling help() at the Python prompt starts an interactive help session.\n"
           "    Calling help(thing) prints help for the python object 'thing'.\n    ",
};

/* ---- building them ------------------------------------------------------------------ */

static const char copyright_text[] =
    "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
    "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

static const char credits_text[] =
    "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
    "    for supporting Python development.  See www.python.org for more information.";

static sp_val new_obj(sp_vm *vm, sp_type *t)
{
    sp_val o = sp_alloc_instance(vm, t);
    sp_obj_get_dict(vm, o);
    return o;
}

static void set(sp_vm *vm, sp_val obj, const char *name, sp_val v)
{
    sp_dict_set(vm, sp_obj_get_dict(vm, obj), sp_intern_cstr(vm, name), v);
}

static sp_val printer(sp_vm *vm, sp_type *t, const char *name, const char *data)
{
    sp_val p = new_obj(vm, t);
    set(vm, p, "_Printer__name", sp_str_from_cstr(vm, name));
    set(vm, p, "_Printer__data", sp_str_from_cstr(vm, data));
    set(vm, p, "_Printer__lines", vm->None);
    set(vm, p, "_Printer__filenames", sp_list_new(vm, 0));
    return p;
}

void sp_builtins_site_init(sp_vm *vm, sp_val mod)
{
    sp_type *qt = sp_type_from_def(vm, &quitter_def, vm->t.object);
    sp_type *pt = sp_type_from_def(vm, &printer_def, vm->t.object);
    sp_type *ht = sp_type_from_def(vm, &helper_def, vm->t.object);
    static const char *const quitters[] = { "exit", "quit" };
    for (size_t i = 0; i < 2; i++) {
        const char *name = i == 0 ? quitters[0] : quitters[1];
        sp_val q = new_obj(vm, qt);
        set(vm, q, "name", sp_str_from_cstr(vm, name));
        set(vm, q, "eof", sp_str_from_cstr(vm, "Ctrl-D (i.e. EOF)"));
        sp_module_add(vm, mod, name, q);
    }
    sp_module_add(vm, mod, "copyright", printer(vm, pt, "copyright", copyright_text));
    sp_module_add(vm, mod, "credits", printer(vm, pt, "credits", credits_text));
    sp_module_add(vm, mod, "license", printer(vm, pt, "license", "See https://www.python.org/psf/license/"));
    sp_module_add(vm, mod, "help", new_obj(vm, ht));
}

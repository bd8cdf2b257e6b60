/* The sys module.
 *
 * sys.argv, sys.path and sys.modules are the VM's own objects (vm->argv,
 * vm->path, vm->modules), so C code and Python code always see the same
 * lists.  The "struct sequence" values (version_info, flags, float_info,
 * hash_info, int_info) are tuple subclasses with named read-only fields,
 * as in CPython, so that `sys.version_info >= (3, 8)` works.
 */
#include <float.h>
#include <stdio.h>

#include "sp.h"
#include "modules/sysio.h"

#define SP_VERSION "3.11.2"
#define SP_MICRO 2
#define SP_HEXVERSION 0x030b02f0

static sp_val type_val(sp_type *t) { return &t->h; }

sp_val sp_sys_get(sp_vm *vm, const char *name)
{
    if (vm->sys == NULL)
        return NULL;
    return sp_dict_get_cstr(vm, sp_module_dict(vm->sys), name);
}

/* ---- struct sequences ---------------------------------------------------- */

/* fget of a field: bound to the field's index (self), called with the
 * instance. */
static sp_val structseq_field(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_getitem(vm, sp_vals_get(args, 1), sp_vals_get(args, 0));
}

static const sp_methoddef structseq_field_def = { "field", structseq_field, 0, NULL };

static sp_val structseq_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    sp_type *t = sp_type_of(vm, self);
    sp_val names = sp_type_lookup(vm, t, vm->n.__match_args__);
    sp_val mod = sp_type_lookup(vm, t, vm->n.__module__);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 64);
    if (mod != NULL && sp_is_str(mod) && !sp_str_eq_cstr(mod, "builtins")) {
        sp_strbuf_add_str(vm, &b, mod);
        sp_strbuf_add_cstr(vm, &b, ".");
    }
    sp_strbuf_add_str(vm, &b, t->name);
    sp_strbuf_add_cstr(vm, &b, "(");
    size_t n = names != NULL && sp_is_tuple(names) ? sp_tuple_len(names) : 0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            sp_strbuf_add_cstr(vm, &b, ", ");
        sp_strbuf_add_str(vm, &b, sp_tuple_get(names, i));
        sp_strbuf_add_cstr(vm, &b, "=");
        sp_strbuf_add_str(vm, &b, sp_repr(vm, sp_getitem(vm, self, sp_small((int64_t)i))));
    }
    sp_strbuf_add_cstr(vm, &b, ")");
    return sp_strbuf_finish(vm, &b);
}

static const sp_methoddef structseq_methods[] = {
    { "__repr__", structseq_repr, 0, NULL },
    { NULL, NULL, 0, NULL },
};

/* A struct-sequence class `module.name` with the given field names (a
 * tuple of str): a tuple subclass with one read-only property per field
 * and CPython's repr.  Instances: cls(tuple_of_values). */
sp_val sp_structseq_class(sp_vm *vm, const char *module, const char *name, sp_val fields)
{
    sp_val ns = sp_dict_new(vm);
    sp_dict_set(vm, ns, vm->n.__module__, sp_str_from_cstr(vm, module));
    sp_dict_set(vm, ns, vm->n.__match_args__, fields);
    size_t n = sp_tuple_len(fields);
    sp_dict_set_cstr(vm, ns, "n_fields", sp_int_from_size(vm, n));
    sp_dict_set_cstr(vm, ns, "n_sequence_fields", sp_int_from_size(vm, n));
    sp_dict_set_cstr(vm, ns, "n_unnamed_fields", sp_small(0));
    for (size_t i = 0; i < n; i++) {
        sp_val fget = sp_builtin_new(vm, &structseq_field_def, sp_small((int64_t)i), NULL);
        sp_dict_set(vm, ns, sp_tuple_get(fields, i), sp_property_new(vm, fget, NULL, NULL, vm->None));
    }
    sp_val bases = sp_tuple_new(vm, 1);
    sp_tuple_set(bases, 0, type_val(vm->t.tuple));
    sp_val cls = sp_type_new(vm, vm->t.type, sp_str_from_cstr(vm, name), bases, ns);
    sp_type_add_methods(vm, sp_as_type(cls), structseq_methods);
    return cls;
}

static sp_val make_structseq(sp_vm *vm, const char *module, const char *name, sp_val fields, sp_val values)
{
    return sp_call1(vm, sp_structseq_class(vm, module, name, fields), values);
}

/* Split "a b c" into a tuple of interned strs. */
sp_val sp_names_tuple(sp_vm *vm, const char *spaced)
{
    sp_val s = sp_str_from_cstr(vm, spaced);
    sp_val parts = sp_call0(vm, sp_getattr_cstr(vm, s, "split"));
    size_t n = sp_list_len(parts);
    sp_val t = sp_tuple_new(vm, n);
    for (size_t i = 0; i < n; i++)
        sp_tuple_set(t, i, sp_intern(vm, sp_list_get(parts, i)));
    return t;
}

static sp_val cstr(sp_vm *vm, const char *s) { return sp_str_from_cstr(vm, s); }

/* ---- types.SimpleNamespace ------------------------------------------------ */

static sp_val ns_init(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    size_t nk = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    if (args.len - nk > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "SimpleNamespace expected at most 1 argument, got %zu", args.len - nk - 1);
    if (args.len - nk == 2) {
        sp_val m = sp_vals_get(args, 1);
        sp_val d = sp_dict_new(vm);
        sp_dict_update(vm, d, m);
        size_t pos = 0;
        sp_val k, v;
        while (sp_dict_next(d, &pos, &k, &v)) {
            if (!sp_is_str(k))
                sp_raise_fmt(vm, vm->e.TypeError, "keywords must be strings, not '%T'", k);
            sp_setattr(vm, self, k, v);
        }
    }
    size_t first = args.len - nk;
    for (size_t i = 0; i < nk; i++)
        sp_setattr(vm, self, sp_tuple_get(kwnames, i), sp_vals_get(args, first + i));
    return vm->None;
}

static sp_val ns_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    sp_check_stack(vm);
    sp_type *t = sp_type_of(vm, self);
    sp_val cls = sp_dict_get_cstr(vm, vm->registry, "types.SimpleNamespace");
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 64);
    if (cls != NULL && type_val(t) == cls)
        sp_strbuf_add_cstr(vm, &b, "namespace(");
    else {
        sp_strbuf_add_str(vm, &b, t->name);
        sp_strbuf_add_cstr(vm, &b, "(");
    }
    sp_val d = sp_obj_get_dict(vm, self);
    if (d != NULL) {
        size_t pos = 0, i = 0;
        sp_val k, v;
        while (sp_dict_next(d, &pos, &k, &v)) {
            if (i++ > 0)
                sp_strbuf_add_cstr(vm, &b, ", ");
            sp_strbuf_add_str(vm, &b, sp_str(vm, k));
            sp_strbuf_add_cstr(vm, &b, "=");
            sp_strbuf_add_str(vm, &b, sp_repr(vm, v));
        }
    }
    sp_strbuf_add_cstr(vm, &b, ")");
    return sp_strbuf_finish(vm, &b);
}

static sp_val ns_eq(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val a = sp_vals_get(args, 0), b = sp_vals_get(args, 1);
    sp_val cls = sp_dict_get_cstr(vm, vm->registry, "types.SimpleNamespace");
    if (cls == NULL || !sp_isinstance(vm, b, sp_as_type(cls)))
        return vm->NotImplemented;
    sp_val da = sp_obj_get_dict(vm, a), db = sp_obj_get_dict(vm, b);
    if (da == NULL || db == NULL)
        return sp_bool(vm, da == db);
    return sp_richcmp(vm, da, db, SP_EQ);
}

static const sp_methoddef ns_methods[] = {
    { "__init__", ns_init, 0, NULL },
    { "__repr__", ns_repr, 0, NULL },
    { "__eq__", ns_eq, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static sp_val simple_namespace_class(sp_vm *vm)
{
    sp_val cls = sp_dict_get_cstr(vm, vm->registry, "types.SimpleNamespace");
    if (cls != NULL)
        return cls;
    sp_val ns = sp_dict_new(vm);
    sp_dict_set(vm, ns, vm->n.__module__, cstr(vm, "types"));
    sp_dict_set(vm, ns, vm->n.__doc__, cstr(vm, "A simple attribute-based namespace."));
    sp_val bases = sp_tuple_new(vm, 1);
    sp_tuple_set(bases, 0, type_val(vm->t.object));
    cls = sp_type_new(vm, vm->t.type, cstr(vm, "SimpleNamespace"), bases, ns);
    sp_type_add_methods(vm, sp_as_type(cls), ns_methods);
    sp_dict_set_cstr(vm, vm->registry, "types.SimpleNamespace", cls);
    return cls;
}

sp_val sp_simple_namespace_new(sp_vm *vm)
{
    return sp_call0(vm, simple_namespace_class(vm));
}

/* ---- functions ------------------------------------------------------------ */

static sp_val sys_exit(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_no_kwargs(vm, "exit", kwnames);
    if (args.len > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "exit expected at most 1 argument, got %zu", args.len);
    sp_raise(vm, sp_exc_new(vm, vm->e.SystemExit, args));
}

static sp_val sys_getrecursionlimit(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "getrecursionlimit", args, kwnames, 0, 0);
    return sp_int_from_size(vm, vm->recursion_limit);
}

static sp_val sys_setrecursionlimit(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "setrecursionlimit", args, kwnames, 1, 1);
    sp_val v = sp_vals_get(args, 0);
    if (sp_is_float(v))
        sp_raise_fmt(vm, vm->e.TypeError, "'float' object cannot be interpreted as an integer");
    int64_t limit = sp_int_as_i64(vm, sp_index(vm, v));
    if (limit < 1)
        sp_raise_fmt(vm, vm->e.ValueError, "recursion limit must be greater or equal than 1");
    if (limit > 0x7fffffffLL)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C int");
    /* CPython counts the running C function as one more level. */
    size_t depth = vm->depth + 1;
    if ((uint64_t)limit <= depth)
        sp_raise_fmt(vm, vm->e.RecursionError,
                     "cannot set the recursion limit to %lld at the recursion depth %zu: the limit is too low",
                     (long long)limit, depth);
    vm->recursion_limit = (size_t)limit;
    return vm->None;
}

static sp_val sys_exc_info(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "exc_info", args, kwnames, 0, 0);
    sp_val e = vm->exc_info;
    sp_val t = sp_tuple_new(vm, 3);
    if (e != NULL && e != vm->None && sp_is_exc(e)) {
        sp_val tb = sp_exc_get_traceback(e);
        sp_tuple_set(t, 0, type_val(sp_type_of(vm, e)));
        sp_tuple_set(t, 1, e);
        sp_tuple_set(t, 2, tb != NULL ? tb : vm->None);
    }
    return t;
}

static sp_val sys_exception(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "exception", args, kwnames, 0, 0);
    sp_val e = vm->exc_info;
    return e != NULL && sp_is_exc(e) ? e : vm->None;
}

static sp_val sys_getsizeof(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "getsizeof", args, kwnames, 1, 2);
    sp_val v = sp_vals_get(args, 0);
    sp_val r = sp_call_special(vm, v, vm->n.__sizeof__, SP_NOVALS);
    if (r != NULL)
        return r;
    if (sp_is_small(v))
        return sp_small(28);
    return sp_int_from_size(vm, sp_heap_size_of(vm->heap, v));
}

static sp_val sys_intern(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "intern", args, kwnames, 1, 1);
    sp_val s = sp_vals_get(args, 0);
    if (!sp_is_exact(vm, s, vm->t.str))
        sp_raise_fmt(vm, vm->e.TypeError, "intern() argument must be str, not %T", s);
    return sp_intern(vm, s);
}

static sp_val sys_getrefcount(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "getrefcount", args, kwnames, 1, 1);
    return sp_small(2);   /* no reference counts in a tracing GC */
}

static sp_val ret_str(sp_vm *vm, const char *s) { return cstr(vm, s); }

static sp_val sys_getdefaultencoding(sp_vm *vm, sp_vals args, sp_val kwnames) { return ret_str(vm, "utf-8"); }
static sp_val sys_getfilesystemencoding(sp_vm *vm, sp_vals args, sp_val kwnames) { return ret_str(vm, "utf-8"); }
static sp_val sys_getfilesystemencodeerrors(sp_vm *vm, sp_vals args, sp_val kwnames) { return ret_str(vm, "surrogateescape"); }

static sp_val int_max_digits_key(sp_vm *vm) { return sp_str_from_cstr(vm, "sys.int_max_str_digits"); }

static sp_val sys_get_int_max_str_digits(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val v = sp_dict_get(vm, vm->registry, int_max_digits_key(vm));
    return v != NULL ? v : sp_small(4300);
}

static sp_val sys_set_int_max_str_digits(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kwlist[] = { "maxdigits", NULL };
    sp_val a[1] = { NULL };
    sp_parse_args(vm, "set_int_max_str_digits", args, kwnames, kwlist, 1, SP_VALS(a));
    int64_t n = 0;
    if (!sp_int_to_i64(sp_index(vm, a[0]), &n) || n > INT32_MAX || n < INT32_MIN)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C int");
    if (n != 0 && n < 640)
        sp_raise_fmt(vm, vm->e.ValueError, "maxdigits must be 0 or larger than 640");
    sp_dict_set(vm, vm->registry, int_max_digits_key(vm), sp_int_from_i64(vm, n));
    return vm->None;
}

static sp_val sys_getframe(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "_getframe", args, kwnames, 0, 1);
    int64_t depth = args.len > 0 ? sp_int_as_i64(vm, sp_index(vm, sp_vals_get(args, 0))) : 0;
    /* CPython's depth is a C int. */
    if (depth > INT32_MAX || depth < INT32_MIN)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C int");
    sp_val f = vm->frame;
    sp_val back = sp_intern_cstr(vm, "f_back");
    while (depth-- > 0 && f != NULL && f != vm->None)
        f = sp_getattr(vm, f, back);
    if (f == NULL || f == vm->None)
        sp_raise_fmt(vm, vm->e.ValueError, "call stack is not deep enough");
    sp_frame_escape(vm, f);   /* Python holds it now: never recycle it (src/vm/frame.c) */
    return f;
}

static sp_val sys_excepthook(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "excepthook", args, kwnames, 3, 3);
    sp_val e = sp_vals_get(args, 1);
    if (sp_is_exc(e)) {
        sp_val tb = sp_vals_get(args, 2);
        if (tb != vm->None && sp_exc_get_traceback(e) == NULL)
            sp_exc_set_traceback(vm, e, tb);
        sp_print_exception(vm, e);
    } else {
        sp_raise_fmt(vm, vm->e.TypeError, "TypeError: print_exception(): Exception expected for value, %T found", e);
    }
    return vm->None;
}

static sp_val sys_displayhook(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "displayhook", args, kwnames, 1, 1);
    sp_val v = sp_vals_get(args, 0);
    if (v == vm->None)
        return vm->None;
    sp_dict_set_cstr(vm, vm->builtins, "_", vm->None);
    sp_write_stdout(vm, sp_repr(vm, v));
    sp_write_stdout(vm, cstr(vm, "\n"));
    sp_dict_set_cstr(vm, vm->builtins, "_", v);
    return vm->None;
}

static sp_val sys_noop(sp_vm *vm, sp_vals args, sp_val kwnames) { return vm->None; }
static sp_val sys_false(sp_vm *vm, sp_vals args, sp_val kwnames) { return vm->False; }
static sp_val sys_getswitchinterval(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_float_new(vm, 0.005); }

static sp_val breakpoint_import_cb(sp_vm *vm, void *name)
{
    return sp_import(vm, (sp_val)name, NULL, NULL, 0);
}

/* The default sys.breakpointhook: PYTHONBREAKPOINT names the callable
 * ("module.attr", or a builtin); "0" disables it.  With it unset CPython
 * starts pdb, which SafePy does not have (no tracing): nothing happens. */
static sp_val sys_breakpointhook(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    const char *env = vm->platform->getenv("PYTHONBREAKPOINT");
    if (env == NULL || env[0] == '\0' || sp_cbytes_eq(sp_cbytes_of_cstr(env), sp_cbytes_of_cstr("0")))
        return vm->None;
    sp_val spec = sp_str_from_cstr(vm, env);
    sp_cbytes b = sp_str_bytes(spec);
    size_t dot = b.len;
    for (size_t i = 0; i < b.len; i++)
        if (sp_cbytes_get(b, i) == '.')
            dot = i;
    sp_val modname = dot < b.len ? sp_str_new(vm, sp_cbytes_sub(b, 0, dot)) : sp_str_from_cstr(vm, "builtins");
    sp_val attr = dot < b.len ? sp_str_new(vm, sp_cbytes_from(b, dot + 1)) : spec;
    sp_val exc = NULL;
    sp_val mod = sp_pcall(vm, breakpoint_import_cb, modname, &exc);
    sp_val hook = mod != NULL ? sp_getattr_opt(vm, mod, attr) : NULL;
    if (hook == NULL) {
        fprintf(stderr, "RuntimeWarning: Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"\n", env);
        return vm->None;
    }
    return sp_call(vm, hook, args, kwnames);
}

static sp_val sys_call_tracing(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "call_tracing", args, kwnames, 2, 2);
    return sp_call_tuple_dict(vm, sp_vals_get(args, 0), sp_vals_get(args, 1), NULL);
}

static const sp_methoddef sys_functions[] = {
    { "exit", sys_exit, 0, "exit([status])\n\nExit the interpreter by raising SystemExit(status)." },
    { "getrecursionlimit", sys_getrecursionlimit, 0, NULL },
    { "setrecursionlimit", sys_setrecursionlimit, 0, NULL },
    { "exc_info", sys_exc_info, 0, NULL },
    { "exception", sys_exception, 0, NULL },
    { "getsizeof", sys_getsizeof, 0, NULL },
    { "intern", sys_intern, 0, NULL },
    { "getrefcount", sys_getrefcount, 0, NULL },
    { "getdefaultencoding", sys_getdefaultencoding, 0, NULL },
    { "getfilesystemencoding", sys_getfilesystemencoding, 0, NULL },
    { "getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, NULL },
    { "get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL },
    { "set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL },
    { "breakpointhook", sys_breakpointhook, 0, NULL },
    { "_getframe", sys_getframe, 0, NULL },
    { "excepthook", sys_excepthook, 0, NULL },
    { "displayhook", sys_displayhook, 0, NULL },
    { "settrace", sys_noop, 0, NULL },
    { "gettrace", sys_noop, 0, NULL },
    { "setprofile", sys_noop, 0, NULL },
    { "getprofile", sys_noop, 0, NULL },
    { "audit", sys_noop, 0, NULL },
    { "addaudithook", sys_noop, 0, NULL },
    { "is_finalizing", sys_false, 0, NULL },
    { "getswitchinterval", sys_getswitchinterval, 0, NULL },
    { "setswitchinterval", sys_noop, 0, NULL },
    { "call_tracing", sys_call_tracing, 0, NULL },
    { "unraisablehook", sys_noop, 0, NULL },
    { NULL, NULL, 0, NULL },
};

/* ---- init ----------------------------------------------------------------- */

static void add(sp_vm *vm, const char *name, sp_val v) { sp_module_add(vm, vm->sys, name, v); }

static sp_val tuple3(sp_vm *vm, sp_val a, sp_val b, sp_val c)
{
    sp_val t = sp_tuple_new(vm, 3);
    sp_tuple_set(t, 0, a);
    sp_tuple_set(t, 1, b);
    sp_tuple_set(t, 2, c);
    return t;
}

static sp_val tuple_of(sp_vm *vm, sp_vals items) { return sp_tuple_from(vm, items); }

static void init_structseqs(sp_vm *vm)
{
    sp_val vi[5] = { sp_small(3), sp_small(11), sp_small(SP_MICRO), cstr(vm, "final"), sp_small(0) };
    sp_val version_info = make_structseq(vm, "sys", "version_info",
                                         sp_names_tuple(vm, "major minor micro releaselevel serial"),
                                         tuple_of(vm, SP_VALS(vi)));
    add(vm, "version_info", version_info);

    sp_val fl[18] = { sp_small(0), sp_small(0), sp_small(0), sp_small(0), sp_small(1), sp_small(0),
                      sp_small(0), sp_small(0), sp_small(0), sp_small(0), sp_small(0),
                      sp_small(vm->hash_randomized ? 1 : 0), sp_small(0), vm->False, sp_small(0), sp_small(0), vm->False, sp_small(-1) };
    add(vm, "flags", make_structseq(vm, "sys", "flags",
        sp_names_tuple(vm, "debug inspect interactive optimize dont_write_bytecode no_user_site no_site "
                        "ignore_environment verbose bytes_warning quiet hash_randomization isolated "
                        "dev_mode utf8_mode warn_default_encoding safe_path int_max_str_digits"),
        tuple_of(vm, SP_VALS(fl))));

    sp_val fi[11] = { sp_float_new(vm, DBL_MAX), sp_small(DBL_MAX_EXP), sp_small(DBL_MAX_10_EXP),
                      sp_float_new(vm, DBL_MIN), sp_small(DBL_MIN_EXP), sp_small(DBL_MIN_10_EXP),
                      sp_small(DBL_DIG), sp_small(DBL_MANT_DIG), sp_float_new(vm, DBL_EPSILON),
                      sp_small(FLT_RADIX), sp_small(1) };
    add(vm, "float_info", make_structseq(vm, "sys", "float_info",
        sp_names_tuple(vm, "max max_exp max_10_exp min min_exp min_10_exp dig mant_dig epsilon radix rounds"),
        tuple_of(vm, SP_VALS(fi))));

    sp_val hi[9] = { sp_small(64), sp_int_from_i64(vm, 2305843009213693951LL), sp_small(314159),
                     sp_small(0), sp_small(1000003), cstr(vm, "siphash13"), sp_small(64),
                     sp_small(128), sp_small(0) };
    add(vm, "hash_info", make_structseq(vm, "sys", "hash_info",
        sp_names_tuple(vm, "width modulus inf nan imag algorithm hash_bits seed_bits cutoff"),
        tuple_of(vm, SP_VALS(hi))));

    sp_val ii[4] = { sp_small(30), sp_small(4), sp_small(4300), sp_small(640) };
    add(vm, "int_info", make_structseq(vm, "sys", "int_info",
        sp_names_tuple(vm, "bits_per_digit sizeof_digit default_max_str_digits str_digits_check_threshold"),
        tuple_of(vm, SP_VALS(ii))));

    /* sys.implementation: a types.SimpleNamespace (types.py takes the
     * class from here). */
    sp_val impl = sp_call0(vm, simple_namespace_class(vm));
    sp_setattr(vm, impl, vm->n.name, cstr(vm, "safepy"));
    sp_setattr(vm, impl, sp_intern_cstr(vm, "cache_tag"), vm->None);
    sp_setattr(vm, impl, sp_intern_cstr(vm, "version"), version_info);
    sp_setattr(vm, impl, sp_intern_cstr(vm, "hexversion"), sp_small(SP_HEXVERSION));
    sp_setattr(vm, impl, sp_intern_cstr(vm, "_multiarch"), cstr(vm, "x86_64-linux-gnu"));
    add(vm, "implementation", impl);
}

/* exit() / quit(): what site.py's Quitter objects do (SafePy runs no
 * site.py): raise SystemExit(code). */
static sp_val builtin_exit(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kwlist[] = { "code", NULL };
    sp_val a[1] = { NULL };
    sp_parse_args(vm, "exit", args, kwnames, kwlist, 0, SP_VALS(a));
    sp_val code = a[0] != NULL ? a[0] : vm->None;
    sp_val c[1] = { code };
    sp_raise(vm, sp_exc_new(vm, vm->e.SystemExit, SP_VALS(c)));
}

static const sp_methoddef exit_def = { "exit", builtin_exit, 0, "exit(code=None): raise SystemExit(code)" };
static const sp_methoddef quit_def = { "quit", builtin_exit, 0, "quit(code=None): raise SystemExit(code)" };

/* Exception classes the builtins module must have, whoever builds it,
 * plus the OSError aliases. */
static void ensure_builtin_exceptions(sp_vm *vm)
{
    if (vm->builtins == NULL)
        return;
#define SP_EXC(id, base)                                                      \
    if (sp_dict_get_cstr(vm, vm->builtins, #id) == NULL)                      \
        sp_dict_set_cstr(vm, vm->builtins, #id, type_val(vm->e.id));
#include "objects/exceptions.def"
#undef SP_EXC
    if (sp_dict_get_cstr(vm, vm->builtins, "EnvironmentError") == NULL)
        sp_dict_set_cstr(vm, vm->builtins, "EnvironmentError", type_val(vm->e.OSError));
    if (sp_dict_get_cstr(vm, vm->builtins, "IOError") == NULL)
        sp_dict_set_cstr(vm, vm->builtins, "IOError", type_val(vm->e.OSError));
    sp_io_add_builtins(vm, vm->builtins);
    if (sp_dict_get_cstr(vm, vm->builtins, "exit") == NULL)
        sp_dict_set_cstr(vm, vm->builtins, "exit", sp_builtin_new(vm, &exit_def, NULL, cstr(vm, "builtins")));
    if (sp_dict_get_cstr(vm, vm->builtins, "quit") == NULL)
        sp_dict_set_cstr(vm, vm->builtins, "quit", sp_builtin_new(vm, &quit_def, NULL, cstr(vm, "builtins")));
}

void sp_init_sys(sp_vm *vm)
{
    if (vm->modules == NULL)
        vm->modules = sp_dict_new(vm);
    if (vm->registry == NULL)
        vm->registry = sp_dict_new(vm);
    if (vm->argv == NULL)
        vm->argv = sp_list_new(vm, 0);
    if (vm->path == NULL)
        vm->path = sp_list_new(vm, 0);
    if (vm->recursion_limit == 0)
        vm->recursion_limit = 1000;
    sp_val sys = sp_module_new(vm, cstr(vm, "sys"));
    vm->sys = sys;
    sp_dict_set_cstr(vm, vm->modules, "sys", sys);
    if (vm->builtins_module != NULL)
        sp_dict_set_cstr(vm, vm->modules, "builtins", vm->builtins_module);
    ensure_builtin_exceptions(vm);

    sp_module_add_methods(vm, sys, sys_functions);
    sp_val d = sp_module_dict(sys);
    sp_dict_set_cstr(vm, d, "__excepthook__", sp_dict_get_cstr(vm, d, "excepthook"));
    sp_dict_set_cstr(vm, d, "__displayhook__", sp_dict_get_cstr(vm, d, "displayhook"));
    sp_dict_set_cstr(vm, d, "__breakpointhook__", sp_dict_get_cstr(vm, d, "breakpointhook"));
    add(vm, "argv", vm->argv);
    add(vm, "orig_argv", vm->argv);
    add(vm, "path", vm->path);
    add(vm, "modules", vm->modules);
    add(vm, "version", cstr(vm, SP_VERSION " (SafePy 0.1.0) [GCC/Clang]"));
    add(vm, "hexversion", sp_small(SP_HEXVERSION));
    add(vm, "api_version", sp_small(1013));
    add(vm, "copyright", cstr(vm, "Copyright (c) SafePy authors.\nPython language: Copyright (c) 2001-2023 Python Software Foundation."));
    add(vm, "platform", cstr(vm, "linux"));
    add(vm, "byteorder", cstr(vm, "little"));
    add(vm, "maxsize", sp_int_from_i64(vm, INT64_MAX));
    add(vm, "maxunicode", sp_small(0x10ffff));
    add(vm, "float_repr_style", cstr(vm, "short"));
    add(vm, "abiflags", vm->empty_str);
    add(vm, "platlibdir", cstr(vm, "lib"));
    add(vm, "prefix", cstr(vm, "/usr"));
    add(vm, "base_prefix", cstr(vm, "/usr"));
    add(vm, "exec_prefix", cstr(vm, "/usr"));
    add(vm, "base_exec_prefix", cstr(vm, "/usr"));
    add(vm, "pycache_prefix", vm->None);
    add(vm, "dont_write_bytecode", vm->True);
    add(vm, "warnoptions", sp_list_new(vm, 0));
    add(vm, "_xoptions", sp_dict_new(vm));
    add(vm, "meta_path", sp_list_new(vm, 0));
    add(vm, "path_hooks", sp_list_new(vm, 0));
    add(vm, "path_importer_cache", sp_dict_new(vm));
    add(vm, "_git", tuple3(vm, cstr(vm, "SafePy"), vm->empty_str, vm->empty_str));
    add(vm, "executable", vm->empty_str);
    add(vm, "_base_executable", vm->empty_str);
    add(vm, "builtin_module_names", sp_builtin_module_names(vm));
    init_structseqs(vm);
    sp_io_init_std(vm);
}

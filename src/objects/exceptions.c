/* The built-in exception classes (exceptions.def) and their methods.
 *
 * Every exception instance has the sp_exc_obj layout.  The attributes that
 * only some classes have (SystemExit.code, StopIteration.value,
 * OSError.errno, SyntaxError.lineno, ...) live in the instance __dict__ as
 * object.h prescribes, and read through getsets that give None when the
 * entry is absent -- the same observable behaviour as CPython's members.
 * "Absent" and "None" differ where CPython's C code tests for NULL (OSError
 * prints "[Errno None] x" when errno was given as None, and nothing special
 * when it wasn't given).
 *
 * ExceptionGroup and BaseExceptionGroup are in excgroup.c.
 */
#include <stddef.h>
#include "sp.h"
#include "modules/sysio.h"

enum {
#define SP_EXC(id, base) EXC_##id,
#include "exceptions.def"
#undef SP_EXC
    EXC_COUNT
};

static sp_val type_val(sp_type *t) { return &t->h; }

/* ---- helpers ------------------------------------------------------------ */

static sp_exc_obj *exc_self(sp_vm *vm, sp_val v, const char *what)
{
    if (!sp_is_exc(v))
        sp_raise_fmt(vm, vm->e.TypeError,
                     "descriptor '%s' requires a 'BaseException' object but received a '%T'", what, v);
    return sp_as_exc(v);
}

sp_val sp_exc_dict(sp_vm *vm, sp_val exc)
{
    sp_exc_obj *e = sp_as_exc(exc);
    if (e->dict == NULL) {
        sp_val d = sp_dict_new(vm);
        e->dict = d;
    }
    return e->dict;
}

/* The attribute `name` or NULL when absent. */
static sp_val attr_raw(sp_vm *vm, sp_val exc, sp_val name)
{
    sp_exc_obj *e = sp_as_exc(exc);
    if (e->dict == NULL)
        return NULL;
    return sp_dict_get(vm, e->dict, name);
}

sp_val sp_exc_attr(sp_vm *vm, sp_val exc, sp_val name)
{
    exc_self(vm, exc, sp_str_cstr(name));
    sp_val v = attr_raw(vm, exc, name);
    return v != NULL ? v : vm->None;
}

void sp_exc_set_attr(sp_vm *vm, sp_val exc, sp_val name, sp_val value)
{
    exc_self(vm, exc, sp_str_cstr(name));
    sp_val d = sp_exc_dict(vm, exc);
    if (value == NULL)
        sp_dict_del(vm, d, name);
    else
        sp_dict_set(vm, d, name, value);
}

static size_t npos(sp_vals args, sp_val kwnames)
{
    size_t nk = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    return nk <= args.len ? args.len - nk : 0;
}

static void no_kwargs(sp_vm *vm, sp_val self, sp_val kwnames)
{
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no keyword arguments",
                     sp_type_name(sp_type_of(vm, self)));
}

/* Keyword arguments accepted by ImportError / NameError / AttributeError:
 * each must be k1 or k2 (k2 may be NULL); stored as attributes. */
static void kw_attrs(sp_vm *vm, sp_val self, sp_vals args, sp_val kwnames,
                     const char *cls, const char *k1, const char *k2)
{
    if (kwnames == NULL)
        return;
    size_t nk = sp_tuple_len(kwnames);
    size_t first = npos(args, kwnames);
    for (size_t i = 0; i < nk; i++) {
        sp_val k = sp_tuple_get(kwnames, i);
        if (!sp_str_eq_cstr(k, k1) && (k2 == NULL || !sp_str_eq_cstr(k, k2)))
            sp_raise_fmt(vm, vm->e.TypeError, "'%U' is an invalid keyword argument for %s()", k, cls);
        sp_exc_set_attr(vm, self, sp_intern(vm, k), sp_vals_get(args, first + i));
    }
}

/* ---- construction ------------------------------------------------------- */

static sp_val exc_alloc(sp_vm *vm, sp_type *type, sp_vals posargs)
{
    sp_val args = posargs.len == 0 ? vm->empty_tuple : sp_tuple_from(vm, posargs);
    sp_val self = sp_alloc_instance(vm, type);
    sp_as_exc(self)->args = args;
    return self;
}

/* The part of OSError.__new__ that picks a subclass from the errno:
 * OSError(2, 'x') is a FileNotFoundError. */
static sp_type *os_error_remap(sp_vm *vm, sp_type *type, sp_vals pos)
{
    int64_t err;
    if (type == vm->e.OSError && pos.len >= 2 && pos.len <= 5 &&
        sp_is_int(sp_vals_get(pos, 0)) && sp_int_to_i64(sp_vals_get(pos, 0), &err) &&
        err > 0 && err < 100000)
        return sp_os_error_class(vm, (int)err);
    return type;
}

static void exc_init_kind(sp_vm *vm, sp_val self, sp_vals args, sp_val kwnames, bool set_args);

sp_val sp_exc_new(sp_vm *vm, sp_type *type, sp_vals args)
{
    /* A class defined in Python may have its own __new__/__init__: go
     * through the full call.  The built-in classes are made directly. */
    if ((type->flags & SP_TF_HEAPTYPE) != 0 || type == vm->e.BaseExceptionGroup ||
        type == vm->e.ExceptionGroup)
        return sp_call(vm, type_val(type), args, NULL);
    type = os_error_remap(vm, type, args);
    sp_val self = exc_alloc(vm, type, args);
    exc_init_kind(vm, self, args, NULL, false);
    return self;
}

sp_val sp_exc_new_msg(sp_vm *vm, sp_type *type, sp_val msg)
{
    sp_val a[1] = { msg };
    return sp_exc_new(vm, type, SP_VALS(a));
}

/* BaseException.__new__(cls, *args, **kwargs): kwargs are left to __init__. */
static sp_val exc_new_method(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (args.len == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "BaseException.__new__(): not enough arguments");
    sp_val cls = sp_vals_get(args, 0);
    if (!sp_is_type(cls))
        sp_raise_fmt(vm, vm->e.TypeError, "BaseException.__new__(X): X is not a type object (%T)", cls);
    sp_type *t = sp_as_type(cls);
    if (!sp_is_subtype(t, vm->e.BaseException))
        sp_raise_fmt(vm, vm->e.TypeError, "BaseException.__new__(%N): %N is not a subtype of BaseException", t, t);
    sp_vals pos = sp_vals_sub(args, 1, npos(args, kwnames) - 1);
    t = os_error_remap(vm, t, pos);
    return exc_alloc(vm, t, pos);
}

/* BaseException.__init__(self, *args) */
static sp_val exc_init_method(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    exc_self(vm, self, "__init__");
    sp_vals rest = sp_vals_from(args, 1);
    exc_init_kind(vm, self, rest, kwnames, true);
    return vm->None;
}

/* ---- the per-class initialisation --------------------------------------- */

static void base_init(sp_vm *vm, sp_val self, sp_vals pos)
{
    sp_val t = pos.len == 0 ? vm->empty_tuple : sp_tuple_from(vm, pos);
    sp_as_exc(self)->args = t;
}

static void stopiteration_init(sp_vm *vm, sp_val self, sp_vals pos)
{
    sp_exc_set_attr(vm, self, vm->n.value, pos.len > 0 ? sp_vals_get(pos, 0) : vm->None);
}

static void systemexit_init(sp_vm *vm, sp_val self, sp_vals pos)
{
    sp_val code = vm->None;
    if (pos.len == 1)
        code = sp_vals_get(pos, 0);
    else if (pos.len > 1)
        code = sp_as_exc(self)->args;
    sp_exc_set_attr(vm, self, vm->n.code, code);
}

static void oserror_init(sp_vm *vm, sp_val self, sp_vals pos)
{
    if (pos.len < 2 || pos.len > 5)
        return;
    sp_val errno_v = sp_vals_get(pos, 0), strerror_v = sp_vals_get(pos, 1);
    sp_val args2 = pos.len > 2 ? sp_tuple_pack2(vm, errno_v, strerror_v) : NULL;
    sp_exc_set_attr(vm, self, vm->n.errno, errno_v);
    sp_exc_set_attr(vm, self, vm->n.strerror, strerror_v);
    if (pos.len >= 3)
        sp_exc_set_attr(vm, self, vm->n.filename, sp_vals_get(pos, 2));
    if (pos.len == 5)
        sp_exc_set_attr(vm, self, sp_intern_cstr(vm, "filename2"), sp_vals_get(pos, 4));
    /* With a filename, args keeps only (errno, strerror). */
    if (args2 != NULL)
        sp_as_exc(self)->args = args2;
}

static void syntaxerror_init(sp_vm *vm, sp_val self, sp_vals pos)
{
    if (pos.len >= 1)
        sp_exc_set_attr(vm, self, vm->n.msg, sp_vals_get(pos, 0));
    if (pos.len != 2)
        return;
    sp_val info = sp_tuple_from_iter(vm, sp_vals_get(pos, 1));
    size_t n = sp_tuple_len(info);
    if (n < 4)
        sp_raise_fmt(vm, vm->e.TypeError, "function takes at least 4 arguments (%zu given)", n);
    if (n > 6)
        sp_raise_fmt(vm, vm->e.TypeError, "function takes at most 6 arguments (%zu given)", n);
    sp_exc_set_attr(vm, self, vm->n.filename, sp_tuple_get(info, 0));
    sp_exc_set_attr(vm, self, vm->n.lineno, sp_tuple_get(info, 1));
    sp_exc_set_attr(vm, self, vm->n.offset, sp_tuple_get(info, 2));
    sp_exc_set_attr(vm, self, vm->n.text, sp_tuple_get(info, 3));
    if (n >= 5)
        sp_exc_set_attr(vm, self, vm->n.end_lineno, sp_tuple_get(info, 4));
    if (n >= 6)
        sp_exc_set_attr(vm, self, vm->n.end_offset, sp_tuple_get(info, 5));
}

static void importerror_init(sp_vm *vm, sp_val self, sp_vals args, sp_val kwnames)
{
    sp_vals pos = sp_vals_sub(args, 0, npos(args, kwnames));
    kw_attrs(vm, self, args, kwnames, "ImportError", "name", "path");
    if (pos.len == 1)
        sp_exc_set_attr(vm, self, vm->n.msg, sp_vals_get(pos, 0));
}

static void check_arg_type(sp_vm *vm, sp_val v, int argno, sp_type *want)
{
    if (!sp_isinstance(vm, v, want))
        sp_raise_fmt(vm, vm->e.TypeError, "argument %d must be %N, not %T", argno, want, v);
}

/* UnicodeEncodeError(encoding, object, start, end, reason), and the decode
 * and translate variants. */
static void unicode_init(sp_vm *vm, sp_val self, sp_vals pos, int which)
{
    size_t want = which == 2 ? 4 : 5;
    if (pos.len != want)
        sp_raise_fmt(vm, vm->e.TypeError, "function takes exactly %zu arguments (%zu given)", want, pos.len);
    size_t i = 0;
    sp_val encoding = vm->None;
    if (which != 2) {
        encoding = sp_vals_get(pos, i++);
        check_arg_type(vm, encoding, 1, vm->t.str);
    }
    sp_val object = sp_vals_get(pos, i++);
    if (which == 1) {
        if (sp_is_bytes(object)) {
            /* keep */
        } else if (sp_isinstance(vm, object, vm->t.bytearray)) {
            object = sp_bytes_new(vm, sp_bytes_data(object));
        } else {
            sp_raise_fmt(vm, vm->e.TypeError, "a bytes-like object is required, not '%T'", object);
        }
    } else {
        check_arg_type(vm, object, (int)i, vm->t.str);
    }
    sp_val start = sp_vals_get(pos, i++);
    check_arg_type(vm, start, (int)i, vm->t.int_);
    sp_val end = sp_vals_get(pos, i++);
    check_arg_type(vm, end, (int)i, vm->t.int_);
    sp_val reason = sp_vals_get(pos, i++);
    check_arg_type(vm, reason, (int)i, vm->t.str);
    sp_exc_set_attr(vm, self, vm->n.encoding, encoding);
    sp_exc_set_attr(vm, self, vm->n.object, object);
    sp_exc_set_attr(vm, self, vm->n.start, start);
    sp_exc_set_attr(vm, self, vm->n.end, end);
    sp_exc_set_attr(vm, self, vm->n.reason, reason);
}

/* Which built-in class's initialisation an exception type gets. */
typedef enum exc_kind {
    K_PLAIN, K_STOPITER, K_SYSEXIT, K_OSERROR, K_IMPORT, K_NAME, K_ATTR,
    K_SYNTAX, K_UENCODE, K_UDECODE, K_UTRANSLATE
} exc_kind;

/* One walk of the MRO, stopping at Exception: every class with its own
 * initialisation derives from Exception except SystemExit, so the common
 * case (KeyError: KeyError, LookupError, Exception) is a few compares. */
static exc_kind kind_of(sp_vm *vm, sp_type *t)
{
    sp_val mro = t->mro;
    if (mro == NULL || !sp_is_tuple(mro))
        return K_PLAIN;
    sp_vals items = sp_tuple_items(mro);
    for (size_t i = 0; i < items.len; i++) {
        sp_val c = sp_vals_get(items, i);
        if (c == type_val(vm->e.Exception) || c == type_val(vm->e.BaseException))
            return K_PLAIN;
        if (c == type_val(vm->e.StopIteration)) return K_STOPITER;
        if (c == type_val(vm->e.OSError)) return K_OSERROR;
        if (c == type_val(vm->e.ImportError)) return K_IMPORT;
        if (c == type_val(vm->e.NameError)) return K_NAME;
        if (c == type_val(vm->e.AttributeError)) return K_ATTR;
        if (c == type_val(vm->e.SyntaxError)) return K_SYNTAX;
        if (c == type_val(vm->e.UnicodeEncodeError)) return K_UENCODE;
        if (c == type_val(vm->e.UnicodeDecodeError)) return K_UDECODE;
        if (c == type_val(vm->e.UnicodeTranslateError)) return K_UTRANSLATE;
        if (c == type_val(vm->e.SystemExit)) return K_SYSEXIT;
    }
    return K_PLAIN;
}

/* Run the C __init__ of the nearest built-in class of self's type. */
static void exc_init_kind(sp_vm *vm, sp_val self, sp_vals args, sp_val kwnames, bool set_args)
{
    exc_kind kind = kind_of(vm, sp_type_of(vm, self));
    sp_vals pos = sp_vals_sub(args, 0, npos(args, kwnames));
    if (kind != K_IMPORT && kind != K_NAME && kind != K_ATTR)
        no_kwargs(vm, self, kwnames);
    if (set_args)
        base_init(vm, self, pos);
    switch (kind) {
    case K_PLAIN: break;
    case K_STOPITER: stopiteration_init(vm, self, pos); break;
    case K_SYSEXIT: systemexit_init(vm, self, pos); break;
    case K_OSERROR: oserror_init(vm, self, pos); break;
    case K_IMPORT: importerror_init(vm, self, args, kwnames); break;
    case K_NAME: kw_attrs(vm, self, args, kwnames, "NameError", "name", NULL); break;
    case K_ATTR: kw_attrs(vm, self, args, kwnames, "AttributeError", "name", "obj"); break;
    case K_SYNTAX: syntaxerror_init(vm, self, pos); break;
    case K_UENCODE: unicode_init(vm, self, pos, 0); break;
    case K_UDECODE: unicode_init(vm, self, pos, 1); break;
    case K_UTRANSLATE: unicode_init(vm, self, pos, 2); break;
    }
}

/* ---- BaseException methods ---------------------------------------------- */

static sp_val exc_str_method(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_exc_obj *e = exc_self(vm, sp_vals_get(args, 0), "__str__");
    size_t n = sp_tuple_len(e->args);
    if (n == 0)
        return vm->empty_str;
    if (n == 1)
        return sp_str(vm, sp_tuple_get(e->args, 0));
    return sp_str(vm, e->args);
}

static sp_val exc_repr_method(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    sp_exc_obj *e = exc_self(vm, self, "__repr__");
    sp_type *t = sp_type_of(vm, self);
    size_t n = sp_tuple_len(e->args);
    if (n == 0)
        return sp_str_fmt(vm, "%N()", t);
    if (n == 1)
        return sp_str_fmt(vm, "%N(%R)", t, sp_tuple_get(e->args, 0));
    return sp_str_fmt(vm, "%N%R", t, e->args);
}

static sp_val exc_with_traceback(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "with_traceback", args, kwnames, 2, 2);
    sp_val self = sp_vals_get(args, 0);
    sp_exc_set_traceback(vm, self, sp_vals_get(args, 1));
    return self;
}

static sp_val exc_add_note(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "add_note", args, kwnames, 2, 2);
    sp_val self = sp_vals_get(args, 0);
    sp_exc_obj *e = exc_self(vm, self, "add_note");
    sp_val note = sp_vals_get(args, 1);
    if (!sp_is_str(note))
        sp_raise_fmt(vm, vm->e.TypeError, "note must be a str, not '%T'", note);
    sp_val key = sp_intern_cstr(vm, "__notes__");
    sp_val d = sp_exc_dict(vm, self);
    sp_val notes = sp_dict_get(vm, d, key);
    if (notes == NULL) {
        notes = sp_list_new(vm, 1);
        sp_dict_set(vm, d, key, notes);
    } else if (!sp_is_list(notes)) {
        sp_raise_fmt(vm, vm->e.TypeError, "Cannot add note: __notes__ is not a list");
    }
    sp_list_append(vm, notes, note);
    e->notes = notes;
    return vm->None;
}

static sp_val exc_reduce(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    sp_exc_obj *e = exc_self(vm, self, "__reduce__");
    sp_val cls = type_val(sp_type_of(vm, self));
    if (e->dict != NULL && sp_dict_len(e->dict) > 0) {
        sp_val t = sp_tuple_new(vm, 3);
        sp_tuple_set(t, 0, cls);
        sp_tuple_set(t, 1, e->args);
        sp_tuple_set(t, 2, e->dict);
        return t;
    }
    return sp_tuple_pack2(vm, cls, e->args);
}

static sp_val exc_setstate(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__setstate__", args, kwnames, 2, 2);
    sp_val self = sp_vals_get(args, 0);
    sp_val state = sp_vals_get(args, 1);
    if (state == vm->None)
        return vm->None;
    if (!sp_is_dict(state))
        sp_raise_fmt(vm, vm->e.TypeError, "state is not a dictionary");
    size_t pos = 0;
    sp_val k, v;
    while (sp_dict_next(state, &pos, &k, &v))
        sp_setattr(vm, self, k, v);
    return vm->None;
}

static const sp_methoddef base_methods[] = {
    { "__new__", exc_new_method, SP_METH_STATIC, NULL },
    { "__init__", exc_init_method, 0, NULL },
    { "__str__", exc_str_method, 0, NULL },
    { "__repr__", exc_repr_method, 0, NULL },
    { "__reduce__", exc_reduce, 0, NULL },
    { "__setstate__", exc_setstate, 0, NULL },
    { "with_traceback", exc_with_traceback, 0,
      "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self." },
    { "add_note", exc_add_note, 0,
      "Exception.add_note(note) --\n    add a note to the exception" },
    { NULL, NULL, 0, NULL },
};

/* ---- BaseException getsets ---------------------------------------------- */

static sp_val get_args(sp_vm *vm, sp_val self)
{
    return exc_self(vm, self, "args")->args;
}

static void set_args(sp_vm *vm, sp_val self, sp_val v)
{
    sp_exc_obj *e = exc_self(vm, self, "args");
    if (v == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "args may not be deleted");
    sp_val t = sp_tuple_from_iter(vm, v);
    e->args = t;
}

static sp_val get_traceback(sp_vm *vm, sp_val self)
{
    sp_exc_obj *e = exc_self(vm, self, "__traceback__");
    return e->traceback != NULL ? e->traceback : vm->None;
}

static void set_traceback(sp_vm *vm, sp_val self, sp_val v)
{
    exc_self(vm, self, "__traceback__");
    if (v == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "__traceback__ may not be deleted");
    sp_exc_set_traceback(vm, self, v);
}

static sp_val get_context(sp_vm *vm, sp_val self)
{
    sp_exc_obj *e = exc_self(vm, self, "__context__");
    return e->context != NULL ? e->context : vm->None;
}

static void set_context(sp_vm *vm, sp_val self, sp_val v)
{
    exc_self(vm, self, "__context__");
    if (v == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "__context__ may not be deleted");
    if (v != vm->None && !sp_is_exc(v))
        sp_raise_fmt(vm, vm->e.TypeError, "exception context must be None or derive from BaseException");
    sp_exc_set_context(vm, self, v);
}

static sp_val get_cause(sp_vm *vm, sp_val self)
{
    sp_exc_obj *e = exc_self(vm, self, "__cause__");
    return e->cause != NULL ? e->cause : vm->None;
}

static void set_cause(sp_vm *vm, sp_val self, sp_val v)
{
    exc_self(vm, self, "__cause__");
    if (v == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "__cause__ may not be deleted");
    if (v != vm->None && !sp_is_exc(v))
        sp_raise_fmt(vm, vm->e.TypeError, "exception cause must be None or derive from BaseException");
    sp_exc_set_cause(vm, self, v);
}

static sp_val get_suppress(sp_vm *vm, sp_val self)
{
    return sp_bool(vm, exc_self(vm, self, "__suppress_context__")->suppress_context);
}

static void set_suppress(sp_vm *vm, sp_val self, sp_val v)
{
    sp_exc_obj *e = exc_self(vm, self, "__suppress_context__");
    bool b = v != NULL && sp_truthy(vm, v);
    e->suppress_context = b;
}

static sp_val get_dict(sp_vm *vm, sp_val self)
{
    exc_self(vm, self, "__dict__");
    return sp_exc_dict(vm, self);
}

static void set_dict(sp_vm *vm, sp_val self, sp_val v)
{
    sp_exc_obj *e = exc_self(vm, self, "__dict__");
    if (v == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot delete __dict__");
    if (!sp_is_dict(v))
        sp_raise_fmt(vm, vm->e.TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
    e->dict = v;
}

static const sp_getsetdef base_getsets[] = {
    { "args", get_args, set_args, NULL },
    { "__traceback__", get_traceback, set_traceback, NULL },
    { "__context__", get_context, set_context, "exception context" },
    { "__cause__", get_cause, set_cause, "exception cause" },
    { "__suppress_context__", get_suppress, set_suppress, NULL },
    { "__dict__", get_dict, set_dict, NULL },
    { NULL, NULL, NULL, NULL },
};

/* ---- attributes kept in the dict: one getter/setter pair per name ------- */

#define EXC_ATTR(fn, NAME)                                                        \
    static sp_val get_##fn(sp_vm *vm, sp_val self) { return sp_exc_attr(vm, self, NAME); } \
    static void set_##fn(sp_vm *vm, sp_val self, sp_val v) { sp_exc_set_attr(vm, self, NAME, v); }

EXC_ATTR(value, vm->n.value)
EXC_ATTR(code, vm->n.code)
EXC_ATTR(errno, vm->n.errno)
EXC_ATTR(strerror, vm->n.strerror)
EXC_ATTR(filename, vm->n.filename)
EXC_ATTR(filename2, sp_intern_cstr(vm, "filename2"))
EXC_ATTR(msg, vm->n.msg)
EXC_ATTR(lineno, vm->n.lineno)
EXC_ATTR(offset, vm->n.offset)
EXC_ATTR(text, vm->n.text)
EXC_ATTR(end_lineno, vm->n.end_lineno)
EXC_ATTR(end_offset, vm->n.end_offset)
EXC_ATTR(print_file_and_line, vm->n.print_file_and_line)
EXC_ATTR(name, vm->n.name)
EXC_ATTR(path, vm->n.path)
EXC_ATTR(obj, vm->n.obj)
EXC_ATTR(encoding, vm->n.encoding)
EXC_ATTR(object, vm->n.object)
EXC_ATTR(start, vm->n.start)
EXC_ATTR(end, vm->n.end)
EXC_ATTR(reason, vm->n.reason)

#define GETSET(n) { #n, get_##n, set_##n, NULL }
#define GETSET_END { NULL, NULL, NULL, NULL }

/* OSError.characters_written exists only once set (BlockingIOError). */
static sp_val get_characters_written(sp_vm *vm, sp_val self)
{
    sp_val v = attr_raw(vm, self, sp_intern_cstr(vm, "characters_written"));
    if (v == NULL)
        sp_raise_fmt(vm, vm->e.AttributeError, "characters_written");
    return v;
}

static void set_characters_written(sp_vm *vm, sp_val self, sp_val v)
{
    sp_val key = sp_intern_cstr(vm, "characters_written");
    if (v == NULL && attr_raw(vm, self, key) == NULL)
        sp_raise_fmt(vm, vm->e.AttributeError, "characters_written");
    if (v != NULL)
        v = sp_index(vm, v);
    sp_exc_set_attr(vm, self, key, v);
}

static const sp_getsetdef stopiteration_getsets[] = { GETSET(value), GETSET_END };
static const sp_getsetdef systemexit_getsets[] = { GETSET(code), GETSET_END };
static const sp_getsetdef oserror_getsets[] = {
    GETSET(errno), GETSET(strerror), GETSET(filename), GETSET(filename2),
    GETSET(characters_written), GETSET_END,
};
static const sp_getsetdef syntaxerror_getsets[] = {
    GETSET(msg), GETSET(filename), GETSET(lineno), GETSET(offset), GETSET(text),
    GETSET(end_lineno), GETSET(end_offset), GETSET(print_file_and_line), GETSET_END,
};
static const sp_getsetdef importerror_getsets[] = { GETSET(msg), GETSET(name), GETSET(path), GETSET_END };
static const sp_getsetdef nameerror_getsets[] = { GETSET(name), GETSET_END };
static const sp_getsetdef attributeerror_getsets[] = { GETSET(name), GETSET(obj), GETSET_END };
static const sp_getsetdef unicodeerror_getsets[] = {
    GETSET(encoding), GETSET(object), GETSET(start), GETSET(end), GETSET(reason), GETSET_END,
};

/* ---- per-class __str__ -------------------------------------------------- */

static sp_val keyerror_str(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_exc_obj *e = exc_self(vm, sp_vals_get(args, 0), "__str__");
    /* str(KeyError('k')) is "'k'": a key is shown as its repr. */
    if (sp_tuple_len(e->args) == 1)
        return sp_repr(vm, sp_tuple_get(e->args, 0));
    return exc_str_method(vm, args, kwnames);
}

static sp_val oserror_str(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    exc_self(vm, self, "__str__");
    sp_val err = attr_raw(vm, self, vm->n.errno);
    sp_val serr = attr_raw(vm, self, vm->n.strerror);
    sp_val fn = attr_raw(vm, self, vm->n.filename);
    sp_val fn2 = attr_raw(vm, self, sp_intern_cstr(vm, "filename2"));
    if (err == NULL) err = vm->None;
    if (serr == NULL) serr = vm->None;
    if (fn != NULL && fn != vm->None) {
        if (fn2 != NULL && fn2 != vm->None)
            return sp_str_fmt(vm, "[Errno %S] %S: %R -> %R", err, serr, fn, fn2);
        return sp_str_fmt(vm, "[Errno %S] %S: %R", err, serr, fn);
    }
    if (attr_raw(vm, self, vm->n.errno) != NULL && attr_raw(vm, self, vm->n.strerror) != NULL)
        return sp_str_fmt(vm, "[Errno %S] %S", err, serr);
    return exc_str_method(vm, args, kwnames);
}

static sp_val oserror_reduce(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    sp_exc_obj *e = exc_self(vm, self, "__reduce__");
    sp_val fn = attr_raw(vm, self, vm->n.filename);
    if (fn == NULL || fn == vm->None || sp_tuple_len(e->args) != 2)
        return exc_reduce(vm, args, kwnames);
    /* Put the filename(s) back into the constructor arguments. */
    sp_val fn2 = attr_raw(vm, self, sp_intern_cstr(vm, "filename2"));
    size_t n = fn2 != NULL && fn2 != vm->None ? 5 : 3;
    sp_val a = sp_tuple_new(vm, n);
    sp_tuple_set(a, 0, sp_tuple_get(e->args, 0));
    sp_tuple_set(a, 1, sp_tuple_get(e->args, 1));
    sp_tuple_set(a, 2, fn);
    if (n == 5)
        sp_tuple_set(a, 4, fn2);
    sp_val r = sp_tuple_pack2(vm, type_val(sp_type_of(vm, self)), a);
    return r;
}

/* The file name as SyntaxError.__str__ shows it: its last path component. */
static sp_val basename_of(sp_vm *vm, sp_val path)
{
    sp_cbytes b = sp_str_bytes(path);
    sp_ssize slash = sp_cbytes_rfind(b, sp_cbytes_of_cstr("/"), b.len);
    if (slash < 0)
        return path;
    return sp_str_new(vm, sp_cbytes_from(b, (size_t)slash + 1));
}

static sp_val syntaxerror_str(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    exc_self(vm, self, "__str__");
    sp_val msg = sp_exc_attr(vm, self, vm->n.msg);
    sp_val fn = attr_raw(vm, self, vm->n.filename);
    sp_val ln = attr_raw(vm, self, vm->n.lineno);
    bool have_fn = fn != NULL && sp_is_str(fn);
    bool have_ln = ln != NULL && sp_is_exact(vm, ln, vm->t.int_);
    if (have_fn && have_ln)
        return sp_str_fmt(vm, "%S (%U, line %S)", msg, basename_of(vm, fn), ln);
    if (have_fn)
        return sp_str_fmt(vm, "%S (%U)", msg, basename_of(vm, fn));
    if (have_ln)
        return sp_str_fmt(vm, "%S (line %S)", msg, ln);
    return sp_str(vm, msg);
}

static sp_val importerror_str(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    exc_self(vm, self, "__str__");
    sp_val msg = attr_raw(vm, self, vm->n.msg);
    if (msg != NULL && sp_is_exact(vm, msg, vm->t.str))
        return msg;
    return exc_str_method(vm, args, kwnames);
}

static sp_val importerror_reduce(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    sp_exc_obj *e = exc_self(vm, self, "__reduce__");
    sp_val state = sp_dict_new(vm);
    sp_val name = attr_raw(vm, self, vm->n.name);
    sp_val path = attr_raw(vm, self, vm->n.path);
    if (name != NULL && name != vm->None)
        sp_dict_set(vm, state, vm->n.name, name);
    if (path != NULL && path != vm->None)
        sp_dict_set(vm, state, vm->n.path, path);
    sp_val cls = type_val(sp_type_of(vm, self));
    if (sp_dict_len(state) == 0)
        return sp_tuple_pack2(vm, cls, e->args);
    sp_val t = sp_tuple_new(vm, 3);
    sp_tuple_set(t, 0, cls);
    sp_tuple_set(t, 1, e->args);
    sp_tuple_set(t, 2, state);
    return t;
}

/* "\xe9", "\u1234", "\U0001f600": how UnicodeEncodeError shows a char. */
static sp_val char_escape(sp_vm *vm, uint32_t cp)
{
    static const char hex[] = "0123456789abcdef";
    char buf[12];
    sp_bytes out = SP_BYTES(buf);
    size_t digits = cp <= 0xff ? 2 : cp <= 0xffff ? 4 : 8;
    sp_bytes_set(out, 0, '\\');
    sp_bytes_set(out, 1, (uint8_t)(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U'));
    for (size_t i = 0; i < digits; i++)
        sp_bytes_set(out, 2 + i, (uint8_t)sp_cbytes_get(SP_CBYTES(hex), (cp >> (4 * (digits - 1 - i))) & 0xf));
    return sp_str_new(vm, sp_cbytes_sub(sp_cbytes_of(out), 0, 2 + digits));
}

static sp_val unicode_str_common(sp_vm *vm, sp_vals args, int which)
{
    sp_val self = sp_vals_get(args, 0);
    exc_self(vm, self, "__str__");
    sp_val object = attr_raw(vm, self, vm->n.object);
    sp_val startv = attr_raw(vm, self, vm->n.start);
    sp_val endv = attr_raw(vm, self, vm->n.end);
    sp_val reason = sp_exc_attr(vm, self, vm->n.reason);
    sp_val encoding = sp_exc_attr(vm, self, vm->n.encoding);
    if (object == NULL || startv == NULL || endv == NULL)
        return vm->empty_str;
    int64_t start = sp_int_as_i64(vm, startv), end = sp_int_as_i64(vm, endv);
    size_t len = which == 1 ? sp_bytes_data(object).len : sp_str_len(object);
    if (start < 0) start = 0;
    if (end < start + 1) end = start + 1;
    bool single = (uint64_t)start < len && end == start + 1;
    if (which == 1) {
        if (single) {
            uint8_t b = sp_cbytes_get(sp_bytes_data(object), (size_t)start);
            sp_val hx = char_escape(vm, b);
            /* "byte 0xff": the escape without its backslash-x. */
            sp_val digits = sp_str_new(vm, sp_cbytes_from(sp_str_bytes(hx), 2));
            return sp_str_fmt(vm, "'%S' codec can't decode byte 0x%U in position %lld: %S",
                              encoding, digits, (long long)start, reason);
        }
        return sp_str_fmt(vm, "'%S' codec can't decode bytes in position %lld-%lld: %S",
                          encoding, (long long)start, (long long)(end - 1), reason);
    }
    if (single) {
        sp_val ch = char_escape(vm, sp_str_codepoint_at(object, (size_t)start));
        if (which == 0)
            return sp_str_fmt(vm, "'%S' codec can't encode character '%U' in position %lld: %S",
                              encoding, ch, (long long)start, reason);
        return sp_str_fmt(vm, "can't translate character '%U' in position %lld: %S",
                          ch, (long long)start, reason);
    }
    if (which == 0)
        return sp_str_fmt(vm, "'%S' codec can't encode characters in position %lld-%lld: %S",
                          encoding, (long long)start, (long long)(end - 1), reason);
    return sp_str_fmt(vm, "can't translate characters in position %lld-%lld: %S",
                      (long long)start, (long long)(end - 1), reason);
}

static sp_val unicodeencode_str(sp_vm *vm, sp_vals args, sp_val kwnames) { return unicode_str_common(vm, args, 0); }
static sp_val unicodedecode_str(sp_vm *vm, sp_vals args, sp_val kwnames) { return unicode_str_common(vm, args, 1); }
static sp_val unicodetranslate_str(sp_vm *vm, sp_vals args, sp_val kwnames) { return unicode_str_common(vm, args, 2); }

#define METHOD_END { NULL, NULL, 0, NULL }
static const sp_methoddef keyerror_methods[] = { { "__str__", keyerror_str, 0, NULL }, METHOD_END };
static const sp_methoddef oserror_methods[] = {
    { "__str__", oserror_str, 0, NULL }, { "__reduce__", oserror_reduce, 0, NULL }, METHOD_END,
};
static const sp_methoddef syntaxerror_methods[] = { { "__str__", syntaxerror_str, 0, NULL }, METHOD_END };
static const sp_methoddef importerror_methods[] = {
    { "__str__", importerror_str, 0, NULL }, { "__reduce__", importerror_reduce, 0, NULL }, METHOD_END,
};
static const sp_methoddef unicodeencode_methods[] = { { "__str__", unicodeencode_str, 0, NULL }, METHOD_END };
static const sp_methoddef unicodedecode_methods[] = { { "__str__", unicodedecode_str, 0, NULL }, METHOD_END };
static const sp_methoddef unicodetranslate_methods[] = { { "__str__", unicodetranslate_str, 0, NULL }, METHOD_END };

/* ---- the class table ---------------------------------------------------- */

static void exc_trace(sp_heap *h, sp_obj *o)
{
    sp_exc_obj *e = SP_AS(sp_exc_obj, o, SP_LAYOUT_EXC);
    sp_gc_mark(h, e->dict);
    sp_gc_mark(h, e->args);
    sp_gc_mark(h, e->traceback);
    sp_gc_mark(h, e->context);
    sp_gc_mark(h, e->cause);
    sp_gc_mark(h, e->notes);
}

/* Constant expressions picking each class's own tables (NULL: inherits). */
#define METHODS_FOR(k)                                                        \
    ((k) == EXC_BaseException ? base_methods :                                \
     (k) == EXC_BaseExceptionGroup ? sp_excgroup_methods :                    \
     (k) == EXC_KeyError ? keyerror_methods :                                 \
     (k) == EXC_OSError ? oserror_methods :                                   \
     (k) == EXC_SyntaxError ? syntaxerror_methods :                           \
     (k) == EXC_ImportError ? importerror_methods :                           \
     (k) == EXC_UnicodeEncodeError ? unicodeencode_methods :                  \
     (k) == EXC_UnicodeDecodeError ? unicodedecode_methods :                  \
     (k) == EXC_UnicodeTranslateError ? unicodetranslate_methods : NULL)
#define GETSETS_FOR(k)                                                        \
    ((k) == EXC_BaseException ? base_getsets :                                \
     (k) == EXC_BaseExceptionGroup ? sp_excgroup_getsets :                    \
     (k) == EXC_StopIteration ? stopiteration_getsets :                       \
     (k) == EXC_SystemExit ? systemexit_getsets :                             \
     (k) == EXC_OSError ? oserror_getsets :                                   \
     (k) == EXC_SyntaxError ? syntaxerror_getsets :                           \
     (k) == EXC_ImportError ? importerror_getsets :                           \
     (k) == EXC_NameError ? nameerror_getsets :                               \
     (k) == EXC_AttributeError ? attributeerror_getsets :                     \
     (k) == EXC_UnicodeError ? unicodeerror_getsets : NULL)

#define SP_EXC(id, base)                                                      \
    static const sp_typedef exc_def_##id = { .name = #id, .layout = SP_LAYOUT_EXC, .size = sizeof(sp_exc_obj), \
                   .trace = exc_trace, .methods = METHODS_FOR(EXC_##id),      \
                   .getsets = GETSETS_FOR(EXC_##id),                          \
                   .flags = SP_TF_BASETYPE | SP_TF_HAS_DICT, .doc = NULL };
#include "exceptions.def"
#undef SP_EXC

/* The descriptor of BaseException, for code that needs to recognise it. */
const sp_typedef *const sp_BaseException_def = &exc_def_BaseException;

static sp_type *make_exc_type(sp_vm *vm, const sp_typedef *def, sp_type *base)
{
    sp_type *t = sp_type_from_def(vm, def, base);
    /* The instance dict is the first field of sp_exc_obj. */
    t->dict_offset = offsetof(sp_exc_obj, dict);
    t->flags |= SP_TF_HAS_DICT | SP_TF_BASETYPE;
    return t;
}

/* ExceptionGroup(BaseExceptionGroup, Exception): the one built-in class
 * with two bases.  sp_type_from_def knows one; add the second by hand. */
static void fix_exception_group(sp_vm *vm)
{
    sp_type *eg = vm->e.ExceptionGroup;
    sp_type *beg = vm->e.BaseExceptionGroup;
    sp_val bases = sp_tuple_pack2(vm, type_val(beg), type_val(vm->e.Exception));
    sp_val mro = sp_tuple_new(vm, 5);
    sp_tuple_set(mro, 0, type_val(eg));
    sp_tuple_set(mro, 1, type_val(beg));
    sp_tuple_set(mro, 2, type_val(vm->e.Exception));
    sp_tuple_set(mro, 3, type_val(vm->e.BaseException));
    sp_tuple_set(mro, 4, type_val(vm->t.object));
    eg->base = beg;
    eg->bases = bases;
    eg->mro = mro;
    eg->version++;
    if (beg->subclasses != NULL && sp_is_list(beg->subclasses))
        sp_list_append(vm, beg->subclasses, type_val(eg));
}

void sp_init_exceptions(sp_vm *vm)
{
#define SP_EXC(id, base)                                                      \
    vm->e.id = make_exc_type(vm, &exc_def_##id,                         \
                             EXC_##id == EXC_BaseException ? vm->t.object :   \
                             EXC_##id == EXC_ExceptionGroup ? vm->e.Exception : vm->e.base);
#include "exceptions.def"
#undef SP_EXC
    fix_exception_group(vm);
    vm->memory_error = sp_exc_new(vm, vm->e.MemoryError, SP_NOVALS);
}

/* ---- the C API ---------------------------------------------------------- */

sp_val sp_exc_get_traceback(sp_val exc)
{
    return sp_as_exc(exc)->traceback;
}

void sp_exc_set_traceback(sp_vm *vm, sp_val exc, sp_val tb)
{
    sp_exc_obj *e = sp_as_exc(exc);
    if (tb == NULL || tb == vm->None) {
        e->traceback = NULL;
        return;
    }
    if (!sp_is_exact(vm, tb, vm->t.traceback))
        sp_raise_fmt(vm, vm->e.TypeError, "__traceback__ must be a traceback or None");
    e->traceback = tb;
}

void sp_exc_set_context(sp_vm *vm, sp_val exc, sp_val context)
{
    sp_exc_obj *e = sp_as_exc(exc);
    e->context = context == vm->None ? NULL : context;
}

void sp_exc_set_cause(sp_vm *vm, sp_val exc, sp_val cause)
{
    sp_exc_obj *e = sp_as_exc(exc);
    e->cause = cause == vm->None ? NULL : cause;
    /* raise ... from X (even from None) hides the implicit context. */
    e->suppress_context = true;
}

sp_val sp_exc_qualified_name(sp_vm *vm, sp_type *type)
{
    sp_val qual = type->qualname != NULL ? type->qualname : type->name;
    sp_val mod = type->dict != NULL ? sp_dict_get(vm, type->dict, vm->n.__module__) : NULL;
    if (mod == NULL || !sp_is_str(mod) || sp_str_eq_cstr(mod, "builtins") ||
        sp_str_eq_cstr(mod, "__main__"))
        return qual;
    return sp_str_fmt(vm, "%U.%U", mod, qual);
}

_Noreturn void sp_raise_stop_iteration(sp_vm *vm, sp_val value)
{
    /* A generator returning None raises a bare StopIteration (no args),
     * as CPython: it shows in e.args and in the traceback's last line. */
    if (value == NULL || value == vm->None)
        sp_raise(vm, sp_exc_new(vm, vm->e.StopIteration, SP_NOVALS));
    sp_raise(vm, sp_exc_new_msg(vm, vm->e.StopIteration, value));
}

_Noreturn void sp_raise_key_error(sp_vm *vm, sp_val key)
{
    sp_raise(vm, sp_exc_new_msg(vm, vm->e.KeyError, key));
}

_Noreturn void sp_raise_unhashable(sp_vm *vm, sp_val v)
{
    sp_raise_fmt(vm, vm->e.TypeError, "unhashable type: '%T'", v);
}

_Noreturn void sp_raise_no_attr(sp_vm *vm, sp_val obj, sp_val name)
{
    sp_val msg;
    if (sp_is_module(obj)) {
        sp_val mname = sp_as_module(obj)->name;
        msg = mname != NULL && sp_is_str(mname)
                  ? sp_str_fmt(vm, "module '%U' has no attribute '%U'", mname, name)
                  : sp_str_fmt(vm, "module has no attribute '%U'", name);
    } else if (sp_is_type(obj)) {
        msg = sp_str_fmt(vm, "type object '%N' has no attribute '%U'", sp_as_type(obj), name);
    } else {
        msg = sp_str_fmt(vm, "'%T' object has no attribute '%U'", obj, name);
    }
    sp_val exc = sp_exc_new_msg(vm, vm->e.AttributeError, msg);
    sp_exc_set_attr(vm, exc, vm->n.name, name);
    sp_exc_set_attr(vm, exc, vm->n.obj, obj);
    sp_raise(vm, exc);
}

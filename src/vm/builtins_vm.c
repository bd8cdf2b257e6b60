/* The builtins that belong to the interpreter: __build_class__, globals,
 * locals, exec, eval, compile. */
#include "code.h"
#include "modules/sysio.h"

/* ---- __build_class__ ------------------------------------------------------------*/
static sp_type *calculate_metaclass(sp_vm *vm, sp_type *meta, sp_val bases)
{
    sp_type *winner = meta;
    sp_vals b = sp_tuple_items(bases);
    for (size_t i = 0; i < b.len; i++) {
        sp_type *t = sp_type_of(vm, sp_vals_get(b, i));
        if (sp_is_subtype(winner, t))
            continue;
        if (sp_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        sp_raise_fmt(vm, vm->e.TypeError,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }
    return winner;
}

/* PEP 560: a base that isn't a class may supply classes by __mro_entries__. */
static sp_val update_bases(sp_vm *vm, sp_val bases, bool *changed)
{
    sp_vals b = sp_tuple_items(bases);
    sp_val res = sp_list_new(vm, b.len);
    for (size_t i = 0; i < b.len; i++) {
        sp_val base = sp_vals_get(b, i);
        sp_val me = sp_is_type(base) ? NULL : sp_getattr_opt(vm, base, vm->n.__mro_entries__);
        if (me == NULL) {
            sp_list_append(vm, res, base);
            continue;
        }
        sp_val r = sp_call1(vm, me, bases);
        if (!sp_is_tuple(r))
            sp_raise_fmt(vm, vm->e.TypeError, "__mro_entries__ must return a tuple");
        sp_list_extend(vm, res, r);
        *changed = true;
    }
    if (!*changed)
        return bases;
    return sp_tuple_from(vm, sp_list_items(res));
}

static sp_val build_class(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    size_t nkw = kwnames ? sp_tuple_len(kwnames) : 0;
    size_t npos = args.len - nkw;
    if (npos < 2)
        sp_raise_fmt(vm, vm->e.TypeError, "__build_class__: not enough arguments");
    sp_val func = sp_vals_get(args, 0);
    sp_val name = sp_vals_get(args, 1);
    if (!sp_is_function(vm, func))
        sp_raise_fmt(vm, vm->e.TypeError, "__build_class__: func must be a function");
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "__build_class__: name is not a string");
    sp_val orig_bases = sp_tuple_from(vm, sp_vals_sub(args, 2, npos - 2));
    bool changed = false;
    sp_val bases = update_bases(vm, orig_bases, &changed);
    /* Keywords: metaclass is taken out, the rest go to __prepare__ and the metaclass. */
    sp_val meta = NULL;
    sp_val kwd = sp_dict_new(vm);
    for (size_t i = 0; i < nkw; i++) {
        sp_val k = sp_tuple_get(kwnames, i);
        sp_val v = sp_vals_get(args, npos + i);
        if (sp_str_eq(k, vm->n.metaclass))
            meta = v;
        else
            sp_dict_set(vm, kwd, k, v);
    }
    bool is_class = false;
    if (meta == NULL) {
        meta = sp_tuple_len(bases) == 0 ? (sp_val)vm->t.type : (sp_val)sp_type_of(vm, sp_tuple_get(bases, 0));
        is_class = true;
    } else {
        is_class = sp_is_type(meta);
    }
    if (is_class)
        meta = (sp_val)calculate_metaclass(vm, sp_as_type(meta), bases);
    /* The namespace. */
    sp_val ns;
    sp_val prep = sp_getattr_opt(vm, meta, vm->n.__prepare__);
    sp_val kwn = NULL;
    sp_val kwvals = sp_list_new(vm, 0);
    if (sp_dict_len(kwd) > 0) {
        kwn = sp_tuple_new(vm, sp_dict_len(kwd));
        size_t pos = 0, i = 0;
        sp_val k, v;
        while (sp_dict_next(kwd, &pos, &k, &v)) {
            sp_tuple_set(kwn, i++, k);
            sp_list_append(vm, kwvals, v);
        }
    }
    if (prep != NULL) {
        sp_val pa = sp_list_new(vm, 0);
        sp_list_append(vm, pa, name);
        sp_list_append(vm, pa, bases);
        sp_list_extend(vm, pa, kwvals);
        ns = sp_call(vm, prep, sp_list_items(pa), kwn);
        if (sp_type_lookup(vm, sp_type_of(vm, ns), vm->n.__getitem__) == NULL) {
            sp_val mn = sp_getattr_opt(vm, meta, vm->n.__name__);
            sp_raise_fmt(vm, vm->e.TypeError, "%S.__prepare__() must return a mapping, not %T",
                         mn ? mn : sp_str_from_cstr(vm, "<metaclass>"), ns);
        }
    } else {
        ns = sp_dict_new(vm);
    }
    /* Run the body with ns as its locals. */
    sp_frame_obj *f = sp_function_frame(vm, func, SP_NOVALS, NULL);
    f->locals = ns;
    sp_val cell = sp_eval_frame(vm, f, NULL);
    if (changed) {
        if (sp_is_exact(vm, ns, vm->t.dict))
            sp_dict_set(vm, ns, sp_intern_cstr(vm, "__orig_bases__"), orig_bases);
        else
            sp_setitem(vm, ns, sp_intern_cstr(vm, "__orig_bases__"), orig_bases);
    }
    sp_val ca = sp_list_new(vm, 0);
    sp_list_append(vm, ca, name);
    sp_list_append(vm, ca, bases);
    sp_list_append(vm, ca, ns);
    sp_list_extend(vm, ca, kwvals);
    sp_val cls = sp_call(vm, meta, sp_list_items(ca), kwn);
    if (sp_is_ptr(cell) && cell->type == vm->t.cell) {
        sp_cell_obj *c = sp_as_cell(cell);
        if (c->value == NULL)
            c->value = cls;
        if (c->value != cls) {
            sp_raise_fmt(vm, vm->e.TypeError, "__class__ set to %R defining %R as %R", c->value, name, cls);
        }
    }
    return cls;
}

/* ---- globals, locals ------------------------------------------------------------*/
static sp_val bi_globals(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "globals", args, kwnames, 0, 0);
    sp_val g = sp_current_globals(vm);
    return g ? g : vm->None;
}

static sp_val bi_locals(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "locals", args, kwnames, 0, 0);
    sp_val l = sp_current_locals(vm);
    return l ? l : vm->None;
}

/* ---- exec, eval, compile ---------------------------------------------------------*/
typedef struct decode_ud {
    sp_cbytes text;
} decode_ud;

static sp_val decode_strict(sp_vm *vm, void *ud)
{
    return sp_str_decode_utf8(vm, ((decode_ud *)ud)->text, "strict");
}

/* Bytes source must be UTF-8.  As CPython's tokenizer, which decodes line
 * by line, a bad line becomes SyntaxError "(unicode error) ..." at that
 * line, the position in the message counting from the line's start. */
static void check_utf8(sp_vm *vm, sp_cbytes text, sp_val filename, sp_compile_mode mode)
{
    decode_ud u = { text };
    sp_val exc = NULL;
    if (sp_pcall(vm, decode_strict, &u, &exc) != NULL)
        return;
    size_t start = 0, lineno = 1;
    while (start < text.len) {
        size_t end = start;
        while (end < text.len && sp_cbytes_get(text, end) != '\n')
            end++;
        bool nl = end < text.len;
        sp_cbytes line = sp_cbytes_sub(text, start, end - start + (nl ? 1 : 0));
        u.text = line;
        exc = NULL;
        if (sp_pcall(vm, decode_strict, &u, &exc) == NULL && exc != NULL) {
            sp_val msg = sp_str_fmt(vm, "(unicode error) %S", exc);
            sp_val ltext = sp_str_decode_utf8(vm, line, "replace");
            if (!nl && mode == SP_MODE_EXEC)
                ltext = sp_str_concat(vm, ltext, sp_str_from_cstr(vm, "\n"));
            sp_val loc = sp_tuple_new(vm, 6);
            sp_tuple_set(loc, 0, filename);
            sp_tuple_set(loc, 1, sp_int_from_i64(vm, (int64_t)lineno));
            sp_tuple_set(loc, 2, sp_small(1));
            sp_tuple_set(loc, 3, ltext);
            sp_tuple_set(loc, 4, sp_int_from_i64(vm, (int64_t)lineno));
            sp_tuple_set(loc, 5, sp_small(-1));
            sp_val args[2] = { msg, loc };
            sp_raise(vm, sp_exc_new(vm, vm->e.SyntaxError, SP_VALS(args)));
        }
        start = end + 1;
        lineno++;
    }
    sp_raise(vm, exc);
}

/* The text of a source argument: str, bytes, bytearray or another buffer
 * (memoryview); a code object passes through.  what names the accepted
 * kinds in the TypeError (CPython's words differ per builtin). */
static sp_val source_code(sp_vm *vm, sp_val src, sp_val filename, sp_compile_mode mode, const char *what)
{
    if (sp_is_ptr(src) && src->type == vm->t.code)
        return src;
    if (sp_is_ptr(src) && vm->t.memoryview != NULL && sp_isinstance(vm, src, vm->t.memoryview))
        src = sp_call1(vm, (sp_val)vm->t.bytes, src);
    sp_cbytes text;
    if (sp_is_str(src))
        text = sp_str_bytes(src);
    else if (sp_is_bytes(src) || (sp_is_ptr(src) && src->type->def->layout == SP_LAYOUT_BYTEARRAY))
        text = sp_bytes_data(src);
    else
        sp_raise_fmt(vm, vm->e.TypeError, "%s", what);
    for (size_t i = 0; i < text.len; i++)
        if (sp_cbytes_get(text, i) == 0)
            sp_raise_fmt(vm, vm->e.ValueError, "source code string cannot contain null bytes");
    if (mode == SP_MODE_EVAL) {
        size_t s = 0;
        while (s < text.len && (sp_cbytes_get(text, s) == ' ' || sp_cbytes_get(text, s) == '\t'))
            s++;
        text = sp_cbytes_from(text, s);
    }
    if (!sp_is_str(src))
        check_utf8(vm, text, filename, mode);
    return sp_compile(vm, text, filename, mode);
}

/* exec(code, globals, locals, closure=cells): sp_eval_code with the free
 * variables' cells taken from the closure (checked by the caller). */
static sp_val eval_with_closure(sp_vm *vm, sp_val code, sp_val globals, sp_val locals, sp_val closure)
{
    sp_code_obj *co = sp_as_code(code);
    sp_frame_obj *f = sp_frame_new(vm, code, globals, sp_builtins_for(vm, globals), locals ? locals : globals, NULL);
    if (co->flags & SP_CO_OPTIMIZED)
        f->locals = NULL;
    sp_vals slots = sp_frame_slots(f);
    for (size_t i = 0; i < co->ncells; i++)
        sp_vals_set(slots, co->nlocals + i, sp_cell_new(vm, NULL));
    for (size_t i = 0; i < co->nfrees; i++)
        sp_vals_set(slots, co->nlocals + co->ncells + i, sp_tuple_get(closure, i));
    return sp_eval_frame(vm, f, NULL);
}

static bool is_mapping(sp_vm *vm, sp_val v)
{
    return sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__getitem__) != NULL;
}

/* eval(source, globals=None, locals=None, /) and
 * exec(source, globals=None, locals=None, /, *, closure=None), with
 * CPython's argument errors and its checks in its order. */
static sp_val run_with(sp_vm *vm, sp_vals args, sp_val kwnames, sp_compile_mode mode)
{
    size_t nkw = kwnames ? sp_tuple_len(kwnames) : 0;
    size_t np = args.len - nkw;
    sp_val closure = NULL;
    if (mode == SP_MODE_EVAL) {
        sp_no_kwargs(vm, "eval", kwnames);
        if (np == 0)
            sp_raise_fmt(vm, vm->e.TypeError, "eval expected at least 1 argument, got 0");
        if (np > 3)
            sp_raise_fmt(vm, vm->e.TypeError, "eval expected at most 3 arguments, got %zu", np);
    } else {
        if (args.len > 4)
            sp_raise_fmt(vm, vm->e.TypeError, "exec() takes at most 4 %sarguments (%zu given)", np == 0 ? "keyword " : "",
                         args.len);
        if (np > 3)
            sp_raise_fmt(vm, vm->e.TypeError, "exec() takes at most 3 positional arguments (%zu given)", np);
        if (np == 0)
            sp_raise_fmt(vm, vm->e.TypeError, "exec() takes at least 1 positional argument (0 given)");
        for (size_t i = 0; i < nkw; i++) {
            sp_val k = sp_tuple_get(kwnames, i);
            if (!sp_str_eq_cstr(k, "closure"))
                sp_raise_fmt(vm, vm->e.TypeError, "'%U' is an invalid keyword argument for exec()", k);
            closure = sp_vals_get(args, np + i);
        }
    }
    sp_val src = sp_vals_get(args, 0);
    sp_val globals = np > 1 ? sp_vals_get(args, 1) : NULL;
    sp_val locals = np > 2 ? sp_vals_get(args, 2) : NULL;
    if (globals == vm->None)
        globals = NULL;
    if (locals == vm->None)
        locals = NULL;
    if (mode == SP_MODE_EVAL) {
        if (locals != NULL && !is_mapping(vm, locals))
            sp_raise_fmt(vm, vm->e.TypeError, "locals must be a mapping");
        if (globals != NULL && !sp_is_dict(globals))
            sp_raise_fmt(vm, vm->e.TypeError, is_mapping(vm, globals)
                             ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
    } else {
        if (globals != NULL && !sp_is_dict(globals))
            sp_raise_fmt(vm, vm->e.TypeError, "exec() globals must be a dict, not %T", globals);
        if (locals != NULL && !is_mapping(vm, locals))
            sp_raise_fmt(vm, vm->e.TypeError, "locals must be a mapping or None, not %T", locals);
    }
    if (closure == vm->None)
        closure = NULL;
    bool is_code = sp_is_ptr(src) && src->type == vm->t.code;
    if (is_code) {
        size_t nfree = sp_as_code(src)->nfrees;
        if (mode == SP_MODE_EVAL && nfree > 0)
            sp_raise_fmt(vm, vm->e.TypeError, "code object passed to eval() may not contain free variables");
        if (nfree == 0 && closure != NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "cannot use a closure with this code object");
        if (nfree > 0) {
            bool ok = closure != NULL && sp_is_exact(vm, closure, vm->t.tuple) && sp_tuple_len(closure) == nfree;
            for (size_t i = 0; ok && i < nfree; i++) {
                sp_val c = sp_tuple_get(closure, i);
                ok = sp_is_ptr(c) && c->type == vm->t.cell;
            }
            if (!ok)
                sp_raise_fmt(vm, vm->e.TypeError, "code object requires a closure of exactly length %zu", nfree);
        }
    } else if (closure != NULL) {
        sp_raise_fmt(vm, vm->e.TypeError, "closure can only be used when source is a code object");
    }
    if (globals == NULL) {
        globals = sp_current_globals(vm);
        if (locals == NULL)
            locals = sp_current_locals(vm);
    } else if (locals == NULL) {
        locals = globals;
    }
    if (sp_dict_get_str(vm, globals, vm->n.__builtins__) == NULL)
        sp_dict_set(vm, globals, vm->n.__builtins__, vm->builtins_module ? vm->builtins_module : vm->builtins);
    sp_val code = source_code(vm, src, sp_intern_cstr(vm, "<string>"), mode,
                              mode == SP_MODE_EVAL ? "eval() arg 1 must be a string, bytes or code object"
                                                   : "exec() arg 1 must be a string, bytes or code object");
    sp_val r;
    if (sp_as_code(code)->flags & SP_CO_OPTIMIZED) {
        /* A function's code (taken from f.__code__ or co_consts) runs as
         * CPython runs it: as a call of a fresh function with no
         * arguments, so missing parameters raise TypeError and a
         * generator or coroutine code makes a generator or coroutine
         * instead of running its YIELD_VALUE in a plain frame. */
        sp_val fn = sp_function_new(vm, code, globals, NULL);
        sp_as_function(fn)->closure = closure;
        r = sp_function_call(vm, fn, SP_NOVALS, NULL);
    } else {
        r = closure != NULL ? eval_with_closure(vm, code, globals, locals, closure)
                            : sp_eval_code(vm, code, globals, locals);
    }
    return mode == SP_MODE_EVAL ? r : vm->None;
}

static sp_val bi_exec(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return run_with(vm, args, kwnames, SP_MODE_EXEC);
}

static sp_val bi_eval(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return run_with(vm, args, kwnames, SP_MODE_EVAL);
}

/* The compile() flags CPython accepts: the __future__ feature bits
 * (0x20000-0x1000000), the PyCF_* bits a program may pass (ONLY_AST,
 * TYPE_COMMENTS, ALLOW_TOP_LEVEL_AWAIT, DONT_IMPLY_DEDENT,
 * ALLOW_INCOMPLETE_INPUT) and the obsolete CO_NESTED. */
#define COMPILE_FLAGS_OK (0x1fe0000L | 0x7600L | 0x10L)

static int64_t int_arg(sp_vm *vm, sp_val v)
{
    if (sp_is_float(v))
        sp_raise_fmt(vm, vm->e.TypeError, "'float' object cannot be interpreted as an integer");
    return sp_int_as_i64(vm, sp_index(vm, v));
}

static sp_val bi_compile(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kwlist[] = { "source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                          "_feature_version", NULL };
    sp_val out[7] = { NULL, NULL, NULL, NULL, NULL, NULL, NULL };
    sp_parse_args(vm, "compile", args, kwnames, kwlist, 3, SP_VALS(out));
    sp_val filename = sp_vals_get(SP_VALS(out), 1);
    sp_val mode = sp_vals_get(SP_VALS(out), 2);
    sp_val flags = sp_vals_get(SP_VALS(out), 3);
    sp_val dont_inherit = sp_vals_get(SP_VALS(out), 4);
    sp_val optimize = sp_vals_get(SP_VALS(out), 5);
    /* Arguments convert in order: filename, mode, then the integers. */
    if (sp_is_ptr(filename) && filename->type->def->layout == SP_LAYOUT_BYTEARRAY)
        filename = sp_call1(vm, (sp_val)vm->t.bytes, filename);
    filename = sp_io_fspath(vm, filename);
    if (sp_is_str(filename) && sp_cbytes_findbyte(sp_str_bytes(filename), 0, 0) >= 0)
        sp_raise_fmt(vm, vm->e.ValueError, "embedded null character");
    if (!sp_is_str(mode))
        sp_raise_fmt(vm, vm->e.TypeError, "compile() argument 'mode' must be str, not %T", mode);
    int64_t fl = flags != NULL ? int_arg(vm, flags) : 0;
    if (dont_inherit != NULL)
        int_arg(vm, dont_inherit);
    int64_t opt = optimize != NULL ? int_arg(vm, optimize) : -1;
    /* All three are C ints in CPython. */
    if (fl > INT32_MAX || fl < INT32_MIN || opt > INT32_MAX || opt < INT32_MIN)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C int");
    if (fl & ~COMPILE_FLAGS_OK)
        sp_raise_fmt(vm, vm->e.ValueError, "compile(): unrecognised flags");
    if (opt < -1 || opt > 2)
        sp_raise_fmt(vm, vm->e.ValueError, "compile(): invalid optimize value");
    /* PyCF_ONLY_AST: there is no _ast module to build the tree with; a
     * code object in its place would be a silent wrong answer. */
    if (fl & 0x400)
        sp_raise_fmt(vm, vm->e.ValueError, "compile(): PyCF_ONLY_AST is not supported (there is no _ast module)");
    sp_compile_mode m;
    if (sp_str_eq_cstr(mode, "exec"))
        m = SP_MODE_EXEC;
    else if (sp_str_eq_cstr(mode, "eval"))
        m = SP_MODE_EVAL;
    else if (sp_str_eq_cstr(mode, "single"))
        m = SP_MODE_SINGLE;
    else if (sp_str_eq_cstr(mode, "func_type"))
        sp_raise_fmt(vm, vm->e.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    else
        sp_raise_fmt(vm, vm->e.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return source_code(vm, sp_vals_get(SP_VALS(out), 0), filename, m,
                       "compile() arg 1 must be a string, bytes or AST object");
}

const sp_methoddef sp_builtins_vm[] = {
    { "__build_class__", build_class, 0, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class" },
    { "globals", bi_globals, 0, "Return the dictionary containing the current scope's global variables." },
    { "locals", bi_locals, 0, "Return a dictionary containing the current scope's local variables." },
    { "exec", bi_exec, 0, "Execute the given source in the context of globals and locals." },
    { "eval", bi_eval, 0, "Evaluate the given source in the context of globals and locals." },
    { "compile", bi_compile, 0, "Compile source into a code object that can be executed by exec() or eval()." },
    { NULL, NULL, 0, NULL },
};

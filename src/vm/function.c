/* Python function objects and cells. */
#include <stdio.h>
#include "code.h"

sp_val sp_builtins_for(sp_vm *vm, sp_val globals)
{
    if (sp_is_dict(globals)) {
        sp_val b = sp_dict_get_str(vm, globals, vm->n.__builtins__);
        if (b != NULL) {
            if (sp_is_dict(b))
                return b;
            if (sp_is_module(b))
                return sp_module_dict(b);
        }
    }
    return vm->builtins;
}

sp_val sp_function_new(sp_vm *vm, sp_val code, sp_val globals, sp_val qualname)
{
    sp_code_obj *co = sp_as_code(code);
    sp_function_obj *fn = (sp_function_obj *)sp_alloc(vm, vm->t.function, sizeof(sp_function_obj));
    fn->code = code;
    fn->globals = globals;
    fn->builtins = sp_builtins_for(vm, globals);
    fn->name = co->name;
    fn->qualname = qualname ? qualname : co->qualname;
    fn->module = sp_is_dict(globals) ? sp_dict_get_str(vm, globals, vm->n.__name__) : NULL;
    /* The compiler makes the docstring (or None) a function's first constant. */
    fn->doc = NULL;
    if (sp_tuple_len((sp_val)co->consts) > 0 && sp_is_str(sp_tuple_get((sp_val)co->consts, 0)))
        fn->doc = sp_tuple_get((sp_val)co->consts, 0);
    return (sp_val)fn;
}

bool sp_is_function(sp_vm *vm, sp_val v)
{
    return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_FUNCTION;
}

sp_val sp_function_call(sp_vm *vm, sp_val func, sp_vals args, sp_val kwnames)
{
    sp_check_stack(vm);
    sp_frame_obj *f = sp_function_frame(vm, func, args, kwnames);
    sp_code_obj *co = sp_as_code(f->code);
    if (co->flags & (SP_CO_GENERATOR | SP_CO_COROUTINE | SP_CO_ASYNC_GENERATOR))
        return sp_gen_new(vm, f, func);
    sp_val r = sp_eval_frame(vm, f, NULL);
    /* Returned normally: unless something handed it to Python, the
     * frame is garbage only this function knows about (sp_frame_release). */
    f->entry = 0;
    f->pooled = 1;
    sp_frame_release(vm, f);
    return r;
}

sp_val sp_cell_new(sp_vm *vm, sp_val value)
{
    sp_cell_obj *c = (sp_cell_obj *)sp_alloc(vm, vm->t.cell, sizeof(sp_cell_obj));
    c->value = value;
    return (sp_val)c;
}

/* ---- function type ------------------------------------------------------*/
static void function_trace(sp_heap *h, sp_obj *o)
{
    sp_function_obj *fn = (sp_function_obj *)o;
    sp_gc_mark(h, fn->dict);
    sp_gc_mark(h, fn->code);
    sp_gc_mark(h, fn->globals);
    sp_gc_mark(h, fn->builtins);
    sp_gc_mark(h, fn->name);
    sp_gc_mark(h, fn->qualname);
    sp_gc_mark(h, fn->module);
    sp_gc_mark(h, fn->doc);
    sp_gc_mark(h, fn->defaults);
    sp_gc_mark(h, fn->kwdefaults);
    sp_gc_mark(h, fn->closure);
    sp_gc_mark(h, fn->annotations);
}

static sp_function_obj *self_fn(sp_vm *vm, sp_val self)
{
    if (!sp_is_function(vm, self))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a 'function' object but received a '%T'", self);
    return (sp_function_obj *)self;
}

static sp_val function_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_function_obj *fn = self_fn(vm, sp_vals_get(args, 0));
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)fn);
    return sp_str_fmt(vm, "<function %U at %s>", fn->qualname, addr);
}

static sp_val function_call_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    self_fn(vm, self);
    return sp_function_call(vm, self, sp_vals_from(args, 1), kwnames);
}

static sp_val function_get(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    sp_val obj = args.len > 1 ? sp_vals_get(args, 1) : vm->None;
    if (obj == vm->None || obj == NULL)
        return self;
    return sp_method_new(vm, self, obj);
}

static const sp_methoddef function_methods[] = {
    { "__repr__", function_repr, 0, NULL },
    { "__call__", function_call_m, 0, NULL },
    { "__get__", function_get, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static sp_val or_none(sp_vm *vm, sp_val v) { return v ? v : vm->None; }

static sp_val fn_get_name(sp_vm *vm, sp_val self) { return self_fn(vm, self)->name; }
static void fn_set_name(sp_vm *vm, sp_val self, sp_val v)
{
    if (v == NULL || !sp_is_str(v))
        sp_raise_fmt(vm, vm->e.TypeError, "__name__ must be set to a string object");
    self_fn(vm, self)->name = v;
}
static sp_val fn_get_qualname(sp_vm *vm, sp_val self) { return self_fn(vm, self)->qualname; }
static void fn_set_qualname(sp_vm *vm, sp_val self, sp_val v)
{
    if (v == NULL || !sp_is_str(v))
        sp_raise_fmt(vm, vm->e.TypeError, "__qualname__ must be set to a string object");
    self_fn(vm, self)->qualname = v;
}
static sp_val fn_get_module(sp_vm *vm, sp_val self) { return or_none(vm, self_fn(vm, self)->module); }
static void fn_set_module(sp_vm *vm, sp_val self, sp_val v) { self_fn(vm, self)->module = v; }
static sp_val fn_get_doc(sp_vm *vm, sp_val self) { return or_none(vm, self_fn(vm, self)->doc); }
static void fn_set_doc(sp_vm *vm, sp_val self, sp_val v) { self_fn(vm, self)->doc = v; }
static sp_val fn_get_code(sp_vm *vm, sp_val self) { return self_fn(vm, self)->code; }
/* Any code object the compiler (or code.replace) made is valid on its own;
 * the function's one tie to it is the closure, one cell per free
 * variable, checked here as CPython does. */
static void fn_set_code(sp_vm *vm, sp_val self, sp_val v)
{
    if (v == NULL || !sp_is_ptr(v) || v->type != vm->t.code)
        sp_raise_fmt(vm, vm->e.TypeError, "__code__ must be set to a code object");
    sp_function_obj *fn = self_fn(vm, self);
    size_t nfree = sp_as_code(v)->nfrees, nclosure = fn->closure != NULL ? sp_tuple_len(fn->closure) : 0;
    if (nfree != nclosure)
        sp_raise_fmt(vm, vm->e.ValueError, "%U() requires a code object with %zu free vars, not %zu", fn->name,
                     nclosure, nfree);
    fn->code = v;
}
static sp_val fn_get_globals(sp_vm *vm, sp_val self) { return self_fn(vm, self)->globals; }
static sp_val fn_get_builtins(sp_vm *vm, sp_val self) { return self_fn(vm, self)->builtins; }
static sp_val fn_get_closure(sp_vm *vm, sp_val self) { return or_none(vm, self_fn(vm, self)->closure); }
static sp_val fn_get_defaults(sp_vm *vm, sp_val self) { return or_none(vm, self_fn(vm, self)->defaults); }
static void fn_set_defaults(sp_vm *vm, sp_val self, sp_val v)
{
    if (v == vm->None)
        v = NULL;
    if (v != NULL && !sp_is_tuple(v))
        sp_raise_fmt(vm, vm->e.TypeError, "__defaults__ must be set to a tuple object");
    self_fn(vm, self)->defaults = v;
}
static sp_val fn_get_kwdefaults(sp_vm *vm, sp_val self) { return or_none(vm, self_fn(vm, self)->kwdefaults); }
static void fn_set_kwdefaults(sp_vm *vm, sp_val self, sp_val v)
{
    if (v == vm->None)
        v = NULL;
    if (v != NULL && !sp_is_dict(v))
        sp_raise_fmt(vm, vm->e.TypeError, "__kwdefaults__ must be set to a dict object");
    self_fn(vm, self)->kwdefaults = v;
}
static sp_val fn_get_annotations(sp_vm *vm, sp_val self)
{
    sp_function_obj *fn = self_fn(vm, self);
    if (fn->annotations == NULL)
        fn->annotations = sp_dict_new(vm);
    return fn->annotations;
}
static void fn_set_annotations(sp_vm *vm, sp_val self, sp_val v)
{
    if (v == vm->None)
        v = NULL;
    if (v != NULL && !sp_is_dict(v))
        sp_raise_fmt(vm, vm->e.TypeError, "__annotations__ must be set to a dict object");
    self_fn(vm, self)->annotations = v;
}
static sp_val fn_get_dict(sp_vm *vm, sp_val self)
{
    sp_function_obj *fn = self_fn(vm, self);
    if (fn->dict == NULL)
        fn->dict = sp_dict_new(vm);
    return fn->dict;
}
static void fn_set_dict(sp_vm *vm, sp_val self, sp_val v)
{
    if (v == NULL || !sp_is_dict(v))
        sp_raise_fmt(vm, vm->e.TypeError, "__dict__ must be set to a dictionary, not a '%T'", v ? v : vm->None);
    self_fn(vm, self)->dict = v;
}

static const sp_getsetdef function_getsets[] = {
    { "__name__", fn_get_name, fn_set_name, NULL },
    { "__qualname__", fn_get_qualname, fn_set_qualname, NULL },
    { "__module__", fn_get_module, fn_set_module, NULL },
    { "__doc__", fn_get_doc, fn_set_doc, NULL },
    { "__code__", fn_get_code, fn_set_code, NULL },
    { "__globals__", fn_get_globals, NULL, NULL },
    { "__builtins__", fn_get_builtins, NULL, NULL },
    { "__closure__", fn_get_closure, NULL, NULL },
    { "__defaults__", fn_get_defaults, fn_set_defaults, NULL },
    { "__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults, NULL },
    { "__annotations__", fn_get_annotations, fn_set_annotations, NULL },
    { "__dict__", fn_get_dict, fn_set_dict, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_function_def = {
    .name = "function",
    .layout = SP_LAYOUT_FUNCTION,
    .size = sizeof(sp_function_obj),
    .trace = function_trace,
    .methods = function_methods,
    .getsets = function_getsets,
    .flags = SP_TF_HAS_DICT | SP_TF_NOINSTANCE,
};

/* ---- cell type ----------------------------------------------------------*/
static void cell_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((sp_cell_obj *)o)->value);
}

static sp_val cell_get_contents(sp_vm *vm, sp_val self)
{
    sp_cell_obj *c = sp_as_cell(self);
    if (c->value == NULL)
        sp_raise_fmt(vm, vm->e.ValueError, "Cell is empty");
    return c->value;
}

static void cell_set_contents(sp_vm *vm, sp_val self, sp_val v)
{
    sp_as_cell(self)->value = v;
}

static sp_val cell_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cell_obj *c = sp_as_cell(sp_vals_get(args, 0));
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)c);
    if (c->value == NULL)
        return sp_str_fmt(vm, "<cell at %s: empty>", addr);
    char addr2[32];
    snprintf(addr2, sizeof addr2, "%p", (void *)c->value);
    return sp_str_fmt(vm, "<cell at %s: %T object at %s>", addr, c->value, addr2);
}

static const sp_methoddef cell_methods[] = {
    { "__repr__", cell_repr, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef cell_getsets[] = {
    { "cell_contents", cell_get_contents, cell_set_contents, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_cell_def = {
    .name = "cell",
    .layout = SP_LAYOUT_CELL,
    .size = sizeof(sp_cell_obj),
    .trace = cell_trace,
    .methods = cell_methods,
    .getsets = cell_getsets,
    .flags = SP_TF_NOINSTANCE,
};

/* ---- argument binding -------------------------------------------------------
 * CPython's messages, with the function's __qualname__. */
static sp_val quoted_names(sp_vm *vm, sp_val names)
{
    size_t n = sp_list_len(names);
    if (n == 1)
        return sp_str_fmt(vm, "'%U'", sp_list_get(names, 0));
    if (n == 2)
        return sp_str_fmt(vm, "'%U' and '%U'", sp_list_get(names, 0), sp_list_get(names, 1));
    sp_val out = vm->empty_str;
    for (size_t i = 0; i < n; i++) {
        sp_val part = i + 1 == n ? sp_str_fmt(vm, "and '%U'", sp_list_get(names, i))
                                 : sp_str_fmt(vm, "'%U', ", sp_list_get(names, i));
        out = sp_str_concat(vm, out, part);
    }
    return out;
}

static _Noreturn void missing_args(sp_vm *vm, sp_function_obj *fn, sp_val names, bool kwonly)
{
    size_t n = sp_list_len(names);
    sp_raise_fmt(vm, vm->e.TypeError, "%U() missing %zu required %s argument%s: %U", fn->qualname, n,
                 kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", quoted_names(vm, names));
}

static _Noreturn void too_many_positional(sp_vm *vm, sp_function_obj *fn, sp_code_obj *co, size_t given,
                                          sp_vals slots)
{
    size_t ndef = fn->defaults ? sp_tuple_len(fn->defaults) : 0;
    size_t argc = co->argcount;
    size_t kwonly_given = 0;
    for (size_t i = argc; i < (size_t)argc + co->kwonlyargcount; i++)
        if (sp_vals_get(slots, i) != NULL)
            kwonly_given++;
    sp_val sig;
    bool plural;
    if (ndef > 0) {
        sig = sp_str_fmt(vm, "from %zu to %zu", argc - ndef, argc);
        plural = true;
    } else {
        sig = sp_str_fmt(vm, "%zu", argc);
        plural = argc != 1;
    }
    if (kwonly_given > 0)
        sp_raise_fmt(vm, vm->e.TypeError,
                     "%U() takes %U positional argument%s but %zu positional argument%s (and %zu keyword-only argument%s) were given",
                     fn->qualname, sig, plural ? "s" : "", given, given == 1 ? "" : "s", kwonly_given,
                     kwonly_given == 1 ? "" : "s");
    sp_raise_fmt(vm, vm->e.TypeError, "%U() takes %U positional argument%s but %zu %s given", fn->qualname, sig,
                 plural ? "s" : "", given, given == 1 ? "was" : "were");
}

sp_frame_obj *sp_function_frame(sp_vm *vm, sp_val func, sp_vals args, sp_val kwnames)
{
    sp_function_obj *fn = sp_as_function(func);
    sp_code_obj *co = sp_as_code(fn->code);
    sp_frame_obj *f = sp_frame_new(vm, fn->code, fn->globals, fn->builtins, NULL, func);
    sp_vals slots = sp_frame_slots(f);
    /* The common call: exactly the positional parameters, nothing else
     * to bind. */
    if (kwnames == NULL && args.len == co->argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (SP_CO_VARARGS | SP_CO_VARKEYWORDS))) {
        for (size_t i = 0; i < args.len; i++)
            sp_vals_set(slots, i, sp_vals_get(args, i));
        if (co->ncells == 0 && co->nfrees == 0)
            return f;
        return sp_frame_cells(vm, fn, co, f);
    }
    size_t nkw = kwnames ? sp_tuple_len(kwnames) : 0;
    if (nkw > args.len)
        sp_trap("sp_function_frame: more keywords than arguments");
    size_t npos = args.len - nkw;
    size_t argc = co->argcount, kwonly = co->kwonlyargcount;
    size_t total = argc + kwonly;
    bool has_varargs = (co->flags & SP_CO_VARARGS) != 0;
    sp_val kwdict = NULL;
    if (co->flags & SP_CO_VARKEYWORDS) {
        kwdict = sp_dict_new(vm);
        sp_vals_set(slots, total + (has_varargs ? 1 : 0), kwdict);
    }
    size_t m = npos < argc ? npos : argc;
    for (size_t i = 0; i < m; i++)
        sp_vals_set(slots, i, sp_vals_get(args, i));
    if (has_varargs) {
        sp_val rest = npos > argc ? sp_tuple_from(vm, sp_vals_sub(args, argc, npos - argc)) : vm->empty_tuple;
        sp_vals_set(slots, total, rest);
    }
    for (size_t k = 0; k < nkw; k++) {
        sp_val name = sp_tuple_get(kwnames, k);
        sp_val val = sp_vals_get(args, npos + k);
        size_t j;
        bool found = false;
        for (j = co->posonlyargcount; j < total; j++) {
            sp_val vn = sp_tuple_get(co->varnames, j);
            if (vn == name || sp_str_eq(vn, name)) {
                found = true;
                break;
            }
        }
        if (!found) {
            if (kwdict != NULL) {
                sp_dict_set(vm, kwdict, name, val);
                continue;
            }
            for (size_t p = 0; p < co->posonlyargcount; p++) {
                if (sp_str_eq(sp_tuple_get(co->varnames, p), name)) {
                    sp_raise_fmt(vm, vm->e.TypeError,
                                 "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                                 fn->qualname, name);
                }
            }
            sp_raise_fmt(vm, vm->e.TypeError, "%U() got an unexpected keyword argument '%U'", fn->qualname, name);
        }
        if (sp_vals_get(slots, j) != NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "%U() got multiple values for argument '%U'", fn->qualname, name);
        sp_vals_set(slots, j, val);
    }
    if (npos > argc && !has_varargs)
        too_many_positional(vm, fn, co, npos, slots);
    if (npos < argc) {
        size_t ndef = fn->defaults ? sp_tuple_len(fn->defaults) : 0;
        sp_val missing = NULL;
        for (size_t j = npos; j < argc; j++) {
            if (sp_vals_get(slots, j) != NULL)
                continue;
            if (j + ndef >= argc) {
                sp_vals_set(slots, j, sp_tuple_get(fn->defaults, j + ndef - argc));
            } else {
                if (missing == NULL)
                    missing = sp_list_new(vm, 0);
                sp_list_append(vm, missing, sp_tuple_get(co->varnames, j));
            }
        }
        if (missing != NULL)
            missing_args(vm, fn, missing, false);
    }
    if (kwonly > 0) {
        sp_val missing = NULL;
        for (size_t j = argc; j < total; j++) {
            if (sp_vals_get(slots, j) != NULL)
                continue;
            sp_val name = sp_tuple_get(co->varnames, j);
            sp_val d = fn->kwdefaults ? sp_dict_get(vm, fn->kwdefaults, name) : NULL;
            if (d != NULL) {
                sp_vals_set(slots, j, d);
            } else {
                if (missing == NULL)
                    missing = sp_list_new(vm, 0);
                sp_list_append(vm, missing, name);
            }
        }
        if (missing != NULL)
            missing_args(vm, fn, missing, true);
    }
    return sp_frame_cells(vm, fn, co, f);
}

/* Make the frame's cells (an argument captured by a closure starts in
 * its cell) and copy in the closure's. */
sp_frame_obj *sp_frame_cells(sp_vm *vm, sp_function_obj *fn, sp_code_obj *co, sp_frame_obj *f)
{
    sp_vals slots = sp_frame_slots(f);
    for (size_t i = 0; i < co->ncells; i++) {
        sp_val init = NULL;
        if (co->cell2arg != NULL) {
            int64_t a = sp_small_get(sp_tuple_get(co->cell2arg, i));
            if (a >= 0) {
                init = sp_vals_get(slots, (size_t)a);
                sp_vals_set(slots, (size_t)a, NULL);
            }
        }
        sp_vals_set(slots, co->nlocals + i, sp_cell_new(vm, init));
    }
    if (co->nfrees > 0) {
        if (fn->closure == NULL || sp_tuple_len(fn->closure) != co->nfrees)
            sp_raise_fmt(vm, vm->e.SystemError, "%U: closure mismatch", fn->qualname);
        for (size_t i = 0; i < co->nfrees; i++)
            sp_vals_set(slots, co->nlocals + co->ncells + i, sp_tuple_get(fn->closure, i));
    }
    return f;
}

/* _contextvars: ContextVar, Token, Context and copy_context (PEP 567), what
 * the stdlib's contextvars.py re-exports.
 *
 * A Context maps ContextVars to values.  CPython keeps the mapping in a
 * HAMT so that copy_context() is O(1); here it is a dict shared
 * copy-on-write: copy() hands the same dict to the new Context and marks
 * both as `shared`, and the first set() or reset() on a shared mapping
 * copies it first.  A dict that has been shared (a copy, a keys()/items()
 * view, an iterator) is never mutated again, so views and iterators are
 * snapshots, as CPython's are.  Keys are ContextVars, which hash and
 * compare by identity (the type can't be subclassed), so no Python code
 * runs inside the dict operations.
 *
 * The current context is vm->context (a root of the collector), NULL until
 * the first ContextVar operation needs one.  Context.run() saves it in the
 * entered Context's `prev`, and restores it however the call ends. */
#include "objects/cont.h"
#include "objects/dict.h"
#include "objects/typeobj.h"
#include "modules/modules.h"

typedef struct ctx_obj {
    sp_obj h;
    sp_val vars;         /* dict, or NULL: empty */
    sp_val prev;         /* while entered: the context run() replaced */
    bool entered;
    bool shared;         /* vars is shared: copy it before a change */
} ctx_obj;

typedef struct cvar_obj {
    sp_obj h;
    sp_val name;         /* str */
    sp_val dflt;         /* NULL: no default */
} cvar_obj;

typedef struct token_obj {
    sp_obj h;
    sp_val ctx, var;
    sp_val old;          /* NULL: Token.MISSING */
    bool used;
} token_obj;

static void ctx_trace(sp_heap *h, sp_obj *o)
{
    ctx_obj *c = (ctx_obj *)o;
    sp_gc_mark(h, c->vars);
    sp_gc_mark(h, c->prev);
}

static void cvar_trace(sp_heap *h, sp_obj *o)
{
    cvar_obj *v = (cvar_obj *)o;
    sp_gc_mark(h, v->name);
    sp_gc_mark(h, v->dflt);
}

static void token_trace(sp_heap *h, sp_obj *o)
{
    token_obj *t = (token_obj *)o;
    sp_gc_mark(h, t->ctx);
    sp_gc_mark(h, t->var);
    sp_gc_mark(h, t->old);
}

static ctx_obj *CTX(sp_val v) { return SP_CONT_AS(ctx_obj, v, sp_Context_def); }
static cvar_obj *CVAR(sp_val v) { return SP_CONT_AS(cvar_obj, v, sp_ContextVar_def); }
static token_obj *TOK(sp_val v) { return SP_CONT_AS(token_obj, v, sp_ContextToken_def); }

static bool is_cvar(sp_val v) { return sp_is_ptr(v) && v->type->def == &sp_ContextVar_def; }
static bool is_ctx(sp_val v) { return sp_is_ptr(v) && v->type->def == &sp_Context_def; }

static sp_val ctx_new(sp_vm *vm, sp_val vars)
{
    sp_val c = sp_alloc(vm, vm->t.Context, sizeof(ctx_obj));
    CTX(c)->vars = vars;
    return c;
}

/* The current context, made (empty) on first use as CPython does. */
static sp_val current_ctx(sp_vm *vm)
{
    if (vm->context == NULL)
        vm->context = ctx_new(vm, NULL);
    return vm->context;
}

/* A Context sharing c's mapping (copy_context(), Context.copy()). */
static sp_val ctx_copy(sp_vm *vm, sp_val c)
{
    sp_val r = ctx_new(vm, CTX(c)->vars);
    CTX(c)->shared = true;
    CTX(r)->shared = true;
    return r;
}

/* c's mapping, ready to be changed (copied first if shared). */
static sp_val ctx_vars_for_write(sp_vm *vm, sp_val c)
{
    ctx_obj *o = CTX(c);
    if (o->vars == NULL || o->shared) {
        sp_val d = o->vars == NULL ? sp_dict_new(vm) : sp_dict_copy(vm, o->vars);
        o = CTX(c);
        o->vars = d;
        o->shared = false;
    }
    return o->vars;
}

/* c's mapping for a view or iterator that outlives this call: from now on
 * it is never changed in place. */
static sp_val ctx_vars_snapshot(sp_vm *vm, sp_val c)
{
    if (CTX(c)->vars == NULL)
        CTX(c)->vars = sp_dict_new(vm);
    CTX(c)->shared = true;
    return CTX(c)->vars;
}

static sp_val ctx_lookup(sp_vm *vm, sp_val c, sp_val var)
{
    sp_val d = CTX(c)->vars;
    return d == NULL ? NULL : sp_dict_get(vm, d, var);
}

/* ---- ContextVar ------------------------------------------------------------*/

static sp_val cvar_self(sp_vals args)
{
    sp_val v = sp_vals_get(args, 0);
    CVAR(v);
    return v;
}

/* ContextVar(name, *, default=<missing>) */
static sp_val cvar_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    size_t nkw = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    size_t np = args.len - 1 - nkw;
    /* Checked in CPython's order: the count, the positional one, then
     * the keyword names. */
    if (np + nkw > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "ContextVar() takes at most 2 arguments (%zu given)", np + nkw);
    if (np > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "ContextVar() takes at most 1 positional argument (%zu given)", np);
    if (np == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "ContextVar() takes exactly 1 positional argument (0 given)");
    sp_val dflt = NULL;
    for (size_t i = 0; i < nkw; i++) {
        sp_val key = sp_tuple_get(kwnames, i);
        if (!sp_str_eq_cstr(key, "default"))
            sp_raise_fmt(vm, vm->e.TypeError, "'%U' is an invalid keyword argument for ContextVar()", key);
        dflt = sp_vals_get(args, 1 + np + i);
    }
    sp_val name = sp_vals_get(args, 1);
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "context variable name must be a str");
    sp_val v = sp_alloc(vm, vm->t.ContextVar, sizeof(cvar_obj));
    CVAR(v)->name = name;
    CVAR(v)->dflt = dflt;
    return v;
}

static sp_val cvar_get_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nargs(vm, args, kwnames, "ContextVar.get", 0, 1);
    sp_val var = cvar_self(args);
    if (vm->context != NULL) {
        sp_val v = ctx_lookup(vm, vm->context, var);
        if (v != NULL)
            return v;
    }
    if (args.len > 1)
        return sp_vals_get(args, 1);
    if (CVAR(var)->dflt != NULL)
        return CVAR(var)->dflt;
    sp_val a[1] = { var };
    sp_raise(vm, sp_exc_new(vm, vm->e.LookupError, SP_VALS(a)));
}

/* For C callers (_decimal_fast): is v a ContextVar? */
bool sp_is_contextvar(sp_val v) { return is_cvar(v); }

/* The current context's mapping (a dict), or NULL if it has none yet. */
sp_val sp_context_vars(sp_vm *vm) { return vm->context != NULL ? CTX(vm->context)->vars : NULL; }

/* var.get() without raising: its value in the current context, else its
 * default, else NULL.  hash is sp_hash(var) (identity: it never changes),
 * computed once by the caller. */
sp_val sp_contextvar_peek(sp_vm *vm, sp_val var, int64_t hash)
{
    sp_val d = vm->context != NULL ? CTX(vm->context)->vars : NULL;
    if (d != NULL) {
        sp_val v = sp_dict_get_hashed(vm, d, var, hash);
        if (v != NULL)
            return v;
    }
    return CVAR(var)->dflt;
}

static sp_val cvar_set_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val value = sp_cont_onearg(vm, args, kwnames, "ContextVar.set");
    sp_val var = cvar_self(args);
    sp_val c = current_ctx(vm);
    sp_val t = sp_alloc(vm, vm->t.ContextToken, sizeof(token_obj));
    sp_val d = ctx_vars_for_write(vm, c);
    TOK(t)->ctx = c;
    TOK(t)->var = var;
    TOK(t)->old = sp_dict_get(vm, d, var);
    sp_dict_set(vm, d, var, value);
    return t;
}

static sp_val cvar_reset_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val t = sp_cont_onearg(vm, args, kwnames, "ContextVar.reset");
    sp_val var = cvar_self(args);
    if (!sp_is_ptr(t) || t->type->def != &sp_ContextToken_def)
        sp_raise_fmt(vm, vm->e.TypeError, "expected an instance of Token, got %R", t);
    if (TOK(t)->used)
        sp_raise_fmt(vm, vm->e.RuntimeError, "%R has already been used once", t);
    if (TOK(t)->var != var)
        sp_raise_fmt(vm, vm->e.ValueError, "%R was created by a different ContextVar", t);
    if (TOK(t)->ctx != vm->context)
        sp_raise_fmt(vm, vm->e.ValueError, "%R was created in a different Context", t);
    sp_val d = ctx_vars_for_write(vm, vm->context);
    TOK(t)->used = true;
    if (TOK(t)->old == NULL)
        sp_dict_del(vm, d, var);
    else
        sp_dict_set(vm, d, var, TOK(t)->old);
    return vm->None;
}

static sp_val cvar_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val var = cvar_self(args);
    sp_val head = CVAR(var)->dflt == NULL
        ? sp_str_fmt(vm, "<ContextVar name=%R", CVAR(var)->name)
        : sp_str_fmt(vm, "<ContextVar name=%R default=%R", CVAR(var)->name, CVAR(var)->dflt);
    return sp_str_concat(vm, head, sp_obj_addr_repr(vm, " at ", var, ">"));
}

static sp_val cvar_name_get(sp_vm *vm, sp_val self) { return CVAR(self)->name; }

/* A read-only member in CPython. */
static void readonly_set(sp_vm *vm, sp_val self, sp_val v)
{
    sp_raise_fmt(vm, vm->e.AttributeError, "readonly attribute");
}

static const sp_methoddef cvar_methods[] = {
    { "__new__", cvar_new_m, SP_METH_STATIC, NULL },
    { "get", cvar_get_m, 0, NULL },
    { "set", cvar_set_m, 0, NULL },
    { "reset", cvar_reset_m, 0, NULL },
    { "__repr__", cvar_repr_m, 0, NULL },
    { "__class_getitem__", sp_cont_class_getitem, SP_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef cvar_getsets[] = {
    { "name", cvar_name_get, readonly_set, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_ContextVar_def = {
    .name = "_contextvars.ContextVar",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(cvar_obj),
    .trace = cvar_trace,
    .methods = cvar_methods,
    .getsets = cvar_getsets,
};

/* ---- Token ------------------------------------------------------------------*/

static sp_val token_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_raise_fmt(vm, vm->e.RuntimeError, "Tokens can only be created by ContextVars");
}

static sp_val token_missing(sp_vm *vm)
{
    sp_val m = sp_type_lookup(vm, vm->t.ContextToken, sp_intern_cstr(vm, "MISSING"));
    return m != NULL ? m : vm->None;
}

static sp_val token_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val t = sp_vals_get(args, 0);
    sp_val head = sp_str_fmt(vm, "<Token%s var=%R", TOK(t)->used ? " used" : "", TOK(t)->var);
    return sp_str_concat(vm, head, sp_obj_addr_repr(vm, " at ", t, ">"));
}

static sp_val token_var_get(sp_vm *vm, sp_val self) { return TOK(self)->var; }

static sp_val token_old_get(sp_vm *vm, sp_val self)
{
    sp_val old = TOK(self)->old;
    return old != NULL ? old : token_missing(vm);
}

static const sp_methoddef token_methods[] = {
    { "__new__", token_new_m, SP_METH_STATIC, NULL },
    { "__repr__", token_repr_m, 0, NULL },
    { "__class_getitem__", sp_cont_class_getitem, SP_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef token_getsets[] = {
    { "var", token_var_get, NULL, NULL },
    { "old_value", token_old_get, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_ContextToken_def = {
    .name = "_contextvars.Token",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(token_obj),
    .trace = token_trace,
    .methods = token_methods,
    .getsets = token_getsets,
};

static sp_val missing_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_str_from_cstr(vm, "<Token.MISSING>");
}

static const sp_methoddef missing_methods[] = {
    { "__repr__", missing_repr_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_ContextTokenMissing_def = {
    .name = "Token.MISSING",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_obj),
    .methods = missing_methods,
    .flags = SP_TF_NOINSTANCE,
};

/* ---- Context ----------------------------------------------------------------*/

static sp_val ctx_self(sp_vals args)
{
    sp_val c = sp_vals_get(args, 0);
    CTX(c);
    return c;
}

static void check_key(sp_vm *vm, sp_val key)
{
    if (!is_cvar(key))
        sp_raise_fmt(vm, vm->e.TypeError, "a ContextVar key was expected, got %R", key);
}

static sp_val ctx_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (args.len > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "Context() does not accept any arguments");
    return ctx_new(vm, NULL);
}

static sp_val ctx_getitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val key = sp_cont_onearg(vm, args, kwnames, "Context.__getitem__");
    sp_val c = ctx_self(args);
    check_key(vm, key);
    sp_val v = ctx_lookup(vm, c, key);
    if (v == NULL)
        sp_raise_key_error(vm, key);
    return v;
}

static sp_val ctx_contains_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val key = sp_cont_onearg(vm, args, kwnames, "Context.__contains__");
    sp_val c = ctx_self(args);
    check_key(vm, key);
    return sp_bool(vm, ctx_lookup(vm, c, key) != NULL);
}

static sp_val ctx_get_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nargs(vm, args, kwnames, "Context.get", 1, 2);
    sp_val c = ctx_self(args);
    sp_val key = sp_vals_get(args, 1);
    check_key(vm, key);
    sp_val v = ctx_lookup(vm, c, key);
    if (v != NULL)
        return v;
    return args.len > 2 ? sp_vals_get(args, 2) : vm->None;
}

static sp_val ctx_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val c = ctx_self(args);
    return sp_cont_size(vm, CTX(c)->vars == NULL ? 0 : sp_dict_len(CTX(c)->vars));
}

static sp_val ctx_iter_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_dict_iter_new(vm, ctx_vars_snapshot(vm, ctx_self(args)), SP_DV_KEYS, false);
}

static sp_val ctx_view(sp_vm *vm, sp_vals args, sp_val kwnames, const char *qual, sp_dv_kind kind)
{
    sp_cont_noargs(vm, args, kwnames, qual);
    return sp_dict_view_new(vm, ctx_vars_snapshot(vm, ctx_self(args)), kind);
}

static sp_val ctx_keys_m(sp_vm *vm, sp_vals a, sp_val k) { return ctx_view(vm, a, k, "Context.keys", SP_DV_KEYS); }
static sp_val ctx_values_m(sp_vm *vm, sp_vals a, sp_val k) { return ctx_view(vm, a, k, "Context.values", SP_DV_VALUES); }
static sp_val ctx_items_m(sp_vm *vm, sp_vals a, sp_val k) { return ctx_view(vm, a, k, "Context.items", SP_DV_ITEMS); }

static sp_val ctx_copy_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "Context.copy");
    return ctx_copy(vm, ctx_self(args));
}

static sp_val ctx_eq(sp_vm *vm, sp_vals args, sp_val kwnames, bool ne)
{
    sp_val a = ctx_self(args);
    sp_val b = sp_cont_onearg(vm, args, kwnames, ne ? "Context.__ne__" : "Context.__eq__");
    if (!is_ctx(b))
        return vm->NotImplemented;
    sp_val da = ctx_vars_snapshot(vm, a), db = ctx_vars_snapshot(vm, b);
    bool eq = da == db || sp_richcmp_bool(vm, da, db, SP_EQ);
    return sp_bool(vm, eq != ne);
}

static sp_val ctx_eq_m(sp_vm *vm, sp_vals a, sp_val k) { return ctx_eq(vm, a, k, false); }
static sp_val ctx_ne_m(sp_vm *vm, sp_vals a, sp_val k) { return ctx_eq(vm, a, k, true); }

struct run_call {
    sp_val fn;
    sp_vals args;
    sp_val kwnames;
};

static sp_val run_call_cb(sp_vm *vm, void *ud)
{
    struct run_call *rc = ud;
    return sp_call(vm, rc->fn, rc->args, rc->kwnames);
}

/* run(callable, *args, **kwargs): call it with self as the current
 * context, and put the previous one back however the call ends. */
static sp_val ctx_run_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val c = ctx_self(args);
    size_t nkw = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    if (args.len - nkw < 2)
        sp_raise_fmt(vm, vm->e.TypeError, "run() missing 1 required positional argument");
    if (CTX(c)->entered)
        sp_raise_fmt(vm, vm->e.RuntimeError, "cannot enter context: %R is already entered", c);
    struct run_call rc = { sp_vals_get(args, 1), sp_vals_from(args, 2), kwnames };
    CTX(c)->prev = vm->context;
    CTX(c)->entered = true;
    vm->context = c;
    sp_val exc;
    sp_val r = sp_pcall(vm, run_call_cb, &rc, &exc);
    vm->context = CTX(c)->prev;
    CTX(c)->prev = NULL;
    CTX(c)->entered = false;
    if (r == NULL)
        sp_raise(vm, exc);
    return r;
}

static const sp_methoddef ctx_methods[] = {
    { "__new__", ctx_new_m, SP_METH_STATIC, NULL },
    { "__getitem__", ctx_getitem_m, 0, NULL },
    { "__contains__", ctx_contains_m, 0, NULL },
    { "__len__", ctx_len_m, 0, NULL },
    { "__iter__", ctx_iter_m, 0, NULL },
    { "__eq__", ctx_eq_m, 0, NULL },
    { "__ne__", ctx_ne_m, 0, NULL },
    { "get", ctx_get_m, 0, NULL },
    { "keys", ctx_keys_m, 0, NULL },
    { "values", ctx_values_m, 0, NULL },
    { "items", ctx_items_m, 0, NULL },
    { "copy", ctx_copy_m, 0, NULL },
    { "run", ctx_run_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_Context_def = {
    .name = "_contextvars.Context",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(ctx_obj),
    .trace = ctx_trace,
    .methods = ctx_methods,
};

/* ---- the module -------------------------------------------------------------*/

static sp_val copy_context_fn(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nokw(vm, kwnames, "_contextvars.copy_context");
    if (args.len != 0)
        sp_raise_fmt(vm, vm->e.TypeError, "_contextvars.copy_context() takes no arguments (%zu given)", args.len);
    return ctx_copy(vm, current_ctx(vm));
}

static const sp_methoddef contextvars_functions[] = {
    { "copy_context", copy_context_fn, 0, NULL },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_contextvars(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_contextvars"));
    sp_module_add_methods(vm, m, contextvars_functions);
    sp_module_add(vm, m, "Context", (sp_val)vm->t.Context);
    sp_module_add(vm, m, "ContextVar", (sp_val)vm->t.ContextVar);
    sp_module_add(vm, m, "Token", (sp_val)vm->t.ContextToken);
    sp_type_set_attr_cstr(vm, vm->t.Context, "__hash__", vm->None);
    /* One Token.MISSING per interpreter, however often the module is made. */
    if (sp_type_lookup(vm, vm->t.ContextToken, sp_intern_cstr(vm, "MISSING")) == NULL)
        sp_type_set_attr_cstr(vm, vm->t.ContextToken, "MISSING",
                              sp_alloc(vm, vm->t.ContextTokenMissing, sizeof(sp_obj)));
    return m;
}

/* The interpreter loop.
 *
 * Python-to-Python calls push a heap frame and continue in the same C loop,
 * so recursion depth costs heap, not C stack.  A call from C into Python
 * (sp_function_call, generators resumed by C code) starts a nested loop
 * invocation whose "entry" frame returns to C.
 *
 * Errors: C code raises by longjmp.  sp_eval_frame installs the handler
 * and calls run(); after a jump it calls run() again with the exception,
 * which finds the handler in the current frame's exception table or pops
 * frames until one is found or the entry frame is left.  run() keeps its
 * state in locals and re-reads everything from vm->frame when (re)entered,
 * so no local of run() is read after a longjmp (nothing needs volatile).
 */
#include "code.h"
#include "../objects/dict.h"
#include "../objects/typeobj.h"
#include "../objects/cont.h"
#include "../objects/int.h"

#define AS_FN(v) ((sp_function_obj *)(v))
/* For the few accessors the loop needs on every call and return, which
 * the compiler would otherwise leave out of line in a function this size. */
#define SP_HOT_INLINE static inline __attribute__((always_inline))

/* SP_AS's check, forced inline: gcc's static estimate spreads the
 * dispatch over ~100 targets, finds every opcode body cold and leaves
 * SP_AS (and what uses it) out of line there. */
SP_HOT_INLINE sp_obj *hot_as(sp_val v, sp_layout layout, const char *what)
{
    if (__builtin_expect(sp_is_ptr(v) && v->type != NULL && v->type->layout_tag == (uint32_t)layout + 1, 1))
        return v;
    return sp_as_layout(v, layout, what);
}
#define HOT_AS(T, v, LAYOUT) ((T *)hot_as((v), (LAYOUT), #T))

SP_HOT_INLINE sp_vals hot_valarray(sp_val v)
{
    sp_valarray *a = HOT_AS(sp_valarray, v, SP_LAYOUT_VALARRAY);
    return sp_trailing_vals(a->items, a->cap);
}

/* A code object's constants and names: typed fields (code.h), so no
 * layout check.  (Debug builds check the arrays sp_dict_entries_ and
 * own_valarray read.) */
SP_HOT_INLINE sp_vals code_tuple(sp_tuple_obj *p)
{
    return sp_trailing_vals(p->items, p->len);
}

/* sp_dict_entry_if (dict.h) with the checks above, for the caches' hits. */
SP_HOT_INLINE sp_val dict_entry_hot(sp_val d, size_t n, sp_val key)
{
    sp_dict_obj *o = HOT_AS(sp_dict_obj, d, SP_LAYOUT_DICT);
    if (n >= o->nentries)
        return NULL;
    sp_vals e = sp_dict_entries_(o->entries);
    if (sp_vals_get(e, 2 * n) != key)
        return NULL;
    return sp_vals_get(e, 2 * n + 1);
}

/* sp_dict_entry_replace (dict.h) likewise. */
SP_HOT_INLINE bool dict_replace_hot(sp_val d, size_t n, sp_val key, sp_val value)
{
    sp_dict_obj *o = HOT_AS(sp_dict_obj, d, SP_LAYOUT_DICT);
    if (n >= o->nentries)
        return false;
    sp_vals e = sp_dict_entries_(o->entries);
    if (sp_vals_get(e, 2 * n) != key)
        return false;
    sp_vals_set(e, 2 * n + 1, value);
    return true;
}

/* Could dict d hold a key equal to the str `name`?  A dict compares a
 * key with the one looked up only when their hashes are equal (dict.c's
 * probes; a str's hash is a function of its value), so a dict whose hash
 * filter (dict.h, D6) lacks name's hash bits can't: two loads and a test
 * instead of a probe sequence.  Else (a key of that hash, or a false
 * positive of the filter) the lookup answers. */
SP_HOT_INLINE bool dict_may_hold(sp_vm *vm, sp_val d, sp_val name)
{
    sp_dict_obj *o = HOT_AS(sp_dict_obj, d, SP_LAYOUT_DICT);
    uint64_t bits = sp_dict_hash_bits(sp_str_hash(vm, name));
    if ((o->hbits & bits) != bits)
        return false;
    return sp_dict_get_str(vm, d, name) != NULL;
}

/* ---- helpers ------------------------------------------------------------------*/
void sp_eval_set_context(sp_vm *vm, sp_val exc)
{
    sp_val cur = vm->exc_info;
    if (cur == NULL || cur == exc || !sp_is_exc(exc) || !sp_is_exc(cur))
        return;
    /* Break a cycle: if exc is already in cur's context chain, cut it there. */
    sp_val o = cur;
    for (int guard = 0; guard < 100000; guard++) {
        sp_val ctx = sp_as_exc(o)->context;
        if (ctx == NULL)
            break;
        if (ctx == exc) {
            sp_as_exc(o)->context = NULL;
            break;
        }
        o = ctx;
    }
    sp_as_exc(exc)->context = cur;
}

void sp_traceback_add(sp_vm *vm, sp_val exc, sp_val frame)
{
    if (!sp_is_exc(exc))
        return;
    sp_frame_obj *f = sp_as_frame(vm, frame);
    /* Never raises: this runs on the loop's error path, and a MemoryError
     * here would come back to the same path and loop forever at the heap
     * cap.  Out of memory, the traceback misses its outer entries; after
     * one failure the exception's further entries are not even tried (each
     * try is a full collection: unwinding a million frames at the cap
     * would take hours). */
    if (exc == vm->tb_truncated)
        return;
    sp_traceback_obj *tb = (sp_traceback_obj *)sp_heap_alloc(vm->heap, vm->t.traceback, sizeof(sp_traceback_obj), 0);
    if (tb == NULL) {
        vm->tb_truncated = exc;
        return;
    }
    sp_frame_escape(vm, frame);
    tb->frame = frame;
    tb->lasti = (int32_t)f->lasti;
    tb->lineno = sp_frame_lineno(f);
    sp_exc_obj *e = sp_as_exc(exc);
    tb->next = e->traceback;
    e->traceback = (sp_val)tb;
}

typedef struct getitem_ud { sp_val m, key; } getitem_ud;

static sp_val getitem_cb(sp_vm *vm, void *ud)
{
    getitem_ud *g = ud;
    return sp_getitem(vm, g->m, g->key);
}

/* m[key] for a mapping, NULL on KeyError. */
static sp_val mapping_get(sp_vm *vm, sp_val m, sp_val key)
{
    if (sp_is_exact(vm, m, vm->t.dict))
        return sp_dict_get(vm, m, key);
    getitem_ud ud = { m, key };
    sp_val exc = NULL;
    sp_val r = sp_pcall(vm, getitem_cb, &ud, &exc);
    if (r == NULL) {
        if (sp_exc_matches(vm, exc, vm->e.KeyError))
            return NULL;
        sp_raise(vm, exc);
    }
    return r;
}

static void mapping_set(sp_vm *vm, sp_val m, sp_val key, sp_val v)
{
    if (sp_is_exact(vm, m, vm->t.dict))
        sp_dict_set(vm, m, key, v);
    else
        sp_setitem(vm, m, key, v);
}

static _Noreturn void name_error(sp_vm *vm, sp_val name)
{
    sp_val exc = sp_exc_new_msg(vm, vm->e.NameError, sp_str_fmt(vm, "name '%U' is not defined", name));
    sp_setattr(vm, exc, vm->n.name, name);
    sp_raise(vm, exc);
}

static _Noreturn void unbound_local(sp_vm *vm, sp_val name)
{
    sp_raise_fmt(vm, vm->e.UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
                 name);
}

static sp_val deref_name(sp_code_obj *co, uint32_t i)
{
    if (i < co->ncells)
        return sp_tuple_get(co->cellvars, i);
    return sp_tuple_get(co->freevars, i - co->ncells);
}

static _Noreturn void unbound_deref(sp_vm *vm, sp_code_obj *co, uint32_t i)
{
    if (i < co->ncells)
        unbound_local(vm, deref_name(co, i));
    sp_raise_fmt(vm, vm->e.NameError,
                 "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                 deref_name(co, i));
}

/* "f()" / "module.f()" as CPython's _PyObject_FunctionStr. */
sp_val sp_function_str(sp_vm *vm, sp_val func)
{
    sp_val qn = sp_getattr_opt(vm, func, vm->n.__qualname__);
    if (qn == NULL || !sp_is_str(qn))
        return sp_str_fmt(vm, "%T object", func);
    sp_val mod = sp_getattr_opt(vm, func, vm->n.__module__);
    if (mod != NULL && sp_is_str(mod) && !sp_str_eq_cstr(mod, "builtins"))
        return sp_str_fmt(vm, "%U.%U()", mod, qn);
    return sp_str_fmt(vm, "%U()", qn);
}

static bool is_iterable_type(sp_vm *vm, sp_val v)
{
    sp_type *t = sp_type_of(vm, v);
    return sp_type_lookup(vm, t, vm->n.__iter__) != NULL || sp_type_lookup(vm, t, vm->n.__getitem__) != NULL;
}

/* Push the items of seq (exactly n) onto the stack, first item on top. */
static uint32_t unpack_sequence(sp_vm *vm, sp_vals s, uint32_t sp, sp_val seq, uint32_t n)
{
    /* Exact tuples and lists: their items.  A subclass may have its own
     * __iter__, which the iteration below calls. */
    bool tup = sp_is_ptr(seq) && seq->type == vm->t.tuple;
    if (tup || (sp_is_ptr(seq) && seq->type == vm->t.list)) {
        sp_vals items = tup ? sp_tuple_items(seq) : sp_cont_list_items_hot(seq);
        if (items.len == n) {
            for (uint32_t i = n; i > 0; i--)
                sp_vals_set(s, sp++, sp_vals_get(items, i - 1));
            return sp;
        }
        if (items.len < n)
            sp_raise_fmt(vm, vm->e.ValueError, "not enough values to unpack (expected %d, got %zu)", (int)n, items.len);
        sp_raise_fmt(vm, vm->e.ValueError, "too many values to unpack (expected %d)", (int)n);
    }
    if (!is_iterable_type(vm, seq))
        sp_raise_fmt(vm, vm->e.TypeError, "cannot unpack non-iterable %T object", seq);
    sp_val it = sp_iter(vm, seq);
    sp_val tmp = sp_list_new(vm, n);
    for (uint32_t i = 0; i < n; i++) {
        sp_val v = sp_next(vm, it);
        if (v == NULL)
            sp_raise_fmt(vm, vm->e.ValueError, "not enough values to unpack (expected %d, got %d)", (int)n, (int)i);
        sp_list_append(vm, tmp, v);
    }
    if (sp_next(vm, it) != NULL)
        sp_raise_fmt(vm, vm->e.ValueError, "too many values to unpack (expected %d)", (int)n);
    for (uint32_t i = n; i > 0; i--)
        sp_vals_set(s, sp++, sp_list_get(tmp, i - 1));
    return sp;
}

static uint32_t unpack_ex(sp_vm *vm, sp_vals s, uint32_t sp, sp_val seq, uint32_t before, uint32_t after)
{
    if (sp_is_ptr(seq) && (seq->type == vm->t.list || seq->type == vm->t.tuple)) {
        /* An exact list or tuple: its items as they are (iterating it
         * runs no Python code, and neither does making the starred
         * list -- the heap does not move objects and finalizers wait
         * for a safe point -- so the span stays right), without the
         * copy that iteration would make. */
        sp_vals items = seq->type == vm->t.list ? sp_list_items(seq) : sp_tuple_items(seq);
        size_t len = items.len;
        if (len < (size_t)before + after)
            sp_raise_fmt(vm, vm->e.ValueError, "not enough values to unpack (expected at least %d, got %zu)",
                         (int)(before + after), len);
        sp_val mid = sp_list_from(vm, sp_vals_sub(items, before, len - before - after));
        for (uint32_t i = 0; i < after; i++)
            sp_vals_set(s, sp++, sp_vals_get(items, len - 1 - i));
        sp_vals_set(s, sp++, mid);
        for (uint32_t i = before; i > 0; i--)
            sp_vals_set(s, sp++, sp_vals_get(items, i - 1));
        return sp;
    }
    if (!is_iterable_type(vm, seq))
        sp_raise_fmt(vm, vm->e.TypeError, "cannot unpack non-iterable %T object", seq);
    sp_val all = sp_list_from_iter(vm, seq);
    if (all == seq)
        all = sp_list_from(vm, sp_list_items(seq));
    size_t len = sp_list_len(all);
    if (len < (size_t)before + after)
        sp_raise_fmt(vm, vm->e.ValueError, "not enough values to unpack (expected at least %d, got %zu)",
                     (int)(before + after), len);
    for (uint32_t i = 0; i < after; i++)
        sp_vals_set(s, sp++, sp_list_get(all, len - 1 - i));
    sp_val mid = sp_list_from(vm, sp_vals_sub(sp_list_items(all), before, len - before - after));
    sp_vals_set(s, sp++, mid);
    for (uint32_t i = before; i > 0; i--)
        sp_vals_set(s, sp++, sp_list_get(all, i - 1));
    return sp;
}

static bool exc_class_ok(sp_vm *vm, sp_val t)
{
    return sp_is_type(t) && sp_is_subtype(sp_as_type(t), vm->e.BaseException);
}

static bool exc_match(sp_vm *vm, sp_val exc, sp_val type)
{
    if (sp_is_tuple(type)) {
        sp_vals items = sp_tuple_items(type);
        for (size_t i = 0; i < items.len; i++)
            if (!exc_class_ok(vm, sp_vals_get(items, i)))
                sp_raise_fmt(vm, vm->e.TypeError, "catching classes that do not inherit from BaseException is not allowed");
        for (size_t i = 0; i < items.len; i++)
            if (sp_isinstance(vm, exc, sp_as_type(sp_vals_get(items, i))))
                return true;
        return false;
    }
    if (!exc_class_ok(vm, type))
        sp_raise_fmt(vm, vm->e.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return sp_isinstance(vm, exc, sp_as_type(type));
}

static bool is_eg_class(sp_vm *vm, sp_val t)
{
    return sp_is_type(t) && sp_is_subtype(sp_as_type(t), vm->e.BaseExceptionGroup);
}

/* except* T: split *rest into (match, rest). */
static sp_val eg_match(sp_vm *vm, sp_val *rest, sp_val type)
{
    bool bad = is_eg_class(vm, type);
    if (sp_is_tuple(type)) {
        sp_vals items = sp_tuple_items(type);
        for (size_t i = 0; i < items.len; i++)
            bad = bad || is_eg_class(vm, sp_vals_get(items, i));
    }
    if (bad)
        sp_raise_fmt(vm, vm->e.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    sp_val r = *rest;
    if (r == vm->None) {
        exc_match(vm, vm->None, type);
        return vm->None;
    }
    if (!sp_isinstance(vm, r, vm->e.BaseExceptionGroup)) {
        if (!exc_match(vm, r, type))
            return vm->None;
        sp_val lst = sp_tuple_new(vm, 1);
        sp_tuple_set(lst, 0, r);
        sp_type *egt = sp_isinstance(vm, r, vm->e.Exception) ? vm->e.ExceptionGroup : vm->e.BaseExceptionGroup;
        sp_val match = sp_call2(vm, (sp_val)egt, vm->empty_str, lst);
        sp_as_exc(match)->traceback = sp_as_exc(r)->traceback;
        *rest = vm->None;
        return match;
    }
    exc_match(vm, vm->None, type);
    sp_val pair = sp_call1(vm, sp_getattr_cstr(vm, r, "split"), type);
    sp_val m = sp_tuple_get(pair, 0);
    *rest = sp_tuple_get(pair, 1);
    return m;
}

/* The exception to re-raise after the except* clauses, or None
 * (excgroup.c). */
static sp_val prep_reraise_star(sp_vm *vm, sp_val orig, sp_val list)
{
    return sp_exc_prep_reraise_star(vm, orig, list);
}

/* The exception instance a raise statement means. */
static sp_val make_exception(sp_vm *vm, sp_val v)
{
    if (sp_is_type(v)) {
        if (!sp_is_subtype(sp_as_type(v), vm->e.BaseException))
            sp_raise_fmt(vm, vm->e.TypeError, "exceptions must derive from BaseException");
        sp_val e = sp_call0(vm, v);
        if (!sp_is_exc(e))
            sp_raise_fmt(vm, vm->e.TypeError, "calling %R should have returned an instance of BaseException, not %T", v, e);
        return e;
    }
    if (!sp_is_exc(v))
        sp_raise_fmt(vm, vm->e.TypeError, "exceptions must derive from BaseException");
    return v;
}

static sp_val format_value(sp_vm *vm, sp_val v, uint32_t flags, sp_val spec)
{
    switch (flags & 3) {
    case 1: v = sp_str(vm, v); break;
    case 2: v = sp_repr(vm, v); break;
    case 3: v = sp_ascii(vm, v); break;
    default: break;
    }
    if (spec == NULL && sp_is_exact(vm, v, vm->t.str))
        return v;
    return sp_format(vm, v, spec ? spec : vm->empty_str);
}

static sp_val build_map(sp_vm *vm, sp_vals kv)
{
    sp_val d = sp_dict_new(vm);
    for (size_t i = 0; i + 1 < kv.len; i += 2)
        sp_dict_set(vm, d, sp_vals_get(kv, i), sp_vals_get(kv, i + 1));
    return d;
}

static void dict_merge(sp_vm *vm, sp_val d, sp_val m, sp_val func)
{
    if (!sp_is_dict(m)) {
        sp_val keys_m = sp_getattr_opt(vm, m, vm->n.keys);
        if (keys_m == NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "%U argument after ** must be a mapping, not %T", sp_function_str(vm, func), m);
        sp_val keys = sp_list_from_iter(vm, sp_call0(vm, keys_m));
        for (size_t i = 0; i < sp_list_len(keys); i++) {
            sp_val k = sp_list_get(keys, i);
            if (!sp_is_str(k))
                sp_raise_fmt(vm, vm->e.TypeError, "keywords must be strings");
            if (sp_dict_get(vm, d, k) != NULL)
                sp_raise_fmt(vm, vm->e.TypeError, "%U got multiple values for keyword argument '%U'", sp_function_str(vm, func), k);
            sp_dict_set(vm, d, k, sp_getitem(vm, m, k));
        }
        return;
    }
    size_t pos = 0;
    sp_val k, v;
    while (sp_dict_next(m, &pos, &k, &v)) {
        if (!sp_is_str(k))
            sp_raise_fmt(vm, vm->e.TypeError, "keywords must be strings");
        if (sp_dict_get(vm, d, k) != NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "%U got multiple values for keyword argument '%U'", sp_function_str(vm, func), k);
        sp_dict_set(vm, d, k, v);
    }
}

static void dict_update(sp_vm *vm, sp_val d, sp_val m)
{
    if (!sp_is_dict(m) && sp_getattr_opt(vm, m, vm->n.keys) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object is not a mapping", m);
    sp_dict_update(vm, d, m);
}

static void list_extend(sp_vm *vm, sp_val list, sp_val it, sp_val func)
{
    if (!sp_is_tuple(it) && !sp_is_list(it) && !is_iterable_type(vm, it)) {
        if (func != NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "%U argument after * must be an iterable, not %T",
                         sp_function_str(vm, func), it);
        sp_raise_fmt(vm, vm->e.TypeError, "Value after * must be an iterable, not %T", it);
    }
    sp_list_extend(vm, list, it);
}

static void import_star(sp_vm *vm, sp_frame_obj *f, sp_val mod)
{
    sp_val dest = f->locals ? f->locals : f->globals;
    sp_val all = sp_getattr_opt(vm, mod, vm->n.__all__);
    if (all != NULL) {
        sp_val names = sp_list_from_iter(vm, all);
        for (size_t i = 0; i < sp_list_len(names); i++) {
            sp_val name = sp_list_get(names, i);
            if (!sp_is_str(name))
                sp_raise_fmt(vm, vm->e.TypeError, "Item in %U.__all__ must be str, not %T",
                             sp_getattr(vm, mod, vm->n.__name__), name);
            mapping_set(vm, dest, name, sp_getattr(vm, mod, name));
        }
        return;
    }
    sp_val d = sp_getattr_opt(vm, mod, vm->n.__dict__);
    if (d == NULL || !sp_is_dict(d))
        sp_raise_fmt(vm, vm->e.ImportError, "from-import-* object has no __dict__ and no __all__");
    size_t pos = 0;
    sp_val k, v;
    sp_val keys = sp_list_new(vm, 0), vals = sp_list_new(vm, 0);
    while (sp_dict_next(d, &pos, &k, &v)) {
        if (sp_is_str(k) && sp_str_bytes(k).len > 0 && sp_cbytes_get(sp_str_bytes(k), 0) == '_')
            continue;
        sp_list_append(vm, keys, k);
        sp_list_append(vm, vals, v);
    }
    for (size_t i = 0; i < sp_list_len(keys); i++)
        mapping_set(vm, dest, sp_list_get(keys, i), sp_list_get(vals, i));
}

static bool spec_initializing(sp_vm *vm, sp_val mod)
{
    sp_val spec = sp_getattr_opt(vm, mod, vm->n.__spec__);
    if (spec == NULL || spec == vm->None)
        return false;
    sp_val init = sp_getattr_opt(vm, spec, sp_intern_cstr(vm, "_initializing"));
    return init != NULL && sp_truthy(vm, init);
}

/* IMPORT_FROM: CPython's import_from, messages included. */
static sp_val import_from(sp_vm *vm, sp_val mod, sp_val name)
{
    sp_val v = sp_getattr_opt(vm, mod, name);
    if (v != NULL)
        return v;
    /* A submodule imported as a side effect may only be in sys.modules. */
    sp_val modname = sp_getattr_opt(vm, mod, vm->n.__name__);
    if (modname != NULL && !sp_is_str(modname))
        modname = NULL;
    if (modname != NULL && vm->modules != NULL) {
        sp_val full = sp_str_fmt(vm, "%U.%U", modname, name);
        v = sp_dict_get(vm, vm->modules, full);
        if (v != NULL)
            return v;
    }
    sp_val path = sp_is_module(mod) ? sp_getattr_opt(vm, mod, vm->n.__file__) : NULL;
    if (path != NULL && !sp_is_str(path))
        path = NULL;
    sp_val shown = modname ? modname : sp_str_from_cstr(vm, "<unknown module name>");
    bool init = spec_initializing(vm, mod);
    sp_val msg;
    if (path == NULL) {
        msg = init ? sp_str_fmt(vm, "cannot import name %R from partially initialized module %R (most likely due to a circular import)",
                                name, shown)
                   : sp_str_fmt(vm, "cannot import name %R from %R (unknown location)", name, shown);
    } else {
        msg = init ? sp_str_fmt(vm, "cannot import name %R from partially initialized module %R (most likely due to a circular import) (%U)",
                                name, shown, path)
                   : sp_str_fmt(vm, "cannot import name %R from %R (%U)", name, shown, path);
    }
    sp_val kwn = sp_tuple_pack2(vm, vm->n.name, vm->n.path);
    sp_val args[3] = { msg, modname ? modname : vm->None, path ? path : vm->None };
    sp_val exc = sp_call(vm, (sp_val)vm->e.ImportError, SP_VALS(args), kwn);
    sp_raise(vm, exc);
}

/* Bound __exit__ and the result of __enter__ (BEFORE_WITH). */
static sp_val lookup_special_bound(sp_vm *vm, sp_val obj, sp_val name)
{
    sp_val f = sp_type_lookup(vm, sp_type_of(vm, obj), name);
    if (f == NULL)
        return NULL;
    sp_val self = NULL;
    sp_val m = sp_lookup_method(vm, obj, name, &self);
    if (self != NULL)
        return sp_method_new(vm, m, self);
    return m;
}

static sp_val call_special0(sp_vm *vm, sp_val obj, sp_val name)
{
    sp_val self = NULL;
    sp_val m = sp_lookup_method(vm, obj, name, &self);
    if (self != NULL) {
        sp_val a[1] = { self };
        return sp_call(vm, m, SP_VALS(a), NULL);
    }
    return sp_call0(vm, m);
}

/* Iterator of an awaitable (GET_AWAITABLE). */
static sp_val get_awaitable(sp_vm *vm, sp_val v, uint32_t where)
{
    if (sp_is_coroutine(vm, v))
        return v;
    if (sp_is_generator(vm, v)) {
        sp_gen_obj *g = (sp_gen_obj *)v;
        if (g->code && (sp_as_code(g->code)->flags & SP_CO_ITERABLE_COROUTINE))
            return v;
    }
    sp_val aw = sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__await__);
    if (aw == NULL) {
        if (where == 1)
            sp_raise_fmt(vm, vm->e.TypeError,
                         "'async with' received an object from __aenter__ that does not implement __await__: %T", v);
        if (where == 2)
            sp_raise_fmt(vm, vm->e.TypeError,
                         "'async with' received an object from __aexit__ that does not implement __await__: %T", v);
        sp_raise_fmt(vm, vm->e.TypeError, "object %T can't be used in 'await' expression", v);
    }
    sp_val it = call_special0(vm, v, vm->n.__await__);
    if (sp_is_coroutine(vm, it))
        sp_raise_fmt(vm, vm->e.TypeError, "__await__() returned a coroutine");
    if (sp_type_lookup(vm, sp_type_of(vm, it), vm->n.__next__) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "__await__() returned non-iterator of type '%T'", it);
    return it;
}

typedef struct send_ud { sp_val recv, v; } send_ud;

static sp_val send_cb(sp_vm *vm, void *ud)
{
    send_ud *s = ud;
    if (s->v == vm->None) {
        sp_val self = NULL;
        sp_val m = sp_lookup_method(vm, s->recv, vm->n.__next__, &self);
        if (self != NULL) {
            sp_val a[1] = { self };
            return sp_call(vm, m, SP_VALS(a), NULL);
        }
        return sp_call0(vm, m);
    }
    sp_val self = NULL;
    sp_val m = sp_lookup_method(vm, s->recv, vm->n.send, &self);
    if (self != NULL) {
        sp_val a[2] = { self, s->v };
        return sp_call(vm, m, SP_VALS(a), NULL);
    }
    return sp_call1(vm, m, s->v);
}

/* SEND to a non-generator iterator: returns the yielded value, or NULL
 * and *result = the StopIteration value. */
static sp_val send_other(sp_vm *vm, sp_val recv, sp_val v, sp_val *result)
{
    send_ud ud = { recv, v };
    sp_val exc = NULL;
    sp_val r = sp_pcall(vm, send_cb, &ud, &exc);
    if (r != NULL)
        return r;
    if (sp_exc_matches(vm, exc, vm->e.StopIteration)) {
        sp_val val = sp_getattr_opt(vm, exc, vm->n.value);
        *result = val ? val : vm->None;
        return NULL;
    }
    sp_raise(vm, exc);
}

/* ---- calls ----------------------------------------------------------------------*/
static _Noreturn void recursion_error(sp_vm *vm)
{
    sp_raise_fmt(vm, vm->e.RecursionError, "maximum recursion depth exceeded");
}

SP_HOT_INLINE void push_frame_check(sp_vm *vm, sp_frame_obj *caller)
{
    if (caller->depth + 1 > vm->recursion_limit)
        recursion_error(vm);
}

/* ---- inline caches ----------------------------------------------------------------
 * A function's code object gets, the first time one of its LOAD_GLOBAL,
 * LOAD_ATTR, LOAD_METHOD, STORE_ATTR or CALL (of a class) instructions
 * resolves in a way worth remembering, a valarray of CACHE_W values per
 * instruction
 * (co->cache; module and class bodies run once and get none).  An entry
 * is never trusted: every use checks what it depends on and falls back to
 * the full lookup (which refills it) when anything differs.
 *
 *   [0] key   the globals dict / the object's type / the class called
 *             (identity)
 *   [1] aux   the builtins dict / the method found on the type / the
 *             class's __init__
 *   [2] kind  small int: CK_* | entry number << CK_BITS
 *   [3] ver   small int: the globals dict's version (a builtin found
 *             because globals lacked the name) / the type's version
 *
 * Dict entries are found again by number: entry i whose key is still the
 * very name object holds the name's current value (a dict has each key
 * once, and a deletion clears the entry's key; see dict.h), so a hit
 * needs neither a hash nor a probe.  A type's version changes whenever
 * the type or a class on its MRO changes, once sp_type_may_cache marked
 * them (type.c); caches are filled only then.  Versions are stored as
 * small ints, so one too large to be one is simply not cached.  The
 * loop itself does the hits (global_hit, attr_hit, method_hit,
 * store_hit, ctor_init's first lines); the functions named after the
 * instructions are the full paths, which refill. */
#define CACHE_W 4u
enum {
    CK_GLOBAL = 1,      /* LOAD_GLOBAL: the name (aux) is entry n of globals */
    CK_BUILTIN,         /* LOAD_GLOBAL: entry n of builtins, globals lacked it at version ver */
    CK_DICT_ATTR,       /* LOAD_ATTR: type(obj) has no attribute of the name (aux): obj.__dict__
                           (entry n first) */
    CK_MODULE_ATTR,     /* LOAD_ATTR on an exact module: entry n of its dict */
    CK_METHOD,          /* LOAD_METHOD: aux is a function / method descriptor on the type;
                           n the name's hash filter bits (METHOD_HBITS) */
    CK_DICT_STORE,      /* STORE_ATTR: no attribute of the name (aux) on the type: obj.__dict__ */
    CK_SLOT,            /* LOAD_ATTR / STORE_ATTR: a __slots__ member of the type: slot n */
    CK_INIT,            /* CALL of a class (key) whose metaclass is type, __new__ object's:
                           aux is its __init__, a plain Python function */
    CK_PROPERTY,        /* LOAD_ATTR: the type's attribute is an exact property (aux): the
                           loop pushes its fget's frame (property_hit) */
    CK_BINOP,           /* BINARY_OP (not in place) of an instance of a class (key) of the
                           plain object layout and one of the same class, an int or a
                           float: aux is its dunder, a plain Python function whose
                           frame the loop pushes (binop_hit) */
    CK_CLASS_ATTR,      /* LOAD_ATTR on an instance: the name is entry n of the dict of
                           class aux on its type's MRO, a plain value (plain_class_value),
                           unless the instance dict holds the name */
    CK_TYPE_ATTR,       /* LOAD_ATTR on a class (aux) whose metaclass is type (key): the
                           name is entry n of its own dict, a plain value or a function
                           (which C.f gives as it is); ver is aux's version */
};
#define CK_BITS 4

/* co->cache, co->poly and a site's extra ways: valarrays only this file
 * makes and stores (never NULL here). */
SP_HOT_INLINE sp_vals own_valarray(sp_val a)
{
    if (SP_DEBUG_CHECKS)
        hot_as(a, SP_LAYOUT_VALARRAY, "own_valarray");
    return sp_valarray_span((sp_valarray *)a);
}

/* The cache entry of instruction i, or an empty span (no caches). */
static inline sp_vals cache_entry(sp_code_obj *co, uint32_t i)
{
    if (co->cache == NULL)
        return SP_NOVALS;
    return sp_vals_sub(own_valarray(co->cache), (size_t)i * CACHE_W, CACHE_W);
}

/* All of co's caches (the loop keeps this span in a local, refreshed
 * after each slow path that may have made them), or an empty span. */
SP_HOT_INLINE sp_vals cache_span(sp_code_obj *co)
{
    if (co->cache == NULL)
        return SP_NOVALS;
    return own_valarray(co->cache);
}

/* The entry to fill for instruction i (allocating the code's caches). */
static sp_vals cache_fill(sp_vm *vm, sp_code_obj *co, uint32_t i)
{
    if (!(co->flags & SP_CO_OPTIMIZED))
        return SP_NOVALS;
    if (co->cache == NULL)
        co->cache = (sp_val)sp_valarray_new(vm, sp_size_mul_or_raise(vm, co->ncode, CACHE_W));
    return cache_entry(co, i);
}

/* Polymorphic sites.  The type-keyed caches (attributes, methods, class
 * calls) of a site that sees instances of several classes (a method of
 * a base class called on each subclass's instances) would refill on
 * nearly every execution with one entry.  Such a site gets POLY_WAYS
 * more entries (co->poly[i], made when its entry is first refilled for
 * another type): the entry in co->cache holds the type met last (a hit
 * in an extra way swaps the two), the extra ways the ones before it, the
 * least recently filled dropped. */
#define POLY_WAYS 3u

/* If an extra way of instruction i is keyed on `key`: swapped with the
 * code's own entry c0 (so a run of one type's instances hits there),
 * and c0 returned; else an empty span. */
static sp_vals poly_entry(sp_code_obj *co, uint32_t i, sp_val key, sp_vals c0)
{
    if (co->poly == NULL)
        return SP_NOVALS;
    sp_val w = sp_vals_get(own_valarray(co->poly), i);
    if (w == NULL)
        return SP_NOVALS;
    sp_vals ways = own_valarray(w);
    _Static_assert(POLY_WAYS == 3u && CACHE_W == 4u, "poly_entry is unrolled");
    size_t k;
    if (sp_vals_get(ways, 0) == key)
        k = 0;
    else if (sp_vals_get(ways, CACHE_W) == key)
        k = CACHE_W;
    else if (sp_vals_get(ways, 2 * CACHE_W) == key)
        k = 2 * CACHE_W;
    else
        return SP_NOVALS;
    sp_vals c = sp_vals_sub(ways, k, CACHE_W);
    c0 = sp_vals_sub(c0, 0, CACHE_W);
    sp_val t0 = sp_vals_get(c0, 0), t1 = sp_vals_get(c0, 1), t2 = sp_vals_get(c0, 2), t3 = sp_vals_get(c0, 3);
    sp_vals_set(c0, 0, sp_vals_get(c, 0));
    sp_vals_set(c0, 1, sp_vals_get(c, 1));
    sp_vals_set(c0, 2, sp_vals_get(c, 2));
    sp_vals_set(c0, 3, sp_vals_get(c, 3));
    sp_vals_set(c, 0, t0);
    sp_vals_set(c, 1, t1);
    sp_vals_set(c, 2, t2);
    sp_vals_set(c, 3, t3);
    return c0;
}

/* Instruction i's entry keyed on `key` (cache is co's caches), or an
 * empty span. */
SP_HOT_INLINE sp_vals key_entry(sp_vals cache, sp_code_obj *co, uint32_t i, sp_val key)
{
    if (cache.len == 0)
        return SP_NOVALS;
    sp_vals c = sp_vals_sub(cache, (size_t)i * CACHE_W, CACHE_W);
    if (sp_vals_get(c, 0) == key)
        return c;
    return poly_entry(co, i, key, c);
}

/* The entry to fill for instruction i with a type-keyed entry for
 * `key`: the one keyed on it already, or the code's own entry once what
 * it holds (another type's) moved to the extra ways. */
static sp_vals cache_fill_key(sp_vm *vm, sp_code_obj *co, uint32_t i, sp_val key)
{
    sp_vals c = cache_fill(vm, co, i);
    if (c.len == 0 || sp_vals_get(c, 0) == NULL || sp_vals_get(c, 0) == key)
        return c;
    sp_vals e = poly_entry(co, i, key, c);
    if (e.len != 0)
        return e;
    if (co->poly == NULL)
        co->poly = (sp_val)sp_valarray_new(vm, co->ncode);
    if (sp_vals_get(hot_valarray(co->poly), i) == NULL) {
        sp_val w = (sp_val)sp_valarray_new(vm, POLY_WAYS * CACHE_W);
        sp_vals_set(hot_valarray(co->poly), i, w);
    }
    sp_vals ways = hot_valarray(sp_vals_get(hot_valarray(co->poly), i));
    sp_vals_copy(sp_vals_sub(ways, CACHE_W, (POLY_WAYS - 1) * CACHE_W), sp_vals_sub(ways, 0, (POLY_WAYS - 1) * CACHE_W));
    sp_vals_copy(sp_vals_sub(ways, 0, CACHE_W), c);
    for (size_t k = 0; k < CACHE_W; k++)
        sp_vals_set(c, k, NULL);
    return c;
}

static void cache_set(sp_vals c, sp_val key, sp_val aux, int kind, size_t n, uint64_t ver)
{
    if (c.len != CACHE_W || n > ((size_t)1 << 40) || ver > ((uint64_t)1 << 60) || !sp_fits_small((int64_t)ver))
        return;
    sp_vals_set(c, 0, key);
    sp_vals_set(c, 1, aux);
    sp_vals_set(c, 2, sp_small((int64_t)kind | ((int64_t)n << CK_BITS)));
    sp_vals_set(c, 3, sp_small((int64_t)ver));
}

static inline int cache_kind(sp_vals c) { return (int)(sp_small_get(sp_vals_get(c, 2)) & ((1 << CK_BITS) - 1)); }
static inline size_t cache_n(sp_vals c) { return (size_t)(sp_small_get(sp_vals_get(c, 2)) >> CK_BITS); }
static inline uint64_t cache_ver(sp_vals c) { return (uint64_t)sp_small_get(sp_vals_get(c, 3)); }

/* Does entry c hold a `kind` entry for type tp at its current version? */
static inline bool cache_hit(sp_vals c, sp_type *tp, int kind)
{
    return c.len != 0 && sp_vals_get(c, 0) == (sp_val)tp && cache_kind(c) == kind && tp->version == cache_ver(c);
}

/* Entry number of `name` in d if its key is that very object, else -1. */
static sp_ssize dict_index_of(sp_vm *vm, sp_val d, sp_val name);

/* The same right after name was stored into d: a new key is d's last
 * entry (no probe needed), an existing one is looked up. */
static sp_ssize stored_index_of(sp_vm *vm, sp_val d, sp_val name)
{
    size_t n = sp_as_dict(d)->nentries;
    if (n > 0 && sp_dict_entry_if(d, n - 1, name) != NULL)
        return (sp_ssize)(n - 1);
    return dict_index_of(vm, d, name);
}

static sp_ssize dict_index_of(sp_vm *vm, sp_val d, sp_val name)
{
    sp_ssize n = sp_dict_find_index(vm, d, name);
    if (n < 0 || sp_dict_entry_if(d, (size_t)n, name) == NULL)
        return -1;
    return n;
}

/* LOAD_GLOBAL's hit, inline in the loop: the cached entry of globals
 * (a CK_GLOBAL entry holds the name as aux, so that this hit reads no
 * names tuple) or (globals still lacking the name) of builtins, else
 * NULL. */
SP_HOT_INLINE sp_val global_hit(sp_vals cache, uint32_t i, sp_frame_obj *f, sp_code_obj *co, uint32_t arg)
{
    if (cache.len == 0)
        return NULL;
    sp_vals c = sp_vals_sub(cache, (size_t)i * CACHE_W, CACHE_W);
    if (sp_vals_get(c, 0) != f->globals)
        return NULL;
    int k = cache_kind(c);
    if (k == CK_GLOBAL)
        return dict_entry_hot(f->globals, cache_n(c), sp_vals_get(c, 1));
    if (k == CK_BUILTIN && sp_vals_get(c, 1) == f->builtins &&
        HOT_AS(sp_dict_obj, f->globals, SP_LAYOUT_DICT)->version == cache_ver(c))
        return dict_entry_hot(f->builtins, cache_n(c), sp_vals_get(code_tuple(co->names), arg));
    return NULL;
}

static sp_val load_global(sp_vm *vm, sp_frame_obj *f, sp_code_obj *co, uint32_t i, sp_val name)
{
    sp_vals c = cache_entry(co, i);
    if (c.len != 0 && sp_vals_get(c, 0) == f->globals) {
        sp_val v = NULL;
        if (cache_kind(c) == CK_GLOBAL)
            v = sp_dict_entry_if(f->globals, cache_n(c), name);
        else if (cache_kind(c) == CK_BUILTIN && sp_vals_get(c, 1) == f->builtins &&
                 sp_as_dict(f->globals)->version == cache_ver(c))
            v = sp_dict_entry_if(f->builtins, cache_n(c), name);
        if (v != NULL)
            return v;
    }
    sp_val v = sp_dict_get_str(vm, f->globals, name);
    if (v != NULL) {
        sp_ssize n = dict_index_of(vm, f->globals, name);
        if (n >= 0)
            cache_set(cache_fill(vm, co, i), f->globals, name, CK_GLOBAL, (size_t)n, 0);
        return v;
    }
    v = sp_dict_get_str(vm, f->builtins, name);
    if (v == NULL)
        name_error(vm, name);
    if (sp_is_dict(f->globals) && sp_is_dict(f->builtins)) {
        sp_ssize n = dict_index_of(vm, f->builtins, name);
        if (n >= 0)
            cache_set(cache_fill(vm, co, i), f->globals, f->builtins, CK_BUILTIN, (size_t)n,
                      sp_as_dict(f->globals)->version);
    }
    return v;
}

/* May attribute lookups on instances of tp be cached?  Its
 * __getattribute__ is object's (or __setattr__, for stores), it has no
 * __getattr__, and its version tracks its MRO. */
static bool attr_cacheable(sp_vm *vm, sp_type *tp, uint32_t need)
{
    uint32_t fl = sp_type_slot_flags(vm, tp);
    return (fl & need) && !(fl & SP_SLOT_GETATTR) && sp_type_may_cache(tp);
}

/* The instance dict's value for name (entry hint n first), or NULL. */
static sp_val instance_dict_get(sp_vm *vm, sp_val obj, sp_val name, sp_vals c)
{
    sp_val d = sp_obj_peek_dict(vm, obj);
    if (d == NULL)
        return NULL;
    sp_val v = sp_dict_entry_if(d, cache_n(c), name);
    if (v != NULL)
        return v;
    v = sp_dict_get_str(vm, d, name);
    if (v != NULL) {
        sp_ssize n = dict_index_of(vm, d, name);
        if (n >= 0)
            sp_vals_set(c, 2, sp_small((int64_t)CK_DICT_ATTR | ((int64_t)n << CK_BITS)));
    }
    return v;
}

/* The slot number if type attribute `descr` is a __slots__ member that
 * instances of tp hold (member_descriptor's own check), else -1. */
static sp_ssize slot_member(sp_vm *vm, sp_type *tp, sp_val descr, sp_val name)
{
    if (descr == NULL || !sp_is_ptr(descr) || descr->type != vm->t.member_descriptor || name == vm->n.__dict__)
        return -1;
    sp_memberdescr_obj *md = (sp_memberdescr_obj *)descr;
    if (md->name != name || !sp_is_subtype(tp, md->owner) || md->index > ((size_t)1 << 40))
        return -1;
    return (sp_ssize)md->index;
}

/* May a class attribute v be cached as the value of a load: a value of
 * a built-in type (which no program can change) without __get__, so that
 * the load gives v itself as long as the classes don't change. */
static bool plain_class_value(sp_vm *vm, sp_val v)
{
    sp_type *vt = sp_type_of(vm, v);
    return !(vt->flags & SP_TF_HEAPTYPE) && sp_type_lookup(vm, vt, vm->n.__get__) == NULL;
}

/* The class on tp's MRO whose dict holds name, with its entry number in
 * *n, if that entry's key is name itself (interned, as the caches compare
 * keys by identity); NULL otherwise or if no class has it. */
static sp_type *attr_owner(sp_vm *vm, sp_type *tp, sp_val name, size_t *n)
{
    if (tp->mro == NULL || !sp_is_tuple(tp->mro))
        return NULL;
    sp_vals mro = sp_tuple_items(tp->mro);
    for (size_t j = 0; j < mro.len; j++) {
        sp_val t = sp_vals_get(mro, j);
        if (!sp_is_type(t) || !sp_is_dict(sp_as_type(t)->dict))
            return NULL;
        sp_val d = sp_as_type(t)->dict;
        sp_ssize k = sp_dict_find_index(vm, d, name);
        if (k >= 0) {
            if (sp_dict_entry_if(d, (size_t)k, name) == NULL)
                return NULL;
            *n = (size_t)k;
            return sp_as_type(t);
        }
    }
    return NULL;
}

/* After cls.name gave v (cls's metaclass is type): remember it for the
 * site (CK_TYPE_ATTR) if it is a plain value or a function in cls's own
 * dict and type itself has no attribute of the name. */
static void type_attr_fill(sp_vm *vm, sp_code_obj *co, uint32_t i, sp_type *cls, sp_val name, sp_val v)
{
    if (!sp_type_may_cache(cls) || !sp_is_dict(cls->dict) || sp_type_lookup(vm, vm->t.type, name) != NULL)
        return;
    sp_ssize n = dict_index_of(vm, cls->dict, name);
    if (n < 0 || sp_dict_entry_if(cls->dict, (size_t)n, name) != v)
        return;
    if (!(sp_is_ptr(v) && v->type == vm->t.function) && !plain_class_value(vm, v))
        return;
    uint64_t ver = cls->version;
    cache_set(cache_fill_key(vm, co, i, (sp_val)vm->t.type), (sp_val)vm->t.type, (sp_val)cls, CK_TYPE_ATTR,
              (size_t)n, ver);
}

static sp_val load_attr(sp_vm *vm, sp_code_obj *co, uint32_t i, sp_val obj, sp_val name)
{
    if (!sp_is_ptr(obj))
        return sp_getattr(vm, obj, name);
    sp_type *tp = obj->type;
    sp_vals c = key_entry(cache_span(co), co, i, (sp_val)tp);
    if (c.len != 0) {
        int k = cache_kind(c);
        if (k == CK_DICT_ATTR && tp->version == cache_ver(c)) {
            sp_val v = instance_dict_get(vm, obj, name, c);
            if (v != NULL)
                return v;
        } else if (k == CK_SLOT && tp->version == cache_ver(c)) {
            sp_val v = sp_obj_get_slot(vm, obj, cache_n(c));
            if (v != NULL)
                return v;
        } else if (k == CK_MODULE_ATTR) {
            sp_val d = sp_module_dict(obj);
            sp_val v = d != NULL ? sp_dict_entry_if(d, cache_n(c), name) : NULL;
            if (v != NULL)
                return v;
        } else if (k == CK_CLASS_ATTR && tp->version == cache_ver(c)) {
            /* The instance dict holds the name (attr_hit's filter said
             * maybe), else the class's entry. */
            sp_val d = sp_obj_peek_dict(vm, obj);
            sp_val v = d != NULL ? sp_dict_get_str(vm, d, name) : NULL;
            if (v == NULL)
                v = sp_dict_entry_if(sp_as_type(sp_vals_get(c, 1))->dict, cache_n(c), name);
            if (v != NULL)
                return v;
        }
    }
    if (tp == vm->t.module) {
        sp_val v = sp_getattr(vm, obj, name);
        sp_val d = sp_module_dict(obj);
        if (d != NULL && sp_type_lookup(vm, tp, name) == NULL) {
            sp_ssize n = dict_index_of(vm, d, name);
            if (n >= 0)
                cache_set(cache_fill_key(vm, co, i, (sp_val)tp), (sp_val)tp, NULL, CK_MODULE_ATTR, (size_t)n, 0);
        }
        return v;
    }
    if (tp == vm->t.type) {
        sp_val v = sp_getattr(vm, obj, name);
        type_attr_fill(vm, co, i, sp_as_type(obj), name, v);
        return v;
    }
    if (!attr_cacheable(vm, tp, SP_SLOT_GA_GENERIC))
        return sp_getattr(vm, obj, name);
    sp_val descr = sp_type_lookup(vm, tp, name);
    sp_ssize slot = slot_member(vm, tp, descr, name);
    if (slot >= 0)
        cache_set(cache_fill_key(vm, co, i, (sp_val)tp), (sp_val)tp, NULL, CK_SLOT, (size_t)slot, tp->version);
    else if (descr != NULL && plain_class_value(vm, descr)) {
        size_t n;
        sp_type *owner = attr_owner(vm, tp, name, &n);
        if (owner != NULL && sp_dict_entry_if(owner->dict, n, name) == descr) {
            uint64_t ver = tp->version;
            cache_set(cache_fill_key(vm, co, i, (sp_val)tp), (sp_val)tp, (sp_val)owner, CK_CLASS_ATTR, n, ver);
        }
    }
    /* A property (exact type: a subclass may override __get__) is a data
     * descriptor, so it wins over the instance dict: its fget is all a
     * later hit needs (property_hit reads it then, as property.__init__
     * may be called again). */
    if (sp_is_ptr(descr) && descr->type == vm->t.property) {
        uint64_t ver = tp->version;
        cache_set(cache_fill_key(vm, co, i, (sp_val)tp), (sp_val)tp, descr, CK_PROPERTY, 0, ver);
    }
    if (tp->dict_offset != 0 && descr == NULL) {
        uint64_t ver = tp->version;
        sp_vals e = cache_fill_key(vm, co, i, (sp_val)tp);
        cache_set(e, (sp_val)tp, name, CK_DICT_ATTR, 0, ver);
        if (e.len != 0) {
            sp_val v = instance_dict_get(vm, obj, name, e);
            if (v != NULL)
                return v;
        }
    }
    return sp_getattr(vm, obj, name);
}

/* The name of the LOAD_ATTR / LOAD_METHOD / STORE_ATTR word at pc (for
 * a pair, the paired word). */
SP_HOT_INLINE sp_val pair_name(sp_code_obj *co, sp_u32s code, uint32_t pc)
{
    return sp_vals_get(code_tuple(co->names), sp_instr_arg(sp_u32s_get(code, pc)));
}

/* The hits of the attribute caches, inline in the loop (the functions
 * below are the full paths, which refill).  Instruction i's entry if it
 * is keyed on obj's type, else an empty span. */
SP_HOT_INLINE sp_vals type_entry(sp_vals cache, sp_code_obj *co, uint32_t i, sp_val obj)
{
    if (!sp_is_ptr(obj))
        return SP_NOVALS;
    return key_entry(cache, co, i, (sp_val)obj->type);
}

/* May obj's instance dict hold name (so that it shadows what the type
 * gives)?  False without a dict; the dict's hash filter answers most
 * cases, the lookup the rest (dict_may_hold). */
SP_HOT_INLINE bool instance_may_hold(sp_vm *vm, sp_val obj, sp_val name)
{
    if (obj->type->dict_offset == 0)
        return false;
    sp_val d = sp_obj_peek_dict_hot(vm, obj);
    return d != NULL && dict_may_hold(vm, d, name);
}

/* A CK_METHOD entry's n: the two hash-filter bit numbers of its name
 * (dict.h, sp_dict_hash_bits), so that a hit tests the instance dict's
 * filter without reading the name and its hash. */
#define METHOD_HBITS(h) ((size_t)((uint64_t)(h) & 0xfffu))
SP_HOT_INLINE uint64_t method_hbits_mask(size_t n)
{
    return ((uint64_t)1 << (n & 63)) | ((uint64_t)1 << ((n >> 6) & 63));
}

/* LOAD_METHOD (the word at name_pc, whose argument is the name): the
 * function found on obj's type if no instance attribute shadows it, else
 * NULL.  The name is read only when the instance dict's hash filter
 * can't tell (instance_may_hold without its first steps). */
SP_HOT_INLINE sp_val method_hit(sp_vm *vm, sp_vals cache, sp_code_obj *co, uint32_t i, sp_val obj, sp_u32s code,
                                uint32_t name_pc)
{
    sp_vals c = type_entry(cache, co, i, obj);
    if (c.len == 0 || cache_kind(c) != CK_METHOD || obj->type->version != cache_ver(c))
        return NULL;
    if (obj->type->dict_offset != 0) {
        sp_val d = sp_obj_peek_dict_hot(vm, obj);
        if (d != NULL) {
            uint64_t bits = method_hbits_mask(cache_n(c));
            if ((HOT_AS(sp_dict_obj, d, SP_LAYOUT_DICT)->hbits & bits) == bits &&
                sp_dict_get_str(vm, d, pair_name(co, code, name_pc)) != NULL)
                return NULL;
        }
    }
    return sp_vals_get(c, 1);
}

/* attr_hit's less frequent kinds: entry c of kind k. */
SP_HOT_INLINE sp_val attr_hit_other(sp_vm *vm, sp_vals c, int k, sp_val obj, sp_val name)
{
    if (k == CK_TYPE_ATTR) {
        /* The key is obj's metaclass, type; aux the class itself.  A
         * type's dict is a dict, set when the type is made and never
         * replaced (type.c). */
        if (sp_vals_get(c, 1) != obj || ((sp_type *)obj)->version != cache_ver(c))
            return NULL;
        return dict_entry_hot(((sp_type *)obj)->dict, cache_n(c), name);
    }
    if (k == CK_MODULE_ATTR) {
        sp_val d = sp_module_dict(obj);
        return d != NULL ? dict_entry_hot(d, cache_n(c), name) : NULL;
    }
    if (k == CK_CLASS_ATTR && obj->type->version == cache_ver(c) && !instance_may_hold(vm, obj, name))
        return dict_entry_hot(((sp_type *)sp_vals_get(c, 1))->dict, cache_n(c), name);
    return NULL;
}

/* LOAD_ATTR (the word at name_pc, whose argument is the name): the
 * cached attribute's value (instance dict, slot, class or module), else
 * NULL.  The instance dict's and the slot's hits don't read the name (a
 * CK_DICT_ATTR entry holds it as aux). */
SP_HOT_INLINE sp_val attr_hit(sp_vm *vm, sp_vals cache, sp_code_obj *co, uint32_t i, sp_val obj, sp_u32s code,
                              uint32_t name_pc)
{
    sp_vals c = type_entry(cache, co, i, obj);
    if (c.len == 0)
        return NULL;
    int k = cache_kind(c);
    if (k == CK_DICT_ATTR) {
        if (obj->type->version != cache_ver(c))
            return NULL;
        sp_val d = sp_obj_peek_dict_hot(vm, obj);
        return d != NULL ? dict_entry_hot(d, cache_n(c), sp_vals_get(c, 1)) : NULL;
    }
    if (k == CK_SLOT)
        return obj->type->version == cache_ver(c) ? sp_obj_get_slot_hot(vm, obj, cache_n(c)) : NULL;
    return attr_hit_other(vm, c, k, obj, pair_name(co, code, name_pc));
}

/* Do fn's defaults give its last `missing` positional parameters?
 * (__defaults__ is a tuple or NULL: its setter checks.) */
SP_HOT_INLINE bool defaults_cover(sp_function_obj *fn, uint32_t missing)
{
    return fn->defaults != NULL && sp_tuple_len(fn->defaults) >= missing;
}

/* Slots [from, argcount) of a frame of fn get the defaults of those
 * parameters (defaults_cover said they exist). */
__attribute__((noinline, cold)) static void fill_defaults(sp_function_obj *fn, sp_vals slots, uint32_t from, uint32_t argcount)
{
    sp_vals d = sp_tuple_items(fn->defaults);
    size_t skip = d.len - (argcount - from);
    for (uint32_t i = from; i < argcount; i++)
        sp_vals_set(slots, i, sp_vals_get(d, skip + (i - from)));
}

/* A plain Python function (not a generator or coroutine): its frame can
 * be pushed. */
SP_HOT_INLINE bool pushable_function(sp_vm *vm, sp_val fn)
{
    return sp_is_ptr(fn) && fn->type == vm->t.function &&
           !(((sp_code_obj *)AS_FN(fn)->code)->flags & (SP_CO_GENERATOR | SP_CO_COROUTINE | SP_CO_ASYNC_GENERATOR));
}

/* LOAD_ATTR of a property whose getter is a plain Python function (not
 * a generator or coroutine): the getter, whose frame the loop pushes
 * with obj as its argument (what property.__get__ would call, without
 * the nested loop); else NULL. */
SP_HOT_INLINE sp_val property_hit(sp_vm *vm, sp_vals cache, sp_code_obj *co, uint32_t i, sp_val obj)
{
    sp_vals c = type_entry(cache, co, i, obj);
    if (c.len == 0 || cache_kind(c) != CK_PROPERTY || obj->type->version != cache_ver(c))
        return NULL;
    sp_val p = sp_vals_get(c, 1);
    if (!sp_is_ptr(p) || p->type != vm->t.property)   /* the exact type: the cast's check */
        return NULL;
    sp_val fget = ((sp_property_obj *)p)->fget;
    return pushable_function(vm, fget) ? fget : NULL;
}

/* The frame of a call of fn (a plain Python function, pushable_function)
 * with the positional arguments args (on the caller's stack, which the
 * caller then drops or keeps), for the loop to push in place of a nested
 * loop (property getters, binary operators' dunders): a spare frame when
 * the arguments are exactly its parameters, as CALL does, else the
 * general binding.  The caller links it (link_frame). */
SP_HOT_INLINE sp_frame_obj *dunder_frame(sp_vm *vm, sp_val fn, sp_vals args)
{
    sp_code_obj *nco = (sp_code_obj *)AS_FN(fn)->code;
    sp_frame_obj *nf = NULL;
    if (args.len == nco->argcount && nco->kwonlyargcount == 0 && !(nco->flags & (SP_CO_VARARGS | SP_CO_VARKEYWORDS)))
        nf = sp_frame_reuse(vm, nco, AS_FN(fn), fn);
    if (nf == NULL)
        return sp_function_frame(vm, fn, args, NULL);
    sp_vals dst = sp_frame_slots(nf);
    for (size_t i = 0; i < args.len; i++)
        sp_vals_set(dst, i, sp_vals_get(args, i));
    if (nco->ncells != 0 || nco->nfrees != 0)
        sp_frame_cells(vm, AS_FN(fn), nco, nf);
    return nf;
}

/* Make nf (dunder_frame's) the running frame above f, as CALL does;
 * ret_self as RETURN_VALUE reads it. */
SP_HOT_INLINE void link_frame(sp_vm *vm, sp_frame_obj *f, sp_frame_obj *nf, sp_val ret_self)
{
    nf->pooled = 1;
    nf->back = (sp_val)f;
    nf->depth = f->depth + 1;
    vm->depth = nf->depth;
    nf->ret_self = ret_self;
    vm->frame = (sp_val)nf;
}

/* The forward dunder of the binary operators binop_hit takes (NULL for
 * the others: their errors or special cases stay with sp_binary). */
static sp_val binop_dunder(sp_vm *vm, uint32_t op)
{
    switch (op) {
    case SP_OP_ADD: return vm->n.__add__;
    case SP_OP_SUB: return vm->n.__sub__;
    case SP_OP_MUL: return vm->n.__mul__;
    case SP_OP_TRUEDIV: return vm->n.__truediv__;
    default: return NULL;
    }
}

/* The in-place dunder of those operators. */
static sp_val binop_inplace_dunder(sp_vm *vm, uint32_t op)
{
    switch (op) {
    case SP_OP_ADD: return vm->n.__iadd__;
    case SP_OP_SUB: return vm->n.__isub__;
    case SP_OP_MUL: return vm->n.__imul__;
    case SP_OP_TRUEDIV: return vm->n.__itruediv__;
    default: return NULL;
    }
}

/* May binop_hit take a <op> b, a an instance of a heap class?  b is an
 * instance of the same class (no reflected method is tried for the same
 * type), or an exact int or float, whose reflected methods answer
 * NotImplemented for anything but ints and floats (a, of the plain object
 * layout, is neither). */
SP_HOT_INLINE bool binop_operands(sp_vm *vm, sp_val a, sp_val b)
{
    if (!sp_is_ptr(a) || !(a->type->flags & SP_TF_HEAPTYPE))
        return false;
    if (sp_is_small(b))
        return true;
    return sp_is_ptr(b) && (b->type == a->type || b->type == vm->t.float_ || b->type == vm->t.int_);
}

/* BINARY_OP a <op> b (arg < 32: op = arg & 15, in place if arg >= 16;
 * binop_operands): sp_binary would call a.__op__(b), then, on
 * NotImplemented, only b's reflected method that declines as well (none
 * for the same type), and raise its TypeError (binop_error: neither side
 * is a repeatable sequence, op is not **); sp_inplace the same when the
 * class has no __iop__.  The dunder to call: a Python function to push
 * a frame for (not in place: RETURN_VALUE's error names the plain
 * operator) or an exact method descriptor (binop_call_descr), else NULL
 * (and the cache refilled). */
static sp_val binop_hit(sp_vm *vm, sp_code_obj *co, uint32_t i, uint32_t arg, sp_val a, sp_val b)
{
    sp_type *tp = a->type;
    sp_vals c = key_entry(cache_span(co), co, i, (sp_val)tp);
    if (cache_hit(c, tp, CK_BINOP))
        return sp_vals_get(c, 1);
    if (!(tp->flags & SP_TF_HEAPTYPE) || tp->def->layout != SP_LAYOUT_OBJECT || !sp_type_may_cache(tp))
        return NULL;
    uint32_t op = arg & 15;
    sp_val name = binop_dunder(vm, op);
    if (name == NULL)
        return NULL;
    uint64_t ver = tp->version;
    sp_val fn = sp_type_lookup(vm, tp, name);
    bool descr = sp_is_ptr(fn) && fn->type == vm->t.method_descriptor;
    if (arg >= 16 ? !descr || sp_type_lookup(vm, tp, binop_inplace_dunder(vm, op)) != NULL
                  : !descr && !pushable_function(vm, fn))
        fn = NULL;
    cache_set(cache_fill_key(vm, co, i, (sp_val)tp), (sp_val)tp, fn, CK_BINOP, 0, ver);
    return fn;
}

/* a <op> b by binop_hit's method descriptor fn: its C function called
 * as call_descr would (fn was found on a's type, so a is an instance);
 * NotImplemented is the operator's TypeError, as binop_hit explains. */
__attribute__((noinline)) static sp_val binop_call_descr(sp_vm *vm, sp_val fn, sp_val a, sp_val b, uint32_t arg)
{
    sp_check_stack(vm);
    sp_val args[2] = { a, b };
    sp_val r = ((sp_methoddescr_obj *)fn)->def->fn(vm, SP_VALS(args), NULL);
    if (r == vm->NotImplemented) {
        sp_binop op = (sp_binop)(arg & 15);
        sp_raise_fmt(vm, vm->e.TypeError, "unsupported operand type(s) for %s: '%T' and '%T'",
                     arg >= 16 ? sp_inplace_symbol(op) : sp_binop_symbol(op), a, b);
    }
    return r;
}

/* STORE_ATTR (instruction i, its argument the name): true if done (an
 * existing instance dict entry or a slot).  A CK_DICT_STORE entry holds
 * the name as aux: only a new attribute reads it from the code. */
SP_HOT_INLINE bool store_hit(sp_vm *vm, sp_vals cache, sp_code_obj *co, uint32_t i, uint32_t arg, sp_val v,
                             sp_val obj)
{
    sp_vals c = type_entry(cache, co, i, obj);
    if (c.len == 0 || obj->type->version != cache_ver(c))
        return false;
    int k = cache_kind(c);
    if (k == CK_DICT_STORE) {
        sp_val d = sp_obj_peek_dict_hot(vm, obj);
        if (d == NULL) {
            /* The first store into a fresh instance: its dict, presized
             * by the class's attr_hint (runs no Python code). */
            d = sp_obj_get_dict(vm, obj);
            if (d == NULL)
                return false;
        }
        if (dict_replace_hot(d, cache_n(c), sp_vals_get(c, 1), v))
            return true;
        sp_val name = sp_vals_get(code_tuple(co->names), arg);
        /* A new attribute (`self.x = ...` in __init__): appended when the
         * dict's hash filter shows the name absent and the table has
         * room, as store_attr's sp_dict_set would, without its lookup;
         * the class's attr_hint learns the size as there. */
        int64_t h = sp_str_hash(vm, name);
        uint64_t bits = sp_dict_hash_bits(h);
        sp_dict_obj *o = HOT_AS(sp_dict_obj, d, SP_LAYOUT_DICT);
        if ((o->hbits & bits) == bits || !sp_dict_append_absent(d, name, h, v))
            return false;
        sp_type *tp = obj->type;
        if (o->used > tp->attr_hint && o->used <= SP_ATTR_HINT_MAX)
            tp->attr_hint = (uint32_t)o->used;
        return true;
    }
    if (k == CK_SLOT) {
        sp_obj_set_slot_hot(vm, obj, cache_n(c), v);
        return true;
    }
    return false;
}

/* CALL of a class: its __init__ if the call is object.__new__ then
 * __init__, a Python function the loop can push a frame for (what
 * sp_type_call does, without the nested loop), else NULL.  Cached per
 * site on the class and its version, which changes with any change to
 * the class or its MRO (a new __new__ or __init__ included); "not such
 * a class" is cached too (aux NULL). */
static sp_val ctor_init(sp_vm *vm, sp_vals cache, sp_code_obj *co, uint32_t i, sp_type *tp)
{
    if (!(tp->flags & SP_TF_HEAPTYPE) || (tp->flags & SP_TF_NOINSTANCE))
        return NULL;
    sp_vals c = key_entry(cache, co, i, (sp_val)tp);
    if (cache_hit(c, tp, CK_INIT))
        return sp_vals_get(c, 1);
    if (!sp_type_may_cache(tp))
        return NULL;
    uint64_t ver = tp->version;
    sp_val newf = sp_type_lookup(vm, tp, vm->n.__new__);
    sp_val initf = sp_type_lookup(vm, tp, vm->n.__init__);
    if (newf == NULL || !sp_is_object_new(vm, newf) || !sp_is_ptr(initf) || initf->type != vm->t.function ||
        (sp_as_code(AS_FN(initf)->code)->flags & (SP_CO_GENERATOR | SP_CO_COROUTINE | SP_CO_ASYNC_GENERATOR)))
        initf = NULL;
    cache_set(cache_fill_key(vm, co, i, (sp_val)tp), (sp_val)tp, initf, CK_INIT, 0, ver);
    return initf;
}

/* LOAD_METHOD: the callable and *self (NULL: the callable is bound). */
static sp_val load_method(sp_vm *vm, sp_code_obj *co, uint32_t i, sp_val obj, sp_val name, sp_val *self)
{
    if (sp_is_ptr(obj) && obj->type == vm->t.super) {
        sp_val m = sp_super_method(vm, obj, name, self);
        if (m != NULL)
            return m;
    }
    sp_val m = sp_lookup_method(vm, obj, name, self);
    if (*self == NULL || !sp_is_ptr(obj))
        return m;
    /* sp_lookup_method found m on the type (a function or a method
     * descriptor of a class obj is an instance of): remember it. */
    sp_type *tp = obj->type;
    if (sp_is_ptr(m) && (m->type == vm->t.function || m->type == vm->t.method_descriptor) &&
        attr_cacheable(vm, tp, SP_SLOT_GA_GENERIC) && sp_type_lookup(vm, tp, name) == m) {
        uint64_t ver = tp->version;
        cache_set(cache_fill_key(vm, co, i, (sp_val)tp), (sp_val)tp, m, CK_METHOD,
                  METHOD_HBITS(sp_str_hash(vm, name)), ver);
    }
    return m;
}

static void store_attr(sp_vm *vm, sp_code_obj *co, uint32_t i, sp_val obj, sp_val name, sp_val v)
{
    if (sp_is_ptr(obj)) {
        sp_type *tp = obj->type;
        sp_vals c = key_entry(cache_span(co), co, i, (sp_val)tp);
        if (cache_hit(c, tp, CK_SLOT)) {
            sp_obj_set_slot(vm, obj, cache_n(c), v);
            return;
        }
        if (cache_hit(c, tp, CK_DICT_STORE)) {
            /* The entry (the type, at this version, has no attribute of
             * the name and object's __setattr__, and name is interned)
             * says a store is the instance dict's d[name] = v, as
             * sp_generic_setattr would do it.  A new key -- the first
             * store into a fresh instance makes its dict, presized by the
             * class's attr_hint -- is appended, and the entry learns its
             * number. */
            sp_val d = sp_obj_peek_dict(vm, obj);
            if (d != NULL && sp_dict_entry_replace(d, cache_n(c), name, v))
                return;
            if (d == NULL)
                d = sp_obj_get_dict(vm, obj);
            if (d != NULL) {
                sp_dict_set(vm, d, name, v);
                sp_type_note_attrs(tp, d);
                sp_ssize m = stored_index_of(vm, d, name);
                if (m >= 0)
                    sp_vals_set(c, 2, sp_small((int64_t)CK_DICT_STORE | ((int64_t)m << CK_BITS)));
                return;
            }
        }
        if (attr_cacheable(vm, tp, SP_SLOT_SA_GENERIC)) {
            sp_ssize slot = slot_member(vm, tp, sp_type_lookup(vm, tp, name), name);
            if (slot >= 0) {
                uint64_t ver = tp->version;
                sp_setattr(vm, obj, name, v);
                cache_set(cache_fill_key(vm, co, i, (sp_val)tp), (sp_val)tp, NULL, CK_SLOT, (size_t)slot, ver);
                return;
            }
        }
        if (tp->dict_offset != 0 && sp_is_str(name) && sp_as_str(name)->interned &&
            attr_cacheable(vm, tp, SP_SLOT_SA_GENERIC) && sp_type_lookup(vm, tp, name) == NULL) {
            uint64_t ver = tp->version;
            sp_setattr(vm, obj, name, v);
            sp_val d = sp_obj_peek_dict(vm, obj);
            sp_ssize n = d != NULL ? stored_index_of(vm, d, name) : -1;
            if (n >= 0)
                cache_set(cache_fill_key(vm, co, i, (sp_val)tp), (sp_val)tp, name, CK_DICT_STORE, (size_t)n, ver);
            return;
        }
    }
    sp_setattr(vm, obj, name, v);
}

/* ---- the loop -------------------------------------------------------------------*/
/* The stale-slot rule: every value-stack slot at or above the stack
 * pointer is NULL.  Popping clears the slot, so frame_trace -- which marks
 * every slot of a frame, since the loop's `sp` is a C local that f->sp
 * only mirrors at some points -- never keeps alive a value the program
 * dropped.  Soundness does not rest on the clearing: tracing every slot is
 * a superset of the live ones whatever their contents; a missed clear
 * only delays a collection. */
static inline sp_val pop_slot(sp_vals s, uint32_t i)
{
    sp_val v = sp_vals_get(s, i);
    sp_vals_set(s, i, NULL);
    return v;
}

/* Lower the stack pointer from `sp` to `to`, clearing the slots between. */
static inline uint32_t drop_to(sp_vals s, uint32_t sp, uint32_t to)
{
    if (sp > to) {
        /* One bound check for the run (the loop's are then known true). */
        sp_vals d = sp_vals_sub(s, to, sp - to);
        for (size_t i = 0; i < d.len; i++)
            sp_vals_set(d, i, NULL);
    }
    return to;
}

/* Clear the value stack from `from` to the end of the frame (after an
 * exception, where the loop's own stack pointer is lost). */
static inline void clear_from(sp_vals s, uint32_t from)
{
    for (size_t i = from; i < s.len; i++)
        sp_vals_set(s, i, NULL);
}

/* Both exact floats, or an exact float and a small int: their values
 * (the casts follow the exact type check). */
SP_HOT_INLINE bool float_operands(sp_vm *vm, sp_val a, sp_val b, double *x, double *y)
{
    sp_type *ft = vm->t.float_;
    if (sp_is_ptr(a) && a->type == ft) {
        *x = ((sp_float_obj *)a)->value;
        if (sp_is_ptr(b) && b->type == ft)
            *y = ((sp_float_obj *)b)->value;
        else if (sp_is_small(b))
            *y = (double)sp_small_get(b);
        else
            return false;
        return true;
    }
    if (sp_is_small(a) && sp_is_ptr(b) && b->type == ft) {
        *x = (double)sp_small_get(a);
        *y = ((sp_float_obj *)b)->value;
        return true;
    }
    return false;
}

/* The largest magnitude up to which every int converts to a double
 * exactly (2**53). */
#define SP_EXACT_DOUBLE ((int64_t)1 << 53)

/* len(x) and isinstance(x, C) answered in CALL, without the call, where
 * no Python code can take part in the answer: len of an exact list,
 * tuple, str or dict; isinstance True when x's type is C (CPython's first
 * test too) or, for a class C whose metaclass is exactly type (whose
 * __instancecheck__ is type's), a subclass of it; and False there when x
 * is of one of the built-in types below, whose __class__ is object's, so
 * that type.__instancecheck__'s second look (x.__class__, which a proxy
 * may fake) finds type(x) again.  NULL: take the call (errors, keywords,
 * anything else). */
SP_HOT_INLINE sp_val builtin_inline(sp_vm *vm, sp_val callable, sp_vals args)
{
    sp_builtin_obj *b = (sp_builtin_obj *)callable;
    if (b->self != NULL)
        return NULL;
    sp_cfunc fn = b->def->fn;
    if (fn == sp_bi_len && args.len == 1) {
        sp_val o = sp_vals_get(args, 0);
        if (!sp_is_ptr(o))
            return NULL;
        sp_type *t = o->type;
        if (t == vm->t.list)
            return sp_small((int64_t)sp_list_len(o));
        if (t == vm->t.tuple)
            return sp_small((int64_t)sp_tuple_len(o));
        if (t == vm->t.str)
            return sp_small((int64_t)sp_str_len(o));
        if (t == vm->t.dict)
            return sp_small((int64_t)sp_dict_len(o));
        return NULL;
    }
    if (fn == sp_bi_isinstance && args.len == 2) {
        sp_type *t = sp_type_of(vm, sp_vals_get(args, 0));
        sp_val cls = sp_vals_get(args, 1);
        if ((sp_val)t == cls)
            return vm->True;
        if (!sp_is_ptr(cls) || cls->type != vm->t.type)
            return NULL;
        if (sp_is_subtype(t, (sp_type *)cls))
            return vm->True;
        if (t == vm->t.int_ || t == vm->t.str || t == vm->t.float_ || t == vm->t.list || t == vm->t.tuple ||
            t == vm->t.dict || t == vm->t.NoneType || t == vm->t.bool_)
            return vm->False;
    }
    return NULL;
}

/* CALL's answers without the call, out of line to keep the loop's CALL
 * small (each exit of its own there cost mandelbrot, which makes no such
 * call, 2% in register pressure): len and isinstance (builtin_inline);
 * l.append(x) of an exact list and d.get(k[, default]) of an exact
 * dict, what the methods do after checking their arguments (the lookup
 * may run a key's __eq__: the caller saved the frame); and super() in
 * a method, the super object made from the frame's first argument and
 * __class__ cell (what super.__init__ finds) without the type call.
 * NULL: take the call, with its errors.  No keywords. */
__attribute__((noinline)) static sp_val call_inline(sp_vm *vm, sp_val callable, sp_vals args)
{
    sp_type *t = callable->type;
    if (t == vm->t.builtin_function)
        return builtin_inline(vm, callable, args);
    if (t == vm->t.method_descriptor && args.len >= 2) {
        sp_cfunc mfn = ((sp_methoddescr_obj *)callable)->def->fn;
        sp_val o = sp_vals_get(args, 0);
        if (mfn == sp_list_append_m && args.len == 2 && sp_is_ptr(o) && o->type == vm->t.list) {
            sp_list_append(vm, o, sp_vals_get(args, 1));
            return vm->None;
        }
        if (mfn == sp_dict_get_m && args.len <= 3 && sp_is_ptr(o) && o->type == vm->t.dict) {
            sp_val v = sp_dict_get(vm, o, sp_vals_get(args, 1));
            return v != NULL ? v : args.len == 3 ? sp_vals_get(args, 2) : vm->None;
        }
        return NULL;
    }
    if (callable == (sp_val)vm->t.int_ && args.len == 1) {
        /* int(x) of a small int (itself) or an exact float (float's
         * __int__: truncation; inf and nan raise as there). */
        sp_val x = sp_vals_get(args, 0);
        if (sp_is_small(x))
            return x;
        if (sp_is_ptr(x) && x->type == vm->t.float_)
            return sp_int_from_double(vm, ((sp_float_obj *)x)->value);
        return NULL;
    }
    if (callable == (sp_val)vm->t.float_ && args.len == 1) {
        /* float(x) of an exact float (itself, as in CPython) or a small
         * int (C's conversion rounds to nearest even, as int's does). */
        sp_val x = sp_vals_get(args, 0);
        if (sp_is_ptr(x) && x->type == vm->t.float_)
            return x;
        if (sp_is_small(x))
            return sp_float_new(vm, (double)sp_small_get(x));
        return NULL;
    }
    if (callable == (sp_val)vm->t.super && args.len == 0) {
        sp_val st = NULL, so = NULL;
        if (sp_frame_super_args(vm, &st, &so) == NULL)
            return sp_super_new(vm, (sp_type *)st, so);
    }
    return NULL;
}

#define PUSH(v) do { sp_val push_v_ = (v); sp_vals_set(s, sp, push_v_); sp++; } while (0)
#define POP() pop_slot(s, --sp)
#define DROP() sp_vals_set(s, --sp, NULL)
#define DROPN(n) (sp = drop_to(s, sp, sp - (n)))
#define TOP() sp_vals_get(s, sp - 1)
#define PEEK(n) sp_vals_get(s, sp - (n))
#define SET_TOP(v) sp_vals_set(s, sp - 1, (v))

/* x <op> y for a comparison opcode's argument (C's operators: for
 * doubles, a NaN compares unequal to everything, as float's do). */
#define CMP_OP(op, x, y)                                                                             \
    ((op) == SP_LT ? (x) < (y) : (op) == SP_LE ? (x) <= (y) : (op) == SP_EQ ? (x) == (y)           \
     : (op) == SP_NE ? (x) != (y) : (op) == SP_GT ? (x) > (y) : (x) >= (y))

/* The result r of COMPARE_OP's fast paths and of IS_OP.  When the next
 * instruction is a POP_JUMP_IF_FALSE or _TRUE (`if a < b:`, `while i <
 * n:`), its jump is decided here: no bool is pushed, and the jump is skipped
 * (it can't raise, and has no other effect).  Else r is pushed.  A
 * block, not do/while: DISPATCH() may be the switch's `break`. */
#define COMPARE_RESULT(r)                                                                            \
    {                                                                                                \
        uint32_t next_ = sp_u32s_get(code, pc);                                                      \
        unsigned nop_ = sp_instr_op(next_);                                                          \
        if (nop_ == SP_OP_POP_JUMP_IF_FALSE || nop_ == SP_OP_POP_JUMP_IF_TRUE) {                     \
            DROP();                                                                                  \
            if ((r) == (nop_ == SP_OP_POP_JUMP_IF_TRUE))                                             \
                JUMP_TO(sp_instr_arg(next_));                                                        \
            else                                                                                     \
                pc++;                                                                                \
            DISPATCH();                                                                              \
        }                                                                                            \
        SET_TOP(sp_bool(vm, (r)));                                                                   \
        DISPATCH();                                                                                  \
    }

#define LOAD_FRAME()                                                                                 \
    do {                                                                                             \
        code = sp_code_words(co);                                                                     \
        s = sp_frame_slots(f);                                                                       \
        pc = f->pc;                                                                                  \
        sp = f->sp;                                                                                  \
    } while (0)

/* The instruction word of UNPACK_SEQUENCE 2 (FOR_ITER's pair step). */
#define UNPACK_PAIR (((uint32_t)SP_OP_UNPACK_SEQUENCE) | (2u << 8))

/* A dead float (see run's float temporaries) kept for the next float
 * result: at most two, the second one replaced. */
#define FLOAT_SPARE(v)                                                                               \
    do {                                                                                             \
        if (fspare0 == NULL)                                                                         \
            fspare0 = (v);                                                                           \
        else                                                                                         \
            fspare1 = (v);                                                                           \
    } while (0)

/* The float temporaries (see run) that a float operation popping a and
 * b (marks `temps`) leaves dead, made spares: ftmp as b, with fprev as
 * a below it, or ftmp as a.  `keep` becomes what stays below the
 * operation's result (fprev's next value). */
#define SPARE_POPPED_TEMPS(a, b, temps, keep)                                                        \
    do {                                                                                             \
        (keep) = ftmp;                                                                               \
        if ((b) == ftmp && ((temps) & SP_ARG_B_TEMP)) {                                              \
            FLOAT_SPARE(b);                                                                          \
            (keep) = NULL;                                                                           \
            if ((a) == fprev && ((temps) & SP_ARG_A_TEMP))                                           \
                FLOAT_SPARE(a);                                                                      \
        } else if ((a) == ftmp && ((temps) & SP_ARG_A_TEMP)) {                                       \
            FLOAT_SPARE(a);                                                                          \
            (keep) = fprev;                                                                          \
        }                                                                                            \
    } while (0)

#define JUMP_TO(target) (pc = (target))

/* The word at pc, run as if dispatched after a pair or triple that did
 * the instructions before it: it is where an error is (lasti). */
#define PAIRED_NEXT()                                                                                \
    do {                                                                                             \
        ins = sp_u32s_get(code, pc);                                                                 \
        f->lasti = pc;                                                                               \
        pc++;                                                                                        \
        arg = sp_instr_arg(ins);                                                                     \
    } while (0)

/* The operators of BINARY_OP's float fast path, as bits: + - * / */
#define FLOAT_ARITH_OPS ((1u << SP_OP_ADD) | (1u << SP_OP_SUB) | (1u << SP_OP_MUL) | (1u << SP_OP_TRUEDIV))

#define SAVE_FRAME()                                                                                 \
    do {                                                                                             \
        f->pc = pc;                                                                                  \
        f->sp = sp;                                                                                  \
    } while (0)

/* A safe point: count a tick, and every so often (or when asked) let
 * sp_vm_service run what is due.  At backward jumps and Python calls, so
 * that no loop and no recursion escapes it. */
#define SAFE_POINT()                                                                                 \
    do {                                                                                             \
        if (--vm->ticks <= 0) {                                                                      \
            SAVE_FRAME();                                                                            \
            sp_vm_service(vm);                                                                       \
        }                                                                                            \
    } while (0)

/* Dispatch: computed goto under gcc/clang (one indirect jump per
 * instruction, at its end), else the switch. */
#if (defined(__GNUC__) || defined(__clang__)) && !defined(SP_NO_CGOTO)
#define SP_CGOTO 1
#define TARGET(name) case SP_OP_##name: L_##name:
#define DISPATCH()                                                                                   \
    {                                                                                                \
        ins = sp_u32s_get(code, pc);                                                                 \
        f->lasti = pc;                                                                               \
        pc++;                                                                                        \
        arg = sp_instr_arg(ins);                                                                     \
        goto *sp_cptrs_get(table, sp_instr_op(ins));                                                 \
    }
#else
#define SP_CGOTO 0
#define TARGET(name) case SP_OP_##name:
#define DISPATCH() break
#endif

/* FOR_ITER or SEND (in frame f, whose pc and sp are saved) resuming
 * `it` with `value`: if it is a generator the loop can resume itself,
 * its frame is made the running one (gen_run's bookkeeping, generator.c)
 * and true returned; false (nothing changed) for anything else, a
 * running or finished generator, a non-None value sent to a just-started
 * one, or when the depth limit or a safe point is due (gen_run then,
 * which finishes the generator if they raise). */
static inline bool gen_enter(sp_vm *vm, sp_val it, sp_frame_obj *f, sp_val value)
{
    if (!sp_is_ptr(it) || it->type != vm->t.generator)
        return false;
    sp_gen_obj *g = (sp_gen_obj *)it;
    if (g->running || g->frame == NULL || vm->ticks <= 1 || f->depth + 1 > vm->recursion_limit)
        return false;
    sp_frame_obj *gf = sp_as_frame(vm, g->frame);
    if (gf->pc == 0 && value != vm->None)
        return false;
    vm->ticks--;
    if (gf->pc != 0) {
        sp_vals_set(sp_frame_slots(gf), gf->sp, value);
        gf->sp++;
    }
    gf->exc_saved = vm->exc_info;
    if (g->exc_state != NULL)
        vm->exc_info = g->exc_state;
    g->running = 1;
    gf->entry = 0;
    gf->yielded = 0;
    gf->resumed = 1;
    gf->back = (sp_val)f;
    gf->depth = f->depth + 1;
    vm->depth = gf->depth;
    vm->frame = (sp_val)gf;
    return true;
}

/* A generator's frame f that FOR_ITER or SEND resumed in the loop returned or
 * raised: the generator is finished (gen_run's bookkeeping), and the
 * caller runs again (vm->frame). */
static void gen_left(sp_vm *vm, sp_frame_obj *f)
{
    sp_gen_obj *g = (sp_gen_obj *)sp_as_exact(vm, f->gen, vm->t.generator, "gen_left: not a generator");
    sp_frame_obj *back = sp_as_frame(vm, f->back);
    g->running = 0;
    g->frame = NULL;
    g->exc_state = NULL;
    vm->exc_info = f->exc_saved;
    f->exc_saved = NULL;
    f->resumed = 0;
    f->back = NULL;
    vm->frame = (sp_val)back;
    vm->depth = back->depth;
}

/* PEP 479: the RuntimeError a StopIteration escaping a generator becomes. */
static sp_val gen_stop_error(sp_vm *vm, sp_val e)
{
    sp_val r = sp_exc_new_msg(vm, vm->e.RuntimeError, sp_str_fmt(vm, "generator raised StopIteration"));
    sp_as_exc(r)->cause = e;
    sp_as_exc(r)->context = e;
    sp_as_exc(r)->suppress_context = true;
    return r;
}

static bool find_handler(sp_code_obj *co, uint32_t at, uint32_t *target, uint32_t *depth)
{
    if (co->exctable == NULL)
        return false;
    sp_u32s t = sp_rawbuf_u32s(co->exctable);
    for (size_t i = 0; i < co->nexc; i++) {
        uint32_t start = sp_u32s_get(t, i * 4), end = sp_u32s_get(t, i * 4 + 1);
        if (at >= start && at < end) {
            *target = sp_u32s_get(t, i * 4 + 2);
            *depth = sp_u32s_get(t, i * 4 + 3);
            return true;
        }
    }
    return false;
}

/* LOAD_GLOBAL at instruction i of f's code: the value of name arg, by
 * the cache's hit or the full lookup (which refills it). */
SP_HOT_INLINE sp_val global_value(sp_vm *vm, sp_frame_obj *f, uint32_t i, uint32_t arg)
{
    sp_code_obj *co = (sp_code_obj *)f->code;
    sp_val v = global_hit(cache_span(co), i, f, co, arg);
    return v != NULL ? v : load_global(vm, f, co, i, sp_vals_get(code_tuple(co->names), arg));
}

/* The index a small int `key` names in a sequence of len items (negative
 * from the end): true and *i if it is in range. */
SP_HOT_INLINE bool small_index(sp_val key, size_t len, size_t *i)
{
    int64_t k = sp_small_get(key);
    if (k < 0)
        k += (int64_t)len;
    *i = (size_t)k;
    return k >= 0 && (uint64_t)k < len;
}

/* obj[key] (BINARY_SUBSCR): an exact list or tuple at a small-int index
 * in range, or an exact str at one whose character is ASCII, here; the
 * rest by sp_getitem, which raises what is due. */
SP_HOT_INLINE sp_val subscr(sp_vm *vm, sp_val obj, sp_val key)
{
    if (sp_is_small(key) && sp_is_ptr(obj)) {
        size_t i;
        if (obj->type == vm->t.list || obj->type == vm->t.tuple) {
            sp_vals items = obj->type == vm->t.list ? sp_cont_list_items_hot(obj) : sp_tuple_items(obj);
            if (small_index(key, items.len, &i))
                return sp_vals_get(items, i);
        } else if (obj->type == vm->t.str) {
            sp_val c = sp_str_item_ascii(vm, obj, sp_small_get(key));
            if (c != NULL)
                return c;
        }
    }
    return sp_getitem(vm, obj, key);
}

/* obj[key] = v (STORE_SUBSCR): an exact list at a small-int index in
 * range here, the rest by sp_setitem. */
SP_HOT_INLINE void store_subscr(sp_vm *vm, sp_val obj, sp_val key, sp_val v)
{
    size_t i;
    if (sp_is_small(key) && sp_is_ptr(obj) && obj->type == vm->t.list) {
        sp_vals items = sp_cont_list_items_hot(obj);
        if (small_index(key, items.len, &i)) {
            sp_vals_set(items, i, v);
            return;
        }
    }
    sp_setitem(vm, obj, key, v);
}

/* LOAD_FAST's read: local i of the running code co, or UnboundLocalError. */
SP_HOT_INLINE sp_val bound_local(sp_vm *vm, sp_code_obj *co, sp_vals s, size_t i)
{
    sp_val v = sp_vals_get(s, i);
    if (v == NULL)
        unbound_local(vm, sp_tuple_get(co->varnames, i));
    return v;
}

/* LOAD_FAST_ATTR / LOAD_FAST_METHOD (pairs): local `arg` (unbound:
 * UnboundLocalError, placed at the LOAD_FAST), then lasti moved to the
 * paired word at pc, whose cache hit the caller tries next. */
SP_HOT_INLINE sp_val pair_local(sp_vm *vm, sp_frame_obj *f, sp_vals s, uint32_t arg, uint32_t pc)
{
    sp_val obj = bound_local(vm, (sp_code_obj *)f->code, s, arg);
    f->lasti = pc;
    return obj;
}

__attribute__((hot)) static sp_val run(sp_vm *vm, sp_frame_obj *entry, sp_val pending, bool fresh, sp_val *escaped)
{
    sp_frame_obj *f = sp_as_frame(vm, vm->frame);
    /* The running code: read from the frame where used (not a local
     * carried by the loop: one register more for the stack and code). */
#define co ((sp_code_obj *)f->code)
    /* The name / constant the instruction's argument indexes. */
#define NAME_ARG() sp_vals_get(code_tuple(co->names), arg)
#define CONST_ARG() sp_vals_get(code_tuple(co->consts), arg)
    /* The constant of the LOAD_CONST word at pc, which a pair does. */
#define PAIRED_CONST() sp_vals_get(code_tuple(co->consts), sp_instr_arg(sp_u32s_get(code, pc)))
    sp_u32s code;
    sp_vals s;
    size_t pc, sp;   /* uint32 in the frame; size_t here: no zero-extension at each index */
    sp_val kwn;   /* CALL's keyword names (KW_NAMES), set by both */
    sp_val exc = NULL;
    /* The float temporaries.  The compiler marks an operand of
     * BINARY_OP or COMPARE_OP that is the value of a BinOp expression
     * (SP_ARG_TEMPS): that expression's own BINARY_OP made it, and it has
     * been on the value stack only since (the other operand's code can't
     * reach it).  ftmp is the float the last float fast path of BINARY_OP
     * made, or NULL; fprev, read only while ftmp is set,
     * the ftmp before it.  A marked operand equal to one of them is a
     * float referenced from its stack slot alone: a float fast path made
     * it, from a new cell, a spare or a dead temporary.  (Any other path
     * of BINARY_OP may give an object that is referenced elsewhere, a
     * float that was ftmp once included: it sets ftmp to NULL, and so
     * does the return from a dunder's pushed frame, which shares these
     * locals and may leave its own result there; the fast paths that
     * come after never give an object that is still referenced.)  Once the
     * operation pops such an operand it is dead, so a float operation
     * may write its result into it instead of allocating, and a second
     * one it pops becomes a spare: fspare0 and fspare1 hold up to two
     * dead floats (kept alive only by these locals: the C stack is
     * scanned), which the next float results take before allocating.
     * ftmp and fprev may outlive their objects: they are only compared.
     * A fresh run() starts without any. */
    sp_val ftmp = NULL, fprev = NULL;
    sp_val fspare0 = NULL, fspare1 = NULL;
    sp_val rhs;   /* BINARY_OP's or COMPARE_OP's right operand, popped or from a pair */
    uint32_t ins, arg;
#if SP_CGOTO
    /* Padded past 256 entries: an opcode is a byte, so the span's bound
     * check on the index is known true and compiles away.  Bytes that
     * are no opcode go to the trap. */
#define BAD4 &&L_bad_opcode, &&L_bad_opcode, &&L_bad_opcode, &&L_bad_opcode,
#define BAD32 BAD4 BAD4 BAD4 BAD4 BAD4 BAD4 BAD4 BAD4
    static const void *const labels[] = {
#define OP(name, kind, comment) &&L_##name,
#include "opcodes.def"
#undef OP
        BAD32 BAD32 BAD32 BAD32 BAD32 BAD32 BAD32 BAD32
    };
#undef BAD4
#undef BAD32
    _Static_assert(SP_OP__COUNT <= 256, "opcodes are bytes");
    const sp_cptrs table = SP_ARRAY_SPAN(sp_cptrs, labels);
#endif
    LOAD_FRAME();
    vm->depth = f->depth;
    if (pending != NULL) {
        exc = pending;
        if (fresh)
            goto fresh_error;
        goto error;
    }

    for (;;) {
        ins = sp_u32s_get(code, pc);
        f->lasti = pc;
        pc++;
        arg = sp_instr_arg(ins);
        switch ((sp_opcode)sp_instr_op(ins)) {
        TARGET(NOP)
        TARGET(SETUP_FINALLY)
        TARGET(POP_BLOCK)
            DISPATCH();
        TARGET(POP_TOP)
            DROP();
            DISPATCH();
        TARGET(PUSH_NULL)
            PUSH(NULL);
            DISPATCH();
        TARGET(COPY) {
            sp_val v = PEEK(arg);
            PUSH(v);
            DISPATCH();
        }
        TARGET(SWAP) {
            sp_val a = TOP(), b = PEEK(arg);
            SET_TOP(b);
            sp_vals_set(s, sp - arg, a);
            DISPATCH();
        }
        TARGET(LOAD_CONST)
            PUSH(CONST_ARG());
            DISPATCH();
        TARGET(LOAD_FAST) {
            PUSH(bound_local(vm, co, s, arg));
            DISPATCH();
        }
        TARGET(LOAD_FAST_ATTR) {
            /* LOAD_FAST, then the LOAD_ATTR word at pc: on its cache's
             * hit both are done here; else the local is pushed and that
             * LOAD_ATTR runs as usual (property, miss, error). */
            sp_val obj = pair_local(vm, f, s, arg, pc);
            sp_val v = attr_hit(vm, cache_span(co), co, pc, obj, code, pc);
            if (v != NULL)
                pc++;
            PUSH(v != NULL ? v : obj);
            DISPATCH();
        }
        TARGET(LOAD_FAST_METHOD) {
            /* LOAD_FAST, then the LOAD_METHOD word at pc, likewise. */
            sp_val obj = pair_local(vm, f, s, arg, pc);
            sp_val m = method_hit(vm, cache_span(co), co, pc, obj, code, pc);
            if (m != NULL) {
                pc++;
                PUSH(m);
            }
            PUSH(obj);
            DISPATCH();
        }
        TARGET(LOAD_FAST_LOAD_FAST) {
            /* LOAD_FAST, then the LOAD_FAST word at pc (left to it if
             * its local is unbound: it raises there). */
            PUSH(bound_local(vm, co, s, arg));
            sp_val w = sp_vals_get(s, sp_instr_arg(sp_u32s_get(code, pc)));
            if (w != NULL) {
                PUSH(w);
                pc++;
            }
            DISPATCH();
        }
        TARGET(LOAD_FAST_LOAD_CONST) {
            /* LOAD_FAST, then the LOAD_CONST word at pc. */
            PUSH(bound_local(vm, co, s, arg));
            PUSH(PAIRED_CONST());
            pc++;
            DISPATCH();
        }
        TARGET(STORE_FAST_LOAD_FAST) {
            /* STORE_FAST, then the LOAD_FAST word at pc (left to it if
             * its local is unbound). */
            sp_vals_set(s, arg, POP());
            sp_val w = sp_vals_get(s, sp_instr_arg(sp_u32s_get(code, pc)));
            if (w != NULL) {
                PUSH(w);
                pc++;
            }
            DISPATCH();
        }
        TARGET(STORE_FAST)
            sp_vals_set(s, arg, POP());
            DISPATCH();
        TARGET(DELETE_FAST)
            if (sp_vals_get(s, arg) == NULL)
                unbound_local(vm, sp_tuple_get(co->varnames, arg));
            sp_vals_set(s, arg, NULL);
            DISPATCH();
        TARGET(LOAD_DEREF) {
            sp_val v = sp_as_cell(sp_vals_get(s, co->nlocals + arg))->value;
            if (v == NULL)
                unbound_deref(vm, co, arg);
            PUSH(v);
            DISPATCH();
        }
        TARGET(LOAD_CLASSDEREF) {
            sp_val name = deref_name(co, arg);
            sp_val v = f->locals ? mapping_get(vm, f->locals, name) : NULL;
            if (v == NULL) {
                v = sp_as_cell(sp_vals_get(s, co->nlocals + arg))->value;
                if (v == NULL)
                    unbound_deref(vm, co, arg);
            }
            PUSH(v);
            DISPATCH();
        }
        TARGET(STORE_DEREF)
            sp_as_cell(sp_vals_get(s, co->nlocals + arg))->value = POP();
            DISPATCH();
        TARGET(DELETE_DEREF) {
            sp_cell_obj *c = sp_as_cell(sp_vals_get(s, co->nlocals + arg));
            if (c->value == NULL)
                unbound_deref(vm, co, arg);
            c->value = NULL;
            DISPATCH();
        }
        TARGET(LOAD_CLOSURE)
            PUSH(sp_vals_get(s, co->nlocals + arg));
            DISPATCH();
        TARGET(LOAD_NAME) {
            sp_val name = NAME_ARG();
            sp_val v = NULL;
            if (f->locals != NULL)
                v = mapping_get(vm, f->locals, name);
            if (v == NULL)
                v = sp_dict_get_str(vm, f->globals, name);
            if (v == NULL)
                v = sp_dict_get_str(vm, f->builtins, name);
            if (v == NULL)
                name_error(vm, name);
            PUSH(v);
            DISPATCH();
        }
        TARGET(STORE_NAME) {
            sp_val name = NAME_ARG();
            sp_val v = POP();
            mapping_set(vm, f->locals ? f->locals : f->globals, name, v);
            DISPATCH();
        }
        TARGET(DELETE_NAME) {
            sp_val name = NAME_ARG();
            sp_val m = f->locals ? f->locals : f->globals;
            if (sp_is_exact(vm, m, vm->t.dict)) {
                if (!sp_dict_del(vm, m, name))
                    name_error(vm, name);
            } else {
                if (mapping_get(vm, m, name) == NULL)
                    name_error(vm, name);
                sp_delitem(vm, m, name);
            }
            DISPATCH();
        }
        TARGET(LOAD_GLOBAL)
            PUSH(global_value(vm, f, pc - 1, arg));
            DISPATCH();
        TARGET(LOAD_GLOBAL_NULL) {
            /* LOAD_GLOBAL, then the PUSH_NULL word at pc (a call's
             * empty self slot). */
            PUSH(global_value(vm, f, pc - 1, arg));
            PUSH(NULL);
            pc++;
            DISPATCH();
        }
        TARGET(STORE_GLOBAL)
            sp_dict_set(vm, f->globals, NAME_ARG(), POP());
            DISPATCH();
        TARGET(DELETE_GLOBAL)
            if (!sp_dict_del(vm, f->globals, NAME_ARG()))
                name_error(vm, NAME_ARG());
            DISPATCH();
        TARGET(LOAD_ATTR) {
            sp_val obj = TOP();
            sp_val v = attr_hit(vm, cache_span(co), co, pc - 1, obj, code, pc - 1);
            if (v == NULL) {
                sp_val getter = property_hit(vm, cache_span(co), co, pc - 1, obj);
                if (getter != NULL) {
                    /* obj.name is getter(obj): push its frame as CALL
                     * does; its return value lands where obj was. */
                    SAFE_POINT();
                    push_frame_check(vm, f);
                    sp_frame_obj *nf = dunder_frame(vm, getter, sp_vals_sub(s, sp - 1, 1));
                    DROP();
                    SAVE_FRAME();
                    link_frame(vm, f, nf, NULL);
                    f = nf;
                    LOAD_FRAME();
                    DISPATCH();
                }
                v = load_attr(vm, co, pc - 1, obj, NAME_ARG());
            }
            SET_TOP(v);
            DISPATCH();
        }
        TARGET(STORE_ATTR) {
            sp_val obj = POP();
            sp_val v = POP();
            if (!store_hit(vm, cache_span(co), co, pc - 1, arg, v, obj))
                store_attr(vm, co, pc - 1, obj, NAME_ARG(), v);
            DISPATCH();
        }
        TARGET(DELETE_ATTR)
            sp_delattr(vm, POP(), NAME_ARG());
            DISPATCH();
        TARGET(LOAD_METHOD) {
            sp_val obj = TOP();
            sp_val m = method_hit(vm, cache_span(co), co, pc - 1, obj, code, pc - 1);
            if (m != NULL) {
                SET_TOP(m);
                PUSH(obj);
                DISPATCH();
            }
            sp_val self = NULL;
            m = load_method(vm, co, pc - 1, obj, NAME_ARG(), &self);
            SET_TOP(m);
            PUSH(self);
            DISPATCH();
        }
        TARGET(LOAD_FAST_BINARY_SUBSCR) {
            /* LOAD_FAST, then the BINARY_SUBSCR word at pc with the local
             * as its key. */
            sp_val key = bound_local(vm, co, s, arg);
            PAIRED_NEXT();
            SET_TOP(subscr(vm, TOP(), key));
            DISPATCH();
        }
        TARGET(BINARY_SUBSCR) {
            sp_val key = POP();
            sp_val obj = TOP();
            SET_TOP(subscr(vm, obj, key));
            DISPATCH();
        }
        TARGET(BINARY_SUBSCR_KEEP) {
            sp_val key = TOP();
            sp_val obj = PEEK(2);
            PUSH(subscr(vm, obj, key));
            DISPATCH();
        }
        TARGET(STORE_SUBSCR) {
            sp_val key = POP();
            sp_val obj = POP();
            sp_val v = POP();
            store_subscr(vm, obj, key, v);
            DISPATCH();
        }
        TARGET(STORE_SUBSCR_AUG) {
            sp_val v = POP();
            sp_val key = POP();
            sp_val obj = POP();
            store_subscr(vm, obj, key, v);
            DISPATCH();
        }
        TARGET(DELETE_SUBSCR) {
            sp_val key = POP();
            sp_val obj = POP();
            sp_delitem(vm, obj, key);
            DISPATCH();
        }
        TARGET(BUILD_SLICE) {
            /* obj[a:b] and obj[a:b] = v: no slice object when the
             * subscript that follows can do without (sp_slice_subscr);
             * that instruction is then done here and skipped. */
            if (pc < code.len) {
                unsigned next = sp_instr_op(sp_u32s_get(code, pc));
                if (next == SP_OP_BINARY_SUBSCR || next == SP_OP_STORE_SUBSCR) {
                    /* An error is the subscript's: its position in the
                     * traceback, as if it ran. */
                    f->lasti = pc;
                    sp_val step = arg == 3 ? TOP() : vm->None;
                    sp_val stop = PEEK(arg == 3 ? 2 : 1);
                    sp_val start = PEEK(arg);
                    sp_val obj = PEEK(arg + 1);
                    if (next == SP_OP_BINARY_SUBSCR) {
                        sp_val r = sp_slice_subscr(vm, obj, start, stop, step);
                        if (r != NULL) {
                            DROPN(arg);
                            SET_TOP(r);
                            JUMP_TO(pc + 1);
                            DISPATCH();
                        }
                    } else if (sp_slice_store(vm, obj, start, stop, step, PEEK(arg + 2))) {
                        DROPN(arg + 2);
                        JUMP_TO(pc + 1);
                        DISPATCH();
                    }
                }
            }
            sp_val step = arg == 3 ? POP() : vm->None;
            sp_val stop = POP();
            sp_val start = POP();
            PUSH(sp_slice_new(vm, start, stop, step));
            DISPATCH();
        }
        TARGET(LOAD_FAST_BINARY_OP)
            /* LOAD_FAST, then the BINARY_OP word at pc with the local as
             * its right operand, not pushed (unbound: the error is the
             * LOAD_FAST's). */
            rhs = bound_local(vm, co, s, arg);
            goto paired_binary_op;
        TARGET(LOAD_CONST_BINARY_OP)
            rhs = CONST_ARG();
            goto paired_binary_op;
        TARGET(LOAD_FAST_LOAD_CONST_BINARY_OP)
            /* LOAD_FAST; then the LOAD_CONST word at pc, the right
             * operand of the BINARY_OP word after it. */
            PUSH(bound_local(vm, co, s, arg));
            rhs = PAIRED_CONST();
            pc++;
            goto paired_binary_op;
        TARGET(LOAD_FAST_LOAD_FAST_BINARY_OP)
            /* LOAD_FAST; then the LOAD_FAST word at pc, likewise (its
             * local unbound: the error is that word's). */
            PUSH(bound_local(vm, co, s, arg));
            f->lasti = pc;
            rhs = bound_local(vm, co, s, sp_instr_arg(sp_u32s_get(code, pc)));
            pc++;
        paired_binary_op:
            /* The BINARY_OP word at pc runs as if dispatched: it is where
             * an error is (lasti), and pc - 1 its cache entry. */
            PAIRED_NEXT();
            goto binary_op;
        TARGET(BINARY_OP) {
            rhs = POP();
        binary_op:;
            sp_val b = rhs;
            sp_val a = TOP();
            uint32_t temps = arg;   /* SP_ARG_TEMPS (code.h) */
            arg &= ~SP_ARG_TEMPS;
            if (sp_is_small(a) && sp_is_small(b)) {
                /* Two small ints, in place or not (ints have no
                 * __iadd__): abstract.c's small_binary, whose results
                 * that are small ints are done here; anything else (an
                 * overflow, a zero or -1 divisor, a negative shift, /
                 * and **) goes on to sp_binary. */
                int64_t x = sp_small_get(a), y = sp_small_get(b), r = 0;
                uint32_t op = arg & 15;
                if (op == SP_OP_ADD && sp_i64_add(x, y, &r) && sp_fits_small(r)) {
                    SET_TOP(sp_small(r));
                    DISPATCH();
                }
                if (op == SP_OP_SUB && sp_i64_sub(x, y, &r) && sp_fits_small(r)) {
                    SET_TOP(sp_small(r));
                    DISPATCH();
                }
                bool ok = false;
                switch (op) {
                case SP_OP_MUL: ok = sp_i64_mul(x, y, &r) && sp_fits_small(r); break;
                case SP_OP_AND: r = x & y; ok = true; break;
                case SP_OP_OR: r = x | y; ok = true; break;
                case SP_OP_XOR: r = x ^ y; ok = true; break;
                case SP_OP_RSHIFT:
                    /* Arithmetic shift: floor division by 2^y, as >>. */
                    r = y > 63 ? (x < 0 ? -1 : 0) : x >> (y & 63);
                    ok = y >= 0;
                    break;
                case SP_OP_LSHIFT:
                    ok = y >= 0 && y < 62 && sp_i64_mul(x, (int64_t)1 << y, &r) && sp_fits_small(r);
                    break;
                case SP_OP_FLOORDIV:
                case SP_OP_MOD:
                    if (y != 0 && y != -1) {
                        int64_t q, m;
                        sp_small_divmod(x, y, &q, &m);
                        r = op == SP_OP_MOD ? m : q;
                        ok = true;
                    }
                    break;
                default: break;
                }
                if (ok) {
                    SET_TOP(sp_small(r));
                    DISPATCH();
                }
                /* x / y of ints of at most 53 bits: exact as doubles, so
                 * one correctly rounded division is int's true division. */
                if (op == SP_OP_TRUEDIV && y != 0 && x >= -SP_EXACT_DOUBLE && x <= SP_EXACT_DOUBLE &&
                    y >= -SP_EXACT_DOUBLE && y <= SP_EXACT_DOUBLE) {
                    SET_TOP(sp_float_new(vm, (double)x / (double)y));
                    DISPATCH();
                }
            } else {
                /* + - * of exact floats (or an exact float and a small
                 * int, converted as float.__op__ does: abstract.c's
                 * binary_fast_obj), in place or not (floats have no
                 * __iadd__): one allocation, no call. */
                uint32_t op = arg >= 16 ? arg - 16 : arg;
                double x, y;
                if (((1u << op) & FLOAT_ARITH_OPS) && float_operands(vm, a, b, &x, &y) &&
                    (op != SP_OP_TRUEDIV || y != 0.0)) {
                    /* The float temporaries (see run) it pops: ftmp as b,
                     * with fprev as a (`a * b + c * d`), or ftmp as a
                     * (`a * b + c`).  A popped one is dead once this is
                     * done: the result takes its cell, or it is a spare.
                     * (A temporary or a spare is an exact float: the
                     * fast paths make nothing else.) */
                    double r = op == SP_OP_ADD ? x + y : op == SP_OP_SUB ? x - y
                             : op == SP_OP_MUL ? x * y : x / y;
                    sp_val res, keep = ftmp;
                    if (b == ftmp && (temps & SP_ARG_B_TEMP)) {
                        res = b;
                        keep = NULL;
                        if (a == fprev && (temps & SP_ARG_A_TEMP))
                            FLOAT_SPARE(a);
                    } else if (a == ftmp && (temps & SP_ARG_A_TEMP)) {
                        res = a;
                        keep = fprev;
                    } else if (fspare0 != NULL) {
                        res = fspare0;
                        fspare0 = fspare1;
                        fspare1 = NULL;
                    } else {
                        res = NULL;
                    }
                    if (res != NULL)
                        ((sp_float_obj *)res)->value = r;
                    else
                        res = sp_float_new(vm, r);
                    ftmp = res;
                    fprev = keep;
                    SET_TOP(res);
                    DISPATCH();
                }
                if (op == SP_OP_POW && float_operands(vm, a, b, &x, &y)) {
                    /* float.__pow__'s own results (a new float, or a
                     * complex: no temporary then) and errors; the
                     * temporaries it pops become spares once it is done. */
                    sp_val res = sp_float_pow(vm, x, y), keep;
                    SPARE_POPPED_TEMPS(a, b, temps, keep);
                    ftmp = sp_is_ptr(res) && res->type == vm->t.float_ ? res : NULL;
                    fprev = keep;
                    SET_TOP(res);
                    DISPATCH();
                }
            }
            /* The result may be any object, even a float that was a
             * temporary once and is now stored elsewhere. */
            ftmp = NULL;
            if (arg < 32 && binop_operands(vm, a, b)) {
                sp_val fn = binop_hit(vm, co, pc - 1, arg, a, b);
                if (fn != NULL && fn->type == vm->t.method_descriptor) {
                    SAVE_FRAME();
                    SET_TOP(binop_call_descr(vm, fn, a, b, arg));
                    DISPATCH();
                }
                if (fn != NULL) {
                    /* a.__op__(b) in a pushed frame.  a and b stay on
                     * this stack (for the error if it returns
                     * NotImplemented); ret_self = the op as a small int
                     * tells RETURN_VALUE so. */
                    PUSH(b);
                    SAFE_POINT();
                    push_frame_check(vm, f);
                    sp_frame_obj *nf = dunder_frame(vm, fn, sp_vals_sub(s, sp - 2, 2));
                    SAVE_FRAME();
                    link_frame(vm, f, nf, sp_small((int64_t)arg));
                    f = nf;
                    LOAD_FRAME();
                    DISPATCH();
                }
            }
            if (arg >= 16)
                SET_TOP(sp_inplace(vm, (sp_binop)(arg - 16), a, b));
            else
                SET_TOP(sp_binary(vm, (sp_binop)arg, a, b));
            DISPATCH();
        }
        TARGET(UNARY_NEGATIVE)
            SET_TOP(sp_neg(vm, TOP()));
            DISPATCH();
        TARGET(UNARY_POSITIVE)
            SET_TOP(sp_pos(vm, TOP()));
            DISPATCH();
        TARGET(UNARY_INVERT)
            SET_TOP(sp_invert(vm, TOP()));
            DISPATCH();
        TARGET(UNARY_NOT)
            SET_TOP(sp_bool(vm, !sp_truthy(vm, TOP())));
            DISPATCH();
        TARGET(LOAD_FAST_COMPARE_OP)
            /* As LOAD_FAST_BINARY_OP, with the COMPARE_OP word at pc. */
            rhs = bound_local(vm, co, s, arg);
            goto paired_compare_op;
        TARGET(LOAD_CONST_COMPARE_OP)
            rhs = CONST_ARG();
            goto paired_compare_op;
        TARGET(LOAD_FAST_LOAD_CONST_COMPARE_OP)
            PUSH(bound_local(vm, co, s, arg));
            rhs = PAIRED_CONST();
            pc++;
        paired_compare_op:
            PAIRED_NEXT();
            goto compare_op;
        TARGET(COMPARE_OP) {
            rhs = POP();
        compare_op:;
            sp_val b = rhs;
            sp_val a = TOP();
            uint32_t temps = arg;   /* SP_ARG_TEMPS (code.h) */
            arg &= ~SP_ARG_TEMPS;
            if (sp_is_small(a) && sp_is_small(b)) {
                int64_t x = sp_small_get(a), y = sp_small_get(b);
                bool r = CMP_OP((sp_cmpop)arg, x, y);
                COMPARE_RESULT(r);
            }
            if (sp_is_ptr(a) && sp_is_ptr(b) && a->type == vm->t.float_ && b->type == vm->t.float_) {
                /* Two exact floats: C's comparisons are float's (a NaN
                 * compares unequal to everything). */
                double x = ((sp_float_obj *)a)->value, y = ((sp_float_obj *)b)->value;
                bool r = CMP_OP((sp_cmpop)arg, x, y);
                /* Float temporaries it pops are dead: spares (see run). */
                sp_val keep;
                SPARE_POPPED_TEMPS(a, b, temps, keep);
                (void)keep;
                ftmp = NULL;
                COMPARE_RESULT(r);
            }
            SET_TOP(sp_richcmp(vm, a, b, (sp_cmpop)arg));
            DISPATCH();
        }
        TARGET(IS_OP) {
            sp_val b = POP();
            sp_val a = TOP();
            bool r = (a == b) != (arg != 0);
            COMPARE_RESULT(r);
        }
        TARGET(CONTAINS_OP) {
            sp_val b = POP();
            sp_val a = TOP();
            if (sp_is_small(a) && sp_is_ptr(b) && (b->type == vm->t.set || b->type == vm->t.frozenset)) {
                /* A small int in an exact set: set.c's probe, no
                 * protocol; `if x in s:` jumps here. */
                bool r = sp_set_contains_small(vm, b, a) != (arg != 0);
                COMPARE_RESULT(r);
            }
            SET_TOP(sp_bool(vm, sp_contains(vm, b, a) != (arg != 0)));
            DISPATCH();
        }
        TARGET(BUILD_TUPLE) {
            sp_val t = sp_tuple_from(vm, sp_vals_sub(s, sp - arg, arg));
            DROPN(arg);
            PUSH(t);
            DISPATCH();
        }
        TARGET(BUILD_LIST) {
            sp_val l = sp_list_from(vm, sp_vals_sub(s, sp - arg, arg));
            DROPN(arg);
            PUSH(l);
            DISPATCH();
        }
        TARGET(BUILD_SET) {
            sp_val st = sp_set_new(vm);
            for (uint32_t i = 0; i < arg; i++)
                sp_set_add(vm, st, sp_vals_get(s, sp - arg + i));
            DROPN(arg);
            PUSH(st);
            DISPATCH();
        }
        TARGET(BUILD_MAP) {
            sp_val d = build_map(vm, sp_vals_sub(s, sp - 2 * arg, 2 * arg));
            DROPN(2 * arg);
            PUSH(d);
            DISPATCH();
        }
        TARGET(BUILD_CONST_KEY_MAP) {
            sp_val keys = POP();
            sp_val d = sp_dict_new(vm);
            for (uint32_t i = 0; i < arg; i++)
                sp_dict_set(vm, d, sp_tuple_get(keys, i), sp_vals_get(s, sp - arg + i));
            DROPN(arg);
            PUSH(d);
            DISPATCH();
        }
        TARGET(BUILD_STRING) {
            sp_val r = sp_str_join(vm, vm->empty_str, sp_vals_sub(s, sp - arg, arg));
            DROPN(arg);
            PUSH(r);
            DISPATCH();
        }
        TARGET(LIST_APPEND) {
            sp_val v = POP();
            sp_list_append(vm, PEEK(arg), v);
            DISPATCH();
        }
        TARGET(SET_ADD) {
            sp_val v = POP();
            sp_set_add(vm, PEEK(arg), v);
            DISPATCH();
        }
        TARGET(MAP_ADD) {
            sp_val v = POP();
            sp_val k = POP();
            sp_dict_set(vm, PEEK(arg), k, v);
            DISPATCH();
        }
        TARGET(LIST_EXTEND) {
            sp_val it = POP();
            /* arg bit 8: building f(*x)'s arguments, f is under [f, NULL, list]. */
            list_extend(vm, PEEK(arg & 0xff), it, (arg & 0x100) ? PEEK(3) : NULL);
            DISPATCH();
        }
        TARGET(SET_UPDATE) {
            sp_val it = POP();
            sp_val st = PEEK(arg);
            sp_set_update(vm, st, it);
            DISPATCH();
        }
        TARGET(DICT_UPDATE) {
            sp_val m = POP();
            dict_update(vm, PEEK(arg), m);
            DISPATCH();
        }
        TARGET(DICT_MERGE) {
            sp_val m = POP();
            dict_merge(vm, PEEK(arg), m, PEEK(arg + 3));
            DISPATCH();
        }
        TARGET(LIST_TO_TUPLE)
            SET_TOP(sp_tuple_from(vm, sp_list_items(TOP())));
            DISPATCH();
        TARGET(FORMAT_VALUE) {
            sp_val spec = (arg & 4) ? POP() : NULL;
            SET_TOP(format_value(vm, TOP(), arg, spec));
            DISPATCH();
        }
        TARGET(JUMP)
            if (arg < pc)
                SAFE_POINT();
            JUMP_TO(arg);
            DISPATCH();
        TARGET(POP_JUMP_IF_FALSE) {
            sp_val v = POP();
            if (v == vm->False || (v != vm->True && (sp_is_small(v) ? v == sp_small(0) : !sp_truthy(vm, v))))
                JUMP_TO(arg);
            DISPATCH();
        }
        TARGET(POP_JUMP_IF_TRUE) {
            sp_val v = POP();
            if (v == vm->True || (v != vm->False && (sp_is_small(v) ? v != sp_small(0) : sp_truthy(vm, v))))
                JUMP_TO(arg);
            DISPATCH();
        }
        TARGET(POP_JUMP_IF_NONE)
            if (POP() == vm->None)
                JUMP_TO(arg);
            DISPATCH();
        TARGET(POP_JUMP_IF_NOT_NONE)
            if (POP() != vm->None)
                JUMP_TO(arg);
            DISPATCH();
        TARGET(JUMP_IF_FALSE_OR_POP)
            if (!sp_truthy(vm, TOP()))
                JUMP_TO(arg);
            else
                DROP();
            DISPATCH();
        TARGET(JUMP_IF_TRUE_OR_POP)
            if (sp_truthy(vm, TOP()))
                JUMP_TO(arg);
            else
                DROP();
            DISPATCH();
        TARGET(GET_ITER)
            SET_TOP(sp_iter(vm, TOP()));
            DISPATCH();
        TARGET(JUMP_FOR_ITER)
            /* JUMP, then the FOR_ITER word it jumps to, as if dispatched. */
            if (arg < pc)
                SAFE_POINT();
            JUMP_TO(arg);
            PAIRED_NEXT();
            goto for_iter;
        TARGET(FOR_ITER) {
        for_iter:;
            sp_val it = TOP();
            if (sp_is_ptr(it) && it->type == vm->t.generator) {
                /* A generator: resume its frame in this loop, as
                 * gen_run (generator.c) would in a nested one, when
                 * neither the depth limit nor a safe point is due (those
                 * take gen_run, which finishes the generator if they
                 * raise). */
                SAVE_FRAME();
                if (gen_enter(vm, it, f, vm->None)) {
                    f = sp_as_frame(vm, vm->frame);
                    LOAD_FRAME();
                    DISPATCH();
                }
                bool done = false;
                SAVE_FRAME();
                sp_val r = sp_gen_resume(vm, it, vm->None, NULL, &done);
                if (done) {
                    DROP();
                    JUMP_TO(arg);
                } else {
                    PUSH(r);
                }
                DISPATCH();
            }
            sp_val v;
            if (!sp_cont_for_iter(vm, it, &v)) {
                if (sp_u32s_get(code, pc) == UNPACK_PAIR) {
                    /* `for a, b in` an exact enumerate, zip of two or
                     * dict_itemiterator: the pair's two items pushed as
                     * the UNPACK_SEQUENCE 2 that follows would, which is
                     * skipped; no pair made. */
                    sp_val a, b;
                    int r = sp_cont_next_pair(vm, it, &a, &b);
                    if (r > 0) {
                        PUSH(b);
                        PUSH(a);
                        JUMP_TO(pc + 1);
                        DISPATCH();
                    }
                    if (r == 0) {
                        DROP();
                        JUMP_TO(arg);
                        DISPATCH();
                    }
                }
                v = sp_next(vm, it);
            }
            if (v == NULL) {
                DROP();
                JUMP_TO(arg);
            } else {
                PUSH(v);
            }
            DISPATCH();
        }
        TARGET(RETURN_VALUE) {
            sp_val v = POP();
            f->sp = sp;
            f->done = 1;
            f->yielded = 0;
            if (f == entry || f->entry) {
                vm->frame = f->back;
                return v;
            }
            if (f->resumed) {
                /* A generator FOR_ITER or SEND resumed finished: the for
                 * loop ends / the yield from has its value. */
                gen_left(vm, f);
                f = sp_as_frame(vm, vm->frame);
                LOAD_FRAME();
                uint32_t at = sp_u32s_get(code, f->lasti);
                if (sp_instr_op(at) == SP_OP_SEND)
                    SET_TOP(v);
                else
                    DROP();
                JUMP_TO(sp_instr_arg(at));
                DISPATCH();
            }
            sp_frame_obj *back = sp_as_frame(vm, f->back);
            sp_val ret_self = f->ret_self;
            vm->frame = (sp_val)back;
            vm->depth = back->depth;
            sp_frame_release_co(vm, f, co);
            f = back;
            LOAD_FRAME();
            if (ret_self != NULL && sp_is_small(ret_self)) {
                /* A binary operator's dunder (binop_hit): its operands
                 * are on the caller's stack; NotImplemented is
                 * sp_binary's TypeError.  Its result may be the dunder's
                 * own last float temporary, stored somewhere too: not a
                 * temporary of the caller's (see run). */
                ftmp = NULL;
                sp_val rb = POP(), ra = POP();
                if (v == vm->NotImplemented) {
                    exc = sp_exc_new_msg(vm, vm->e.TypeError,
                                         sp_str_fmt(vm, "unsupported operand type(s) for %s: '%T' and '%T'",
                                                    sp_binop_symbol((sp_binop)sp_small_get(ret_self)), ra, rb));
                    goto fresh_error;
                }
            } else if (ret_self != NULL) {
                /* The caller's class call gives the instance (raised
                 * there, as sp_type_call would). */
                if (v != vm->None) {
                    exc = sp_exc_new_msg(vm, vm->e.TypeError,
                                         sp_str_fmt(vm, "__init__() should return None, not '%T'", v));
                    goto fresh_error;
                }
                v = ret_self;
            }
            PUSH(v);
            DISPATCH();
        }
        TARGET(KW_NAMES)
            /* Always right before its CALL (the compiler emits the two
             * together): the names go straight into that CALL, so no
             * local of the loop carries them across a dispatch. */
            kwn = CONST_ARG();
            ins = sp_u32s_get(code, pc);
            if (sp_instr_op(ins) != SP_OP_CALL)
                sp_trap("KW_NAMES not followed by CALL");
            f->lasti = pc;
            pc++;
            arg = sp_instr_arg(ins);
            goto call_kw;
        TARGET(LOAD_FAST_CALL)
            /* LOAD_FAST, then the CALL word at pc. */
            PUSH(bound_local(vm, co, s, arg));
            PAIRED_NEXT();
            goto call;
        TARGET(CALL) {
        call:
            kwn = NULL;
        call_kw:;
            uint32_t base = sp - arg - 2;
            sp_val callable = sp_vals_get(s, base);
            sp_val self = sp_vals_get(s, base + 1);
            if (self == NULL && sp_is_ptr(callable) && callable->type == vm->t.method) {
                sp_method_obj *m = (sp_method_obj *)callable;
                callable = m->func;
                self = m->self;
                sp_vals_set(s, base, callable);
                sp_vals_set(s, base + 1, self);
            } else if (self == NULL && sp_is_ptr(callable) && (callable->type->flags & SP_TF_HEAPTYPE)) {
                /* o(...) for an instance of a class: type(o).__call__(o,
                 * ...), which when it is a Python function is called as
                 * a method (its frame pushed below) instead of through
                 * the type's call slot and a nested loop. */
                sp_val call = sp_type_lookup(vm, callable->type, vm->n.__call__);
                if (call != NULL && sp_is_ptr(call) && call->type == vm->t.function) {
                    self = callable;
                    callable = call;
                    sp_vals_set(s, base, callable);
                    sp_vals_set(s, base + 1, self);
                }
            }
            uint32_t first = self ? base + 1 : base + 2;
            uint32_t nargs = sp - first;
            sp_val ret_self = NULL;
            if (self == NULL && sp_is_ptr(callable) && callable->type == vm->t.type) {
                /* A class whose instances object.__new__ makes and a
                 * Python __init__ initialises: make the instance here
                 * and push __init__'s frame with it as self. */
                sp_val init = ctor_init(vm, cache_span(co), co, pc - 1, (sp_type *)callable);
                if (init != NULL) {
                    ret_self = sp_object_new_instance(vm, (sp_type *)callable);
                    sp_vals_set(s, base + 1, ret_self);
                    callable = init;
                    first = base + 1;
                    nargs++;
                }
            }
            /* A function's code is always a code object (set by
             * sp_function_new and __code__'s setter, which check it). */
            sp_code_obj *nco = sp_is_ptr(callable) && callable->type == vm->t.function
                                   ? (sp_code_obj *)AS_FN(callable)->code : NULL;
            if (nco != NULL && !(nco->flags & (SP_CO_GENERATOR | SP_CO_COROUTINE | SP_CO_ASYNC_GENERATOR))) {
                SAFE_POINT();
                push_frame_check(vm, f);
                sp_frame_obj *nf = NULL;
                /* Positional arguments only, for positional parameters
                 * (the missing last ones have defaults), nothing else to
                 * bind, and a spare frame: move the arguments in. */
                if (kwn == NULL && nargs <= nco->argcount && nco->kwonlyargcount == 0 &&
                    !(nco->flags & (SP_CO_VARARGS | SP_CO_VARKEYWORDS)) &&
                    (__builtin_expect(nargs == nco->argcount, 1) || defaults_cover(AS_FN(callable), nco->argcount - nargs)))
                    nf = sp_frame_reuse(vm, nco, AS_FN(callable), callable);
                if (nf != NULL) {
                    sp_vals dst = sp_frame_slots(nf);
                    for (uint32_t i = 0; i < nargs; i++) {
                        sp_vals_set(dst, i, sp_vals_get(s, first + i));
                        sp_vals_set(s, first + i, NULL);
                    }
                    if (__builtin_expect(nargs < nco->argcount, 0))
                        fill_defaults(AS_FN(callable), dst, nargs, nco->argcount);
                    sp_vals_set(s, base, NULL);
                    sp_vals_set(s, base + 1, NULL);
                    sp = base;
                    if (nco->ncells != 0 || nco->nfrees != 0)
                        sp_frame_cells(vm, AS_FN(callable), nco, nf);
                } else {
                    nf = sp_function_frame(vm, callable, sp_vals_sub(s, first, nargs), kwn);
                    sp = drop_to(s, sp, base);
                }
                SAVE_FRAME();
                link_frame(vm, f, nf, ret_self);
                f = nf;
                LOAD_FRAME();
                DISPATCH();
            }
            SAVE_FRAME();
            sp_val r = NULL;
            /* A few calls answered without the call (call_inline), then
             * C methods and built-in functions without sp_call's
             * dispatch on the callable's type (kwn is never an empty
             * tuple here). */
            if (kwn == NULL && sp_is_ptr(callable) &&
                (r = call_inline(vm, callable, sp_vals_sub(s, first, nargs))) != NULL)
                ;
            else if (sp_is_ptr(callable) && callable->type == vm->t.method_descriptor)
                r = sp_call_method_descr(vm, callable, sp_vals_sub(s, first, nargs), kwn);
            else if (sp_is_ptr(callable) && callable->type == vm->t.builtin_function)
                r = sp_call_builtin(vm, callable, sp_vals_sub(s, first, nargs), kwn);
            else
                r = sp_call(vm, callable, sp_vals_sub(s, first, nargs), kwn);
            sp = drop_to(s, sp, base);
            PUSH(r);
            DISPATCH();
        }
        TARGET(CALL_FUNCTION_EX) {
            sp_val kwargs = (arg & 1) ? POP() : NULL;
            sp_val argt = POP();
            sp_val self = POP();
            sp_val callable = POP();
            if (self != NULL)
                sp_trap("CALL_FUNCTION_EX with self");
            if (kwargs != NULL && !sp_is_dict(kwargs)) {
                sp_val d = sp_dict_new(vm);
                dict_merge(vm, d, kwargs, callable);
                kwargs = d;
            }
            if (!sp_is_tuple(argt))
                argt = sp_tuple_from_iter(vm, argt);
            if (sp_is_function(vm, callable) &&
                !(sp_as_code(AS_FN(callable)->code)->flags &
                  (SP_CO_GENERATOR | SP_CO_COROUTINE | SP_CO_ASYNC_GENERATOR))) {
                SAFE_POINT();
                sp_vals args = sp_tuple_items(argt);
                kwn = NULL;
                if (kwargs != NULL && sp_dict_len(kwargs) > 0) {
                    size_t np = sp_tuple_len(argt), nk = sp_dict_len(kwargs);
                    sp_val all = sp_tuple_new(vm, np + nk);
                    kwn = sp_tuple_new(vm, nk);
                    for (size_t i = 0; i < np; i++)
                        sp_tuple_set(all, i, sp_tuple_get(argt, i));
                    size_t pos = 0, i = 0;
                    sp_val k, v;
                    while (sp_dict_next(kwargs, &pos, &k, &v) && i < nk) {
                        sp_tuple_set(kwn, i, k);
                        sp_tuple_set(all, np + i, v);
                        i++;
                    }
                    args = sp_tuple_items(all);
                }
                push_frame_check(vm, f);
                sp_frame_obj *nf = sp_function_frame(vm, callable, args, kwn);
                SAVE_FRAME();
                nf->pooled = 1;
                nf->back = (sp_val)f;
                nf->depth = f->depth + 1;
                vm->depth = nf->depth;
                vm->frame = (sp_val)nf;
                f = nf;
                LOAD_FRAME();
                break;
            }
            SAVE_FRAME();
            PUSH(sp_call_tuple_dict(vm, callable, argt, kwargs));
            DISPATCH();
        }
        TARGET(MAKE_FUNCTION) {
            sp_val codev = POP();
            sp_function_obj *fn = (sp_function_obj *)sp_function_new(vm, codev, f->globals, NULL);
            if (arg & SP_MF_CLOSURE)
                fn->closure = POP();
            if (arg & SP_MF_ANNOTATIONS)
                fn->annotations = POP();
            if (arg & SP_MF_KWDEFAULTS)
                fn->kwdefaults = POP();
            if (arg & SP_MF_DEFAULTS)
                fn->defaults = POP();
            PUSH((sp_val)fn);
            DISPATCH();
        }
        TARGET(PUSH_EXC_INFO) {
            sp_val e = POP();
            PUSH(vm->exc_info ? vm->exc_info : vm->None);
            PUSH(e);
            vm->exc_info = e;
            DISPATCH();
        }
        TARGET(POP_EXCEPT) {
            sp_val prev = POP();
            /* The preallocated MemoryError stays a root: once handled, drop
             * its traceback, or the frames that filled the heap (and their
             * locals) would stay alive after the handler freed the rest. */
            if (vm->exc_info != NULL && vm->exc_info == vm->memory_error && prev != vm->memory_error)
                sp_exc_set_traceback(vm, vm->memory_error, NULL);
            vm->exc_info = prev == vm->None ? NULL : prev;
            DISPATCH();
        }
        TARGET(RERAISE)
            exc = POP();
            goto unwind;
        TARGET(RAISE_VARARGS) {
            if (arg == 0) {
                if (vm->exc_info == NULL)
                    sp_raise_fmt(vm, vm->e.RuntimeError, "No active exception to reraise");
                /* A bare raise re-raises with the traceback as it is
                 * (CPython 3.11 adds no entry for this frame). */
                exc = vm->exc_info;
                goto unwind;
            }
            sp_val cause = arg == 2 ? POP() : NULL;
            sp_val e = make_exception(vm, POP());
            if (cause != NULL) {
                if (cause == vm->None) {
                    sp_as_exc(e)->cause = NULL;
                } else {
                    if (sp_is_type(cause))
                        cause = make_exception(vm, cause);
                    else if (!sp_is_exc(cause))
                        sp_raise_fmt(vm, vm->e.TypeError, "exception causes must derive from BaseException");
                    sp_as_exc(e)->cause = cause;
                }
                sp_as_exc(e)->suppress_context = true;
            }
            exc = e;
            goto fresh_error;
        }
        TARGET(CHECK_EXC_MATCH) {
            sp_val type = POP();
            PUSH(sp_bool(vm, exc_match(vm, TOP(), type)));
            DISPATCH();
        }
        TARGET(CHECK_EG_MATCH) {
            sp_val type = POP();
            sp_val rest = TOP();
            sp_val match = eg_match(vm, &rest, type);
            SET_TOP(rest);
            PUSH(match);
            /* The clause handles `match` (sys.exc_info(), bare raise,
             * __context__), as CPython; POP_EXCEPT restores prev. */
            if (match != vm->None)
                vm->exc_info = match;
            DISPATCH();
        }
        TARGET(PREP_RERAISE_STAR) {
            sp_val list = POP();
            SET_TOP(prep_reraise_star(vm, TOP(), list));
            DISPATCH();
        }
        TARGET(LOAD_ASSERTION_ERROR)
            PUSH((sp_val)vm->e.AssertionError);
            DISPATCH();
        TARGET(BEFORE_WITH) {
            sp_val mgr = TOP();
            sp_val enter = lookup_special_bound(vm, mgr, vm->n.__enter__);
            if (enter == NULL)
                sp_raise_fmt(vm, vm->e.TypeError, "'%T' object does not support the context manager protocol", mgr);
            sp_val exitf = lookup_special_bound(vm, mgr, vm->n.__exit__);
            if (exitf == NULL)
                sp_raise_fmt(vm, vm->e.TypeError,
                             "'%T' object does not support the context manager protocol (missed __exit__ method)", mgr);
            SET_TOP(exitf);
            SAVE_FRAME();
            PUSH(sp_call0(vm, enter));
            DISPATCH();
        }
        TARGET(BEFORE_ASYNC_WITH) {
            sp_val mgr = TOP();
            sp_val enter = lookup_special_bound(vm, mgr, vm->n.__aenter__);
            if (enter == NULL)
                sp_raise_fmt(vm, vm->e.TypeError,
                             "'%T' object does not support the asynchronous context manager protocol", mgr);
            sp_val exitf = lookup_special_bound(vm, mgr, vm->n.__aexit__);
            if (exitf == NULL)
                sp_raise_fmt(vm, vm->e.TypeError,
                             "'%T' object does not support the asynchronous context manager protocol (missed __aexit__ method)", mgr);
            SET_TOP(exitf);
            SAVE_FRAME();
            PUSH(sp_call0(vm, enter));
            DISPATCH();
        }
        TARGET(WITH_EXCEPT_START) {
            sp_val e = TOP();
            sp_val exitf = PEEK(3);
            sp_val tb = sp_as_exc(e)->traceback;
            sp_val a[3] = { (sp_val)sp_type_of(vm, e), e, tb ? tb : vm->None };
            SAVE_FRAME();
            PUSH(sp_call(vm, exitf, SP_VALS(a), NULL));
            DISPATCH();
        }
        TARGET(UNPACK_SEQUENCE) {
            sp_val seq = POP();
            if (arg == 2 && sp_is_ptr(seq) && seq->type == vm->t.tuple) {
                /* An exact pair (`for k, v in pairs`, `a, b = f()`). */
                sp_vals items = sp_tuple_items(seq);
                if (items.len == 2) {
                    PUSH(sp_vals_get(items, 1));
                    PUSH(sp_vals_get(items, 0));
                    DISPATCH();
                }
            }
            sp = unpack_sequence(vm, s, sp, seq, arg);
            DISPATCH();
        }
        TARGET(UNPACK_EX) {
            sp_val seq = POP();
            sp = unpack_ex(vm, s, sp, seq, arg & 0xff, arg >> 8);
            DISPATCH();
        }
        TARGET(IMPORT_NAME) {
            sp_val fromlist = POP();
            sp_val level = POP();
            SAVE_FRAME();
            sp_val m = sp_import(vm, NAME_ARG(), f->globals, fromlist == vm->None ? NULL : fromlist,
                                 (int)sp_small_get(level));
            PUSH(m);
            DISPATCH();
        }
        TARGET(IMPORT_FROM)
            PUSH(import_from(vm, TOP(), NAME_ARG()));
            DISPATCH();
        TARGET(IMPORT_STAR)
            import_star(vm, f, POP());
            DISPATCH();
        TARGET(YIELD_VALUE) {
            sp_val v = POP();
            SAVE_FRAME();
            f->yielded = 1;
            if (f->resumed) {
                /* Back to the FOR_ITER or SEND that resumed it (gen_run's
                 * bookkeeping after a yield). */
                sp_gen_obj *g = (sp_gen_obj *)sp_as_exact(vm, f->gen, vm->t.generator, "YIELD_VALUE: not a generator");
                sp_frame_obj *back = sp_as_frame(vm, f->back);
                g->running = 0;
                g->exc_state = vm->exc_info != f->exc_saved ? vm->exc_info : NULL;
                vm->exc_info = f->exc_saved;
                f->exc_saved = NULL;
                f->resumed = 0;
                f->back = NULL;
                vm->frame = (sp_val)back;
                vm->depth = back->depth;
                f = back;
                LOAD_FRAME();
                PUSH(v);
                DISPATCH();
            }
            vm->frame = f->back;
            return v;
        }
        TARGET(GET_YIELD_FROM_ITER) {
            sp_val v = TOP();
            if (sp_is_coroutine(vm, v)) {
                if (!(co->flags & (SP_CO_COROUTINE | SP_CO_ITERABLE_COROUTINE)))
                    sp_raise_fmt(vm, vm->e.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            } else if (!sp_is_generator(vm, v)) {
                SET_TOP(sp_iter(vm, v));
            }
            DISPATCH();
        }
        TARGET(SEND) {
            sp_val v = POP();
            sp_val recv = TOP();
            SAVE_FRAME();
            if (gen_enter(vm, recv, f, v)) {
                f = sp_as_frame(vm, vm->frame);
                LOAD_FRAME();
                DISPATCH();
            }
            if (sp_is_generator(vm, recv) || sp_is_coroutine(vm, recv)) {
                bool done = false;
                sp_val r = sp_gen_resume(vm, recv, v, NULL, &done);
                if (done) {
                    SET_TOP(r);
                    JUMP_TO(arg);
                } else {
                    PUSH(r);
                }
                break;
            }
            sp_val result = NULL;
            sp_val r = send_other(vm, recv, v, &result);
            if (r == NULL) {
                SET_TOP(result);
                JUMP_TO(arg);
            } else {
                PUSH(r);
            }
            DISPATCH();
        }
        TARGET(GET_AWAITABLE)
            SET_TOP(get_awaitable(vm, TOP(), arg));
            DISPATCH();
        TARGET(GET_AITER) {
            sp_val o = TOP();
            if (sp_type_lookup(vm, sp_type_of(vm, o), vm->n.__aiter__) == NULL)
                sp_raise_fmt(vm, vm->e.TypeError, "'async for' requires an object with __aiter__ method, got %T", o);
            sp_val it = call_special0(vm, o, vm->n.__aiter__);
            if (sp_type_lookup(vm, sp_type_of(vm, it), vm->n.__anext__) == NULL)
                sp_raise_fmt(vm, vm->e.TypeError,
                             "'async for' received an object from __aiter__ that does not implement __anext__: %T", it);
            SET_TOP(it);
            DISPATCH();
        }
        TARGET(GET_ANEXT) {
            sp_val it = TOP();
            SAVE_FRAME();
            sp_val aw = call_special0(vm, it, vm->n.__anext__);
            sp_val r = sp_is_coroutine(vm, aw) ? aw : NULL;
            if (r == NULL) {
                if (sp_type_lookup(vm, sp_type_of(vm, aw), vm->n.__await__) == NULL)
                    sp_raise_fmt(vm, vm->e.TypeError,
                                 "'async for' received an invalid object from __anext__: %T", aw);
                r = get_awaitable(vm, aw, 0);
            }
            PUSH(r);
            DISPATCH();
        }
        TARGET(END_ASYNC_FOR) {
            sp_val e = POP();
            DROP();   /* the async iterator */
            if (!sp_exc_matches(vm, e, vm->e.StopAsyncIteration)) {
                exc = e;
                goto unwind;
            }
            DISPATCH();
        }
        TARGET(ASYNC_GEN_WRAP)
            SET_TOP(sp_async_gen_wrap(vm, TOP()));
            DISPATCH();
        TARGET(LOAD_BUILD_CLASS) {
            sp_val bc = sp_dict_get_str(vm, f->builtins, vm->n.__build_class__);
            if (bc == NULL)
                sp_raise_fmt(vm, vm->e.NameError, "__build_class__ not found");
            PUSH(bc);
            DISPATCH();
        }
        TARGET(SETUP_ANNOTATIONS) {
            sp_val m = f->locals ? f->locals : f->globals;
            if (mapping_get(vm, m, vm->n.__annotations__) == NULL)
                mapping_set(vm, m, vm->n.__annotations__, sp_dict_new(vm));
            DISPATCH();
        }
        TARGET(LOAD_LOCALS)
            PUSH(f->locals ? f->locals : f->globals);
            DISPATCH();
        TARGET(PRINT_EXPR) {
            sp_val v = POP();
            if (v != vm->None) {
                sp_val hook = vm->sys ? sp_getattr_opt(vm, vm->sys, sp_intern_cstr(vm, "displayhook")) : NULL;
                if (hook != NULL) {
                    sp_call1(vm, hook, v);
                } else {
                    sp_dict_set_cstr(vm, vm->builtins, "_", v);
                    sp_write_stdout(vm, sp_str_fmt(vm, "%R\n", v));
                }
            }
            DISPATCH();
        }
        TARGET(GET_LEN) {
            size_t n = sp_len(vm, TOP());
            PUSH(sp_int_from_size(vm, n));
            DISPATCH();
        }
        TARGET(MATCH_MAPPING)
        TARGET(MATCH_SEQUENCE)
        TARGET(MATCH_KEYS)
        TARGET(MATCH_CLASS)
        TARGET(COPY_DICT_WITHOUT_KEYS)
            sp = drop_to(s, sp, sp_eval_match_op(vm, sp_instr_op(ins), arg, s, sp));
            DISPATCH();
        case SP_OP__COUNT:
        default:
#if SP_CGOTO
        L_bad_opcode:
#endif
            sp_trap("eval: bad opcode");
        }
        continue;

    fresh_error:
        /* A new exception raised in this frame. */
        if (sp_is_exc(exc) && sp_as_exc(exc)->traceback == NULL && sp_as_exc(exc)->context == NULL)
            sp_eval_set_context(vm, exc);
    error:
        sp_traceback_add(vm, exc, (sp_val)f);
    unwind:
        for (;;) {
            uint32_t target, depth;
            if (find_handler(co, f->lasti, &target, &depth)) {
                sp = co->nlocals + co->ncells + co->nfrees + depth;
                clear_from(s, sp);
                PUSH(exc);
                exc = NULL;    /* the handler holds it: not a C-stack root for the frame's life */
                JUMP_TO(target);
                break;
            }
            /* No handler here: leave the frame (a traceback may keep it:
             * its value stack must not keep what it held alive). */
            f->sp = co->nlocals + co->ncells + co->nfrees;
            clear_from(s, f->sp);
            f->done = 1;
            f->yielded = 0;
            if (f == entry || f->entry) {
                vm->frame = f->back;
                *escaped = exc;
                return NULL;
            }
            if (f->resumed) {
                /* Out of a generator FOR_ITER or SEND resumed: finished, and a
                 * StopIteration becomes RuntimeError (PEP 479), raised
                 * in the caller as gen_run does. */
                gen_left(vm, f);
                f = sp_as_frame(vm, vm->frame);
                LOAD_FRAME();
                if (sp_exc_matches(vm, exc, vm->e.StopIteration))
                    exc = gen_stop_error(vm, exc);
                sp_traceback_add(vm, exc, (sp_val)f);
                continue;
            }
            sp_frame_obj *back = sp_as_frame(vm, f->back);
            vm->frame = (sp_val)back;
            vm->depth = back->depth;
            f = back;
            LOAD_FRAME();
            sp_traceback_add(vm, exc, (sp_val)f);
        }
    }
#undef co
#undef NAME_ARG
#undef CONST_ARG
#undef PAIRED_CONST
}

sp_val sp_eval_frame(sp_vm *vm, sp_frame_obj *frame, sp_val throw)
{
    sp_check_stack(vm);
    if (--vm->ticks <= 0)
        sp_vm_service(vm);
    sp_frame_obj *caller = vm->frame ? sp_as_frame(vm, vm->frame) : NULL;
    size_t depth = caller ? caller->depth + 1 : vm->depth + 1;
    if (depth > vm->recursion_limit)
        sp_raise_fmt(vm, vm->e.RecursionError, "maximum recursion depth exceeded");
    size_t saved_depth = vm->depth;
    frame->entry = 1;
    frame->back = vm->frame;
    frame->depth = depth;
    frame->yielded = 0;
    vm->frame = (sp_val)frame;
    vm->depth = depth;
    sp_handler h;
    volatile sp_val pending = throw;
    volatile bool fresh = throw != NULL;
    sp_val escaped = NULL;
    for (;;) {
        sp_handler_push(vm, &h);
        if (setjmp(h.buf) == 0) {
            sp_val p = pending;
            pending = NULL;    /* run() owns it: not a root while the frame runs */
            sp_val r = run(vm, frame, p, fresh, &escaped);
            sp_handler_pop(vm, &h);
            vm->depth = saved_depth;
            if (r == NULL) {
                vm->frame = frame->back;
                sp_raise(vm, escaped);
            }
            return r;
        }
        /* A C function raised inside the loop: vm->frame is the frame
         * that was running (calls update it before and after).  The loop
         * owns the exception now; vm->exc is a root, and left set it would
         * keep the exception, its traceback and every frame and local
         * that reaches alive until some later C raise (delaying their
         * __del__ and weak reference callbacks indefinitely). */
        pending = vm->exc;
        vm->exc = NULL;
        fresh = true;
    }
}

/* ---- module code, class bodies ------------------------------------------------------*/
sp_val sp_eval_code(sp_vm *vm, sp_val code, sp_val globals, sp_val locals)
{
    sp_val builtins = sp_builtins_for(vm, globals);
    if (sp_is_dict(globals) && sp_dict_get_str(vm, globals, vm->n.__builtins__) == NULL && vm->builtins_module)
        sp_dict_set(vm, globals, vm->n.__builtins__, vm->builtins_module);
    sp_code_obj *co = sp_as_code(code);
    if (co->nfrees > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "code object requires a closure of exactly length %zu", (size_t)co->nfrees);
    sp_frame_obj *f = sp_frame_new(vm, code, globals, builtins, locals ? locals : globals, NULL);
    if (co->flags & SP_CO_OPTIMIZED)
        f->locals = NULL;
    /* A function's code run directly: its cells start empty. */
    sp_vals slots = sp_frame_slots(f);
    for (size_t i = 0; i < co->ncells; i++)
        sp_vals_set(slots, co->nlocals + i, sp_cell_new(vm, NULL));
    return sp_eval_frame(vm, f, NULL);
}

void sp_init_eval(sp_vm *vm)
{
    if (vm->recursion_limit == 0)
        vm->recursion_limit = 1000;
}

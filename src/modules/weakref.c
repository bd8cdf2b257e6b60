/* Weak references: weakref.ref, weakref.proxy, the _weakref module, and
 * the gc module (see weakref.h for how they meet the collector).
 *
 * Differences from CPython, both from collecting by tracing instead of
 * reference counting: an object dies at the next collection, not the
 * moment its last reference goes (so a callback runs later), and
 * ref(o) is not ref(o) (CPython shares one callback-less ref per object).
 */
#include "weakref.h"
#include "../vm/vmlife.h"

/* ---- type checks ---------------------------------------------------------*/

static bool is_ref(sp_vm *vm, sp_val v)
{
    return sp_is_ptr(v) && sp_is_subtype(v->type, vm->t.weakref);
}

static bool is_proxy(sp_vm *vm, sp_val v)
{
    return sp_is_ptr(v) && (v->type == vm->t.weakproxy || v->type == vm->t.weakcallableproxy);
}

static sp_weakref_obj *as_weak(sp_vm *vm, sp_val v)
{
    if (!is_ref(vm, v) && !is_proxy(vm, v))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a 'weakref.ReferenceType' object but received '%T'", v);
    return (sp_weakref_obj *)v;
}

/* CPython lets these be weakly referenced: class instances (but not of
 * subclasses of the variable-size built-ins), classes, functions, sets,
 * modules, code, methods, generators. */
static bool weakrefable(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v))
        return false;
    sp_type *t = v->type;
    sp_layout l = t->def->layout;
    if (t->flags & SP_TF_HEAPTYPE)
        return l != SP_LAYOUT_INT && l != SP_LAYOUT_STR && l != SP_LAYOUT_BYTES && l != SP_LAYOUT_TUPLE;
    if (l == SP_LAYOUT_TYPE || l == SP_LAYOUT_FUNCTION || l == SP_LAYOUT_SET || l == SP_LAYOUT_MODULE
        || l == SP_LAYOUT_CODE)
        return true;
    return t == vm->t.function || t == vm->t.method || t == vm->t.generator || t == vm->t.coroutine
        || t == vm->t.async_generator || t == vm->t.set || t == vm->t.frozenset
        || t == vm->t.property || t == vm->t.sre_pattern;
}

/* ---- the collector's side ------------------------------------------------*/

static void sweep_one(sp_heap *h, sp_obj *o, void *ud)
{
    sp_vm *vm = ud;
    if (!sp_gc_is_marked(h, o))
        return;                    /* the weakref itself dies: nothing to do */
    sp_weakref_obj *w = (sp_weakref_obj *)o;
    if (w->referent == NULL || !sp_is_ptr(w->referent) || sp_gc_is_marked(h, (sp_obj *)w->referent))
        return;
    w->referent = NULL;
    if (w->callback != NULL && !w->pending) {
        w->pending = 1;
        vm->weak_pending++;
        sp_vm_request_service(vm);
    }
}

void sp_weakref_sweep(sp_heap *h, sp_vm *vm)
{
    sp_heap_each_weak(h, sweep_one, vm);
}

static void mark_pending(sp_heap *h, sp_obj *o, void *ud)
{
    if (((sp_weakref_obj *)o)->pending)
        sp_gc_mark(h, (sp_val)o);
}

/* A weak reference whose callback is due is a root until the callback
 * ran (it is the callback's argument, as in CPython).  Without this, one
 * dropped before the next safe point was freed with its callback never
 * called, and weak_pending stayed above the number of pending references
 * for good: every later service walked the heap 100 times looking for
 * them. */
void sp_weakref_mark_pending(sp_heap *h, sp_vm *vm)
{
    if (vm->weak_pending > 0)
        sp_heap_each_weak(h, mark_pending, vm);
}

/* Heap walks must not allocate (an allocation may collect and reshape the
 * heap under the walk): results go into a tuple allocated beforehand. */
typedef struct { sp_val tuple; size_t n; } sink;

static void take_pending(sp_heap *h, sp_obj *o, void *ud)
{
    sink *s = ud;
    sp_weakref_obj *w = (sp_weakref_obj *)o;
    if (!w->pending || s->n >= sp_tuple_len(s->tuple))
        return;
    w->pending = 0;
    sp_tuple_set(s->tuple, s->n++, (sp_val)o);
}

static sp_val run_callback(sp_vm *vm, void *ud)
{
    sp_weakref_obj *w = ud;
    sp_val cb = w->callback;
    w->callback = NULL;            /* a callback runs once */
    if (cb != NULL)
        sp_call1(vm, cb, (sp_val)w);
    return vm->None;
}

typedef struct { sp_val where, exc; } ignored;

/* CPython's report of an exception nobody can catch. */
static sp_val report_repr(sp_vm *vm, void *ud)
{
    return sp_repr(vm, *(sp_val *)ud);
}

/* As CPython's default sys.unraisablehook (write_unraisable_exc_file): no
 * object line for None, "<object repr() failed>" if repr raises, then the
 * exception alone -- its traceback and "Type: str", never its context. */
static sp_val report(sp_vm *vm, void *ud)
{
    ignored *e = ud;
    if (e->where != NULL && e->where != vm->None) {
        sp_val err = NULL;
        sp_val r = sp_pcall(vm, report_repr, &e->where, &err);
        sp_write_stderr_cstr(vm, "Exception ignored in: ");
        if (r != NULL && sp_is_str(r))
            sp_write_stderr(vm, r);
        else
            sp_write_stderr_cstr(vm, "<object repr() failed>");
        sp_write_stderr_cstr(vm, "\n");
    }
    sp_print_unraisable_exc(vm, e->exc);
    return vm->None;
}

void sp_report_unraisable(sp_vm *vm, sp_val where, sp_val exc)
{
    ignored e = { where, exc };
    sp_val e2 = NULL;
    (void)sp_pcall(vm, report, &e, &e2);
}

static sp_val gather(sp_vm *vm, void *ud)
{
    sink *s = ud;
    s->tuple = sp_tuple_new(vm, vm->weak_pending);
    sp_heap_each_weak(vm->heap, take_pending, s);
    vm->weak_pending = vm->weak_pending > s->n ? vm->weak_pending - s->n : 0;
    return s->tuple;
}

void sp_weakref_run_pending(sp_vm *vm)
{
    if (vm->weak_pending == 0 || vm->weak_running)
        return;
    vm->weak_running = true;
    /* A callback that triggers a collection adds to the count: loop. */
    for (int round = 0; round < 100 && vm->weak_pending > 0; round++) {
        sink s = { NULL, 0 };
        sp_val exc = NULL;
        if (sp_pcall(vm, gather, &s, &exc) == NULL)
            break;                 /* out of memory: again at the next safe point */
        for (size_t i = 0; i < s.n; i++) {
            sp_weakref_obj *w = (sp_weakref_obj *)sp_tuple_get(s.tuple, i);
            sp_val cb = w->callback;
            if (sp_pcall(vm, run_callback, w, &exc) == NULL && cb != NULL)
                sp_report_unraisable(vm, cb, exc);
        }
    }
    vm->weak_running = false;
}

/* ---- weakref.ref -----------------------------------------------------------*/

static sp_val new_weak(sp_vm *vm, sp_type *type, sp_val ob, sp_val callback)
{
    if (!weakrefable(vm, ob))
        sp_raise_fmt(vm, vm->e.TypeError, "cannot create weak reference to '%T' object", ob);
    sp_weakref_obj *w = (sp_weakref_obj *)sp_alloc_instance_gc(vm, type, SP_GC_WEAK);
    w->referent = ob;
    w->callback = callback == vm->None ? NULL : callback;
    w->hash = -1;
    vm->fin_candidates = true;
    return (sp_val)w;
}

static sp_val ref_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_weakref_run_pending(vm);
    sp_val cls = sp_vals_get(args, 0);
    if (!sp_is_type(cls) || !sp_is_subtype((sp_type *)cls, vm->t.weakref))
        sp_raise_fmt(vm, vm->e.TypeError, "weakref.__new__(X): X is not a subtype of weakref");
    /* Subclasses may take more arguments in __new__/__init__: only the first
     * two positional ones are ours. */
    sp_vals pos = sp_vals_from(args, 1);
    size_t nkw = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    size_t npos = pos.len - nkw;
    if ((sp_type *)cls == vm->t.weakref) {
        sp_no_kwargs(vm, "ref", kwnames);
        if (npos < 1)
            sp_raise_fmt(vm, vm->e.TypeError, "__new__ expected at least 1 argument, got %zu", npos);
        if (npos > 2)
            sp_raise_fmt(vm, vm->e.TypeError, "__new__ expected at most 2 arguments, got %zu", npos);
    } else if (npos < 1) {
        sp_raise_fmt(vm, vm->e.TypeError, "__new__ expected at least 1 argument, got 0");
    }
    return new_weak(vm, (sp_type *)cls, sp_vals_get(pos, 0), npos > 1 ? sp_vals_get(pos, 1) : NULL);
}

static sp_val ref_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return vm->None;
}

static sp_val ref_call_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "weakref", sp_vals_from(args, 1), kwnames, 0, 0);
    sp_weakref_obj *w = as_weak(vm, sp_vals_get(args, 0));
    return w->referent != NULL ? w->referent : vm->None;
}

static sp_val ref_hash_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_weakref_obj *w = as_weak(vm, sp_vals_get(args, 0));
    if (w->hash == -1) {
        if (w->referent == NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "weak object has gone away");
        w->hash = sp_hash(vm, w->referent);
    }
    return sp_int_from_i64(vm, w->hash);
}

/* Two live refs compare by their referents; otherwise by identity. */
static sp_val ref_cmp(sp_vm *vm, sp_vals args, bool eq)
{
    sp_val a = sp_vals_get(args, 0), b = sp_vals_get(args, 1);
    if (!is_ref(vm, a) || !is_ref(vm, b))
        return vm->NotImplemented;
    sp_weakref_obj *x = (sp_weakref_obj *)a, *y = (sp_weakref_obj *)b;
    if (x->referent == NULL || y->referent == NULL)
        return sp_bool(vm, (a == b) == eq);
    return sp_richcmp(vm, x->referent, y->referent, eq ? SP_EQ : SP_NE);
}

static sp_val ref_eq_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return ref_cmp(vm, args, true); }
static sp_val ref_ne_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return ref_cmp(vm, args, false); }

static sp_val ref_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    sp_weakref_obj *w = as_weak(vm, self);
    sp_val at = sp_int_to_str(vm, sp_int_from_u64(vm, (uint64_t)(uintptr_t)self), 16);
    if (w->referent == NULL)
        return sp_str_fmt(vm, "<weakref at 0x%U; dead>", at);
    sp_val to = sp_int_to_str(vm, sp_int_from_u64(vm, (uint64_t)(uintptr_t)w->referent), 16);
    sp_val name = sp_getattr_opt(vm, w->referent, vm->n.__name__);
    if (name != NULL && sp_is_str(name))
        return sp_str_fmt(vm, "<weakref at 0x%U; to '%T' at 0x%U (%U)>", at, w->referent, to, name);
    return sp_str_fmt(vm, "<weakref at 0x%U; to '%T' at 0x%U>", at, w->referent, to);
}

static sp_val ref_get_callback(sp_vm *vm, sp_val self)
{
    sp_weakref_obj *w = as_weak(vm, self);
    return w->callback != NULL ? w->callback : vm->None;
}

static void weak_trace(sp_heap *h, sp_obj *o)
{
    /* Not the referent: that is what makes it weak. */
    sp_gc_mark(h, ((sp_weakref_obj *)o)->callback);
}

static const sp_methoddef ref_methods[] = {
    { "__new__", ref_new_m, SP_METH_STATIC, NULL },
    { "__init__", ref_init_m, 0, NULL },
    { "__call__", ref_call_m, 0, NULL },
    { "__hash__", ref_hash_m, 0, NULL },
    { "__eq__", ref_eq_m, 0, NULL },
    { "__ne__", ref_ne_m, 0, NULL },
    { "__repr__", ref_repr_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef ref_getsets[] = {
    { "__callback__", ref_get_callback, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_weakref_def = {
    .name = "weakref.ReferenceType",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_weakref_obj),
    .trace = weak_trace,
    .methods = ref_methods,
    .getsets = ref_getsets,
    .flags = SP_TF_BASETYPE,
};

/* ---- weakref.proxy ----------------------------------------------------------*/

static sp_val referent_of(sp_vm *vm, sp_val proxy)
{
    sp_weakref_obj *w = as_weak(vm, proxy);
    if (w->referent == NULL)
        sp_raise_fmt(vm, vm->e.ReferenceError, "weakly-referenced object no longer exists");
    return w->referent;
}

/* An operand as the operation sees it: proxies stand for their referents. */
static sp_val unwrap(sp_vm *vm, sp_val v)
{
    return is_proxy(vm, v) ? referent_of(vm, v) : v;
}

static sp_val self_ref(sp_vm *vm, sp_vals args)
{
    return referent_of(vm, sp_vals_get(args, 0));
}

static sp_val proxy_getattribute_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_getattr(vm, self_ref(vm, args), sp_vals_get(args, 1));
}

static sp_val proxy_setattr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_setattr(vm, self_ref(vm, args), sp_vals_get(args, 1), sp_vals_get(args, 2));
    return vm->None;
}

static sp_val proxy_delattr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_delattr(vm, self_ref(vm, args), sp_vals_get(args, 1));
    return vm->None;
}

static sp_val proxy_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    sp_weakref_obj *w = as_weak(vm, self);
    sp_val at = sp_int_to_str(vm, sp_int_from_u64(vm, (uint64_t)(uintptr_t)self), 16);
    if (w->referent == NULL)
        return sp_str_fmt(vm, "<weakproxy at 0x%U; dead>", at);
    sp_val to = sp_int_to_str(vm, sp_int_from_u64(vm, (uint64_t)(uintptr_t)w->referent), 16);
    return sp_str_fmt(vm, "<weakproxy at 0x%U; to '%T' at 0x%U>", at, w->referent, to);
}

static sp_val proxy_str_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_str(vm, self_ref(vm, args)); }
static sp_val proxy_bool_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_bool(vm, sp_truthy(vm, self_ref(vm, args))); }
static sp_val proxy_len_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_int_from_size(vm, sp_len(vm, self_ref(vm, args))); }
static sp_val proxy_iter_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_iter(vm, self_ref(vm, args)); }

static sp_val proxy_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val r = sp_next(vm, self_ref(vm, args));
    if (r == NULL)
        sp_raise_type(vm, vm->e.StopIteration);
    return r;
}

static sp_val proxy_getitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_getitem(vm, self_ref(vm, args), sp_vals_get(args, 1));
}

static sp_val proxy_setitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_setitem(vm, self_ref(vm, args), sp_vals_get(args, 1), sp_vals_get(args, 2));
    return vm->None;
}

static sp_val proxy_delitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_delitem(vm, self_ref(vm, args), sp_vals_get(args, 1));
    return vm->None;
}

static sp_val proxy_contains_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_bool(vm, sp_contains(vm, self_ref(vm, args), sp_vals_get(args, 1)));
}

static sp_val proxy_hash_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    /* CPython names the type with its module here. */
    sp_val self = sp_vals_get(args, 0);
    sp_raise_fmt(vm, vm->e.TypeError, "unhashable type: '%s'", self->type->def->name);
}

static sp_val proxy_call_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_call(vm, self_ref(vm, args), sp_vals_from(args, 1), kwnames);
}

#define PROXY_CMP(NAME, OP)                                                     \
    static sp_val NAME(sp_vm *vm, sp_vals args, sp_val kwnames)                 \
    {                                                                           \
        return sp_richcmp(vm, unwrap(vm, sp_vals_get(args, 0)), unwrap(vm, sp_vals_get(args, 1)), OP); \
    }
PROXY_CMP(proxy_lt_m, SP_LT)
PROXY_CMP(proxy_le_m, SP_LE)
PROXY_CMP(proxy_eq_m, SP_EQ)
PROXY_CMP(proxy_ne_m, SP_NE)
PROXY_CMP(proxy_gt_m, SP_GT)
PROXY_CMP(proxy_ge_m, SP_GE)

/* Binary operators: x op y and the reflected y op x. */
#define PROXY_BIN(NAME, RNAME, OP)                                              \
    static sp_val NAME(sp_vm *vm, sp_vals args, sp_val kwnames)                 \
    {                                                                           \
        return sp_binary(vm, OP, unwrap(vm, sp_vals_get(args, 0)), unwrap(vm, sp_vals_get(args, 1))); \
    }                                                                           \
    static sp_val RNAME(sp_vm *vm, sp_vals args, sp_val kwnames)                \
    {                                                                           \
        return sp_binary(vm, OP, unwrap(vm, sp_vals_get(args, 1)), unwrap(vm, sp_vals_get(args, 0))); \
    }
PROXY_BIN(proxy_add_m, proxy_radd_m, SP_OP_ADD)
PROXY_BIN(proxy_sub_m, proxy_rsub_m, SP_OP_SUB)
PROXY_BIN(proxy_mul_m, proxy_rmul_m, SP_OP_MUL)
PROXY_BIN(proxy_truediv_m, proxy_rtruediv_m, SP_OP_TRUEDIV)
PROXY_BIN(proxy_floordiv_m, proxy_rfloordiv_m, SP_OP_FLOORDIV)
PROXY_BIN(proxy_mod_m, proxy_rmod_m, SP_OP_MOD)
PROXY_BIN(proxy_and_m, proxy_rand_m, SP_OP_AND)
PROXY_BIN(proxy_or_m, proxy_ror_m, SP_OP_OR)
PROXY_BIN(proxy_xor_m, proxy_rxor_m, SP_OP_XOR)

static sp_val proxy_neg_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_neg(vm, self_ref(vm, args)); }

#define PROXY_COMMON                                                            \
    { "__getattribute__", proxy_getattribute_m, 0, NULL },                      \
    { "__setattr__", proxy_setattr_m, 0, NULL },                                \
    { "__delattr__", proxy_delattr_m, 0, NULL },                                \
    { "__repr__", proxy_repr_m, 0, NULL },                                      \
    { "__str__", proxy_str_m, 0, NULL },                                        \
    { "__bool__", proxy_bool_m, 0, NULL },                                      \
    { "__len__", proxy_len_m, 0, NULL },                                        \
    { "__iter__", proxy_iter_m, 0, NULL },                                      \
    { "__next__", proxy_next_m, 0, NULL },                                      \
    { "__getitem__", proxy_getitem_m, 0, NULL },                                \
    { "__setitem__", proxy_setitem_m, 0, NULL },                                \
    { "__delitem__", proxy_delitem_m, 0, NULL },                                \
    { "__contains__", proxy_contains_m, 0, NULL },                              \
    { "__hash__", proxy_hash_m, 0, NULL },                                      \
    { "__lt__", proxy_lt_m, 0, NULL }, { "__le__", proxy_le_m, 0, NULL },       \
    { "__eq__", proxy_eq_m, 0, NULL }, { "__ne__", proxy_ne_m, 0, NULL },       \
    { "__gt__", proxy_gt_m, 0, NULL }, { "__ge__", proxy_ge_m, 0, NULL },       \
    { "__add__", proxy_add_m, 0, NULL }, { "__radd__", proxy_radd_m, 0, NULL }, \
    { "__sub__", proxy_sub_m, 0, NULL }, { "__rsub__", proxy_rsub_m, 0, NULL }, \
    { "__mul__", proxy_mul_m, 0, NULL }, { "__rmul__", proxy_rmul_m, 0, NULL }, \
    { "__truediv__", proxy_truediv_m, 0, NULL },                                \
    { "__rtruediv__", proxy_rtruediv_m, 0, NULL },                              \
    { "__floordiv__", proxy_floordiv_m, 0, NULL },                              \
    { "__rfloordiv__", proxy_rfloordiv_m, 0, NULL },                            \
    { "__mod__", proxy_mod_m, 0, NULL }, { "__rmod__", proxy_rmod_m, 0, NULL }, \
    { "__and__", proxy_and_m, 0, NULL }, { "__rand__", proxy_rand_m, 0, NULL }, \
    { "__or__", proxy_or_m, 0, NULL }, { "__ror__", proxy_ror_m, 0, NULL },     \
    { "__xor__", proxy_xor_m, 0, NULL }, { "__rxor__", proxy_rxor_m, 0, NULL }, \
    { "__neg__", proxy_neg_m, 0, NULL }

static const sp_methoddef proxy_methods[] = {
    PROXY_COMMON,
    { NULL, NULL, 0, NULL },
};

static const sp_methoddef callable_proxy_methods[] = {
    PROXY_COMMON,
    { "__call__", proxy_call_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_weakproxy_def = {
    .name = "weakref.ProxyType",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_weakref_obj),
    .trace = weak_trace,
    .methods = proxy_methods,
    .flags = SP_TF_NOINSTANCE,
};

const sp_typedef sp_weakcallableproxy_def = {
    .name = "weakref.CallableProxyType",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_weakref_obj),
    .trace = weak_trace,
    .methods = callable_proxy_methods,
    .flags = SP_TF_NOINSTANCE,
};

/* ---- the _weakref module -----------------------------------------------------*/

static sp_val wr_proxy(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_weakref_run_pending(vm);
    sp_no_kwargs(vm, "proxy", kwnames);
    sp_check_nargs(vm, "proxy", args, kwnames, 1, 2);
    sp_val ob = sp_vals_get(args, 0);
    sp_type *t = sp_callable(vm, ob) ? vm->t.weakcallableproxy : vm->t.weakproxy;
    return new_weak(vm, t, ob, args.len > 1 ? sp_vals_get(args, 1) : NULL);
}

typedef struct { sp_val target; size_t count; sp_val tuple; } refs_ctx;

/* Counts the live refs to target, and stores them while the tuple has room
 * (no allocation during the walk). */
static void find_refs(sp_heap *h, sp_obj *o, void *ud)
{
    refs_ctx *c = ud;
    if (((sp_weakref_obj *)o)->referent != c->target)
        return;
    if (c->tuple != NULL && c->count < sp_tuple_len(c->tuple))
        sp_tuple_set(c->tuple, c->count, (sp_val)o);
    c->count++;
}

static sp_val wr_getweakrefcount(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "getweakrefcount", args, kwnames, 1, 1);
    refs_ctx c = { sp_vals_get(args, 0), 0, NULL };
    sp_heap_each_weak(vm->heap, find_refs, &c);
    return sp_int_from_size(vm, c.count);
}

static sp_val wr_getweakrefs(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "getweakrefs", args, kwnames, 1, 1);
    refs_ctx c = { sp_vals_get(args, 0), 0, NULL };
    sp_heap_each_weak(vm->heap, find_refs, &c);
    c.tuple = sp_tuple_new(vm, c.count);
    c.count = 0;
    sp_heap_each_weak(vm->heap, find_refs, &c);
    size_t n = c.count < sp_tuple_len(c.tuple) ? c.count : sp_tuple_len(c.tuple);
    return sp_list_from(vm, sp_vals_sub(sp_tuple_items(c.tuple), 0, n));
}

static sp_val wr_remove_dead_weakref(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "_remove_dead_weakref", args, kwnames, 2, 2);
    sp_val d = sp_vals_get(args, 0), key = sp_vals_get(args, 1);
    if (!sp_is_dict(d))
        sp_raise_fmt(vm, vm->e.TypeError, "_remove_dead_weakref() argument 1 must be dict, not %T", d);
    sp_val v = sp_dict_get(vm, d, key);
    if (v != NULL && (is_ref(vm, v) || is_proxy(vm, v)) && ((sp_weakref_obj *)v)->referent == NULL)
        sp_dict_del(vm, d, key);
    return vm->None;
}

static const sp_methoddef weakref_functions[] = {
    { "getweakrefcount", wr_getweakrefcount, 0, NULL },
    { "getweakrefs", wr_getweakrefs, 0, NULL },
    { "proxy", wr_proxy, 0, NULL },
    { "_remove_dead_weakref", wr_remove_dead_weakref, 0, NULL },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_weakref(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_weakref"));
    sp_module_add_methods(vm, m, weakref_functions);
    sp_module_add(vm, m, "ref", (sp_val)vm->t.weakref);
    sp_module_add(vm, m, "ReferenceType", (sp_val)vm->t.weakref);
    sp_module_add(vm, m, "ProxyType", (sp_val)vm->t.weakproxy);
    sp_module_add(vm, m, "CallableProxyType", (sp_val)vm->t.weakcallableproxy);
    return m;
}

/* ---- the gc module ---------------------------------------------------------------*/

static sp_val gc_collect(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_heap_stats before = sp_heap_get_stats(vm->heap);
    sp_heap_collect(vm->heap);
    /* The finalizers of what this found run now, and the objects they
     * leave unreachable are freed, as CPython's collect() does (a few
     * rounds, for the garbage finalizers make; none when called from a
     * finalizer, which must not run the others). */
    for (int round = 0; round < 4 && !vm->fin_running && sp_heap_finalizable_count(vm->heap) > 0; round++) {
        sp_run_finalizers(vm);
        sp_heap_collect(vm->heap);
    }
    sp_heap_stats after = sp_heap_get_stats(vm->heap);
    sp_weakref_run_pending(vm);
    /* CPython returns the number of unreachable objects it found; ours is
     * the drop in live objects. */
    size_t freed = before.objects_live > after.objects_live ? before.objects_live - after.objects_live : 0;
    return sp_int_from_size(vm, freed);
}

static sp_val gc_none(sp_vm *vm, sp_vals args, sp_val kwnames) { return vm->None; }
static sp_val gc_isenabled(sp_vm *vm, sp_vals args, sp_val kwnames) { return vm->True; }

static sp_val gc_get_count(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val t = sp_tuple_new(vm, 3);
    for (size_t i = 0; i < 3; i++)
        sp_tuple_set(t, i, sp_small(0));
    return t;
}

static sp_val gc_get_threshold(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val t = sp_tuple_new(vm, 3);
    sp_tuple_set(t, 0, sp_small(700));
    sp_tuple_set(t, 1, sp_small(10));
    sp_tuple_set(t, 2, sp_small(10));
    return t;
}

static sp_val gc_is_tracked(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "is_tracked", args, kwnames, 1, 1);
    return sp_bool(vm, sp_is_ptr(sp_vals_get(args, 0)));
}

/* True once the object's finalizer (__del__) was queued or ran: class
 * instances lose their finalization flag then (finalize.c). */
static sp_val gc_is_finalized(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "is_finalized", args, kwnames, 1, 1);
    sp_val o = sp_vals_get(args, 0);
    return sp_bool(vm, sp_is_ptr(o) && (o->type->flags & SP_TF_HEAPTYPE) && !sp_heap_has_pyfin(vm->heap, o));
}

static const sp_methoddef gc_functions[] = {
    { "is_finalized", gc_is_finalized, 0, NULL },
    { "collect", gc_collect, 0, NULL },
    { "enable", gc_none, 0, NULL },
    { "disable", gc_none, 0, NULL },
    { "isenabled", gc_isenabled, 0, NULL },
    { "get_count", gc_get_count, 0, NULL },
    { "get_threshold", gc_get_threshold, 0, NULL },
    { "set_threshold", gc_none, 0, NULL },
    { "is_tracked", gc_is_tracked, 0, NULL },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_gc(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "gc"));
    sp_module_add_methods(vm, m, gc_functions);
    sp_module_add(vm, m, "garbage", sp_list_new(vm, 0));
    sp_module_add(vm, m, "callbacks", sp_list_new(vm, 0));
    return m;
}

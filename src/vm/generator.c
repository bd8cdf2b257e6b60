/* Generators, coroutines and async generators.
 *
 * A generator owns a suspended frame.  Resuming it runs the frame in a
 * nested loop invocation until the next yield (the frame keeps its pc and
 * value stack) or until it returns or raises.  Async generators yield
 * wrapped values (ASYNC_GEN_WRAP) so that their asend/athrow awaitables can
 * tell a real yield (the awaitable's result) from a value passed through to
 * the event loop by an inner await.
 */
#include <stdio.h>
#include "code.h"

enum { AW_AWAIT, AW_ASEND, AW_ATHROW, AW_ACLOSE };

typedef struct sp_awaitable_obj {
    sp_obj h;
    sp_val gen;
    sp_val value;   /* asend: the value to send; athrow: the exception */
    uint8_t mode;
    uint8_t state;  /* 0: not started, 1: running, 2: done */
} sp_awaitable_obj;

static bool is_gen_type(sp_vm *vm, sp_val v)
{
    return sp_is_ptr(v) && (v->type == vm->t.generator || v->type == vm->t.coroutine || v->type == vm->t.async_generator);
}

bool sp_is_generator(sp_vm *vm, sp_val v)
{
    return sp_is_ptr(v) && sp_is_subtype(v->type, vm->t.generator);
}

bool sp_is_coroutine(sp_vm *vm, sp_val v)
{
    return sp_is_ptr(v) && v->type == vm->t.coroutine;
}

static sp_gen_obj *as_gen(sp_vm *vm, sp_val v)
{
    if (!is_gen_type(vm, v))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a generator object, not '%T'", v);
    return (sp_gen_obj *)v;
}

sp_val sp_gen_new(sp_vm *vm, sp_frame_obj *frame, sp_val func)
{
    sp_code_obj *co = sp_as_code(frame->code);
    sp_type *t = (co->flags & SP_CO_COROUTINE) ? vm->t.coroutine
                 : (co->flags & SP_CO_ASYNC_GENERATOR) ? vm->t.async_generator : vm->t.generator;
    /* A candidate for finalization: closed if it becomes garbage while
     * suspended inside a try or with block (finalize.c). */
    sp_gen_obj *g = (sp_gen_obj *)sp_heap_alloc(vm->heap, t, sizeof(sp_gen_obj), SP_GC_PYFIN);
    if (g == NULL)
        sp_raise_memory(vm);
    vm->fin_candidates = true;
    g->frame = (sp_val)frame;
    g->code = frame->code;
    if (func != NULL && sp_is_function(vm, func)) {
        g->name = sp_as_function(func)->name;
        g->qualname = sp_as_function(func)->qualname;
    } else {
        g->name = co->name;
        g->qualname = co->qualname;
    }
    frame->gen = (sp_val)g;
    return (sp_val)g;
}

sp_val sp_async_gen_wrap(sp_vm *vm, sp_val v)
{
    sp_valarray *a = sp_valarray_new(vm, 1);
    sp_vals_set(sp_valarray_span(a), 0, v);
    return (sp_val)a;
}

static bool is_wrapped(sp_vm *vm, sp_val v)
{
    return sp_is_ptr(v) && v->type == vm->t.valarray;
}

static sp_val unwrap(sp_vm *vm, sp_val v)
{
    return sp_vals_get(sp_valarray_span((sp_valarray *)v), 0);
}

static const char *kind_name(sp_vm *vm, sp_gen_obj *g)
{
    if (g->h.type == vm->t.coroutine)
        return "coroutine";
    if (g->h.type == vm->t.async_generator)
        return "async generator";
    return "generator";
}

/* Run the generator's frame: push `value` first when `push`. */
static sp_val gen_run(sp_vm *vm, sp_gen_obj *g, bool push, sp_val value, sp_val exc, bool *done)
{
    sp_frame_obj *f = sp_as_frame(vm, g->frame);
    if (push) {
        sp_vals slots = sp_frame_slots(f);
        sp_vals_set(slots, f->sp, value);
        f->sp++;
    }
    sp_val saved = vm->exc_info;
    if (g->exc_state != NULL)
        vm->exc_info = g->exc_state;
    g->running = 1;
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) != 0) {
        sp_val e = vm->exc;
        g->running = 0;
        f->back = NULL;
        g->frame = NULL;
        g->exc_state = NULL;
        vm->exc_info = saved;
        bool is_async = g->h.type == vm->t.async_generator;
        if (sp_exc_matches(vm, e, vm->e.StopIteration) ||
            (is_async && sp_exc_matches(vm, e, vm->e.StopAsyncIteration))) {
            const char *what = sp_exc_matches(vm, e, vm->e.StopIteration) ? "StopIteration" : "StopAsyncIteration";
            sp_val r = sp_exc_new_msg(vm, vm->e.RuntimeError, sp_str_fmt(vm, "%s raised %s", kind_name(vm, g), what));
            sp_as_exc(r)->cause = e;
            sp_as_exc(r)->context = e;
            sp_as_exc(r)->suppress_context = true;
            sp_raise(vm, r);
        }
        sp_raise(vm, e);
    }
    sp_val r = sp_eval_frame(vm, f, exc);
    sp_handler_pop(vm, &h);
    g->running = 0;
    f->back = NULL;      /* no caller while suspended (CPython: f_back None) */
    if (f->yielded) {
        g->exc_state = vm->exc_info != saved ? vm->exc_info : NULL;
        vm->exc_info = saved;
        *done = false;
        return r;
    }
    g->frame = NULL;
    g->exc_state = NULL;
    vm->exc_info = saved;
    *done = true;
    return r;
}

static bool started(sp_frame_obj *f)
{
    return f->pc != 0;
}

/* The iterator a suspended `yield from` / await delegates to, or NULL. */
static sp_val delegate_of(sp_vm *vm, sp_frame_obj *f)
{
    sp_code_obj *co = sp_as_code(f->code);
    if (f->pc < 2 || f->pc > co->ncode)
        return NULL;
    sp_u32s code = sp_code_words(co);
    if (sp_instr_op(sp_u32s_get(code, f->pc - 1)) != SP_OP_YIELD_VALUE ||
        sp_instr_op(sp_u32s_get(code, f->pc - 2)) != SP_OP_SEND)
        return NULL;
    return sp_vals_get(sp_frame_slots(f), f->sp - 1);
}

static void check_running(sp_vm *vm, sp_gen_obj *g)
{
    if (g->running)
        sp_raise_fmt(vm, vm->e.ValueError, "%s already executing", kind_name(vm, g));
}

sp_val sp_gen_resume(sp_vm *vm, sp_val gen, sp_val value, sp_val exc, bool *done)
{
    sp_gen_obj *g = as_gen(vm, gen);
    check_running(vm, g);
    if (g->frame == NULL) {
        if (exc != NULL)
            sp_raise(vm, exc);
        if (g->h.type == vm->t.coroutine)
            sp_raise_fmt(vm, vm->e.RuntimeError, "cannot reuse already awaited coroutine");
        *done = true;
        return vm->None;
    }
    sp_frame_obj *f = sp_as_frame(vm, g->frame);
    if (exc == NULL) {
        if (!started(f)) {
            if (value != NULL && value != vm->None)
                sp_raise_fmt(vm, vm->e.TypeError, "can't send non-None value to a just-started %s", kind_name(vm, g));
            return gen_run(vm, g, false, NULL, NULL, done);
        }
        return gen_run(vm, g, true, value ? value : vm->None, NULL, done);
    }
    return gen_run(vm, g, false, NULL, exc, done);
}

typedef struct throw_ud { sp_val target, exc; bool done; } throw_ud;

static sp_val gen_throw(sp_vm *vm, sp_gen_obj *g, sp_val exc, bool *done);

static sp_val throw_cb(sp_vm *vm, void *ud)
{
    throw_ud *t = ud;
    if (is_gen_type(vm, t->target))
        return gen_throw(vm, (sp_gen_obj *)t->target, t->exc, &t->done);
    sp_val m = sp_getattr(vm, t->target, vm->n.throw);
    return sp_call1(vm, m, t->exc);
}

static sp_val close_cb(sp_vm *vm, void *ud)
{
    sp_val target = *(sp_val *)ud;
    sp_val m = sp_getattr_opt(vm, target, vm->n.close);
    if (m != NULL)
        sp_call0(vm, m);
    return vm->None;
}

/* gen.throw(exc) with yield-from delegation (recursing in C once per
 * level of the chain, hence the stack check). */
static sp_val gen_throw(sp_vm *vm, sp_gen_obj *g, sp_val exc, bool *done)
{
    sp_check_stack(vm);
    check_running(vm, g);
    if (g->frame != NULL) {
        sp_frame_obj *f = sp_as_frame(vm, g->frame);
        sp_val d = delegate_of(vm, f);
        if (d != NULL) {
            if (sp_exc_matches(vm, exc, vm->e.GeneratorExit)) {
                sp_val e2 = NULL;
                g->running = 1;
                sp_val r = sp_pcall(vm, close_cb, &d, &e2);
                g->running = 0;
                if (r == NULL)
                    exc = e2;
                return sp_gen_resume(vm, (sp_val)g, NULL, exc, done);
            }
            if (is_gen_type(vm, d) || sp_getattr_opt(vm, d, vm->n.throw) != NULL) {
                throw_ud ud = { d, exc, false };
                sp_val e2 = NULL;
                g->running = 1;
                sp_val r = sp_pcall(vm, throw_cb, &ud, &e2);
                g->running = 0;
                sp_val result = NULL;
                if (r != NULL && !ud.done) {
                    *done = false;
                    return r;
                }
                if (r != NULL) {
                    result = r;
                } else if (sp_exc_matches(vm, e2, vm->e.StopIteration)) {
                    result = sp_getattr_opt(vm, e2, vm->n.value);
                    if (result == NULL)
                        result = vm->None;
                } else {
                    return sp_gen_resume(vm, (sp_val)g, NULL, e2, done);
                }
                /* The delegate finished: continue after the SEND. */
                sp_code_obj *co = sp_as_code(f->code);
                uint32_t send = sp_u32s_get(sp_code_words(co), f->pc - 2);
                sp_vals_set(sp_frame_slots(f), f->sp - 1, result);
                f->pc = sp_instr_arg(send);
                return gen_run(vm, g, false, NULL, NULL, done);
            }
        }
    }
    return sp_gen_resume(vm, (sp_val)g, NULL, exc, done);
}

/* throw(type[, value[, tb]]) arguments -> an exception instance. */
static sp_val throw_args(sp_vm *vm, sp_vals args)
{
    sp_val typ = sp_vals_get(args, 1);
    sp_val val = args.len > 2 ? sp_vals_get(args, 2) : NULL;
    sp_val tb = args.len > 3 ? sp_vals_get(args, 3) : NULL;
    if (tb != NULL && tb != vm->None && !(sp_is_ptr(tb) && tb->type == vm->t.traceback))
        sp_raise_fmt(vm, vm->e.TypeError, "throw() third argument must be a traceback object");
    sp_val exc;
    if (sp_is_type(typ) && sp_is_subtype(sp_as_type(typ), vm->e.BaseException)) {
        if (val == NULL || val == vm->None) {
            exc = sp_call0(vm, typ);
        } else if (sp_is_exc(val) && sp_isinstance(vm, val, sp_as_type(typ))) {
            exc = val;
        } else {
            exc = sp_call1(vm, typ, val);
        }
    } else if (sp_is_exc(typ)) {
        if (val != NULL && val != vm->None)
            sp_raise_fmt(vm, vm->e.TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        sp_raise_fmt(vm, vm->e.TypeError, "exceptions must be classes or instances deriving from BaseException, not %T", typ);
    }
    if (tb != NULL && tb != vm->None)
        sp_as_exc(exc)->traceback = tb;
    return exc;
}

static _Noreturn void stop_with(sp_vm *vm, sp_val r)
{
    sp_raise_stop_iteration(vm, r);
}

/* ---- generator methods ----------------------------------------------------------*/
static sp_val gen_iter(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_vals_get(args, 0);
}

static sp_val gen_next(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    bool done = false;
    sp_val r = sp_gen_resume(vm, sp_vals_get(args, 0), vm->None, NULL, &done);
    if (done)
        stop_with(vm, r);
    return r;
}

static sp_val gen_send(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "send", args, kwnames, 2, 2);
    bool done = false;
    sp_val r = sp_gen_resume(vm, sp_vals_get(args, 0), sp_vals_get(args, 1), NULL, &done);
    if (done)
        stop_with(vm, r);
    return r;
}

static sp_val gen_throw_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "throw", args, kwnames, 2, 4);
    sp_gen_obj *g = as_gen(vm, sp_vals_get(args, 0));
    sp_val exc = throw_args(vm, args);
    bool done = false;
    sp_val r = gen_throw(vm, g, exc, &done);
    if (done)
        stop_with(vm, r);
    return r;
}

static sp_val gen_close_impl(sp_vm *vm, sp_gen_obj *g)
{
    if (g->frame == NULL)
        return vm->None;
    sp_frame_obj *f = sp_as_frame(vm, g->frame);
    if (!started(f)) {
        g->frame = NULL;
        return vm->None;
    }
    sp_val exc = sp_exc_new(vm, vm->e.GeneratorExit, SP_NOVALS);
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) != 0) {
        sp_val e = vm->exc;
        if (sp_exc_matches(vm, e, vm->e.GeneratorExit) || sp_exc_matches(vm, e, vm->e.StopIteration))
            return vm->None;
        sp_raise(vm, e);
    }
    bool done = false;
    gen_throw(vm, g, exc, &done);
    sp_handler_pop(vm, &h);
    if (!done)
        sp_raise_fmt(vm, vm->e.RuntimeError, "%s ignored GeneratorExit", kind_name(vm, g));
    return vm->None;
}

bool sp_gen_wants_close(sp_vm *vm, sp_obj *o)
{
    sp_gen_obj *g = (sp_gen_obj *)o;
    if (g->running || !sp_is_ptr(g->frame) || g->frame->type != vm->t.frame)
        return false;
    sp_frame_obj *f = (sp_frame_obj *)g->frame;
    if (!started(f) || f->done || !sp_is_ptr(f->code) || f->code->type != vm->t.code)
        return false;
    /* Suspended in a `yield from` / await of something that is not a
     * generator or coroutine: closing it calls that object's close() (a
     * Python method, perhaps), whatever handlers there are.  A generator
     * delegate is a candidate of its own. */
    sp_val d = delegate_of(vm, f);
    if (d != NULL && !(sp_is_ptr(d) && (d->type == vm->t.generator || d->type == vm->t.coroutine)))
        return true;
    /* Suspended at a yield: closing it throws GeneratorExit there, which
     * is visible only if a handler covers that instruction. */
    sp_code_obj *co = (sp_code_obj *)f->code;
    if (co->exctable == NULL)
        return false;
    sp_u32s t = sp_rawbuf_u32s(co->exctable);
    for (size_t i = 0; i < co->nexc && i * 4 + 3 < t.len; i++)
        if (f->lasti >= sp_u32s_get(t, i * 4) && f->lasti < sp_u32s_get(t, i * 4 + 1))
            return true;
    return false;
}

void sp_gen_finalize(sp_vm *vm, sp_val gen)
{
    sp_gen_obj *g = as_gen(vm, gen);
    if (!g->running)
        gen_close_impl(vm, g);
}

static sp_val gen_close(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return gen_close_impl(vm, as_gen(vm, sp_vals_get(args, 0)));
}

static sp_val gen_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_gen_obj *g = as_gen(vm, sp_vals_get(args, 0));
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)g);
    const char *k = g->h.type == vm->t.coroutine ? "coroutine" : g->h.type == vm->t.async_generator ? "async_generator"
                                                                                                 : "generator";
    return sp_str_fmt(vm, "<%s object %U at %s>", k, g->qualname, addr);
}

static sp_val gen_get_name(sp_vm *vm, sp_val self) { return as_gen(vm, self)->name; }
static void gen_set_name(sp_vm *vm, sp_val self, sp_val v)
{
    if (v == NULL || !sp_is_str(v))
        sp_raise_fmt(vm, vm->e.TypeError, "__name__ must be set to a string object");
    as_gen(vm, self)->name = v;
}
static sp_val gen_get_qualname(sp_vm *vm, sp_val self) { return as_gen(vm, self)->qualname; }
static void gen_set_qualname(sp_vm *vm, sp_val self, sp_val v)
{
    if (v == NULL || !sp_is_str(v))
        sp_raise_fmt(vm, vm->e.TypeError, "__qualname__ must be set to a string object");
    as_gen(vm, self)->qualname = v;
}
static sp_val gen_get_frame(sp_vm *vm, sp_val self)
{
    sp_val f = as_gen(vm, self)->frame;
    if (f == NULL)
        return vm->None;
    sp_frame_escape(vm, f);
    return f;
}
static sp_val gen_get_running(sp_vm *vm, sp_val self) { return sp_bool(vm, as_gen(vm, self)->running); }
static sp_val gen_get_code(sp_vm *vm, sp_val self) { return as_gen(vm, self)->code; }
static sp_val gen_get_yieldfrom(sp_vm *vm, sp_val self)
{
    sp_gen_obj *g = as_gen(vm, self);
    if (g->frame == NULL || g->running)
        return vm->None;
    sp_val d = delegate_of(vm, sp_as_frame(vm, g->frame));
    return d ? d : vm->None;
}
static sp_val gen_get_suspended(sp_vm *vm, sp_val self)
{
    sp_gen_obj *g = as_gen(vm, self);
    return sp_bool(vm, g->frame != NULL && !g->running && started(sp_as_frame(vm, g->frame)));
}

static void gen_trace(sp_heap *h, sp_obj *o)
{
    sp_gen_obj *g = (sp_gen_obj *)o;
    sp_gc_mark(h, g->frame);
    sp_gc_mark(h, g->name);
    sp_gc_mark(h, g->qualname);
    sp_gc_mark(h, g->code);
    sp_gc_mark(h, g->extra);
    sp_gc_mark(h, g->exc_state);
}

static const sp_methoddef generator_methods[] = {
    { "__iter__", gen_iter, 0, NULL },
    { "__next__", gen_next, 0, NULL },
    { "send", gen_send, 0, NULL },
    { "throw", gen_throw_m, 0, NULL },
    { "close", gen_close, 0, NULL },
    { "__repr__", gen_repr, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef generator_getsets[] = {
    { "__name__", gen_get_name, gen_set_name, NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, NULL },
    { "gi_frame", gen_get_frame, NULL, NULL },
    { "gi_running", gen_get_running, NULL, NULL },
    { "gi_code", gen_get_code, NULL, NULL },
    { "gi_yieldfrom", gen_get_yieldfrom, NULL, NULL },
    { "gi_suspended", gen_get_suspended, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_generator_def = {
    .name = "generator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_gen_obj),
    .trace = gen_trace,
    .methods = generator_methods,
    .getsets = generator_getsets,
    .flags = SP_TF_NOINSTANCE,
};

/* ---- awaitables: coroutine.__await__(), asend, athrow -----------------------------*/
static sp_awaitable_obj *as_aw(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || v->type != vm->t.coroutine_wrapper)
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a coroutine_wrapper object");
    return (sp_awaitable_obj *)v;
}

static sp_val awaitable_new(sp_vm *vm, sp_val gen, sp_val value, int mode)
{
    sp_awaitable_obj *a = (sp_awaitable_obj *)sp_alloc(vm, vm->t.coroutine_wrapper, sizeof(sp_awaitable_obj));
    a->gen = gen;
    a->value = value;
    a->mode = (uint8_t)mode;
    return (sp_val)a;
}

/* The result of one step of an async generator for asend/athrow. */
static sp_val agen_step(sp_vm *vm, sp_awaitable_obj *a, sp_val r, bool done)
{
    if (done) {
        a->state = 2;
        if (a->mode == AW_ACLOSE)
            stop_with(vm, vm->None);
        sp_raise_type(vm, vm->e.StopAsyncIteration);
    }
    if (is_wrapped(vm, r)) {
        a->state = 2;
        if (a->mode == AW_ACLOSE)
            sp_raise_fmt(vm, vm->e.RuntimeError, "async generator ignored GeneratorExit");
        stop_with(vm, unwrap(vm, r));
    }
    return r;
}

typedef struct agen_ud { sp_awaitable_obj *a; sp_val value; sp_val exc; bool done; } agen_ud;

static sp_val agen_cb(sp_vm *vm, void *ud)
{
    agen_ud *u = ud;
    sp_gen_obj *g = (sp_gen_obj *)u->a->gen;
    if (u->exc != NULL)
        return gen_throw(vm, g, u->exc, &u->done);
    return sp_gen_resume(vm, u->a->gen, u->value, NULL, &u->done);
}

static sp_val aw_send_impl(sp_vm *vm, sp_awaitable_obj *a, sp_val v, sp_val exc)
{
    if (a->mode == AW_AWAIT) {
        bool done = false;
        sp_val r = exc ? gen_throw(vm, (sp_gen_obj *)a->gen, exc, &done) : sp_gen_resume(vm, a->gen, v, NULL, &done);
        if (done)
            stop_with(vm, r);
        return r;
    }
    if (a->state == 2)
        sp_raise_fmt(vm, vm->e.RuntimeError, "cannot reuse already awaited %s",
                     a->mode == AW_ASEND ? "__anext__()/asend()" : "aclose()/athrow()");
    agen_ud ud = { a, v, exc, false };
    if (a->state == 0) {
        a->state = 1;
        if (exc == NULL) {
            if (a->mode == AW_ASEND) {
                if (v == vm->None && a->value != NULL)
                    ud.value = a->value;
            } else {
                ud.exc = a->mode == AW_ACLOSE ? sp_exc_new(vm, vm->e.GeneratorExit, SP_NOVALS) : a->value;
            }
        }
    }
    sp_val e = NULL;
    sp_val r = sp_pcall(vm, agen_cb, &ud, &e);
    if (r == NULL) {
        a->state = 2;
        if (a->mode == AW_ACLOSE &&
            (sp_exc_matches(vm, e, vm->e.StopAsyncIteration) || sp_exc_matches(vm, e, vm->e.GeneratorExit)))
            stop_with(vm, vm->None);
        sp_raise(vm, e);
    }
    return agen_step(vm, a, r, ud.done);
}

static sp_val aw_next(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return aw_send_impl(vm, as_aw(vm, sp_vals_get(args, 0)), vm->None, NULL);
}

static sp_val aw_send(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "send", args, kwnames, 2, 2);
    return aw_send_impl(vm, as_aw(vm, sp_vals_get(args, 0)), sp_vals_get(args, 1), NULL);
}

static sp_val aw_throw(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "throw", args, kwnames, 2, 4);
    return aw_send_impl(vm, as_aw(vm, sp_vals_get(args, 0)), NULL, throw_args(vm, args));
}

static sp_val aw_close(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_awaitable_obj *a = as_aw(vm, sp_vals_get(args, 0));
    if (a->mode == AW_AWAIT)
        return gen_close_impl(vm, (sp_gen_obj *)a->gen);
    a->state = 2;
    return vm->None;
}

static void aw_trace(sp_heap *h, sp_obj *o)
{
    sp_awaitable_obj *a = (sp_awaitable_obj *)o;
    sp_gc_mark(h, a->gen);
    sp_gc_mark(h, a->value);
}

static const sp_methoddef aw_methods[] = {
    { "__iter__", gen_iter, 0, NULL },
    { "__await__", gen_iter, 0, NULL },
    { "__next__", aw_next, 0, NULL },
    { "send", aw_send, 0, NULL },
    { "throw", aw_throw, 0, NULL },
    { "close", aw_close, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_coroutine_wrapper_def = {
    .name = "coroutine_wrapper",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_awaitable_obj),
    .trace = aw_trace,
    .methods = aw_methods,
    .flags = SP_TF_NOINSTANCE,
};

/* ---- coroutine ------------------------------------------------------------------*/
static sp_val coro_await(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    as_gen(vm, self);
    return awaitable_new(vm, self, NULL, AW_AWAIT);
}

static sp_val coro_get_await(sp_vm *vm, sp_val self) { return gen_get_yieldfrom(vm, self); }

static const sp_methoddef coroutine_methods[] = {
    { "__await__", coro_await, 0, NULL },
    { "send", gen_send, 0, NULL },
    { "throw", gen_throw_m, 0, NULL },
    { "close", gen_close, 0, NULL },
    { "__repr__", gen_repr, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef coroutine_getsets[] = {
    { "__name__", gen_get_name, gen_set_name, NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, NULL },
    { "cr_frame", gen_get_frame, NULL, NULL },
    { "cr_running", gen_get_running, NULL, NULL },
    { "cr_code", gen_get_code, NULL, NULL },
    { "cr_await", coro_get_await, NULL, NULL },
    { "cr_suspended", gen_get_suspended, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_coroutine_def = {
    .name = "coroutine",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_gen_obj),
    .trace = gen_trace,
    .methods = coroutine_methods,
    .getsets = coroutine_getsets,
    .flags = SP_TF_NOINSTANCE,
};

/* ---- async generator ----------------------------------------------------------------*/
static sp_val agen_aiter(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_vals_get(args, 0);
}

static sp_val agen_anext(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    as_gen(vm, self);
    return awaitable_new(vm, self, NULL, AW_ASEND);
}

static sp_val agen_asend(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "asend", args, kwnames, 2, 2);
    sp_val self = sp_vals_get(args, 0);
    as_gen(vm, self);
    return awaitable_new(vm, self, sp_vals_get(args, 1), AW_ASEND);
}

static sp_val agen_athrow(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "athrow", args, kwnames, 2, 4);
    sp_val self = sp_vals_get(args, 0);
    as_gen(vm, self);
    return awaitable_new(vm, self, throw_args(vm, args), AW_ATHROW);
}

static sp_val agen_aclose(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    as_gen(vm, self);
    return awaitable_new(vm, self, NULL, AW_ACLOSE);
}

static sp_val agen_get_await(sp_vm *vm, sp_val self) { return gen_get_yieldfrom(vm, self); }

static const sp_methoddef async_generator_methods[] = {
    { "__aiter__", agen_aiter, 0, NULL },
    { "__anext__", agen_anext, 0, NULL },
    { "asend", agen_asend, 0, NULL },
    { "athrow", agen_athrow, 0, NULL },
    { "aclose", agen_aclose, 0, NULL },
    { "__repr__", gen_repr, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef async_generator_getsets[] = {
    { "__name__", gen_get_name, gen_set_name, NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, NULL },
    { "ag_frame", gen_get_frame, NULL, NULL },
    { "ag_running", gen_get_running, NULL, NULL },
    { "ag_code", gen_get_code, NULL, NULL },
    { "ag_await", agen_get_await, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_async_generator_def = {
    .name = "async_generator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_gen_obj),
    .trace = gen_trace,
    .methods = async_generator_methods,
    .getsets = async_generator_getsets,
    .flags = SP_TF_NOINSTANCE,
};

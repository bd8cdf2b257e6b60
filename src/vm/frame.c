/* Frame objects: one per running (or suspended) Python code invocation.
 * They live in the GC heap, so Python-to-Python calls need no C stack. */
#include <stdio.h>
#include "code.h"

sp_frame_obj *sp_frame_new(sp_vm *vm, sp_val code, sp_val globals, sp_val builtins, sp_val locals, sp_val func)
{
    sp_code_obj *co = sp_as_code(code);
    if (co->spare != NULL) {
        /* A recycled frame: sp_frame_release cleared its slots (all NULL,
         * as a fresh frame's) and its references; reset the rest. */
        sp_frame_obj *f = sp_as_frame(vm, co->spare);
        co->spare = f->back;
        co->nspare--;
        f->func = func;
        f->globals = globals;
        f->builtins = builtins;
        f->locals = locals;
        f->back = f->gen = f->exc_saved = f->ret_self = NULL;
        f->depth = 0;
        f->pc = f->lasti = 0;
        f->sp = co->nlocals + co->ncells + co->nfrees;
        f->entry = f->yielded = f->done = f->pooled = f->escaped = f->resumed = 0;
        return f;
    }
    size_t n = (size_t)co->nlocals + co->ncells + co->nfrees + co->stacksize;
    size_t size = sp_size_add_or_raise(vm, sizeof(sp_frame_obj), sp_size_mul_or_raise(vm, n, sizeof(sp_val)));
    sp_frame_obj *f = (sp_frame_obj *)sp_alloc(vm, vm->t.frame, size);
    f->code = code;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->nslots = (uint32_t)n;
    f->sp = co->nlocals + co->ncells + co->nfrees;
    return f;
}

void sp_frame_escape(sp_vm *vm, sp_val frame)
{
    /* The callers too: f_back reaches them (frame_get_back marks again,
     * for a generator's frame whose caller changes at each resume). */
    for (sp_val v = frame; v != NULL;) {
        sp_frame_obj *f = sp_as_frame(vm, v);
        if (f->escaped)
            break;
        f->escaped = 1;
        v = f->back;
    }
}

int sp_frame_lineno(sp_frame_obj *f)
{
    return sp_code_line(sp_as_code(f->code), f->lasti);
}

const char *sp_frame_super_args(sp_vm *vm, sp_val *type, sp_val *obj)
{
    if (vm->frame == NULL)
        return "super(): no current frame";
    sp_frame_obj *f = sp_as_frame(vm, vm->frame);
    sp_code_obj *co = sp_as_code(f->code);
    /* CPython counts positional parameters only: *args alone is none. */
    if (co->argcount == 0)
        return "super(): no arguments";
    sp_vals slots = sp_frame_slots(f);
    sp_val first = sp_vals_get(slots, 0);
    /* The first argument may live in a cell (a closure uses self). */
    if (co->cell2arg != NULL) {
        for (size_t i = 0; i < co->ncells; i++) {
            sp_val a = sp_tuple_get(co->cell2arg, i);
            if (sp_small_get(a) == 0) {
                sp_val c = sp_vals_get(slots, co->nlocals + i);
                first = sp_is_ptr(c) ? sp_as_cell(c)->value : NULL;
            }
        }
    }
    if (first == NULL)
        return "super(): arg[0] deleted";
    for (size_t i = 0; i < co->nfrees; i++) {
        if (sp_str_eq_cstr(sp_tuple_get(co->freevars, i), "__class__")) {
            sp_val c = sp_vals_get(slots, co->nlocals + co->ncells + i);
            if (!sp_is_ptr(c) || sp_as_cell(c)->value == NULL)
                return "super(): empty __class__ cell";
            *type = sp_as_cell(c)->value;
            if (!sp_is_type(*type))
                return "super(): __class__ is not a type (%T)";
            *obj = first;
            return NULL;
        }
    }
    return "super(): __class__ cell not found";
}

sp_val sp_current_globals(sp_vm *vm)
{
    if (vm->frame == NULL)
        return NULL;
    return sp_as_frame(vm, vm->frame)->globals;
}

/* The fast locals and cells of a function frame as a fresh dict. */
static sp_val frame_locals_dict(sp_vm *vm, sp_frame_obj *f)
{
    sp_code_obj *co = sp_as_code(f->code);
    sp_val d = f->locals ? f->locals : sp_dict_new(vm);
    sp_vals slots = sp_frame_slots(f);
    for (size_t i = 0; i < co->nlocals; i++) {
        sp_val v = sp_vals_get(slots, i);
        sp_val name = sp_tuple_get(co->varnames, i);
        if (v != NULL)
            sp_dict_set(vm, d, name, v);
        else
            sp_dict_del(vm, d, name);
    }
    for (size_t i = 0; i < (size_t)co->ncells + co->nfrees; i++) {
        sp_val c = sp_vals_get(slots, co->nlocals + i);
        sp_val name = i < co->ncells ? sp_tuple_get(co->cellvars, i) : sp_tuple_get(co->freevars, i - co->ncells);
        /* A class body's own __class__ cell isn't a local. */
        if (f->locals != NULL)
            continue;
        if (sp_is_ptr(c) && sp_as_cell(c)->value != NULL)
            sp_dict_set(vm, d, name, sp_as_cell(c)->value);
    }
    return d;
}

sp_val sp_current_locals(sp_vm *vm)
{
    if (vm->frame == NULL)
        return NULL;
    sp_frame_obj *f = sp_as_frame(vm, vm->frame);
    if (f->locals != NULL)
        return f->locals;
    return frame_locals_dict(vm, f);
}

/* ---- frame type -----------------------------------------------------------*/
static void frame_trace(sp_heap *h, sp_obj *o)
{
    sp_frame_obj *f = (sp_frame_obj *)o;
    sp_gc_mark(h, f->code);
    sp_gc_mark(h, f->func);
    sp_gc_mark(h, f->globals);
    sp_gc_mark(h, f->builtins);
    sp_gc_mark(h, f->locals);
    sp_gc_mark(h, f->back);
    sp_gc_mark(h, f->gen);
    sp_gc_mark(h, f->exc_saved);
    sp_gc_mark(h, f->ret_self);
    /* Every slot, not only those below f->sp: the running loop keeps its
     * stack pointer in a C local and saves it only at some points, so a
     * value pushed since lies above f->sp.  Slots above the real stack
     * pointer are NULL (the loop clears what it pops: the stale-slot rule
     * in eval.c), so this keeps no dropped value alive. */
    sp_vals s = sp_frame_slots(f);
    for (size_t i = 0; i < s.len; i++)
        sp_gc_mark(h, sp_vals_get(s, i));
}

static sp_frame_obj *self_frame(sp_vm *vm, sp_val self)
{
    if (!sp_is_ptr(self) || self->type != vm->t.frame)
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a 'frame' object");
    return (sp_frame_obj *)self;
}

static sp_val frame_get_lineno(sp_vm *vm, sp_val self)
{
    return sp_small(sp_frame_lineno(self_frame(vm, self)));
}
static sp_val frame_get_code(sp_vm *vm, sp_val self) { return self_frame(vm, self)->code; }
static sp_val frame_get_globals(sp_vm *vm, sp_val self) { return self_frame(vm, self)->globals; }
static sp_val frame_get_builtins(sp_vm *vm, sp_val self) { return self_frame(vm, self)->builtins; }
static sp_val frame_get_back(sp_vm *vm, sp_val self)
{
    sp_val b = self_frame(vm, self)->back;
    if (b == NULL)
        return vm->None;
    sp_frame_escape(vm, b);
    return b;
}
static sp_val frame_get_lasti(sp_vm *vm, sp_val self) { return sp_small((int64_t)self_frame(vm, self)->lasti * 2); }
static sp_val frame_get_locals(sp_vm *vm, sp_val self)
{
    sp_frame_obj *f = self_frame(vm, self);
    if (f->locals)
        return f->locals;
    return frame_locals_dict(vm, f);
}

static sp_val frame_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_frame_obj *f = self_frame(vm, sp_vals_get(args, 0));
    sp_code_obj *co = sp_as_code(f->code);
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)f);
    return sp_str_fmt(vm, "<frame at %s, file %R, line %d, code %U>", addr, co->filename, sp_frame_lineno(f), co->name);
}

static const sp_methoddef frame_methods[] = {
    { "__repr__", frame_repr, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef frame_getsets[] = {
    { "f_lineno", frame_get_lineno, NULL, NULL },
    { "f_code", frame_get_code, NULL, NULL },
    { "f_globals", frame_get_globals, NULL, NULL },
    { "f_builtins", frame_get_builtins, NULL, NULL },
    { "f_back", frame_get_back, NULL, NULL },
    { "f_lasti", frame_get_lasti, NULL, NULL },
    { "f_locals", frame_get_locals, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_frame_def = {
    .name = "frame",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_frame_obj),
    .trace = frame_trace,
    .methods = frame_methods,
    .getsets = frame_getsets,
    .flags = SP_TF_NOINSTANCE,
};

/* The VM's life cycle: creating the heap with the VM's hooks, the bootstrap
 * of the type objects and singletons, the subsystem initialisers, and the
 * tear-down. */
#include <stdio.h>
#include <stdlib.h>
#include "sp.h"
#include "vmlife.h"
#include "../objects/typeobj.h"
#include "../objects/int.h"
#include "../modules/weakref.h"

#define SP_DEFAULT_MAX_HEAP ((size_t)4 << 30)
/* Kept back from the program for printing the exception that ends it (at
 * most 1/16 of the cap). */
#define SP_HEAP_RESERVE ((size_t)1 << 20)
#define SP_DEFAULT_STACK ((size_t)8 << 20)
/* Room left below sp_check_stack's limit for the C code that runs between
 * two checks (libc, the deepest leaf functions, signal frames). */
#define SP_STACK_MARGIN ((size_t)256 << 10)

/* ---- the heap's hooks ---------------------------------------------------*/

/* Precise tracing: the type, the C part (the built-in base's trace), then
 * the words a class statement added (the __dict__ slot and __slots__). */
static void vm_trace(sp_heap *h, sp_obj *o, void *ud)
{
    sp_type *t = o->type;
    if (t == NULL)
        return;
    /* The built-in types are roots (vm_mark_roots): marking one again for
     * each of its instances was a page lookup per object traced. */
    if (!(t->flags & SP_TF_ROOT))
        sp_gc_mark(h, (sp_val)t);
    if (t->def != NULL && t->def->trace != NULL)
        t->def->trace(h, o);
    /* A class statement's extras: the __dict__ slot and __slots__ values,
     * after the fixed part or, for tuple subclasses, after the items.  The
     * type system knows where they are.  (A dict field of the built-in
     * base itself, as in exceptions, is the base trace's business.) */
    if (t->flags & SP_TF_HEAPTYPE)
        sp_type_trace_extras(h, o);
}

static void vm_mark_roots(sp_heap *h, void *ud)
{
    sp_vm *vm = ud;
    vm->gc_epoch++;
#define SP_TYPE(field, def, base) sp_gc_mark(h, (sp_val)vm->t.field);
#include "../objects/types.def"
#undef SP_TYPE
#define SP_EXC(id, base) sp_gc_mark(h, (sp_val)vm->e.id);
#include "../objects/exceptions.def"
#undef SP_EXC
#define SP_NAME(id) sp_gc_mark(h, vm->n.id);
#define SP_NAME2(field, text) sp_gc_mark(h, vm->n.field);
#include "names.def"
#undef SP_NAME
#undef SP_NAME2
    sp_val roots[] = {
        vm->exc, vm->None, vm->True, vm->False, vm->NotImplemented, vm->Ellipsis,
        vm->empty_tuple, vm->empty_str, vm->empty_bytes, vm->memory_error,
        vm->char_cache, vm->interned, vm->builtins, vm->builtins_module,
        vm->modules, vm->sys, vm->registry, vm->argv, vm->path, vm->lib_dir, vm->stdlib_dir,
        vm->frame, vm->exc_info, vm->calling, vm->last_exc, vm->tb_truncated, vm->context,
        vm->decimal_state,
        /* Owned by the loop and the compiler: marked if they are heap
         * objects (sp_gc_mark ignores anything else). */
        (sp_val)vm->eval, (sp_val)vm->compiler,
    };
    sp_vals r = SP_VALS(roots);
    for (size_t i = 0; i < r.len; i++)
        sp_gc_mark(h, sp_vals_get(r, i));
    sp_weakref_mark_pending(h, vm);
}

/* Weak references to objects that did not survive are cleared. */
static void vm_after_mark(sp_heap *h, void *ud)
{
    sp_weakref_sweep(h, ud);
}

/* Runs while every dead object is still intact (see gc.c), so the type
 * may be read even when it dies in the same collection. */
static void vm_finalize(sp_heap *h, sp_obj *o, void *ud)
{
    sp_type *t = o->type;
    if (t != NULL && t->def != NULL && t->def->finalize != NULL)
        t->def->finalize(o);
}

/* ---- hash key -------------------------------------------------------------*/

/* PYTHONHASHSEED as CPython reads it (strtoul): optional leading white
 * space and sign, then decimal digits to the end, at most 2**32-1 ("-0"
 * is 0; any other negative wraps past the range).  Seed 0 turns hash
 * randomization off (sys.flags.hash_randomization == 0). */
static bool parse_hashseed(const char *s, uint32_t *seed)
{
    sp_cbytes t = sp_cbytes_of_cstr(s);
    size_t i = 0;
    while (i < t.len && (sp_cbytes_get(t, i) == ' ' || (sp_cbytes_get(t, i) >= '\t' && sp_cbytes_get(t, i) <= '\r')))
        i++;
    bool neg = false;
    if (i < t.len && (sp_cbytes_get(t, i) == '+' || sp_cbytes_get(t, i) == '-'))
        neg = sp_cbytes_get(t, i++) == '-';
    if (i >= t.len)
        return false;
    uint64_t v = 0;
    for (; i < t.len; i++) {
        uint8_t c = sp_cbytes_get(t, i);
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (uint64_t)(c - '0');
        if (v > 4294967295u)
            return false;
    }
    if (neg && v != 0)
        return false;
    *seed = (uint32_t)v;
    return true;
}

/* Returns false (after printing CPython's message) for a bad seed. */
static bool init_hashkey(sp_vm *vm)
{
    const char *s = vm->platform->getenv("PYTHONHASHSEED");
    vm->hash_randomized = true;
    if (s != NULL && s[0] != '\0' && !sp_cbytes_eq(sp_cbytes_of_cstr(s), sp_cbytes_of_cstr("random"))) {
        uint32_t seed = 0;
        if (!parse_hashseed(s, &seed)) {
            fputs("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer "
                  "in range [0; 4294967295]\nPython runtime state: preinitialized\n\n", stderr);
            return false;
        }
        vm->hashkey = sp_hashkey_from_seed(seed);
        vm->hash_randomized = seed != 0;
        return true;
    }
    uint8_t buf[16] = { 0 };
    sp_bytes b = SP_BYTES(buf);
    if (vm->platform->entropy(b) < 0) {
        /* No entropy: still a key that differs between runs. */
        uint64_t t = (uint64_t)vm->platform->time_ns() ^ (uint64_t)(uintptr_t)vm;
        for (size_t i = 0; i < b.len; i++)
            sp_bytes_set(b, i, (uint8_t)(t >> (8 * (i % 8))) ^ (uint8_t)(i * 0x9d));
    }
    sp_hashkey k = { 0, 0 };
    for (size_t i = 0; i < 8; i++) {
        k.k0 |= (uint64_t)sp_bytes_get(b, i) << (8 * i);
        k.k1 |= (uint64_t)sp_bytes_get(b, 8 + i) << (8 * i);
    }
    vm->hashkey = k;
    return true;
}

/* ---- entering the VM ------------------------------------------------------*/

void sp_vm_enter(sp_vm *vm, void *stack_base)
{
    uintptr_t b = (uintptr_t)stack_base;
    uintptr_t old = (uintptr_t)sp_heap_get_stack_base(vm->heap);
    if (old > b)
        b = old;
    sp_heap_set_stack_base(vm->heap, (void *)b);
    vm->c_stack_base = b;
    size_t size = vm->platform->stack_size != NULL ? vm->platform->stack_size() : 0;
    if (size == 0)
        size = SP_DEFAULT_STACK;
    size_t usable = size > 2 * SP_STACK_MARGIN ? size - SP_STACK_MARGIN : size / 2;
    vm->c_stack_limit = b > usable ? b - usable : 0;
}

void sp_vm_print_gc_stats(sp_vm *vm)
{
    sp_heap_stats s = sp_heap_get_stats(vm->heap);
    fprintf(stderr, "gc: %zu collections, %zu objects live, %zu bytes in use, cap %zu\n",
            s.collections, s.objects_live, s.bytes_in_use, s.max_bytes);
}

/* ---- bootstrap ------------------------------------------------------------*/

/* The initialisers are referenced weakly, so that a subsystem not yet
 * written doesn't break the link (tools/gen_stubs.py reads only one-line
 * prototypes). */
#define SP_INIT(fn) extern void fn(sp_vm *vm) __attribute__((weak));
#include "inits.def"
#undef SP_INIT

/* A type object before the type system works: just the C descriptor; the
 * name, dict and MRO come from sp_init_types. */
static sp_type *raw_type(sp_vm *vm, const sp_typedef *def)
{
    sp_type *t = (sp_type *)sp_alloc(vm, NULL, sizeof(sp_type));
    t->def = def;
    t->layout_tag = (uint32_t)def->layout + 1;
    t->flags = def->flags;
    t->instance_size = def->size;
    t->version = 1;
    return t;
}

/* As sp_type_from_def does: a type whose instances have a __dict__ keeps
 * it right after the header; a subclass with the same layout inherits the
 * base's.  (Bases come first in types.def.) */
static void set_dict_offset(sp_type *t)
{
    if (t->def->flags & SP_TF_HAS_DICT)
        t->dict_offset = sizeof(sp_obj);
    else if (t->base != NULL && t->base->dict_offset != 0 && t->base->def->layout == t->def->layout)
        t->dict_offset = t->base->dict_offset;
}

static sp_val new_bool(sp_vm *vm, uint32_t value)
{
    /* The int layout (sp_bigint_obj), with room for one limb. */
    sp_bigint_obj *b = (sp_bigint_obj *)sp_alloc(vm, vm->t.bool_, sizeof(sp_bigint_obj) + sizeof(uint32_t));
    b->sign = 1;
    b->nlimbs = value != 0;
    if (value != 0)
        sp_u32s_set(sp_bigint_limbs(b), 0, value);   /* False: no limb (zero) */
    return (sp_val)b;
}

static void bootstrap(sp_vm *vm, const sp_config *cfg)
{
    /* 1. Type objects, raw.  The type of every type is `type`: patched once
     * `type` exists. */
#define SP_TYPE(field, def, base) vm->t.field = raw_type(vm, &def);
#include "../objects/types.def"
#undef SP_TYPE
#define SP_TYPE(field, def, base_)                                            \
    vm->t.field->h.type = vm->t.type;                                         \
    vm->t.field->base = vm->t.field == vm->t.object ? NULL : vm->t.base_;     \
    set_dict_offset(vm->t.field);
#include "../objects/types.def"
#undef SP_TYPE

    /* 2. Singletons. */
    vm->None = (sp_val)sp_alloc(vm, vm->t.NoneType, sizeof(sp_obj));
    vm->NotImplemented = (sp_val)sp_alloc(vm, vm->t.NotImplementedType, sizeof(sp_obj));
    vm->Ellipsis = (sp_val)sp_alloc(vm, vm->t.ellipsis, sizeof(sp_obj));
    vm->True = new_bool(vm, 1);
    vm->False = new_bool(vm, 0);

    /* 3. Interned names, the basic dicts and empty objects. */
    vm->interned = sp_dict_new(vm);
#define SP_NAME(id) vm->n.id = sp_intern_cstr(vm, #id);
#define SP_NAME2(field, text) vm->n.field = sp_intern_cstr(vm, text);
#include "names.def"
#undef SP_NAME
#undef SP_NAME2
    vm->registry = sp_dict_new(vm);
    vm->modules = sp_dict_new(vm);
    vm->empty_tuple = sp_tuple_new(vm, 0);
    vm->empty_str = sp_str_from_cstr(vm, "");
    vm->empty_bytes = sp_bytes_new(vm, (sp_cbytes){ NULL, 0 });
    if (cfg->lib_dir != NULL)
        vm->lib_dir = sp_str_decode_utf8(vm, sp_cbytes_of_cstr(cfg->lib_dir), "surrogateescape");
    if (cfg->stdlib_dir != NULL)
        vm->stdlib_dir = sp_str_decode_utf8(vm, sp_cbytes_of_cstr(cfg->stdlib_dir), "surrogateescape");

    /* 4. The subsystems, in inits.def order (one not written yet is
     * absent: its weak reference is NULL). */
#define SP_INIT(fn) if (fn != NULL) fn(vm);
#include "inits.def"
#undef SP_INIT

    /* vm->t's and vm->e's types are roots from here on (vm_trace). */
#define SP_TYPE(field, def, base) if (vm->t.field != NULL) vm->t.field->flags |= SP_TF_ROOT;
#include "../objects/types.def"
#undef SP_TYPE
#define SP_EXC(id, base) if (vm->e.id != NULL) vm->e.id->flags |= SP_TF_ROOT;
#include "../objects/exceptions.def"
#undef SP_EXC

    /* 5. Raised when nothing else can be allocated. */
    vm->memory_error = sp_exc_new(vm, vm->e.MemoryError, SP_NOVALS);
}

/* Under a handler: a failing initialiser ends start-up cleanly. */
static bool run_bootstrap(sp_vm *vm, const sp_config *cfg, sp_val *exc)
{
    sp_handler handler;
    sp_handler_push(vm, &handler);
    if (setjmp(handler.buf) == 0) {
        bootstrap(vm, cfg);
        /* The classes start-up made (sys's struct sequences) are the
         * VM's own: none has a __del__ (sp_finalize_at_exit). */
        vm->fin_candidates = false;
        sp_handler_pop(vm, &handler);
        return true;
    }
    *exc = vm->exc;
    return false;
}

sp_vm *sp_vm_new(const sp_config *config)
{
    char base;
    sp_config cfg = { 0 };
    if (config != NULL)
        cfg = *config;
    sp_vm *vm = calloc(1, sizeof *vm);
    if (vm == NULL)
        return NULL;
    vm->platform = cfg.platform != NULL ? cfg.platform : sp_platform_posix();
    vm->recursion_limit = 1000;
    vm->stress = cfg.gc_stress;
    vm->max_ticks = cfg.max_ticks;
    vm->max_time_ns = cfg.max_time > 0 ? cfg.max_time : 0;
    if (vm->max_time_ns > 0) {
        int64_t now = vm->platform->monotonic_ns();
        vm->deadline_ns = vm->max_time_ns < INT64_MAX - now ? now + vm->max_time_ns : INT64_MAX;
    }
    if (!init_hashkey(vm)) {
        free(vm);
        return NULL;
    }
    sp_heap_hooks hooks = {
        .ud = vm,
        .trace = vm_trace,
        .mark_roots = vm_mark_roots,
        .after_mark = vm_after_mark,
        .finalize = vm_finalize,
        .wants_finalizer = sp_finalizer_wanted,
    };
    vm->heap_cap = cfg.max_heap != 0 ? cfg.max_heap : SP_DEFAULT_MAX_HEAP;
    vm->heap_reserve = vm->heap_cap / 16 < SP_HEAP_RESERVE ? vm->heap_cap / 16 : SP_HEAP_RESERVE;
    vm->heap = sp_heap_new(vm->heap_cap - vm->heap_reserve, hooks);
    if (vm->heap == NULL) {
        free(vm);
        return NULL;
    }
    sp_heap_set_stress(vm->heap, vm->stress);
    sp_vm_enter(vm, &base);

    sp_val exc = NULL;
    bool ok = run_bootstrap(vm, &cfg, &exc);

    /* Our frame is about to go: until an entry point sets a new base, the
     * collector must not run (it could not see its callers' roots). */
    sp_heap_set_stack_base(vm->heap, NULL);
    if (!ok) {
        fputs("safepy: fatal error: the interpreter failed to start", stderr);
        if (sp_is_ptr(exc) && exc->type != NULL)
            fprintf(stderr, " (%s)", sp_type_name(exc->type));
        fputs("\n", stderr);
        sp_vm_free(vm);
        return NULL;
    }
    return vm;
}

void sp_vm_free(sp_vm *vm)
{
    if (vm == NULL)
        return;
    sp_heap_free(vm->heap);
    free(vm);
}

/* The interpreter state and the error mechanism.
 *
 * All state of one interpreter hangs off one sp_vm; there are no mutable
 * globals, so several VMs can live in one process (one thread each).
 *
 * Errors: sp_raise() never returns.  It stores the exception in vm->exc and
 * longjmps to the innermost handler (vm->handler).  A C function that must
 * catch installs a handler:
 *
 *     sp_handler h;
 *     sp_handler_push(vm, &h);
 *     if (setjmp(h.buf) == 0) {
 *         ... code that may raise ...
 *         sp_handler_pop(vm, &h);
 *     } else {
 *         sp_val exc = vm->exc;   (sp_raise already popped h)
 *         ...
 *     }
 *
 * Locals changed between setjmp and the longjmp and read after it must be
 * volatile.  Prefer sp_pcall, which needs none of that.  Rule for partial
 * state: allocate first, then mutate, so that a raise between the two
 * leaves every object consistent.
 */
#ifndef SP_VM_H
#define SP_VM_H

#include <setjmp.h>
#include <stdarg.h>
#include "../objects/object.h"
#include "../platform/platform.h"

typedef struct sp_handler {
    jmp_buf buf;
    struct sp_handler *prev;
    size_t depth;            /* vm->depth when installed, restored on raise */
} sp_handler;

struct sp_vm {
    sp_heap *heap;
    sp_handler *handler;     /* innermost error handler; NULL: trap */
    sp_val exc;              /* exception in flight (valid in a handler) */

    struct {
#define SP_TYPE(field, def, base) sp_type *field;
#include "../objects/types.def"
#undef SP_TYPE
    } t;
    struct {
#define SP_EXC(id, base) sp_type *id;
#include "../objects/exceptions.def"
#undef SP_EXC
    } e;
    struct {
#define SP_NAME(id) sp_val id;
#define SP_NAME2(field, text) sp_val field;
#include "names.def"
#undef SP_NAME
#undef SP_NAME2
    } n;

    /* Singletons. */
    sp_val None, True, False, NotImplemented, Ellipsis;
    sp_val empty_tuple, empty_str, empty_bytes;
    sp_val memory_error;     /* preallocated, raised when allocation fails */
    sp_val char_cache;       /* tuple of the 256 one-char Latin-1 strs (str.c) */

    sp_val interned;         /* dict: str -> the interned str */
    sp_val builtins;         /* dict of the builtins module */
    sp_val builtins_module;
    sp_val modules;          /* dict: sys.modules */
    sp_val sys;              /* the sys module */
    sp_val registry;         /* dict: anything a subsystem must keep alive */

    /* Python call depth (frames) and its limit (sys.setrecursionlimit). */
    size_t depth;
    size_t recursion_limit;
    /* C stack: the scan's base and the lowest address C code may reach
     * before sp_check_stack raises RecursionError. */
    uintptr_t c_stack_base;
    uintptr_t c_stack_limit;

    sp_hashkey hashkey;
    bool hash_randomized;       /* false only for PYTHONHASHSEED=0 */
    const sp_platform *platform;
    sp_val argv;             /* list of str: sys.argv */
    sp_val path;             /* list of str: sys.path */
    sp_val lib_dir;          /* str: SafePy's own lib/ */
    sp_val stdlib_dir;       /* str: CPython's stdlib directory, or NULL */

    /* State private to the interpreter loop (src/vm/). */
    sp_val frame;            /* the executing frame, or NULL */
    sp_val exc_info;         /* exception being handled (sys.exc_info), or NULL */
    sp_val calling;          /* the C callable sp_call last entered (argument-error messages) */
    void *eval;              /* the loop's own state, owned by src/vm/ */
    void *compiler;          /* front-end scratch, owned by src/compiler/ */

    int exit_status;
    bool stress;             /* SAFEPY_GC_STRESS */
    /* The heap cap.  The program runs under heap_cap - heap_reserve; the
     * reserve is for printing the exception that ends it (a runaway
     * recursion fills the heap with frames its traceback keeps alive). */
    size_t heap_cap, heap_reserve;
    /* Weak references whose referent died and whose callback is due
     * (src/modules/weakref.c), and a guard against running them twice. */
    size_t weak_pending;
    bool weak_running;
    /* Finalization (src/vm/finalize.c): a guard against nested runs, the
     * number of finalizers run so far, and the hook's one-class memo. */
    bool fin_running;
    size_t fin_ran;
    sp_type *fin_memo_type;     /* compared only, never dereferenced */
    size_t fin_memo_gc;         /* the gc_epoch it was made in */
    size_t gc_epoch;            /* collections begun: vm_mark_roots counts them */
    bool fin_memo_del;
    /* A class, a generator or a weak reference was made: something the
     * collections at exit may have to finalize (sp_finalize_at_exit
     * skips them otherwise). */
    bool fin_candidates;

    /* Safe points (src/vm/service.c): the interpreter loop decrements
     * `ticks` at every backward jump and every Python call, and calls
     * sp_vm_service when it reaches zero.  Code that needs the loop's
     * attention soon (a weakref callback became due, ...) sets it to 0
     * with sp_vm_request_service. */
    int64_t ticks;
    /* Resource limits (service.c).  Ticks run so far = ticks_used +
     * (tick_credit - ticks): tick_credit is what `ticks` was last set to,
     * so the count stays exact however often a service is requested. */
    int64_t tick_credit;
    uint64_t ticks_used;
    uint64_t max_ticks;      /* 0: no tick budget */
    int64_t max_time_ns;     /* 0: no time limit */
    int64_t deadline_ns;     /* monotonic clock: start + max_time_ns */
    int limit_hit;           /* sticky: which limit ran out (service.c) */
    sp_val last_exc;         /* what ended the last sp_run_main_* (run.c), or NULL */
    sp_val tb_truncated;     /* exception whose traceback ran out of memory (eval.c) */
    sp_val context;          /* the current contextvars.Context, or NULL (src/modules/contextvars.c) */
    sp_val decimal_state;    /* src/modules/decimal_fast.c: the last installed state (a tuple), or NULL */
};

/* ---- safe points (src/vm/service.c) ------------------------------------ */
/* Called by the loop when vm->ticks runs out, with the frame saved: runs
 * what is due (weakref callbacks) and refills vm->ticks.  May raise. */
void sp_vm_service(sp_vm *vm);
static inline void sp_vm_request_service(sp_vm *vm)
{
    vm->ticks_used += (uint64_t)(vm->tick_credit - vm->ticks);
    vm->tick_credit = 0;
    vm->ticks = 0;
}
/* A poll for long-running C loops that never reach a safe point of the
 * loop (sum(range(10**18)), a huge pow, str.replace over a huge input):
 * counts one tick and, when they run out, checks the tick budget and the
 * time limit (and raises ResourceLimitError).  Runs no Python code, so it
 * is safe wherever the loop may raise. */
void sp_vm_poll_slow(sp_vm *vm);
static inline void sp_vm_poll(sp_vm *vm)
{
    if (--vm->ticks <= 0)
        sp_vm_poll_slow(vm);
}
/* Count `n` ticks at once (a C loop that polls every n steps). */
static inline void sp_vm_poll_n(sp_vm *vm, int64_t n)
{
    vm->ticks -= n;
    if (vm->ticks <= 0)
        sp_vm_poll_slow(vm);
}
/* Ticks run so far. */
static inline uint64_t sp_vm_ticks_used(const sp_vm *vm)
{
    return vm->ticks_used + (uint64_t)(vm->tick_credit - vm->ticks);
}
/* The class _safepy.ResourceLimitError (made on first use). */
sp_val sp_resource_limit_error(sp_vm *vm);
/* True once the tick budget or the time limit ran out (it stays so). */
bool sp_vm_limit_exceeded(sp_vm *vm);

/* ---- raising ---------------------------------------------------------- */
_Noreturn void sp_raise(sp_vm *vm, sp_val exc);
/* Instantiate `type` with a message built by sp_str_fmt, and raise it. */
_Noreturn void sp_raise_fmt(sp_vm *vm, sp_type *type, const char *fmt, ...);
/* Raise `type` with no arguments (e.g. StopIteration()). */
_Noreturn void sp_raise_type(sp_vm *vm, sp_type *type);
_Noreturn void sp_raise_memory(sp_vm *vm);
/* Raise OSError (the right subclass for errno) with strerror and filename
 * (filename may be NULL). */
_Noreturn void sp_raise_os(sp_vm *vm, int err, sp_val filename);

static inline void sp_handler_push(sp_vm *vm, sp_handler *h)
{
    h->prev = vm->handler;
    h->depth = vm->depth;
    vm->handler = h;
}

static inline void sp_handler_pop(sp_vm *vm, sp_handler *h)
{
    vm->handler = h->prev;
}

/* Run fn(vm, ud) under a handler.  Returns its result; if it raised,
 * returns NULL and stores the exception in *exc. */
sp_val sp_pcall(sp_vm *vm, sp_val (*fn)(sp_vm *vm, void *ud), void *ud, sp_val *exc);

/* True if exc is an instance of type (or a subclass). */
bool sp_exc_matches(sp_vm *vm, sp_val exc, sp_type *type);

/* ---- calls from the loop (abstract.c) ------------------------------------
 * sp_call for a method_descriptor `callable` (`obj.meth(...)` after
 * LOAD_METHOD found a C method on obj's type): args[0] is self, checked
 * to be an instance of the descriptor's class (CPython's TypeError
 * otherwise), and args goes to the C function as it is.  Anything else
 * goes to sp_call. */
sp_val sp_call_method_descr(sp_vm *vm, sp_val callable, sp_vals args, sp_val kwnames);
/* sp_call for a built-in function or bound built-in method (`len(x)`,
 * a module's function): its C function with its bound self, if any,
 * put first.  Anything else goes to sp_call.  kwnames is NULL or not
 * empty. */
sp_val sp_call_builtin(sp_vm *vm, sp_val callable, sp_vals args, sp_val kwnames);
/* The built-in functions len and isinstance, which CALL recognises by
 * their C function to answer the common cases inline (eval.c). */
sp_val sp_bi_len(sp_vm *vm, sp_vals args, sp_val kwnames);
sp_val sp_bi_isinstance(sp_vm *vm, sp_vals args, sp_val kwnames);
/* list.append and dict.get, which CALL does inline for an exact list or
 * dict. */
sp_val sp_list_append_m(sp_vm *vm, sp_vals args, sp_val kwnames);
sp_val sp_dict_get_m(sp_vm *vm, sp_vals args, sp_val kwnames);
/* generator.c, as code.h declares it (for sp_next's generator step,
 * abstract.c): resume a generator with value or throw exc into it; the
 * yielded value with *done = false, or the return value with *done =
 * true. */
sp_val sp_gen_resume(sp_vm *vm, sp_val gen, sp_val value, sp_val exc, bool *done);

/* ---- the C stack guard --------------------------------------------------
 * Every C recursion (repr of nested lists, comparison callbacks, the parser,
 * the compiler, calls from C back into Python) calls this first. */
_Noreturn void sp_raise_c_stack(sp_vm *vm);
static inline void sp_check_stack(sp_vm *vm)
{
    char here;
    if ((uintptr_t)&here < vm->c_stack_limit)
        sp_raise_c_stack(vm);
}

#endif

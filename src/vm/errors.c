/* Raising and catching: the one error mechanism (see vm.h).
 *
 * sp_raise stores the exception in vm->exc, pops the innermost handler and
 * longjmps to it.  The handler's recorded call depth is restored, so a raise
 * out of nested calls leaves vm->depth as it was when the handler was set.
 * With no handler at all there is nowhere safe to go: a safety trap.
 */
#include "sp.h"
/* After sp.h: errno is a macro, and names.def has a field named errno. */
#include <errno.h>

/* The room given to the code that builds and catches a RecursionError
 * raised by the C stack guard: the limit is lowered by this much while the
 * exception object is made (see sp_raise_c_stack). */
#define SP_C_STACK_MARGIN (64u * 1024u)

/* CPython sets __context__ at raise time to the exception being handled,
 * breaking any cycle that would make the chain loop (a -> b -> a). */
static void set_implicit_context(sp_vm *vm, sp_exc_obj *e, sp_val exc)
{
    sp_val handled = vm->exc_info;
    if (handled == NULL || handled == exc || !sp_is_exc(handled) || e->context != NULL)
        return;
    /* Walk the handled exception's context chain; cut it where it reaches
     * exc.  Bounded by a step count so a (pathological) existing cycle
     * cannot hang us. */
    sp_val o = handled;
    for (size_t steps = 0; o != NULL && steps < 100000; steps++) {
        sp_exc_obj *oe = sp_as_exc(o);
        if (oe->context == exc) {
            oe->context = NULL;
            break;
        }
        o = oe->context;
        if (o != NULL && !sp_is_exc(o))
            break;
    }
    e->context = handled;
}

_Noreturn void sp_raise(sp_vm *vm, sp_val exc)
{
    if (!sp_is_exc(exc)) {
        /* Be forgiving with a class (raise ValueError); anything else is a
         * TypeError, as the raise statement says. */
        if (sp_is_type(exc) && sp_is_subtype(sp_as_type(exc), vm->e.BaseException))
            exc = sp_exc_new(vm, sp_as_type(exc), SP_NOVALS);
        else
            sp_raise_fmt(vm, vm->e.TypeError, "exceptions must derive from BaseException");
    }
    if (exc == vm->tb_truncated)
        vm->tb_truncated = NULL;     /* a new raise: its traceback may grow again */
    sp_handler *h = vm->handler;
    if (h == NULL)
        sp_trap("uncaught exception outside any handler");
    set_implicit_context(vm, sp_as_exc(exc), exc);
    vm->exc = exc;
    vm->handler = h->prev;
    vm->depth = h->depth;
    longjmp(h->buf, 1);
}

_Noreturn void sp_raise_fmt(sp_vm *vm, sp_type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sp_val msg = sp_str_vfmt(vm, fmt, ap);
    va_end(ap);
    sp_raise(vm, sp_exc_new_msg(vm, type, msg));
}

_Noreturn void sp_raise_type(sp_vm *vm, sp_type *type)
{
    sp_raise(vm, sp_exc_new(vm, type, SP_NOVALS));
}

_Noreturn void sp_raise_memory(sp_vm *vm)
{
    /* Preallocated: building a new exception could need the memory we
     * don't have.  Its traceback is reset so one raise's frames don't leak
     * into the next. */
    sp_val exc = vm->memory_error;
    if (exc == NULL)
        sp_trap("out of memory during bootstrap");
    sp_exc_obj *e = sp_as_exc(exc);
    e->traceback = NULL;
    e->context = NULL;
    e->cause = NULL;
    e->suppress_context = false;
    sp_raise(vm, exc);
}

/* The OSError subclass CPython picks for an errno value. */
static sp_type *os_error_class(sp_vm *vm, int err)
{
    switch (err) {
    case EAGAIN: case EALREADY: case EINPROGRESS:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
        return vm->e.BlockingIOError;
    case ECHILD: return vm->e.ChildProcessError;
    case EPIPE:
#ifdef ESHUTDOWN
    case ESHUTDOWN:
#endif
        return vm->e.BrokenPipeError;
    case ECONNABORTED: return vm->e.ConnectionAbortedError;
    case ECONNREFUSED: return vm->e.ConnectionRefusedError;
    case ECONNRESET: return vm->e.ConnectionResetError;
    case EEXIST: return vm->e.FileExistsError;
    case ENOENT: return vm->e.FileNotFoundError;
    case EISDIR: return vm->e.IsADirectoryError;
    case ENOTDIR: return vm->e.NotADirectoryError;
    case EINTR: return vm->e.InterruptedError;
    case EACCES: case EPERM:
#ifdef ENOTCAPABLE
    case ENOTCAPABLE:
#endif
        return vm->e.PermissionError;
    case ESRCH: return vm->e.ProcessLookupError;
    case ETIMEDOUT: return vm->e.TimeoutError;
    default: return vm->e.OSError;
    }
}

sp_type *sp_os_error_class(sp_vm *vm, int err);
sp_type *sp_os_error_class(sp_vm *vm, int err)
{
    return os_error_class(vm, err < 0 ? -err : err);
}

_Noreturn void sp_raise_os(sp_vm *vm, int err, sp_val filename)
{
    if (err < 0)
        err = -err;   /* platform calls return -errno */
    const char *text = NULL;
    if (vm->platform != NULL && vm->platform->strerror != NULL)
        text = vm->platform->strerror(err);
    if (text == NULL)
        text = "Unknown error";
    sp_val items[3];
    items[0] = sp_int_from_i64(vm, err);
    items[1] = sp_str_from_cstr(vm, text);
    items[2] = filename;
    sp_vals args = filename != NULL ? SP_VALS(items) : sp_vals_sub(SP_VALS(items), 0, 2);
    sp_raise(vm, sp_exc_new(vm, os_error_class(vm, err), args));
}

sp_val sp_pcall(sp_vm *vm, sp_val (*fn)(sp_vm *vm, void *ud), void *ud, sp_val *exc)
{
    sp_handler h;
    /* volatile: written after setjmp, read after the jump. */
    sp_val volatile result = NULL;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        result = fn(vm, ud);
        sp_handler_pop(vm, &h);
        if (exc != NULL)
            *exc = NULL;
        return result;
    }
    if (exc != NULL)
        *exc = vm->exc;
    return NULL;
}

bool sp_exc_matches(sp_vm *vm, sp_val exc, sp_type *type)
{
    return exc != NULL && sp_is_exc(exc) && sp_is_subtype(sp_type_of(vm, exc), type);
}

static sp_val make_recursion_error(sp_vm *vm, void *ud)
{
    (void)ud;
    return sp_exc_new_msg(vm, vm->e.RecursionError,
                          sp_str_from_cstr(vm, "maximum recursion depth exceeded"));
}

_Noreturn void sp_raise_c_stack(sp_vm *vm)
{
    /* Building the exception needs some stack itself, and would call
     * sp_check_stack again: lower the limit by a margin while we build it,
     * then put it back.  The handler we jump to is higher up the stack, so
     * it has room again.  If even the margin is exhausted (the exception
     * couldn't be built within it) there is no safe way on: trap. */
    uintptr_t saved = vm->c_stack_limit;
    char here;
    if (saved < SP_C_STACK_MARGIN || (uintptr_t)&here + SP_C_STACK_MARGIN < saved)
        sp_trap("C stack exhausted while raising RecursionError");
    vm->c_stack_limit = saved - SP_C_STACK_MARGIN;
    sp_val exc = NULL;
    sp_val err = sp_pcall(vm, make_recursion_error, NULL, &exc);
    vm->c_stack_limit = saved;
    sp_raise(vm, err != NULL ? err : exc);
}

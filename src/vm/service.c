/* Safe points: where the interpreter loop lets the VM do what can't be
 * done at an arbitrary moment, and the resource limits built on them.
 *
 * The loop decrements vm->ticks at every backward jump, every inline
 * Python call and every frame entered from C (sp_eval_frame); when the
 * count runs out it saves the frame and calls sp_vm_service.  So every
 * loop and every recursion of Python code reaches a safe point.  Long C
 * loops that never come back to the interpreter (sum(range(10**18)), a
 * huge pow, str.replace over a huge input) count ticks themselves with
 * sp_vm_poll (vm.h), whose slow path checks the limits only.
 *
 * What runs at a service:
 *   - the limits: the tick budget (sp_config.max_ticks) and the time limit
 *     (sp_config.max_time, on the platform's monotonic clock).  When one
 *     runs out, _safepy.ResourceLimitError is raised -- a BaseException,
 *     so `except Exception:` doesn't swallow it -- and it is sticky: every
 *     later safe point or poll raises it again, so no handler can keep
 *     the program going;
 *   - the callbacks of weak references whose referent died (they are
 *     Python code and can't run inside the collector or inside a C loop,
 *     hence not in sp_vm_poll_slow).
 *
 * Counting is exact: ticks run = vm->ticks_used + (tick_credit - ticks),
 * where tick_credit is the value `ticks` was last given.  A service banks
 * the difference before refilling, and sp_vm_request_service banks it
 * before zeroing, so asking for services (weakref callbacks) neither adds
 * ticks that did not run nor loses any.  With a budget of N, the program
 * runs N ticks and the tick after them raises: the refill never gives more
 * credit than what is left plus that one.
 */
#include "sp.h"
#include "modules/modules.h"
#include "modules/weakref.h"

/* Ticks between two services when nothing asks for one earlier: a few
 * microseconds of a tight loop, so the clock is read ~100 times per
 * millisecond at most.  Under GC stress every allocation collects and a
 * tick can take milliseconds: services come more often there, so the time
 * limit stays close to its word. */
#define SP_SERVICE_PERIOD 4096
#define SP_SERVICE_PERIOD_STRESS 16

enum { LIMIT_NONE, LIMIT_TICKS, LIMIT_TIME };

sp_val sp_resource_limit_error(sp_vm *vm)
{
    sp_val cls = sp_dict_get_cstr(vm, vm->registry, "_safepy.ResourceLimitError");
    if (cls == NULL) {
        sp_val bases = sp_tuple_new(vm, 1);
        sp_tuple_set(bases, 0, (sp_val)vm->e.BaseException);
        sp_val ns = sp_dict_new(vm);
        sp_dict_set(vm, ns, vm->n.__module__, sp_str_from_cstr(vm, "_safepy"));
        sp_dict_set(vm, ns, vm->n.__doc__,
                    sp_str_from_cstr(vm, "The program ran out of its tick budget or its time limit."));
        cls = sp_type_new(vm, vm->t.type, sp_str_from_cstr(vm, "ResourceLimitError"), bases, ns);
        sp_dict_set_cstr(vm, vm->registry, "_safepy.ResourceLimitError", cls);
    }
    return cls;
}

/* Bank the ticks run since the last refill; leaves no credit. */
static void account(sp_vm *vm)
{
    vm->ticks_used += (uint64_t)(vm->tick_credit - vm->ticks);
    vm->tick_credit = 0;
    vm->ticks = 0;
}

static void refill(sp_vm *vm)
{
    int64_t n = vm->stress ? SP_SERVICE_PERIOD_STRESS : SP_SERVICE_PERIOD;
    if (vm->max_ticks != 0) {
        /* used <= max here: run up to max, the next tick raises. */
        uint64_t left = vm->max_ticks - vm->ticks_used + 1;
        if (left < (uint64_t)n)
            n = (int64_t)left;
    }
    vm->ticks = n;
    vm->tick_credit = n;
}

_Noreturn static void raise_limit(sp_vm *vm)
{
    /* No credit: the very next safe point or poll comes back here. */
    vm->ticks = 0;
    vm->tick_credit = 0;
    sp_val msg;
    if (vm->limit_hit == LIMIT_TICKS)
        msg = sp_str_fmt(vm, "tick budget of %S exceeded", sp_int_from_u64(vm, vm->max_ticks));
    else
        msg = sp_str_fmt(vm, "time limit of %R s exceeded", sp_float_new(vm, (double)vm->max_time_ns / 1e9));
    sp_raise(vm, sp_call1(vm, sp_resource_limit_error(vm), msg));
}

/* Account, check the limits, refill. */
static void check_limits(sp_vm *vm)
{
    account(vm);
    if (vm->limit_hit != LIMIT_NONE)
        raise_limit(vm);
    if (vm->max_ticks != 0 && vm->ticks_used > vm->max_ticks) {
        vm->limit_hit = LIMIT_TICKS;
        raise_limit(vm);
    }
    if (vm->max_time_ns != 0 && vm->platform->monotonic_ns() >= vm->deadline_ns) {
        vm->limit_hit = LIMIT_TIME;
        raise_limit(vm);
    }
    refill(vm);
}

void sp_vm_service(sp_vm *vm)
{
    check_limits(vm);
    if (vm->weak_pending > 0)
        sp_weakref_run_pending(vm);
}

void sp_vm_poll_slow(sp_vm *vm)
{
    check_limits(vm);
}

bool sp_vm_limit_exceeded(sp_vm *vm)
{
    return vm->limit_hit != LIMIT_NONE;
}

/* ---- the _safepy module ---------------------------------------------------
 * SafePy's own names, kept out of builtins so that programs see exactly
 * CPython's builtins: ResourceLimitError, and the tick count (for tests of
 * the budget). */

static sp_val safepy_ticks(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "ticks", args, kw, 0, 0);
    return sp_int_from_u64(vm, sp_vm_ticks_used(vm));
}

static const sp_methoddef safepy_functions[] = {
    { "ticks", safepy_ticks, 0, "ticks() -> the number of ticks this VM has run so far" },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_safepy(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_safepy"));
    sp_module_add_methods(vm, m, safepy_functions);
    sp_module_add(vm, m, "ResourceLimitError", sp_resource_limit_error(vm));
    return m;
}

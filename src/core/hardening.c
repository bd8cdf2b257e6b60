/* Where the hardened build's own checks end (tools/hardened.mk,
 * -DSP_HARDENED).  The compiler and libc add checks of their own to that
 * build; by default each ends the process by a signal, which SafePy's
 * promise forbids.  This file routes every one of them to the safety trap
 * (sp_trap: one line on stderr, exit status SP_TRAP_STATUS):
 *
 * - compiler bounds checks (-fsanitize=bounds without a runtime library):
 *   both gcc and clang emit a call to __ubsan_handle_out_of_bounds(_abort)
 *   on the failing path; we define the two functions here, so the
 *   UBSan runtime is not linked and the check ends in sp_trap directly.
 * - checks compiled as a trap instruction (clang's local-bounds,
 *   -fsanitize-trap=..., gcc's -fsanitize-undefined-trap-on-error,
 *   __builtin_trap): ud2 -> SIGILL.
 * - the stack protector (__stack_chk_fail), _FORTIFY_SOURCE's checks
 *   (__chk_fail) and glibc's heap consistency checks all call abort() ->
 *   SIGABRT, after glibc has printed its own line.
 *
 * The two signals get a handler that calls sp_trap, which only uses
 * write(2) and _exit(2) (async-signal-safe).  Each of these is a detected
 * memory-safety violation in SafePy (or libc), never the Python program's
 * fault, exactly like any other safety trap.  SIGSEGV/SIGBUS are left
 * alone: a fault that no check caught must stay visible as a crash.
 *
 * The handlers are installed by a constructor, only in the hardened build:
 * a library embedded in someone else's process must not take its
 * signals (the embedding API will have to install them explicitly). */
#ifdef SP_HARDENED
#include <signal.h>
#include "core.h"

/* The argument layouts of the UBSan calls are not needed: the check that
 * failed is named by the trap message, the location by a debugger. */
void __ubsan_handle_out_of_bounds(void *data, void *index);
void __ubsan_handle_out_of_bounds_abort(void *data, void *index);

/*@ assigns \nothing;
    ensures \false; */
void __ubsan_handle_out_of_bounds(void *data, void *index)
{
    sp_trap("compiler bounds check");
}

/*@ assigns \nothing;
    ensures \false; */
void __ubsan_handle_out_of_bounds_abort(void *data, void *index)
{
    sp_trap("compiler bounds check");
}

/*@ assigns \nothing;
    ensures \false; */
static void on_signal(int sig)
{
    if (sig == SIGILL)
        sp_trap("compiler check (trap instruction)");
    sp_trap("hardening check (stack protector, fortify or libc heap check)");
}

/*@ assigns \nothing; */
__attribute__((constructor)) static void sp_hardening_install(void)
{
    struct sigaction sa = { 0 };
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGABRT, &sa, NULL);
}
#else
/* ISO C forbids an empty translation unit. */
typedef int sp_hardening_unused;
#endif

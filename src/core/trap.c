/* The safety trap: the last resort when a check inside SafePy fails and no
 * Python exception can be raised safely.  It writes one line and ends the
 * process with a plain exit status -- never a signal, never a core dump. */
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include "core.h"

_Noreturn void sp_trap_msg(const char *what, size_t len)
{
    static const char head[] = "safepy: safety trap: ";
    /* write(2) directly: the trap must work whatever state stdio is in. */
    (void)!write(2, head, sizeof head - 1);
    (void)!write(2, what, len);
    (void)!write(2, "\n", 1);
#ifdef SP_FUZZ
    /* Under libFuzzer (fuzz/) a trap is a finding: abort so that the
     * fuzzer reports it as a crash and keeps the input. */
    abort();
#endif
    _exit(SP_TRAP_STATUS);
}

_Noreturn void sp_trap_str(const char *what)
{
    sp_trap_msg(what, strlen(what));
}

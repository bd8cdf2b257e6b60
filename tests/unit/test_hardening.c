/* The hardened build's checks end in the safety trap, never in a signal
 * (src/core/hardening.c).  Each case runs in a child process that breaks
 * one rule the way a SafePy bug would; the parent requires exit status
 * SP_TRAP_STATUS and the trap line on stderr.  Built with the build's
 * flags, so it tests the hardened flags only in the hardened build (make
 * hardened); elsewhere it only reports that it skipped. */
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "core/core.h"
#include "unit.h"

#ifdef SP_HARDENED
static volatile size_t oob_index = 4;
static volatile size_t overrun = 64;
static const char *volatile long_text = "far more than eight bytes";

/* -fsanitize=bounds: a subscript past a local array's known bound. */
static int bounds_case(void)
{
    int a[4] = { 1, 2, 3, 4 };
    return a[oob_index];
}

/* The stack protector: a callee that knows nothing of the buffer's size
 * (no bounds check, no fortify) overruns the caller's frame; the caller's
 * canary check fails on return. */
__attribute__((noinline)) static void fill(char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        p[i] = 'A';
}

__attribute__((noinline)) static int canary_case(void)
{
    char buf[16];
    fill(buf, overrun);
    return buf[0];
}

/* _FORTIFY_SOURCE: strcpy into an 8-byte buffer the compiler can see. */
__attribute__((noinline)) static int fortify_case(void)
{
    char buf[8];
    strcpy(buf, long_text);
    return buf[1];
}

/* A trap instruction (what -fsanitize-trap and __builtin_trap emit). */
static int ud2_case(void)
{
    __builtin_trap();
}

/* Run fn in a child: it must end with the trap status and a trap line. */
static int traps(int (*fn)(void), const char *expect)
{
    int fds[2];
    if (pipe(fds) != 0)
        return 0;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 2);
        close(fds[0]);
        _exit(fn() == 12345 ? 0 : 1);   /* returning at all is a failure */
    }
    close(fds[1]);
    char err[512] = { 0 };
    size_t got = 0;
    ssize_t n;
    while (got < sizeof err - 1 && (n = read(fds[0], err + got, sizeof err - 1 - got)) > 0)
        got += (size_t)n;
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != SP_TRAP_STATUS || strstr(err, expect) == NULL) {
        fprintf(stderr, "status %#x, stderr: %s\n", status, err);
        return 0;
    }
    return 1;
}

int main(void)
{
    CHECK(traps(bounds_case, "safepy: safety trap: compiler bounds check"));
    CHECK(traps(canary_case, "safepy: safety trap: hardening check"));
    CHECK(traps(fortify_case, "safepy: safety trap: hardening check"));
    CHECK(traps(ud2_case, "safepy: safety trap: compiler check (trap instruction)"));
    return unit_done("test_hardening");
}
#else
int main(void)
{
    printf("test_hardening: skipped (not a hardened build)\n");
    return 0;
}
#endif

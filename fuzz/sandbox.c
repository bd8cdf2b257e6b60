/* The fuzzers' platform: the posix backend (src/platform/posix.c) behind a
 * wall, so that a fuzzed program can read the standard library and
 * nothing it does can touch this machine or the fuzzer process.
 *
 *   - open: read-only, regular files only, nothing under /proc, /sys,
 *     /dev (no FIFOs that block, no process memory, no devices); every
 *     other flag (write, create, truncate, append) fails with EPERM.
 *   - read / seek / fstat / close: only on descriptors this sandbox
 *     opened; the fuzzer's own descriptors (corpus, logs) are out of
 *     reach, fd 0 reads as empty (end of file).
 *   - write: fd 1 and 2 are discarded (reported as written); anything
 *     else fails with EPERM.
 *   - the name is not "posix", so the os module's extra table
 *     (platform_os.h: unlink, rename, mkdir, chdir, sleep, _exit, the
 *     environment) is not available at all: those calls raise
 *     OSError(ENOSYS).  There is no process spawning and no networking
 *     in SafePy outside that table.
 *   - exit (os._exit, the only caller) jumps back to the harness, which
 *     throws the VM away.
 *   - entropy is a fixed stream and PYTHONHASHSEED is 0: a run depends on
 *     its input only, so every finding reproduces.
 *
 * fz_sandbox_reset closes what the last program left open.
 */
#include "harness.h"
/* after sp.h: names.def has a field called errno */
#include <errno.h>
#include <setjmp.h>
#include <string.h>

#define FZ_MAX_FD 1024

/* Descriptors opened through the sandbox (one byte each). */
static uint8_t fz_open_fds[FZ_MAX_FD];
static uint64_t fz_entropy_state;

jmp_buf *fz_exit_target;

static const sp_platform *px(void) { return sp_platform_posix(); }

static bool fz_owned(int fd)
{
    return fd >= 0 && fd < FZ_MAX_FD && sp_bytes_get(SP_BYTES(fz_open_fds), (size_t)fd) != 0;
}

static int64_t sb_read(int fd, sp_bytes buf)
{
    if (fd == 0)
        return 0;
    if (!fz_owned(fd))
        return -EBADF;
    return px()->read(fd, buf);
}

static int64_t sb_write(int fd, sp_cbytes buf)
{
    if (fd == 1 || fd == 2)
        return (int64_t)buf.len;
    return -EPERM;
}

static bool has_prefix(const char *path, const char *prefix)
{
    sp_cbytes p = sp_cbytes_of_cstr(path), q = sp_cbytes_of_cstr(prefix);
    return p.len >= q.len && sp_cbytes_eq(sp_cbytes_sub(p, 0, q.len), q);
}

static int sb_open(const char *path, int flags, int mode)
{
    if (flags != SP_O_RDONLY)
        return -EPERM;
    if (has_prefix(path, "/proc") || has_prefix(path, "/sys") || has_prefix(path, "/dev"))
        return -EPERM;
    sp_stat st;
    int r = px()->stat(path, &st);
    if (r < 0)
        return r;
    if (!st.is_reg)
        return st.is_dir ? -EISDIR : -EPERM;
    int fd = px()->open(path, SP_O_RDONLY, 0);
    if (fd < 0)
        return fd;
    if (fd >= FZ_MAX_FD) {
        px()->close(fd);
        return -EMFILE;
    }
    sp_bytes_set(SP_BYTES(fz_open_fds), (size_t)fd, 1);
    return fd;
}

static int sb_close(int fd)
{
    if (!fz_owned(fd))
        return -EBADF;
    sp_bytes_set(SP_BYTES(fz_open_fds), (size_t)fd, 0);
    return px()->close(fd);
}

static int64_t sb_seek(int fd, int64_t off, int whence)
{
    if (!fz_owned(fd))
        return fd >= 0 && fd <= 2 ? -ESPIPE : -EBADF;
    return px()->seek(fd, off, whence);
}

static int sb_fstat(int fd, sp_stat *st)
{
    if (fd >= 0 && fd <= 2) {
        /* the standard streams look like pipes */
        st->size = 0;
        st->mtime_ns = 0;
        st->mode = 0010600;
        st->is_dir = false;
        st->is_reg = false;
        return 0;
    }
    if (!fz_owned(fd))
        return -EBADF;
    return px()->fstat(fd, st);
}

static int sb_stat(const char *path, sp_stat *st) { return px()->stat(path, st); }
static int sb_isatty(int fd) { return 0; }
static int sb_getcwd(sp_bytes buf) { return px()->getcwd(buf); }

static int sb_listdir(const char *path, void (*each)(void *ud, const char *name), void *ud)
{
    if (has_prefix(path, "/proc") || has_prefix(path, "/sys") || has_prefix(path, "/dev"))
        return -EPERM;
    return px()->listdir(path, each, ud);
}

static int64_t sb_time_ns(void) { return px()->time_ns(); }
static int64_t sb_monotonic_ns(void) { return px()->monotonic_ns(); }
static int64_t sb_cpu_ns(void) { return px()->cpu_ns(); }

/* A fixed stream (splitmix64), restarted for every input. */
static int sb_entropy(sp_bytes buf)
{
    for (size_t i = 0; i < buf.len; i++) {
        fz_entropy_state += 0x9E3779B97F4A7C15ull;
        uint64_t z = fz_entropy_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        sp_bytes_set(buf, i, (uint8_t)(z ^ (z >> 31)));
    }
    return 0;
}

static const char *sb_getenv(const char *name)
{
    if (strcmp(name, "PYTHONHASHSEED") == 0)
        return "0";
    if (strcmp(name, "PYTHONBREAKPOINT") == 0)
        return "0";            /* breakpoint() does nothing */
    return NULL;
}

static const char *sb_strerror(int err) { return px()->strerror(err); }

static void sb_exit(int status)
{
    if (fz_exit_target != NULL)
        longjmp(*fz_exit_target, 1);
    /* exit outside a run: never expected; a crash so that it shows */
    sp_trap("fuzz sandbox: exit outside a run");
}

static size_t sb_stack_size(void) { return px()->stack_size(); }

static const sp_platform sandbox = {
    .name = "fuzz-sandbox",
    .read = sb_read,
    .write = sb_write,
    .open = sb_open,
    .close = sb_close,
    .seek = sb_seek,
    .stat = sb_stat,
    .fstat = sb_fstat,
    .isatty = sb_isatty,
    .getcwd = sb_getcwd,
    .listdir = sb_listdir,
    .time_ns = sb_time_ns,
    .monotonic_ns = sb_monotonic_ns,
    .cpu_ns = sb_cpu_ns,
    .entropy = sb_entropy,
    .getenv = sb_getenv,
    .strerror = sb_strerror,
    .exit = sb_exit,
    .stack_size = sb_stack_size,
};

const sp_platform *fz_sandbox(void)
{
    return &sandbox;
}

void fz_sandbox_reset(void)
{
    for (int fd = 0; fd < FZ_MAX_FD; fd++)
        if (fz_owned(fd))
            sb_close(fd);
    fz_entropy_state = 0x5AFE;
}

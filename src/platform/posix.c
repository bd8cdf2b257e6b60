/* The posix backend of the platform table: the command line's door to the
 * operating system.  Calls are retried on EINTR; errors come back as
 * negated errno values (platform.h). */
#include <dirent.h>
#include <pthread.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "platform.h"

static int64_t px_read(int fd, sp_bytes buf)
{
    for (;;) {
        ssize_t n = read(fd, buf.ptr, buf.len);
        if (n >= 0)
            return n;
        if (errno != EINTR)
            return -errno;
    }
}

static int64_t px_write(int fd, sp_cbytes buf)
{
    for (;;) {
        ssize_t n = write(fd, buf.ptr, buf.len);
        if (n >= 0)
            return n;
        if (errno != EINTR)
            return -errno;
    }
}

static int px_open(const char *path, int flags, int mode)
{
    int f = 0;
    switch (flags & 0x3) {
    case SP_O_WRONLY: f = O_WRONLY; break;
    case SP_O_RDWR: f = O_RDWR; break;
    default: f = O_RDONLY; break;
    }
    if (flags & SP_O_CREAT) f |= O_CREAT;
    if (flags & SP_O_TRUNC) f |= O_TRUNC;
    if (flags & SP_O_APPEND) f |= O_APPEND;
    if (flags & SP_O_EXCL) f |= O_EXCL;
    for (;;) {
        int fd = open(path, f | O_CLOEXEC, mode);
        if (fd >= 0)
            return fd;
        if (errno != EINTR)
            return -errno;
    }
}

static int px_close(int fd)
{
    /* Not retried: on Linux the descriptor is gone even after EINTR. */
    if (close(fd) == 0 || errno == EINTR)
        return 0;
    return -errno;
}

static int64_t px_seek(int fd, int64_t off, int whence)
{
    off_t r = lseek(fd, (off_t)off, whence);
    return r < 0 ? -errno : (int64_t)r;
}

static void fill_stat(const struct stat *s, sp_stat *st)
{
    st->size = (int64_t)s->st_size;
    st->mtime_ns = (int64_t)s->st_mtim.tv_sec * 1000000000 + s->st_mtim.tv_nsec;
    st->mode = (uint32_t)s->st_mode;
    st->is_dir = S_ISDIR(s->st_mode);
    st->is_reg = S_ISREG(s->st_mode);
}

static int px_stat(const char *path, sp_stat *st)
{
    struct stat s;
    if (stat(path, &s) != 0)
        return -errno;
    fill_stat(&s, st);
    return 0;
}

static int px_fstat(int fd, sp_stat *st)
{
    struct stat s;
    if (fstat(fd, &s) != 0)
        return -errno;
    fill_stat(&s, st);
    return 0;
}

static int px_isatty(int fd)
{
    return isatty(fd) ? 1 : 0;
}

static int px_getcwd(sp_bytes buf)
{
    if (buf.len == 0)
        return -ERANGE;
    if (getcwd((char *)buf.ptr, buf.len) == NULL)
        return -errno;
    return (int)sp_cbytes_of_cstr((const char *)buf.ptr).len;
}

static int px_listdir(const char *path, void (*each)(void *ud, const char *name), void *ud)
{
    DIR *d = opendir(path);
    if (d == NULL)
        return -errno;
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (e == NULL)
            break;
        const char *n = e->d_name;
        /* "." and "..", as os.listdir leaves them out. */
        if (sp_cbytes_eq(sp_cbytes_of_cstr(n), sp_cbytes_of_cstr("."))
            || sp_cbytes_eq(sp_cbytes_of_cstr(n), sp_cbytes_of_cstr("..")))
            continue;
        each(ud, n);
    }
    int err = errno;
    closedir(d);
    return err != 0 ? -err : 0;
}

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0)
        return 0;
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t px_time_ns(void) { return clock_ns(CLOCK_REALTIME); }
static int64_t px_monotonic_ns(void) { return clock_ns(CLOCK_MONOTONIC); }
static int64_t px_cpu_ns(void) { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }

static int px_entropy(sp_bytes buf)
{
    size_t done = 0;
    while (done < buf.len) {
        sp_bytes rest = sp_bytes_sub(buf, done, buf.len - done);
        ssize_t n = getrandom(rest.ptr, rest.len, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        done += (size_t)n;
    }
    return 0;
}

static const char *px_getenv(const char *name) { return getenv(name); }
static const char *px_strerror(int err) { return strerror(err); }
static void px_exit(int status) { exit(status); }

static size_t px_stack_size(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return 0;
    return (size_t)rl.rlim_cur;
}

/* The watchdog is a detached thread that wakes every 20 ms and ends the
 * process with _exit once either budget is spent: no signal is involved,
 * so nothing in the interpreter sees EINTR, and the process never dies by
 * a signal.  CPU time makes the backstop indifferent to the machine's
 * load; wall time catches a process blocked in a system call.  Its
 * arguments live in a static (the thread outlives the caller's frame);
 * one watchdog per process. */
typedef struct watchdog_args {
    int64_t cpu_end, wall_end;
    const char *msg;
    int status;
} watchdog_args;
static watchdog_args px_watchdog_args;

static void *watchdog_main(void *p)
{
    const watchdog_args *a = p;
    for (;;) {
        struct timespec ts = { 0, 20 * 1000 * 1000 };
        nanosleep(&ts, NULL);
        if (clock_ns(CLOCK_PROCESS_CPUTIME_ID) >= a->cpu_end || clock_ns(CLOCK_MONOTONIC) >= a->wall_end)
            break;
    }
    size_t len = strlen(a->msg);
    ssize_t w = write(2, a->msg, len);
    (void)w;
    _exit(a->status);
}

static int64_t add_sat(int64_t a, int64_t b)
{
    return b > INT64_MAX - a ? INT64_MAX : a + b;
}

static int px_watchdog(int64_t cpu_ns, int64_t wall_ns, const char *msg, int status)
{
    if (cpu_ns <= 0 || wall_ns <= 0 || px_watchdog_args.msg != NULL)
        return -EINVAL;
    px_watchdog_args = (watchdog_args){ add_sat(clock_ns(CLOCK_PROCESS_CPUTIME_ID), cpu_ns),
                                        add_sat(clock_ns(CLOCK_MONOTONIC), wall_ns), msg, status };
    pthread_attr_t attr;
    pthread_t t;
    if (pthread_attr_init(&attr) != 0)
        return -ENOMEM;
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 64 << 10);
    int err = pthread_create(&t, &attr, watchdog_main, &px_watchdog_args);
    pthread_attr_destroy(&attr);
    return err == 0 ? 0 : -err;
}

static const sp_platform posix_platform = {
    .name = "posix",
    .read = px_read,
    .write = px_write,
    .open = px_open,
    .close = px_close,
    .seek = px_seek,
    .stat = px_stat,
    .fstat = px_fstat,
    .isatty = px_isatty,
    .getcwd = px_getcwd,
    .listdir = px_listdir,
    .time_ns = px_time_ns,
    .monotonic_ns = px_monotonic_ns,
    .cpu_ns = px_cpu_ns,
    .entropy = px_entropy,
    .getenv = px_getenv,
    .strerror = px_strerror,
    .exit = px_exit,
    .stack_size = px_stack_size,
    .watchdog = px_watchdog,
};

const sp_platform *sp_platform_posix(void)
{
    return &posix_platform;
}

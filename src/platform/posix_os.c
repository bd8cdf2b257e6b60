/* The posix backend of platform_os.h: the system calls behind the os
 * module.  Retries on EINTR like posix.c; errors are -errno. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "platform_os.h"
#include "../core/objspan.h"

extern char **environ;

static int px_result(int r)
{
    return r == 0 ? 0 : -errno;
}

static int px_unlink(const char *path) { return px_result(unlink(path)); }
static int px_mkdir(const char *path, int mode) { return px_result(mkdir(path, (mode_t)mode)); }
static int px_rmdir(const char *path) { return px_result(rmdir(path)); }
static int px_rename(const char *from, const char *to) { return px_result(rename(from, to)); }
static int px_chdir(const char *path) { return px_result(chdir(path)); }
static int px_access(const char *path, int mode) { return px_result(access(path, mode)); }
static int64_t px_getpid(void) { return (int64_t)getpid(); }

static int px_lstat(const char *path, sp_stat *st)
{
    struct stat s;
    if (lstat(path, &s) != 0)
        return -errno;
    st->size = (int64_t)s.st_size;
    st->mtime_ns = (int64_t)s.st_mtim.tv_sec * 1000000000 + s.st_mtim.tv_nsec;
    st->mode = (uint32_t)s.st_mode;
    st->is_dir = S_ISDIR(s.st_mode);
    st->is_reg = S_ISREG(s.st_mode);
    return 0;
}

static int px_environ(void (*each)(void *ud, const char *entry), void *ud)
{
    sp_cstrs env = sp_cstrs_of_nullterm(environ);
    for (size_t i = 0; i < env.len; i++)
        each(ud, sp_cstrs_get(env, i));
    return 0;
}

static int px_readlink(const char *path, sp_bytes buf)
{
    ssize_t n = readlink(path, (char *)buf.ptr, buf.len);
    if (n < 0)
        return -errno;
    return (int)n;
}

static int px_cpu_count(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

static void px_exit_now(int status) { _exit(status); }

static int px_sleep_ns(int64_t ns)
{
    struct timespec req = { (time_t)(ns / 1000000000), (long)(ns % 1000000000) };
    struct timespec rem;
    while (nanosleep(&req, &rem) != 0) {
        if (errno != EINTR)
            return -errno;
        req = rem;
    }
    return 0;
}

static const sp_platform_os posix_os = {
    .unlink = px_unlink,
    .mkdir = px_mkdir,
    .rmdir = px_rmdir,
    .rename = px_rename,
    .chdir = px_chdir,
    .lstat = px_lstat,
    .access = px_access,
    .getpid = px_getpid,
    .environ = px_environ,
    .readlink = px_readlink,
    .cpu_count = px_cpu_count,
    .exit_now = px_exit_now,
    .sleep_ns = px_sleep_ns,
};

const sp_platform_os *sp_platform_posix_os(void)
{
    return &posix_os;
}

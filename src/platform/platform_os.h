/* File-system and process operations beyond the basic platform table, for
 * the os module (src/modules/posixmod.c).  Same conventions as platform.h:
 * >= 0 on success, a negated errno value on failure.  The posix backend is
 * posix_os.c; a sandbox backend provides its own table (or none: os
 * functions then raise OSError(ENOSYS)). */
#ifndef SP_PLATFORM_OS_H
#define SP_PLATFORM_OS_H

#include "platform.h"

typedef struct sp_platform_os {
    int (*unlink)(const char *path);
    int (*mkdir)(const char *path, int mode);
    int (*rmdir)(const char *path);
    int (*rename)(const char *from, const char *to);
    int (*chdir)(const char *path);
    int (*lstat)(const char *path, sp_stat *st);
    int (*access)(const char *path, int mode);
    int64_t (*getpid)(void);
    /* Calls each(ud, "NAME=value") for every environment variable. */
    int (*environ)(void (*each)(void *ud, const char *entry), void *ud);
    /* The target of a symbolic link: its length, or -errno. */
    int (*readlink)(const char *path, sp_bytes buf);
    int (*cpu_count)(void);
    /* Ends the process at once (os._exit): no flushing. */
    void (*exit_now)(int status);
    /* Suspends the thread (time.sleep); -EINTR is retried by the backend. */
    int (*sleep_ns)(int64_t ns);
} sp_platform_os;

const sp_platform_os *sp_platform_posix_os(void);

#endif

/* The only door to the operating system.  Everything SafePy asks of the
 * outside world goes through one of these functions; the posix backend
 * (posix.c) serves the command line, an enclave backend will serve ocalls.
 *
 * Conventions: functions returning int return >= 0 on success and a
 * negated errno value on failure (-ENOENT, ...).  Paths are NUL-terminated
 * UTF-8.
 */
#ifndef SP_PLATFORM_H
#define SP_PLATFORM_H

#include "../core/core.h"

typedef struct sp_stat {
    int64_t size;
    int64_t mtime_ns;
    uint32_t mode;          /* st_mode */
    bool is_dir, is_reg;
} sp_stat;

#define SP_O_RDONLY 0x0
#define SP_O_WRONLY 0x1
#define SP_O_RDWR   0x2
#define SP_O_CREAT  0x40
#define SP_O_TRUNC  0x200
#define SP_O_APPEND 0x400
#define SP_O_EXCL   0x80

typedef struct sp_platform {
    const char *name;                                  /* "posix" */
    int64_t (*read)(int fd, sp_bytes buf);             /* bytes read, 0 = EOF */
    int64_t (*write)(int fd, sp_cbytes buf);           /* bytes written */
    int (*open)(const char *path, int flags, int mode);/* fd */
    int (*close)(int fd);
    int64_t (*seek)(int fd, int64_t off, int whence);
    int (*stat)(const char *path, sp_stat *st);
    int (*fstat)(int fd, sp_stat *st);
    int (*isatty)(int fd);                             /* 1 or 0 */
    int (*getcwd)(sp_bytes buf);                       /* length */
    int (*listdir)(const char *path, void (*each)(void *ud, const char *name), void *ud);
    int64_t (*time_ns)(void);                          /* wall clock */
    int64_t (*monotonic_ns)(void);
    int64_t (*cpu_ns)(void);                           /* process CPU time */
    int (*entropy)(sp_bytes buf);                      /* fills buf */
    const char *(*getenv)(const char *name);           /* NULL if unset */
    const char *(*strerror)(int err);
    void (*exit)(int status);                          /* does not return */
    /* The address of the C stack's usable end for the current thread and
     * its size; 0 if unknown (the caller then assumes 8 MiB). */
    size_t (*stack_size)(void);
    /* A hard backstop for the command line's --max-time: once the process
     * has used `cpu_ns` of CPU time, or `wall_ns` of wall time, from now,
     * write `msg` to fd 2 and end the process with `status` (no signal
     * death, no flushing).  Once per process; 0 on success, -errno if it
     * can't be armed.  May be NULL. */
    int (*watchdog)(int64_t cpu_ns, int64_t wall_ns, const char *msg, int status);
} sp_platform;

const sp_platform *sp_platform_posix(void);

#endif

/* SafePy's embedding API: the only header an embedder includes.
 *
 *     safepy_config cfg = { 0 };
 *     cfg.max_heap = 64 << 20;              // MemoryError past 64 MiB
 *     cfg.max_time_ns = 2000000000;         // ResourceLimitError after 2 s
 *     cfg.lib_dir = "/opt/safepy/lib";
 *     safepy_vm *vm = safepy_new(&cfg);
 *     safepy_status st = safepy_run(vm, src, strlen(src), "<job>");
 *     if (st != SAFEPY_OK)
 *         fprintf(stderr, "failed: %s\n", safepy_error(vm));
 *     safepy_free(vm);
 *
 * A VM is an isolated interpreter: its own heap, modules, limits.  Several
 * VMs may exist in one process, one after another or side by side; a VM
 * must only be used by one thread at a time, always the same one (its
 * collector scans that thread's stack).  safepy_run runs the source as the
 * __main__ module; the program's output goes to the process's fd 1 and 2
 * (an uncaught exception prints its traceback on fd 2, as the command line
 * does).
 *
 * The limits count over the VM's whole life, from safepy_new: the tick
 * budget (one tick is a backward jump, a Python call, or a step of a long
 * loop in C), the wall-time limit (monotonic clock), and the heap cap.
 * When the budget or the time runs out, the program gets
 * _safepy.ResourceLimitError (a BaseException) and keeps getting it at
 * every safe point, so it can't continue; safepy_run then returns
 * SAFEPY_LIMIT, and the VM can only be freed.  The heap cap raises
 * MemoryError, which the program may catch and recover from; if it
 * escapes, safepy_run returns SAFEPY_NO_MEMORY.
 */
#ifndef SAFEPY_H
#define SAFEPY_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct safepy_vm safepy_vm;

typedef struct safepy_config {
    size_t max_heap;          /* bytes of heap; 0 = the default, 4 GiB */
    uint64_t max_ticks;       /* tick budget; 0 = none */
    int64_t max_time_ns;      /* wall time in nanoseconds; 0 = none */
    const char *lib_dir;      /* SafePy's lib/ directory (NULL: none) */
    const char *stdlib_dir;   /* CPython 3.11's Lib directory (NULL: none) */
    int gc_stress;            /* nonzero: collect at every allocation (testing) */
} safepy_config;

typedef enum safepy_status {
    SAFEPY_OK = 0,            /* the program ended normally */
    SAFEPY_EXCEPTION = 1,     /* an uncaught exception; see safepy_error */
    SAFEPY_LIMIT = 2,         /* the tick budget or the time limit ran out */
    SAFEPY_NO_MEMORY = 3,     /* an uncaught MemoryError (heap cap) */
    SAFEPY_EXIT = 4,          /* SystemExit; its status: safepy_exit_code */
    SAFEPY_BAD_CALL = 5       /* NULL vm or source, or the VM already hit a limit */
} safepy_status;

/* A new VM (NULL if it could not be created: out of memory, bad
 * PYTHONHASHSEED).  cfg may be NULL for the defaults. */
safepy_vm *safepy_new(const safepy_config *cfg);

/* Run `len` bytes of UTF-8 source as __main__ (filename is used in
 * tracebacks; NULL means "<string>").  `source` must point to `len`
 * readable bytes, unchanged until the call returns: SafePy trusts the
 * length it is given. */
safepy_status safepy_run(safepy_vm *vm, const char *source, size_t len, const char *filename);

/* The process exit status the last run would give on the command line
 * (0, 1 after an uncaught exception, or SystemExit's code). */
int safepy_exit_code(const safepy_vm *vm);

/* "TypeName: message" of the exception that ended the last run, or ""
 * when it ended normally.  Valid until the next safepy_run/safepy_free. */
const char *safepy_error(const safepy_vm *vm);

/* Ticks the VM has run so far. */
uint64_t safepy_ticks(const safepy_vm *vm);

/* End the interpreter -- its atexit handlers run, then the __del__ of what
 * is still alive, as at the end of a CPython process -- then free the VM
 * and everything it allocated.  NULL is fine. */
void safepy_free(safepy_vm *vm);

#ifdef __cplusplus
}
#endif

#endif

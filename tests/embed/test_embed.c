/* The embedding API (include/safepy.h), end to end: 50 VMs created, run
 * and freed one after another in one process, each run ending a
 * different way -- normally, by an exception, SystemExit, the tick
 * budget, the time limit, the heap cap (MemoryError escaping), and the
 * heap cap hit, caught and survived.  Under ASan its leak checker proves
 * that freeing a VM gives everything back (tests/embed/embed.mk).
 *
 *   test_embed [LIB_DIR [STDLIB_DIR]]    (default: lib, /usr/lib/python3.11)
 *
 * Only safepy.h is included: the header must stand on its own. */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "safepy.h"

static int failures;

#define CHECK(cond, ...)                                                      \
    do {                                                                      \
        if (!(cond)) {                                                        \
            failures++;                                                       \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);              \
            fprintf(stderr, __VA_ARGS__);                                     \
            fputc('\n', stderr);                                              \
        }                                                                     \
    } while (0)

static const char *lib_dir = "lib";
static const char *stdlib_dir = "/usr/lib/python3.11";

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct {
    const char *name;
    const char *source;
    size_t max_heap;
    uint64_t max_ticks;
    int64_t max_time_ns;
    safepy_status want;
    int want_exit;
    const char *want_error;    /* a substring of safepy_error, or NULL */
} job;

static const job jobs[] = {
    { "ok", "x = sum(range(1000))\nassert x == 499500\n", 0, 0, 0, SAFEPY_OK, 0, NULL },
    { "exception", "def f():\n    raise ValueError('bad value')\nf()\n", 0, 0, 0, SAFEPY_EXCEPTION, 1,
      "ValueError: bad value" },
    { "syntax", "def (:\n", 0, 0, 0, SAFEPY_EXCEPTION, 1, "SyntaxError" },
    { "exit", "import sys\nsys.exit(7)\n", 0, 0, 0, SAFEPY_EXIT, 7, NULL },
    { "ticks", "while True:\n    pass\n", 0, 200000, 0, SAFEPY_LIMIT, 1, "tick budget of 200000 exceeded" },
    { "ticks_swallowed",
      "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass\n",
      0, 100000, 0, SAFEPY_LIMIT, 1, "_safepy.ResourceLimitError: tick budget" },
    { "ticks_c_loop", "sum(range(10**18))\n", 0, 500000, 0, SAFEPY_LIMIT, 1, "tick budget" },
    { "time", "while True:\n    pass\n", 0, 0, 50000000, SAFEPY_LIMIT, 1, "time limit of 0.05 s exceeded" },
    { "time_recursion",
      "def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()\n",
      0, 0, 100000000, SAFEPY_LIMIT, 1, "time limit" },
    { "heap", "x = []\nwhile True:\n    x.append([0] * 1000)\n", 16 << 20, 0, 0, SAFEPY_NO_MEMORY, 1, "MemoryError" },
    { "heap_recover",
      "for k in range(3):\n    try:\n        x = []\n        while True:\n            x.append('y' * 100000)\n"
      "    except MemoryError:\n        x = None\nprint('recovered')\n",
      16 << 20, 0, 0, SAFEPY_OK, 0, NULL },
};

#define NJOBS (sizeof jobs / sizeof jobs[0])

/* A VM with cfg's limits and the test's library directories (NULL, with
 * a failure counted, if it could not be made). */
static safepy_vm *new_vm(safepy_config cfg, const char *what)
{
    cfg.lib_dir = lib_dir;
    cfg.stdlib_dir = stdlib_dir;
    safepy_vm *vm = safepy_new(&cfg);
    CHECK(vm != NULL, "%s: safepy_new failed", what);
    return vm;
}

static void run_job(const job *j, int round)
{
    safepy_config cfg = { 0 };
    cfg.max_heap = j->max_heap;
    cfg.max_ticks = j->max_ticks;
    cfg.max_time_ns = j->max_time_ns;
    safepy_vm *vm = new_vm(cfg, j->name);
    if (vm == NULL)
        return;
    double t0 = now();
    safepy_status st = safepy_run(vm, j->source, strlen(j->source), j->name);
    double dt = now() - t0;
    CHECK(st == j->want, "%s (round %d): status %d, expected %d (%s)", j->name, round, (int)st, (int)j->want,
          safepy_error(vm));
    CHECK(safepy_exit_code(vm) == j->want_exit, "%s: exit code %d, expected %d", j->name, safepy_exit_code(vm),
          j->want_exit);
    if (j->want_error != NULL)
        CHECK(strstr(safepy_error(vm), j->want_error) != NULL, "%s: error '%s', expected '%s'", j->name,
              safepy_error(vm), j->want_error);
    else if (j->want == SAFEPY_OK)
        CHECK(safepy_error(vm)[0] == 0, "%s: error '%s' after a normal end", j->name, safepy_error(vm));
    if (j->max_time_ns > 0)
        CHECK(dt < (double)j->max_time_ns / 1e9 + 2.0, "%s: took %.2f s", j->name, dt);
    if (st == SAFEPY_LIMIT) {
        /* The VM stays stopped. */
        CHECK(safepy_run(vm, "x = 1\n", 6, "again") == SAFEPY_BAD_CALL, "%s: run after the limit", j->name);
    }
    safepy_free(vm);
}

/* The budget is exact: a program that takes T ticks runs with a budget
 * of T and fails with T - 1. */
static void exact_budget(void)
{
    const char *src = "for i in range(1000):\n    pass\n";
    safepy_config cfg = { 0 };
    safepy_vm *vm = new_vm(cfg, "exact");
    if (vm == NULL)
        return;
    uint64_t t0 = safepy_ticks(vm);
    CHECK(safepy_run(vm, src, strlen(src), "exact") == SAFEPY_OK, "exact: first run");
    uint64_t total = safepy_ticks(vm);
    CHECK(total - t0 >= 1000, "exact: %llu ticks for 1000 iterations", (unsigned long long)(total - t0));
    safepy_free(vm);
    for (int slack = 0; slack <= 1; slack++) {
        cfg.max_ticks = total - (uint64_t)slack;
        vm = new_vm(cfg, "exact");
        if (vm == NULL)
            return;
        safepy_status st = safepy_run(vm, src, strlen(src), "exact");
        CHECK(st == (slack == 0 ? SAFEPY_OK : SAFEPY_LIMIT), "exact: budget %llu gave %d (%s)",
              (unsigned long long)cfg.max_ticks, (int)st, safepy_error(vm));
        safepy_free(vm);
    }
}

/* Two runs on one VM: the end of a run is not the end of the interpreter
 * -- what the first run left alive keeps its __del__ and its atexit
 * handlers for later (they ran at the end of every run once). */
static void two_runs(void)
{
    const char *first = "import sys, atexit\nsys.log = []\n"
                        "class D:\n    def __del__(self):\n        sys.log.append('del')\n"
                        "sys.keep = D()\natexit.register(sys.log.append, 'atexit')\n";
    const char *second = "import sys, gc\nassert sys.log == [], sys.log\n"
                         "sys.keep = None\ngc.collect()\nassert sys.log == ['del'], sys.log\n";
    safepy_vm *vm = new_vm((safepy_config){ 0 }, "two runs");
    if (vm == NULL)
        return;
    CHECK(safepy_run(vm, first, strlen(first), "first") == SAFEPY_OK, "two runs: first (%s)", safepy_error(vm));
    CHECK(safepy_run(vm, second, strlen(second), "second") == SAFEPY_OK, "two runs: second (%s)",
          safepy_error(vm));
    safepy_free(vm);
}

int main(int argc, char **argv)
{
    if (argc > 1)
        lib_dir = argv[1];
    if (argc > 2)
        stdlib_dir = argv[2];
    safepy_free(NULL);
    CHECK(safepy_run(NULL, "", 0, NULL) == SAFEPY_BAD_CALL, "run(NULL)");
    int runs = 0;
    for (int round = 0; runs < 50; round++)
        for (size_t i = 0; i < NJOBS && runs < 50; i++, runs++)
            run_job(&jobs[i], round);
    exact_budget();
    two_runs();
    printf("test_embed: %d VMs, %d failures\n", runs + 4, failures);
    return failures != 0;
}

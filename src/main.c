/* The command line: safepy [options] FILE [args] | -c CODE | -m MODULE | -
 *
 * Option parsing follows CPython's: options come first, single-letter
 * options may be grouped (-Bc CODE), and everything after the script, -c
 * CODE or -m MODULE goes to sys.argv.  SafePy's own options are long ones:
 *   --max-heap SIZE   heap cap (suffix K, M or G; default 4G)
 *   --max-time SECS   time limit (fractions allowed): ResourceLimitError at
 *                     the next safe point past it; a watchdog ends the
 *                     process (status 124) if it has used twice the limit
 *                     (at least the limit + 1 s) of CPU time, or 10 times
 *                     the limit + 60 s of wall time
 *   --max-ticks N     tick budget (src/vm/service.c): ResourceLimitError
 * (docs/running.md, "Resource limits").
 *   --dump-ast FILE   print the parser's AST of FILE (ast.dump format)
 *   --gc-stats        heap statistics on stderr at exit (or SAFEPY_GC_STATS=1)
 * Environment: SAFEPY_GC_STRESS=1 collects at (nearly) every allocation;
 * SAFEPY_FAIL_ALLOC=N[+] makes the N-th allocation after start-up fail
 * (src/cli/allocfail.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include "sp.h"
#include "parser/ast.h"
#include "vm/vmlife.h"
#include "cli/repl.h"
#include "cli/allocfail.h"

#define SP_VERSION_TEXT "SafePy 0.1.0 (Python 3.11 compatible)"
/* Exit status when --max-time's watchdog has to end the process (the
 * program was stuck where no safe point or poll is reached: a bug).  The
 * value of coreutils' timeout(1). */
#define SP_TIMEOUT_STATUS 124
#define SP_NS_PER_S ((int64_t)1000000000)
/* Longest --max-time: about 31 years, well inside int64 nanoseconds. */
#define SP_MAX_TIME_SECONDS 1e9

typedef enum { RUN_FILE, RUN_CODE, RUN_MODULE, RUN_STDIN, RUN_DUMP_AST } run_kind;

typedef struct {
    const char *prog;
    run_kind kind;
    const char *what;          /* file, code, module name or AST file */
    int argi;                  /* first index of argv for sys.argv[1:] */
    const char *argv0;         /* sys.argv[0] */
    size_t max_heap;
    int64_t max_time;          /* ns; 0 = none */
    uint64_t max_ticks;        /* 0 = none */
    bool gc_stats;
} options;

/* glibc's malloc gives the top of its heap back to the system whenever
 * 128 KiB of it is free, and maps blocks past a threshold it moves itself.
 * The collector frees large blocks (big ints, long strs, lists) in bursts
 * at each sweep and the program allocates them again at once: with the
 * defaults pidigits spent 0.27 s of its 1.45 s in brk/munmap and the page
 * faults of memory it had just returned (109,000 faults against CPython's
 * 1,100).  The command line keeps up to 32 MiB of free top and maps only
 * blocks of 32 MiB or more; an embedding host keeps its own settings. */
static void tune_malloc(void)
{
#ifdef __GLIBC__
    mallopt(M_TRIM_THRESHOLD, 32 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

static _Noreturn void usage_error(const char *prog, const char *msg, const char *arg)
{
    if (arg != NULL)
        fprintf(stderr, msg, arg);
    else
        fputs(msg, stderr);
    fprintf(stderr, "\nusage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                    "Try `python -h' for more information.\n", prog);
    exit(2);
}

static void print_help(const char *prog)
{
    printf("usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
           "Options:\n"
           "-c cmd : program passed in as string (terminates option list)\n"
           "-m mod : run library module as a script (terminates option list)\n"
           "-h     : print this help message and exit (also -? or --help)\n"
           "-V     : print the version number and exit (also --version)\n"
           "file   : program read from script file\n"
           "-      : program read from stdin (default; interactive mode if a tty)\n"
           "arg ...: arguments passed to program in sys.argv[1:]\n"
           "SafePy options:\n"
           "--max-heap SIZE : cap the heap (K, M or G suffix; default 4G)\n"
           "--max-time SECS : stop the program after SECS seconds (fractions allowed)\n"
           "--max-ticks N   : stop the program after N ticks (loop iterations, calls)\n"
           "--gc-stats      : print heap statistics at exit\n"
           "--dump-ast FILE : print the AST of FILE and exit\n"
           "Environment: SAFEPY_GC_STRESS=1 collects at (nearly) every allocation;\n"
           "PYTHONHASHSEED as in CPython.\n", prog);
}

/* "64M" -> bytes; false if malformed or out of range. */
static bool parse_size(const char *s, size_t *out)
{
    sp_cbytes t = sp_cbytes_of_cstr(s);
    size_t v = 0, i = 0;
    if (t.len == 0)
        return false;
    for (; i < t.len; i++) {
        uint8_t c = sp_cbytes_get(t, i);
        if (c < '0' || c > '9')
            break;
        if (!sp_size_mul(v, 10, &v) || !sp_size_add(v, (size_t)(c - '0'), &v))
            return false;
    }
    if (i == 0)
        return false;
    size_t mult = 1;
    if (i < t.len) {
        switch (sp_cbytes_get(t, i)) {
        case 'k': case 'K': mult = (size_t)1 << 10; break;
        case 'm': case 'M': mult = (size_t)1 << 20; break;
        case 'g': case 'G': mult = (size_t)1 << 30; break;
        default: return false;
        }
        i++;
        if (i < t.len && (sp_cbytes_get(t, i) == 'b' || sp_cbytes_get(t, i) == 'B'))
            i++;
        if (i != t.len)
            return false;
    }
    return sp_size_mul(v, mult, out) && *out > 0;
}

static bool is_opt(const char *a, const char *name);

/* "2.5" -> 2.5e9 ns; false if malformed, not positive or too large. */
static bool parse_seconds(const char *s, int64_t *out)
{
    sp_cbytes t = sp_cbytes_of_cstr(s);
    double v = 0, scale = 1;
    bool digits = false, dot = false;
    for (size_t i = 0; i < t.len; i++) {
        uint8_t c = sp_cbytes_get(t, i);
        if (c == '.' && !dot) {
            dot = true;
            continue;
        }
        if (c < '0' || c > '9')
            return false;
        digits = true;
        if (dot) {
            scale /= 10;
            v += (c - '0') * scale;
        } else {
            v = v * 10 + (c - '0');
        }
        if (v > SP_MAX_TIME_SECONDS)
            return false;
    }
    if (!digits)
        return false;
    *out = (int64_t)(v * 1e9);
    return *out > 0;
}

/* "1000000" -> 1000000; false if malformed or zero. */
static bool parse_count(const char *s, uint64_t *out)
{
    sp_cbytes t = sp_cbytes_of_cstr(s);
    uint64_t v = 0;
    if (t.len == 0)
        return false;
    for (size_t i = 0; i < t.len; i++) {
        uint8_t c = sp_cbytes_get(t, i);
        if (c < '0' || c > '9' || v > (UINT64_MAX - 9) / 10)
            return false;
        v = v * 10 + (uint64_t)(c - '0');
    }
    *out = v;
    return v > 0;
}

/* One of the valued long options: store its value (usage error if bad). */
static void long_option_value(options *o, const char *name, const char *v)
{
    if (is_opt(name, "--max-heap")) {
        if (!parse_size(v, &o->max_heap))
            usage_error(o->prog, "Invalid --max-heap value: %s", v);
    } else if (is_opt(name, "--max-time")) {
        if (!parse_seconds(v, &o->max_time))
            usage_error(o->prog, "Invalid --max-time value: %s", v);
    } else {
        if (!parse_count(v, &o->max_ticks))
            usage_error(o->prog, "Invalid --max-ticks value: %s", v);
    }
}

static bool is_opt(const char *a, const char *name)
{
    return strcmp(a, name) == 0;
}

/* argv as a span of C strings (no raw subscripts outside the core). */
typedef sp_cstrs cstrs;
#define cstrs_get sp_cstrs_get

static void parse_options(options *o, cstrs argv)
{
    o->prog = argv.len > 0 ? cstrs_get(argv, 0) : "safepy";
    o->max_heap = 0;
    o->kind = RUN_STDIN;
    o->what = NULL;
    o->argv0 = "";
    size_t i = 1;
    for (; i < argv.len; i++) {
        const char *a = cstrs_get(argv, i);
        sp_cbytes ab = sp_cbytes_of_cstr(a);
        if (ab.len < 2 || sp_cbytes_get(ab, 0) != '-')
            break;                         /* the script, or "-" */
        if (sp_cbytes_get(ab, 1) == '-') {
            if (ab.len == 2) {             /* "--": end of options */
                i++;
                break;
            }
            if (is_opt(a, "--version")) {
                puts(SP_VERSION_TEXT);
                exit(0);
            }
            if (is_opt(a, "--help")) {
                print_help(o->prog);
                exit(0);
            }
            if (is_opt(a, "--gc-stats")) {
                o->gc_stats = true;
                continue;
            }
            bool valued = is_opt(a, "--max-heap") || is_opt(a, "--max-time") || is_opt(a, "--max-ticks");
            if (valued || is_opt(a, "--dump-ast")) {
                if (i + 1 >= argv.len)
                    usage_error(o->prog, "Argument expected for the %s option", a);
                const char *v = cstrs_get(argv, ++i);
                if (is_opt(a, "--dump-ast")) {
                    o->kind = RUN_DUMP_AST;
                    o->what = v;
                    o->argi = (int)i + 1;
                    return;
                }
                long_option_value(o, a, v);
                continue;
            }
            /* --max-heap=SIZE and the like */
            char *with_value[] = { "--max-heap", "--max-time", "--max-ticks" };
            sp_cstrs wv = SP_ARRAY_SPAN(sp_cstrs, with_value);
            bool found = false;
            for (size_t w = 0; w < wv.len && !found; w++) {
                sp_cbytes prefix = sp_cbytes_of_cstr(sp_cstrs_get(wv, w));
                if (ab.len > prefix.len + 1 && sp_cbytes_eq(sp_cbytes_sub(ab, 0, prefix.len), prefix) &&
                    sp_cbytes_get(ab, prefix.len) == '=') {
                    long_option_value(o, sp_cstrs_get(wv, w), (const char *)sp_cbytes_from(ab, prefix.len + 1).ptr);
                    found = true;
                }
            }
            if (found)
                continue;
            usage_error(o->prog, "unknown option %s", a);
        }
        /* A group of single-letter options. */
        for (size_t k = 1; k < ab.len; k++) {
            char c = (char)sp_cbytes_get(ab, k);
            const char *rest = k + 1 < ab.len ? (const char *)sp_cbytes_from(ab, k + 1).ptr : NULL;
            switch (c) {
            case 'c': case 'm': case 'X': case 'W': {
                const char *v = rest;
                if (v == NULL) {
                    if (i + 1 >= argv.len) {
                        char opt[3] = { '-', c, 0 };
                        usage_error(o->prog, "Argument expected for the %s option", opt);
                    }
                    v = cstrs_get(argv, ++i);
                }
                if (c == 'c' || c == 'm') {
                    o->kind = c == 'c' ? RUN_CODE : RUN_MODULE;
                    o->what = v;
                    o->argv0 = c == 'c' ? "-c" : "-m";
                    o->argi = (int)i + 1;
                    return;
                }
                k = ab.len;                /* -X / -W: the rest was the argument; ignored */
                break;
            }
            case 'V':
                puts(SP_VERSION_TEXT);
                exit(0);
            case 'h': case '?':
                print_help(o->prog);
                exit(0);
            case 'b': case 'B': case 'd': case 'E': case 'i': case 'I': case 'O':
            case 'P': case 'q': case 's': case 'S': case 'u': case 'v': case 'x':
                break;                     /* accepted, no effect in SafePy */
            default: {
                char opt[3] = { '-', c, 0 };
                usage_error(o->prog, "Unknown option: %s", opt);
            }
            }
        }
    }
    if (i < argv.len) {
        const char *a = cstrs_get(argv, i);
        o->what = a;
        o->argv0 = a;
        o->kind = is_opt(a, "-") ? RUN_STDIN : RUN_FILE;
        o->argi = (int)i + 1;
    } else {
        o->argi = (int)argv.len;
    }
}

/* ---- default directories ------------------------------------------------*/

/* buf = dir[0:dirlen] + tail, NUL-terminated; false if it doesn't fit. */
static bool join(sp_bytes buf, sp_cbytes dir, const char *tail)
{
    sp_cbytes t = sp_cbytes_of_cstr(tail);
    if (dir.len + t.len + 1 > buf.len)
        return false;
    sp_bytes_copy(buf, dir);
    sp_bytes_copy(sp_bytes_sub(buf, dir.len, t.len), t);
    sp_bytes_set(buf, dir.len + t.len, 0);
    return true;
}

/* SafePy's lib/: beside the executable (./safepy), or one level up (a
 * build-x/safepy).  NULL if neither exists. */
static const char *default_lib_dir(const sp_platform *p, sp_bytes buf)
{
    char exe[4096];
    sp_bytes e = SP_BYTES(exe);
    ssize_t n = readlink("/proc/self/exe", (char *)e.ptr, e.len - 1);
    if (n <= 0)
        return NULL;
    sp_cbytes path = sp_cbytes_of(sp_bytes_sub(e, 0, (size_t)n));
    for (int up = 0; up < 2; up++) {
        sp_ssize slash = sp_cbytes_rfind(path, sp_cbytes_of_cstr("/"), path.len);
        if (slash < 0)
            return NULL;
        path = sp_cbytes_sub(path, 0, (size_t)slash);
        sp_stat st;
        if (join(buf, path, "/lib") && p->stat((const char *)buf.ptr, &st) == 0 && st.is_dir)
            return (const char *)buf.ptr;
    }
    return NULL;
}

/* ---- running under a handler ---------------------------------------------*/

typedef struct {
    options *o;
    cstrs argv;
    sp_cbytes source;
} main_ctx;

/* Decode a command-line string as CPython does (UTF-8, surrogateescape). */
static sp_val arg_str(sp_vm *vm, const char *s)
{
    return sp_str_decode_utf8(vm, sp_cbytes_of_cstr(s), "surrogateescape");
}

/* sys.argv: the list sp_init_sys made (if any) is filled in place, so that
 * sys.argv and vm->argv stay the same object. */
static void set_argv(sp_vm *vm, main_ctx *m)
{
    sp_val list = sp_list_new(vm, 0);
    sp_list_append(vm, list, arg_str(vm, m->o->argv0));
    for (size_t i = (size_t)m->o->argi; i < m->argv.len; i++)
        sp_list_append(vm, list, arg_str(vm, cstrs_get(m->argv, i)));
    if (vm->argv != NULL && sp_is_list(vm->argv)) {
        sp_vals items = sp_list_items(list);
        for (size_t i = 0; i < items.len; i++)
            sp_list_append(vm, vm->argv, sp_vals_get(items, i));
    } else {
        vm->argv = list;
        if (vm->sys != NULL)
            sp_module_add(vm, vm->sys, "argv", list);
    }
}

static bool protect(sp_vm *vm, void (*fn)(sp_vm *vm, main_ctx *m), main_ctx *m)
{
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        fn(vm, m);
        sp_handler_pop(vm, &h);
        return true;
    }
    return false;
}

static void dump_ast(sp_vm *vm, main_ctx *m)
{
    sp_val tree = sp_parse(vm, m->source, arg_str(vm, m->o->what), SP_MODE_EXEC);
    sp_cbytes text = sp_str_bytes(sp_ast_dump(vm, tree));
    fwrite(text.ptr, 1, text.len, stdout);
    fputc('\n', stdout);
}

/* The whole of a file (or fd 0 when path is NULL) as the first *len bytes
 * of a malloc'd buffer (sp_bytes_realloc), NUL-terminated; false and *err
 * set on failure, *buf left empty. */
static bool read_all(const sp_platform *p, const char *path, sp_bytes *buf, size_t *len, int *err)
{
    int fd = path != NULL ? p->open(path, SP_O_RDONLY, 0) : 0;
    if (fd < 0) {
        *err = -fd;
        return false;
    }
    size_t n = 0;
    bool ok = sp_bytes_realloc(buf, ((size_t)1 << 16) + 1);
    while (ok) {
        if (n + 1 == buf->len &&
            (buf->len > ((size_t)1 << 40) || !sp_bytes_realloc(buf, 2 * buf->len - 1))) {
            ok = false;
            break;
        }
        int64_t r = p->read(fd, sp_bytes_sub(*buf, n, buf->len - 1 - n));
        if (r < 0) {
            *err = (int)-r;
            sp_bytes_free(buf);
            break;
        }
        if (r == 0) {
            sp_bytes_set(*buf, n, 0);
            break;
        }
        n += (size_t)r;
    }
    if (!ok) {
        *err = 12; /* ENOMEM */
        sp_bytes_free(buf);
    }
    if (path != NULL)
        p->close(fd);
    *len = n;
    return buf->ptr != NULL;
}

int main(int argc, char **argv)
{
    char base;
    options o = { 0 };
    tune_malloc();
    cstrs av = { argv, argc > 0 ? (size_t)argc : 0 };
    parse_options(&o, av);
    const sp_platform *plat = sp_platform_posix();
    const char *env = plat->getenv("SAFEPY_GC_STATS");
    if (env != NULL && env[0] != '\0' && env[0] != '0')
        o.gc_stats = true;

    bool interactive = o.kind == RUN_STDIN && o.what == NULL && plat->isatty(0);

    if (o.max_time > 0 && plat->watchdog != NULL) {
        /* The backstop.  The VM raises ResourceLimitError at its first safe
         * point past the limit; only a C loop that never polls could keep
         * running.  So: end the process once it has used the limit plus a
         * grace (the limit, at least 1 s) of CPU time -- i.e. at least the
         * grace after the deadline, however loaded the machine -- or,
         * should it be blocked, 10 times the limit plus 60 s of wall time
         * (generous: on a loaded machine, or under GC stress, the clean-up
         * after the limit -- unwinding, printing the traceback -- can take
         * many times its CPU time in wall time). */
        int64_t grace = o.max_time > SP_NS_PER_S ? o.max_time : SP_NS_PER_S;
        /* Under GC stress every allocation is a full collection: printing
         * the traceback alone can take many seconds of CPU. */
        const char *st = plat->getenv("SAFEPY_GC_STRESS");
        if (st != NULL && st[0] != '\0' && st[0] != '0')
            grace = o.max_time < INT64_MAX / 16 && 5 * o.max_time > 60 * SP_NS_PER_S ? 5 * o.max_time
                                                                                     : 60 * SP_NS_PER_S;
        int64_t wall = o.max_time < INT64_MAX / 16 ? 10 * o.max_time + 60 * SP_NS_PER_S : INT64_MAX;
        (void)plat->watchdog(o.max_time + grace, wall, "safepy: time limit exceeded\n", SP_TIMEOUT_STATUS);
    }

    sp_config cfg = { 0 };
    cfg.max_heap = o.max_heap;
    cfg.max_time = o.max_time;
    cfg.max_ticks = o.max_ticks;
    env = plat->getenv("SAFEPY_GC_STRESS");
    cfg.gc_stress = env != NULL && env[0] != '\0' && env[0] != '0';
    cfg.platform = plat;
    char lib_buf[4096];
    cfg.lib_dir = plat->getenv("SAFEPY_LIB");
    if (cfg.lib_dir == NULL)
        cfg.lib_dir = default_lib_dir(plat, SP_BYTES(lib_buf));
    cfg.stdlib_dir = plat->getenv("SAFEPY_STDLIB");
    if (cfg.stdlib_dir == NULL)
        cfg.stdlib_dir = "/usr/lib/python3.11";
    sp_vm *vm = sp_vm_new(&cfg);
    if (vm == NULL)
        return 1;
    sp_vm_enter(vm, &base);
    sp_allocfail af = sp_allocfail_start(vm, plat->getenv("SAFEPY_FAIL_ALLOC"));

    main_ctx m = { &o, av, { NULL, 0 } };
    int status = 0;
    sp_bytes src = { NULL, 0 };
    if (o.kind == RUN_DUMP_AST) {
        size_t len = 0;
        int err = 0;
        if (!read_all(plat, o.what, &src, &len, &err)) {
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", o.prog, o.what, err, plat->strerror(err));
            return 2;
        }
        m.source = sp_cbytes_of(sp_bytes_sub(src, 0, len));
        if (!protect(vm, dump_ast, &m)) {
            sp_print_exception_safe(vm, vm->exc);
            status = 1;
        }
    } else if (!protect(vm, set_argv, &m)) {
        sp_print_exception_safe(vm, vm->exc);
        status = 1;
    } else {
        switch (o.kind) {
        case RUN_FILE:
            status = sp_run_main_file(vm, o.what, &base);
            break;
        case RUN_CODE:
            status = sp_run_main_string(vm, sp_cbytes_of_cstr(o.what), "<string>", &base);
            break;
        case RUN_MODULE:
            status = sp_run_main_module(vm, o.what, &base);
            break;
        default: {
            if (interactive) {
                status = sp_repl(vm, &base);
                break;
            }
            size_t len = 0;
            int err = 0;
            if (!read_all(plat, NULL, &src, &len, &err)) {
                fprintf(stderr, "%s: can't read <stdin>: [Errno %d] %s\n", o.prog, err, plat->strerror(err));
                return 2;
            }
            status = sp_run_main_string(vm, sp_cbytes_of(sp_bytes_sub(src, 0, len)), "<stdin>", &base);
            break;
        }
        }
        sp_vm_shutdown(vm, &base);
    }
    sp_allocfail_end(vm, af, o.gc_stats);
    if (o.gc_stats)
        sp_vm_print_gc_stats(vm);
    sp_bytes_free(&src);
    fflush(stdout);
    sp_vm_free(vm);
    return status;
}

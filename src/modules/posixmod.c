/* _safepy_os: the system-call primitives under SafePy's posix module
 * (lib/posix.py builds os.stat_result, scandir, environ, ... on top).
 * Every call goes through the platform layer (platform.h, platform_os.h);
 * errors become the right OSError subclass with the file name. */
#include "sp.h"
#include "modules/sysio.h"
#include "modules/modules.h"
#include "platform/platform_os.h"

static const sp_platform_os *os_table(sp_vm *vm)
{
    if (vm->platform->name != NULL &&
        sp_cbytes_eq(sp_cbytes_of_cstr(vm->platform->name), sp_cbytes_of_cstr("posix")))
        return sp_platform_posix_os();
    return NULL;
}

_Noreturn static void no_os(sp_vm *vm)
{
    sp_raise_os(vm, 38 /* ENOSYS */, NULL);
}

static sp_val path_arg(sp_vm *vm, sp_vals args, size_t i)
{
    /* Whatever the program wrote must be on disk before it looks. */
    sp_io_flush_all(vm);
    return sp_io_fspath(vm, sp_vals_get(args, i));
}

static int int_arg(sp_vm *vm, sp_vals args, size_t i, int dflt)
{
    if (args.len <= i)
        return dflt;
    int64_t v = sp_int_as_i64(vm, sp_index(vm, sp_vals_get(args, i)));
    if (v < -0x80000000LL || v > 0x7fffffffLL)
        sp_raise_fmt(vm, vm->e.OverflowError, "signed integer is greater than maximum");
    return (int)v;
}

static void check(sp_vm *vm, int64_t r, sp_val filename)
{
    if (r < 0)
        sp_raise_os(vm, (int)r, filename);
}

/* (st_mode, st_size, st_mtime_ns) */
static sp_val stat_tuple(sp_vm *vm, const sp_stat *st)
{
    sp_val t = sp_tuple_new(vm, 3);
    sp_tuple_set(t, 0, sp_int_from_i64(vm, st->mode));
    sp_tuple_set(t, 1, sp_int_from_i64(vm, st->size));
    sp_tuple_set(t, 2, sp_int_from_i64(vm, st->mtime_ns));
    return t;
}

static sp_val os_stat(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "stat", args, kwnames, 1, 1);
    sp_val p = sp_vals_get(args, 0);
    sp_stat st;
    if (sp_is_int(p)) {
        check(vm, vm->platform->fstat(int_arg(vm, args, 0, 0), &st), NULL);
        return stat_tuple(vm, &st);
    }
    sp_val path = path_arg(vm, args, 0);
    check(vm, vm->platform->stat(sp_str_cstr(path), &st), p);
    return stat_tuple(vm, &st);
}

static sp_val os_lstat(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "lstat", args, kwnames, 1, 1);
    const sp_platform_os *os = os_table(vm);
    if (os == NULL)
        return os_stat(vm, args, kwnames);
    sp_val path = path_arg(vm, args, 0);
    sp_stat st;
    check(vm, os->lstat(sp_str_cstr(path), &st), sp_vals_get(args, 0));
    return stat_tuple(vm, &st);
}

typedef struct listdir_ud { sp_vm *vm; sp_val list; } listdir_ud;

static void listdir_each(void *ud, const char *name)
{
    listdir_ud *l = ud;
    sp_list_append(l->vm, l->list, sp_str_decode_utf8(l->vm, sp_cbytes_of_cstr(name), "surrogateescape"));
}

static sp_val os_listdir(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "listdir", args, kwnames, 0, 1);
    sp_val path = args.len > 0 && sp_vals_get(args, 0) != vm->None ? path_arg(vm, args, 0) : sp_str_from_cstr(vm, ".");
    listdir_ud ud = { vm, sp_list_new(vm, 0) };
    check(vm, vm->platform->listdir(sp_str_cstr(path), listdir_each, &ud), args.len > 0 ? sp_vals_get(args, 0) : path);
    return ud.list;
}

static sp_val os_getcwd(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "getcwd", args, kwnames, 0, 0);
    char buf[4096];
    int n = vm->platform->getcwd(SP_BYTES(buf));
    check(vm, n, NULL);
    return sp_str_decode_utf8(vm, sp_cbytes_sub(SP_CBYTES(buf), 0, (size_t)n), "surrogateescape");
}

#define PATH_OP(fname, call)                                                  \
    static sp_val os_##fname(sp_vm *vm, sp_vals args, sp_val kwnames)         \
    {                                                                         \
        sp_check_nargs(vm, #fname, args, kwnames, 1, 2);                      \
        const sp_platform_os *os = os_table(vm);                              \
        if (os == NULL)                                                       \
            no_os(vm);                                                        \
        sp_val path = path_arg(vm, args, 0);                                  \
        const char *p = sp_str_cstr(path);                                    \
        check(vm, call, sp_vals_get(args, 0));                                \
        return vm->None;                                                      \
    }

PATH_OP(unlink, os->unlink(p))
PATH_OP(rmdir, os->rmdir(p))
PATH_OP(chdir, os->chdir(p))
PATH_OP(mkdir, os->mkdir(p, int_arg(vm, args, 1, 0777)))

static sp_val os_rename(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "rename", args, kwnames, 2, 2);
    const sp_platform_os *os = os_table(vm);
    if (os == NULL)
        no_os(vm);
    sp_val a = path_arg(vm, args, 0), b = path_arg(vm, args, 1);
    int r = os->rename(sp_str_cstr(a), sp_str_cstr(b));
    if (r < 0) {
        sp_val items[5] = { sp_int_from_i64(vm, -r), sp_str_from_cstr(vm, vm->platform->strerror(-r)),
                            sp_vals_get(args, 0), vm->None, sp_vals_get(args, 1) };
        sp_raise(vm, sp_exc_new(vm, sp_os_error_class(vm, r), SP_VALS(items)));
    }
    return vm->None;
}

static sp_val os_access(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "access", args, kwnames, 2, 2);
    const sp_platform_os *os = os_table(vm);
    if (os == NULL)
        no_os(vm);
    sp_val path = path_arg(vm, args, 0);
    return sp_bool(vm, os->access(sp_str_cstr(path), int_arg(vm, args, 1, 0)) == 0);
}

static sp_val os_readlink(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "readlink", args, kwnames, 1, 1);
    const sp_platform_os *os = os_table(vm);
    if (os == NULL)
        no_os(vm);
    sp_val path = path_arg(vm, args, 0);
    char buf[4096];
    int n = os->readlink(sp_str_cstr(path), SP_BYTES(buf));
    check(vm, n, sp_vals_get(args, 0));
    return sp_str_decode_utf8(vm, sp_cbytes_sub(SP_CBYTES(buf), 0, (size_t)n), "surrogateescape");
}

static sp_val os_open(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "open", args, kwnames, 2, 3);
    sp_val path = path_arg(vm, args, 0);
    /* Linux's O_* values are SafePy's SP_O_* values; other flags
     * (O_CLOEXEC, O_NOFOLLOW, ...) are dropped: the platform opens with
     * close-on-exec anyway. */
    int flags = int_arg(vm, args, 1, 0) & (0x3 | SP_O_CREAT | SP_O_TRUNC | SP_O_APPEND | SP_O_EXCL);
    int fd = vm->platform->open(sp_str_cstr(path), flags, int_arg(vm, args, 2, 0777));
    check(vm, fd, sp_vals_get(args, 0));
    return sp_int_from_i64(vm, fd);
}

static sp_val os_close(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "close", args, kwnames, 1, 1);
    check(vm, vm->platform->close(int_arg(vm, args, 0, -1)), NULL);
    return vm->None;
}

static sp_val os_read(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "read", args, kwnames, 2, 2);
    int fd = int_arg(vm, args, 0, -1);
    int64_t n = sp_int_as_i64(vm, sp_index(vm, sp_vals_get(args, 1)));
    if (n < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "negative length");
    if (n > (1 << 24))
        n = 1 << 24;
    sp_rawbuf *buf = sp_rawbuf_new(vm, (size_t)n);
    int64_t r;
    do {
        r = vm->platform->read(fd, sp_rawbuf_span(buf));
    } while (r == -4);
    check(vm, r, NULL);
    return sp_bytes_new(vm, sp_cbytes_sub(sp_cbytes_of(sp_rawbuf_span(buf)), 0, (size_t)r));
}

static sp_val os_write(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "write", args, kwnames, 2, 2);
    int fd = int_arg(vm, args, 0, -1);
    sp_val data = sp_vals_get(args, 1);
    if (!sp_is_bytes(data) && !sp_isinstance(vm, data, vm->t.bytearray))
        sp_raise_fmt(vm, vm->e.TypeError, "a bytes-like object is required, not '%T'", data);
    if (fd == 1 || fd == 2)
        sp_io_flush_std(vm);
    int64_t r;
    do {
        r = vm->platform->write(fd, sp_bytes_data(data));
    } while (r == -4);
    check(vm, r, NULL);
    return sp_int_from_i64(vm, r);
}

static sp_val os_lseek(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "lseek", args, kwnames, 3, 3);
    int fd = int_arg(vm, args, 0, -1);
    int64_t pos = sp_int_as_i64(vm, sp_index(vm, sp_vals_get(args, 1)));
    int64_t r = vm->platform->seek(fd, pos, int_arg(vm, args, 2, 0));
    check(vm, r, NULL);
    return sp_int_from_i64(vm, r);
}

static sp_val os_isatty(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "isatty", args, kwnames, 1, 1);
    return sp_bool(vm, vm->platform->isatty(int_arg(vm, args, 0, -1)) == 1);
}

static sp_val os_getpid(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    const sp_platform_os *os = os_table(vm);
    return sp_int_from_i64(vm, os != NULL ? os->getpid() : 1);
}

static sp_val os_cpu_count(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    const sp_platform_os *os = os_table(vm);
    return os != NULL ? sp_int_from_i64(vm, os->cpu_count()) : vm->None;
}

static sp_val os_urandom(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "urandom", args, kwnames, 1, 1);
    int64_t n = sp_int_as_i64(vm, sp_index(vm, sp_vals_get(args, 0)));
    if (n < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "negative argument not allowed");
    sp_rawbuf *buf = sp_rawbuf_new(vm, (size_t)n);
    check(vm, vm->platform->entropy(sp_rawbuf_span(buf)), NULL);
    return sp_bytes_new(vm, sp_cbytes_of(sp_rawbuf_span(buf)));
}

static sp_val os_strerror(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "strerror", args, kwnames, 1, 1);
    const char *s = vm->platform->strerror(int_arg(vm, args, 0, 0));
    return sp_str_from_cstr(vm, s != NULL ? s : "Unknown error");
}

static void environ_each(void *ud, const char *entry)
{
    listdir_ud *l = ud;
    sp_list_append(l->vm, l->list, sp_bytes_new(l->vm, sp_cbytes_of_cstr(entry)));
}

/* [b"NAME=value", ...] */
static sp_val os_environ_list(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    listdir_ud ud = { vm, sp_list_new(vm, 0) };
    const sp_platform_os *os = os_table(vm);
    if (os != NULL)
        os->environ(environ_each, &ud);
    return ud.list;
}

static sp_val os_exit_now(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "_exit", args, kwnames, 1, 1);
    int status = int_arg(vm, args, 0, 0);
    const sp_platform_os *os = os_table(vm);
    if (os != NULL)
        os->exit_now(status);
    vm->platform->exit(status);
    sp_trap("os._exit returned");
}

static const sp_methoddef os_functions[] = {
    { "stat", os_stat, 0, NULL },
    { "lstat", os_lstat, 0, NULL },
    { "listdir", os_listdir, 0, NULL },
    { "getcwd", os_getcwd, 0, NULL },
    { "unlink", os_unlink, 0, NULL },
    { "rmdir", os_rmdir, 0, NULL },
    { "chdir", os_chdir, 0, NULL },
    { "mkdir", os_mkdir, 0, NULL },
    { "rename", os_rename, 0, NULL },
    { "access", os_access, 0, NULL },
    { "readlink", os_readlink, 0, NULL },
    { "open", os_open, 0, NULL },
    { "close", os_close, 0, NULL },
    { "read", os_read, 0, NULL },
    { "write", os_write, 0, NULL },
    { "lseek", os_lseek, 0, NULL },
    { "isatty", os_isatty, 0, NULL },
    { "getpid", os_getpid, 0, NULL },
    { "cpu_count", os_cpu_count, 0, NULL },
    { "urandom", os_urandom, 0, NULL },
    { "strerror", os_strerror, 0, NULL },
    { "environ_list", os_environ_list, 0, NULL },
    { "_exit", os_exit_now, 0, NULL },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_safepy_os(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_safepy_os"));
    sp_module_add_methods(vm, m, os_functions);
    return m;
}

/* The main entry points: run a file, a string or a module as __main__,
 * and turn the outcome into a process exit status the way CPython does.
 *
 *   - normal end: 0;
 *   - SystemExit: its code (None -> 0, an int -> that int, anything else
 *     is printed to stderr and gives 1);
 *   - any other uncaught exception: the traceback on stderr, status 1.
 * sys.stdout and sys.stderr are flushed in every case.
 */
#include "sp.h"
#include "modules/sysio.h"
#include "vm/vmlife.h"

/* Every entry point sets the GC's stack base and the C stack limit
 * (vm.c's sp_vm_enter). */
static void enter(sp_vm *vm, void *stack_base)
{
    if (stack_base != NULL)
        sp_vm_enter(vm, stack_base);
}

/* ---- exit status ------------------------------------------------------- */

/* Flushing allocates (the dirty-file list, encoded text): protected, so
 * a MemoryError there can't escape the entry point. */
static sp_val flush_std_cb(sp_vm *vm, void *ud)
{
    (void)ud;
    sp_io_flush_std(vm);
    return vm->None;
}

static void flush_std(sp_vm *vm)
{
    sp_val e;
    (void)sp_pcall(vm, flush_std_cb, NULL, &e);
}

static sp_val print_str_cb(sp_vm *vm, void *ud)
{
    sp_val s = sp_str(vm, (sp_val)ud);
    sp_write_stderr(vm, s);
    sp_write_stderr_cstr(vm, "\n");
    return vm->None;
}

static int system_exit_status(sp_vm *vm, sp_val exc)
{
    sp_val code = sp_exc_attr(vm, exc, vm->n.code);
    if (code == vm->None)
        return 0;
    if (sp_is_int(code)) {
        int64_t v;
        if (!sp_int_to_i64(code, &v) || v < -0x80000000LL || v > 0x7fffffffLL)
            return -1;
        return (int)v;
    }
    /* sys.exit("message"): the message goes to stderr, status 1 */
    sp_io_flush_std(vm);
    sp_val e;
    (void)sp_pcall(vm, print_str_cb, code, &e);
    return 1;
}

/* The status for an exception that ended the program (printing it). */
static int handle_uncaught(sp_vm *vm, sp_val exc)
{
    if (sp_exc_matches(vm, exc, vm->e.SystemExit)) {
        sp_val e2 = NULL;
        volatile int status = 1;
        sp_handler h;
        sp_handler_push(vm, &h);
        if (setjmp(h.buf) == 0) {
            status = system_exit_status(vm, exc);
            sp_handler_pop(vm, &h);
        } else {
            e2 = vm->exc;
        }
        (void)e2;
        return status;
    }
    flush_std(vm);
    sp_print_exception_safe(vm, exc);
    return sp_exc_matches(vm, exc, vm->e.KeyboardInterrupt) ? 130 : 1;
}

/* atexit handlers, if the program imported atexit (lib/atexit.py). */
static sp_val run_atexit_cb(sp_vm *vm, void *ud)
{
    sp_val mod = sp_dict_get_cstr(vm, vm->modules, "atexit");
    if (mod == NULL || mod == vm->None)
        return vm->None;
    sp_val fn = sp_getattr_opt(vm, mod, sp_intern_cstr(vm, "_run_exitfuncs"));
    if (fn != NULL)
        sp_call0(vm, fn);
    return vm->None;
}

static int finish(sp_vm *vm, sp_val result, sp_val exc)
{
    int status = 0;
    vm->last_exc = result == NULL ? exc : NULL;  /* for the embedding API */
    if (result == NULL && exc != NULL)
        status = handle_uncaught(vm, exc);
    flush_std(vm);
    vm->exit_status = status;
    return status;
}

void sp_vm_shutdown(sp_vm *vm, void *stack_base)
{
    enter(vm, stack_base);
    sp_val e2;
    (void)sp_pcall(vm, run_atexit_cb, NULL, &e2);
    sp_finalize_at_exit(vm);
    flush_std(vm);
}

/* ---- __main__ ----------------------------------------------------------- */

static sp_val make_main_module(sp_vm *vm, sp_val file)
{
    sp_val mod = sp_module_new(vm, vm->n.__main__);
    sp_val d = sp_module_dict(mod);
    sp_dict_set(vm, d, vm->n.__name__, vm->n.__main__);
    sp_dict_set(vm, d, vm->n.__doc__, vm->None);
    sp_dict_set(vm, d, vm->n.__package__, vm->None);
    sp_dict_set(vm, d, vm->n.__loader__, vm->None);
    sp_dict_set(vm, d, vm->n.__spec__, vm->None);
    sp_dict_set(vm, d, vm->n.__builtins__, vm->builtins_module != NULL ? vm->builtins_module : vm->builtins);
    if (file != NULL) {
        sp_dict_set(vm, d, vm->n.__file__, file);
        sp_dict_set_cstr(vm, d, "__cached__", vm->None);
    }
    sp_dict_set(vm, vm->modules, vm->n.__main__, mod);
    return mod;
}

static void set_path0(sp_vm *vm, sp_val dir)
{
    if (vm->path == NULL || !sp_is_list(vm->path))
        return;
    if (sp_list_len(vm->path) == 0)
        sp_list_append(vm, vm->path, dir);
    else
        sp_list_set(vm->path, 0, dir);
}

static void set_argv0(sp_vm *vm, sp_val arg0)
{
    if (vm->argv == NULL || !sp_is_list(vm->argv))
        return;
    if (sp_list_len(vm->argv) == 0)
        sp_list_append(vm, vm->argv, arg0);
}

/* The current directory as a str ("" if unknown). */
static sp_val getcwd_str(sp_vm *vm)
{
    char buf[4096];
    int n = vm->platform->getcwd(SP_BYTES(buf));
    if (n <= 0)
        return vm->empty_str;
    return sp_str_decode_utf8(vm, sp_cbytes_sub(SP_CBYTES(buf), 0, (size_t)n), "surrogateescape");
}

/* path made absolute against the current directory ("./" prefixes
 * dropped), as CPython 3.11 reports __main__.__file__. */
static sp_val abs_path(sp_vm *vm, sp_val path)
{
    sp_cbytes b = sp_str_bytes(path);
    if (b.len > 0 && sp_cbytes_get(b, 0) == '/')
        return path;
    while (b.len >= 2 && sp_cbytes_get(b, 0) == '.' && sp_cbytes_get(b, 1) == '/')
        b = sp_cbytes_from(b, 2);
    sp_val cwd = getcwd_str(vm);
    if (sp_str_len(cwd) == 0)
        return path;
    return sp_str_fmt(vm, "%U/%U", cwd, sp_str_new(vm, b));
}

static sp_val dirname_of(sp_vm *vm, sp_val path)
{
    sp_cbytes b = sp_str_bytes(path);
    sp_ssize slash = sp_cbytes_rfind(b, sp_cbytes_of_cstr("/"), b.len);
    if (slash < 0)
        return vm->empty_str;
    if (slash == 0)
        return sp_str_from_cstr(vm, "/");
    return sp_str_new(vm, sp_cbytes_sub(b, 0, (size_t)slash));
}

static sp_val run_source(sp_vm *vm, sp_val source_bytes, sp_val filename, sp_val module)
{
    sp_val code = sp_compile(vm, sp_bytes_data(source_bytes), filename, SP_MODE_EXEC);
    return sp_eval_code(vm, code, sp_module_dict(module), NULL);
}

typedef struct run_file_ud { const char *path; bool cant_open; sp_val exc; } run_file_ud;

static sp_val cant_open_cb(sp_vm *vm, void *p)
{
    run_file_ud *ud = p;
    sp_val path = sp_str_decode_utf8(vm, sp_cbytes_of_cstr(ud->path), "surrogateescape");
    sp_val file = sp_getattr(vm, ud->exc, vm->n.filename);
    if (sp_is_str(file))
        path = file;
    sp_val msg = sp_str_fmt(vm, "safepy: can't open file %R: [Errno %S] %S\n", path,
                            sp_getattr(vm, ud->exc, vm->n.errno), sp_getattr(vm, ud->exc, vm->n.strerror));
    sp_write_stderr(vm, msg);
    sp_io_flush_std(vm);
    return vm->None;
}

static sp_val run_file_cb(sp_vm *vm, void *ud)
{
    run_file_ud *r = ud;
    sp_val given = sp_str_decode_utf8(vm, sp_cbytes_of_cstr(r->path), "surrogateescape");
    set_argv0(vm, given);
    sp_val file = abs_path(vm, given);
    r->cant_open = true;
    sp_val src = sp_read_file_bytes(vm, sp_str_cstr(file));
    r->cant_open = false;
    set_path0(vm, dirname_of(vm, file));
    sp_val mod = make_main_module(vm, file);
    return run_source(vm, src, file, mod);
}

int sp_run_main_file(sp_vm *vm, const char *path, void *stack_base)
{
    enter(vm, stack_base);
    run_file_ud ud = { path, false, NULL };
    sp_val exc = NULL;
    sp_val r = sp_pcall(vm, run_file_cb, &ud, &exc);
    if (r == NULL && ud.cant_open && exc != NULL && sp_exc_matches(vm, exc, vm->e.OSError)) {
        /* CPython: "python3: can't open file '/x.py': [Errno 2] No such
         * file or directory", status 2 */
        sp_val e2;
        ud.exc = exc;
        (void)sp_pcall(vm, cant_open_cb, &ud, &e2);
        return 2;
    }
    return finish(vm, r, exc);
}

typedef struct run_string_ud { sp_cbytes source; const char *filename; } run_string_ud;

static sp_val run_string_cb(sp_vm *vm, void *ud)
{
    run_string_ud *r = ud;
    sp_val filename = sp_str_from_cstr(vm, r->filename);
    bool is_c = sp_str_eq_cstr(filename, "<string>");
    set_argv0(vm, sp_str_from_cstr(vm, is_c ? "-c" : "-"));
    set_path0(vm, vm->empty_str);
    sp_val mod = make_main_module(vm, is_c ? NULL : filename);
    sp_val src = sp_bytes_new(vm, r->source);
    return run_source(vm, src, filename, mod);
}

int sp_run_main_string(sp_vm *vm, sp_cbytes source, const char *filename, void *stack_base)
{
    enter(vm, stack_base);
    run_string_ud ud = { source, filename != NULL ? filename : "<string>" };
    sp_val exc = NULL;
    sp_val r = sp_pcall(vm, run_string_cb, &ud, &exc);
    return finish(vm, r, exc);
}

/* -m: find the module along sys.path (importing its parent packages the
 * usual way), then run its source as __main__; a package runs its
 * __main__ submodule. */
static sp_val run_module_cb(sp_vm *vm, void *ud)
{
    sp_val name = sp_str_from_cstr(vm, (const char *)ud);
    set_path0(vm, getcwd_str(vm));
    for (int depth = 0; depth < 16; depth++) {
        sp_cbytes nb = sp_str_bytes(name);
        sp_ssize dot = sp_cbytes_rfind(nb, sp_cbytes_of_cstr("."), nb.len);
        sp_val parent = dot >= 0 ? sp_str_new(vm, sp_cbytes_sub(nb, 0, (size_t)dot)) : NULL;
        sp_val shortname = dot >= 0 ? sp_str_new(vm, sp_cbytes_from(nb, (size_t)dot + 1)) : name;
        sp_val search = vm->path;
        if (parent != NULL) {
            sp_val pmod = sp_import(vm, parent, NULL, NULL, 0);
            search = sp_getattr_opt(vm, pmod, vm->n.__path__);
            if (search == NULL)
                sp_raise_fmt(vm, vm->e.ImportError,
                             "Error while finding module specification for %R "
                             "(ModuleNotFoundError: __path__ attribute not found on %R while trying to find %R)",
                             name, parent, name);
        }
        sp_val path;
        bool is_pkg;
        if (!sp_import_find(vm, shortname, search, &path, &is_pkg)) {
            sp_val e = sp_exc_new_msg(vm, vm->e.ModuleNotFoundError, sp_str_fmt(vm, "No module named %U", name));
            sp_exc_set_attr(vm, e, vm->n.name, name);
            sp_raise(vm, e);
        }
        if (is_pkg) {
            /* import the package itself, then run pkg.__main__ */
            sp_import(vm, name, NULL, NULL, 0);
            name = sp_str_fmt(vm, "%U.__main__", name);
            continue;
        }
        if (vm->argv != NULL && sp_is_list(vm->argv)) {
            if (sp_list_len(vm->argv) == 0)
                sp_list_append(vm, vm->argv, path);
            else
                sp_list_set(vm->argv, 0, path);
        }
        sp_val src = sp_read_file_bytes(vm, sp_str_cstr(path));
        sp_val mod = make_main_module(vm, path);
        sp_val d = sp_module_dict(mod);
        sp_dict_set(vm, d, vm->n.__package__, parent != NULL ? parent : vm->empty_str);
        return run_source(vm, src, path, mod);
    }
    sp_raise_fmt(vm, vm->e.ImportError, "Cannot use package as __main__ module");
}

int sp_run_main_module(sp_vm *vm, const char *module, void *stack_base)
{
    enter(vm, stack_base);
    sp_val exc = NULL;
    sp_val r = sp_pcall(vm, run_module_cb, (void *)module, &exc);
    if (r == NULL && exc != NULL && sp_exc_matches(vm, exc, vm->e.ImportError) &&
        !sp_exc_matches(vm, exc, vm->e.SystemExit)) {
        /* CPython: "python: No module named x", status 1, no traceback */
        sp_val e2;
        if (sp_exc_matches(vm, exc, vm->e.ModuleNotFoundError) && sp_as_exc(exc)->traceback == NULL) {
            sp_write_stderr_cstr(vm, "safepy: ");
            (void)sp_pcall(vm, print_str_cb, exc, &e2);
            flush_std(vm);
            return 1;
        }
    }
    return finish(vm, r, exc);
}

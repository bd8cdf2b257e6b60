/* The import system: sys.modules, the built-in C modules (modules.def),
 * and .py modules and packages found along sys.path.
 *
 * It follows importlib's observable behaviour without its machinery:
 *   - a module is put in sys.modules before its code runs (so circular
 *     imports see the partially initialised module) and removed again if
 *     the code raises;
 *   - `import a.b.c` imports a, a.b, a.b.c in turn, binds each child as an
 *     attribute of its parent, and returns a;
 *   - relative imports resolve against __package__ (or __spec__.parent, or
 *     __name__), with importlib's error messages;
 *   - within one directory a package (dir/__init__.py) wins over a module
 *     (name.py); directories without __init__.py become namespace packages
 *     when nothing else matches.
 * Modules get __name__, __file__, __package__, __path__ (packages),
 * __spec__ (a types.SimpleNamespace with name/parent/origin/...),
 * __loader__ (None), __cached__ (None) and __builtins__.
 */
#include "sp.h"
#include "modules/sysio.h"
#include "modules/modules.h"

typedef struct builtin_module { const char *name; sp_val (*init)(sp_vm *vm); } builtin_module;

static const builtin_module *find_builtin(const char *name)
{
#define SP_MODULE(mname, fn)                                                  \
    {                                                                         \
        static const builtin_module m = { #mname, fn };                       \
        if (sp_cbytes_eq(sp_cbytes_of_cstr(name), sp_cbytes_of_cstr(#mname)))  \
            return &m;                                                        \
    }
#include "modules/modules.def"
#undef SP_MODULE
    return NULL;
}

sp_val sp_builtin_module_names(sp_vm *vm)
{
    sp_val list = sp_list_new(vm, 0);
#define SP_MODULE(mname, fn) sp_list_append(vm, list, sp_str_from_cstr(vm, #mname));
#include "modules/modules.def"
#undef SP_MODULE
    /* lib/posix.py: os.py picks its backend by this name */
    sp_list_append(vm, list, sp_str_from_cstr(vm, "posix"));
    sp_list_sort(vm, list, NULL, false);
    return sp_tuple_from_iter(vm, list);
}

/* sys and builtins exist from VM start; their "init" hands them over. */
sp_val sp_module_init_sys(sp_vm *vm) { return vm->sys; }
sp_val sp_module_init_builtins_mod(sp_vm *vm) { return vm->builtins_module; }

/* ---- paths --------------------------------------------------------------- */

static sp_val cwd_str(sp_vm *vm)
{
    char buf[4096];
    int n = vm->platform->getcwd(SP_BYTES(buf));
    if (n <= 0)
        return sp_str_from_cstr(vm, ".");
    return sp_str_decode_utf8(vm, sp_cbytes_sub(SP_CBYTES(buf), 0, (size_t)n), "surrogateescape");
}

static sp_val join(sp_vm *vm, sp_val dir, sp_val name)
{
    if (sp_str_len(dir) == 0)
        dir = cwd_str(vm);
    sp_cbytes d = sp_str_bytes(dir);
    if (d.len > 0 && sp_cbytes_get(d, d.len - 1) == '/')
        return sp_str_concat(vm, dir, name);
    return sp_str_fmt(vm, "%U/%U", dir, name);
}

/* 1: regular file, 2: directory, 0: neither. */
static int file_kind(sp_vm *vm, sp_val path)
{
    sp_stat st;
    if (vm->platform->stat(sp_str_cstr(path), &st) < 0)
        return 0;
    return st.is_dir ? 2 : st.is_reg ? 1 : 0;
}

bool sp_import_find(sp_vm *vm, sp_val shortname, sp_val search, sp_val *path, bool *is_package)
{
    if (search == NULL || !sp_is_list(search)) {
        if (search != NULL && sp_is_tuple(search))
            search = sp_list_from_iter(vm, search);
        else
            return false;
    }
    sp_val py = sp_str_fmt(vm, "%U.py", shortname);
    for (size_t i = 0; i < sp_list_len(search); i++) {
        sp_val dir = sp_list_get(search, i);
        if (!sp_is_str(dir))
            continue;
        sp_val base = join(vm, dir, shortname);
        if (file_kind(vm, base) == 2) {
            sp_val init = join(vm, base, sp_str_from_cstr(vm, "__init__.py"));
            if (file_kind(vm, init) == 1) {
                *path = init;
                *is_package = true;
                return true;
            }
        }
        sp_val file = join(vm, dir, py);
        if (file_kind(vm, file) == 1) {
            *path = file;
            *is_package = false;
            return true;
        }
    }
    return false;
}

/* Directories named `shortname` along search: a namespace package's
 * __path__ (empty list if none). */
static sp_val namespace_dirs(sp_vm *vm, sp_val shortname, sp_val search)
{
    sp_val dirs = sp_list_new(vm, 0);
    if (search == NULL || !sp_is_list(search))
        return dirs;
    for (size_t i = 0; i < sp_list_len(search); i++) {
        sp_val dir = sp_list_get(search, i);
        if (!sp_is_str(dir))
            continue;
        sp_val base = join(vm, dir, shortname);
        if (file_kind(vm, base) == 2)
            sp_list_append(vm, dirs, base);
    }
    return dirs;
}

/* ---- module objects ---------------------------------------------------- */

static sp_val make_spec(sp_vm *vm, sp_val name, sp_val parent, sp_val origin, sp_val search_locations)
{
    sp_val spec = sp_simple_namespace_new(vm);
    sp_setattr(vm, spec, vm->n.name, name);
    sp_setattr(vm, spec, sp_intern_cstr(vm, "loader"), vm->None);
    sp_setattr(vm, spec, sp_intern_cstr(vm, "origin"), origin != NULL ? origin : vm->None);
    sp_setattr(vm, spec, sp_intern_cstr(vm, "submodule_search_locations"),
               search_locations != NULL ? search_locations : vm->None);
    sp_setattr(vm, spec, sp_intern_cstr(vm, "loader_state"), vm->None);
    sp_setattr(vm, spec, sp_intern_cstr(vm, "cached"), vm->None);
    sp_setattr(vm, spec, sp_intern_cstr(vm, "parent"), parent);
    sp_setattr(vm, spec, sp_intern_cstr(vm, "has_location"), sp_bool(vm, origin != NULL));
    return spec;
}

static sp_val parent_name(sp_vm *vm, sp_val name)
{
    sp_cbytes b = sp_str_bytes(name);
    sp_ssize dot = sp_cbytes_rfind(b, sp_cbytes_of_cstr("."), b.len);
    if (dot < 0)
        return vm->empty_str;
    return sp_str_new(vm, sp_cbytes_sub(b, 0, (size_t)dot));
}

static sp_val last_component(sp_vm *vm, sp_val name)
{
    sp_cbytes b = sp_str_bytes(name);
    sp_ssize dot = sp_cbytes_rfind(b, sp_cbytes_of_cstr("."), b.len);
    if (dot < 0)
        return name;
    return sp_str_new(vm, sp_cbytes_from(b, (size_t)dot + 1));
}

/* A fresh module for `name` with the import-time attributes. */
static sp_val new_module(sp_vm *vm, sp_val name, sp_val file, bool is_package, sp_val pkg_path)
{
    sp_val mod = sp_module_new(vm, name);
    sp_val d = sp_module_dict(mod);
    sp_val parent = is_package ? name : parent_name(vm, name);
    sp_dict_set(vm, d, vm->n.__name__, name);
    sp_dict_set(vm, d, vm->n.__doc__, vm->None);
    sp_dict_set(vm, d, vm->n.__package__, parent);
    sp_dict_set(vm, d, vm->n.__loader__, vm->None);
    sp_dict_set(vm, d, vm->n.__spec__, make_spec(vm, name, parent, file, is_package ? pkg_path : NULL));
    if (file != NULL) {
        sp_dict_set(vm, d, vm->n.__file__, file);
        sp_dict_set_cstr(vm, d, "__cached__", vm->None);
    }
    if (is_package)
        sp_dict_set(vm, d, vm->n.__path__, pkg_path);
    sp_dict_set(vm, d, vm->n.__builtins__, vm->builtins_module != NULL ? vm->builtins_module : vm->builtins);
    return mod;
}

static void set_initializing(sp_vm *vm, sp_val mod, bool on)
{
    sp_val spec = sp_dict_get(vm, sp_module_dict(mod), vm->n.__spec__);
    if (spec != NULL && spec != vm->None)
        sp_setattr(vm, spec, sp_intern_cstr(vm, "_initializing"), sp_bool(vm, on));
}

/* Run a module's code with it registered in sys.modules, unregistering
 * it if the code raises (so a later import retries). */
static sp_val exec_module(sp_vm *vm, sp_val name, sp_val mod, sp_val file)
{
    sp_val src = sp_read_file_bytes(vm, sp_str_cstr(file));
    sp_dict_set(vm, vm->modules, name, mod);
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        /* Inside the handler: it allocates (MemoryError), and a failure
         * must not leave the empty module in sys.modules. */
        set_initializing(vm, mod, true);
        sp_val code = sp_compile(vm, sp_bytes_data(src), file, SP_MODE_EXEC);
        sp_eval_code(vm, code, sp_module_dict(mod), NULL);
        sp_handler_pop(vm, &h);
    } else {
        sp_val exc = vm->exc;
        sp_dict_del(vm, vm->modules, name);
        sp_raise(vm, exc);
    }
    set_initializing(vm, mod, false);
    /* The module may have replaced itself in sys.modules. */
    sp_val final = sp_dict_get(vm, vm->modules, name);
    if (final == NULL)
        sp_raise_fmt(vm, vm->e.ImportError, "Loaded module %U not found in sys.modules", name);
    return final;
}

sp_val sp_import_exec_file(sp_vm *vm, sp_val name, sp_val path, bool is_package)
{
    sp_val pkg_path = NULL;
    if (is_package) {
        /* __path__ is [the package's directory] */
        sp_cbytes b = sp_str_bytes(path);
        sp_ssize slash = sp_cbytes_rfind(b, sp_cbytes_of_cstr("/"), b.len);
        sp_val dir = slash > 0 ? sp_str_new(vm, sp_cbytes_sub(b, 0, (size_t)slash)) : vm->empty_str;
        pkg_path = sp_list_new(vm, 1);
        sp_list_append(vm, pkg_path, dir);
    }
    sp_val mod = new_module(vm, name, path, is_package, pkg_path);
    return exec_module(vm, name, mod, path);
}

_Noreturn static void raise_not_found(sp_vm *vm, sp_val name, sp_val msg)
{
    sp_val e = sp_exc_new_msg(vm, vm->e.ModuleNotFoundError, msg);
    sp_exc_set_attr(vm, e, vm->n.name, name);
    sp_raise(vm, e);
}

/* Import the absolute dotted `name` and return the module itself. */
static sp_val find_and_load(sp_vm *vm, sp_val name)
{
    sp_check_stack(vm);
    sp_val mod = sp_dict_get(vm, vm->modules, name);
    if (mod != NULL) {
        if (mod == vm->None)
            raise_not_found(vm, name, sp_str_fmt(vm, "import of %U halted; None in sys.modules", name));
        return mod;
    }
    sp_val parent = parent_name(vm, name);
    sp_val search = vm->path;
    sp_val parent_mod = NULL;
    if (sp_str_len(parent) > 0) {
        parent_mod = find_and_load(vm, parent);
        /* importing the parent may have imported us */
        mod = sp_dict_get(vm, vm->modules, name);
        if (mod != NULL && mod != vm->None)
            return mod;
        search = sp_getattr_opt(vm, parent_mod, vm->n.__path__);
        if (search == NULL)
            raise_not_found(vm, name, sp_str_fmt(vm, "No module named %R; %R is not a package", name, parent));
    } else {
        const builtin_module *b = find_builtin(sp_str_cstr(name));
        if (b != NULL) {
            mod = b->init(vm);
            if (mod == NULL)
                raise_not_found(vm, name, sp_str_fmt(vm, "No module named %R", name));
            sp_dict_set(vm, vm->modules, name, mod);
            return mod;
        }
    }
    sp_val shortname = last_component(vm, name);
    sp_val path;
    bool is_pkg;
    if (sp_import_find(vm, shortname, search, &path, &is_pkg)) {
        mod = sp_import_exec_file(vm, name, path, is_pkg);
    } else {
        sp_val dirs = namespace_dirs(vm, shortname, search);
        if (sp_list_len(dirs) == 0)
            raise_not_found(vm, name, sp_str_fmt(vm, "No module named %R", name));
        /* a namespace package: no code, just a __path__ */
        mod = new_module(vm, name, NULL, true, dirs);
        sp_dict_set(vm, vm->modules, name, mod);
    }
    if (parent_mod != NULL)
        sp_setattr(vm, parent_mod, shortname, mod);
    return mod;
}

/* ---- relative names ------------------------------------------------------ */

static sp_val calc_package(sp_vm *vm, sp_val globals)
{
    if (globals == NULL || !sp_is_dict(globals))
        return NULL;
    sp_val package = sp_dict_get(vm, globals, vm->n.__package__);
    sp_val spec = sp_dict_get(vm, globals, vm->n.__spec__);
    if (package != NULL && package != vm->None) {
        if (!sp_is_str(package))
            sp_raise_fmt(vm, vm->e.TypeError, "package must be a string");
        return package;
    }
    if (spec != NULL && spec != vm->None)
        return sp_getattr_cstr(vm, spec, "parent");
    sp_val name = sp_dict_get(vm, globals, vm->n.__name__);
    if (name == NULL)
        sp_raise_fmt(vm, vm->e.KeyError, "'__name__' not in globals");
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "__name__ must be a string");
    if (sp_dict_get(vm, globals, vm->n.__path__) == NULL)
        name = parent_name(vm, name);
    return name;
}

static sp_val resolve_name(sp_vm *vm, sp_val name, sp_val globals, int level)
{
    sp_val package = calc_package(vm, globals);
    if (package == NULL && (globals == NULL || !sp_is_dict(globals)))
        sp_raise_fmt(vm, vm->e.KeyError, "'__name__' not in globals");
    if (package == NULL || package == vm->None || !sp_is_str(package) || sp_str_len(package) == 0)
        sp_raise_fmt(vm, vm->e.ImportError, "attempted relative import with no known parent package");
    sp_val base = package;
    for (int i = 1; i < level; i++) {
        sp_cbytes b = sp_str_bytes(base);
        sp_ssize dot = sp_cbytes_rfind(b, sp_cbytes_of_cstr("."), b.len);
        if (dot < 0)
            sp_raise_fmt(vm, vm->e.ImportError, "attempted relative import beyond top-level package");
        base = sp_str_new(vm, sp_cbytes_sub(b, 0, (size_t)dot));
    }
    if (sp_str_len(name) == 0)
        return base;
    return sp_str_fmt(vm, "%U.%U", base, name);
}

/* ---- fromlist -------------------------------------------------------------- */

static void handle_fromlist(sp_vm *vm, sp_val mod, sp_val fromlist, bool recursive)
{
    sp_check_stack(vm);
    sp_val path = sp_getattr_opt(vm, mod, vm->n.__path__);
    if (path == NULL)
        return;
    sp_val items = sp_tuple_from_iter(vm, fromlist);
    sp_val modname = sp_getattr(vm, mod, vm->n.__name__);
    for (size_t i = 0; i < sp_tuple_len(items); i++) {
        sp_val x = sp_tuple_get(items, i);
        if (!sp_is_str(x))
            sp_raise_fmt(vm, vm->e.TypeError, "Item in %s.__all__ must be str, not %T",
                         recursive ? sp_str_cstr(modname) : "``from list''", x);
        if (sp_str_eq_cstr(x, "*")) {
            sp_val all = sp_getattr_opt(vm, mod, vm->n.__all__);
            if (!recursive && all != NULL)
                handle_fromlist(vm, mod, all, true);
            continue;
        }
        if (sp_hasattr(vm, mod, x))
            continue;
        sp_val sub = sp_str_fmt(vm, "%U.%U", modname, x);
        sp_handler h;
        sp_handler_push(vm, &h);
        if (setjmp(h.buf) == 0) {
            find_and_load(vm, sub);
            sp_handler_pop(vm, &h);
        } else {
            /* A missing submodule is not an error here (the later
             * "from x import y" reports it); anything else is. */
            sp_val exc = vm->exc;
            if (!sp_exc_matches(vm, exc, vm->e.ModuleNotFoundError))
                sp_raise(vm, exc);
            sp_val ename = sp_exc_attr(vm, exc, vm->n.name);
            if (!sp_is_str(ename) || !sp_str_eq(ename, sub))
                sp_raise(vm, exc);
        }
    }
}

/* ---- the entry points ------------------------------------------------------ */

sp_val sp_import(sp_vm *vm, sp_val name, sp_val globals, sp_val fromlist, int level)
{
    bool has_from = fromlist != NULL && fromlist != vm->None && sp_truthy(vm, fromlist);
    if (level == 0 && !has_from) {
        /* fast path: `import x` of a loaded top-level module */
        sp_val m = sp_dict_get(vm, vm->modules, name);
        if (m != NULL && m != vm->None && sp_cbytes_findbyte(sp_str_bytes(name), '.', 0) < 0)
            return m;
    }
    if (level < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "level must be >= 0");
    sp_val abs = level > 0 ? resolve_name(vm, name, globals, level) : name;
    if (sp_str_len(abs) == 0)
        sp_raise_fmt(vm, vm->e.ValueError, "Empty module name");
    sp_val mod = find_and_load(vm, abs);
    if (has_from) {
        handle_fromlist(vm, mod, fromlist, false);
        return mod;
    }
    if (sp_str_len(name) == 0)
        return mod;
    /* `import a.b.c` binds a: return the top-level package.  For a
     * relative import the top is relative to the resolved name. */
    sp_cbytes nb = sp_str_bytes(name);
    sp_ssize dot = sp_cbytes_findbyte(nb, '.', 0);
    if (dot < 0)
        return mod;
    if (level == 0)
        return find_and_load(vm, sp_str_new(vm, sp_cbytes_sub(nb, 0, (size_t)dot)));
    size_t cut = nb.len - (size_t)dot;
    sp_cbytes ab = sp_str_bytes(abs);
    return sp_dict_get(vm, vm->modules, sp_str_new(vm, sp_cbytes_sub(ab, 0, ab.len - cut)));
}

sp_val sp_import_cstr(sp_vm *vm, const char *name)
{
    sp_val n = sp_str_from_cstr(vm, name);
    sp_val mod = find_and_load(vm, n);
    return mod;
}

/* `from module import name` (the IMPORT_FROM step), with importlib's
 * messages.  Falls back to sys.modules["module.name"] for submodules that
 * are still being imported. */
sp_val sp_import_from(sp_vm *vm, sp_val module, sp_val name)
{
    sp_val v = sp_getattr_opt(vm, module, name);
    if (v != NULL)
        return v;
    sp_val modname = sp_is_module(module) ? sp_dict_get(vm, sp_module_dict(module), vm->n.__name__) : NULL;
    if (modname != NULL && sp_is_str(modname)) {
        sp_val full = sp_str_fmt(vm, "%U.%U", modname, name);
        v = sp_dict_get(vm, vm->modules, full);
        if (v != NULL && v != vm->None)
            return v;
    } else {
        modname = sp_str_from_cstr(vm, "<unknown module name>");
    }
    sp_val file = sp_is_module(module) ? sp_dict_get(vm, sp_module_dict(module), vm->n.__file__) : NULL;
    sp_val spec = sp_is_module(module) ? sp_dict_get(vm, sp_module_dict(module), vm->n.__spec__) : NULL;
    bool initializing = false;
    if (spec != NULL && spec != vm->None) {
        sp_val ini = sp_getattr_opt(vm, spec, sp_intern_cstr(vm, "_initializing"));
        initializing = ini != NULL && sp_truthy(vm, ini);
    }
    sp_val msg;
    sp_val where = file != NULL && sp_is_str(file) ? file : sp_str_from_cstr(vm, "unknown location");
    if (initializing)
        msg = sp_str_fmt(vm, "cannot import name %R from partially initialized module %R "
                             "(most likely due to a circular import) (%U)", name, modname, where);
    else
        msg = sp_str_fmt(vm, "cannot import name %R from %R (%U)", name, modname, where);
    sp_val e = sp_exc_new_msg(vm, vm->e.ImportError, msg);
    sp_exc_set_attr(vm, e, vm->n.name, modname);
    sp_exc_set_attr(vm, e, vm->n.path, file != NULL ? file : vm->None);
    sp_raise(vm, e);
}

/* ---- sys.path ---------------------------------------------------------------- */

void sp_init_import(sp_vm *vm)
{
    if (vm->path == NULL)
        vm->path = sp_list_new(vm, 0);
    const sp_platform *p = vm->platform;
    /* [0]: the script's directory, filled in by sp_run_main_*; "" (the
     * current directory) until then. */
    sp_list_append(vm, vm->path, vm->empty_str);
    /* lib_dir and stdlib_dir come from sp_config (main.c resolves
     * SAFEPY_LIB / the lib/ beside the executable, and SAFEPY_STDLIB). */
    if (vm->lib_dir != NULL && sp_is_str(vm->lib_dir))
        sp_list_append(vm, vm->path, vm->lib_dir);
    sp_val stdlib = vm->stdlib_dir;
    if (stdlib == NULL) {
        const char *env = p->getenv != NULL ? p->getenv("SAFEPY_STDLIB") : NULL;
        stdlib = sp_str_from_cstr(vm, env != NULL && env[0] != '\0' ? env : "/usr/lib/python3.11");
    }
    sp_stat st;
    if (sp_is_str(stdlib) && p->stat(sp_str_cstr(stdlib), &st) == 0 && st.is_dir)
        sp_list_append(vm, vm->path, stdlib);
    if (vm->sys != NULL)
        sp_module_add(vm, vm->sys, "builtin_module_names", sp_builtin_module_names(vm));
}

/* ---- _safepy_import: what SafePy's importlib (lib/importlib) builds on ---- */

/* find(fullname) -> (origin, is_package) or None: where `import fullname`
 * would load the module from, without importing it (parents are imported,
 * as importlib.util.find_spec does). */
static sp_val imp_find(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "find", args, kwnames, 1, 1);
    sp_val name = sp_vals_get(args, 0);
    sp_expect_str(vm, name, "find() argument");
    sp_val parent = parent_name(vm, name);
    sp_val search = vm->path;
    if (sp_str_len(parent) > 0) {
        sp_val pm = find_and_load(vm, parent);
        search = sp_getattr_opt(vm, pm, vm->n.__path__);
        if (search == NULL)
            return vm->None;
    } else if (find_builtin(sp_str_cstr(name)) != NULL) {
        return sp_tuple_pack2(vm, sp_str_from_cstr(vm, "built-in"), vm->False);
    }
    sp_val path;
    bool is_pkg;
    if (!sp_import_find(vm, last_component(vm, name), search, &path, &is_pkg))
        return vm->None;
    return sp_tuple_pack2(vm, path, sp_bool(vm, is_pkg));
}

/* exec_file(module, path): run a source file in an existing module
 * (importlib.reload). */
static sp_val imp_exec_file(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "exec_file", args, kwnames, 2, 2);
    sp_val mod = sp_vals_get(args, 0), path = sp_vals_get(args, 1);
    if (!sp_is_module(mod))
        sp_raise_fmt(vm, vm->e.TypeError, "exec_file() argument 1 must be module, not %T", mod);
    sp_expect_str(vm, path, "exec_file() argument 2");
    sp_val src = sp_read_file_bytes(vm, sp_str_cstr(path));
    sp_val code = sp_compile(vm, sp_bytes_data(src), path, SP_MODE_EXEC);
    sp_eval_code(vm, code, sp_module_dict(mod), NULL);
    return mod;
}

static const sp_methoddef imp_functions[] = {
    { "find", imp_find, 0, NULL },
    { "exec_file", imp_exec_file, 0, NULL },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_safepy_import(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_safepy_import"));
    sp_module_add_methods(vm, m, imp_functions);
    return m;
}

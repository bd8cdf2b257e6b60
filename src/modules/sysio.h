/* Internal declarations shared by the "running programs" files:
 * src/vm/errors.c, run.c, import.c, src/objects/exceptions.c,
 * src/modules/sys.c, io.c. */
#ifndef SP_SYSIO_H
#define SP_SYSIO_H

#include "sp.h"

/* errors.c: the OSError subclass for an errno value (either sign). */
sp_type *sp_os_error_class(sp_vm *vm, int err);

/* exceptions.c */
extern const sp_typedef *const sp_BaseException_def;
/* Read / write a per-class exception attribute kept in the instance dict
 * (SystemExit.code, StopIteration.value, OSError.errno, ...); absent
 * reads as None. */
sp_val sp_exc_attr(sp_vm *vm, sp_val exc, sp_val name);
void sp_exc_set_attr(sp_vm *vm, sp_val exc, sp_val name, sp_val value);
/* The instance dict of an exception, created on first use. */
sp_val sp_exc_dict(sp_vm *vm, sp_val exc);
/* ExceptionGroup support for except* (excgroup.c): split `eg` by the
 * match type(s); *match / *rest get the parts (NULL when empty). */
void sp_exc_group_split(sp_vm *vm, sp_val eg, sp_val matcher, sp_val *match, sp_val *rest);
extern const sp_methoddef sp_excgroup_methods[];
extern const sp_getsetdef sp_excgroup_getsets[];
sp_val sp_excgroup_new(sp_vm *vm, sp_vals args, sp_val kwnames);

/* io.c */
/* Write a str to a file-like object: the fast path for SafePy's own text
 * files, else file.write(s). */
void sp_file_write(sp_vm *vm, sp_val file, sp_val s);
void sp_file_flush(sp_vm *vm, sp_val file);
/* Make sys.stdin/stdout/stderr (called by sp_init_sys). */
void sp_io_init_std(sp_vm *vm);
/* Flush every file with pending writes (before open(), os calls, exit). */
void sp_io_flush_all(sp_vm *vm);
/* Flush sys.stdout and sys.stderr (and pending files), ignoring errors. */
void sp_io_flush_std(sp_vm *vm);
/* Read a whole file through the platform; raises OSError. */
sp_val sp_read_file_bytes(sp_vm *vm, const char *path);
/* open(file, mode, ...) as the builtin. */
sp_val sp_io_open(sp_vm *vm, sp_vals args, sp_val kwnames);
/* A path argument as a str: str, bytes (decoded, surrogateescape) or an
 * os.PathLike; TypeError otherwise. */
sp_val sp_io_fspath(sp_vm *vm, sp_val file);
/* Add the print/input/open/__import__ builtins to a dict where missing. */
void sp_io_add_builtins(sp_vm *vm, sp_val builtins);

/* sys.c */
/* A struct-sequence class (sys.version_info, time.struct_time, ...): a
 * tuple subclass named module.name with read-only fields `fields` (a
 * tuple of str); make instances with cls(tuple). */
sp_val sp_structseq_class(sp_vm *vm, const char *module, const char *name, sp_val fields);
/* "a b c" -> ('a', 'b', 'c'), interned. */
sp_val sp_names_tuple(sp_vm *vm, const char *spaced);
/* A new types.SimpleNamespace instance. */
sp_val sp_simple_namespace_new(sp_vm *vm);
/* sys.<name> or NULL. */
sp_val sp_sys_get(sp_vm *vm, const char *name);

/* import.c */
/* The tuple of built-in module names (sys.builtin_module_names). */
sp_val sp_builtin_module_names(sp_vm *vm);
/* Create a module object from a source file, register it in sys.modules
 * and run it. */
sp_val sp_import_exec_file(sp_vm *vm, sp_val name, sp_val path, bool is_package);
/* Find a top-level or dotted module's file along `search` (a list of
 * directory strs): sets *path and *is_package; false if not found. */
bool sp_import_find(sp_vm *vm, sp_val shortname, sp_val search, sp_val *path, bool *is_package);

#endif

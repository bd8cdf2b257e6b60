/* Init functions of the built-in C modules (modules.def). */
#ifndef SP_MODULES_H
#define SP_MODULES_H

#include "sp.h"

#define SP_MODULE(name, init) sp_val init(sp_vm *vm);
#include "modules/modules.def"
#undef SP_MODULE

/* contextvars.c, for _decimal_fast: is v a ContextVar; var.get() without
 * raising (NULL: no value and no default), hash being sp_hash(var). */
bool sp_is_contextvar(sp_val v);
sp_val sp_contextvar_peek(sp_vm *vm, sp_val var, int64_t hash);
/* The current context's mapping (a dict shared copy-on-write: it is
 * changed in place only while not shared), or NULL. */
sp_val sp_context_vars(sp_vm *vm);

#endif

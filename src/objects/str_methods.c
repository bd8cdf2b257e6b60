/* str methods other than the core dunders (see str.c). */
#include "str_internal.h"

#define TODO(name) sp_val sp_strm_##name(sp_vm *vm, sp_vals args, sp_val kwnames) \
    { sp_raise_fmt(vm, vm->e.NotImplementedError, "str." #name " not implemented yet"); }
SP_STR_METHODS_X(TODO)

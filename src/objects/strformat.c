/* printf-style % formatting (str and bytes) and str.format. */
#include "str_internal.h"

#define TODO(name) sp_val sp_strm_##name(sp_vm *vm, sp_vals args, sp_val kwnames) \
    { sp_raise_fmt(vm, vm->e.NotImplementedError, "str." #name " not implemented yet"); }
TODO(format) TODO(format_map) TODO(__mod__) TODO(__rmod__)

/* Init functions of the built-in C modules (modules.def). */
#ifndef SP_MODULES_H
#define SP_MODULES_H

#include "sp.h"

#define SP_MODULE(name, init) sp_val init(sp_vm *vm);
#include "modules/modules.def"
#undef SP_MODULE

#endif

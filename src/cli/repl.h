/* The interactive prompt (safepy with no script and a terminal on stdin). */
#ifndef SP_REPL_H
#define SP_REPL_H

#include "../sp.h"

/* Read-eval-print until end of input or SystemExit; returns the exit
 * status.  stack_base: the address of a local in the caller (main). */
int sp_repl(sp_vm *vm, void *stack_base);

#endif

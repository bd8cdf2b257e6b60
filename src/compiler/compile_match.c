/* Code generation for match statements and try/except*. */
#include "cg.h"

#define N(v) ((sp_node *)sp_as_node(vm, (v)))

void cg_match(unit *u, sp_node *s, sp_val node)
{
    sp_vm *vm = u->c->vm;
    cg_error(u, node, sp_str_fmt(vm, "match statements are not supported yet"));
}

void cg_try_star(unit *u, sp_node *s, sp_val node)
{
    sp_vm *vm = u->c->vm;
    cg_error(u, node, sp_str_fmt(vm, "except* is not supported yet"));
}

/* Code generation helpers shared by compile.c, compile_expr.c and
 * compile_match.c.  Private to src/compiler/. */
#ifndef SP_CG_H
#define SP_CG_H

#include "unit.h"

_Noreturn void cg_error(unit *u, sp_val node, sp_val msg);
void cg_emit(unit *u, unsigned op, uint32_t arg);
int cg_new_label(unit *u);
void cg_label(unit *u, int label);
void cg_jump(unit *u, unsigned op, int label);
void cg_push_handler(unit *u, int label);
void cg_pop_handler(unit *u);
uint32_t cg_const(unit *u, sp_val v);
void cg_load_const(unit *u, sp_val v);
uint32_t cg_name(unit *u, sp_val name);
uint32_t cg_attr_name(unit *u, sp_val name);
uint32_t cg_varname(unit *u, sp_val name);
uint32_t cg_closure_index(unit *u, sp_val name);
void cg_nameop(unit *u, sp_val name, int ctx);
void cg_set_line(unit *u, sp_val node);
void cg_line_only(unit *u, int line);
void cg_attr_pos(unit *u, sp_node *attr);
void cg_enter(comp *c, unit *u, sp_val node, sp_val name);
sp_val cg_leave(comp *c);
uint32_t cg_closure(unit *u, sp_val code);
void cg_make_function(unit *u, sp_val code, uint32_t flags);
void cg_push_fblock(unit *u, int kind, int start, int exit, sp_val datum, int nh);
void cg_pop_fblock(unit *u);
void cg_stmt(unit *u, sp_val node);
void cg_stmts(unit *u, sp_val body);
void cg_lambda(unit *u, sp_node *e, sp_val node);
void cg_annotation(unit *u, sp_val node);

/* SP_ARG_TEMPS (vm/code.h) for a BINARY_OP or COMPARE_OP whose operands
 * are these expressions (left NULL: an augmented assignment's target,
 * never a temporary): which of them is a BinOp's value. */
static inline uint32_t cg_temp_marks(sp_node *left, sp_node *right)
{
    return (left != NULL && left->kind == SP_AST_BinOp ? SP_ARG_A_TEMP : 0) |
           (right->kind == SP_AST_BinOp ? SP_ARG_B_TEMP : 0);
}

/* compile_expr.c */
void cg_expr(unit *u, sp_val node);
/* The iterable of a for loop or comprehension: CPython folds a set display
 * of constants there into a frozenset constant (built by adding in order),
 * not into set() + merge, and the iteration order shows it.  (It folds the
 * right operand of `in` too, where the order can't be seen.) */
void cg_iter_operand(unit *u, sp_val node);
void cg_store(unit *u, sp_val target);
void cg_jump_if(unit *u, sp_val test, bool cond, int label);
/* Call the callable under [callable, NULL] with `npushed` positional args
 * already pushed, then `args` and `keywords` (AST lists). */
void cg_call_helper(unit *u, uint32_t npushed, sp_val args, sp_val keywords);
/* await TOS (GET_AWAITABLE + the send loop). */
void cg_await(unit *u);
/* The send loop after GET_AWAITABLE/GET_ANEXT + LOAD_CONST None. */
void cg_await_loop(unit *u);

/* compile_match.c */
void cg_match(unit *u, sp_node *s, sp_val node);
void cg_try_star(unit *u, sp_node *s, sp_val node);

sp_val sp_compile_ast_src(sp_vm *vm, sp_val mod, sp_val filename, sp_compile_mode mode, sp_cbytes source);

#endif

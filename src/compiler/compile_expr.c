/* Code generation for expressions, assignment targets and comprehensions. */
#include "cg.h"

#define N(v) ((sp_node *)sp_as_node(vm, (v)))

static const sp_cmpop cmp_map[] = { SP_EQ, SP_EQ, SP_NE, SP_LT, SP_LE, SP_GT, SP_GE };

static void cg_compare_op(unit *u, int op, uint32_t marks)
{
    switch (op) {
    case SP_CMP_IS: cg_emit(u, SP_OP_IS_OP, 0); break;
    case SP_CMP_ISNOT: cg_emit(u, SP_OP_IS_OP, 1); break;
    case SP_CMP_IN: cg_emit(u, SP_OP_CONTAINS_OP, 0); break;
    case SP_CMP_NOTIN: cg_emit(u, SP_OP_CONTAINS_OP, 1); break;
    default: {
        sp_cmpop c = SP_EQ;
        switch (op) {
        case SP_CMP_EQ: c = SP_EQ; break;
        case SP_CMP_NOTEQ: c = SP_NE; break;
        case SP_CMP_LT: c = SP_LT; break;
        case SP_CMP_LTE: c = SP_LE; break;
        case SP_CMP_GT: c = SP_GT; break;
        case SP_CMP_GTE: c = SP_GE; break;
        }
        cg_emit(u, SP_OP_COMPARE_OP, (uint32_t)c | marks);
    }
    }
    (void)cmp_map;
}

static bool has_starred(sp_vm *vm, sp_val elts)
{
    for (size_t i = 0; i < sp_list_len(elts); i++)
        if (N(sp_list_get(elts, i))->kind == SP_AST_Starred)
            return true;
    return false;
}

/* A constant after CPython's AST folding: a Constant, or -, + or ~
 * applied to a numeric one (~ to an int only). */
static bool is_folded_constant(sp_vm *vm, sp_node *e)
{
    if (e->kind != SP_AST_UnaryOp)
        return e->kind == SP_AST_Constant;
    sp_node *v = N(e->u.UnaryOp.operand);
    if (v->kind != SP_AST_Constant)
        return false;
    sp_val c = v->u.Constant.value;
    int64_t op = sp_small_get(e->u.UnaryOp.op);
    if (op == SP_UNARY_INVERT)
        return sp_is_int(c) && !sp_is_exact(vm, c, vm->t.bool_);
    return (op == SP_UNARY_USUB || op == SP_UNARY_UADD)
        && (sp_is_int(c) || sp_is_float(c) || sp_layout_of(c) == SP_LAYOUT_COMPLEX);
}

/* The items of a display, then one BUILD op over all of them. */
static void cg_items(unit *u, sp_val elts, unsigned build_op)
{
    for (size_t i = 0; i < sp_list_len(elts); i++)
        cg_expr(u, sp_list_get(elts, i));
    cg_emit(u, build_op, (uint32_t)sp_list_len(elts));
}

static bool all_folded_constants(sp_vm *vm, sp_val elts)
{
    for (size_t i = 0; i < sp_list_len(elts); i++)
        if (!is_folded_constant(vm, N(sp_list_get(elts, i))))
            return false;
    return true;
}

/* The frozenset constant CPython 3.11 makes of a display of constants:
 * the compiler builds frozenset(items), then its constant merging rebuilds
 * it as frozenset(tuple(that)), adding the items again one by one in the
 * first set's iteration order.  Colliding items can land in other slots
 * the second time, and iteration order shows it, so do the same: the
 * items' set, listed, added to an empty set. */
static void cg_constant_set(unit *u, sp_val elts)
{
    cg_emit(u, SP_OP_BUILD_SET, 0);
    cg_emit(u, SP_OP_BUILD_LIST, 0);
    cg_items(u, elts, SP_OP_BUILD_SET);
    cg_emit(u, SP_OP_LIST_EXTEND, 1);
    cg_emit(u, SP_OP_SET_UPDATE, 1);
}

void cg_iter_operand(unit *u, sp_val node)
{
    sp_vm *vm = u->c->vm;
    sp_node *e = N(node);
    if (e->kind == SP_AST_Set && sp_list_len(e->u.Set.elts) > 2 && all_folded_constants(vm, e->u.Set.elts)) {
        cg_set_line(u, node);
        cg_constant_set(u, e->u.Set.elts);
        return;
    }
    cg_expr(u, node);
}

/* Build a list/tuple/set display with starred items. kind: 0 list 1 tuple 2 set */
static void cg_sequence(unit *u, sp_val elts, int kind)
{
    sp_vm *vm = u->c->vm;
    size_t n = sp_list_len(elts);
    if (kind == 2 && n > 2 && all_folded_constants(vm, elts)) {
        /* CPython 3.11 builds a display of three or more constants by
         * merging a frozenset constant into an empty set, which sizes the
         * table once; a set's iteration order depends on that, so build it
         * the same way: set(), then update with that constant. */
        cg_emit(u, SP_OP_BUILD_SET, 0);
        cg_constant_set(u, elts);
        cg_emit(u, SP_OP_SET_UPDATE, 1);
        return;
    }
    if (!has_starred(vm, elts)) {
        cg_items(u, elts, kind == 0 ? SP_OP_BUILD_LIST : kind == 1 ? SP_OP_BUILD_TUPLE : SP_OP_BUILD_SET);
        return;
    }
    cg_emit(u, kind == 2 ? SP_OP_BUILD_SET : SP_OP_BUILD_LIST, 0);
    for (size_t i = 0; i < n; i++) {
        sp_node *e = N(sp_list_get(elts, i));
        if (e->kind == SP_AST_Starred) {
            cg_expr(u, e->u.Starred.value);
            cg_emit(u, kind == 2 ? SP_OP_SET_UPDATE : SP_OP_LIST_EXTEND, 1);
        } else {
            cg_expr(u, (sp_val)e);
            cg_emit(u, kind == 2 ? SP_OP_SET_ADD : SP_OP_LIST_APPEND, 1);
        }
    }
    if (kind == 1)
        cg_emit(u, SP_OP_LIST_TO_TUPLE, 0);
}

static void cg_dict(unit *u, sp_node *e)
{
    sp_vm *vm = u->c->vm; (void)vm;
    size_t n = sp_list_len(e->u.Dict.keys);
    bool have = false;
    uint32_t pending = 0;
    for (size_t i = 0; i < n; i++) {
        sp_val k = sp_list_get(e->u.Dict.keys, i);
        if (k == NULL) {
            if (pending > 0 || !have) {
                cg_emit(u, SP_OP_BUILD_MAP, pending);
                if (have)
                    cg_emit(u, SP_OP_DICT_UPDATE, 1);
                have = true;
                pending = 0;
            }
            cg_expr(u, sp_list_get(e->u.Dict.values, i));
            cg_emit(u, SP_OP_DICT_UPDATE, 1);
        } else {
            cg_expr(u, k);
            cg_expr(u, sp_list_get(e->u.Dict.values, i));
            pending++;
        }
    }
    if (pending > 0 || !have) {
        cg_emit(u, SP_OP_BUILD_MAP, pending);
        if (have)
            cg_emit(u, SP_OP_DICT_UPDATE, 1);
    }
}

void cg_await_loop(unit *u)
{
    int loop = cg_new_label(u), exit = cg_new_label(u);
    cg_label(u, loop);
    cg_jump(u, SP_OP_SEND, exit);
    cg_emit(u, SP_OP_YIELD_VALUE, 0);
    cg_jump(u, SP_OP_JUMP, loop);
    cg_label(u, exit);
}

void cg_await(unit *u)
{
    cg_emit(u, SP_OP_GET_AWAITABLE, 0);
    cg_load_const(u, u->c->vm->None);
    cg_await_loop(u);
}

/* Keyword names tuple for a call. */
static sp_val kwnames_of(unit *u, sp_val keywords)
{
    sp_vm *vm = u->c->vm;
    size_t n = sp_list_len(keywords);
    sp_val t = sp_tuple_new(vm, n);
    for (size_t i = 0; i < n; i++)
        sp_tuple_set(t, i, N(sp_list_get(keywords, i))->u.keyword.arg);
    return t;
}

/* meth: the attribute of a method call (CALL is located like it when it
 * spans lines), or NULL. */
static void call_helper(unit *u, uint32_t npushed, sp_val args, sp_val keywords, sp_node *meth)
{
    sp_vm *vm = u->c->vm;
    size_t nargs = sp_list_len(args), nkw = sp_list_len(keywords);
    bool ex = has_starred(vm, args);
    for (size_t i = 0; i < nkw; i++)
        if (N(sp_list_get(keywords, i))->u.keyword.arg == NULL)
            ex = true;
    /* Repeated keywords are a SyntaxError. */
    for (size_t i = 0; i < nkw; i++) {
        sp_node *ki = N(sp_list_get(keywords, i));
        if (ki->u.keyword.arg == NULL)
            continue;
        for (size_t j = i + 1; j < nkw; j++) {
            sp_node *kj = N(sp_list_get(keywords, j));
            if (kj->u.keyword.arg && sp_str_eq(ki->u.keyword.arg, kj->u.keyword.arg))
                cg_error(u, (sp_val)kj, sp_str_fmt(vm, "keyword argument repeated: %U", kj->u.keyword.arg));
        }
    }
    if (!ex) {
        for (size_t i = 0; i < nargs; i++)
            cg_expr(u, sp_list_get(args, i));
        for (size_t i = 0; i < nkw; i++)
            cg_expr(u, N(sp_list_get(keywords, i))->u.keyword.value);
        if (meth) cg_attr_pos(u, meth);
        if (nkw > 0)
            cg_emit(u, SP_OP_KW_NAMES, cg_const(u, kwnames_of(u, keywords)));
        cg_emit(u, SP_OP_CALL, (uint32_t)(npushed + nargs + nkw));
        return;
    }
    /* f(*a, **k): a tuple of positionals and a dict of keywords. */
    cg_emit(u, SP_OP_BUILD_LIST, npushed);
    for (size_t i = 0; i < nargs; i++) {
        sp_node *e = N(sp_list_get(args, i));
        if (e->kind == SP_AST_Starred) {
            cg_expr(u, e->u.Starred.value);
            cg_emit(u, SP_OP_LIST_EXTEND, 1 | 0x100);
        } else {
            cg_expr(u, (sp_val)e);
            cg_emit(u, SP_OP_LIST_APPEND, 1);
        }
    }
    cg_emit(u, SP_OP_LIST_TO_TUPLE, 0);
    if (nkw == 0) {
        if (meth) cg_attr_pos(u, meth);
        cg_emit(u, SP_OP_CALL_FUNCTION_EX, 0);
        return;
    }
    cg_emit(u, SP_OP_BUILD_MAP, 0);
    for (size_t i = 0; i < nkw; i++) {
        sp_node *k = N(sp_list_get(keywords, i));
        if (k->u.keyword.arg == NULL) {
            cg_expr(u, k->u.keyword.value);
            cg_emit(u, SP_OP_DICT_MERGE, 1);
        } else {
            cg_load_const(u, k->u.keyword.arg);
            cg_expr(u, k->u.keyword.value);
            cg_emit(u, SP_OP_BUILD_MAP, 1);
            cg_emit(u, SP_OP_DICT_MERGE, 1);
        }
    }
    if (meth) cg_attr_pos(u, meth);
    cg_emit(u, SP_OP_CALL_FUNCTION_EX, 1);
}

void cg_call_helper(unit *u, uint32_t npushed, sp_val args, sp_val keywords)
{
    call_helper(u, npushed, args, keywords, NULL);
}

static void cg_call(unit *u, sp_node *e)
{
    sp_vm *vm = u->c->vm;
    sp_node *f = N(e->u.Call.func);
    if (f->kind == SP_AST_Attribute && !has_starred(vm, e->u.Call.args)) {
        bool kwstar = false;
        for (size_t i = 0; i < sp_list_len(e->u.Call.keywords); i++)
            if (N(sp_list_get(e->u.Call.keywords, i))->u.keyword.arg == NULL)
                kwstar = true;
        if (!kwstar) {
            cg_expr(u, f->u.Attribute.value);
            int sl = u->lineno, se = u->end_lineno, sc = u->col, sec = u->end_col;
            cg_attr_pos(u, f);
            cg_emit(u, SP_OP_LOAD_METHOD, cg_attr_name(u, f->u.Attribute.attr));
            u->lineno = sl, u->end_lineno = se, u->col = sc, u->end_col = sec;
            call_helper(u, 0, e->u.Call.args, e->u.Call.keywords, f);
            return;
        }
    }
    cg_expr(u, e->u.Call.func);
    cg_emit(u, SP_OP_PUSH_NULL, 0);
    cg_call_helper(u, 0, e->u.Call.args, e->u.Call.keywords);
}

static void cg_compare(unit *u, sp_node *e)
{
    sp_vm *vm = u->c->vm; (void)vm;
    size_t n = sp_list_len(e->u.Compare.ops);
    cg_expr(u, e->u.Compare.left);
    if (n == 1) {
        cg_expr(u, sp_list_get(e->u.Compare.comparators, 0));
        cg_compare_op(u, (int)sp_small_get(sp_list_get(e->u.Compare.ops, 0)),
                      cg_temp_marks(N(e->u.Compare.left), N(sp_list_get(e->u.Compare.comparators, 0))));
        return;
    }
    int cleanup = cg_new_label(u), end = cg_new_label(u);
    for (size_t i = 0; i + 1 < n; i++) {
        cg_expr(u, sp_list_get(e->u.Compare.comparators, i));
        cg_emit(u, SP_OP_SWAP, 2);
        cg_emit(u, SP_OP_COPY, 2);
        cg_compare_op(u, (int)sp_small_get(sp_list_get(e->u.Compare.ops, i)), 0);
        cg_jump(u, SP_OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    cg_expr(u, sp_list_get(e->u.Compare.comparators, n - 1));
    cg_compare_op(u, (int)sp_small_get(sp_list_get(e->u.Compare.ops, n - 1)), 0);
    cg_jump(u, SP_OP_JUMP, end);
    cg_label(u, cleanup);
    cg_emit(u, SP_OP_SWAP, 2);
    cg_emit(u, SP_OP_POP_TOP, 0);
    cg_label(u, end);
}

/* Jump to label if bool(test) == cond; else fall through. */
void cg_jump_if(unit *u, sp_val test, bool cond, int label)
{
    sp_vm *vm = u->c->vm;
    sp_node *e = N(test);
    if (e->kind == SP_AST_UnaryOp && sp_small_get(e->u.UnaryOp.op) == SP_UNARY_NOT) {
        cg_jump_if(u, e->u.UnaryOp.operand, !cond, label);
        return;
    }
    if (e->kind == SP_AST_BoolOp) {
        bool is_or = sp_small_get(e->u.BoolOp.op) == SP_BOOL_OR;
        sp_val vals = e->u.BoolOp.values;
        size_t n = sp_list_len(vals);
        int next = (is_or == cond) ? label : cg_new_label(u);
        for (size_t i = 0; i + 1 < n; i++)
            cg_jump_if(u, sp_list_get(vals, i), is_or, next);
        cg_jump_if(u, sp_list_get(vals, n - 1), cond, label);
        if (next != label)
            cg_label(u, next);
        return;
    }
    /* `x is None` / `x is not None`: x, then one jump on its identity
     * with None, rather than a load of None, IS_OP and a jump on the
     * bool (as CPython 3.11 compiles it; `is` can't raise or call). */
    if (e->kind == SP_AST_Compare && sp_list_len(e->u.Compare.ops) == 1) {
        int op = (int)sp_small_get(sp_list_get(e->u.Compare.ops, 0));
        sp_node *rhs = N(sp_list_get(e->u.Compare.comparators, 0));
        if ((op == SP_CMP_IS || op == SP_CMP_ISNOT) && rhs->kind == SP_AST_Constant &&
            rhs->u.Constant.value == vm->None) {
            cg_expr(u, e->u.Compare.left);
            cg_jump(u, (op == SP_CMP_IS) == cond ? SP_OP_POP_JUMP_IF_NONE : SP_OP_POP_JUMP_IF_NOT_NONE, label);
            return;
        }
    }
    cg_expr(u, test);
    cg_jump(u, cond ? SP_OP_POP_JUMP_IF_TRUE : SP_OP_POP_JUMP_IF_FALSE, label);
}

static void cg_comprehension_loop(unit *u, sp_node *e, sp_val gens, size_t gi, int kind, sp_val elt, sp_val val, size_t depth)
{
    sp_vm *vm = u->c->vm;
    sp_node *g = N(sp_list_get(gens, gi));
    int start = cg_new_label(u), anchor = cg_new_label(u), ifclean = cg_new_label(u);
    bool is_async = sp_small_get(g->u.comprehension.is_async) != 0;
    if (gi == 0) {
        cg_emit(u, SP_OP_LOAD_FAST, cg_varname(u, sp_intern_cstr(vm, ".0")));
    } else {
        cg_iter_operand(u, g->u.comprehension.iter);
        cg_emit(u, is_async ? SP_OP_GET_AITER : SP_OP_GET_ITER, 0);
    }
    int except = -1;
    cg_label(u, start);
    if (is_async) {
        except = cg_new_label(u);
        cg_push_handler(u, except);
        cg_emit(u, SP_OP_GET_ANEXT, 0);
        cg_load_const(u, vm->None);
        cg_await_loop(u);
        cg_pop_handler(u);
    } else {
        cg_jump(u, SP_OP_FOR_ITER, anchor);
    }
    cg_store(u, g->u.comprehension.target);
    for (size_t i = 0; i < sp_list_len(g->u.comprehension.ifs); i++)
        cg_jump_if(u, sp_list_get(g->u.comprehension.ifs, i), false, ifclean);
    if (gi + 1 < sp_list_len(gens)) {
        cg_comprehension_loop(u, e, gens, gi + 1, kind, elt, val, depth + 1);
    } else {
        switch (kind) {
        case 0: /* generator */
            cg_expr(u, elt);
            if (u->is_async_gen)
                cg_emit(u, SP_OP_ASYNC_GEN_WRAP, 0);
            cg_emit(u, SP_OP_YIELD_VALUE, 0);
            cg_emit(u, SP_OP_POP_TOP, 0);
            break;
        case 1:
            cg_expr(u, elt);
            cg_emit(u, SP_OP_LIST_APPEND, (uint32_t)depth + 2);
            break;
        case 2:
            cg_expr(u, elt);
            cg_emit(u, SP_OP_SET_ADD, (uint32_t)depth + 2);
            break;
        case 3:
            cg_expr(u, elt);
            cg_expr(u, val);
            cg_emit(u, SP_OP_MAP_ADD, (uint32_t)depth + 2);
            break;
        }
    }
    cg_label(u, ifclean);
    cg_jump(u, SP_OP_JUMP, start);
    if (is_async) {
        cg_label(u, except);
        cg_emit(u, SP_OP_END_ASYNC_FOR, 0);
    }
    cg_label(u, anchor);
}

static void cg_comprehension(unit *u, sp_node *e, sp_val node)
{
    comp *c = u->c;
    sp_vm *vm = c->vm;
    int kind;
    const char *name;
    sp_val gens, elt, val = NULL;
    switch ((sp_ast_kind)e->kind) {
    case SP_AST_GeneratorExp: kind = 0; name = "<genexpr>"; gens = e->u.ListComp.generators; elt = e->u.ListComp.elt; break;
    case SP_AST_ListComp: kind = 1; name = "<listcomp>"; gens = e->u.ListComp.generators; elt = e->u.ListComp.elt; break;
    case SP_AST_SetComp: kind = 2; name = "<setcomp>"; gens = e->u.ListComp.generators; elt = e->u.ListComp.elt; break;
    default:
        kind = 3; name = "<dictcomp>"; gens = e->u.DictComp.generators; elt = e->u.DictComp.key; val = e->u.DictComp.value; break;
    }
    unit nu = { 0 };
    cg_enter(c, &nu, node, sp_intern_cstr(vm, name));
    cg_set_line(&nu, node);
    nu.argcount = 1;
    sp_node *first = N(sp_list_get(gens, 0));
    bool async_first = sp_small_get(first->u.comprehension.is_async) != 0;
    if ((nu.flags & SP_CO_COROUTINE) && kind == 0) {
        nu.flags = (nu.flags & ~SP_CO_COROUTINE) | SP_CO_ASYNC_GENERATOR;
        nu.is_async_gen = true;
    }
    if (kind == 1)
        cg_emit(&nu, SP_OP_BUILD_LIST, 0);
    else if (kind == 2)
        cg_emit(&nu, SP_OP_BUILD_SET, 0);
    else if (kind == 3)
        cg_emit(&nu, SP_OP_BUILD_MAP, 0);
    cg_comprehension_loop(&nu, e, gens, 0, kind, elt, val, 0);
    if (kind == 0)
        cg_load_const(&nu, vm->None);
    cg_emit(&nu, SP_OP_RETURN_VALUE, 0);
    sp_val code = cg_leave(c);
    bool is_coro = (sp_as_code(code)->flags & SP_CO_COROUTINE) != 0;
    if ((is_coro || (async_first && kind != 0)) && !(u->flags & (SP_CO_COROUTINE | SP_CO_ASYNC_GENERATOR)))
        cg_error(u, node, sp_str_fmt(vm, "asynchronous comprehension outside of an asynchronous function"));
    cg_make_function(u, code, 0);
    cg_emit(u, SP_OP_PUSH_NULL, 0);
    cg_iter_operand(u, first->u.comprehension.iter);
    cg_emit(u, async_first ? SP_OP_GET_AITER : SP_OP_GET_ITER, 0);
    cg_emit(u, SP_OP_CALL, 1);
    if (is_coro)
        cg_await(u);
}

static void cg_fstring_part(unit *u, sp_val node)
{
    sp_vm *vm = u->c->vm;
    sp_node *e = N(node);
    if (e->kind != SP_AST_FormattedValue) {
        cg_expr(u, node);
        return;
    }
    cg_expr(u, e->u.FormattedValue.value);
    int conv = (int)sp_small_get(e->u.FormattedValue.conversion);
    uint32_t flags = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->u.FormattedValue.format_spec) {
        cg_expr(u, e->u.FormattedValue.format_spec);
        flags |= 4;
    }
    cg_emit(u, SP_OP_FORMAT_VALUE, flags);
}

void cg_expr(unit *u, sp_val node)
{
    comp *c = u->c;
    sp_vm *vm = c->vm;
    sp_check_stack(vm);
    sp_node *e = N(node);
    int save_line = u->lineno, save_end = u->end_lineno, save_col = u->col, save_ecol = u->end_col;
    cg_set_line(u, node);
    switch ((sp_ast_kind)e->kind) {
    case SP_AST_BoolOp: {
        int end = cg_new_label(u);
        bool is_or = sp_small_get(e->u.BoolOp.op) == SP_BOOL_OR;
        size_t n = sp_list_len(e->u.BoolOp.values);
        for (size_t i = 0; i + 1 < n; i++) {
            cg_expr(u, sp_list_get(e->u.BoolOp.values, i));
            cg_jump(u, is_or ? SP_OP_JUMP_IF_TRUE_OR_POP : SP_OP_JUMP_IF_FALSE_OR_POP, end);
        }
        cg_expr(u, sp_list_get(e->u.BoolOp.values, n - 1));
        cg_label(u, end);
        break;
    }
    case SP_AST_NamedExpr:
        cg_expr(u, e->u.NamedExpr.value);
        cg_emit(u, SP_OP_COPY, 1);
        cg_store(u, e->u.NamedExpr.target);
        break;
    case SP_AST_BinOp:
        cg_expr(u, e->u.BinOp.left);
        cg_expr(u, e->u.BinOp.right);
        cg_set_line(u, node);
        cg_emit(u, SP_OP_BINARY_OP, (uint32_t)sp_small_get(e->u.BinOp.op) |
                                        cg_temp_marks(N(e->u.BinOp.left), N(e->u.BinOp.right)));
        break;
    case SP_AST_UnaryOp: {
        cg_expr(u, e->u.UnaryOp.operand);
        int op = (int)sp_small_get(e->u.UnaryOp.op);
        cg_emit(u, op == SP_UNARY_NOT ? SP_OP_UNARY_NOT : op == SP_UNARY_INVERT ? SP_OP_UNARY_INVERT
                   : op == SP_UNARY_UADD ? SP_OP_UNARY_POSITIVE : SP_OP_UNARY_NEGATIVE, 0);
        break;
    }
    case SP_AST_Lambda:
        cg_lambda(u, e, node);
        break;
    case SP_AST_IfExp: {
        int orelse = cg_new_label(u), end = cg_new_label(u);
        cg_jump_if(u, e->u.IfExp.test, false, orelse);
        cg_expr(u, e->u.IfExp.body);
        cg_jump(u, SP_OP_JUMP, end);
        cg_label(u, orelse);
        cg_expr(u, e->u.IfExp.orelse);
        cg_label(u, end);
        break;
    }
    case SP_AST_Dict:
        cg_dict(u, e);
        break;
    case SP_AST_Set:
        cg_sequence(u, e->u.Set.elts, 2);
        break;
    case SP_AST_ListComp:
    case SP_AST_SetComp:
    case SP_AST_DictComp:
    case SP_AST_GeneratorExp:
        cg_comprehension(u, e, node);
        break;
    case SP_AST_Await:
        if (u->kind != STE_FUNCTION)
            cg_error(u, node, sp_str_fmt(vm, "'await' outside function"));
        if (!(u->flags & (SP_CO_COROUTINE | SP_CO_ASYNC_GENERATOR)))
            cg_error(u, node, sp_str_fmt(vm, "'await' outside async function"));
        cg_expr(u, e->u.Await.value);
        cg_await(u);
        break;
    case SP_AST_Yield:
        if (u->kind != STE_FUNCTION)
            cg_error(u, node, sp_str_fmt(vm, "'yield' outside function"));
        if (e->u.Yield.value)
            cg_expr(u, e->u.Yield.value);
        else
            cg_load_const(u, vm->None);
        if (u->is_async_gen)
            cg_emit(u, SP_OP_ASYNC_GEN_WRAP, 0);
        cg_emit(u, SP_OP_YIELD_VALUE, 0);
        break;
    case SP_AST_YieldFrom:
        if (u->kind != STE_FUNCTION)
            cg_error(u, node, sp_str_fmt(vm, "'yield' outside function"));
        if (u->flags & (SP_CO_COROUTINE | SP_CO_ASYNC_GENERATOR))
            cg_error(u, node, sp_str_fmt(vm, "'yield from' inside async function"));
        cg_expr(u, e->u.YieldFrom.value);
        cg_emit(u, SP_OP_GET_YIELD_FROM_ITER, 0);
        cg_load_const(u, vm->None);
        cg_await_loop(u);
        break;
    case SP_AST_Compare:
        cg_compare(u, e);
        break;
    case SP_AST_Call:
        cg_call(u, e);
        break;
    case SP_AST_FormattedValue:
        cg_fstring_part(u, node);
        break;
    case SP_AST_JoinedStr: {
        size_t n = sp_list_len(e->u.JoinedStr.values);
        if (n == 1 && N(sp_list_get(e->u.JoinedStr.values, 0))->kind == SP_AST_FormattedValue) {
            cg_fstring_part(u, sp_list_get(e->u.JoinedStr.values, 0));
            break;
        }
        if (n == 0) {
            cg_load_const(u, vm->empty_str);
            break;
        }
        for (size_t i = 0; i < n; i++)
            cg_fstring_part(u, sp_list_get(e->u.JoinedStr.values, i));
        cg_emit(u, SP_OP_BUILD_STRING, (uint32_t)n);
        break;
    }
    case SP_AST_Constant:
        cg_load_const(u, e->u.Constant.value);
        break;
    case SP_AST_Attribute:
        cg_expr(u, e->u.Attribute.value);
        cg_set_line(u, node);
        cg_attr_pos(u, e);
        cg_emit(u, SP_OP_LOAD_ATTR, cg_attr_name(u, e->u.Attribute.attr));
        break;
    case SP_AST_Subscript:
        cg_expr(u, e->u.Subscript.value);
        cg_expr(u, e->u.Subscript.slice);
        cg_set_line(u, node);
        cg_emit(u, SP_OP_BINARY_SUBSCR, 0);
        break;
    case SP_AST_Starred:
        cg_error(u, node, sp_str_fmt(vm, "can't use starred expression here"));
    case SP_AST_Name:
        cg_nameop(u, e->u.Name.id, SP_CTX_LOAD);
        break;
    case SP_AST_List:
        cg_sequence(u, e->u.List.elts, 0);
        break;
    case SP_AST_Tuple:
        cg_sequence(u, e->u.Tuple.elts, 1);
        break;
    case SP_AST_Slice: {
        uint32_t n = 2;
        if (e->u.Slice.lower) cg_expr(u, e->u.Slice.lower); else cg_load_const(u, vm->None);
        if (e->u.Slice.upper) cg_expr(u, e->u.Slice.upper); else cg_load_const(u, vm->None);
        if (e->u.Slice.step) {
            cg_expr(u, e->u.Slice.step);
            n = 3;
        }
        cg_emit(u, SP_OP_BUILD_SLICE, n);
        break;
    }
    default:
        cg_error(u, node, sp_str_fmt(vm, "unsupported expression %s", sp_ast_kind_name(e->kind)));
    }
    u->lineno = save_line, u->end_lineno = save_end, u->col = save_col, u->end_col = save_ecol;
}

static void cg_unpack_store(unit *u, sp_val target, sp_val elts)
{
    sp_vm *vm = u->c->vm;
    size_t n = sp_list_len(elts);
    size_t star = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        if (N(sp_list_get(elts, i))->kind == SP_AST_Starred) {
            if (star != (size_t)-1)
                cg_error(u, target, sp_str_fmt(vm, "multiple starred expressions in assignment"));
            star = i;
        }
    }
    if (star == (size_t)-1) {
        cg_emit(u, SP_OP_UNPACK_SEQUENCE, (uint32_t)n);
    } else {
        size_t after = n - star - 1;
        if (star >= 256 || after >= (1u << 16))
            cg_error(u, target, sp_str_fmt(vm, "too many expressions in star-unpacking assignment"));
        cg_emit(u, SP_OP_UNPACK_EX, (uint32_t)(star | (after << 8)));
    }
    for (size_t i = 0; i < n; i++) {
        sp_node *t = N(sp_list_get(elts, i));
        cg_store(u, t->kind == SP_AST_Starred ? t->u.Starred.value : (sp_val)t);
    }
}

void cg_store(unit *u, sp_val target)
{
    sp_vm *vm = u->c->vm;
    sp_node *t = N(target);
    switch ((sp_ast_kind)t->kind) {
    case SP_AST_Name:
        cg_nameop(u, t->u.Name.id, SP_CTX_STORE);
        break;
    case SP_AST_Attribute:
        cg_expr(u, t->u.Attribute.value);
        cg_emit(u, SP_OP_STORE_ATTR, cg_attr_name(u, t->u.Attribute.attr));
        break;
    case SP_AST_Subscript:
        cg_expr(u, t->u.Subscript.value);
        cg_expr(u, t->u.Subscript.slice);
        cg_emit(u, SP_OP_STORE_SUBSCR, 0);
        break;
    case SP_AST_Tuple:
    case SP_AST_List:
        cg_unpack_store(u, target, t->u.Tuple.elts);
        break;
    case SP_AST_Starred:
        cg_error(u, target, sp_str_fmt(vm, "starred assignment target must be in a list or tuple"));
    default:
        cg_error(u, target, sp_str_fmt(vm, "cannot assign to expression"));
    }
}

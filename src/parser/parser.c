/* The parser: tokens -> AST, by recursive descent over CPython 3.11's
 * grammar (Grammar/python.gram), producing the same nodes and positions.
 *
 * Where the PEG grammar backtracks (soft keywords `match`/`case`,
 * parenthesized with-items) we save the token index, try, and restore on
 * SyntaxError.  Assignment targets are parsed as expressions and then
 * checked and given Store/Del context, as CPython's error rules do.
 * Expressions (parse_expr.c) and patterns (parse_pattern.c) live beside.
 */
#include "parse_int.h"

/* ---- token access --------------------------------------------------------- */

bool accept(sp_parser *p, int k)
{
    if (kind(p) != k)
        return false;
    next(p);
    return true;
}

sp_cbytes tok_text(sp_parser *p, sp_token t)
{
    return sp_cbytes_sub(p->src, t.start, t.end - t.start);
}

bool is_soft(sp_parser *p, const char *word)
{
    sp_token t = cur(p);
    return t.kind == TK_NAME && sp_cbytes_eq_cstr(tok_text(p, t), word);
}

/* The "invalid syntax" error at the current token (where CPython's PEG
 * parser gives up, give or take). */
/* CPython reports "'(' was never closed" instead of a parser error when
 * the file ends inside brackets that were open where the parser failed. */
void check_unclosed(sp_parser *p, sp_token at)
{
    sp_token u;
    if (p->in_fstring == 0 && sp_tok_unclosed(p, &u) && (at.lineno > u.lineno || at.kind == TK_ENDMARKER ||
        (at.kind == TK_NEWLINE && kind_at(p, 1) == TK_ENDMARKER)))
        sp_unclosed_error(p, u);
}

/* The "invalid syntax" error at the current token (where CPython's PEG
 * parser gives up, give or take). */
_Noreturn void syntax_error(sp_parser *p)
{
    size_t at = p->furthest > p->pos ? p->furthest : p->pos;
    if (at >= p->ntoks)
        at = p->ntoks - 1;
    sp_token t = sp_tok_get(p, at);
    check_unclosed(p, t);
    /* at an INDENT/DEDENT CPython skips its check of the rest of the
     * source: a later tokenizer error does not replace this one */
    if (t.kind == TK_INDENT) {
        p->no_full_check = true;
        sp_syntax_error_at(p, p->vm->e.IndentationError, t.lineno, indent_col(p, t) - 1, t.lineno, -2, "unexpected indent");
    }
    if (t.kind == TK_DEDENT) {
        p->no_full_check = true;
        sp_syntax_error_at(p, p->vm->e.IndentationError, t.lineno, t.col, t.lineno, -2, "unindent does not match any outer indentation level");
    }
    if ((t.kind == TK_ENDMARKER || t.kind == TK_NEWLINE) && p->last > 0) {
        /* at the end of a line: point just past the last token */
        sp_token l = sp_tok_get(p, p->last - 1);
        if (t.kind == TK_ENDMARKER && p->in_fstring == 0 && t.lineno > l.end_lineno)
            sp_syntax_error_at(p, NULL, l.end_lineno, l.end_col, l.end_lineno, l.end_col, "invalid syntax");
        sp_syntax_error_at(p, NULL, t.lineno, t.col, t.lineno, t.col, "invalid syntax");
    }
    sp_syntax_error_at(p, NULL, t.lineno, t.col, t.end_lineno, t.end_col, "invalid syntax");
}

/* Column of the first non-blank character of an INDENT's line. */
int32_t indent_col(sp_parser *p, sp_token t)
{
    size_t ls;
    sp_cbytes line = sp_src_line(p, t.lineno, &ls);
    (void)ls;
    int32_t i = 0;
    while ((size_t)i < line.len && (sp_cbytes_get(line, (size_t)i) == ' ' || sp_cbytes_get(line, (size_t)i) == '\t' || sp_cbytes_get(line, (size_t)i) == '\014'))
        i++;
    return i;
}

_Noreturn void tok_error(sp_parser *p, sp_token t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sp_val msg = sp_str_vfmt(p->vm, fmt, ap);
    va_end(ap);
    sp_syntax_error_at(p, NULL, t.lineno, t.col, t.end_lineno, t.end_col, "%U", msg);
}

_Noreturn void node_error(sp_parser *p, sp_node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sp_val msg = sp_str_vfmt(p->vm, fmt, ap);
    va_end(ap);
    sp_syntax_error_at(p, NULL, n->lineno, n->col_offset, n->end_lineno, n->end_col_offset, "%U", msg);
}

sp_token expect(sp_parser *p, int k)
{
    if (kind(p) != k)
        syntax_error(p);
    return next(p);
}

/* "expected ':'" at the current token (or just after the last one). */
void expect_colon(sp_parser *p)
{
    if (kind(p) == TK_COLON) {
        next(p);
        return;
    }
    sp_token t = cur(p);
    if (t.kind == TK_NEWLINE || t.kind == TK_ENDMARKER || t.kind == TK_INDENT) {
        sp_token l = sp_tok_get(p, p->last - 1);
        sp_syntax_error_at(p, NULL, l.end_lineno, l.end_col, l.end_lineno, l.end_col, "expected ':'");
    }
    syntax_error(p);
}

/* A forced token (&&':' in CPython's grammar): "expected ':'" whatever
 * comes instead. */
void expect_colon_forced(sp_parser *p)
{
    if (kind(p) == TK_COLON) {
        next(p);
        return;
    }
    sp_token t = cur(p);
    check_unclosed(p, t);
    if (t.kind == TK_NEWLINE || t.kind == TK_ENDMARKER || t.kind == TK_INDENT || t.kind == TK_DEDENT) {
        sp_token l = sp_tok_get(p, p->last - 1);
        sp_syntax_error_at(p, NULL, l.end_lineno, l.end_col, l.end_lineno, l.end_col, "expected ':'");
    }
    sp_syntax_error_at(p, NULL, t.lineno, t.col, t.end_lineno, t.end_col, "expected ':'");
}

/* ---- nodes ------------------------------------------------------------------ */

sp_node *mk(sp_parser *p, sp_ast_kind k, sp_token s)
{
    sp_token e = p->last > 0 ? sp_tok_get(p, p->last - 1) : s;
    return sp_node_new(p->vm, k, s.lineno, s.col, e.end_lineno, e.end_col);
}

sp_node *mk_from(sp_parser *p, sp_ast_kind k, sp_node *s)
{
    sp_token e = sp_tok_get(p, p->last - 1);
    return sp_node_new(p->vm, k, s->lineno, s->col_offset, e.end_lineno, e.end_col);
}

sp_node *N(sp_val v) { return (sp_node *)v; }

sp_val new_list(sp_parser *p) { return sp_list_new(p->vm, 0); }
void add(sp_parser *p, sp_val list, sp_val v) { sp_list_append(p->vm, list, v); }

sp_val ident(sp_parser *p, sp_token t)
{
    return sp_intern(p->vm, sp_str_new(p->vm, tok_text(p, t)));
}

sp_val name_tok(sp_parser *p)
{
    if (kind(p) != TK_NAME)
        syntax_error(p);
    return ident(p, next(p));
}

void enter(sp_parser *p)
{
    sp_check_stack(p->vm);
    if (++p->depth > SP_PARSER_MAXDEPTH)
        sp_raise_memory(p->vm);
}

void leave(sp_parser *p) { p->depth--; }

bool speculate(sp_parser *p, sp_val (*fn)(sp_vm *vm, void *ud), void *ud)
{
    size_t save = p->pos, save_last = p->last;
    int save_depth = p->depth;
    sp_val exc = NULL;
    p->speculating++;
    bool ok = sp_pcall(p->vm, fn, ud, &exc) != NULL;
    p->speculating--;
    if (ok)
        return true;
    if (!sp_exc_matches(p->vm, exc, p->vm->e.SyntaxError))
        sp_raise(p->vm, exc);
    p->pos = save;
    p->last = save_last;
    p->depth = save_depth;
    return false;
}

/* ---- targets --------------------------------------------------------------- */

const char *expr_name(sp_parser *p, sp_node *e)
{
    switch ((sp_ast_kind)e->kind) {
    case SP_AST_Attribute: return "attribute";
    case SP_AST_Subscript: return "subscript";
    case SP_AST_Starred: return "starred";
    case SP_AST_Name: return "name";
    case SP_AST_List: return "list";
    case SP_AST_Tuple: return "tuple";
    case SP_AST_Lambda: return "lambda";
    case SP_AST_Call: return "function call";
    case SP_AST_BoolOp: case SP_AST_BinOp: case SP_AST_UnaryOp: return "expression";
    case SP_AST_GeneratorExp: return "generator expression";
    case SP_AST_Yield: case SP_AST_YieldFrom: return "yield expression";
    case SP_AST_Await: return "await expression";
    case SP_AST_ListComp: return "list comprehension";
    case SP_AST_SetComp: return "set comprehension";
    case SP_AST_DictComp: return "dict comprehension";
    case SP_AST_Dict: return "dict literal";
    case SP_AST_Set: return "set display";
    case SP_AST_JoinedStr: case SP_AST_FormattedValue: return "f-string expression";
    case SP_AST_Constant: {
        sp_val v = e->u.Constant.value;
        if (v == p->vm->None) return "None";
        if (v == p->vm->True) return "True";
        if (v == p->vm->False) return "False";
        if (v == p->vm->Ellipsis) return "ellipsis";
        return "literal";
    }
    case SP_AST_Compare: return "comparison";
    case SP_AST_IfExp: return "conditional expression";
    case SP_AST_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* The first sub-expression that can't be a target, or NULL if e is a
 * valid target (`ctx` Store or Del). */
static sp_node *invalid_target(sp_parser *p, sp_node *e, int ctx)
{
    switch ((sp_ast_kind)e->kind) {
    case SP_AST_Name: case SP_AST_Attribute: case SP_AST_Subscript:
        return NULL;
    case SP_AST_Starred:
        if (ctx == SP_CTX_DEL)
            return e;
        return invalid_target(p, N(e->u.Starred.value), ctx);
    case SP_AST_Tuple: case SP_AST_List: {
        sp_vals items = sp_list_items(e->u.Tuple.elts);
        for (size_t i = 0; i < items.len; i++) {
            sp_node *bad = invalid_target(p, N(sp_vals_get(items, i)), ctx);
            if (bad)
                return bad;
        }
        return NULL;
    }
    case SP_AST_Compare:
        /* for x in y in z: CPython points at the comparison's left */
        return e;
    default:
        return e;
    }
}

void set_ctx(sp_parser *p, sp_node *e, int ctx)
{
    sp_check_stack(p->vm);
    switch ((sp_ast_kind)e->kind) {
    case SP_AST_Name: e->u.Name.ctx = sp_small(ctx); break;
    case SP_AST_Attribute: e->u.Attribute.ctx = sp_small(ctx); break;
    case SP_AST_Subscript: e->u.Subscript.ctx = sp_small(ctx); break;
    case SP_AST_Starred:
        e->u.Starred.ctx = sp_small(ctx);
        set_ctx(p, N(e->u.Starred.value), ctx);
        break;
    case SP_AST_Tuple: case SP_AST_List: {
        e->u.Tuple.ctx = sp_small(ctx);
        sp_vals items = sp_list_items(e->u.Tuple.elts);
        for (size_t i = 0; i < items.len; i++)
            set_ctx(p, N(sp_vals_get(items, i)), ctx);
        break;
    }
    default: break;
    }
}

/* Check and convert a parsed expression into a Store/Del target. */
void to_target(sp_parser *p, sp_node *e, int ctx)
{
    sp_node *bad = invalid_target(p, e, ctx);
    if (bad) {
        if (ctx == SP_CTX_DEL)
            node_error(p, bad, "cannot delete %s", expr_name(p, bad));
        if (bad->kind == SP_AST_Yield || bad->kind == SP_AST_YieldFrom)
            node_error(p, bad, "assignment to yield expression not possible");
        node_error(p, bad, "cannot assign to %s", expr_name(p, bad));
    }
    set_ctx(p, e, ctx);
}

/* ---- statements -------------------------------------------------------------- */

static void statement(sp_parser *p, sp_val body);
static sp_val block(sp_parser *p, const char *what, int32_t line);

static int augop(int k)
{
    switch (k) {
    case TK_PLUSEQUAL: return SP_OP_ADD;
    case TK_MINEQUAL: return SP_OP_SUB;
    case TK_STAREQUAL: return SP_OP_MUL;
    case TK_ATEQUAL: return SP_OP_MATMUL;
    case TK_SLASHEQUAL: return SP_OP_TRUEDIV;
    case TK_DOUBLESLASHEQUAL: return SP_OP_FLOORDIV;
    case TK_PERCENTEQUAL: return SP_OP_MOD;
    case TK_DOUBLESTAREQUAL: return SP_OP_POW;
    case TK_LEFTSHIFTEQUAL: return SP_OP_LSHIFT;
    case TK_RIGHTSHIFTEQUAL: return SP_OP_RSHIFT;
    case TK_AMPEREQUAL: return SP_OP_AND;
    case TK_VBAREQUAL: return SP_OP_OR;
    case TK_CIRCUMFLEXEQUAL: return SP_OP_XOR;
    default: return -1;
    }
}

/* yield_expr | star_expressions */
static sp_val rhs(sp_parser *p)
{
    if (kind(p) == TK_K_yield)
        return yield_expr(p);
    return star_expressions(p);
}

static bool is_bitwise_or_level(sp_node *e)
{
    switch ((sp_ast_kind)e->kind) {
    case SP_AST_Compare: case SP_AST_BoolOp: case SP_AST_IfExp: case SP_AST_Lambda:
    case SP_AST_NamedExpr: case SP_AST_Starred: case SP_AST_Tuple: case SP_AST_List:
        return false;
    case SP_AST_UnaryOp:
        return sp_small_get(e->u.UnaryOp.op) != SP_UNARY_NOT;
    default:
        return true;
    }
}

/* The first bitwise_or-level operand an expression starts with, or NULL
 * if it starts with something else (not, lambda). */
static sp_node *leading_bitwise_or(sp_node *e)
{
    switch ((sp_ast_kind)e->kind) {
    case SP_AST_IfExp: return leading_bitwise_or(N(e->u.IfExp.body));
    case SP_AST_Compare: return leading_bitwise_or(N(e->u.Compare.left));
    case SP_AST_BoolOp: return leading_bitwise_or(N(sp_list_get(e->u.BoolOp.values, 0)));
    case SP_AST_Lambda: case SP_AST_NamedExpr: case SP_AST_Starred: return NULL;
    case SP_AST_UnaryOp: return sp_small_get(e->u.UnaryOp.op) == SP_UNARY_NOT ? NULL : e;
    default: return e;
    }
}

static sp_val expr_or_assign_stmt(sp_parser *p)
{
    sp_token s = cur(p);
    sp_val first = rhs(p);
    int k = kind(p);
    if (k == TK_COLON) {
        sp_node *t = N(first);
        next(p);
        sp_val ann = expression(p);
        sp_val value = NULL;
        if (accept(p, TK_EQUAL))
            value = rhs(p);
        if (t->kind == SP_AST_Tuple)
            node_error(p, t, "only single target (not tuple) can be annotated");
        if (t->kind == SP_AST_List)
            node_error(p, t, "only single target (not list) can be annotated");
        if (t->kind != SP_AST_Name && t->kind != SP_AST_Attribute && t->kind != SP_AST_Subscript)
            node_error(p, t, "illegal target for annotation");
        set_ctx(p, t, SP_CTX_STORE);
        sp_node *n = mk(p, SP_AST_AnnAssign, s);
        n->u.AnnAssign.target = first;
        n->u.AnnAssign.annotation = ann;
        n->u.AnnAssign.value = value;
        n->u.AnnAssign.simple = sp_small(t->kind == SP_AST_Name && s.kind != TK_LPAR);
        return (sp_val)n;
    }
    if (k == TK_EQUAL) {
        sp_val targets = new_list(p);
        sp_val value = first;
        bool value_is_yield = s.kind == TK_K_yield;
        while (accept(p, TK_EQUAL)) {
            if (value_is_yield)
                node_error(p, N(value), "assignment to yield expression not possible");
            add(p, targets, value);
            value_is_yield = kind(p) == TK_K_yield;
            value = rhs(p);
        }
        if (value_is_yield && kind(p) == TK_EQUAL)
            node_error(p, N(value), "assignment to yield expression not possible");
        sp_vals ts = sp_list_items(targets);
        for (size_t i = 0; i < ts.len; i++) {
            sp_node *t = N(sp_vals_get(ts, i));
            sp_node *bad = invalid_target(p, t, SP_CTX_STORE);
            if (bad) {
                if (i == 1 && N(sp_vals_get(ts, 0))->kind == SP_AST_Name && s.kind == TK_NAME) {
                    /* x = a < b = 1: CPython's invalid_named_expression */
                    sp_node *lead = leading_bitwise_or(t);
                    if (lead != NULL && lead != t)
                        sp_syntax_error_at(p, NULL, s.lineno, s.col, lead->end_lineno, lead->end_col_offset,
                                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                if (ts.len == 1 && bad == t && is_bitwise_or_level(t) &&
                    !(t->kind == SP_AST_Constant && (t->u.Constant.value == p->vm->None || t->u.Constant.value == p->vm->True || t->u.Constant.value == p->vm->False)) &&
                    t->kind != SP_AST_GeneratorExp)
                    node_error(p, bad, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(p, bad));
                node_error(p, bad, "cannot assign to %s", expr_name(p, bad));
            }
            set_ctx(p, t, SP_CTX_STORE);
        }
        sp_node *n = mk(p, SP_AST_Assign, s);
        n->u.Assign.targets = targets;
        n->u.Assign.value = value;
        return (sp_val)n;
    }
    int op = augop(k);
    if (op >= 0) {
        sp_node *t = N(first);
        if (t->kind != SP_AST_Name && t->kind != SP_AST_Attribute && t->kind != SP_AST_Subscript)
            node_error(p, t, "'%s' is an illegal expression for augmented assignment", expr_name(p, t));
        next(p);
        sp_val value = rhs(p);
        set_ctx(p, t, SP_CTX_STORE);
        sp_node *n = mk(p, SP_AST_AugAssign, s);
        n->u.AugAssign.target = first;
        n->u.AugAssign.op = sp_small(op);
        n->u.AugAssign.value = value;
        return (sp_val)n;
    }
    sp_node *n = mk(p, SP_AST_Expr, s);
    n->u.Expr.value = first;
    return (sp_val)n;
}

/* dotted_name: NAME ('.' NAME)* as one identifier "a.b.c" */
static sp_val dotted_name(sp_parser *p)
{
    sp_token s = cur(p);
    if (s.kind != TK_NAME)
        syntax_error(p);
    next(p);
    size_t end = s.end;
    bool dotted = false;
    while (kind(p) == TK_DOT && kind_at(p, 1) == TK_NAME) {
        next(p);
        end = next(p).end;
        dotted = true;
    }
    if (!dotted)
        return ident(p, s);
    /* rebuild without the whitespace between parts */
    sp_strbuf b;
    sp_strbuf_init(p->vm, &b, end - s.start);
    size_t i = s.start;
    while (i < end) {
        int c = sp_cbytes_get(p->src, i);
        if (c != ' ' && c != '\t' && c != '\\' && c != '\n' && c != '\r' && c != '\014')
            sp_strbuf_add(p->vm, &b, sp_cbytes_sub(p->src, i, 1));
        i++;
    }
    return sp_intern(p->vm, sp_strbuf_finish(p->vm, &b));
}

static sp_val import_stmt(sp_parser *p)
{
    sp_token s = next(p);   /* 'import' */
    sp_val names = new_list(p);
    do {
        sp_token a = cur(p);
        sp_val name = dotted_name(p);
        sp_val asname = NULL;
        if (accept(p, TK_K_as))
            asname = name_tok(p);
        sp_node *al = mk(p, SP_AST_alias, a);
        al->u.alias.name = name;
        al->u.alias.asname = asname;
        add(p, names, (sp_val)al);
    } while (accept(p, TK_COMMA));
    sp_node *n = mk(p, SP_AST_Import, s);
    n->u.Import.names = names;
    return (sp_val)n;
}

static sp_val import_from_stmt(sp_parser *p)
{
    sp_token s = next(p);   /* 'from' */
    int64_t level = 0;
    for (;;) {
        if (accept(p, TK_DOT))
            level++;
        else if (accept(p, TK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    sp_val module = NULL;
    if (kind(p) != TK_K_import || level == 0)
        module = dotted_name(p);
    if (kind(p) != TK_K_import) {
        if (kind(p) == TK_NAME || kind(p) == TK_K_import)
            syntax_error(p);
        syntax_error(p);
    }
    next(p);
    sp_val names = new_list(p);
    if (kind(p) == TK_STAR) {
        sp_token a = next(p);
        sp_node *al = mk(p, SP_AST_alias, a);
        al->u.alias.name = sp_intern_cstr(p->vm, "*");
        add(p, names, (sp_val)al);
    } else {
        bool paren = accept(p, TK_LPAR);
        for (;;) {
            sp_token a = cur(p);
            sp_val name = name_tok(p);
            sp_val asname = NULL;
            if (accept(p, TK_K_as))
                asname = name_tok(p);
            sp_node *al = mk(p, SP_AST_alias, a);
            al->u.alias.name = name;
            al->u.alias.asname = asname;
            add(p, names, (sp_val)al);
            if (!accept(p, TK_COMMA))
                break;
            if (paren && kind(p) == TK_RPAR)
                break;
            if (!paren && kind(p) == TK_NEWLINE)
            {
                sp_token t = cur(p);
                sp_syntax_error_at(p, NULL, t.lineno, t.col, t.lineno, t.col, "trailing comma not allowed without surrounding parentheses");
            }
        }
        if (paren)
            expect(p, TK_RPAR);
    }
    sp_node *n = mk(p, SP_AST_ImportFrom, s);
    n->u.ImportFrom.module = module;
    n->u.ImportFrom.names = names;
    n->u.ImportFrom.level = sp_small(level);
    return (sp_val)n;
}

static sp_val simple_stmt(sp_parser *p)
{
    sp_token s = cur(p);
    sp_node *n;
    switch (s.kind) {
    case TK_K_pass: next(p); return (sp_val)mk(p, SP_AST_Pass, s);
    case TK_K_break: next(p); return (sp_val)mk(p, SP_AST_Break, s);
    case TK_K_continue: next(p); return (sp_val)mk(p, SP_AST_Continue, s);
    case TK_K_return: {
        next(p);
        sp_val v = NULL;
        if (kind(p) != TK_NEWLINE && kind(p) != TK_SEMI && kind(p) != TK_ENDMARKER)
            v = star_expressions(p);
        n = mk(p, SP_AST_Return, s);
        n->u.Return.value = v;
        return (sp_val)n;
    }
    case TK_K_raise: {
        next(p);
        sp_val exc = NULL, cause = NULL;
        if (kind(p) != TK_NEWLINE && kind(p) != TK_SEMI && kind(p) != TK_ENDMARKER) {
            exc = expression(p);
            if (accept(p, TK_K_from))
                cause = expression(p);
        }
        n = mk(p, SP_AST_Raise, s);
        n->u.Raise.exc = exc;
        n->u.Raise.cause = cause;
        return (sp_val)n;
    }
    case TK_K_global: case TK_K_nonlocal: {
        next(p);
        sp_val names = new_list(p);
        do {
            add(p, names, name_tok(p));
        } while (accept(p, TK_COMMA));
        n = mk(p, s.kind == TK_K_global ? SP_AST_Global : SP_AST_Nonlocal, s);
        n->u.Global.names = names;
        return (sp_val)n;
    }
    case TK_K_del: {
        next(p);
        /* del_targets, checked as CPython's invalid_del_stmt does: parse
         * as expressions, then require targets */
        sp_val e = star_expressions(p);
        if (kind(p) != TK_NEWLINE && kind(p) != TK_SEMI && kind(p) != TK_ENDMARKER)
            syntax_error(p);
        sp_val targets;
        if (e == p->bare_tuple) {
            targets = N(e)->u.Tuple.elts;
        } else {
            targets = new_list(p);
            add(p, targets, e);
        }
        sp_vals ts = sp_list_items(targets);
        for (size_t i = 0; i < ts.len; i++)
            to_target(p, N(sp_vals_get(ts, i)), SP_CTX_DEL);
        n = mk(p, SP_AST_Delete, s);
        n->u.Delete.targets = targets;
        return (sp_val)n;
    }
    case TK_K_assert: {
        next(p);
        sp_val test = expression(p), msg = NULL;
        if (accept(p, TK_COMMA))
            msg = expression(p);
        n = mk(p, SP_AST_Assert, s);
        n->u.Assert.test = test;
        n->u.Assert.msg = msg;
        return (sp_val)n;
    }
    case TK_K_import: return import_stmt(p);
    case TK_K_from: return import_from_stmt(p);
    default:
        return expr_or_assign_stmt(p);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static void simple_stmts(sp_parser *p, sp_val body)
{
    sp_val st;
    for (;;) {
        st = simple_stmt(p);
        add(p, body, st);
        if (accept(p, TK_SEMI)) {
            if (kind(p) == TK_NEWLINE || kind(p) == TK_ENDMARKER)
                break;
            continue;
        }
        break;
    }
    if (kind(p) == TK_ENDMARKER)
        return;
    if (kind(p) != TK_NEWLINE)
        invalid_after_expression(p, N(st));
    next(p);
}

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
static sp_val block(sp_parser *p, const char *what, int32_t line)
{
    sp_val body = new_list(p);
    enter(p);
    if (kind(p) == TK_NEWLINE) {
        next(p);
        if (kind(p) != TK_INDENT) {
            sp_token t = cur(p);
            if (t.kind == TK_ENDMARKER || t.kind == TK_DEDENT) {
                sp_token l = sp_tok_get(p, p->last - 1);
                (void)l;
            }
            sp_syntax_error_at(p, p->vm->e.IndentationError, t.lineno, t.col, t.end_lineno, t.end_col,
                               "expected an indented block after %s on line %d", what, (int)line);
        }
        next(p);
        while (kind(p) != TK_DEDENT && kind(p) != TK_ENDMARKER)
            statement(p, body);
        accept(p, TK_DEDENT);
    } else {
        if (kind(p) == TK_ENDMARKER)
            syntax_error(p);
        simple_stmts(p, body);
    }
    leave(p);
    return body;
}

/* if x = 1: -- CPython's invalid_named_expression */
static sp_val condition(sp_parser *p)
{
    sp_token s = cur(p);
    sp_val e = named_expression(p);
    if (kind(p) == TK_EQUAL) {
        sp_node *n = N(e);
        next(p);
        sp_node *b = N(bitwise_or(p));
        if (kind(p) != TK_EQUAL && kind(p) != TK_COLONEQUAL) {
            if (n->kind == SP_AST_Name && s.kind == TK_NAME)
                sp_syntax_error_at(p, NULL, n->lineno, n->col_offset, b->end_lineno, b->end_col_offset,
                                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            if (s.kind != TK_LSQB && s.kind != TK_LPAR && !(n->kind == SP_AST_Constant && s.kind != TK_NUMBER && s.kind != TK_STRING && s.kind != TK_ELLIPSIS) &&
                n->kind != SP_AST_Compare && n->kind != SP_AST_BoolOp && n->kind != SP_AST_IfExp && n->kind != SP_AST_Lambda &&
                !(n->kind == SP_AST_UnaryOp && sp_small_get(n->u.UnaryOp.op) == SP_UNARY_NOT))
                node_error(p, n, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(p, n));
        }
        syntax_error(p);
    }
    return e;
}

static sp_val if_stmt(sp_parser *p, bool elif)
{
    sp_token s = next(p);   /* 'if' or 'elif' */
    sp_val test = condition(p);
    expect_colon(p);
    sp_val body = block(p, elif ? "'elif' statement" : "'if' statement", s.lineno);
    sp_val orelse = new_list(p);
    if (kind(p) == TK_K_elif) {
        add(p, orelse, if_stmt(p, true));
    } else if (kind(p) == TK_K_else) {
        sp_token e = next(p);
        expect_colon_forced(p);
        orelse = block(p, "'else' statement", e.lineno);
    }
    sp_node *n = mk(p, SP_AST_If, s);
    n->u.If.test = test;
    n->u.If.body = body;
    n->u.If.orelse = orelse;
    return (sp_val)n;
}

static sp_val else_block(sp_parser *p)
{
    if (kind(p) != TK_K_else)
        return new_list(p);
    sp_token e = next(p);
    expect_colon_forced(p);
    return block(p, "'else' statement", e.lineno);
}

static sp_val while_stmt(sp_parser *p)
{
    sp_token s = next(p);
    sp_val test = condition(p);
    expect_colon(p);
    sp_val body = block(p, "'while' statement", s.lineno);
    sp_val orelse = else_block(p);
    sp_node *n = mk(p, SP_AST_While, s);
    n->u.While.test = test;
    n->u.While.body = body;
    n->u.While.orelse = orelse;
    return (sp_val)n;
}

static sp_val for_stmt(sp_parser *p, sp_token s, bool is_async)
{
    sp_token f = next(p);   /* 'for' */
    size_t tpos = p->pos;
    sp_val target = star_targets(p);
    if (kind(p) != TK_K_in) {
        p->pos = tpos;
        star_expressions(p);
        syntax_error(p);
    }
    next(p);
    sp_val iter = star_expressions(p);
    expect_colon_forced(p);
    sp_val body = block(p, is_async ? "'for' statement" : "'for' statement", f.lineno);
    sp_val orelse = else_block(p);
    sp_node *n = mk(p, is_async ? SP_AST_AsyncFor : SP_AST_For, s);
    n->u.For.target = target;
    n->u.For.iter = iter;
    n->u.For.body = body;
    n->u.For.orelse = orelse;
    return (sp_val)n;
}

static sp_val with_item(sp_parser *p)
{
    sp_token s = cur(p);
    (void)s;
    sp_val e = expression(p);
    sp_val vars = NULL;
    if (accept(p, TK_K_as)) {
        vars = star_target(p);
        int k = kind(p);
        if (k != TK_COMMA && k != TK_RPAR && k != TK_COLON && k != TK_NEWLINE)
            syntax_error(p);
    }
    sp_node *w = sp_node_new(p->vm, SP_AST_withitem, 0, 0, 0, 0);
    w->u.withitem.context_expr = e;
    w->u.withitem.optional_vars = vars;
    return (sp_val)w;
}

typedef struct { sp_parser *p; sp_val items; } with_try;

static sp_val with_paren_items(sp_vm *vm, void *ud)
{
    with_try *w = ud;
    sp_parser *p = w->p;
    next(p);   /* '(' */
    sp_val items = new_list(p);
    for (;;) {
        add(p, items, with_item(p));
        if (!accept(p, TK_COMMA))
            break;
        if (kind(p) == TK_RPAR)
            break;
    }
    expect(p, TK_RPAR);
    if (kind(p) != TK_COLON)
        syntax_error(p);
    w->items = items;
    return vm->None;
}

static sp_val with_stmt(sp_parser *p, sp_token s, bool is_async)
{
    sp_token wt = next(p);   /* 'with' */
    sp_val items = NULL;
    if (kind(p) == TK_LPAR) {
        /* with ( item, item ) : -- or a parenthesized expression */
        with_try w = { p, NULL };
        if (speculate(p, with_paren_items, &w))
            items = w.items;
    }
    if (items == NULL) {
        items = new_list(p);
        do {
            add(p, items, with_item(p));
        } while (accept(p, TK_COMMA));
    }
    expect_colon(p);
    sp_val body = block(p, "'with' statement", wt.lineno);
    sp_node *n = mk(p, is_async ? SP_AST_AsyncWith : SP_AST_With, s);
    n->u.With.items = items;
    n->u.With.body = body;
    return (sp_val)n;
}

static sp_val try_stmt(sp_parser *p)
{
    sp_token s = next(p);
    expect_colon_forced(p);
    sp_val body = block(p, "'try' statement", s.lineno);
    sp_val handlers = new_list(p);
    int star = -1;
    while (kind(p) == TK_K_except) {
        sp_token e = next(p);
        bool is_star = false;
        if (kind(p) == TK_STAR) {
            next(p);
            is_star = true;
        }
        if (star >= 0 && star != (int)is_star) {
            sp_token l = sp_tok_get(p, p->last - 1);
            sp_syntax_error_at(p, NULL, e.lineno, e.col, l.end_lineno, l.end_col, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        star = is_star;
        sp_val type = NULL, name = NULL;
        if (kind(p) != TK_COLON) {
            type = expression(p);
            if (kind(p) == TK_COMMA) {
                sp_node *t = N(type);
                (void)star_expressions;
                next(p);
                expression(p);
                while (accept(p, TK_COMMA))
                    expression(p);
                sp_token l = sp_tok_get(p, p->last - 1);
                sp_syntax_error_at(p, NULL, t->lineno, t->col_offset, l.end_lineno, l.end_col, "multiple exception types must be parenthesized");
            }
            if (accept(p, TK_K_as))
                name = name_tok(p);
        } else if (is_star) {
            tok_error(p, cur(p), "expected one or more exception types");
        }
        expect_colon(p);
        sp_val hb = block(p, is_star ? "'except*' statement" : "'except' statement", e.lineno);
        sp_node *h = mk(p, SP_AST_ExceptHandler, e);
        h->u.ExceptHandler.type = type;
        h->u.ExceptHandler.name = name;
        h->u.ExceptHandler.body = hb;
        add(p, handlers, (sp_val)h);
    }
    sp_val orelse = new_list(p);
    if (sp_list_len(handlers) > 0)
        orelse = else_block(p);
    sp_val finalbody = new_list(p);
    if (kind(p) == TK_K_finally) {
        sp_token f = next(p);
        expect_colon_forced(p);
        finalbody = block(p, "'finally' statement", f.lineno);
    }
    if (sp_list_len(handlers) == 0 && sp_list_len(finalbody) == 0) {
        sp_token t = cur(p);
        if (t.kind == TK_ENDMARKER) {
            sp_token l = sp_tok_get(p, p->last - 1);
            sp_syntax_error_at(p, NULL, l.end_lineno, l.end_col, l.end_lineno, -2, "expected 'except' or 'finally' block");
        }
        sp_syntax_error_at(p, NULL, t.lineno, t.col, t.end_lineno, t.end_col, "expected 'except' or 'finally' block");
    }
    sp_node *n = mk(p, star == 1 ? SP_AST_TryStar : SP_AST_Try, s);
    n->u.Try.body = body;
    n->u.Try.handlers = handlers;
    n->u.Try.orelse = orelse;
    n->u.Try.finalbody = finalbody;
    return (sp_val)n;
}

static sp_val funcdef(sp_parser *p, sp_token s, bool is_async, sp_val decorators)
{
    sp_token d = next(p);   /* 'def' */
    sp_val name = name_tok(p);
    if (kind(p) != TK_LPAR) {
        sp_token t = cur(p);
        check_unclosed(p, t);
        sp_syntax_error_at(p, NULL, t.lineno, t.col, t.end_lineno, t.end_col, "expected '('");
    }
    next(p);
    sp_val args = parameters(p, TK_RPAR, true);
    expect(p, TK_RPAR);
    sp_val returns = NULL;
    if (kind(p) == TK_RARROW) {
        /* ['->' expression] is optional in CPython's grammar: if no
         * expression follows, the forced ':' reports at the '->' */
        if (!starts_expr(kind_at(p, 1)) || kind_at(p, 1) == TK_STAR)
            expect_colon_forced(p);
        next(p);
        returns = expression(p);
    }
    expect_colon_forced(p);
    sp_val body = block(p, "function definition", d.lineno);
    sp_node *n = mk(p, is_async ? SP_AST_AsyncFunctionDef : SP_AST_FunctionDef, s);
    n->u.FunctionDef.name = name;
    n->u.FunctionDef.args = args;
    n->u.FunctionDef.body = body;
    n->u.FunctionDef.decorator_list = decorators;
    n->u.FunctionDef.returns = returns;
    return (sp_val)n;
}

static sp_val classdef(sp_parser *p, sp_val decorators)
{
    sp_token s = next(p);   /* 'class' */
    sp_val name = name_tok(p);
    sp_val bases = new_list(p), keywords = new_list(p);
    if (accept(p, TK_LPAR)) {
        if (kind(p) != TK_RPAR)
            call_args(p, bases, keywords, NULL);
        expect(p, TK_RPAR);
    }
    expect_colon_forced(p);
    sp_val body = block(p, "class definition", s.lineno);
    sp_node *n = mk(p, SP_AST_ClassDef, s);
    n->u.ClassDef.name = name;
    n->u.ClassDef.bases = bases;
    n->u.ClassDef.keywords = keywords;
    n->u.ClassDef.body = body;
    n->u.ClassDef.decorator_list = decorators;
    return (sp_val)n;
}

static sp_val decorated(sp_parser *p)
{
    sp_val decorators = new_list(p);
    while (accept(p, TK_AT)) {
        add(p, decorators, named_expression(p));
        expect(p, TK_NEWLINE);
    }
    sp_token s = cur(p);
    if (s.kind == TK_K_def)
        return funcdef(p, s, false, decorators);
    if (s.kind == TK_K_async && kind_at(p, 1) == TK_K_def) {
        next(p);
        return funcdef(p, s, true, decorators);
    }
    if (s.kind == TK_K_class)
        return classdef(p, decorators);
    syntax_error(p);
}

/* match subject: ... -- returns NULL (position restored) if this is not
 * a match statement but an expression using the name `match`. */
typedef struct { sp_parser *p; sp_val subject; } match_try;

static sp_val match_head(sp_vm *vm, void *ud)
{
    match_try *m = ud;
    sp_parser *p = m->p;
    next(p);   /* 'match' */
    sp_token s = cur(p);
    sp_val first = star_named_expression(p);
    if (kind(p) == TK_COMMA) {
        sp_val elts = new_list(p);
        add(p, elts, first);
        while (accept(p, TK_COMMA)) {
            if (kind(p) == TK_COLON)
                break;
            add(p, elts, star_named_expression(p));
        }
        sp_node *t = mk(p, SP_AST_Tuple, s);
        t->u.Tuple.elts = elts;
        t->u.Tuple.ctx = sp_small(SP_CTX_LOAD);
        first = (sp_val)t;
    } else if (N(first)->kind == SP_AST_Starred) {
        syntax_error(p);
    }
    if (kind(p) != TK_COLON)
        syntax_error(p);
    m->subject = first;
    return vm->None;
}

static sp_val match_stmt(sp_parser *p)
{
    sp_token s = cur(p);
    match_try m = { p, NULL };
    if (!speculate(p, match_head, &m))
        return NULL;
    next(p);   /* ':' */
    if (kind(p) != TK_NEWLINE)
        syntax_error(p);
    next(p);
    if (kind(p) != TK_INDENT) {
        sp_token t = cur(p);
        sp_syntax_error_at(p, p->vm->e.IndentationError, t.lineno, t.col, t.end_lineno, t.end_col,
                           "expected an indented block after 'match' statement on line %d", (int)s.lineno);
    }
    next(p);
    sp_val cases = new_list(p);
    while (kind(p) != TK_DEDENT && kind(p) != TK_ENDMARKER) {
        if (!is_soft(p, "case"))
            syntax_error(p);
        sp_token c = next(p);
        sp_val pat = patterns(p);
        sp_val guard = NULL;
        if (accept(p, TK_K_if))
            guard = named_expression(p);
        expect_colon(p);
        sp_val body = block(p, "'case' statement", c.lineno);
        sp_node *mc = sp_node_new(p->vm, SP_AST_match_case, 0, 0, 0, 0);
        mc->u.match_case.pattern = pat;
        mc->u.match_case.guard = guard;
        mc->u.match_case.body = body;
        add(p, cases, (sp_val)mc);
    }
    accept(p, TK_DEDENT);
    sp_node *n = mk(p, SP_AST_Match, s);
    n->u.Match.subject = m.subject;
    n->u.Match.cases = cases;
    return (sp_val)n;
}

static void statement(sp_parser *p, sp_val body)
{
    enter(p);
    sp_token s = cur(p);
    sp_val st = NULL;
    switch (s.kind) {
    case TK_K_if: st = if_stmt(p, false); break;
    case TK_K_while: st = while_stmt(p); break;
    case TK_K_for: st = for_stmt(p, s, false); break;
    case TK_K_try: st = try_stmt(p); break;
    case TK_K_with: st = with_stmt(p, s, false); break;
    case TK_K_def: st = funcdef(p, s, false, new_list(p)); break;
    case TK_K_class: st = classdef(p, new_list(p)); break;
    case TK_AT: st = decorated(p); break;
    case TK_K_async:
        next(p);
        if (kind(p) == TK_K_def) st = funcdef(p, s, true, new_list(p));
        else if (kind(p) == TK_K_for) st = for_stmt(p, s, true);
        else if (kind(p) == TK_K_with) st = with_stmt(p, s, true);
        else syntax_error(p);
        break;
    case TK_INDENT:
        syntax_error(p);
    case TK_K_elif: case TK_K_else: case TK_K_except: case TK_K_finally:
        syntax_error(p);
    case TK_NAME:
        if (is_soft(p, "match")) {
            int k1 = kind_at(p, 1);
            if (k1 != TK_EQUAL && k1 != TK_DOT && k1 != TK_NEWLINE && k1 != TK_COMMA && augop(k1) < 0 && k1 != TK_COLON && k1 != TK_RPAR && k1 != TK_SEMI)
                st = match_stmt(p);
        }
        break;
    default:
        break;
    }
    if (st != NULL)
        add(p, body, st);
    else
        simple_stmts(p, body);
    leave(p);
}

/* ---- entry points ------------------------------------------------------------- */

static sp_val parse_tokens(sp_parser *p, sp_compile_mode mode)
{
    sp_vm *vm = p->vm;
    if (mode == SP_MODE_EVAL) {
        while (kind(p) == TK_NEWLINE)
            next(p);
        sp_val body = star_expressions_plain(p);
        while (kind(p) == TK_NEWLINE)
            next(p);
        if (kind(p) != TK_ENDMARKER)
            syntax_error(p);
        sp_node *n = sp_node_new(vm, SP_AST_Expression, 0, 0, 0, 0);
        n->u.Expression.body = body;
        return (sp_val)n;
    }
    sp_val body = new_list(p);
    if (mode == SP_MODE_SINGLE) {
        /* one statement (simple statements may share its line) */
        while (kind(p) == TK_NEWLINE)
            next(p);
        if (kind(p) != TK_ENDMARKER) {
            int k = kind(p);
            bool compound = k == TK_K_if || k == TK_K_while || k == TK_K_for || k == TK_K_try || k == TK_K_with ||
                            k == TK_K_def || k == TK_K_class || k == TK_AT || k == TK_K_async || is_soft(p, "match");
            statement(p, body);
            while (kind(p) == TK_NEWLINE)
                next(p);
            if (kind(p) != TK_ENDMARKER) {
                if (!compound) {
                    sp_node *first = N(sp_list_get(body, 0));
                    sp_syntax_error_at(p, NULL, first->lineno, first->col_offset, first->end_lineno, first->end_col_offset,
                                       "multiple statements found while compiling a single statement");
                }
                p->furthest = p->pos;
                syntax_error(p);
            }
        }
    }
    while (kind(p) != TK_ENDMARKER) {
        if (kind(p) == TK_NEWLINE) {
            next(p);
            continue;
        }
        statement(p, body);
    }
    if (mode == SP_MODE_SINGLE) {
        sp_node *n = sp_node_new(vm, SP_AST_Interactive, 0, 0, 0, 0);
        n->u.Interactive.body = body;
        return (sp_val)n;
    }
    sp_node *n = sp_node_new(vm, SP_AST_Module, 0, 0, 0, 0);
    n->u.Module.body = body;
    n->u.Module.type_ignores = new_list(p);
    return (sp_val)n;
}

/* The encoding named by a PEP 263 cookie on line 1 or 2 ("# -*- coding:
 * latin-1 -*-"), lower-cased into buf; false if none. */
static bool coding_cookie(sp_cbytes src, sp_bytes out)
{
    size_t i = 0;
    for (int line = 0; line < 2 && i < src.len; line++) {
        size_t j = i;
        while (j < src.len && sp_cbytes_get(src, j) != '\n')
            j++;
        sp_cbytes l = sp_cbytes_sub(src, i, j - i);
        size_t k = 0;
        while (k < l.len && (sp_cbytes_get(l, k) == ' ' || sp_cbytes_get(l, k) == '\t' || sp_cbytes_get(l, k) == '\014'))
            k++;
        if (k >= l.len || sp_cbytes_get(l, k) != '#') {
            i = j + 1;
            if (k < l.len)
                return false;   /* a code line ends the search */
            continue;
        }
        sp_ssize at = sp_cbytes_find(l, sp_cstr_span("coding"), k);
        if (at >= 0 && (size_t)at + 6 < l.len && (sp_cbytes_get(l, (size_t)at + 6) == ':' || sp_cbytes_get(l, (size_t)at + 6) == '=')) {
            size_t e = (size_t)at + 7;
            while (e < l.len && (sp_cbytes_get(l, e) == ' ' || sp_cbytes_get(l, e) == '\t'))
                e++;
            size_t n = 0;
            while (e < l.len && n + 1 < out.len) {
                int c = sp_cbytes_get(l, e++);
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
                    break;
                if (c >= 'A' && c <= 'Z')
                    c += 32;
                if (c == '_')
                    c = '-';
                sp_bytes_set(out, n++, (uint8_t)c);
            }
            sp_bytes_set(out, n, 0);
            return n > 0;
        }
        i = j + 1;
    }
    return false;
}

/* Latin-1 source (the one common non-UTF-8 cookie): re-encode as UTF-8,
 * as CPython decodes the file before tokenizing. */
static sp_val latin1_to_utf8(sp_vm *vm, sp_cbytes src)
{
    size_t cap = sp_size_mul_or_raise(vm, src.len, 2);
    sp_rawbuf *r = sp_rawbuf_new(vm, cap);
    sp_bytes out = sp_rawbuf_span(r);
    size_t n = 0;
    for (size_t i = 0; i < src.len; i++) {
        int c = sp_cbytes_get(src, i);
        if (c < 0x80) {
            sp_bytes_set(out, n++, (uint8_t)c);
        } else {
            sp_bytes_set(out, n++, (uint8_t)(0xC0 | (c >> 6)));
            sp_bytes_set(out, n++, (uint8_t)(0x80 | (c & 0x3F)));
        }
    }
    return sp_bytes_new(vm, sp_cbytes_of(sp_bytes_sub(out, 0, n)));
}

static sp_val tokenize_fn(sp_vm *vm, void *ud)
{
    sp_parser *p = ud;
    sp_tokenize(p, 0, p->src.len, 1, 0, false);
    return vm->None;
}

/* Tokenize the whole source.  A SyntaxError from the tokenizer is kept
 * (p->def_exc) and the tokens end with an ERRORTOKEN: CPython raises it
 * when its parser gets there, or when its check of the rest of the
 * source after a parser error finds it. */
static void tokenize_all(sp_parser *p)
{
    sp_val exc = NULL;
    if (sp_pcall(p->vm, tokenize_fn, p, &exc) == NULL) {
        if (!sp_exc_matches(p->vm, exc, p->vm->e.SyntaxError))
            sp_raise(p->vm, exc);
        p->def_exc = exc;
        size_t at = p->ntoks > 0 ? sp_tok_get(p, p->ntoks - 1).end : 0;
        tok_push_error(p, at);
    }
    p->tok_err_text = false;
}

sp_val sp_parse(sp_vm *vm, sp_cbytes source, sp_val filename, sp_compile_mode mode)
{
    sp_parser p = { 0 };
    char enc[32];
    sp_val holder = NULL;   /* keeps a re-encoded source alive */
    if (coding_cookie(source, SP_ARRAY_SPAN(sp_bytes, enc))) {
        sp_cbytes e = sp_cstr_span(enc);
        if (sp_cbytes_eq_cstr(e, "latin-1") || sp_cbytes_eq_cstr(e, "iso-8859-1") || sp_cbytes_eq_cstr(e, "latin1") ||
            sp_cbytes_eq_cstr(e, "iso-latin-1") || sp_cbytes_eq_cstr(e, "l1") || sp_cbytes_eq_cstr(e, "iso8859-1") ||
            (e.len > 11 && sp_cbytes_eq(sp_cbytes_sub(e, 0, 11), sp_cstr_span("iso-8859-1-")))) {
            holder = latin1_to_utf8(vm, source);
            source = sp_bytes_data(holder);
        }
    }
    p.vm = vm;
    p.mode = (int)mode;
    p.src = source;
    p.filename = filename;
    tokenize_all(&p);
    sp_val tree = parse_tokens(&p, mode);
    (void)*(volatile sp_val *)&holder;
    return tree;
}

sp_val sp_parse_fstring_expr(sp_parser *outer, size_t start, size_t end, int32_t lineno, int32_t col)
{
    sp_parser p = { 0 };
    p.vm = outer->vm;
    p.mode = outer->mode;
    p.src = outer->src;
    p.filename = outer->filename;
    p.depth = outer->depth;
    p.in_fstring = outer->in_fstring + 1;
    p.speculating = outer->speculating;
    p.no_invalid = outer->no_invalid;
    sp_check_stack(p.vm);
    sp_tokenize(&p, start, end, lineno, col, true);
    p.tok_err_text = false;
    if (kind(&p) == TK_ENDMARKER) {
        sp_token t = cur(&p);
        sp_syntax_error_at(&p, NULL, t.lineno, t.col, t.lineno, t.col, "f-string: empty expression not allowed");
    }
    sp_val e;
    if (kind(&p) == TK_K_yield)
        e = yield_expr(&p);
    else
        e = star_expressions(&p);
    if (kind(&p) != TK_ENDMARKER)
        syntax_error(&p);
    /* 3.11 parses the text as "(expr)" with the parentheses over the
     * braces, so an unparenthesized tuple spans them */
    sp_node *en = N(e);
    if (en->kind == SP_AST_Tuple && sp_tok_get(&p, 0).kind != TK_LPAR) {
        en->col_offset--;
        en->end_col_offset++;
    }
    return e;
}

/* Expressions, call arguments, parameters and assignment targets
 * (CPython 3.11 grammar, from star_expressions down to atom). */
#include "parse_int.h"

static sp_val primary(sp_parser *p, bool targets);
static sp_val atom(sp_parser *p);
static sp_val lambdef(sp_parser *p);
static sp_val comprehension_clauses(sp_parser *p);


/* Can the current token start an expression? */
bool starts_expr(int k)
{
    switch (k) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_LPAR: case TK_LSQB:
    case TK_LBRACE: case TK_MINUS: case TK_PLUS: case TK_TILDE: case TK_ELLIPSIS:
    case TK_K_None: case TK_K_True: case TK_K_False: case TK_K_not: case TK_K_lambda:
    case TK_K_await: case TK_STAR:
        return true;
    default:
        return false;
    }
}

typedef struct { sp_parser *p; sp_val b; } adj_try;

/* expression_without_invalid: the second of two adjacent expressions */
static sp_val adj_second(sp_vm *vm, void *ud)
{
    adj_try *t = ud;
    sp_parser *p = t->p;
    if (kind(p) == TK_K_lambda) {
        t->b = expression(p);
        return vm->None;
    }
    sp_val b = disjunction(p);
    if (kind(p) == TK_K_if) {
        next(p);
        disjunction(p);
        if (!accept(p, TK_K_else))
            return vm->None;
        b = expression(p);
    }
    t->b = b;
    return vm->None;
}

/* print "x" / exec "code": Python 2 statements. */
void legacy_check(sp_parser *p, sp_node *prev)
{
    if (prev->kind != SP_AST_Name || !starts_expr(kind(p)) || kind(p) == TK_LPAR)
        return;
    sp_val id = prev->u.Name.id;
    const char *name = sp_str_eq_cstr(id, "print") ? "print" : sp_str_eq_cstr(id, "exec") ? "exec" : NULL;
    if (name == NULL)
        return;
    sp_node *b = N(star_expressions(p));
    sp_syntax_error_at(p, NULL, prev->lineno, prev->col_offset, b->end_lineno, b->end_col_offset,
                       "Missing parentheses in call to '%s'. Did you mean %s(...)?", name, name);
}

/* "invalid syntax. Perhaps you forgot a comma?": two expressions side by
 * side inside brackets.  Called where a ',' or closing bracket was
 * expected after `prev`. */
static void maybe_forgot_comma(sp_parser *p, sp_node *prev)
{
    if (p->no_invalid > 0)
        return;
    int k = kind(p);
    legacy_check(p, prev);
    if (!starts_expr(k) || k == TK_STAR || k == TK_MINUS || k == TK_PLUS)
        return;
    if (k == TK_NAME || k == TK_STRING || k == TK_NUMBER || k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE ||
        k == TK_K_None || k == TK_K_True || k == TK_K_False) {
        /* parse the next expression to find where it ends */
        check_unclosed(p, cur(p));
        sp_val b = disjunction(p);
        sp_node *bn = N(b);
        sp_syntax_error_at(p, NULL, prev->lineno, prev->col_offset, bn->end_lineno, bn->end_col_offset,
                           "invalid syntax. Perhaps you forgot a comma?");
    }
}

/* Bracket nesting just after token i (for CPython's "level" test).  The
 * levels of all tokens are computed once, on first use. */
static int level_after(sp_parser *p, size_t i)
{
    if (p->ntoks == 0)
        return 0;
    if (i >= p->ntoks)
        i = p->ntoks - 1;
    if (p->levels == NULL) {
        sp_valarray *a = sp_valarray_new(p->vm, p->ntoks);
        sp_vals s = sp_valarray_span(a);
        int level = 0;
        for (size_t k = 0; k < p->ntoks; k++) {
            int t = sp_tok_get(p, k).kind;
            if (t == TK_LPAR || t == TK_LSQB || t == TK_LBRACE)
                level++;
            else if ((t == TK_RPAR || t == TK_RSQB || t == TK_RBRACE) && level > 0)
                level--;
            sp_vals_set(s, k, sp_small(level));
        }
        p->levels = (sp_val)a;
    }
    return (int)sp_small_get(sp_vals_get(sp_valarray_span((sp_valarray *)p->levels), i));
}

/* Did adjacent_expressions' speculative parse at token i come back
 * without an error before?  Only a SyntaxError is caught there (a
 * MemoryError or RecursionError goes on up), and whether the tokens from i
 * on parse is the same each time, so the answer holds. */
static bool adj_known_clean(sp_parser *p, size_t i)
{
    if (p->adj_memo == NULL || i >= p->ntoks)
        return false;
    return sp_small_get(sp_vals_get(sp_valarray_span((sp_valarray *)p->adj_memo), i)) != 0;
}

static void adj_mark_clean(sp_parser *p, size_t i)
{
    if (i >= p->ntoks)
        return;
    if (p->adj_memo == NULL) {
        sp_valarray *m = sp_valarray_new(p->vm, p->ntoks);
        sp_vals s = sp_valarray_span(m);
        for (size_t k = 0; k < s.len; k++)
            sp_vals_set(s, k, sp_small(0));
        p->adj_memo = (sp_val)m;
    }
    sp_vals_set(sp_valarray_span((sp_valarray *)p->adj_memo), i, sp_small(1));
}

/* CPython's invalid_expression: an expression directly followed by
 * another one inside brackets ("invalid syntax. Perhaps you forgot a
 * comma?"), unless the first starts with a soft keyword or is a name
 * followed by a string, or is print/exec (the legacy message). */
void adjacent_expressions(sp_parser *p, sp_token s0, sp_node *a)
{
    int k = kind(p);
    bool starts = k == TK_NAME || k == TK_NUMBER || k == TK_STRING || k == TK_LBRACE || k == TK_TILDE ||
                  k == TK_K_None || k == TK_K_True || k == TK_K_False || k == TK_ELLIPSIS || k == TK_K_lambda ||
                  k == TK_K_not || k == TK_K_await;
    if (!starts || p->in_fstring || p->no_invalid > 0)
        return;
    if (s0.kind == TK_NAME) {
        sp_cbytes w = tok_text(p, s0);
        if (sp_cbytes_eq_cstr(w, "match") || sp_cbytes_eq_cstr(w, "case") || sp_cbytes_eq_cstr(w, "_"))
            return;
        if (a->kind == SP_AST_Name && k == TK_STRING)
            return;
        if (a->kind == SP_AST_Name && (sp_str_eq_cstr(a->u.Name.id, "print") || sp_str_eq_cstr(a->u.Name.id, "exec")))
            return;
    }
    size_t save = p->pos, save_last = p->last, save_far = p->furthest;
    int save_depth = p->depth;
    if (adj_known_clean(p, save))
        return;
    adj_try t = { p, NULL };
    p->no_invalid++;
    bool ok = speculate(p, adj_second, &t);
    p->no_invalid--;
    if (!ok || t.b == NULL || level_after(p, p->last - 1) == 0) {
        p->pos = save;
        p->last = save_last;
        p->furthest = save_far;
        p->depth = save_depth;
        adj_mark_clean(p, save);
        return;
    }
    sp_node *b = N(t.b);
    sp_syntax_error_at(p, NULL, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
                       "invalid syntax. Perhaps you forgot a comma?");
}

void invalid_after_expression(sp_parser *p, sp_node *st)
{
    if (st->kind == SP_AST_Expr)
        legacy_check(p, N(st->u.Expr.value));
    syntax_error(p);
}

/* ---- the expression ladder -------------------------------------------------- */

sp_val star_expressions(sp_parser *p)
{
    sp_token s = cur(p);
    sp_val first = star_expression(p);
    if (kind(p) != TK_COMMA)
        return first;
    sp_val elts = new_list(p);
    add(p, elts, first);
    while (accept(p, TK_COMMA)) {
        int k = kind(p);
        if (!starts_expr(k) && k != TK_K_yield)
            break;
        add(p, elts, star_expression(p));
    }
    sp_node *t = mk(p, SP_AST_Tuple, s);
    t->u.Tuple.elts = elts;
    t->u.Tuple.ctx = sp_small(SP_CTX_LOAD);
    p->bare_tuple = (sp_val)t;
    return (sp_val)t;
}

/* expressions (eval mode): no starred items at the top level */
sp_val star_expressions_plain(sp_parser *p)
{
    sp_token s = cur(p);
    sp_val first = expression(p);
    if (kind(p) != TK_COMMA)
        return first;
    sp_val elts = new_list(p);
    add(p, elts, first);
    while (accept(p, TK_COMMA)) {
        if (!starts_expr(kind(p)) || kind(p) == TK_STAR)
            break;
        add(p, elts, expression(p));
    }
    sp_node *t = mk(p, SP_AST_Tuple, s);
    t->u.Tuple.elts = elts;
    t->u.Tuple.ctx = sp_small(SP_CTX_LOAD);
    return (sp_val)t;
}

/* '*' bitwise_or (displays, assignments) or '*' expression (call
 * arguments, subscripts: starred_expression) */
static sp_val starred_ex(sp_parser *p, bool full)
{
    sp_token s = next(p);   /* '*' */
    sp_val v = full ? expression(p) : bitwise_or(p);
    sp_node *n = mk(p, SP_AST_Starred, s);
    n->u.Starred.value = v;
    n->u.Starred.ctx = sp_small(SP_CTX_LOAD);
    return (sp_val)n;
}

static sp_val starred(sp_parser *p)
{
    return starred_ex(p, false);
}

sp_val star_expression(sp_parser *p)
{
    if (kind(p) == TK_STAR)
        return starred(p);
    return expression(p);
}

sp_val star_named_expression(sp_parser *p)
{
    if (kind(p) == TK_STAR)
        return starred(p);
    return named_expression(p);
}

sp_val named_expression(sp_parser *p)
{
    if (kind(p) == TK_NAME && kind_at(p, 1) == TK_COLONEQUAL) {
        sp_token s = cur(p);
        sp_val target = atom_name(p);
        set_ctx(p, N(target), SP_CTX_STORE);
        next(p);   /* ':=' */
        sp_val value = expression(p);
        sp_node *n = mk(p, SP_AST_NamedExpr, s);
        n->u.NamedExpr.target = target;
        n->u.NamedExpr.value = value;
        return (sp_val)n;
    }
    sp_val e = expression(p);
    if (kind(p) == TK_COLONEQUAL) {
        sp_node *n = N(e);
        node_error(p, n, "cannot use assignment expressions with %s", expr_name(p, n));
    }
    return e;
}

sp_val expression(sp_parser *p)
{
    if (kind(p) == TK_K_lambda)
        return lambdef(p);
    enter(p);
    sp_token s0 = cur(p);
    sp_val body = disjunction(p);
    adjacent_expressions(p, s0, N(body));
    if (kind(p) == TK_K_if) {
        next(p);
        sp_val test = disjunction(p);
        if (kind(p) != TK_K_else) {
            sp_token t = cur(p);
            sp_node *b = N(body);
            (void)t;
            sp_syntax_error_at(p, NULL, b->lineno, b->col_offset, p->last ? sp_tok_get(p, p->last - 1).end_lineno : b->end_lineno,
                               p->last ? sp_tok_get(p, p->last - 1).end_col : b->end_col_offset, "expected 'else' after 'if' expression");
        }
        next(p);
        sp_val orelse = expression(p);
        sp_node *n = mk(p, SP_AST_IfExp, s0);
        n->u.IfExp.test = test;
        n->u.IfExp.body = body;
        n->u.IfExp.orelse = orelse;
        body = (sp_val)n;
    }
    leave(p);
    return body;
}

static sp_val boolop(sp_parser *p, int tok, int op, sp_val (*sub)(sp_parser *))
{
    sp_token s0 = cur(p);
    sp_val first = sub(p);
    if (kind(p) != tok)
        return first;
    sp_val values = new_list(p);
    add(p, values, first);
    while (accept(p, tok))
        add(p, values, sub(p));
    sp_node *n = mk(p, SP_AST_BoolOp, s0);
    n->u.BoolOp.op = sp_small(op);
    n->u.BoolOp.values = values;
    return (sp_val)n;
}

static sp_val comparison(sp_parser *p);

static sp_val inversion(sp_parser *p)
{
    if (kind(p) == TK_K_not) {
        enter(p);
        sp_token s = next(p);
        sp_val v = inversion(p);
        sp_node *n = mk(p, SP_AST_UnaryOp, s);
        n->u.UnaryOp.op = sp_small(SP_UNARY_NOT);
        n->u.UnaryOp.operand = v;
        leave(p);
        return (sp_val)n;
    }
    return comparison(p);
}

static sp_val conjunction(sp_parser *p) { return boolop(p, TK_K_and, SP_BOOL_AND, inversion); }
sp_val disjunction(sp_parser *p) { return boolop(p, TK_K_or, SP_BOOL_OR, conjunction); }

static int cmp_op(sp_parser *p)
{
    switch (kind(p)) {
    case TK_EQEQUAL: next(p); return SP_CMP_EQ;
    case TK_NOTEQUAL: next(p); return SP_CMP_NOTEQ;
    case TK_LESS: next(p); return SP_CMP_LT;
    case TK_LESSEQUAL: next(p); return SP_CMP_LTE;
    case TK_GREATER: next(p); return SP_CMP_GT;
    case TK_GREATEREQUAL: next(p); return SP_CMP_GTE;
    case TK_K_in: next(p); return SP_CMP_IN;
    case TK_K_not:
        if (kind_at(p, 1) == TK_K_in) {
            next(p);
            next(p);
            return SP_CMP_NOTIN;
        }
        return -1;
    case TK_K_is:
        next(p);
        if (accept(p, TK_K_not))
            return SP_CMP_ISNOT;
        return SP_CMP_IS;
    default:
        return -1;
    }
}

static sp_val comparison(sp_parser *p)
{
    sp_token s0 = cur(p);
    sp_val left = bitwise_or(p);
    int op = cmp_op(p);
    if (op < 0)
        return left;
    sp_val ops = new_list(p), comps = new_list(p);
    while (op >= 0) {
        add(p, ops, sp_small(op));
        add(p, comps, bitwise_or(p));
        op = cmp_op(p);
    }
    sp_node *n = mk(p, SP_AST_Compare, s0);
    n->u.Compare.left = left;
    n->u.Compare.ops = ops;
    n->u.Compare.comparators = comps;
    return (sp_val)n;
}

static int binop_of(int level, int k)
{
    switch (level) {
    case 0: return k == TK_VBAR ? SP_OP_OR : -1;
    case 1: return k == TK_CIRCUMFLEX ? SP_OP_XOR : -1;
    case 2: return k == TK_AMPER ? SP_OP_AND : -1;
    case 3: return k == TK_LEFTSHIFT ? SP_OP_LSHIFT : k == TK_RIGHTSHIFT ? SP_OP_RSHIFT : -1;
    case 4: return k == TK_PLUS ? SP_OP_ADD : k == TK_MINUS ? SP_OP_SUB : -1;
    case 5:
        switch (k) {
        case TK_STAR: return SP_OP_MUL;
        case TK_SLASH: return SP_OP_TRUEDIV;
        case TK_DOUBLESLASH: return SP_OP_FLOORDIV;
        case TK_PERCENT: return SP_OP_MOD;
        case TK_AT: return SP_OP_MATMUL;
        default: return -1;
        }
    default: return -1;
    }
}

static sp_val factor(sp_parser *p);

static sp_val binary_level(sp_parser *p, int level)
{
    if (level == 6)
        return factor(p);
    sp_token s0 = cur(p);
    sp_val left = binary_level(p, level + 1);
    int op;
    while ((op = binop_of(level, kind(p))) >= 0) {
        next(p);
        sp_val right = binary_level(p, level + 1);
        sp_node *n = mk(p, SP_AST_BinOp, s0);
        n->u.BinOp.left = left;
        n->u.BinOp.op = sp_small(op);
        n->u.BinOp.right = right;
        left = (sp_val)n;
    }
    return left;
}

sp_val bitwise_or(sp_parser *p)
{
    return binary_level(p, 0);
}

static sp_val power(sp_parser *p)
{
    sp_token s = cur(p);
    sp_val base;
    if (kind(p) == TK_K_await) {
        next(p);
        sp_val v = primary(p, false);
        sp_node *n = mk(p, SP_AST_Await, s);
        n->u.Await.value = v;
        base = (sp_val)n;
    } else {
        base = primary(p, false);
    }
    if (kind(p) == TK_DOUBLESTAR) {
        next(p);
        enter(p);
        sp_val exp = factor(p);
        leave(p);
        sp_node *n = mk(p, SP_AST_BinOp, s);
        n->u.BinOp.left = base;
        n->u.BinOp.op = sp_small(SP_OP_POW);
        n->u.BinOp.right = exp;
        return (sp_val)n;
    }
    return base;
}

static sp_val factor(sp_parser *p)
{
    int k = kind(p);
    int op = k == TK_PLUS ? SP_UNARY_UADD : k == TK_MINUS ? SP_UNARY_USUB : k == TK_TILDE ? SP_UNARY_INVERT : -1;
    if (op < 0)
        return power(p);
    enter(p);
    sp_token s = next(p);
    sp_val v = factor(p);
    sp_node *n = mk(p, SP_AST_UnaryOp, s);
    n->u.UnaryOp.op = sp_small(op);
    n->u.UnaryOp.operand = v;
    leave(p);
    return (sp_val)n;
}

/* ---- primaries ---------------------------------------------------------------- */

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static sp_val slice_item(sp_parser *p)
{
    sp_token s = cur(p);
    sp_val lower = NULL, upper = NULL, step = NULL;
    if (kind(p) != TK_COLON) {
        if (kind(p) == TK_STAR)
            return starred_ex(p, true);
        lower = named_expression(p);
        if (kind(p) != TK_COLON)
            return lower;
        /* `a[x := 1:2]` is an error, `a[(x := 1):2]` is not: a bare
         * walrus starts with its NAME, a parenthesized one with '(' */
        if (N(lower)->kind == SP_AST_NamedExpr && s.kind != TK_LPAR)
            syntax_error(p);
    }
    next(p);   /* ':' */
    int k = kind(p);
    if (k != TK_COLON && k != TK_COMMA && k != TK_RSQB)
        upper = expression(p);
    if (accept(p, TK_COLON)) {
        k = kind(p);
        if (k != TK_COMMA && k != TK_RSQB)
            step = expression(p);
    }
    sp_node *n = mk(p, SP_AST_Slice, s);
    n->u.Slice.lower = lower;
    n->u.Slice.upper = upper;
    n->u.Slice.step = step;
    return (sp_val)n;
}

static sp_val slices(sp_parser *p)
{
    sp_token s = cur(p);
    sp_val first = slice_item(p);
    if (kind(p) != TK_COMMA && N(first)->kind != SP_AST_Starred)
        return first;
    sp_val elts = new_list(p);
    add(p, elts, first);
    while (accept(p, TK_COMMA)) {
        if (kind(p) == TK_RSQB)
            break;
        add(p, elts, slice_item(p));
    }
    sp_node *t = mk(p, SP_AST_Tuple, s);
    t->u.Tuple.elts = elts;
    t->u.Tuple.ctx = sp_small(SP_CTX_LOAD);
    return (sp_val)t;
}

static sp_val genexp_after(sp_parser *p, sp_token open, sp_val elt)
{
    sp_val gens = comprehension_clauses(p);
    expect(p, TK_RPAR);
    sp_node *g = mk(p, SP_AST_GeneratorExp, open);
    g->u.ListComp.elt = elt;
    g->u.ListComp.generators = gens;
    return (sp_val)g;
}

/* args: positional, *starred, keyword=, **mapping -- into args/keywords.
 * `open` (the '(' token) is given for calls, where a lone generator
 * expression argument is allowed. */
void call_args(sp_parser *p, sp_val args, sp_val keywords, sp_token *open)
{
    bool seen_kw = false, seen_dstar = false;
    sp_node *first_dstar = NULL;
    while (kind(p) != TK_RPAR) {
        sp_token s = cur(p);
        if (s.kind == TK_STAR) {
            sp_val v = starred_ex(p, true);
            if (seen_dstar)
                node_error(p, first_dstar, "iterable argument unpacking follows keyword argument unpacking");
            add(p, args, v);
        } else if (s.kind == TK_DOUBLESTAR) {
            next(p);
            sp_val v = expression(p);
            sp_node *kw = mk(p, SP_AST_keyword, s);
            kw->u.keyword.value = v;
            add(p, keywords, (sp_val)kw);
            if (!seen_dstar)
                first_dstar = kw;
            seen_dstar = true;
        } else if (s.kind == TK_NAME && kind_at(p, 1) == TK_EQUAL) {
            sp_val name = ident(p, next(p));
            next(p);   /* '=' */
            sp_val v = expression(p);
            sp_node *kw = mk(p, SP_AST_keyword, s);
            kw->u.keyword.arg = name;
            kw->u.keyword.value = v;
            add(p, keywords, (sp_val)kw);
            seen_kw = true;
        } else {
            if ((s.kind == TK_K_True || s.kind == TK_K_False || s.kind == TK_K_None) && kind_at(p, 1) == TK_EQUAL) {
                next(p);
                next(p);
                sp_node *v = N(expression(p));
                sp_syntax_error_at(p, NULL, s.lineno, s.col, v->end_lineno, v->end_col_offset, "cannot assign to %s",
                                   s.kind == TK_K_True ? "True" : s.kind == TK_K_False ? "False" : "None");
            }
            sp_val v = named_expression(p);
            if (open == NULL && (kind(p) == TK_K_for || kind(p) == TK_K_async))
                syntax_error(p);
            if (kind(p) == TK_K_for || (kind(p) == TK_K_async && kind_at(p, 1) == TK_K_for)) {
                sp_val gens = comprehension_clauses(p);
                bool alone = open != NULL && sp_list_len(args) == 0 && sp_list_len(keywords) == 0 && kind(p) == TK_RPAR;
                if (!alone) {
                    sp_token l = sp_tok_get(p, p->last - 1);
                    sp_node *vn = N(v);
                    sp_syntax_error_at(p, NULL, vn->lineno, vn->col_offset, l.end_lineno, l.end_col, "Generator expression must be parenthesized");
                }
                sp_token close = cur(p);
                next(p);
                sp_node *g = sp_node_new(p->vm, SP_AST_GeneratorExp, open->lineno, open->col, close.end_lineno, close.end_col);
                g->u.ListComp.elt = v;
                g->u.ListComp.generators = gens;
                add(p, args, (sp_val)g);
                p->pos--;   /* leave the ')' for the caller */
                p->last = p->pos;
                break;
            }
            if (kind(p) == TK_EQUAL) {
                sp_node *vn = N(v);
                sp_token eq = cur(p);
                sp_syntax_error_at(p, NULL, vn->lineno, vn->col_offset, eq.end_lineno, eq.end_col,
                                   "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (seen_dstar)
                tok_error(p, cur(p), "positional argument follows keyword argument unpacking");
            if (seen_kw)
                tok_error(p, cur(p), "positional argument follows keyword argument");
            add(p, args, v);
        }
        if (!accept(p, TK_COMMA)) {
            if (kind(p) != TK_RPAR) {
                sp_val l = sp_list_len(keywords) ? sp_list_get(keywords, sp_list_len(keywords) - 1) : NULL;
                sp_val a = sp_list_len(args) ? sp_list_get(args, sp_list_len(args) - 1) : NULL;
                sp_node *prev = N(a);
                if (l && (!a || N(l)->lineno > N(a)->lineno || (N(l)->lineno == N(a)->lineno && N(l)->col_offset > N(a)->col_offset)))
                    prev = N(l);
                if (prev)
                    maybe_forgot_comma(p, prev);
            }
            break;
        }
    }
}

sp_val atom_name(sp_parser *p)
{
    sp_token t = next(p);
    sp_node *n = mk(p, SP_AST_Name, t);
    n->u.Name.id = ident(p, t);
    n->u.Name.ctx = sp_small(SP_CTX_LOAD);
    return (sp_val)n;
}

/* One call or subscript trailer after `e` (which started at s0). */
static sp_val trailer(sp_parser *p, sp_val e, sp_token s0)
{
    if (kind(p) == TK_LPAR) {
        sp_token open = next(p);
        sp_val args = new_list(p), kws = new_list(p);
        enter(p);
        call_args(p, args, kws, &open);
        leave(p);
        expect(p, TK_RPAR);
        sp_node *n = mk(p, SP_AST_Call, s0);
        n->u.Call.func = e;
        n->u.Call.args = args;
        n->u.Call.keywords = kws;
        return (sp_val)n;
    }
    next(p);
    enter(p);
    sp_val sl = slices(p);
    leave(p);
    expect(p, TK_RSQB);
    sp_node *n = mk(p, SP_AST_Subscript, s0);
    n->u.Subscript.value = e;
    n->u.Subscript.slice = sl;
    n->u.Subscript.ctx = sp_small(SP_CTX_LOAD);
    return (sp_val)n;
}

typedef struct { sp_parser *p; sp_val e; sp_token s0; sp_val out; } trailer_try;

static sp_val trailer_fn(sp_vm *vm, void *ud)
{
    trailer_try *t = ud;
    t->out = trailer(t->p, t->e, t->s0);
    return vm->None;
}

/* In a parse without the error rules (adj_second), a trailer that does not
 * parse is not there, as in a PEG: the primary ends before it.  NULL then,
 * with the position restored. */
static sp_val try_trailer(sp_parser *p, sp_val e, sp_token s0)
{
    trailer_try t = { p, e, s0, NULL };
    return speculate(p, trailer_fn, &t) ? t.out : NULL;
}

static sp_val primary(sp_parser *p, bool targets)
{
    enter(p);
    sp_token s0 = cur(p);
    sp_val e = atom(p);
    for (;;) {
        int k = kind(p);
        if (k == TK_DOT) {
            if (p->no_invalid > 0 && kind_at(p, 1) != TK_NAME)
                break;   /* a PEG alternative that does not match */
            next(p);
            sp_val attr = name_tok(p);
            sp_node *n = mk(p, SP_AST_Attribute, s0);
            n->u.Attribute.value = e;
            n->u.Attribute.attr = attr;
            n->u.Attribute.ctx = sp_small(SP_CTX_LOAD);
            e = (sp_val)n;
        } else if (k == TK_LPAR || k == TK_LSQB) {
            sp_val t = p->no_invalid > 0 ? try_trailer(p, e, s0) : trailer(p, e, s0);
            if (t == NULL)
                break;
            e = t;
        } else {
            break;
        }
    }
    (void)targets;
    leave(p);
    return e;
}

static sp_val constant(sp_parser *p, sp_token t, sp_val v)
{
    sp_node *n = mk(p, SP_AST_Constant, t);
    n->u.Constant.value = v;
    return (sp_val)n;
}

/* The body of [...] / {...} / (...) after the first element: a
 * comprehension, or more comma-separated elements. */
static sp_val display_rest(sp_parser *p, sp_token open, sp_val first, int close, sp_ast_kind seq, sp_ast_kind comp)
{
    if (kind(p) == TK_K_for || (kind(p) == TK_K_async && kind_at(p, 1) == TK_K_for)) {
        if (N(first)->kind == SP_AST_Starred) {
            sp_node *f = N(first);
            node_error(p, f, seq == SP_AST_List ? "iterable unpacking cannot be used in comprehension" : "iterable unpacking cannot be used in comprehension");
        }
        sp_val gens = comprehension_clauses(p);
        expect(p, close);
        sp_node *n = mk(p, comp, open);
        n->u.ListComp.elt = first;
        n->u.ListComp.generators = gens;
        return (sp_val)n;
    }
    sp_val elts = new_list(p);
    add(p, elts, first);
    while (accept(p, TK_COMMA)) {
        if (kind(p) == close)
            break;
        add(p, elts, star_named_expression(p));
    }
    if (kind(p) != close) {
        sp_vals it = sp_list_items(elts);
        maybe_forgot_comma(p, N(sp_vals_get(it, it.len - 1)));
    }
    expect(p, close);
    sp_node *n = mk(p, seq, open);
    n->u.List.elts = elts;
    if (seq != SP_AST_Set)
        n->u.List.ctx = sp_small(SP_CTX_LOAD);
    return (sp_val)n;
}

static sp_val dict_rest(sp_parser *p, sp_token open, sp_val key, sp_val value)
{
    if (key != NULL && (kind(p) == TK_K_for || (kind(p) == TK_K_async && kind_at(p, 1) == TK_K_for))) {
        sp_val gens = comprehension_clauses(p);
        expect(p, TK_RBRACE);
        sp_node *n = mk(p, SP_AST_DictComp, open);
        n->u.DictComp.key = key;
        n->u.DictComp.value = value;
        n->u.DictComp.generators = gens;
        return (sp_val)n;
    }
    sp_val keys = new_list(p), values = new_list(p);
    add(p, keys, key);
    add(p, values, value);
    for (;;) {
        if (!accept(p, TK_COMMA)) {
            if (kind(p) != TK_RBRACE)
                maybe_forgot_comma(p, N(value));
            break;
        }
        if (kind(p) == TK_RBRACE)
            break;
        if (accept(p, TK_DOUBLESTAR)) {
            add(p, keys, NULL);
            value = bitwise_or(p);
            add(p, values, value);
            continue;
        }
        sp_val k = expression(p);
        if (kind(p) != TK_COLON) {
            if (kind(p) == TK_COMMA || kind(p) == TK_RBRACE) {
                sp_node *kn = N(k);
                sp_syntax_error_at(p, NULL, kn->lineno, kn->col_offset, kn->lineno, -1, "':' expected after dictionary key");
            }
            syntax_error(p);
        }
        next(p);
        add(p, keys, k);
        if (kind(p) == TK_COMMA || kind(p) == TK_RBRACE) {
            sp_token c = sp_tok_get(p, p->last - 1);
            tok_error(p, c, "expression expected after dictionary key and ':'");
        }
        value = expression(p);
        add(p, values, value);
    }
    expect(p, TK_RBRACE);
    sp_node *n = mk(p, SP_AST_Dict, open);
    n->u.Dict.keys = keys;
    n->u.Dict.values = values;
    return (sp_val)n;
}

static sp_val atom(sp_parser *p)
{
    sp_vm *vm = p->vm;
    sp_token t = cur(p);
    switch (t.kind) {
    case TK_NAME:
        return atom_name(p);
    case TK_K_True: next(p); return constant(p, t, vm->True);
    case TK_K_False: next(p); return constant(p, t, vm->False);
    case TK_K_None: next(p); return constant(p, t, vm->None);
    case TK_ELLIPSIS: next(p); return constant(p, t, vm->Ellipsis);
    case TK_NUMBER:
        next(p);
        return constant(p, t, sp_parse_number(p, tok_text(p, t)));
    case TK_STRING: {
        size_t i = p->pos;
        while (kind(p) == TK_STRING)
            next(p);
        return sp_parse_strings(p, i, p->pos);
    }
    case TK_LPAR: {
        next(p);
        enter(p);
        if (kind(p) == TK_RPAR) {
            next(p);
            sp_node *n = mk(p, SP_AST_Tuple, t);
            n->u.Tuple.elts = new_list(p);
            n->u.Tuple.ctx = sp_small(SP_CTX_LOAD);
            leave(p);
            return (sp_val)n;
        }
        if (kind(p) == TK_K_yield) {
            sp_val y = yield_expr(p);
            expect(p, TK_RPAR);
            leave(p);
            return y;
        }
        sp_val first = star_named_expression(p);
        if (kind(p) == TK_K_for || (kind(p) == TK_K_async && kind_at(p, 1) == TK_K_for)) {
            if (N(first)->kind == SP_AST_Starred)
                node_error(p, N(first), "iterable unpacking cannot be used in comprehension");
            sp_val g = genexp_after(p, t, first);
            leave(p);
            return g;
        }
        if (kind(p) == TK_RPAR) {
            next(p);
            leave(p);
            if (N(first)->kind == SP_AST_Starred)
                node_error(p, N(first), "cannot use starred expression here");
            return first;
        }
        if (kind(p) != TK_COMMA) {
            maybe_forgot_comma(p, N(first));
            syntax_error(p);
        }
        sp_val r = display_rest(p, t, first, TK_RPAR, SP_AST_Tuple, SP_AST_GeneratorExp);
        leave(p);
        return r;
    }
    case TK_LSQB: {
        next(p);
        enter(p);
        sp_val r;
        if (kind(p) == TK_RSQB) {
            next(p);
            sp_node *n = mk(p, SP_AST_List, t);
            n->u.List.elts = new_list(p);
            n->u.List.ctx = sp_small(SP_CTX_LOAD);
            r = (sp_val)n;
        } else {
            sp_val first = star_named_expression(p);
            r = display_rest(p, t, first, TK_RSQB, SP_AST_List, SP_AST_ListComp);
        }
        leave(p);
        return r;
    }
    case TK_LBRACE: {
        next(p);
        enter(p);
        sp_val r;
        if (kind(p) == TK_RBRACE) {
            next(p);
            sp_node *n = mk(p, SP_AST_Dict, t);
            n->u.Dict.keys = new_list(p);
            n->u.Dict.values = new_list(p);
            r = (sp_val)n;
        } else if (accept(p, TK_DOUBLESTAR)) {
            sp_val v = bitwise_or(p);
            r = dict_rest(p, t, NULL, v);
        } else {
            sp_token fs = cur(p);
            sp_val first = star_named_expression(p);
            if (kind(p) == TK_COLON && N(first)->kind != SP_AST_Starred && (N(first)->kind != SP_AST_NamedExpr || fs.kind == TK_LPAR)) {
                next(p);
                sp_val v = expression(p);
                r = dict_rest(p, t, first, v);
            } else {
                r = display_rest(p, t, first, TK_RBRACE, SP_AST_Set, SP_AST_SetComp);
            }
        }
        leave(p);
        return r;
    }
    default:
        syntax_error(p);
    }
}

/* for_if_clauses */
static sp_val comprehension_clauses(sp_parser *p)
{
    sp_val gens = new_list(p);
    for (;;) {
        bool is_async = false;
        if (kind(p) == TK_K_async && kind_at(p, 1) == TK_K_for) {
            next(p);
            is_async = true;
        } else if (kind(p) != TK_K_for) {
            break;
        }
        next(p);   /* 'for' */
        size_t tpos = p->pos;
        sp_val target = star_targets(p);
        if (kind(p) != TK_K_in) {
            /* CPython's invalid_for_target re-reads the target as
             * expressions (which reports adjacent expressions) */
            p->pos = tpos;
            star_expressions(p);
            syntax_error(p);
        }
        next(p);
        sp_val iter = disjunction(p);
        sp_val ifs = new_list(p);
        while (accept(p, TK_K_if))
            add(p, ifs, disjunction(p));
        sp_node *c = sp_node_new(p->vm, SP_AST_comprehension, 0, 0, 0, 0);
        c->u.comprehension.target = target;
        c->u.comprehension.iter = iter;
        c->u.comprehension.ifs = ifs;
        c->u.comprehension.is_async = sp_small(is_async);
        add(p, gens, (sp_val)c);
    }
    return gens;
}

sp_val yield_expr(sp_parser *p)
{
    sp_token s = next(p);   /* 'yield' */
    if (accept(p, TK_K_from)) {
        sp_val v = expression(p);
        sp_node *n = mk(p, SP_AST_YieldFrom, s);
        n->u.YieldFrom.value = v;
        return (sp_val)n;
    }
    sp_val v = NULL;
    int k = kind(p);
    if (starts_expr(k))
        v = star_expressions(p);
    sp_node *n = mk(p, SP_AST_Yield, s);
    n->u.Yield.value = v;
    return (sp_val)n;
}

/* ---- lambda and def parameters --------------------------------------------------- */

static sp_val param(sp_parser *p, bool annotations, bool star_ann)
{
    sp_token s = cur(p);
    if (s.kind != TK_NAME)
        syntax_error(p);
    sp_val name = ident(p, next(p));
    sp_val ann = NULL;
    if (annotations && accept(p, TK_COLON)) {
        if (star_ann && kind(p) == TK_STAR)
            ann = starred(p);
        else
            ann = expression(p);
    }
    sp_node *a = mk(p, SP_AST_arg, s);
    a->u.arg.arg = name;
    a->u.arg.annotation = ann;
    return (sp_val)a;
}

sp_val parameters(sp_parser *p, int close, bool annotations)
{
    sp_val posonly = new_list(p), args = new_list(p), kwonly = new_list(p);
    sp_val kw_defaults = new_list(p), defaults = new_list(p);
    sp_val vararg = NULL, kwarg = NULL;
    bool star = false, seen_default = false, seen_slash = false, default_after_slash = false;
    while (kind(p) != close) {
        sp_token s = cur(p);
        if (s.kind == TK_SLASH) {
            if (seen_slash)
                tok_error(p, s, "/ may appear only once");
            if (star)
                tok_error(p, s, "/ must be ahead of *");
            if (sp_list_len(args) == 0) {
                if (kind_at(p, 1) == TK_COMMA)
                    tok_error(p, s, "at least one argument must precede /");
                p->furthest = p->pos;
                syntax_error(p);
            }
            next(p);
            seen_slash = true;
            posonly = args;
            args = new_list(p);
        } else if (s.kind == TK_STAR) {
            if (star)
                tok_error(p, s, "* argument may appear only once");
            next(p);
            star = true;
            if (kind(p) == TK_NAME) {
                vararg = param(p, annotations, true);
            } else if (kind(p) == close || (kind(p) == TK_COMMA && (kind_at(p, 1) == close || kind_at(p, 1) == TK_DOUBLESTAR))) {
                tok_error(p, s, "named arguments must follow bare *");
            } else if (kind(p) != TK_COMMA) {
                if (kind(p) == TK_EQUAL)
                    tok_error(p, cur(p), "var-positional argument cannot have default value");
                syntax_error(p);
            }
            if (kind(p) == TK_EQUAL)
                tok_error(p, cur(p), "var-positional argument cannot have default value");
        } else if (s.kind == TK_DOUBLESTAR) {
            next(p);
            kwarg = param(p, annotations, false);
            if (kind(p) == TK_EQUAL)
                tok_error(p, cur(p), "var-keyword argument cannot have default value");
            accept(p, TK_COMMA);
            if (kind(p) != close) {
                sp_token t = cur(p);
                if (t.kind == TK_NAME || t.kind == TK_STAR || t.kind == TK_DOUBLESTAR || t.kind == TK_SLASH)
                    tok_error(p, t, "arguments cannot follow var-keyword argument");
                syntax_error(p);
            }
            break;
        } else {
            sp_val a = param(p, annotations, false);
            sp_val def = NULL;
            if (kind(p) == TK_EQUAL) {
                sp_token eq = next(p);
                if (kind(p) == TK_COMMA || kind(p) == close)
                    tok_error(p, eq, "expected default value expression");
                def = expression(p);
            }
            if (star) {
                add(p, kwonly, a);
                add(p, kw_defaults, def);
            } else {
                if (def) {
                    seen_default = true;
                    if (seen_slash)
                        default_after_slash = true;
                    add(p, defaults, def);
                } else if (seen_default) {
                    /* CPython's rule only matches when the defaults are one
                     * run (before a '/', or without one) */
                    if (default_after_slash) {
                        p->furthest = p->pos;
                        syntax_error(p);
                    }
                    node_error(p, N(a), "non-default argument follows default argument");
                }
                add(p, args, a);
            }
        }
        if (!accept(p, TK_COMMA))
            break;
    }
    if (kind(p) != close) {
        if (close == TK_COLON)
            expect_colon(p);
        syntax_error(p);
    }
    sp_node *n = sp_node_new(p->vm, SP_AST_arguments, 0, 0, 0, 0);
    n->u.arguments.posonlyargs = posonly;
    n->u.arguments.args = args;
    n->u.arguments.vararg = vararg;
    n->u.arguments.kwonlyargs = kwonly;
    n->u.arguments.kw_defaults = kw_defaults;
    n->u.arguments.kwarg = kwarg;
    n->u.arguments.defaults = defaults;
    return (sp_val)n;
}

static sp_val lambdef(sp_parser *p)
{
    enter(p);
    sp_token s = next(p);   /* 'lambda' */
    sp_val args = parameters(p, TK_COLON, false);
    expect_colon(p);
    sp_val body = expression(p);
    sp_node *n = mk(p, SP_AST_Lambda, s);
    n->u.Lambda.args = args;
    n->u.Lambda.body = body;
    leave(p);
    return (sp_val)n;
}

/* ---- assignment targets (for, with, comprehensions, del) ------------------------ */

sp_val primary_target(sp_parser *p)
{
    return primary(p, true);
}

sp_val star_target(sp_parser *p)
{
    if (kind(p) == TK_STAR) {
        sp_token s = next(p);
        enter(p);
        sp_val v = star_target(p);
        leave(p);
        sp_node *n = mk(p, SP_AST_Starred, s);
        n->u.Starred.value = v;
        n->u.Starred.ctx = sp_small(SP_CTX_STORE);
        to_target(p, n, SP_CTX_STORE);
        return (sp_val)n;
    }
    sp_val t = primary_target(p);
    to_target(p, N(t), SP_CTX_STORE);
    return t;
}

static bool starts_target(int k)
{
    return k == TK_NAME || k == TK_LPAR || k == TK_LSQB || k == TK_STAR;
}

sp_val star_targets(sp_parser *p)
{
    sp_token s = cur(p);
    sp_val first = star_target(p);
    if (kind(p) != TK_COMMA)
        return first;
    sp_val elts = new_list(p);
    add(p, elts, first);
    while (accept(p, TK_COMMA)) {
        if (!starts_target(kind(p)))
            break;
        add(p, elts, star_target(p));
    }
    sp_node *t = mk(p, SP_AST_Tuple, s);
    t->u.Tuple.elts = elts;
    t->u.Tuple.ctx = sp_small(SP_CTX_STORE);
    return (sp_val)t;
}

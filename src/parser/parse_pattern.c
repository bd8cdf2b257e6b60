/* match-statement patterns (PEP 634), CPython 3.11 grammar. */
#include "parse_int.h"

static sp_val pattern(sp_parser *p);

static sp_node *expr_const(sp_parser *p, sp_token t, sp_val v)
{
    sp_node *n = mk(p, SP_AST_Constant, t);
    n->u.Constant.value = v;
    return n;
}

/* signed_number ['+'|'-' NUMBER] : a Constant, UnaryOp or BinOp */
static sp_val literal_number(sp_parser *p)
{
    sp_token s = cur(p);
    sp_val e;
    if (s.kind == TK_MINUS) {
        next(p);
        sp_token nt = expect(p, TK_NUMBER);
        sp_node *c = expr_const(p, nt, sp_parse_number(p, tok_text(p, nt)));
        sp_node *u = mk(p, SP_AST_UnaryOp, s);
        u->u.UnaryOp.op = sp_small(SP_UNARY_USUB);
        u->u.UnaryOp.operand = (sp_val)c;
        e = (sp_val)u;
    } else {
        sp_token nt = expect(p, TK_NUMBER);
        e = (sp_val)expr_const(p, nt, sp_parse_number(p, tok_text(p, nt)));
    }
    if (kind(p) == TK_PLUS || kind(p) == TK_MINUS) {
        int op = kind(p) == TK_PLUS ? SP_OP_ADD : SP_OP_SUB;
        next(p);
        sp_token nt = expect(p, TK_NUMBER);
        sp_node *c = expr_const(p, nt, sp_parse_number(p, tok_text(p, nt)));
        sp_node *b = mk(p, SP_AST_BinOp, s);
        b->u.BinOp.left = e;
        b->u.BinOp.op = sp_small(op);
        b->u.BinOp.right = (sp_val)c;
        e = (sp_val)b;
    }
    return e;
}

/* NAME ('.' NAME)* as Name / Attribute nodes */
static sp_val name_or_attr(sp_parser *p)
{
    sp_token s0 = cur(p);
    sp_val e = atom_name(p);
    while (kind(p) == TK_DOT) {
        next(p);
        sp_val attr = name_tok(p);
        sp_node *a = mk(p, SP_AST_Attribute, s0);
        a->u.Attribute.value = e;
        a->u.Attribute.attr = attr;
        a->u.Attribute.ctx = sp_small(SP_CTX_LOAD);
        e = (sp_val)a;
    }
    return e;
}

static sp_val strings_literal(sp_parser *p)
{
    size_t i = p->pos;
    while (kind(p) == TK_STRING)
        next(p);
    sp_val s = sp_parse_strings(p, i, p->pos);
    if (N(s)->kind == SP_AST_JoinedStr)
        node_error(p, N(s), "patterns may only match literals and attribute lookups");
    return s;
}

/* A mapping key: a literal or a value pattern (dotted name). */
static sp_val mapping_key(sp_parser *p)
{
    sp_token s = cur(p);
    switch (s.kind) {
    case TK_NUMBER: case TK_MINUS: return literal_number(p);
    case TK_STRING: return strings_literal(p);
    case TK_K_None: next(p); return (sp_val)expr_const(p, s, p->vm->None);
    case TK_K_True: next(p); return (sp_val)expr_const(p, s, p->vm->True);
    case TK_K_False: next(p); return (sp_val)expr_const(p, s, p->vm->False);
    case TK_NAME: {
        sp_val e = name_or_attr(p);
        if (N(e)->kind == SP_AST_Name)
            syntax_error(p);
        return e;
    }
    default:
        syntax_error(p);
    }
}

static sp_val capture_name(sp_parser *p)
{
    sp_token t = cur(p);
    if (t.kind != TK_NAME)
        syntax_error(p);
    if (sp_cbytes_eq_cstr(tok_text(p, t), "_"))
        tok_error(p, t, "cannot use '_' as a target");
    return name_tok(p);
}

static sp_val star_pattern(sp_parser *p)
{
    sp_token s = next(p);   /* '*' */
    sp_token t = cur(p);
    if (t.kind != TK_NAME)
        syntax_error(p);
    next(p);
    sp_node *n = mk(p, SP_AST_MatchStar, s);
    if (!sp_cbytes_eq_cstr(tok_text(p, t), "_"))
        n->u.MatchStar.name = ident(p, t);
    return (sp_val)n;
}

static sp_val maybe_star_pattern(sp_parser *p)
{
    if (kind(p) == TK_STAR)
        return star_pattern(p);
    return pattern(p);
}

/* patterns inside [...] or (...) after the opening bracket */
static sp_val sequence_items(sp_parser *p, int close, sp_token open, bool paren)
{
    sp_val pats = new_list(p);
    if (kind(p) == close) {
        next(p);
        sp_node *n = mk(p, SP_AST_MatchSequence, open);
        n->u.MatchSequence.patterns = pats;
        return (sp_val)n;
    }
    sp_val first = maybe_star_pattern(p);
    if (paren && kind(p) == close && N(first)->kind != SP_AST_MatchStar) {
        next(p);
        return first;   /* a group pattern */
    }
    add(p, pats, first);
    while (accept(p, TK_COMMA)) {
        if (kind(p) == close)
            break;
        add(p, pats, maybe_star_pattern(p));
    }
    expect(p, close);
    sp_node *n = mk(p, SP_AST_MatchSequence, open);
    n->u.MatchSequence.patterns = pats;
    return (sp_val)n;
}

static sp_val mapping_pattern(sp_parser *p)
{
    sp_token s = next(p);   /* '{' */
    sp_val keys = new_list(p), pats = new_list(p), rest = NULL;
    while (kind(p) != TK_RBRACE) {
        if (kind(p) == TK_DOUBLESTAR) {
            next(p);
            rest = capture_name(p);
            accept(p, TK_COMMA);
            if (kind(p) != TK_RBRACE)
                syntax_error(p);
            break;
        }
        add(p, keys, mapping_key(p));
        expect(p, TK_COLON);
        add(p, pats, pattern(p));
        if (!accept(p, TK_COMMA))
            break;
    }
    expect(p, TK_RBRACE);
    sp_node *n = mk(p, SP_AST_MatchMapping, s);
    n->u.MatchMapping.keys = keys;
    n->u.MatchMapping.patterns = pats;
    n->u.MatchMapping.rest = rest;
    return (sp_val)n;
}

static sp_val class_pattern(sp_parser *p, sp_val cls)
{
    next(p);   /* '(' */
    sp_val pats = new_list(p), attrs = new_list(p), kpats = new_list(p);
    while (kind(p) != TK_RPAR) {
        if (kind(p) == TK_NAME && kind_at(p, 1) == TK_EQUAL) {
            add(p, attrs, name_tok(p));
            next(p);
            add(p, kpats, pattern(p));
        } else {
            sp_val pt = pattern(p);
            if (sp_list_len(attrs) > 0)
                node_error(p, N(pt), "positional patterns follow keyword patterns");
            add(p, pats, pt);
        }
        if (!accept(p, TK_COMMA))
            break;
    }
    expect(p, TK_RPAR);
    sp_node *n = mk_from(p, SP_AST_MatchClass, N(cls));
    n->u.MatchClass.cls = cls;
    n->u.MatchClass.patterns = pats;
    n->u.MatchClass.kwd_attrs = attrs;
    n->u.MatchClass.kwd_patterns = kpats;
    return (sp_val)n;
}

static sp_val closed_pattern(sp_parser *p)
{
    sp_token s = cur(p);
    sp_node *n;
    switch (s.kind) {
    case TK_NUMBER: case TK_MINUS: {
        sp_val v = literal_number(p);
        n = mk(p, SP_AST_MatchValue, s);
        n->u.MatchValue.value = v;
        return (sp_val)n;
    }
    case TK_STRING: {
        sp_val v = strings_literal(p);
        n = mk(p, SP_AST_MatchValue, s);
        n->u.MatchValue.value = v;
        return (sp_val)n;
    }
    case TK_K_None: case TK_K_True: case TK_K_False:
        next(p);
        n = mk(p, SP_AST_MatchSingleton, s);
        n->u.MatchSingleton.value = s.kind == TK_K_None ? p->vm->None : s.kind == TK_K_True ? p->vm->True : p->vm->False;
        return (sp_val)n;
    case TK_LPAR: {
        next(p);
        enter(p);
        sp_val r = sequence_items(p, TK_RPAR, s, true);
        leave(p);
        return r;
    }
    case TK_LSQB: {
        next(p);
        enter(p);
        sp_val r = sequence_items(p, TK_RSQB, s, false);
        leave(p);
        return r;
    }
    case TK_LBRACE: {
        enter(p);
        sp_val r = mapping_pattern(p);
        leave(p);
        return r;
    }
    case TK_NAME: {
        int k1 = kind_at(p, 1);
        if (k1 != TK_DOT && k1 != TK_LPAR) {
            next(p);
            n = mk(p, SP_AST_MatchAs, s);
            if (!sp_cbytes_eq_cstr(tok_text(p, s), "_"))
                n->u.MatchAs.name = ident(p, s);
            return (sp_val)n;
        }
        sp_val e = name_or_attr(p);
        if (kind(p) == TK_LPAR) {
            enter(p);
            sp_val r = class_pattern(p, e);
            leave(p);
            return r;
        }
        n = mk(p, SP_AST_MatchValue, s);
        n->u.MatchValue.value = e;
        return (sp_val)n;
    }
    default:
        syntax_error(p);
    }
}

static sp_val pattern(sp_parser *p)
{
    enter(p);
    sp_token s = cur(p);
    sp_val first = closed_pattern(p);
    if (kind(p) == TK_VBAR) {
        sp_val pats = new_list(p);
        add(p, pats, first);
        while (accept(p, TK_VBAR))
            add(p, pats, closed_pattern(p));
        sp_node *o = mk(p, SP_AST_MatchOr, s);
        o->u.MatchOr.patterns = pats;
        first = (sp_val)o;
    }
    if (kind(p) == TK_K_as) {
        next(p);
        sp_val name = capture_name(p);
        sp_node *a = mk(p, SP_AST_MatchAs, s);
        a->u.MatchAs.pattern = first;
        a->u.MatchAs.name = name;
        first = (sp_val)a;
    }
    leave(p);
    return first;
}

sp_val patterns(sp_parser *p)
{
    sp_token s = cur(p);
    sp_val first = maybe_star_pattern(p);
    if (kind(p) != TK_COMMA) {
        if (N(first)->kind == SP_AST_MatchStar)
            syntax_error(p);
        return first;
    }
    sp_val pats = new_list(p);
    add(p, pats, first);
    while (accept(p, TK_COMMA)) {
        if (kind(p) == TK_COLON || kind(p) == TK_K_if)
            break;
        add(p, pats, maybe_star_pattern(p));
    }
    sp_node *n = mk(p, SP_AST_MatchSequence, s);
    n->u.MatchSequence.patterns = pats;
    return (sp_val)n;
}

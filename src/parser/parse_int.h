/* Helpers shared by parser.c, parse_expr.c and parse_pattern.c. */
#ifndef SP_PARSE_INT_H
#define SP_PARSE_INT_H

#include "parser.h"

/* CPython 3.11's parser gives up with a bare MemoryError past MAXSTACK
 * (6000) nested rules; we count nesting levels of the grammar (a little
 * coarser) and do the same.  The C stack guard still applies below it. */
#define SP_PARSER_MAXDEPTH 6000

/* Every look at a token goes through here: CPython reports a generic
 * syntax error at the furthest token its parser fetched, so we remember
 * the furthest one looked at (across backtracking too).  Inline, as the
 * token reads (parser.h). */
static inline sp_token look(sp_parser *p, size_t i)
{
    if (i > p->furthest)
        p->furthest = i;
    return sp_tok_get(p, i);
}

static inline sp_token cur(sp_parser *p) { return look(p, p->pos); }

static inline int look_kind(sp_parser *p, size_t i)
{
    if (i > p->furthest)
        p->furthest = i;
    return sp_tok_kind(p, i);
}

static inline int kind(sp_parser *p) { return look_kind(p, p->pos); }
static inline int kind_at(sp_parser *p, size_t ahead) { return look_kind(p, p->pos + ahead); }

static inline sp_token next(sp_parser *p)
{
    sp_token t = cur(p);
    if (p->pos < p->ntoks - 1)
        p->pos++;
    if (t.kind != TK_NEWLINE && t.kind != TK_INDENT && t.kind != TK_DEDENT && t.kind != TK_ENDMARKER)
        p->last = p->pos;   /* index + 1 of the last significant token */
    return t;
}
bool accept(sp_parser *p, int k);
sp_token expect(sp_parser *p, int k);
void expect_colon(sp_parser *p);
void expect_colon_forced(sp_parser *p);
sp_cbytes tok_text(sp_parser *p, sp_token t);
bool is_soft(sp_parser *p, const char *word);
_Noreturn void syntax_error(sp_parser *p);
void check_unclosed(sp_parser *p, sp_token at);
_Noreturn void tok_error(sp_parser *p, sp_token t, const char *fmt, ...);
_Noreturn void node_error(sp_parser *p, sp_node *n, const char *fmt, ...);
int32_t indent_col(sp_parser *p, sp_token t);

sp_node *mk(sp_parser *p, sp_ast_kind k, sp_token s);
sp_node *mk_from(sp_parser *p, sp_ast_kind k, sp_node *s);
sp_node *N(sp_val v);
sp_val new_list(sp_parser *p);
void add(sp_parser *p, sp_val list, sp_val v);
sp_val ident(sp_parser *p, sp_token t);
sp_val name_tok(sp_parser *p);
void enter(sp_parser *p);
/* Run fn(p->vm, ud) as a speculative parse (a PEG alternative that may
 * not match): true if it returned; false, with the position, the last
 * token and the depth restored, if it raised a SyntaxError -- built
 * cheaply, it is thrown away.  Any other exception goes on up. */
bool speculate(sp_parser *p, sp_val (*fn)(sp_vm *vm, void *ud), void *ud);
void leave(sp_parser *p);

const char *expr_name(sp_parser *p, sp_node *e);
void set_ctx(sp_parser *p, sp_node *e, int ctx);
void to_target(sp_parser *p, sp_node *e, int ctx);

/* parse_expr.c */
sp_val star_expressions(sp_parser *p);
sp_val star_expressions_plain(sp_parser *p);
sp_val star_expression(sp_parser *p);
sp_val star_named_expression(sp_parser *p);
sp_val named_expression(sp_parser *p);
sp_val expression(sp_parser *p);
sp_val disjunction(sp_parser *p);
sp_val bitwise_or(sp_parser *p);
sp_val yield_expr(sp_parser *p);
sp_val star_targets(sp_parser *p);
sp_val star_target(sp_parser *p);
sp_val primary_target(sp_parser *p);
sp_val parameters(sp_parser *p, int close, bool annotations);
void call_args(sp_parser *p, sp_val args, sp_val keywords, sp_token *open);
void invalid_after_expression(sp_parser *p, sp_node *st);
void legacy_check(sp_parser *p, sp_node *prev);
void adjacent_expressions(sp_parser *p, sp_token s0, sp_node *a);
bool starts_expr(int k);
sp_val atom_name(sp_parser *p);

/* parse_pattern.c */
sp_val patterns(sp_parser *p);

#endif

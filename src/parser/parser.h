/* Internal interface of the front end: tokens, the parser state, and the
 * helpers shared by the tokenizer, the parser and the literal decoder.
 *
 * The tokenizer turns the whole source into a token array before parsing
 * starts.  CPython tokenizes on demand, but when it finds a syntax error it
 * tokenizes the rest of the file and reports a tokenizer error instead if
 * there is one; tokenizing first gives the same answer and lets the parser
 * backtrack (soft keywords, parenthesized with-items) by resetting an index.
 *
 * Tokens are stored as small ints in a GC valarray (TOKW words per token) so
 * the array lives in the heap and is reached only through checked spans.
 */
#ifndef SP_PARSER_H
#define SP_PARSER_H

#include "ast.h"

/* Token kinds.  Keywords have their own kinds; soft keywords (match, case,
 * _) are NAMEs. */
#define SP_TOKENS(X)                                                        \
    X(ENDMARKER) X(NAME) X(NUMBER) X(STRING) X(NEWLINE) X(INDENT) X(DEDENT) \
    X(LPAR) X(RPAR) X(LSQB) X(RSQB) X(LBRACE) X(RBRACE) X(COLON) X(COMMA)   \
    X(SEMI) X(PLUS) X(MINUS) X(STAR) X(SLASH) X(VBAR) X(AMPER) X(LESS)      \
    X(GREATER) X(EQUAL) X(DOT) X(PERCENT) X(EQEQUAL) X(NOTEQUAL)            \
    X(LESSEQUAL) X(GREATEREQUAL) X(TILDE) X(CIRCUMFLEX) X(LEFTSHIFT)        \
    X(RIGHTSHIFT) X(DOUBLESTAR) X(PLUSEQUAL) X(MINEQUAL) X(STAREQUAL)       \
    X(SLASHEQUAL) X(PERCENTEQUAL) X(AMPEREQUAL) X(VBAREQUAL)                \
    X(CIRCUMFLEXEQUAL) X(LEFTSHIFTEQUAL) X(RIGHTSHIFTEQUAL)                 \
    X(DOUBLESTAREQUAL) X(DOUBLESLASH) X(DOUBLESLASHEQUAL) X(AT) X(ATEQUAL)  \
    X(RARROW) X(ELLIPSIS) X(COLONEQUAL) X(BANG) X(ERRORTOKEN)               \
    /* keywords */                                                          \
    X(K_False) X(K_None) X(K_True) X(K_and) X(K_as) X(K_assert) X(K_async)  \
    X(K_await) X(K_break) X(K_class) X(K_continue) X(K_def) X(K_del)        \
    X(K_elif) X(K_else) X(K_except) X(K_finally) X(K_for) X(K_from)         \
    X(K_global) X(K_if) X(K_import) X(K_in) X(K_is) X(K_lambda)             \
    X(K_nonlocal) X(K_not) X(K_or) X(K_pass) X(K_raise) X(K_return)         \
    X(K_try) X(K_while) X(K_with) X(K_yield)

typedef enum sp_tok {
#define SP_TOK_ENUM(name) TK_##name,
    SP_TOKENS(SP_TOK_ENUM)
#undef SP_TOK_ENUM
    TK_COUNT
} sp_tok;

/* Words per token in the token array. */
enum { TW_KIND, TW_START, TW_END, TW_LINE, TW_COL, TW_ELINE, TW_ECOL, TOKW };

typedef struct sp_token {
    int kind;
    size_t start, end;          /* byte offsets into the source */
    int32_t lineno, col;        /* col: UTF-8 byte offset in the line */
    int32_t end_lineno, end_col;
} sp_token;

/* The parser (and tokenizer) state.  Lives on the C stack, so the values
 * it holds are roots. */
typedef struct sp_parser {
    sp_vm *vm;
    sp_cbytes src;              /* the whole source */
    sp_val filename;
    sp_val toks;                /* valarray of small ints, TOKW per token */
    size_t ntoks;
    size_t pos;                 /* next token */
    size_t last;                /* last consumed significant token (+1), 0 none */
    size_t furthest;            /* the furthest token looked at */
    int depth;                  /* nesting of expressions (CPython's limit) */
    int in_fstring;             /* > 0 while parsing an f-string expression */
    sp_val bare_tuple;          /* the last tuple built without parentheses */
    int mode;                   /* sp_compile_mode */
    /* A tokenizer error CPython reports only when the parser reaches it
     * (indentation, line continuation: its tokenizer sets a done-code
     * instead of raising).  The token array ends with an ERRORTOKEN there. */
    sp_type *def_type;
    sp_val def_exc;             /* a SyntaxError the tokenizer raised */
    bool no_full_check;         /* error at INDENT/DEDENT: keep it */
    sp_val def_msg;
    int32_t def_line, def_col, def_eline, def_ecol;
    /* Tokenizer errors show the line without its newline, parser errors
     * with it: that is what CPython's SyntaxError.text holds. */
    bool tok_err_text;
    /* > 0 inside a speculative parse (sp_pcall whose exception is thrown
     * away): a SyntaxError raised there is not built in full. */
    int speculating;
    /* > 0 while parsing CPython's expression_without_invalid (the second
     * of two adjacent expressions): no error rules, and a call or
     * subscript that does not parse ends the primary before it. */
    int no_invalid;
    /* adjacent_expressions' speculative parses that came back without an
     * error, by token index: 0 not tried, d + 1 tried at depth d (valarray
     * of small ints, made on first use).  Without it a parse that fails
     * deep inside nested brackets re-runs every enclosing speculation and
     * the time doubles per level. */
    sp_val adj_memo;
    /* level_after's table: bracket nesting after each token (valarray of
     * small ints, made on first use). */
    sp_val levels;
    /* sp_tok_unclosed's answer: 0 not computed, 1 none, 2 `unclosed`. */
    int unclosed_state;
    sp_token unclosed;
    /* Tokenizer-only state. */
    int32_t fs_line, fs_col;    /* origin of an f-string sub-tokenization */
} sp_parser;

/* tokenizer.c */
/* Tokenize src[start:end] (an f-string expression when `fexpr`: implicit
 * line joining, no INDENT/NEWLINE) starting at (lineno, col). */
void sp_tokenize(sp_parser *p, size_t start, size_t end, int32_t lineno, int32_t col, bool fexpr);
/* Token i (past the end: the ENDMARKER, which repeats).  Inline: the
 * parser looks at tokens all the time, and most looks use a field or two
 * (the others' reads go when inlined). */
static inline sp_token sp_tok_get(sp_parser *p, size_t i)
{
    sp_token t;
    if (i >= p->ntoks)
        i = p->ntoks - 1;
    sp_vals s = sp_vals_sub(sp_valarray_span((sp_valarray *)p->toks), i * TOKW, TOKW);
    t.kind = (int)sp_small_get(sp_vals_get(s, TW_KIND));
    t.start = (size_t)sp_small_get(sp_vals_get(s, TW_START));
    t.end = (size_t)sp_small_get(sp_vals_get(s, TW_END));
    t.lineno = (int32_t)sp_small_get(sp_vals_get(s, TW_LINE));
    t.col = (int32_t)sp_small_get(sp_vals_get(s, TW_COL));
    t.end_lineno = (int32_t)sp_small_get(sp_vals_get(s, TW_ELINE));
    t.end_col = (int32_t)sp_small_get(sp_vals_get(s, TW_ECOL));
    return t;
}

/* Only the kind of token i: the parser's most frequent look (kind(),
 * kind_at()) decodes one word instead of seven. */
static inline int sp_tok_kind(sp_parser *p, size_t i)
{
    if (i >= p->ntoks)
        i = p->ntoks - 1;
    sp_vals s = sp_vals_sub(sp_valarray_span((sp_valarray *)p->toks), i * TOKW, TOKW);
    return (int)sp_small_get(sp_vals_get(s, TW_KIND));
}
/* Append an ERRORTOKEN at source offset `at` (a deferred tokenizer error). */
void tok_push_error(sp_parser *p, size_t at);
/* Line `lineno` of the source (without its newline) as a span; for errors. */
sp_cbytes sp_src_line(sp_parser *p, int32_t lineno, size_t *line_start);
/* Raise SyntaxError (or `type`) at the given 1-based line and 0-based byte
 * columns; the end may be 0/-1 for "unknown". */
_Noreturn void sp_syntax_error_at(sp_parser *p, sp_type *type, int32_t lineno, int32_t col, int32_t end_lineno, int32_t end_col, const char *fmt, ...);
const char *sp_tok_name(int kind);
/* The innermost bracket still open at the end of the source. */
bool sp_tok_unclosed(sp_parser *p, sp_token *out);
/* Raise "'(' was never closed" for the bracket token u. */
_Noreturn void sp_unclosed_error(sp_parser *p, sp_token u);
bool sp_cbytes_eq_cstr(sp_cbytes a, const char *s);
sp_cbytes sp_cstr_span(const char *s);

/* strings.c: decode the STRING tokens ti..tj-1 (implicitly concatenated)
 * into a Constant or JoinedStr node. */
sp_val sp_parse_strings(sp_parser *p, size_t ti, size_t tj);
/* parser.c: parse an f-string replacement field's expression (source bytes
 * start..end) into an expression node. */
sp_val sp_parse_fstring_expr(sp_parser *p, size_t start, size_t end, int32_t lineno, int32_t col);
/* unicode_names.c: the code point named `name` (\N{name}), or -1. */
int32_t sp_unicode_lookup(sp_cbytes name);
/* Decode a NUMBER token's text into an int, float or complex. */
sp_val sp_parse_number(sp_parser *p, sp_cbytes text);

#endif

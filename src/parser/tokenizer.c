/* The tokenizer: source bytes -> the token array of sp_parser.
 *
 * It follows CPython 3.11's tokenizer: INDENT/DEDENT from a stack of
 * indentation columns (tabs to multiples of 8, and a second stack with
 * tabs counted as 1 column to detect inconsistent use, TabError), implicit
 * line joining inside brackets, backslash continuation, comments, and the
 * same error messages.  An f-string replacement field's expression is
 * tokenized with the same code, as if it were inside parentheses.
 */
#include <stdio.h>
#include <string.h>
#include "parser.h"

#define MAXLEVEL 200    /* CPython's MAXLEVEL: nested brackets */
#define MAXINDENT 100   /* CPython's MAXINDENT: indentation levels */

sp_cbytes sp_cstr_span(const char *s)
{
    return sp_cbytes_of_cstr(s);
}

bool sp_cbytes_eq_cstr(sp_cbytes a, const char *s)
{
    return sp_cbytes_eq(a, sp_cstr_span(s));
}

/* ---- the token array ---------------------------------------------------- */

static void tok_push(sp_parser *p, int kind, size_t start, size_t end, int32_t line, int32_t col, int32_t eline, int32_t ecol)
{
    sp_vm *vm = p->vm;
    size_t need = sp_size_mul_or_raise(vm, p->ntoks + 1, TOKW);
    sp_valarray *a = (sp_valarray *)p->toks;
    if (a == NULL || a->cap < need) {
        size_t cap = a == NULL ? 64 * TOKW : sp_size_mul_or_raise(vm, a->cap, 2);
        sp_valarray *n = sp_valarray_new(vm, cap);
        if (a != NULL)
            sp_vals_copy(sp_valarray_span(n), sp_vals_sub(sp_valarray_span(a), 0, p->ntoks * TOKW));
        p->toks = (sp_val)n;
        a = n;
    }
    sp_vals s = sp_vals_sub(sp_valarray_span(a), p->ntoks * TOKW, TOKW);
    sp_vals_set(s, TW_KIND, sp_small(kind));
    sp_vals_set(s, TW_START, sp_small((int64_t)start));
    sp_vals_set(s, TW_END, sp_small((int64_t)end));
    sp_vals_set(s, TW_LINE, sp_small(line));
    sp_vals_set(s, TW_COL, sp_small(col));
    sp_vals_set(s, TW_ELINE, sp_small(eline));
    sp_vals_set(s, TW_ECOL, sp_small(ecol));
    p->ntoks++;
    p->unclosed_state = 0;   /* the caches over the tokens are stale */
    p->levels = NULL;
    p->adj_memo = NULL;
}

void tok_push_error(sp_parser *p, size_t at)
{
    int32_t line = 1, col = 0;
    if (p->ntoks > 0) {
        sp_token t = sp_tok_get(p, p->ntoks - 1);
        line = t.end_lineno;
        col = t.end_col < 0 ? 0 : t.end_col;
    }
    tok_push(p, TK_ERRORTOKEN, at, at, line, col, line, col);
}

const char *sp_tok_name(int kind)
{
    switch (kind) {
#define SP_TOK_NAME(name) case TK_##name: return #name;
    SP_TOKENS(SP_TOK_NAME)
#undef SP_TOK_NAME
    default: return "?";
    }
}

/* ---- errors --------------------------------------------------------------- */

sp_cbytes sp_src_line(sp_parser *p, int32_t lineno, size_t *line_start)
{
    size_t i = 0, n = p->src.len;
    int32_t l = 1;
    while (l < lineno && i < n) {
        if (sp_cbytes_get(p->src, i) == '\n')
            l++;
        i++;
    }
    size_t j = i;
    while (j < n && sp_cbytes_get(p->src, j) != '\n')
        j++;
    if (line_start)
        *line_start = i;
    return sp_cbytes_sub(p->src, i, j - i);
}

/* Code points in the first `bytes` bytes of a UTF-8 line (SyntaxError's
 * offsets count characters, CPython converts from its byte columns). */
static int32_t char_offset(sp_cbytes line, int32_t bytes)
{
    int32_t n = 0;
    for (size_t i = 0; i < line.len && (int32_t)i < bytes; i++)
        if ((sp_cbytes_get(line, i) & 0xC0) != 0x80)
            n++;
    if (bytes > (int32_t)line.len)
        n += bytes - (int32_t)line.len;
    return n;
}


static _Noreturn void raise_syntax(sp_parser *p, sp_type *type, int32_t lineno, int32_t col, int32_t end_lineno, int32_t end_col, sp_val msg);

/* "'(' was never closed".  CPython shows the bracket's line without its
 * newline, except when it is the last line of the source. */
/* A SyntaxError that a speculative parse will throw away: no message, no
 * location, nothing that costs time in the length of the source. */
static _Noreturn void raise_speculative(sp_parser *p)
{
    sp_raise(p->vm, sp_exc_new(p->vm, p->vm->e.SyntaxError, SP_NOVALS));
}

_Noreturn void sp_unclosed_error(sp_parser *p, sp_token u)
{
    if (p->speculating > 0)
        raise_speculative(p);
    /* a tokenizer exception later in the source comes first */
    if (p->def_exc != NULL)
        sp_raise(p->vm, p->def_exc);
    int32_t last = 1;
    for (size_t i = 0; i < p->src.len; i++)
        if (sp_cbytes_get(p->src, i) == '\n' && i + 1 < p->src.len)
            last++;
    p->tok_err_text = u.lineno < last;
    raise_syntax(p, NULL, u.lineno, u.col, u.lineno, -1,
                 sp_str_fmt(p->vm, "'%s' was never closed", u.kind == TK_LPAR ? "(" : u.kind == TK_LSQB ? "[" : "{"));
}

_Noreturn void sp_syntax_error_at(sp_parser *p, sp_type *type, int32_t lineno, int32_t col, int32_t end_lineno, int32_t end_col, const char *fmt, ...)
{
    sp_vm *vm = p->vm;
    if (p->speculating > 0)
        raise_speculative(p);
    /* The parser reached a deferred tokenizer error: that one it is. */
    bool at_error = p->ntoks > 0 && sp_tok_get(p, p->pos).kind == TK_ERRORTOKEN;
    if (p->def_msg != NULL && at_error) {
        p->tok_err_text = false;
        raise_syntax(p, p->def_type, p->def_line, p->def_col, p->def_eline, p->def_ecol, p->def_msg);
    }
    /* A tokenizer exception anywhere in the source replaces a parser
     * error (CPython tokenizes the rest of the file to check), except
     * after an indentation error. */
    if (p->def_exc != NULL && (at_error || !p->no_full_check) && !p->tok_err_text)
        sp_raise(vm, p->def_exc);
    if (p->no_full_check)
        goto raise;
    /* A parser error on a line after an unclosed bracket: CPython's
     * full-source check reports the bracket instead. */
    sp_token u;
    if (!p->tok_err_text && p->in_fstring == 0 && p->ntoks > 0 &&
        sp_tok_unclosed(p, &u) &&
        (lineno > u.lineno || (p->furthest < p->ntoks && sp_tok_get(p, p->furthest).lineno > u.lineno)))
        sp_unclosed_error(p, u);
raise:;
    va_list ap;
    va_start(ap, fmt);
    sp_val msg = sp_str_vfmt(vm, fmt, ap);
    va_end(ap);
    raise_syntax(p, type, lineno, col, end_lineno, end_col, msg);
}

static _Noreturn void raise_syntax(sp_parser *p, sp_type *type, int32_t lineno, int32_t col, int32_t end_lineno, int32_t end_col, sp_val msg)
{
    sp_vm *vm = p->vm;
    /* errors in an f-string's expression are prefixed, as in 3.11 */
    if (p->in_fstring > 0 && !p->tok_err_text)
        msg = sp_str_concat(vm, sp_str_from_cstr(vm, "f-string: "), msg);
    sp_val text = vm->None;
    int32_t offset = col + 1, end_offset = end_col + 1;
    if (lineno >= 1) {
        sp_cbytes line = sp_src_line(p, lineno, NULL);
        offset = col < 0 ? col + 1 : char_offset(line, col) + 1;
        if (end_lineno == lineno && end_col >= 0)
            end_offset = char_offset(line, end_col) + 1;
        else if (end_lineno >= 1 && end_col >= 0)
            end_offset = char_offset(sp_src_line(p, end_lineno, NULL), end_col) + 1;
        text = sp_str_decode_utf8(vm, line, "replace");
        /* exec mode sees the source with a newline appended; eval and
         * single mode see it as it is */
        size_t ls;
        sp_cbytes l2 = sp_src_line(p, lineno, &ls);
        bool has_nl = ls + l2.len < p->src.len;
        if (!p->tok_err_text && (p->mode == SP_MODE_EXEC || has_nl))
            text = sp_str_concat(vm, text, sp_str_from_cstr(vm, "\n"));
    }
    sp_val loc = sp_tuple_new(vm, 6);
    sp_tuple_set(loc, 0, p->filename);
    sp_tuple_set(loc, 1, sp_int_from_i64(vm, lineno));
    sp_tuple_set(loc, 2, sp_int_from_i64(vm, offset));
    sp_tuple_set(loc, 3, text);
    sp_tuple_set(loc, 4, sp_int_from_i64(vm, end_lineno));
    sp_tuple_set(loc, 5, sp_int_from_i64(vm, end_offset));
    sp_val args[2] = { msg, loc };
    sp_val exc = sp_exc_new(vm, type ? type : vm->e.SyntaxError, SP_VALS(args));
    sp_raise(vm, exc);
}

/* ---- the scanner ---------------------------------------------------------- */

typedef struct lexer {
    sp_parser *p;
    size_t pos, end;
    int32_t lineno;
    int64_t line_start;         /* byte offset where col 0 of this line is */
    int level;                  /* bracket nesting */
    uint8_t pchar[MAXLEVEL];
    int32_t pline[MAXLEVEL], pcol[MAXLEVEL];
    int indent;                 /* index of the top of the indent stacks */
    int32_t istack[MAXINDENT + 1], altstack[MAXINDENT + 1];
    bool fexpr;
} lexer;

static int peekc(lexer *lx, size_t off)
{
    size_t i = lx->pos + off;
    if (i >= lx->end)
        return -1;
    return sp_cbytes_get(lx->p->src, i);
}

static int32_t colof(lexer *lx, size_t pos)
{
    return (int32_t)((int64_t)pos - lx->line_start);
}

_Noreturn static void lex_error_full(lexer *lx, sp_type *type, int32_t line, int32_t col, int32_t eline, int32_t ecol, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sp_val msg = sp_str_vfmt(lx->p->vm, fmt, ap);
    va_end(ap);
    lx->p->tok_err_text = true;
    sp_syntax_error_at(lx->p, type, line, col, eline, ecol, "%U", msg);
}

_Noreturn static void lex_error(lexer *lx, int32_t col, int32_t ecol, const char *msg)
{
    lex_error_full(lx, NULL, lx->lineno, col, lx->lineno, ecol, "%s", msg);
}

static void push(lexer *lx, int kind, size_t start, int32_t sline, int32_t scol)
{
    tok_push(lx->p, kind, start, lx->pos, sline, scol, lx->lineno, colof(lx, lx->pos));
}

static bool is_id_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
static bool is_id_char(int c) { return is_id_start(c) || (c >= '0' && c <= '9'); }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }

static int keyword_kind(sp_cbytes w)
{
    switch (w.len) {
    case 2:
        if (sp_cbytes_eq_cstr(w, "if")) return TK_K_if;
        if (sp_cbytes_eq_cstr(w, "in")) return TK_K_in;
        if (sp_cbytes_eq_cstr(w, "is")) return TK_K_is;
        if (sp_cbytes_eq_cstr(w, "as")) return TK_K_as;
        if (sp_cbytes_eq_cstr(w, "or")) return TK_K_or;
        break;
    case 3:
        if (sp_cbytes_eq_cstr(w, "def")) return TK_K_def;
        if (sp_cbytes_eq_cstr(w, "for")) return TK_K_for;
        if (sp_cbytes_eq_cstr(w, "and")) return TK_K_and;
        if (sp_cbytes_eq_cstr(w, "not")) return TK_K_not;
        if (sp_cbytes_eq_cstr(w, "del")) return TK_K_del;
        if (sp_cbytes_eq_cstr(w, "try")) return TK_K_try;
        break;
    case 4:
        if (sp_cbytes_eq_cstr(w, "None")) return TK_K_None;
        if (sp_cbytes_eq_cstr(w, "True")) return TK_K_True;
        if (sp_cbytes_eq_cstr(w, "elif")) return TK_K_elif;
        if (sp_cbytes_eq_cstr(w, "else")) return TK_K_else;
        if (sp_cbytes_eq_cstr(w, "from")) return TK_K_from;
        if (sp_cbytes_eq_cstr(w, "pass")) return TK_K_pass;
        if (sp_cbytes_eq_cstr(w, "with")) return TK_K_with;
        break;
    case 5:
        if (sp_cbytes_eq_cstr(w, "False")) return TK_K_False;
        if (sp_cbytes_eq_cstr(w, "async")) return TK_K_async;
        if (sp_cbytes_eq_cstr(w, "await")) return TK_K_await;
        if (sp_cbytes_eq_cstr(w, "break")) return TK_K_break;
        if (sp_cbytes_eq_cstr(w, "class")) return TK_K_class;
        if (sp_cbytes_eq_cstr(w, "raise")) return TK_K_raise;
        if (sp_cbytes_eq_cstr(w, "while")) return TK_K_while;
        if (sp_cbytes_eq_cstr(w, "yield")) return TK_K_yield;
        break;
    case 6:
        if (sp_cbytes_eq_cstr(w, "assert")) return TK_K_assert;
        if (sp_cbytes_eq_cstr(w, "except")) return TK_K_except;
        if (sp_cbytes_eq_cstr(w, "global")) return TK_K_global;
        if (sp_cbytes_eq_cstr(w, "import")) return TK_K_import;
        if (sp_cbytes_eq_cstr(w, "lambda")) return TK_K_lambda;
        if (sp_cbytes_eq_cstr(w, "return")) return TK_K_return;
        break;
    case 7:
        if (sp_cbytes_eq_cstr(w, "finally")) return TK_K_finally;
        break;
    case 8:
        if (sp_cbytes_eq_cstr(w, "continue")) return TK_K_continue;
        if (sp_cbytes_eq_cstr(w, "nonlocal")) return TK_K_nonlocal;
        break;
    }
    return TK_NAME;
}

/* A string prefix is one of r u b br rb f fr rf, any case. */
static bool is_string_prefix(sp_cbytes w)
{
    bool r = false, b = false, u = false, f = false;
    if (w.len > 2)
        return false;
    for (size_t i = 0; i < w.len; i++) {
        int c = sp_cbytes_get(w, i) | 0x20;
        if (c == 'r' && !r) r = true;
        else if (c == 'b' && !b) b = true;
        else if (c == 'u' && !u) u = true;
        else if (c == 'f' && !f) f = true;
        else return false;
    }
    if (u && w.len > 1)
        return false;
    if (b && f)
        return false;
    return true;
}

/* Scan a string body from the opening quote at lx->pos. */
static void lex_string(lexer *lx, size_t start, int32_t sline, int32_t scol)
{
    int q = peekc(lx, 0);
    bool triple = peekc(lx, 1) == q && peekc(lx, 2) == q;
    int32_t qcol = colof(lx, lx->pos);
    (void)qcol;
    lx->pos += triple ? 3 : 1;
    for (;;) {
        int c = peekc(lx, 0);
        if (c < 0) {
            /* a newline ending the file does not start a line */
            if (lx->pos > 0 && lx->pos == lx->end && sp_cbytes_get(lx->p->src, lx->pos - 1) == '\n')
                lx->lineno--;
            if (triple)
                lex_error_full(lx, NULL, sline, scol, sline, scol, "unterminated triple-quoted string literal (detected at line %d)", (int)lx->lineno);
            lex_error_full(lx, NULL, sline, scol, sline, scol, "unterminated string literal (detected at line %d)", (int)lx->lineno);
        }
        if (c == '\n' && !triple)
            lex_error_full(lx, NULL, sline, scol, sline, scol, "unterminated string literal (detected at line %d)", (int)lx->lineno);
        if (c == q) {
            if (!triple) {
                lx->pos++;
                break;
            }
            if (peekc(lx, 1) == q && peekc(lx, 2) == q) {
                lx->pos += 3;
                break;
            }
        }
        if (c == '\\') {
            lx->pos++;
            c = peekc(lx, 0);
            if (c < 0)
                continue;
        }
        lx->pos++;
        if (c == '\n') {
            lx->lineno++;
            lx->line_start = (int64_t)lx->pos;
        }
    }
    push(lx, TK_STRING, start, sline, scol);
}

static void digits_tail(lexer *lx, int (*ok)(int), const char *kind, int32_t tok_col)
{
    /* digits with single underscores between them; lx->pos at a digit */
    for (;;) {
        while (ok(peekc(lx, 0)) >= 1)
            lx->pos++;
        if (peekc(lx, 0) != '_')
            break;
        lx->pos++;
        if (ok(peekc(lx, 0)) < 1) {
            int32_t c = colof(lx, lx->pos) - 1;
            (void)tok_col;
            lex_error_full(lx, NULL, lx->lineno, c, lx->lineno, c, "invalid %s literal", kind);
        }
    }
}

static int ok_dec(int c) { return c >= '0' && c <= '9'; }
static int ok_hex(int c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
static int ok_oct(int c) { return c >= '0' && c <= '7'; }
static int ok_bin(int c) { return c == '0' || c == '1'; }

/* After a number: a letter right after it is an error ("1abc"), except the
 * keywords CPython tolerates with a warning (1if x else y, 0x1for ...). */
static void verify_end_of_number(lexer *lx, const char *kind, int32_t tok_col)
{
    int c = peekc(lx, 0);
    if (!is_id_start(c))
        return;
    /* and, else, for, if, in, is, not, or */
    static const char *const kws[] = { "and", "else", "for", "if", "in", "is", "not", "or" };
    sp_cbytes rest = sp_cbytes_sub(lx->p->src, lx->pos, lx->end - lx->pos);
    for (size_t k = 0; k < sizeof kws / sizeof kws[0]; k++) {
        const char *kw = NULL;
        switch (k) {
        case 0: kw = kws[0]; break; case 1: kw = kws[1]; break; case 2: kw = kws[2]; break;
        case 3: kw = kws[3]; break; case 4: kw = kws[4]; break; case 5: kw = kws[5]; break;
        case 6: kw = kws[6]; break; default: kw = kws[7]; break;
        }
        sp_cbytes w = sp_cstr_span(kw);
        if (rest.len >= w.len && sp_cbytes_eq(sp_cbytes_sub(rest, 0, w.len), w))
            return;
    }
    /* CPython points at the last character of the number */
    int32_t col = colof(lx, lx->pos) - 1;
    (void)tok_col;
    lex_error_full(lx, NULL, lx->lineno, col, lx->lineno, col, "invalid %s literal", kind);
}

static void lex_number(lexer *lx, size_t start, int32_t sline, int32_t scol)
{
    int c = peekc(lx, 0);
    if (c == '0' && ((peekc(lx, 1) | 0x20) == 'x' || (peekc(lx, 1) | 0x20) == 'o' || (peekc(lx, 1) | 0x20) == 'b')) {
        int k = peekc(lx, 1) | 0x20;
        int (*ok)(int) = k == 'x' ? ok_hex : k == 'o' ? ok_oct : ok_bin;
        const char *kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        lx->pos += 2;
        if (peekc(lx, 0) == '_')
            lx->pos++;
        if (!ok(peekc(lx, 0))) {
            int d = peekc(lx, 0);
            int32_t col = colof(lx, lx->pos);
            if (is_digit(d))
                lex_error_full(lx, NULL, lx->lineno, col, lx->lineno, col, k == 'o' ? "invalid digit '%c' in octal literal" : "invalid digit '%c' in binary literal", d);
            lex_error_full(lx, NULL, lx->lineno, col - 1, lx->lineno, col - 1, "invalid %s literal", kind);
        }
        digits_tail(lx, ok, kind, scol);
        int d = peekc(lx, 0);
        if (k != 'x' && is_digit(d)) {
            int32_t col = colof(lx, lx->pos);
            lex_error_full(lx, NULL, lx->lineno, col, lx->lineno, col, k == 'o' ? "invalid digit '%c' in octal literal" : "invalid digit '%c' in binary literal", d);
        }
        verify_end_of_number(lx, kind, scol);
        push(lx, TK_NUMBER, start, sline, scol);
        return;
    }
    bool is_float = false;
    if (c != '.') {
        bool leading_zero = c == '0';
        digits_tail(lx, ok_dec, "decimal", scol);
        if (leading_zero) {
            /* 0, 00, 0_0 are fine; 012 is not (unless it becomes a float) */
            bool nonzero = false;
            int32_t nzcol = scol;
            for (size_t i = start; i < lx->pos; i++) {
                int ch = sp_cbytes_get(lx->p->src, i);
                if (ch != '0' && ch != '_' && !nonzero) {
                    nonzero = true;
                    nzcol = colof(lx, i);
                }
            }
            int n = peekc(lx, 0);
            if (nonzero && n != '.' && (n | 0x20) != 'e' && (n | 0x20) != 'j')
                lex_error_full(lx, NULL, sline, scol, sline, nzcol,
                               "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        }
        c = peekc(lx, 0);
    }
    if (c == '.') {
        is_float = true;
        lx->pos++;
        if (is_digit(peekc(lx, 0)))
            digits_tail(lx, ok_dec, "decimal", scol);
        c = peekc(lx, 0);
    }
    if ((c | 0x20) == 'e') {
        int n = peekc(lx, 1);
        size_t save = lx->pos;
        lx->pos++;
        if (n == '+' || n == '-') {
            lx->pos++;
            n = peekc(lx, 0);
        }
        if (!is_digit(n)) {
            /* CPython points at the sign if there is one, else at the
             * character before the 'e' */
            int32_t ec = lx->pos > save + 1 ? colof(lx, lx->pos) - 1 : (save > start ? colof(lx, save) - 1 : scol);
            lx->pos = save;
            lex_error_full(lx, NULL, lx->lineno, ec, lx->lineno, ec, "invalid decimal literal");
        }
        digits_tail(lx, ok_dec, "decimal", scol);
        is_float = true;
        c = peekc(lx, 0);
    }
    (void)is_float;
    if ((c | 0x20) == 'j') {
        lx->pos++;
        if (is_digit(peekc(lx, 0))) {
            int32_t jc = colof(lx, lx->pos) - 1;
            lex_error_full(lx, NULL, lx->lineno, jc, lx->lineno, jc, "invalid imaginary literal");
        }
        verify_end_of_number(lx, "imaginary", scol);
    } else {
        verify_end_of_number(lx, "decimal", scol);
    }
    push(lx, TK_NUMBER, start, sline, scol);
}

/* One- two- and three-character operators. */
static int lex_op(lexer *lx, int *len)
{
    int c1 = peekc(lx, 0), c2 = peekc(lx, 1), c3 = peekc(lx, 2);
    *len = 3;
    if (c1 == '*' && c2 == '*' && c3 == '=') return TK_DOUBLESTAREQUAL;
    if (c1 == '/' && c2 == '/' && c3 == '=') return TK_DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<' && c3 == '=') return TK_LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>' && c3 == '=') return TK_RIGHTSHIFTEQUAL;
    if (c1 == '.' && c2 == '.' && c3 == '.') return TK_ELLIPSIS;
    *len = 2;
    switch (c1) {
    case '!': if (c2 == '=') return TK_NOTEQUAL; break;
    case '%': if (c2 == '=') return TK_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return TK_AMPEREQUAL; break;
    case '*': if (c2 == '*') return TK_DOUBLESTAR; if (c2 == '=') return TK_STAREQUAL; break;
    case '+': if (c2 == '=') return TK_PLUSEQUAL; break;
    case '-': if (c2 == '=') return TK_MINEQUAL; if (c2 == '>') return TK_RARROW; break;
    case '/': if (c2 == '/') return TK_DOUBLESLASH; if (c2 == '=') return TK_SLASHEQUAL; break;
    case ':': if (c2 == '=') return TK_COLONEQUAL; break;
    case '<': if (c2 == '<') return TK_LEFTSHIFT; if (c2 == '=') return TK_LESSEQUAL; break;
    case '=': if (c2 == '=') return TK_EQEQUAL; break;
    case '>': if (c2 == '>') return TK_RIGHTSHIFT; if (c2 == '=') return TK_GREATEREQUAL; break;
    case '@': if (c2 == '=') return TK_ATEQUAL; break;
    case '^': if (c2 == '=') return TK_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return TK_VBAREQUAL; break;
    }
    *len = 1;
    switch (c1) {
    case '(': return TK_LPAR;
    case ')': return TK_RPAR;
    case '[': return TK_LSQB;
    case ']': return TK_RSQB;
    case '{': return TK_LBRACE;
    case '}': return TK_RBRACE;
    case ':': return TK_COLON;
    case ',': return TK_COMMA;
    case ';': return TK_SEMI;
    case '+': return TK_PLUS;
    case '-': return TK_MINUS;
    case '*': return TK_STAR;
    case '/': return TK_SLASH;
    case '|': return TK_VBAR;
    case '&': return TK_AMPER;
    case '<': return TK_LESS;
    case '>': return TK_GREATER;
    case '=': return TK_EQUAL;
    case '.': return TK_DOT;
    case '%': return TK_PERCENT;
    case '~': return TK_TILDE;
    case '^': return TK_CIRCUMFLEX;
    case '@': return TK_AT;
    case '!': return TK_BANG;
    }
    *len = 0;
    return -1;
}

/* Decode one UTF-8 sequence at pos; returns the code point or -1 if
 * invalid, and its length. */
static int32_t utf8_at(sp_cbytes s, size_t pos, size_t *len)
{
    int c = sp_cbytes_get(s, pos);
    size_t n;
    int32_t cp;
    if (c < 0x80) { *len = 1; return c; }
    if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
    else return -1;
    if (pos + n > s.len)
        return -1;
    for (size_t i = 1; i < n; i++) {
        int d = sp_cbytes_get(s, pos + i);
        if ((d & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (d & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    *len = n;
    return cp;
}

/* Validate the UTF-8 of the whole source, as CPython's decoder does before
 * tokenizing. */
/* Validate the UTF-8 of the whole source, as CPython's decoder does before
 * tokenizing; its message names the file (a plain SyntaxError without a
 * location). */
static void check_utf8(sp_parser *p, size_t start)
{
    sp_vm *vm = p->vm;
    int32_t line = 1;
    for (size_t i = start; i < p->src.len;) {
        size_t n;
        int c = sp_cbytes_get(p->src, i);
        if (c == '\n')
            line++;
        if (c == 0) {
            p->tok_err_text = true;
            sp_syntax_error_at(p, NULL, -1, -1, -1, -1, "source code cannot contain null bytes");
        }
        if (c < 0x80) { i++; continue; }
        if (utf8_at(p->src, i, &n) < 0) {
            char hex[8];
            snprintf(hex, sizeof hex, "%02x", (unsigned)c);
            sp_val msg = sp_str_fmt(vm, "Non-UTF-8 code starting with '\\x%s' in file %U on line %d, "
                                        "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                                    hex, sp_is_str(p->filename) ? p->filename : sp_str_from_cstr(vm, "<string>"), (int)line);
            sp_val args[1] = { msg };
            sp_raise(vm, sp_exc_new(vm, vm->e.SyntaxError, SP_VALS(args)));
        }
        i += n;
    }
}

/* Record a done-code error (see sp_parser.def_msg) and end the tokens
 * with an ERRORTOKEN.  Returns false: tokenizing stops. */
static bool defer(lexer *lx, sp_type *type, int32_t line, int32_t col, int32_t eline, int32_t ecol, const char *msg)
{
    sp_parser *p = lx->p;
    p->def_type = type;
    p->def_msg = sp_str_from_cstr(p->vm, msg);
    p->def_line = line;
    p->def_col = col;
    p->def_eline = eline;
    p->def_ecol = ecol;
    tok_push(p, TK_ERRORTOKEN, lx->pos, lx->pos, line, col < 0 ? 0 : col, line, col < 0 ? 0 : col);
    return false;
}

/* The indentation of a new line: INDENT/DEDENT tokens.  False if a
 * deferred error ended the tokens. */
static bool lex_indent(lexer *lx)
{
    /* measure the indentation of the line starting at lx->pos */
    int32_t col = 0, altcol = 0;
    for (;;) {
        int c = peekc(lx, 0);
        if (c == ' ') { col++; altcol++; }
        else if (c == '\t') { col = (col / 8 + 1) * 8; altcol++; }
        else if (c == '\014') { col = altcol = 0; }
        else break;
        lx->pos++;
    }
    int c = peekc(lx, 0);
    if (c == '#' || c == '\n' || c == '\r' || c < 0 || c == '\\')
        return true;   /* blank line: no indentation change (a lone '\\' joins) */
    sp_i32s is = SP_ARRAY_SPAN(sp_i32s, lx->istack);
    sp_i32s as = SP_ARRAY_SPAN(sp_i32s, lx->altstack);
    int32_t top = sp_i32s_get(is, (size_t)lx->indent);
    if (col == top) {
        if (altcol != sp_i32s_get(as, (size_t)lx->indent))
            goto tab_error;
    } else if (col > top) {
        if (lx->indent + 1 >= MAXINDENT)
            return defer(lx, lx->p->vm->e.IndentationError, lx->lineno, col, lx->lineno, col, "too many levels of indentation");
        if (altcol <= sp_i32s_get(as, (size_t)lx->indent))
            goto tab_error;
        lx->indent++;
        sp_i32s_set(is, (size_t)lx->indent, col);
        sp_i32s_set(as, (size_t)lx->indent, altcol);
        tok_push(lx->p, TK_INDENT, lx->pos, lx->pos, lx->lineno, -1, lx->lineno, -1);
    } else {
        /* a column matching no outer level is an error before any DEDENT */
        int lvl = lx->indent;
        while (lvl > 0 && col < sp_i32s_get(is, (size_t)lvl))
            lvl--;
        if (col != sp_i32s_get(is, (size_t)lvl)) {
            size_t ls;
            sp_cbytes line = sp_src_line(lx->p, lx->lineno, &ls);
            return defer(lx, lx->p->vm->e.IndentationError, lx->lineno, (int32_t)line.len, lx->lineno, -2,
                         "unindent does not match any outer indentation level");
        }
        while (lx->indent > 0 && col < sp_i32s_get(is, (size_t)lx->indent)) {
            lx->indent--;
            tok_push(lx->p, TK_DEDENT, lx->pos, lx->pos, lx->lineno, colof(lx, lx->pos), lx->lineno, colof(lx, lx->pos));
        }
        if (col != sp_i32s_get(is, (size_t)lx->indent)) {
            size_t ls;
            sp_cbytes line = sp_src_line(lx->p, lx->lineno, &ls);
            return defer(lx, lx->p->vm->e.IndentationError, lx->lineno, (int32_t)line.len, lx->lineno, -2,
                         "unindent does not match any outer indentation level");
        }
        if (altcol != sp_i32s_get(as, (size_t)lx->indent))
            goto tab_error;
    }
    return true;
tab_error:
    return defer(lx, lx->p->vm->e.TabError, lx->lineno, 0, lx->lineno, -1,
                 "inconsistent use of tabs and spaces in indentation");
}

void sp_tokenize(sp_parser *p, size_t start, size_t end, int32_t lineno, int32_t col, bool fexpr)
{
    lexer lx_, *lx = &lx_;
    lx->p = p;
    lx->pos = start;
    lx->end = end;
    lx->lineno = lineno;
    lx->line_start = (int64_t)start - col;
    lx->level = 0;
    lx->indent = 0;
    lx->istack[0] = 0;
    lx->altstack[0] = 0;
    lx->fexpr = fexpr;
    sp_u32s dummy = { NULL, 0 };
    (void)dummy;
    sp_bytes pchar = SP_ARRAY_SPAN(sp_bytes, lx->pchar);
    sp_i32s pline = SP_ARRAY_SPAN(sp_i32s, lx->pline), pcol = SP_ARRAY_SPAN(sp_i32s, lx->pcol);

    if (!fexpr) {
        /* UTF-8 BOM */
        if (end >= 3 && sp_cbytes_get(p->src, 0) == 0xEF && sp_cbytes_get(p->src, 1) == 0xBB && sp_cbytes_get(p->src, 2) == 0xBF) {
            lx->pos = 3;
            lx->line_start = 3;
        }
        check_utf8(p, lx->pos);
    }
    p->tok_err_text = true;

    bool atbol = !fexpr;
    bool line_has_tokens = false;
    for (;;) {
        if (atbol && lx->level == 0) {
            atbol = false;
            if (!lex_indent(lx))
                return;
        }
        atbol = false;
        int c = peekc(lx, 0);
        /* whitespace */
        while (c == ' ' || c == '\t' || c == '\014' || c == '\r') {
            lx->pos++;
            c = peekc(lx, 0);
        }
        if (c == '#') {
            while (c >= 0 && c != '\n') {
                lx->pos++;
                c = peekc(lx, 0);
            }
        }
        size_t tstart = lx->pos;
        int32_t tline = lx->lineno, tcol = colof(lx, lx->pos);
        if (c < 0) {
            if (fexpr) {
                tok_push(p, TK_ENDMARKER, lx->pos, lx->pos, tline, tcol, tline, tcol);
                p->tok_err_text = false;
                return;
            }
            if (lx->level > 0) {
                /* leave the "was never closed" to the parser, which knows
                 * whether the error is somewhere else first */
            }
            if (line_has_tokens)
                tok_push(p, TK_NEWLINE, lx->pos, lx->pos, tline, tcol, tline, tcol + 1);
            while (lx->indent > 0) {
                lx->indent--;
                tok_push(p, TK_DEDENT, lx->pos, lx->pos, tline + (line_has_tokens ? 1 : 0), 0, tline + (line_has_tokens ? 1 : 0), 0);
            }
            if (line_has_tokens)
                tline++, tcol = 0;
            tok_push(p, TK_ENDMARKER, lx->pos, lx->pos, tline, tcol, tline, tcol);
            p->tok_err_text = false;
            return;
        }
        if (c == '\n') {
            lx->pos++;
            if (lx->level == 0 && line_has_tokens && !fexpr) {
                tok_push(p, TK_NEWLINE, tstart, lx->pos, tline, tcol, tline, tcol + 1);
                line_has_tokens = false;
            }
            lx->lineno++;
            lx->line_start = (int64_t)lx->pos;
            atbol = !fexpr;
            continue;
        }
        if (c == '\\') {
            int n = peekc(lx, 1);
            if (n == '\r' && peekc(lx, 2) == '\n') {
                lx->pos++;
                n = '\n';
            }
            if (n != '\n') {
                if (n < 0) {
                    defer(lx, NULL, lx->lineno, tcol + 1, lx->lineno, -2, "unexpected EOF while parsing");
                    return;
                }
                defer(lx, NULL, lx->lineno, tcol + 1, lx->lineno, -1, "unexpected character after line continuation character");
                return;
            }
            lx->pos += 2;
            lx->lineno++;
            lx->line_start = (int64_t)lx->pos;
            if (peekc(lx, 0) < 0) {
                defer(lx, NULL, lx->lineno - 1, tcol + 1, lx->lineno - 1, -2, "unexpected EOF while parsing");
                return;
            }
            continue;
        }
        line_has_tokens = true;
        if (is_id_start(c)) {
            while (is_id_char(peekc(lx, 0)))
                lx->pos++;
            sp_cbytes w = sp_cbytes_sub(p->src, tstart, lx->pos - tstart);
            int q = peekc(lx, 0);
            if ((q == '"' || q == '\'') && is_string_prefix(w)) {
                lex_string(lx, tstart, tline, tcol);
                continue;
            }
            /* non-ASCII identifiers: reject what can't be a letter */
            for (size_t i = 0; i < w.len;) {
                size_t n;
                int32_t cp = utf8_at(w, i, &n);
                if (cp >= 0x80 && (cp < 0xA1 || cp == 0x20AC || (cp >= 0x2000 && cp <= 0x206F))) {
                    int32_t ccol = tcol + (int32_t)i;
                    char hex[16];
                    snprintf(hex, sizeof hex, "%04X", (unsigned)cp);
                    p->tok_err_text = true;
                    if (cp < 0xA1 || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x2060 && cp <= 0x206F))
                        sp_syntax_error_at(p, NULL, tline, ccol, tline, ccol, "invalid non-printable character U+%s", hex);
                    sp_syntax_error_at(p, NULL, tline, ccol, tline, ccol, "invalid character '%c' (U+%s)", (int)cp, hex);
                }
                i += n;
            }
            push(lx, keyword_kind(w), tstart, tline, tcol);
            continue;
        }
        if (is_digit(c) || (c == '.' && is_digit(peekc(lx, 1)))) {
            lex_number(lx, tstart, tline, tcol);
            continue;
        }
        if (c == '"' || c == '\'') {
            lex_string(lx, tstart, tline, tcol);
            continue;
        }
        int len;
        int kind = lex_op(lx, &len);
        if (kind < 0) {
            p->tok_err_text = false;
            sp_syntax_error_at(p, NULL, tline, tcol, tline, tcol + 1, "invalid syntax");
        }
        if (kind == TK_LPAR || kind == TK_LSQB || kind == TK_LBRACE) {
            if (lx->level >= MAXLEVEL)
                lex_error(lx, tcol, tcol, "too many nested parentheses");
            sp_bytes_set(pchar, (size_t)lx->level, (uint8_t)c);
            sp_i32s_set(pline, (size_t)lx->level, tline);
            sp_i32s_set(pcol, (size_t)lx->level, tcol);
            lx->level++;
        } else if (kind == TK_RPAR || kind == TK_RSQB || kind == TK_RBRACE) {
            if (lx->level == 0) {
                if (fexpr) {
                    /* handled by the f-string scanner */
                }
                lex_error_full(lx, NULL, tline, tcol, tline, tcol, "unmatched '%s'", c == ')' ? ")" : c == ']' ? "]" : "}");
            }
            lx->level--;
            int o = sp_bytes_get(pchar, (size_t)lx->level);
            int want = o == '(' ? ')' : o == '[' ? ']' : '}';
            if (c != want) {
                const char *cs = c == ')' ? ")" : c == ']' ? "]" : "}";
                const char *os = o == '(' ? "(" : o == '[' ? "[" : "{";
                int32_t ol = sp_i32s_get(pline, (size_t)lx->level);
                p->tok_err_text = true;
                if (ol != tline)
                    sp_syntax_error_at(p, NULL, tline, tcol, tline, tcol,
                                       "closing parenthesis '%s' does not match opening parenthesis '%s' on line %d", cs, os, (int)ol);
                sp_syntax_error_at(p, NULL, tline, tcol, tline, tcol,
                                   "closing parenthesis '%s' does not match opening parenthesis '%s'", cs, os);
            }
        }
        lx->pos += (size_t)len;
        push(lx, kind, tstart, tline, tcol);
    }
}

/* The innermost unclosed bracket at the end of the token array, for
 * "'(' was never closed".  Returns false if all are closed. */
bool sp_tok_unclosed(sp_parser *p, sp_token *out)
{
    /* the tokens do not change once the parser runs: walk them once */
    if (p->unclosed_state != 0) {
        if (p->unclosed_state == 2)
            *out = p->unclosed;
        return p->unclosed_state == 2;
    }
    /* walk the tokens with a stack of indices, bounded by MAXLEVEL */
    size_t stack[MAXLEVEL];
    sp_sizes st = SP_ARRAY_SPAN(sp_sizes, stack);
    size_t n = 0;
    for (size_t i = 0; i < p->ntoks; i++) {
        int k = sp_tok_get(p, i).kind;
        if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE) {
            if (n < MAXLEVEL)
                sp_sizes_set(st, n++, i);
        } else if ((k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE) && n > 0) {
            n--;
        }
    }
    p->unclosed_state = n == 0 ? 1 : 2;
    if (n == 0)
        return false;
    p->unclosed = sp_tok_get(p, sp_sizes_get(st, n - 1));
    *out = p->unclosed;
    return true;
}

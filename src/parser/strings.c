/* Literals: numbers, str/bytes with every prefix and escape, implicit
 * concatenation, and f-strings with CPython 3.11's semantics (the
 * expression part may not contain a backslash or '#'; format specs nest
 * one level; `=` debug text; !s !r !a).
 *
 * Strings are built into a growable byte buffer in the heap (a rawbuf),
 * then turned into a str (always valid UTF-8: the source was validated
 * and escapes are encoded here) or bytes.
 */
#include "parse_int.h"

/* ---- a byte builder in the GC heap ----------------------------------------- */

typedef struct bbuf { sp_val raw; size_t len; } bbuf;

static void bb_init(sp_vm *vm, bbuf *b, size_t cap)
{
    b->raw = (sp_val)sp_rawbuf_new(vm, cap < 16 ? 16 : cap);
    b->len = 0;
}

static void bb_reserve(sp_vm *vm, bbuf *b, size_t more)
{
    sp_rawbuf *r = (sp_rawbuf *)b->raw;
    size_t need = sp_size_add_or_raise(vm, b->len, more);
    if (need <= r->cap)
        return;
    size_t cap = sp_size_mul_or_raise(vm, r->cap, 2);
    if (cap < need)
        cap = need;
    sp_rawbuf *n = sp_rawbuf_new(vm, cap);
    sp_bytes_copy(sp_rawbuf_span(n), sp_cbytes_of(sp_bytes_sub(sp_rawbuf_span(r), 0, b->len)));
    b->raw = (sp_val)n;
}

static void bb_byte(sp_vm *vm, bbuf *b, int c)
{
    bb_reserve(vm, b, 1);
    sp_bytes_set(sp_rawbuf_span((sp_rawbuf *)b->raw), b->len++, (uint8_t)c);
}

static void bb_span(sp_vm *vm, bbuf *b, sp_cbytes s)
{
    bb_reserve(vm, b, s.len);
    sp_bytes_copy(sp_bytes_sub(sp_rawbuf_span((sp_rawbuf *)b->raw), b->len, s.len), s);
    b->len += s.len;
}

static void bb_cp(sp_vm *vm, bbuf *b, uint32_t cp)
{
    /* lone surrogates (\ud800) are encoded as 3-byte sequences: SafePy's
     * str holds generalised UTF-8 (src/objects/str_internal.h) */
    if (cp < 0x80) {
        bb_byte(vm, b, (int)cp);
    } else if (cp < 0x800) {
        bb_byte(vm, b, (int)(0xC0 | (cp >> 6)));
        bb_byte(vm, b, (int)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        bb_byte(vm, b, (int)(0xE0 | (cp >> 12)));
        bb_byte(vm, b, (int)(0x80 | ((cp >> 6) & 0x3F)));
        bb_byte(vm, b, (int)(0x80 | (cp & 0x3F)));
    } else {
        bb_byte(vm, b, (int)(0xF0 | (cp >> 18)));
        bb_byte(vm, b, (int)(0x80 | ((cp >> 12) & 0x3F)));
        bb_byte(vm, b, (int)(0x80 | ((cp >> 6) & 0x3F)));
        bb_byte(vm, b, (int)(0x80 | (cp & 0x3F)));
    }
}

static sp_cbytes bb_view(bbuf *b)
{
    return sp_cbytes_of(sp_bytes_sub(sp_rawbuf_span((sp_rawbuf *)b->raw), 0, b->len));
}

/* ---- numbers ----------------------------------------------------------------- */

static int digit_val(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    return 99;
}

sp_val sp_parse_number(sp_parser *p, sp_cbytes text)
{
    sp_vm *vm = p->vm;
    bbuf b;
    bb_init(vm, &b, text.len);
    for (size_t i = 0; i < text.len; i++) {
        int c = sp_cbytes_get(text, i);
        if (c != '_')
            bb_byte(vm, &b, c);
    }
    sp_cbytes t = bb_view(&b);
    int last = t.len ? sp_cbytes_get(t, t.len - 1) | 0x20 : 0;
    int base = 10;
    size_t start = 0;
    if (t.len >= 2 && sp_cbytes_get(t, 0) == '0') {
        int k = sp_cbytes_get(t, 1) | 0x20;
        if (k == 'x') base = 16;
        else if (k == 'o') base = 8;
        else if (k == 'b') base = 2;
        if (base != 10)
            start = 2;
    }
    if (base == 10) {
        bool is_float = false;
        for (size_t i = 0; i < t.len; i++) {
            int c = sp_cbytes_get(t, i) | 0x20;
            if (c == '.' || c == 'e' || c == 'j')
                is_float = true;
        }
        if (is_float) {
            sp_cbytes ft = last == 'j' ? sp_cbytes_sub(t, 0, t.len - 1) : t;
            sp_val f = sp_float_from_str(vm, ft);
            if (f == NULL)
                sp_raise_fmt(vm, vm->e.SystemError, "bad float literal");
            if (last == 'j')
                return sp_complex_new(vm, 0.0, sp_float_get(f));
            return f;
        }
    }
    sp_cbytes digits = sp_cbytes_from(t, start);
    if (digits.len <= 15) {
        int64_t v = 0;
        for (size_t i = 0; i < digits.len; i++)
            v = v * base + digit_val(sp_cbytes_get(digits, i));
        return sp_int_from_i64(vm, v);
    }
    return sp_int_from_str(vm, digits, base);
}

/* ---- string tokens --------------------------------------------------------------- */

typedef struct strtok {
    bool raw, bytes, fstr, u;
    size_t body, body_end;      /* source offsets of the text between quotes */
    sp_token tok;
} strtok;

static strtok split_string(sp_parser *p, sp_token t)
{
    strtok s = { 0 };
    s.tok = t;
    size_t i = t.start;
    for (;;) {
        int c = sp_cbytes_get(p->src, i);
        if (c == '\'' || c == '"')
            break;
        c |= 0x20;
        if (c == 'r') s.raw = true;
        else if (c == 'b') s.bytes = true;
        else if (c == 'f') s.fstr = true;
        else if (c == 'u') s.u = true;
        i++;
    }
    int q = sp_cbytes_get(p->src, i);
    size_t qlen = 1;
    if (t.end - i >= 6 && sp_cbytes_get(p->src, i + 1) == q && sp_cbytes_get(p->src, i + 2) == q)
        qlen = 3;
    s.body = i + qlen;
    s.body_end = t.end - qlen;
    return s;
}

/* Error inside a string token: CPython reports these at the token. */
_Noreturn static void str_error(sp_parser *p, sp_token t, const char *fmt, int a, int b)
{
    /* CPython reports decoding errors just past the token (on the newline
     * exec mode appends; at the token's end otherwise) */
    if (p->mode != SP_MODE_EXEC)
        sp_syntax_error_at(p, NULL, t.end_lineno, t.end_col - 1, t.end_lineno, -2, fmt, a, b);
    sp_syntax_error_at(p, NULL, t.end_lineno, t.end_col, t.end_lineno, t.end_col, fmt, a, b);
}

/* Line and column of a source offset inside token t. */
static void pos_in_token(sp_parser *p, sp_token t, size_t off, int32_t *line, int32_t *col)
{
    int32_t l = t.lineno, c = t.col;
    for (size_t i = t.start; i < off; i++) {
        if (sp_cbytes_get(p->src, i) == '\n') {
            l++;
            c = 0;
        } else {
            c++;
        }
    }
    *line = l;
    *col = c;
}


/* Decode src[i:end] (no quotes) with escapes into b.  Returns where it
 * stopped: at `end`, or (f-string literal parts, stop_brace) at a '{' or
 * '}' that is not part of an escape. */
static size_t decode_body(sp_parser *p, strtok *st, bbuf *b, size_t i, size_t end, bool stop_brace)
{
    sp_vm *vm = p->vm;
    sp_cbytes src = p->src;
    while (i < end) {
        int c = sp_cbytes_get(src, i);
        if (stop_brace && (c == '{' || c == '}'))
            return i;
        if (c == '\r') {
            /* newlines in source are normalised: \r\n and \r -> \n */
            bb_byte(vm, b, '\n');
            i++;
            if (i < end && sp_cbytes_get(src, i) == '\n')
                i++;
            continue;
        }
        if (c != '\\' || st->raw) {
            if (st->bytes && c >= 0x80)
                str_error(p, st->tok, "bytes can only contain ASCII literal characters", 0, 0);
            bb_byte(vm, b, c);
            i++;
            if (st->raw && c == '\\' && i < end) {
                /* a raw string still can't end in an odd backslash; the
                 * escaped char is kept as is */
                int d = sp_cbytes_get(src, i);
                if (!(stop_brace && (d == '{' || d == '}'))) {
                    bb_byte(vm, b, d);
                    i++;
                }
            }
            continue;
        }
        i++;
        if (i >= end) {
            bb_byte(vm, b, '\\');
            break;
        }
        c = sp_cbytes_get(src, i);
        i++;
        switch (c) {
        case '\n': break;
        case '\r': if (i < end && sp_cbytes_get(src, i) == '\n') i++; break;
        case '\\': bb_byte(vm, b, '\\'); break;
        case '\'': bb_byte(vm, b, '\''); break;
        case '"': bb_byte(vm, b, '"'); break;
        case 'a': bb_byte(vm, b, 7); break;
        case 'b': bb_byte(vm, b, 8); break;
        case 'f': bb_byte(vm, b, 12); break;
        case 'n': bb_byte(vm, b, '\n'); break;
        case 'r': bb_byte(vm, b, '\r'); break;
        case 't': bb_byte(vm, b, '\t'); break;
        case 'v': bb_byte(vm, b, 11); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && i < end; k++) {
                int d = sp_cbytes_get(src, i);
                if (d < '0' || d > '7')
                    break;
                v = v * 8 + (uint32_t)(d - '0');
                i++;
            }
            if (st->bytes)
                bb_byte(vm, b, (int)(v & 0xFF));
            else
                bb_cp(vm, b, v);
            break;
        }
        case 'x': {
            int h1 = i < end ? sp_hex_digit(sp_cbytes_get(src, i)) : -1;
            int h2 = i + 1 < end ? sp_hex_digit(sp_cbytes_get(src, i + 1)) : -1;
            if (h1 < 0 || h2 < 0) {
                if (st->bytes)
                    str_error(p, st->tok, "(value error) invalid \\x escape at position %d", (int)(i - 2 - st->body), 0);
                str_error(p, st->tok, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated \\xXX escape",
                          (int)(i - 2 - st->body), (int)(i - 1 - st->body + (h1 >= 0)));
            }
            i += 2;
            if (st->bytes)
                bb_byte(vm, b, h1 * 16 + h2);
            else
                bb_cp(vm, b, (uint32_t)(h1 * 16 + h2));
            break;
        }
        case 'u': case 'U':
            if (!st->bytes) {
                int n = c == 'u' ? 4 : 8;
                uint32_t v = 0;
                for (int k = 0; k < n; k++) {
                    int h = i < end ? sp_hex_digit(sp_cbytes_get(src, i)) : -1;
                    if (h < 0) {
                        size_t pos = i - 2 - (size_t)k - st->body;
                        str_error(p, st->tok, n == 4 ? "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated \\uXXXX escape"
                                                     : "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated \\UXXXXXXXX escape",
                                  (int)pos, (int)(pos + 1 + (size_t)k));
                    }
                    v = v * 16 + (uint32_t)h;
                    i++;
                }
                if (v > 0x10FFFF) {
                    size_t pos = i - 10 - st->body;
                    str_error(p, st->tok, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character", (int)pos, (int)(pos + 9));
                }
                bb_cp(vm, b, v);
                break;
            }
            bb_byte(vm, b, '\\');
            bb_byte(vm, b, c);
            break;
        case 'N':
            if (!st->bytes) {
                size_t pos = i - 2 - st->body;
                size_t j = i;
                if (j < end && sp_cbytes_get(src, j) == '{') {
                    while (j < end && sp_cbytes_get(src, j) != '}')
                        j++;
                    if (j < end) {
                        int32_t cp = sp_unicode_lookup(sp_cbytes_sub(src, i + 1, j - i - 1));
                        if (cp >= 0) {
                            bb_cp(vm, b, (uint32_t)cp);
                            i = j + 1;
                            break;
                        }
                    }
                }
                if (j >= end || sp_cbytes_get(src, i) != '{')
                    str_error(p, st->tok, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape",
                              (int)pos, (int)(j - st->body - (j >= end)));
                str_error(p, st->tok, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: unknown Unicode character name",
                          (int)pos, (int)(j - st->body));
            }
            bb_byte(vm, b, '\\');
            bb_byte(vm, b, c);
            break;
        default:
            /* unknown escapes stay as they are (a DeprecationWarning) */
            bb_byte(vm, b, '\\');
            if (st->bytes && c >= 0x80)
                str_error(p, st->tok, "bytes can only contain ASCII literal characters", 0, 0);
            bb_byte(vm, b, c);
            break;
        }
    }
    return i;
}

/* ---- f-strings ------------------------------------------------------------------------ */

typedef struct fsb {
    sp_val values;      /* list of nodes */
    bbuf lit;           /* pending literal text */
    bool has_lit;
    sp_token whole;     /* for positions of the parts (as 3.11) */
    int32_t eline, ecol;
} fsb;

static void fs_flush(sp_parser *p, fsb *f)
{
    if (f->lit.len == 0)
        return;
    sp_node *c = sp_node_new(p->vm, SP_AST_Constant, f->whole.lineno, f->whole.col, f->eline, f->ecol);
    c->u.Constant.value = sp_str_new(p->vm, bb_view(&f->lit));
    add(p, f->values, (sp_val)c);
    bb_init(p->vm, &f->lit, 16);
}

_Noreturn static void fs_error(sp_parser *p, strtok *st, size_t at, const char *msg)
{
    /* 3.11 reports f-string scanning errors just past the token */
    (void)at;
    if (p->mode != SP_MODE_EXEC)
        sp_syntax_error_at(p, NULL, st->tok.end_lineno, st->tok.end_col - 1, st->tok.end_lineno, -2, "%s", msg);
    sp_syntax_error_at(p, NULL, st->tok.end_lineno, st->tok.end_col, st->tok.end_lineno, st->tok.end_col, "%s", msg);
}

static size_t fstring_body(sp_parser *p, strtok *st, fsb *f, size_t i, size_t end, int level);

/* A replacement field: i is just after '{'.  Returns the index after '}'. */
static size_t fstring_field(sp_parser *p, strtok *st, fsb *f, size_t i, size_t end, int level)
{
    sp_vm *vm = p->vm;
    sp_cbytes src = p->src;
    if (level >= 2)
        fs_error(p, st, i, "f-string: expressions nested too deeply");
    size_t es = i;
    /* find the end of the expression: brackets and quotes nest */
    uint8_t stack[200];
    sp_bytes stk = SP_BYTES(stack);
    size_t depth = 0;
    int quote = 0;
    size_t qlen = 0;
    for (;;) {
        if (i >= end)
            fs_error(p, st, i, "f-string: expecting '}'");
        int c = sp_cbytes_get(src, i);
        if (c == '\\')
            fs_error(p, st, i, "f-string expression part cannot include a backslash");
        if (quote) {
            if (c == quote) {
                if (qlen == 3) {
                    if (i + 2 < end && sp_cbytes_get(src, i + 1) == quote && sp_cbytes_get(src, i + 2) == quote) {
                        i += 3;
                        quote = 0;
                        continue;
                    }
                } else {
                    quote = 0;
                }
            }
            i++;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            if (i + 2 < end && sp_cbytes_get(src, i + 1) == c && sp_cbytes_get(src, i + 2) == c) {
                qlen = 3;
                i += 3;
            } else {
                qlen = 1;
                i++;
            }
            continue;
        }
        if (c == '[' || c == '(' || c == '{') {
            if (depth >= sizeof stack)
                fs_error(p, st, i, "f-string: too many nested parenthesis");
            sp_bytes_set(stk, depth++, (uint8_t)c);
            i++;
            continue;
        }
        if (c == '#')
            fs_error(p, st, i, "f-string expression part cannot include '#'");
        int n = i + 1 < end ? sp_cbytes_get(src, i + 1) : -1;
        if (depth == 0 && (c == '!' || c == '=' || c == '<' || c == '>') && n == '=') {
            i += 2;
            continue;
        }
        if (depth == 0 && (c == '}' || c == '!' || c == ':' || c == '='))
            break;
        if (c == ']' || c == ')' || c == '}') {
            if (depth == 0)
                fs_error(p, st, i, c == ']' ? "f-string: unmatched ']'" : c == ')' ? "f-string: unmatched ')'" : "f-string: unmatched '}'");
            int o = sp_bytes_get(stk, --depth);
            int want = o == '(' ? ')' : o == '[' ? ']' : '}';
            if (c != want)
                fs_error(p, st, i, "f-string: closing parenthesis does not match opening parenthesis");
        }
        i++;
    }
    if (quote)
        fs_error(p, st, i, "f-string: unterminated string");
    size_t ee = i;
    /* empty (only whitespace)? */
    bool empty = true;
    for (size_t k = es; k < ee; k++) {
        int c = sp_cbytes_get(src, k);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\014')
            empty = false;
    }
    if (empty) {
        int c = sp_cbytes_get(src, ee);
        fs_error(p, st, ee, c == '=' ? "f-string: expression required before '='" :
                            c == '!' ? "f-string: expression required before '!'" :
                            c == ':' ? "f-string: expression required before ':'" :
                            "f-string: empty expression not allowed");
    }
    int32_t el, ec;
    pos_in_token(p, st->tok, es, &el, &ec);
    sp_val expr = sp_parse_fstring_expr(p, es, ee, el, ec);
    int c = sp_cbytes_get(src, i);
    bool debug = false;
    if (c == '=') {
        debug = true;
        i++;
        while (i < end && (sp_cbytes_get(src, i) == ' ' || sp_cbytes_get(src, i) == '\t' || sp_cbytes_get(src, i) == '\n'))
            i++;
        /* the expression text and '=' and the spaces after it */
        bb_span(vm, &f->lit, sp_cbytes_sub(src, es, i - es));
        if (i >= end)
            fs_error(p, st, i, "f-string: expecting '}'");
        c = sp_cbytes_get(src, i);
    }
    int conversion = -1;
    if (c == '!') {
        i++;
        int k = i < end ? sp_cbytes_get(src, i) : -1;
        if (k != 's' && k != 'r' && k != 'a')
            fs_error(p, st, i, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        conversion = k;
        i++;
        if (i >= end)
            fs_error(p, st, i, "f-string: expecting '}'");
        c = sp_cbytes_get(src, i);
        if (c != ':' && c != '}')
            fs_error(p, st, i, "f-string: expecting '}'");
    }
    sp_val spec = NULL;
    if (c == ':') {
        i++;
        fsb sf;
        sf.values = new_list(p);
        bb_init(vm, &sf.lit, 16);
        /* 3.11 places a format spec and its parts at the string token
         * that holds it (not the whole concatenation) */
        sf.whole = st->tok;
        sf.eline = st->tok.end_lineno;
        sf.ecol = st->tok.end_col;
        i = fstring_body(p, st, &sf, i, end, level + 1);
        fs_flush(p, &sf);
        sp_node *js = sp_node_new(vm, SP_AST_JoinedStr, sf.whole.lineno, sf.whole.col, sf.eline, sf.ecol);
        js->u.JoinedStr.values = sf.values;
        spec = (sp_val)js;
        if (i >= end || sp_cbytes_get(src, i) != '}')
            fs_error(p, st, i, "f-string: expecting '}'");
    }
    if (i >= end || sp_cbytes_get(src, i) != '}')
        fs_error(p, st, i, "f-string: expecting '}'");
    i++;
    if (debug && conversion < 0 && spec == NULL)
        conversion = 'r';
    fs_flush(p, f);
    sp_node *fv = sp_node_new(vm, SP_AST_FormattedValue, f->whole.lineno, f->whole.col, f->eline, f->ecol);
    fv->u.FormattedValue.value = expr;
    fv->u.FormattedValue.conversion = sp_small(conversion);
    fv->u.FormattedValue.format_spec = spec;
    add(p, f->values, (sp_val)fv);
    return i;
}

/* Literal text and fields up to `end` (level 0) or up to the '}' that ends
 * a format spec (level > 0; returns its index). */
static size_t fstring_body(sp_parser *p, strtok *st, fsb *f, size_t i, size_t end, int level)
{
    sp_check_stack(p->vm);
    sp_cbytes src = p->src;
    while (i < end) {
        i = decode_body(p, st, &f->lit, i, end, true);
        if (i >= end)
            break;
        int c = sp_cbytes_get(src, i);
        int n = i + 1 < end ? sp_cbytes_get(src, i + 1) : -1;
        if (c == '{') {
            if (n == '{' && level == 0) {
                bb_byte(p->vm, &f->lit, '{');
                i += 2;
                continue;
            }
            i = fstring_field(p, st, f, i + 1, end, level);
            continue;
        }
        /* '}' */
        if (level > 0)
            return i;
        if (n == '}') {
            bb_byte(p->vm, &f->lit, '}');
            i += 2;
            continue;
        }
        fs_error(p, st, i + 1, "f-string: single '}' is not allowed");
    }
    return i;
}

sp_val sp_parse_strings(sp_parser *p, size_t ti, size_t tj)
{
    sp_vm *vm = p->vm;
    sp_token first = sp_tok_get(p, ti), lastt = sp_tok_get(p, tj - 1);
    bool any_f = false, any_bytes = false, any_str = false;
    for (size_t k = ti; k < tj; k++) {
        strtok st = split_string(p, sp_tok_get(p, k));
        any_f |= st.fstr;
        if (st.bytes)
            any_bytes = true;
        else
            any_str = true;
    }
    if (any_bytes && any_str)
        sp_syntax_error_at(p, NULL, lastt.end_lineno, lastt.end_col, lastt.end_lineno, lastt.end_col, "cannot mix bytes and nonbytes literals");
    if (!any_f) {
        bbuf b;
        bb_init(vm, &b, 16);
        bool u = false;
        for (size_t k = ti; k < tj; k++) {
            strtok st = split_string(p, sp_tok_get(p, k));
            if (k == ti)
                u = st.u;
            decode_body(p, &st, &b, st.body, st.body_end, false);
        }
        sp_node *n = sp_node_new(vm, SP_AST_Constant, first.lineno, first.col, lastt.end_lineno, lastt.end_col);
        n->u.Constant.value = any_bytes ? sp_bytes_new(vm, bb_view(&b)) : sp_str_new(vm, bb_view(&b));
        if (u)
            n->u.Constant.kind = sp_intern_cstr(vm, "u");
        return (sp_val)n;
    }
    fsb f;
    f.values = new_list(p);
    bb_init(vm, &f.lit, 16);
    f.whole = first;
    f.eline = lastt.end_lineno;
    f.ecol = lastt.end_col;
    for (size_t k = ti; k < tj; k++) {
        strtok st = split_string(p, sp_tok_get(p, k));
        if (st.fstr)
            fstring_body(p, &st, &f, st.body, st.body_end, 0);
        else
            decode_body(p, &st, &f.lit, st.body, st.body_end, false);
    }
    fs_flush(p, &f);
    sp_node *n = sp_node_new(vm, SP_AST_JoinedStr, first.lineno, first.col, lastt.end_lineno, lastt.end_col);
    n->u.JoinedStr.values = f.values;
    return (sp_val)n;
}

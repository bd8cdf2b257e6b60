/* _json: the accelerators of the stdlib's json package.
 *
 * json/decoder.py, scanner.py and encoder.py import scanstring,
 * encode_basestring(_ascii), make_scanner and make_encoder from here and
 * fall back on their pure-Python versions for any name that is missing.
 * Everything matches CPython 3.11's C module: messages, error positions,
 * the order in which hooks and callbacks run.
 *
 * Positions.  A str is UTF-8 here, while every position Python sees (an
 * idx argument, a returned end, JSONDecodeError.pos) counts code points.
 * The decoder works on byte offsets and converts at the edges: the start
 * index once per call (sp_str_offset), and a byte offset back by counting
 * the code points between the start and it (every structural character
 * is ASCII, so a byte offset that names one is always on a character
 * boundary).  For an ASCII str both are the same and nothing is counted.
 *
 * Depth.  Nested arrays and objects recurse in C, so each level counts
 * against the recursion limit as CPython's Py_EnterRecursiveCall does
 * (vm->depth, given back by the handler if anything raises), and the C
 * stack is checked too: a document nested 100,000 deep is a
 * RecursionError, never a crash. */
#include "objects/cont.h"
#include "objects/int.h"
#include "objects/str_internal.h"
#include "objects/typeobj.h"
#include "modules/modules.h"

/* ---- shared helpers --------------------------------------------------------*/

/* Enter one level of C recursion (CPython's message suffix in `what`). */
static void json_enter(sp_vm *vm, const char *what)
{
    sp_check_stack(vm);
    if (vm->depth >= vm->recursion_limit)
        sp_raise_fmt(vm, vm->e.RecursionError, "maximum recursion depth exceeded%s", what);
    vm->depth++;
}

static void json_leave(sp_vm *vm) { vm->depth--; }

static bool is_ws(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

/* "first argument must be a string, not int" */
static void expect_str(sp_vm *vm, sp_val v)
{
    if (!sp_is_str(v))
        sp_raise_fmt(vm, vm->e.TypeError, "first argument must be a string, not %T", v);
}

/* ---- the text being decoded ------------------------------------------------*/

typedef struct jtext {
    sp_val s;           /* the str (kept alive by this C local) */
    sp_cbytes d;        /* its UTF-8 bytes */
    bool ascii;
    size_t base_b;      /* a byte offset ... */
    size_t base_c;      /* ... and its code point index */
} jtext;

static void jtext_init(sp_vm *vm, jtext *t, sp_val s, size_t cidx)
{
    sp_str_obj *o = sp_strobj_core(sp_as_str(s));
    t->s = s;
    t->d = sp_strobj_cbytes(o);
    t->ascii = o->ascii != 0;
    t->base_c = cidx;
    t->base_b = t->ascii ? cidx : sp_str_offset(vm, s, cidx);
}

static size_t count_chars(sp_cbytes d, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        n += (sp_cbytes_get(d, i) & 0xC0u) != 0x80u;
    return n;
}

/* The code point index of byte offset p (p >= base_b, on a boundary):
 * counted from the start or back from the end, whichever is nearer (a
 * document's end is usually at the end of the str). */
static size_t jtext_cpos(const jtext *t, size_t p)
{
    if (t->ascii)
        return p;
    if (p - t->base_b <= t->d.len - p)
        return t->base_c + count_chars(t->d, t->base_b, p);
    return sp_str_len(t->s) - count_chars(t->d, p, t->d.len);
}

/* Raise json.decoder.JSONDecodeError(msg, s, pos), the class imported
 * when it is first needed as CPython's module does. */
_Noreturn static void raise_errmsg_at(sp_vm *vm, const char *msg, sp_val s, sp_ssize cpos)
{
    sp_val mod = sp_import_cstr(vm, "json.decoder");
    sp_val cls = sp_getattr_cstr(vm, mod, "JSONDecodeError");
    sp_val args[3] = { sp_str_from_cstr(vm, msg), s, sp_int_from_i64(vm, (int64_t)cpos) };
    sp_val exc = sp_call(vm, cls, SP_VALS(args), NULL);
    sp_raise(vm, exc);
}

_Noreturn static void raise_errmsg(sp_vm *vm, const char *msg, const jtext *t, size_t p)
{
    raise_errmsg_at(vm, msg, t->s, (sp_ssize)jtext_cpos(t, p));
}

/* ---- strings ---------------------------------------------------------------*/

/* "Unterminated string starting at" the character before the contents
 * (which begin at byte `start`): the quote, or for scanstring() called
 * directly, end - 1 whatever is there (-1 for end 0, as CPython). */
_Noreturn static void unterminated(sp_vm *vm, const jtext *t, size_t start)
{
    sp_ssize c = start > t->base_b ? (sp_ssize)jtext_cpos(t, start - 1) : (sp_ssize)t->base_c - 1;
    raise_errmsg_at(vm, "Unterminated string starting at", t->s, c);
}

/* The 4 hex digits at d[p..p+3] as a code unit, or -1 if they are not
 * all there or not all hex digits. */
static int32_t hex4(sp_cbytes d, size_t p)
{
    if (p + 4 > d.len)
        return -1;
    int32_t v = 0;
    for (size_t i = p; i < p + 4; i++) {
        int h = sp_hex_digit(sp_cbytes_get(d, i));
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

/* The rest of a string whose contents began at byte `start` and hold
 * escapes, the first one at byte p. */
static sp_val scan_string_escapes(sp_vm *vm, const jtext *t, size_t start, size_t p, bool strict, size_t *endp)
{
    sp_cbytes d = t->d;
    size_t n = d.len;
    sp_strbuf b;
    sp_strbuf_init(vm, &b, p - start + 16);
    sp_strbuf_add(vm, &b, sp_cbytes_sub(d, start, p - start));
    for (;;) {
        /* d[p] is a backslash. */
        p++;
        if (p >= n)
            unterminated(vm, t, start);
        uint8_t e = sp_cbytes_get(d, p);
        if (e != 'u') {
            uint8_t c;
            switch (e) {
            case '"': c = '"'; break;
            case '\\': c = '\\'; break;
            case '/': c = '/'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            default: raise_errmsg(vm, "Invalid \\escape", t, p - 1);
            }
            sp_strbuf_add_ascii_char(vm, &b, (char)c);
            p++;
        } else {
            /* \uXXXX, followed by at least one more character (CPython's
             * bound); the error names the 'u'. */
            int32_t c = hex4(d, p + 1);
            if (c < 0 || p + 5 >= n)
                raise_errmsg(vm, "Invalid \\uXXXX escape", t, p);
            p += 5;
            if (c >= 0xD800 && c <= 0xDBFF && p + 1 < n && sp_cbytes_get(d, p) == '\\' && sp_cbytes_get(d, p + 1) == 'u') {
                /* A second \uXXXX: joined with the first if it is a low
                 * surrogate, else left for the next round.  Whatever is
                 * wrong with it is an error at its 'u', as the next round
                 * would also find. */
                int32_t c2 = hex4(d, p + 2);
                if (c2 < 0 || p + 6 >= n)
                    raise_errmsg(vm, "Invalid \\uXXXX escape", t, p + 1);
                if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
                    c = 0x10000 + (((c - 0xD800) << 10) | (c2 - 0xDC00));
                    p += 6;
                }
            }
            sp_strbuf_add_codepoint(vm, &b, (uint32_t)c);
        }
        /* The next run up to a quote or a backslash. */
        size_t q = p;
        uint8_t ch = 0;
        while (q < n) {
            ch = sp_cbytes_get(d, q);
            if (ch == '"' || ch == '\\')
                break;
            if (ch < 0x20 && strict)
                raise_errmsg(vm, "Invalid control character at", t, q);
            q++;
        }
        if (q >= n)
            unterminated(vm, t, start);
        sp_strbuf_add(vm, &b, sp_cbytes_sub(d, p, q - p));
        p = q;
        if (ch == '"') {
            *endp = q + 1;
            return sp_strbuf_finish(vm, &b);
        }
    }
}

/* The end of the run of plain string characters from byte p: the first
 * quote, backslash or (when strict) control character, or d.len. */
static size_t plain_run(sp_cbytes d, size_t p, bool strict)
{
    size_t q = p;
    while (q < d.len) {
        uint8_t ch = sp_cbytes_get(d, q);
        if (ch == '"' || ch == '\\' || (ch < 0x20 && strict))
            break;
        q++;
    }
    return q;
}

/* The JSON string whose contents start at byte p (just after the quote):
 * its value, and in *endp the byte offset after the closing quote. */
static sp_val scan_string(sp_vm *vm, const jtext *t, size_t p, bool strict, size_t *endp)
{
    sp_cbytes d = t->d;
    size_t n = d.len;
    size_t q = plain_run(d, p, strict);
    if (q >= n)
        unterminated(vm, t, p);
    uint8_t ch = sp_cbytes_get(d, q);
    if (ch < 0x20)
        raise_errmsg(vm, "Invalid control character at", t, q);
    if (ch == '"') {
        *endp = q + 1;
        return sp_str_from_range(vm, t->s, p, q - p);
    }
    return scan_string_escapes(vm, t, p, q, strict, endp);
}

/* scanstring(string, end, strict=True) -> (str, end) */
static sp_val json_scanstring(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "scanstring() takes no keyword arguments");
    if (args.len < 2)
        sp_raise_fmt(vm, vm->e.TypeError, "scanstring() takes at least 2 arguments (%zu given)", args.len);
    if (args.len > 3)
        sp_raise_fmt(vm, vm->e.TypeError, "scanstring() takes at most 3 arguments (%zu given)", args.len);
    sp_val s = sp_vals_get(args, 0);
    sp_ssize end = sp_str_arg_ssize(vm, sp_vals_get(args, 1));
    bool strict = args.len < 3 || sp_truthy(vm, sp_vals_get(args, 2));
    expect_str(vm, s);
    size_t len = sp_str_len(s);
    if (end < 0 || (size_t)end > len)
        sp_raise_fmt(vm, vm->e.ValueError, "end is out of bounds");
    jtext t;
    jtext_init(vm, &t, s, (size_t)end);
    size_t endb;
    sp_val r = scan_string(vm, &t, t.base_b, strict, &endb);
    return sp_tuple_pack2(vm, r, sp_cont_size(vm, jtext_cpos(&t, endb)));
}

/* ---- encoding strings ------------------------------------------------------*/

static void add_u_escape(sp_vm *vm, sp_strbuf *b, uint32_t u)
{
    static const char hex[] = "0123456789abcdef";
    char e[6] = { '\\', 'u', 0, 0, 0, 0 };
    sp_bytes eb = SP_BYTES(e);
    for (size_t i = 0; i < 4; i++)
        sp_bytes_set(eb, 2 + i, (uint8_t)sp_cbytes_get(SP_CBYTES(hex), (u >> (12 - 4 * i)) & 0xfu));
    sp_strbuf_add(vm, b, sp_cbytes_of(eb));
}

/* The escape of an ASCII byte that both encoders escape, or 0. */
static char short_escape(uint8_t c)
{
    switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '\b': return 'b';
    case '\f': return 'f';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    default: return 0;
    }
}

/* Append the JSON string literal of str s to b, quotes included:
 * ensure_ascii's escapes (every non-ASCII character as \uXXXX, a
 * surrogate pair beyond the BMP) when `ascii`, else only '"', '\\' and
 * the control characters, as the stdlib's encoders do. */
static void encode_string_into(sp_vm *vm, sp_strbuf *b, sp_val s, bool ascii)
{
    sp_cbytes d = sp_str_bytes(s);
    size_t n = d.len;
    sp_strbuf_add_ascii_char(vm, b, '"');
    size_t run = 0, p = 0;
    while (p < n) {
        uint8_t c = sp_cbytes_get(d, p);
        if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7f || !ascii)) {
            p++;
            continue;
        }
        if (p > run)
            sp_strbuf_add(vm, b, sp_cbytes_sub(d, run, p - run));
        if (c < 0x80) {
            char e = short_escape(c);
            if (e != 0) {
                char two[2] = { '\\', e };
                sp_strbuf_add(vm, b, SP_CBYTES(two));
            } else {
                add_u_escape(vm, b, c);
            }
            p++;
        } else {
            /* ascii only: a non-ASCII code point. */
            uint32_t cp = sp_u8_next(d, &p);
            if (cp >= 0x10000) {
                uint32_t v = cp - 0x10000;
                add_u_escape(vm, b, 0xD800 | (v >> 10));
                add_u_escape(vm, b, 0xDC00 | (v & 0x3ff));
            } else {
                add_u_escape(vm, b, cp);
            }
        }
        run = p;
    }
    if (n > run)
        sp_strbuf_add(vm, b, sp_cbytes_sub(d, run, n - run));
    sp_strbuf_add_ascii_char(vm, b, '"');
}


static sp_val encode_string(sp_vm *vm, sp_val s, bool ascii)
{
    sp_strbuf b;
    sp_strbuf_init(vm, &b, sp_str_bytes(s).len + 2);
    encode_string_into(vm, &b, s, ascii);
    return sp_strbuf_finish(vm, &b);
}

static sp_val json_encode_basestring_ascii(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val s = sp_cont_func_onearg(vm, args, kwnames, "_json.encode_basestring_ascii");
    expect_str(vm, s);
    return encode_string(vm, s, true);
}

static sp_val json_encode_basestring(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val s = sp_cont_func_onearg(vm, args, kwnames, "_json.encode_basestring");
    expect_str(vm, s);
    return encode_string(vm, s, false);
}

/* ---- the scanner -----------------------------------------------------------*/

typedef struct scanner_obj {
    sp_obj h;
    sp_val object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
    bool strict;
} scanner_obj;

static void scanner_trace(sp_heap *h, sp_obj *o)
{
    scanner_obj *s = (scanner_obj *)o;
    sp_gc_mark(h, s->object_hook);
    sp_gc_mark(h, s->object_pairs_hook);
    sp_gc_mark(h, s->parse_float);
    sp_gc_mark(h, s->parse_int);
    sp_gc_mark(h, s->parse_constant);
}

static scanner_obj *SCANNER(sp_val v) { return SP_CONT_AS(scanner_obj, v, sp_json_scanner_def); }

/* One call's state: the scanner, the text and the key memo, made on the
 * first key: equal keys of one document share one str, as CPython's memo
 * dict makes them.  The memo is two-level for speed: a direct-mapped
 * table of MEMO_SLOTS strs indexed by hash bits, whose slots are filled
 * once and never replaced, and a dict for the keys that found their
 * slot taken by another.  A key thus always lands in the same place (its
 * slot if it came there first, else the dict), so the sharing is exact,
 * at one array probe for most keys instead of a dict lookup and insert
 * (the dict memo was 16% of json.loads' instructions). */
#define MEMO_SLOTS 256u
typedef struct jscan {
    scanner_obj *sc;
    jtext t;
    sp_valarray *slots;
    sp_val memo;
} jscan;

static sp_val scan_value(sp_vm *vm, jscan *js, size_t p, size_t *endp);

static size_t skip_ws(sp_cbytes d, size_t p)
{
    while (p < d.len && is_ws(sp_cbytes_get(d, p)))
        p++;
    return p;
}

static bool at(sp_cbytes d, size_t p, uint8_t c) { return p < d.len && sp_cbytes_get(d, p) == c; }

_Noreturn static void stop_at(sp_vm *vm, const jtext *t, size_t p)
{
    sp_raise_stop_iteration(vm, sp_cont_size(vm, jtext_cpos(t, p)));
}

/* The memo's slot hash: FNV-1a over the key's UTF-8 bytes, which for a
 * key without escapes are the document's own bytes, so a key seen before
 * is found without making its str. */
static uint32_t memo_hash(sp_cbytes b)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < b.len; i++)
        h = (h ^ sp_cbytes_get(b, i)) * 16777619u;
    return h;
}

static sp_vals memo_slots(sp_vm *vm, jscan *js)
{
    if (js->slots == NULL)
        js->slots = sp_valarray_new(vm, MEMO_SLOTS);
    return sp_valarray_span(js->slots);
}

/* The memo's str for `key`, whose memo_hash is h. */
static sp_val memo_key(sp_vm *vm, jscan *js, sp_val key, uint32_t h)
{
    sp_vals slots = memo_slots(vm, js);
    size_t i = h & (MEMO_SLOTS - 1);
    sp_val k = sp_vals_get(slots, i);
    if (k == NULL) {
        sp_vals_set(slots, i, key);
        return key;
    }
    if (sp_str_eq(k, key))
        return k;
    if (js->memo == NULL)
        js->memo = sp_dict_new(vm);
    sp_val old = sp_dict_get_str(vm, js->memo, key);
    if (old != NULL)
        return old;
    sp_dict_set(vm, js->memo, key, key);
    return key;
}

/* An object key, its contents starting at byte p: a key without escapes
 * whose slot already holds it costs no allocation. */
static sp_val scan_key(sp_vm *vm, jscan *js, size_t p, size_t *endp)
{
    const jtext *t = &js->t;
    size_t q = plain_run(t->d, p, js->sc->strict);
    if (q < t->d.len && sp_cbytes_get(t->d, q) == '"') {
        sp_cbytes raw = sp_cbytes_sub(t->d, p, q - p);
        uint32_t h = memo_hash(raw);
        sp_val k = sp_vals_get(memo_slots(vm, js), h & (MEMO_SLOTS - 1));
        *endp = q + 1;
        if (k != NULL && sp_cbytes_eq(sp_str_bytes(k), raw))
            return k;
        return memo_key(vm, js, sp_str_from_range(vm, t->s, p, q - p), h);
    }
    /* Escapes, or an error to report. */
    sp_val key = scan_string(vm, t, p, js->sc->strict, endp);
    return memo_key(vm, js, key, memo_hash(sp_str_bytes(key)));
}

/* The object whose '{' is just before byte p. */
static sp_val parse_object(sp_vm *vm, jscan *js, size_t p, size_t *endp)
{
    const jtext *t = &js->t;
    sp_cbytes d = t->d;
    scanner_obj *sc = js->sc;
    bool pairs = sc->object_pairs_hook != vm->None;
    sp_val rval = pairs ? sp_list_new(vm, 0) : sp_dict_new(vm);
    p = skip_ws(d, p);
    if (!at(d, p, '}')) {
        for (;;) {
            if (!at(d, p, '"'))
                raise_errmsg(vm, "Expecting property name enclosed in double quotes", t, p);
            size_t next;
            sp_val key = scan_key(vm, js, p + 1, &next);
            p = skip_ws(d, next);
            if (!at(d, p, ':'))
                raise_errmsg(vm, "Expecting ':' delimiter", t, p);
            p = skip_ws(d, p + 1);
            sp_val val = scan_value(vm, js, p, &next);
            if (pairs)
                sp_list_append(vm, rval, sp_tuple_pack2(vm, key, val));
            else
                sp_dict_set(vm, rval, key, val);
            p = skip_ws(d, next);
            if (at(d, p, '}'))
                break;
            if (!at(d, p, ','))
                raise_errmsg(vm, "Expecting ',' delimiter", t, p);
            p = skip_ws(d, p + 1);
        }
    }
    *endp = p + 1;
    if (pairs)
        return sp_call1(vm, sc->object_pairs_hook, rval);
    if (sc->object_hook != vm->None)
        return sp_call1(vm, sc->object_hook, rval);
    return rval;
}

/* The array whose '[' is just before byte p. */
static sp_val parse_array(sp_vm *vm, jscan *js, size_t p, size_t *endp)
{
    const jtext *t = &js->t;
    sp_cbytes d = t->d;
    sp_val rval = sp_list_new(vm, 0);
    p = skip_ws(d, p);
    if (!at(d, p, ']')) {
        for (;;) {
            size_t next;
            sp_val val = scan_value(vm, js, p, &next);
            sp_list_append(vm, rval, val);
            p = skip_ws(d, next);
            if (at(d, p, ']'))
                break;
            if (!at(d, p, ','))
                raise_errmsg(vm, "Expecting ',' delimiter", t, p);
            p = skip_ws(d, p + 1);
        }
    }
    *endp = p + 1;
    return rval;
}

/* The value of a JSON float literal (the scanner's grammar: already
 * checked) when it is exactly computable in one rounding: digits making
 * an integer below 2**53 and a power of ten up to 10**22, both exact
 * doubles, so M * 10**k or M / 10**k is the correctly rounded value, as
 * strtod would give it (Clinger's fast path).  false: leave it to
 * sp_parse_double. */
static bool fast_double(sp_cbytes text, double *out)
{
    size_t i = 0, n = text.len;
    bool neg = sp_cbytes_get(text, 0) == '-';
    if (neg)
        i++;
    uint64_t m = 0;
    int scale = 0;          /* digits after the point */
    bool frac = false;
    for (; i < n; i++) {
        uint8_t c = sp_cbytes_get(text, i);
        if (c == '.') {
            frac = true;
            continue;
        }
        if (c == 'e' || c == 'E')
            break;
        m = m * 10 + (uint64_t)(c - '0');
        if (m >= (UINT64_C(1) << 53))
            return false;
        if (frac)
            scale++;
    }
    int e10 = 0;
    if (i < n) {
        i++;
        bool eneg = false;
        if (sp_cbytes_get(text, i) == '-' || sp_cbytes_get(text, i) == '+')
            eneg = sp_cbytes_get(text, i++) == '-';
        if (n - i > 3)
            return false;
        for (; i < n; i++)
            e10 = e10 * 10 + (sp_cbytes_get(text, i) - '0');
        if (eneg)
            e10 = -e10;
    }
    e10 -= scale;
    if (e10 < -22 || e10 > 22)
        return false;
    double p10 = 1.0;
    for (int k = e10 < 0 ? -e10 : e10; k > 0; k--)
        p10 *= 10.0;
    double v = e10 < 0 ? (double)m / p10 : (double)m * p10;
    *out = neg ? -v : v;
    return true;
}

/* A number at byte `start` (no sign or digit there: StopIteration), by
 * CPython's rules: JSON's grammar in ASCII digits, an exponent without
 * digits left out of the number. */
static sp_val match_number(sp_vm *vm, jscan *js, size_t start, size_t *endp)
{
    const jtext *t = &js->t;
    sp_cbytes d = t->d;
    size_t n = d.len;
    size_t p = start;
    bool is_float = false;
    if (sp_cbytes_get(d, p) == '-') {
        p++;
        if (p >= n)
            stop_at(vm, t, start);
    }
    uint8_t c = sp_cbytes_get(d, p);
    if (c >= '1' && c <= '9') {
        p++;
        while (p < n && is_digit(sp_cbytes_get(d, p)))
            p++;
    } else if (c == '0') {
        p++;
    } else {
        stop_at(vm, t, start);
    }
    if (p + 1 < n && sp_cbytes_get(d, p) == '.' && is_digit(sp_cbytes_get(d, p + 1))) {
        is_float = true;
        p += 2;
        while (p < n && is_digit(sp_cbytes_get(d, p)))
            p++;
    }
    if (p + 1 < n && (sp_cbytes_get(d, p) == 'e' || sp_cbytes_get(d, p) == 'E')) {
        size_t e_start = p;
        p++;
        if (p + 1 < n && (sp_cbytes_get(d, p) == '-' || sp_cbytes_get(d, p) == '+'))
            p++;
        while (p < n && is_digit(sp_cbytes_get(d, p)))
            p++;
        if (is_digit(sp_cbytes_get(d, p - 1)))
            is_float = true;
        else
            p = e_start;
    }
    *endp = p;
    scanner_obj *sc = js->sc;
    sp_cbytes text = sp_cbytes_sub(d, start, p - start);
    sp_val custom = is_float ? sc->parse_float : sc->parse_int;
    if (custom != (sp_val)(is_float ? vm->t.float_ : vm->t.int_))
        return sp_call1(vm, custom, sp_str_new(vm, text));
    if (is_float) {
        double v;
        if (fast_double(text, &v))
            return sp_float_new(vm, v);
        if (!sp_parse_double(text, &v))
            sp_trap("_json: a JSON number float() refused");
        return sp_float_new(vm, v);
    }
    if (text.len <= 18) {
        /* At most 18 digits: it fits an int64. */
        bool neg = sp_cbytes_get(text, 0) == '-';
        int64_t v = 0;
        for (size_t i = neg ? 1 : 0; i < text.len; i++)
            v = v * 10 + (sp_cbytes_get(text, i) - '0');
        return sp_cont_i64(vm, neg ? -v : v);
    }
    return sp_int_from_str(vm, text, 10);
}

/* parse_constant("NaN") and the like. */
static sp_val parse_constant(sp_vm *vm, jscan *js, const char *name, size_t p, size_t *endp)
{
    size_t len = sp_cbytes_of_cstr(name).len;
    sp_val r = sp_call1(vm, js->sc->parse_constant, sp_intern_cstr(vm, name));
    *endp = p + len;
    return r;
}

/* Does the text at byte p start with the ASCII word w? */
static bool word_at(sp_cbytes d, size_t p, const char *w)
{
    sp_cbytes wb = sp_cbytes_of_cstr(w);
    if (p + wb.len > d.len)
        return false;
    for (size_t i = 0; i < wb.len; i++)
        if (sp_cbytes_get(d, p + i) != sp_cbytes_get(wb, i))
            return false;
    return true;
}

/* Any JSON value at byte p; StopIteration(pos) if there is none. */
static sp_val scan_value(sp_vm *vm, jscan *js, size_t p, size_t *endp)
{
    const jtext *t = &js->t;
    sp_cbytes d = t->d;
    if (p >= d.len)
        stop_at(vm, t, p);
    sp_val r;
    switch (sp_cbytes_get(d, p)) {
    case '"':
        return scan_string(vm, t, p + 1, js->sc->strict, endp);
    case '{':
        json_enter(vm, " while decoding a JSON object from a unicode string");
        r = parse_object(vm, js, p + 1, endp);
        json_leave(vm);
        return r;
    case '[':
        json_enter(vm, " while decoding a JSON array from a unicode string");
        r = parse_array(vm, js, p + 1, endp);
        json_leave(vm);
        return r;
    case 'n':
        if (word_at(d, p, "null")) {
            *endp = p + 4;
            return vm->None;
        }
        break;
    case 't':
        if (word_at(d, p, "true")) {
            *endp = p + 4;
            return vm->True;
        }
        break;
    case 'f':
        if (word_at(d, p, "false")) {
            *endp = p + 5;
            return vm->False;
        }
        break;
    case 'N':
        if (word_at(d, p, "NaN"))
            return parse_constant(vm, js, "NaN", p, endp);
        break;
    case 'I':
        if (word_at(d, p, "Infinity"))
            return parse_constant(vm, js, "Infinity", p, endp);
        break;
    case '-':
        if (word_at(d, p, "-Infinity"))
            return parse_constant(vm, js, "-Infinity", p, endp);
        break;
    default:
        break;
    }
    return match_number(vm, js, p, endp);
}

static sp_val scanner_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "context" };
    sp_type *cls = sp_as_type(sp_vals_get(args, 0));
    sp_val out[1];
    sp_parse_args(vm, "make_scanner", sp_vals_from(args, 1), kwnames, kw, 1, SP_VALS(out));
    sp_val ctx = out[0];
    /* Read everything first, in CPython's order. */
    bool strict = sp_truthy(vm, sp_getattr_cstr(vm, ctx, "strict"));
    sp_val object_hook = sp_getattr_cstr(vm, ctx, "object_hook");
    sp_val object_pairs_hook = sp_getattr_cstr(vm, ctx, "object_pairs_hook");
    sp_val parse_float = sp_getattr_cstr(vm, ctx, "parse_float");
    sp_val parse_int = sp_getattr_cstr(vm, ctx, "parse_int");
    sp_val parse_constant = sp_getattr_cstr(vm, ctx, "parse_constant");
    sp_val self = sp_alloc(vm, cls, sizeof(scanner_obj));   /* not a base type: cls is ours */
    scanner_obj *s = SCANNER(self);
    s->strict = strict;
    s->object_hook = object_hook;
    s->object_pairs_hook = object_pairs_hook;
    s->parse_float = parse_float;
    s->parse_int = parse_int;
    s->parse_constant = parse_constant;
    return self;
}

/* scan_once(string, idx) -> (value, end) */
static sp_val scanner_call_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "string", "idx" };
    sp_val self = sp_vals_get(args, 0);
    SCANNER(self);
    sp_val out[2];
    sp_parse_args(vm, "scan_once", sp_vals_from(args, 1), kwnames, kw, 2, SP_VALS(out));
    sp_val s = out[0];
    sp_ssize idx = sp_str_arg_ssize(vm, out[1]);
    expect_str(vm, s);
    if (idx < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "idx cannot be negative");
    if ((size_t)idx >= sp_str_len(s))
        sp_raise_stop_iteration(vm, sp_cont_size(vm, (size_t)idx));
    jscan js = { .sc = SCANNER(self), .slots = NULL, .memo = NULL };
    jtext_init(vm, &js.t, s, (size_t)idx);
    size_t endb;
    sp_val r = scan_value(vm, &js, js.t.base_b, &endb);
    return sp_tuple_pack2(vm, r, sp_cont_size(vm, jtext_cpos(&js.t, endb)));
}

static sp_val scanner_strict_get(sp_vm *vm, sp_val self) { return sp_bool(vm, SCANNER(self)->strict); }
static sp_val scanner_object_hook_get(sp_vm *vm, sp_val self) { return SCANNER(self)->object_hook; }
static sp_val scanner_object_pairs_hook_get(sp_vm *vm, sp_val self) { return SCANNER(self)->object_pairs_hook; }
static sp_val scanner_parse_float_get(sp_vm *vm, sp_val self) { return SCANNER(self)->parse_float; }
static sp_val scanner_parse_int_get(sp_vm *vm, sp_val self) { return SCANNER(self)->parse_int; }
static sp_val scanner_parse_constant_get(sp_vm *vm, sp_val self) { return SCANNER(self)->parse_constant; }

static const sp_getsetdef scanner_getsets[] = {
    { "strict", scanner_strict_get, NULL, "strict" },
    { "object_hook", scanner_object_hook_get, NULL, "object_hook" },
    { "object_pairs_hook", scanner_object_pairs_hook_get, NULL, NULL },
    { "parse_float", scanner_parse_float_get, NULL, "parse_float" },
    { "parse_int", scanner_parse_int_get, NULL, "parse_int" },
    { "parse_constant", scanner_parse_constant_get, NULL, "parse_constant" },
    { NULL, NULL, NULL, NULL },
};

static const sp_methoddef scanner_methods[] = {
    { "__new__", scanner_new_m, SP_METH_STATIC, NULL },
    { "__call__", scanner_call_m, 0, "Call self as a function." },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_json_scanner_def = {
    .name = "_json.Scanner",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(scanner_obj),
    .trace = scanner_trace,
    .methods = scanner_methods,
    .getsets = scanner_getsets,
    .doc = "make_scanner(context): scan_once(string, idx) -> (value, end)",
};

/* ---- the encoder -----------------------------------------------------------*/

enum { FAST_NONE, FAST_ASCII, FAST_UNICODE };

typedef struct encoder_obj {
    sp_obj h;
    sp_val markers, defaultfn, encoder, indent, key_separator, item_separator;
    bool sort_keys, skipkeys, allow_nan;
    int fast;               /* the encoder is one of ours: call no function */
} encoder_obj;

static void encoder_trace(sp_heap *h, sp_obj *o)
{
    encoder_obj *e = (encoder_obj *)o;
    sp_gc_mark(h, e->markers);
    sp_gc_mark(h, e->defaultfn);
    sp_gc_mark(h, e->encoder);
    sp_gc_mark(h, e->indent);
    sp_gc_mark(h, e->key_separator);
    sp_gc_mark(h, e->item_separator);
}

static encoder_obj *ENCODER(sp_val v) { return SP_CONT_AS(encoder_obj, v, sp_json_encoder_def); }

static void encode_obj(sp_vm *vm, encoder_obj *e, sp_strbuf *b, sp_val obj);

/* float.__repr__ of v, written here when the exact decimal value of v has
 * at most 15 significant digits and its repr is in fixed notation (the
 * 1.5, 1234.25, 1000.0 of typical documents).  Such a text is the
 * shortest that reads back as v: any decimal with fewer digits is at
 * least a unit of the 15th digit away, more than the half ulp (2**-53
 * relative) that rounding forgives.  So the exact digits are the repr,
 * without sp_double_to_cstr's search over precisions (up to 17 rounds of
 * printf and strtod).  false: not such a value, nothing written. */
static bool short_float_repr(sp_vm *vm, sp_strbuf *b, double v)
{
    union { double d; uint64_t u; } bits = { .d = v };
    bool neg = (bits.u >> 63) != 0;
    int bexp = (int)((bits.u >> 52) & 0x7ffu);
    uint64_t mant = bits.u & ((UINT64_C(1) << 52) - 1);
    if (bexp == 0 && mant == 0) {
        sp_strbuf_add_cstr(vm, b, neg ? "-0.0" : "0.0");
        return true;
    }
    if (bexp == 0 || bexp == 0x7ff)
        return false;   /* subnormal, or not finite */
    /* v = mant * 2**e with mant odd */
    mant |= UINT64_C(1) << 52;
    int e = bexp - 1075;
    int tz = __builtin_ctzll(mant);
    mant >>= tz;
    e += tz;
    /* v = num / 10**k */
    uint64_t num = mant;
    int k = 0;
    if (e >= 0) {
        if (e >= 63 || (mant >> (63 - e)) != 0)
            return false;
        num = mant << e;
    } else {
        k = -e;
        if (k > 27)
            return false;
        for (int i = 0; i < k; i++)
            if (__builtin_mul_overflow(num, (uint64_t)5, &num))
                return false;
    }
    while (num % 10 == 0) {
        num /= 10;
        k--;
    }
    char dg[24];
    sp_bytes digits = SP_BYTES(dg);
    size_t nd = 0;
    for (uint64_t x = num; x != 0; x /= 10)
        nd++;
    if (nd > 15)
        return false;
    for (size_t i = nd; i-- > 0; num /= 10)
        sp_bytes_set(digits, i, (uint8_t)('0' + num % 10));
    int exp10 = (int)nd - 1 - k;   /* of the first digit */
    if (exp10 < -4 || exp10 >= 16)
        return false;
    char out[48];
    sp_bytes o = SP_BYTES(out);
    size_t n = 0;
    if (neg)
        sp_bytes_set(o, n++, '-');
    if (exp10 >= 0) {
        size_t ip = (size_t)exp10 + 1;
        for (size_t i = 0; i < ip; i++)
            sp_bytes_set(o, n++, i < nd ? sp_bytes_get(digits, i) : (uint8_t)'0');
        sp_bytes_set(o, n++, '.');
        if (nd <= ip)
            sp_bytes_set(o, n++, '0');
        for (size_t i = ip; i < nd; i++)
            sp_bytes_set(o, n++, sp_bytes_get(digits, i));
    } else {
        sp_bytes_set(o, n++, '0');
        sp_bytes_set(o, n++, '.');
        for (int i = -1; i > exp10; i--)
            sp_bytes_set(o, n++, '0');
        for (size_t i = 0; i < nd; i++)
            sp_bytes_set(o, n++, sp_bytes_get(digits, i));
    }
    sp_strbuf_add(vm, b, sp_cbytes_sub(sp_cbytes_of(o), 0, n));
    return true;
}

/* float.__repr__, or the constants allow_nan permits. */
static void encode_float(sp_vm *vm, encoder_obj *e, sp_strbuf *b, double v)
{
    if (v != v || v == __builtin_inf() || v == -__builtin_inf()) {
        if (!e->allow_nan)
            sp_raise_fmt(vm, vm->e.ValueError, "Out of range float values are not JSON compliant");
        sp_strbuf_add_cstr(vm, b, v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN");
        return;
    }
    if (short_float_repr(vm, b, v))
        return;
    char buf[64];
    size_t n = sp_double_to_cstr(SP_BYTES(buf), v, 'r', 0, false);
    sp_strbuf_add(vm, b, sp_cbytes_sub(SP_CBYTES(buf), 0, n));
}

/* int.__repr__ (never a subclass's: IntEnum members are numbers). */
static void encode_int(sp_vm *vm, sp_strbuf *b, sp_val v)
{
    if (sp_is_small(v)) {
        char buf[24];
        size_t n = sp_i64_dec(sp_small_get(v), SP_BYTES(buf));
        sp_strbuf_add(vm, b, sp_cbytes_sub(SP_CBYTES(buf), n, sizeof buf - n));
        return;
    }
    sp_strbuf_add_str(vm, b, sp_repr(vm, sp_int_exact(vm, v)));
}

/* A str through the encoder: written directly when it is ours. */
static void encode_str(sp_vm *vm, encoder_obj *e, sp_strbuf *b, sp_val s)
{
    if (e->fast != FAST_NONE) {
        encode_string_into(vm, b, s, e->fast == FAST_ASCII);
        return;
    }
    sp_val r = sp_call1(vm, e->encoder, s);
    if (!sp_is_str(r))
        sp_raise_fmt(vm, vm->e.TypeError, "encoder() must return a string, not %T", r);
    sp_strbuf_add_str(vm, b, r);
}

/* Enter a container (or a default() result): the circular check through
 * markers, keyed by id(); returns the key to leave with, or NULL. */
static sp_val markers_enter(sp_vm *vm, encoder_obj *e, sp_val obj)
{
    if (e->markers == vm->None)
        return NULL;
    sp_val ident = sp_int_from_u64(vm, (uint64_t)(uintptr_t)obj);
    if (sp_dict_get(vm, e->markers, ident) != NULL)
        sp_raise_fmt(vm, vm->e.ValueError, "Circular reference detected");
    sp_dict_set(vm, e->markers, ident, obj);
    return ident;
}

static void markers_leave(sp_vm *vm, encoder_obj *e, sp_val ident)
{
    if (ident != NULL && !sp_dict_del(vm, e->markers, ident))
        sp_raise_key_error(vm, ident);
}

static void encode_list(sp_vm *vm, encoder_obj *e, sp_strbuf *b, sp_val seq)
{
    /* A subclass goes through list(seq) (its __iter__), as PySequence_Fast. */
    sp_val items = seq;
    if (!sp_is_exact(vm, seq, vm->t.list) && !sp_is_exact(vm, seq, vm->t.tuple))
        items = sp_list_from_iter(vm, seq);
    bool is_list = sp_is_list(items);
    size_t n = is_list ? sp_list_len(items) : sp_tuple_len(items);
    if (n == 0) {
        sp_strbuf_add_cstr(vm, b, "[]");
        return;
    }
    sp_val ident = markers_enter(vm, e, seq);
    sp_strbuf_add_ascii_char(vm, b, '[');
    /* The length is read again at every step: default() may change it. */
    for (size_t i = 0; i < (is_list ? sp_list_len(items) : n); i++) {
        if (i > 0)
            sp_strbuf_add_str(vm, b, e->item_separator);
        encode_obj(vm, e, b, is_list ? sp_list_get(items, i) : sp_tuple_get(items, i));
    }
    markers_leave(vm, e, ident);
    sp_strbuf_add_ascii_char(vm, b, ']');
}

/* One key as JSON text: str, float, True/False/None, int; NULL to skip
 * it (skipkeys), else TypeError. */
static bool encode_key(sp_vm *vm, encoder_obj *e, sp_strbuf *b, sp_val key, bool first)
{
    sp_val kstr = NULL;
    if (sp_is_str(key)) {
        kstr = key;
    } else if (sp_is_float(key) || key == vm->True || key == vm->False || key == vm->None || sp_is_int(key)) {
        sp_strbuf kb;
        sp_strbuf_init(vm, &kb, 32);
        if (sp_is_float(key))
            encode_float(vm, e, &kb, sp_float_get(key));
        else if (key == vm->True || key == vm->False || key == vm->None)
            sp_strbuf_add_cstr(vm, &kb, key == vm->True ? "true" : key == vm->False ? "false" : "null");
        else
            encode_int(vm, &kb, key);
        kstr = sp_strbuf_finish(vm, &kb);
    } else if (e->skipkeys) {
        return false;
    } else {
        sp_raise_fmt(vm, vm->e.TypeError, "keys must be str, int, float, bool or None, not %T", key);
    }
    if (!first)
        sp_strbuf_add_str(vm, b, e->item_separator);
    encode_str(vm, e, b, kstr);
    sp_strbuf_add_str(vm, b, e->key_separator);
    return true;
}

static sp_val iter_cb(sp_vm *vm, void *ud) { return sp_iter(vm, *(sp_val *)ud); }

static void encode_dict(sp_vm *vm, encoder_obj *e, sp_strbuf *b, sp_val dct)
{
    if (sp_is_exact(vm, dct, vm->t.dict) && sp_dict_len(dct) == 0) {
        sp_strbuf_add_cstr(vm, b, "{}");
        return;
    }
    sp_val items;
    if (!sp_is_exact(vm, dct, vm->t.dict)) {
        /* A subclass: its items(), as PyMapping_Items (and the empty
         * check on the dict itself, as CPython's). */
        if (sp_dict_len(dct) == 0) {
            sp_strbuf_add_cstr(vm, b, "{}");
            return;
        }
        sp_val ident = markers_enter(vm, e, dct);
        sp_strbuf_add_ascii_char(vm, b, '{');
        sp_val self;
        sp_val f = sp_lookup_method(vm, dct, sp_intern_cstr(vm, "items"), &self);
        sp_val r = self != NULL ? sp_call1(vm, f, self) : sp_call0(vm, f);
        sp_val exc = NULL;
        sp_val it = sp_pcall(vm, iter_cb, &r, &exc);
        if (it == NULL) {
            if (sp_exc_matches(vm, exc, vm->e.TypeError))
                sp_raise_fmt(vm, vm->e.TypeError, "%T.items() returned a non-iterable (type %T)", dct, r);
            sp_raise(vm, exc);
        }
        items = sp_list_from_iter(vm, it);
        if (e->sort_keys)
            sp_list_sort(vm, items, NULL, false);
        bool first = true;
        for (size_t i = 0; i < sp_list_len(items); i++) {
            sp_val item = sp_list_get(items, i);
            if (!sp_is_tuple(item) || sp_tuple_len(item) != 2)
                sp_raise_fmt(vm, vm->e.ValueError, "items must return 2-tuples");
            if (!encode_key(vm, e, b, sp_tuple_get(item, 0), first))
                continue;
            first = false;
            encode_obj(vm, e, b, sp_tuple_get(item, 1));
        }
        markers_leave(vm, e, ident);
        sp_strbuf_add_ascii_char(vm, b, '}');
        return;
    }
    sp_val ident = markers_enter(vm, e, dct);
    sp_strbuf_add_ascii_char(vm, b, '{');
    /* A snapshot of the items, as CPython takes (the callbacks may change
     * the dict): keys and values side by side, or (key, value) tuples
     * when they are to be sorted as CPython sorts them. */
    size_t n = sp_dict_len(dct);
    if (e->sort_keys) {
        items = sp_list_new(vm, n);
        size_t pos = 0;
        sp_val k, v;
        while (sp_dict_next(dct, &pos, &k, &v))
            sp_list_append(vm, items, sp_tuple_pack2(vm, k, v));
        sp_list_sort(vm, items, NULL, false);
        bool first = true;
        for (size_t i = 0; i < sp_list_len(items); i++) {
            sp_val item = sp_list_get(items, i);
            if (!encode_key(vm, e, b, sp_tuple_get(item, 0), first))
                continue;
            first = false;
            encode_obj(vm, e, b, sp_tuple_get(item, 1));
        }
    } else {
        sp_valarray *snap = sp_valarray_new(vm, sp_size_mul_or_raise(vm, n, 2));
        sp_vals kv = sp_valarray_span(snap);
        size_t pos = 0, m = 0;
        sp_val k, v;
        while (m < n && sp_dict_next(dct, &pos, &k, &v)) {
            sp_vals_set(kv, 2 * m, k);
            sp_vals_set(kv, 2 * m + 1, v);
            m++;
        }
        bool first = true;
        for (size_t i = 0; i < m; i++) {
            if (!encode_key(vm, e, b, sp_vals_get(kv, 2 * i), first))
                continue;
            first = false;
            encode_obj(vm, e, b, sp_vals_get(kv, 2 * i + 1));
        }
    }
    markers_leave(vm, e, ident);
    sp_strbuf_add_ascii_char(vm, b, '}');
}

static void encode_obj(sp_vm *vm, encoder_obj *e, sp_strbuf *b, sp_val obj)
{
    if (obj == vm->None) {
        sp_strbuf_add_cstr(vm, b, "null");
    } else if (obj == vm->True) {
        sp_strbuf_add_cstr(vm, b, "true");
    } else if (obj == vm->False) {
        sp_strbuf_add_cstr(vm, b, "false");
    } else if (sp_is_str(obj)) {
        encode_str(vm, e, b, obj);
    } else if (sp_is_int(obj)) {
        encode_int(vm, b, obj);
    } else if (sp_is_float(obj)) {
        encode_float(vm, e, b, sp_float_get(obj));
    } else if (sp_is_list(obj) || sp_is_tuple(obj)) {
        json_enter(vm, " while encoding a JSON object");
        encode_list(vm, e, b, obj);
        json_leave(vm);
    } else if (sp_is_dict(obj)) {
        json_enter(vm, " while encoding a JSON object");
        encode_dict(vm, e, b, obj);
        json_leave(vm);
    } else {
        sp_val ident = markers_enter(vm, e, obj);
        sp_val newobj = sp_call1(vm, e->defaultfn, obj);
        json_enter(vm, " while encoding a JSON object");
        encode_obj(vm, e, b, newobj);
        json_leave(vm);
        markers_leave(vm, e, ident);
    }
}

static sp_val encoder_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "markers", "default", "encoder", "indent", "key_separator",
                                      "item_separator", "sort_keys", "skipkeys", "allow_nan" };
    sp_type *cls = sp_as_type(sp_vals_get(args, 0));
    sp_val out[9];
    sp_parse_args(vm, "make_encoder", sp_vals_from(args, 1), kwnames, kw, 9, SP_VALS(out));
    sp_vals o = SP_VALS(out);
    for (size_t i = 4; i < 6; i++)
        if (!sp_is_str(sp_vals_get(o, i)))
            sp_raise_fmt(vm, vm->e.TypeError, "make_encoder() argument %d must be str, not %s", (int)i + 1,
                         sp_argtype_name(vm, sp_vals_get(o, i)));
    bool sort_keys = sp_truthy(vm, out[6]);
    bool skipkeys = sp_truthy(vm, out[7]);
    bool allow_nan = sp_truthy(vm, out[8]);
    sp_val markers = out[0];
    if (markers != vm->None && !sp_is_dict(markers))
        sp_raise_fmt(vm, vm->e.TypeError, "make_encoder() argument 1 must be dict or None, not %T", markers);
    sp_val self = sp_alloc(vm, cls, sizeof(encoder_obj));   /* not a base type: cls is ours */
    encoder_obj *e = ENCODER(self);
    e->markers = markers;
    e->defaultfn = out[1];
    e->encoder = out[2];
    e->indent = out[3];
    e->key_separator = out[4];
    e->item_separator = out[5];
    e->sort_keys = sort_keys;
    e->skipkeys = skipkeys;
    e->allow_nan = allow_nan;
    e->fast = FAST_NONE;
    sp_val enc = out[2];
    if (sp_is_ptr(enc) && enc->type == vm->t.builtin_function) {
        const sp_builtin_obj *bf = (const sp_builtin_obj *)enc;
        if (bf->def->fn == json_encode_basestring_ascii)
            e->fast = FAST_ASCII;
        else if (bf->def->fn == json_encode_basestring)
            e->fast = FAST_UNICODE;
    }
    return self;
}

/* _iterencode(obj, _current_indent_level) -> [text]: one chunk, the whole
 * text, in a list as CPython 3.11's. */
static sp_val encoder_call_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "obj", "_current_indent_level" };
    sp_val self = sp_vals_get(args, 0);
    ENCODER(self);
    sp_val out[2];
    sp_parse_args(vm, "_iterencode", sp_vals_from(args, 1), kwnames, kw, 2, SP_VALS(out));
    /* The indent level only matters with an indent, which the Python
     * encoder handles (json.encoder never makes us for one). */
    (void)sp_str_arg_ssize(vm, out[1]);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 256);
    encode_obj(vm, ENCODER(self), &b, out[0]);
    sp_val text = sp_strbuf_finish(vm, &b);
    sp_val chunks = sp_list_new(vm, 1);
    sp_list_append(vm, chunks, text);
    return chunks;
}

static sp_val encoder_markers_get(sp_vm *vm, sp_val self) { return ENCODER(self)->markers; }
static sp_val encoder_default_get(sp_vm *vm, sp_val self) { return ENCODER(self)->defaultfn; }
static sp_val encoder_encoder_get(sp_vm *vm, sp_val self) { return ENCODER(self)->encoder; }
static sp_val encoder_indent_get(sp_vm *vm, sp_val self) { return ENCODER(self)->indent; }
static sp_val encoder_key_separator_get(sp_vm *vm, sp_val self) { return ENCODER(self)->key_separator; }
static sp_val encoder_item_separator_get(sp_vm *vm, sp_val self) { return ENCODER(self)->item_separator; }
static sp_val encoder_sort_keys_get(sp_vm *vm, sp_val self) { return sp_bool(vm, ENCODER(self)->sort_keys); }
static sp_val encoder_skipkeys_get(sp_vm *vm, sp_val self) { return sp_bool(vm, ENCODER(self)->skipkeys); }

static const sp_getsetdef encoder_getsets[] = {
    { "markers", encoder_markers_get, NULL, "markers" },
    { "default", encoder_default_get, NULL, "default" },
    { "encoder", encoder_encoder_get, NULL, "encoder" },
    { "indent", encoder_indent_get, NULL, "indent" },
    { "key_separator", encoder_key_separator_get, NULL, "key_separator" },
    { "item_separator", encoder_item_separator_get, NULL, "item_separator" },
    { "sort_keys", encoder_sort_keys_get, NULL, "sort_keys" },
    { "skipkeys", encoder_skipkeys_get, NULL, "skipkeys" },
    { NULL, NULL, NULL, NULL },
};

static const sp_methoddef encoder_methods[] = {
    { "__new__", encoder_new_m, SP_METH_STATIC, NULL },
    { "__call__", encoder_call_m, 0, "Call self as a function." },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_json_encoder_def = {
    .name = "_json.Encoder",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(encoder_obj),
    .trace = encoder_trace,
    .methods = encoder_methods,
    .getsets = encoder_getsets,
    .doc = "make_encoder(markers, default, encoder, indent, key_separator, item_separator,\n"
           "             sort_keys, skipkeys, allow_nan): a callable giving the JSON text of obj",
};

/* ---- the module ------------------------------------------------------------*/

static const sp_methoddef json_functions[] = {
    { "encode_basestring_ascii", json_encode_basestring_ascii, 0,
      "encode_basestring_ascii(s) -> str: s as a JSON string literal, ASCII only." },
    { "encode_basestring", json_encode_basestring, 0,
      "encode_basestring(s) -> str: s as a JSON string literal." },
    { "scanstring", json_scanstring, 0,
      "scanstring(s, end, strict=True) -> (str, end): decode the JSON string\n"
      "whose contents start at index end of s; the index after its closing quote." },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_json(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_json"));
    sp_module_add_methods(vm, m, json_functions);
    sp_module_add(vm, m, "make_scanner", (sp_val)vm->t.json_scanner);
    sp_module_add(vm, m, "make_encoder", (sp_val)vm->t.json_encoder);
    sp_module_add(vm, m, "__doc__", sp_str_from_cstr(vm, "The C accelerators of the json package."));
    return m;
}

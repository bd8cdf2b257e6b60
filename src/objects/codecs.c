/* The built-in codecs: UTF-8, UTF-8-sig, UTF-16 and UTF-32 (with BOM, -le
 * and -be), ASCII and Latin-1, with the error handlers
 * strict, replace, ignore, backslashreplace, xmlcharrefreplace,
 * surrogateescape and surrogatepass (UTF-8).  str.encode, bytes.decode and
 * str(b, encoding) come here. */
#include "str_internal.h"
#include "core/utf8.h"

typedef enum {
    CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UTF8SIG,
    CODEC_UTF16, CODEC_UTF16LE, CODEC_UTF16BE, CODEC_UTF32, CODEC_UTF32LE, CODEC_UTF32BE,
} codec_id;

/* CPython's normalisation, enough for the usual spellings: lower case,
 * '_' and ' ' as '-'; written as "|name|" into nb, to search lists of
 * '|'-separated names.  False if the name is too long for nb. */
static bool codec_key(const char *name, sp_bytes nb, sp_cbytes *key)
{
    sp_cbytes src = sp_cbytes_of_cstr(name);
    if (src.len + 2 >= nb.len)
        return false;
    sp_bytes_set(nb, 0, '|');
    for (size_t i = 0; i < src.len; i++) {
        uint8_t c = sp_cbytes_get(src, i);
        if (c >= 'A' && c <= 'Z')
            c = (uint8_t)(c + 32);
        else if (c == '_' || c == ' ')
            c = '-';
        else if (c == '|')
            c = '?';
        sp_bytes_set(nb, i + 1, c);
    }
    sp_bytes_set(nb, src.len + 1, '|');
    *key = sp_cbytes_sub(sp_cbytes_of(nb), 0, src.len + 2);
    return true;
}

static int codec_find(const char *name)
{
    char buf[40];
    sp_cbytes key;
    if (!codec_key(name, SP_BYTES(buf), &key))
        return -1;
    if (sp_cbytes_find(sp_cbytes_of_cstr("|utf-8|utf8|u8|utf|cp65001|"), key, 0) >= 0)
        return CODEC_UTF8;
    if (sp_cbytes_find(sp_cbytes_of_cstr("|ascii|us-ascii|646|"), key, 0) >= 0)
        return CODEC_ASCII;
    if (sp_cbytes_find(sp_cbytes_of_cstr("|latin-1|latin1|latin|iso-8859-1|iso8859-1|8859|cp819|l1|iso-ir-100|"), key, 0) >= 0)
        return CODEC_LATIN1;
    if (sp_cbytes_find(sp_cbytes_of_cstr("|utf-8-sig|utf8-sig|"), key, 0) >= 0)
        return CODEC_UTF8SIG;
    if (sp_cbytes_find(sp_cbytes_of_cstr("|utf-16|utf16|u16|"), key, 0) >= 0)
        return CODEC_UTF16;
    if (sp_cbytes_find(sp_cbytes_of_cstr("|utf-16-le|utf-16le|utf16le|"), key, 0) >= 0)
        return CODEC_UTF16LE;
    if (sp_cbytes_find(sp_cbytes_of_cstr("|utf-16-be|utf-16be|utf16be|"), key, 0) >= 0)
        return CODEC_UTF16BE;
    if (sp_cbytes_find(sp_cbytes_of_cstr("|utf-32|utf32|u32|"), key, 0) >= 0)
        return CODEC_UTF32;
    if (sp_cbytes_find(sp_cbytes_of_cstr("|utf-32-le|utf-32le|utf32le|"), key, 0) >= 0)
        return CODEC_UTF32LE;
    if (sp_cbytes_find(sp_cbytes_of_cstr("|utf-32-be|utf-32be|utf32be|"), key, 0) >= 0)
        return CODEC_UTF32BE;
    return -1;
}

static codec_id codec_lookup(sp_vm *vm, const char *name)
{
    int id = codec_find(name);
    if (id < 0)
        sp_raise_fmt(vm, vm->e.LookupError, "unknown encoding: %s", name);
    return (codec_id)id;
}

bool sp_codec_is_builtin(const char *name)
{
    return codec_find(name) >= 0;
}

static const char *codec_name(codec_id id)
{
    switch (id) {
    case CODEC_UTF8: return "utf-8";
    case CODEC_ASCII: return "ascii";
    case CODEC_LATIN1: return "latin-1";
    case CODEC_UTF8SIG: return "utf-8-sig";
    case CODEC_UTF16: return "utf-16";
    case CODEC_UTF16LE: return "utf-16-le";
    case CODEC_UTF16BE: return "utf-16-be";
    case CODEC_UTF32: return "utf-32";
    case CODEC_UTF32LE: return "utf-32-le";
    default: return "utf-32-be";
    }
}

static bool is_unicode_codec(codec_id id)
{
    return id != CODEC_ASCII && id != CODEC_LATIN1;
}

static bool streq(const char *a, const char *b)
{
    return sp_cbytes_eq(sp_cbytes_of_cstr(a), sp_cbytes_of_cstr(b));
}

/* ---- a growable byte buffer (a rawbuf) ---------------------------------*/
typedef struct { sp_val buf; size_t len; } bbuf;

static void bbuf_init(sp_vm *vm, bbuf *b, size_t cap)
{
    b->buf = (sp_val)sp_rawbuf_new(vm, cap < 16 ? 16 : cap);
    b->len = 0;
}

static void bbuf_add(sp_vm *vm, bbuf *b, sp_cbytes data)
{
    sp_rawbuf *rb = SP_AS(sp_rawbuf, b->buf, SP_LAYOUT_RAWBUF);
    size_t need = sp_size_add_or_raise(vm, b->len, data.len);
    if (need > rb->cap) {
        size_t cap = rb->cap * 2 > need ? rb->cap * 2 : need;
        sp_rawbuf *nb = (sp_rawbuf *)sp_rawbuf_new(vm, cap);
        sp_bytes_copy(sp_rawbuf_span(nb), sp_cbytes_sub(sp_cbytes_of(sp_rawbuf_span(rb)), 0, b->len));
        b->buf = (sp_val)nb;
        rb = nb;
    }
    sp_bytes_copy(sp_bytes_sub(sp_rawbuf_span(rb), b->len, data.len), data);
    b->len = need;
}

static void bbuf_byte(sp_vm *vm, bbuf *b, uint8_t c)
{
    uint8_t t[1] = { c };
    bbuf_add(vm, b, SP_CBYTES(t));
}

static void bbuf_cstr(sp_vm *vm, bbuf *b, const char *s)
{
    bbuf_add(vm, b, sp_cbytes_of_cstr(s));
}

static sp_val bbuf_finish(sp_vm *vm, bbuf *b)
{
    sp_rawbuf *rb = SP_AS(sp_rawbuf, b->buf, SP_LAYOUT_RAWBUF);
    return sp_bytes_new(vm, sp_cbytes_sub(sp_cbytes_of(sp_rawbuf_span(rb)), 0, b->len));
}

/* ------------------------------------------------------------------------
 * Encoding
 * --------------------------------------------------------------------- */
_Noreturn static void raise_encode_error(sp_vm *vm, codec_id id, sp_val s, size_t start, size_t end, const char *reason)
{
    sp_val a[5] = {
        sp_str_from_cstr(vm, codec_name(id == CODEC_UTF8SIG ? CODEC_UTF8 : id)), s, sp_int_from_size(vm, start),
        sp_int_from_size(vm, end), sp_str_from_cstr(vm, reason),
    };
    sp_raise(vm, sp_exc_new(vm, vm->e.UnicodeEncodeError, SP_VALS(a)));
}

static bool can_encode(codec_id id, uint32_t cp)
{
    switch (id) {
    case CODEC_ASCII: return cp < 0x80;
    case CODEC_LATIN1: return cp < 0x100;
    default: return cp < 0xD800 || cp > 0xDFFF;   /* the UTF codecs */
    }
}

static void put16(sp_vm *vm, bbuf *b, uint32_t u, bool be)
{
    bbuf_byte(vm, b, (uint8_t)(be ? u >> 8 : u & 0xFFu));
    bbuf_byte(vm, b, (uint8_t)(be ? u & 0xFFu : u >> 8));
}

static void put32(sp_vm *vm, bbuf *b, uint32_t u, bool be)
{
    for (int k = 0; k < 4; k++) {
        int sh = be ? 24 - 8 * k : 8 * k;
        bbuf_byte(vm, b, (uint8_t)((u >> sh) & 0xFFu));
    }
}

/* The UTF-16/32 codecs without a byte order name little-endian (the
 * platforms SafePy runs on) and write a BOM first. */
static bool codec_be(codec_id id)
{
    return id == CODEC_UTF16BE || id == CODEC_UTF32BE;
}

static void encode_one(sp_vm *vm, bbuf *b, codec_id id, uint32_t cp)
{
    switch (id) {
    case CODEC_UTF8:
    case CODEC_UTF8SIG: {
        uint8_t tmp[4];
        size_t n = sp_u8_encode(cp, SP_BYTES(tmp));
        bbuf_add(vm, b, sp_cbytes_sub(SP_CBYTES(tmp), 0, n));
        break;
    }
    case CODEC_UTF16:
    case CODEC_UTF16LE:
    case CODEC_UTF16BE:
        if (cp >= 0x10000) {
            put16(vm, b, 0xD800u + ((cp - 0x10000u) >> 10), codec_be(id));
            put16(vm, b, 0xDC00u + ((cp - 0x10000u) & 0x3FFu), codec_be(id));
        } else {
            put16(vm, b, cp, codec_be(id));
        }
        break;
    case CODEC_UTF32:
    case CODEC_UTF32LE:
    case CODEC_UTF32BE:
        put32(vm, b, cp, codec_be(id));
        break;
    default:
        bbuf_byte(vm, b, (uint8_t)cp);
        break;
    }
}

/* "\N{NAME}" for cp written into out; 0 if cp has no name. */
static size_t name_escape(uint32_t cp, sp_bytes out)
{
    uint8_t name[96];
    size_t n = sp_unicode_name(cp, SP_BYTES(name));
    if (n == 0 || n + 4 > out.len)
        return 0;
    sp_bytes_set(out, 0, '\\');
    sp_bytes_set(out, 1, 'N');
    sp_bytes_set(out, 2, '{');
    sp_bytes_copy(sp_bytes_sub(out, 3, n), sp_cbytes_sub(SP_CBYTES(name), 0, n));
    sp_bytes_set(out, 3 + n, '}');
    return n + 4;
}

static sp_val codec_encode_builtin(sp_vm *vm, sp_val s, const char *encoding, const char *errors)
{
    codec_id id = codec_lookup(vm, encoding);
    sp_cbytes d = sp_str_bytes(s);
    sp_str_obj *o = sp_as_str(s);
    /* Fast paths: the stored UTF-8 is the answer when it holds no
     * surrogates; ASCII text is the same in every codec here. */
    if (o->ascii && (id == CODEC_UTF8 || id == CODEC_ASCII || id == CODEC_LATIN1))
        return sp_bytes_new(vm, d);
    if (id == CODEC_UTF8) {
        size_t nc;
        if (sp_u8_valid_prefix(d, false, &nc) == d.len)
            return sp_bytes_new(vm, d);
    }
    bbuf b;
    bbuf_init(vm, &b, d.len);
    if (id == CODEC_UTF8SIG)
        bbuf_cstr(vm, &b, "\xef\xbb\xbf");
    else if (id == CODEC_UTF16)
        put16(vm, &b, 0xFEFF, false);
    else if (id == CODEC_UTF32)
        put32(vm, &b, 0xFEFF, false);
    size_t pos = 0, idx = 0;
    while (pos < d.len) {
        size_t p0 = pos;
        uint32_t cp = sp_u8_next(d, &pos);
        if (can_encode(id, cp)) {
            encode_one(vm, &b, id, cp);
            idx++;
            continue;
        }
        /* The run of unencodable characters [idx, end).  CPython's UTF-16
         * and UTF-32 encoders report one character at a time. */
        bool wide = id != CODEC_UTF8 && id != CODEC_UTF8SIG && is_unicode_codec(id);
        size_t end = idx + 1, q = pos;
        while (q < d.len && !wide) {
            size_t q2 = q;
            if (can_encode(id, sp_u8_next(d, &q2)))
                break;
            q = q2;
            end++;
        }
        const char *reason = is_unicode_codec(id) ? "surrogates not allowed" : id == CODEC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
        if (streq(errors, "strict"))
            raise_encode_error(vm, id, s, idx, end, reason);
        if (streq(errors, "surrogateescape")) {
            /* Only U+DC80..U+DCFF, and only into an ASCII-compatible codec;
             * CPython escapes the leading ones and reports the rest of the
             * run from the first other character. */
            size_t q3 = p0;
            for (size_t k = idx; k < end; k++) {
                uint32_t c = sp_u8_next(d, &q3);
                if (c < 0xDC80 || c > 0xDCFF || wide)
                    raise_encode_error(vm, id, s, k, end, reason);
            }
        }
        pos = p0;
        for (size_t k = idx; k < end; k++) {
            uint32_t c = sp_u8_next(d, &pos);
            /* Replacement text is ASCII, written in the target codec. */
            char rep[100];   /* "\N{" + a name (88 at most) + "}" */
            sp_bytes rb = SP_BYTES(rep);
            size_t rn = 0;
            if (streq(errors, "replace")) {
                sp_bytes_set(rb, rn++, '?');
            } else if (streq(errors, "ignore")) {
            } else if (streq(errors, "namereplace") && (rn = name_escape(c, rb)) > 0) {
                /* \N{NAME}; a character without a name falls through to
                 * the backslash escape below */
            } else if (streq(errors, "backslashreplace") || streq(errors, "namereplace")) {
                static const char hex[] = "0123456789abcdef";
                int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
                sp_bytes_set(rb, rn++, '\\');
                sp_bytes_set(rb, rn++, c <= 0xFF ? 'x' : c <= 0xFFFF ? 'u' : 'U');
                for (int h = digits - 1; h >= 0; h--)
                    sp_bytes_set(rb, rn++, sp_cbytes_get(SP_CBYTES(hex), (c >> (4 * h)) & 0xFu));
            } else if (streq(errors, "xmlcharrefreplace")) {
                char dec[12];
                sp_bytes db = SP_BYTES(dec);
                size_t dn = 0;
                uint32_t v = c;
                do {
                    sp_bytes_set(db, dn++, (uint8_t)('0' + v % 10));
                    v /= 10;
                } while (v);
                sp_bytes_set(rb, rn++, '&');
                sp_bytes_set(rb, rn++, '#');
                while (dn > 0)
                    sp_bytes_set(rb, rn++, sp_bytes_get(db, --dn));
                sp_bytes_set(rb, rn++, ';');
            } else if (streq(errors, "surrogateescape")) {
                bbuf_byte(vm, &b, (uint8_t)(c - 0xDC00));   /* checked above */
            } else if (streq(errors, "surrogatepass") && is_unicode_codec(id)) {
                if (c < 0xD800 || c > 0xDFFF)
                    raise_encode_error(vm, id, s, k, k + 1, reason);
                encode_one(vm, &b, id, c);
            } else if (streq(errors, "surrogatepass")) {
                raise_encode_error(vm, id, s, idx, end, reason);
            } else {
                sp_raise_fmt(vm, vm->e.LookupError, "unknown error handler name '%s'", errors);
            }
            for (size_t r = 0; r < rn; r++)
                encode_one(vm, &b, id, sp_bytes_get(rb, r));
        }
        idx = end;
    }
    return bbuf_finish(vm, &b);
}

/* ------------------------------------------------------------------------
 * Decoding
 * --------------------------------------------------------------------- */
_Noreturn static void raise_decode_error(sp_vm *vm, const char *enc, sp_cbytes data, size_t start, size_t end, const char *reason)
{
    sp_val a[5] = {
        sp_str_from_cstr(vm, enc), sp_bytes_new(vm, data), sp_int_from_size(vm, start),
        sp_int_from_size(vm, end), sp_str_from_cstr(vm, reason),
    };
    sp_raise(vm, sp_exc_new(vm, vm->e.UnicodeDecodeError, SP_VALS(a)));
}

/* The maximal invalid subpart of UTF-8 at d[i] (which starts no valid
 * sequence): its length and the reason CPython gives. */
static size_t utf8_bad_len(sp_cbytes d, size_t i, const char **reason)
{
    sp_utf8_error err;
    uint32_t cp;
    if (sp_utf8_decode(d, i, false, &cp, &err) != 0) {
        *reason = "invalid start byte";   /* not reached: d[i] is bad */
        return 1;
    }
    *reason = err.reason;
    return err.end > err.start ? err.end - err.start : 1;
}

/* Apply the error handler to the bad bytes [start, end); returns where
 * decoding resumes.  As CPython's handlers: surrogateescape turns the
 * leading bytes >= 0x80 (at most 4) into U+DC80..U+DCFF and resumes after
 * them, re-raising if there is none; surrogatepass only knows surrogates,
 * so here (not a surrogate) it re-raises. */
static size_t decode_error(sp_vm *vm, sp_strbuf *sb, const char *enc, const char *errors, sp_cbytes d, size_t start, size_t end, const char *reason)
{
    if (streq(errors, "strict") || streq(errors, "surrogatepass"))
        raise_decode_error(vm, enc, d, start, end, reason);
    if (streq(errors, "replace")) {
        sp_strbuf_add_codepoint(vm, sb, 0xFFFD);
        return end;
    }
    if (streq(errors, "ignore"))
        return end;
    if (streq(errors, "surrogateescape")) {
        size_t k = start;
        while (k < end && k - start < 4 && sp_cbytes_get(d, k) >= 0x80) {
            sp_strbuf_add_codepoint(vm, sb, 0xDC00u + sp_cbytes_get(d, k));
            k++;
        }
        if (k == start)
            raise_decode_error(vm, enc, d, start, end, reason);
        return k;
    }
    if (streq(errors, "backslashreplace")) {
        static const char hex[] = "0123456789abcdef";
        for (size_t k = start; k < end; k++) {
            uint8_t c = sp_cbytes_get(d, k);
            sp_strbuf_add_cstr(vm, sb, "\\x");
            sp_strbuf_add_ascii_char(vm, sb, (char)sp_cbytes_get(SP_CBYTES(hex), c >> 4));
            sp_strbuf_add_ascii_char(vm, sb, (char)sp_cbytes_get(SP_CBYTES(hex), c & 0xFu));
        }
        return end;
    }
    /* Encode-only handlers exist, but refuse a decode error. */
    if (streq(errors, "xmlcharrefreplace") || streq(errors, "namereplace"))
        sp_raise_fmt(vm, vm->e.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    sp_raise_fmt(vm, vm->e.LookupError, "unknown error handler name '%s'", errors);
}

static uint32_t get16(sp_cbytes d, size_t i, bool be)
{
    uint32_t a = sp_cbytes_get(d, i), b = sp_cbytes_get(d, i + 1);
    return be ? (a << 8) | b : (b << 8) | a;
}

static uint32_t get32(sp_cbytes d, size_t i, bool be)
{
    uint32_t v = 0;
    for (size_t k = 0; k < 4; k++) {
        uint32_t byte = sp_cbytes_get(d, i + (be ? k : 3 - k));
        v = (v << 8) | byte;
    }
    return v;
}

/* UTF-16 and UTF-32.  Without a byte order in the name, a BOM picks it
 * (and is dropped); the default is little-endian.  The reasons and ranges
 * of the errors are CPython's. */
static sp_val decode_utf16_32(sp_vm *vm, sp_strbuf *sb, codec_id id, sp_cbytes d, const char *errors)
{
    bool wide = id == CODEC_UTF32 || id == CODEC_UTF32LE || id == CODEC_UTF32BE;
    bool be = codec_be(id);
    size_t pos = 0;
    if (id == CODEC_UTF16 && d.len >= 2) {
        uint32_t bom = get16(d, 0, false);
        if (bom == 0xFEFF || bom == 0xFFFE) {
            be = bom == 0xFFFE;
            pos = 2;
        }
    } else if (id == CODEC_UTF32 && d.len >= 4) {
        uint32_t bom = get32(d, 0, false);
        if (bom == 0xFEFF || bom == 0xFFFE0000u) {
            be = bom == 0xFFFE0000u;
            pos = 4;
        }
    }
    const char *enc = wide ? (be ? "utf-32-be" : "utf-32-le") : (be ? "utf-16-be" : "utf-16-le");
    bool pass = streq(errors, "surrogatepass");
    size_t unit = wide ? 4 : 2;
    while (pos < d.len) {
        if (d.len - pos < unit) {
            pos = decode_error(vm, sb, enc, errors, d, pos, d.len, "truncated data");
            continue;
        }
        if (wide) {
            uint32_t cp = get32(d, pos, be);
            if (cp > 0x10FFFF)
                pos = decode_error(vm, sb, enc, errors, d, pos, pos + 4, "code point not in range(0x110000)");
            else if (cp >= 0xD800 && cp <= 0xDFFF && !pass)
                pos = decode_error(vm, sb, enc, errors, d, pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)");
            else {
                sp_strbuf_add_codepoint(vm, sb, cp);
                pos += 4;
            }
            continue;
        }
        uint32_t u = get16(d, pos, be);
        if (u < 0xD800 || u > 0xDFFF) {
            sp_strbuf_add_codepoint(vm, sb, u);
            pos += 2;
        } else if (u >= 0xDC00) {
            if (pass) {
                sp_strbuf_add_codepoint(vm, sb, u);
                pos += 2;
            } else {
                pos = decode_error(vm, sb, enc, errors, d, pos, pos + 2, "illegal encoding");
            }
        } else if (d.len - pos < 4) {
            if (pass) {
                sp_strbuf_add_codepoint(vm, sb, u);
                pos += 2;
                continue;
            }
            pos = decode_error(vm, sb, enc, errors, d, pos, d.len, "unexpected end of data");
        } else {
            uint32_t lo = get16(d, pos + 2, be);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                sp_strbuf_add_codepoint(vm, sb, 0x10000u + ((u - 0xD800u) << 10) + (lo - 0xDC00u));
                pos += 4;
            } else if (pass) {
                sp_strbuf_add_codepoint(vm, sb, u);
                pos += 2;
            } else {
                pos = decode_error(vm, sb, enc, errors, d, pos, pos + 2, "illegal UTF-16 surrogate");
            }
        }
    }
    return sp_strbuf_finish(vm, sb);
}

static sp_val codec_decode_builtin(sp_vm *vm, sp_cbytes d, const char *encoding, const char *errors)
{
    codec_id id = codec_lookup(vm, encoding);
    sp_strbuf sb;
    sp_strbuf_init(vm, &sb, d.len);
    if (id == CODEC_LATIN1) {
        for (size_t i = 0; i < d.len; i++)
            sp_strbuf_add_codepoint(vm, &sb, sp_cbytes_get(d, i));
        return sp_strbuf_finish(vm, &sb);
    }
    if (id == CODEC_ASCII) {
        size_t i = 0;
        while (i < d.len) {
            uint8_t c = sp_cbytes_get(d, i);
            if (c < 0x80) {
                sp_strbuf_add_ascii_char(vm, &sb, (char)c);
                i++;
                continue;
            }
            i = decode_error(vm, &sb, "ascii", errors, d, i, i + 1, "ordinal not in range(128)");
        }
        return sp_strbuf_finish(vm, &sb);
    }
    if (id != CODEC_UTF8 && id != CODEC_UTF8SIG)
        return decode_utf16_32(vm, &sb, id, d, errors);
    bool pass = streq(errors, "surrogatepass");
    size_t pos = 0;
    /* utf-8-sig drops a leading BOM; its errors are reported as utf-8's. */
    if (id == CODEC_UTF8SIG && d.len >= 3 && sp_cbytes_get(d, 0) == 0xEF && sp_cbytes_get(d, 1) == 0xBB &&
        sp_cbytes_get(d, 2) == 0xBF)
        d = sp_cbytes_from(d, 3);
    while (pos < d.len) {
        size_t nc;
        sp_cbytes tail = sp_cbytes_from(d, pos);
        size_t ok = sp_u8_valid_prefix(tail, pass, &nc);
        sp_strbuf_add(vm, &sb, sp_cbytes_sub(tail, 0, ok));
        pos += ok;
        if (pos >= d.len)
            break;
        const char *reason;
        size_t n = utf8_bad_len(d, pos, &reason);
        pos = decode_error(vm, &sb, "utf-8", errors, d, pos, pos + n, reason);
    }
    return sp_strbuf_finish(vm, &sb);
}

/* ------------------------------------------------------------------------
 * Error wrapping.  CPython runs utf-8, utf-16, utf-32, ascii and latin-1
 * (under their plain names) directly; every other codec is called through
 * the registry, and a plain exception escaping it (LookupError for an
 * unknown error handler, TypeError for an encode-only handler, ...) is
 * re-raised as "encoding with 'NAME' codec failed (LookupError: ...)",
 * chained to the original.  Exceptions with fields of their own
 * (UnicodeEncodeError ...) pass through.
 * --------------------------------------------------------------------- */
static bool codec_fast_name(const char *name)
{
    char buf[24];
    sp_cbytes key;
    if (!codec_key(name, SP_BYTES(buf), &key))
        return false;
    return sp_cbytes_find(sp_cbytes_of_cstr("|utf-8|utf8|utf-16|utf16|utf-32|utf32|ascii|us-ascii|latin1|latin-1|"
                                            "iso-8859-1|iso8859-1|"), key, 0) >= 0;
}

_Noreturn void sp_codec_reraise(sp_vm *vm, sp_val exc, bool encode, const char *encoding)
{
    sp_type *t = sp_type_of(vm, exc);
    if (t == vm->e.LookupError || t == vm->e.TypeError || t == vm->e.ValueError || t == vm->e.RuntimeError ||
        t == vm->e.AttributeError || t == vm->e.NotImplementedError) {
        sp_val msg = sp_str_fmt(vm, "%s with '%s' codec failed (%N: %S)", encode ? "encoding" : "decoding", encoding, t, exc);
        sp_val w = sp_exc_new_msg(vm, t, msg);
        sp_exc_set_cause(vm, w, exc);
        sp_raise(vm, w);
    }
    sp_raise(vm, exc);
}

sp_val sp_codec_encode(sp_vm *vm, sp_val s, const char *encoding, const char *errors)
{
    if (codec_find(encoding) < 0)
        return sp_codecs_registry_call(vm, s, encoding, errors, true);
    if (codec_fast_name(encoding))
        return codec_encode_builtin(vm, s, encoding, errors);
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        sp_val r = codec_encode_builtin(vm, s, encoding, errors);
        sp_handler_pop(vm, &h);
        return r;
    }
    sp_codec_reraise(vm, vm->exc, true, encoding);
}

sp_val sp_codec_decode(sp_vm *vm, sp_cbytes d, const char *encoding, const char *errors)
{
    /* CPython's bytes.decode / str(b, enc) answer '' for empty input before
     * looking the codec up (b''.decode('bogus') == ''). */
    if (d.len == 0)
        return sp_str_new(vm, (sp_cbytes){ NULL, 0 });
    if (codec_find(encoding) < 0)
        return sp_codecs_registry_call(vm, sp_bytes_new(vm, d), encoding, errors, false);
    if (codec_fast_name(encoding))
        return codec_decode_builtin(vm, d, encoding, errors);
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        sp_val r = codec_decode_builtin(vm, d, encoding, errors);
        sp_handler_pop(vm, &h);
        return r;
    }
    sp_codec_reraise(vm, vm->exc, false, encoding);
}

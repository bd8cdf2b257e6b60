/* The built-in codecs: UTF-8, ASCII and Latin-1, with the error handlers
 * strict, replace, ignore, backslashreplace, xmlcharrefreplace,
 * surrogateescape and surrogatepass (UTF-8).  str.encode, bytes.decode and
 * str(b, encoding) come here. */
#include "str_internal.h"
#include "core/utf8.h"

typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } codec_id;

/* CPython's normalisation, enough for the usual spellings: lower case,
 * '_' and ' ' as '-'. */
static codec_id codec_lookup(sp_vm *vm, const char *name)
{
    char buf[40];
    sp_bytes nb = SP_BYTES(buf);
    sp_cbytes src = sp_cbytes_of_cstr(name);
    if (src.len + 2 >= sizeof buf)
        sp_raise_fmt(vm, vm->e.LookupError, "unknown encoding: %s", name);
    /* "|name|", to search the '|'-separated lists below. */
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
    sp_cbytes key = sp_cbytes_sub(sp_cbytes_of(nb), 0, src.len + 2);
    if (sp_cbytes_find(sp_cbytes_of_cstr("|utf-8|utf8|u8|utf|cp65001|"), key, 0) >= 0)
        return CODEC_UTF8;
    if (sp_cbytes_find(sp_cbytes_of_cstr("|ascii|us-ascii|646|"), key, 0) >= 0)
        return CODEC_ASCII;
    if (sp_cbytes_find(sp_cbytes_of_cstr("|latin-1|latin1|latin|iso-8859-1|iso8859-1|8859|cp819|l1|iso-ir-100|"), key, 0) >= 0)
        return CODEC_LATIN1;
    sp_raise_fmt(vm, vm->e.LookupError, "unknown encoding: %s", name);
}

static const char *codec_name(codec_id id)
{
    return id == CODEC_UTF8 ? "utf-8" : id == CODEC_ASCII ? "ascii" : "latin-1";
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

static void bbuf_hex(sp_vm *vm, bbuf *b, const char *prefix, uint32_t v, int digits)
{
    static const char hex[] = "0123456789abcdef";
    bbuf_cstr(vm, b, prefix);
    for (int k = digits - 1; k >= 0; k--)
        bbuf_byte(vm, b, sp_cbytes_get(SP_CBYTES(hex), (v >> (4 * k)) & 0xFu));
}

static void bbuf_dec(sp_vm *vm, bbuf *b, uint32_t v)
{
    char tmp[12];
    sp_bytes t = SP_BYTES(tmp);
    size_t n = 0;
    do {
        sp_bytes_set(t, n++, (uint8_t)('0' + v % 10));
        v /= 10;
    } while (v);
    while (n > 0)
        bbuf_byte(vm, b, sp_bytes_get(t, --n));
}

/* ------------------------------------------------------------------------
 * Encoding
 * --------------------------------------------------------------------- */
_Noreturn static void raise_encode_error(sp_vm *vm, codec_id id, sp_val s, size_t start, size_t end, const char *reason)
{
    sp_val a[5] = {
        sp_str_from_cstr(vm, codec_name(id)), s, sp_int_from_size(vm, start),
        sp_int_from_size(vm, end), sp_str_from_cstr(vm, reason),
    };
    sp_raise(vm, sp_exc_new(vm, vm->e.UnicodeEncodeError, SP_VALS(a)));
}

static bool can_encode(codec_id id, uint32_t cp)
{
    switch (id) {
    case CODEC_ASCII: return cp < 0x80;
    case CODEC_LATIN1: return cp < 0x100;
    default: return cp < 0xD800 || cp > 0xDFFF;
    }
}

static void encode_one(sp_vm *vm, bbuf *b, codec_id id, uint32_t cp)
{
    if (id == CODEC_UTF8) {
        uint8_t tmp[4];
        size_t n = sp_u8_encode(cp, SP_BYTES(tmp));
        bbuf_add(vm, b, sp_cbytes_sub(SP_CBYTES(tmp), 0, n));
    } else {
        bbuf_byte(vm, b, (uint8_t)cp);
    }
}

sp_val sp_codec_encode(sp_vm *vm, sp_val s, const char *encoding, const char *errors)
{
    codec_id id = codec_lookup(vm, encoding);
    sp_cbytes d = sp_str_bytes(s);
    sp_str_obj *o = sp_as_str(s);
    /* Fast paths: the stored UTF-8 is the answer when it holds no
     * surrogates; ASCII text is the same in every codec here. */
    if (o->ascii)
        return sp_bytes_new(vm, d);
    if (id == CODEC_UTF8) {
        size_t nc;
        if (sp_u8_valid_prefix(d, false, &nc) == d.len)
            return sp_bytes_new(vm, d);
    }
    bbuf b;
    bbuf_init(vm, &b, d.len);
    size_t pos = 0, idx = 0;
    while (pos < d.len) {
        size_t p0 = pos;
        uint32_t cp = sp_u8_next(d, &pos);
        if (can_encode(id, cp)) {
            encode_one(vm, &b, id, cp);
            idx++;
            continue;
        }
        /* The run of unencodable characters [idx, end). */
        size_t end = idx + 1, q = pos;
        while (q < d.len) {
            size_t q2 = q;
            if (can_encode(id, sp_u8_next(d, &q2)))
                break;
            q = q2;
            end++;
        }
        const char *reason = id == CODEC_UTF8 ? "surrogates not allowed" : id == CODEC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
        if (streq(errors, "strict"))
            raise_encode_error(vm, id, s, idx, end, reason);
        pos = p0;
        for (size_t k = idx; k < end; k++) {
            uint32_t c = sp_u8_next(d, &pos);
            if (streq(errors, "replace"))
                bbuf_byte(vm, &b, '?');
            else if (streq(errors, "ignore"))
                ;
            else if (streq(errors, "backslashreplace"))
                bbuf_hex(vm, &b, c <= 0xFF ? "\\x" : c <= 0xFFFF ? "\\u" : "\\U", c, c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8);
            else if (streq(errors, "xmlcharrefreplace")) {
                bbuf_cstr(vm, &b, "&#");
                bbuf_dec(vm, &b, c);
                bbuf_byte(vm, &b, ';');
            } else if (streq(errors, "surrogateescape")) {
                if (c < 0xDC80 || c > 0xDCFF)
                    raise_encode_error(vm, id, s, k, k + 1, reason);
                bbuf_byte(vm, &b, (uint8_t)(c - 0xDC00));
            } else if (streq(errors, "surrogatepass") && id == CODEC_UTF8) {
                uint8_t tmp[4];
                size_t n = sp_u8_encode(c, SP_BYTES(tmp));
                bbuf_add(vm, &b, sp_cbytes_sub(SP_CBYTES(tmp), 0, n));
            } else if (streq(errors, "surrogatepass")) {
                raise_encode_error(vm, id, s, idx, end, reason);
            } else {
                sp_raise_fmt(vm, vm->e.LookupError, "unknown error handler name '%s'", errors);
            }
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

static void decode_error(sp_vm *vm, sp_strbuf *sb, const char *enc, const char *errors, sp_cbytes d, size_t start, size_t end, const char *reason)
{
    if (streq(errors, "strict"))
        raise_decode_error(vm, enc, d, start, end, reason);
    if (streq(errors, "replace"))
        sp_strbuf_add_codepoint(vm, sb, 0xFFFD);
    else if (streq(errors, "ignore"))
        ;
    else if (streq(errors, "surrogateescape")) {
        for (size_t k = start; k < end; k++) {
            uint8_t c = sp_cbytes_get(d, k);
            if (c < 0x80)
                raise_decode_error(vm, enc, d, start, end, reason);
            sp_strbuf_add_codepoint(vm, sb, 0xDC00u + c);
        }
    } else if (streq(errors, "backslashreplace")) {
        static const char hex[] = "0123456789abcdef";
        for (size_t k = start; k < end; k++) {
            uint8_t c = sp_cbytes_get(d, k);
            sp_strbuf_add_cstr(vm, sb, "\\x");
            sp_strbuf_add_ascii_char(vm, sb, (char)sp_cbytes_get(SP_CBYTES(hex), c >> 4));
            sp_strbuf_add_ascii_char(vm, sb, (char)sp_cbytes_get(SP_CBYTES(hex), c & 0xFu));
        }
    } else
        sp_raise_fmt(vm, vm->e.LookupError, "unknown error handler name '%s'", errors);
}

sp_val sp_codec_decode(sp_vm *vm, sp_cbytes d, const char *encoding, const char *errors)
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
            decode_error(vm, &sb, "ascii", errors, d, i, i + 1, "ordinal not in range(128)");
            i++;
        }
        return sp_strbuf_finish(vm, &sb);
    }
    bool pass = streq(errors, "surrogatepass");
    size_t pos = 0;
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
        decode_error(vm, &sb, "utf-8", pass ? "strict" : errors, d, pos, pos + n, reason);
        pos += n;
    }
    return sp_strbuf_finish(vm, &sb);
}

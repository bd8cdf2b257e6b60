/* Private declarations shared by the text and bytes files:
 * str.c, str_methods.c, strformat.c, unicode.c, codecs.c, bytes.c,
 * bytearray.c.  Not for other subsystems: they use src/sp.h.
 *
 * Representation of str (see object.h sp_str_obj):
 *   - data: "generalised" UTF-8 (lone surrogates U+D800..U+DFFF are allowed,
 *     encoded as 3 bytes, because Python strs may hold them), NUL after len;
 *   - ascii != 0: every byte < 0x80, so char i is byte i;
 *   - index (non-ASCII only): a rawbuf of size_t, entry k = byte offset of
 *     code point k * SP_STR_INDEX_STEP.  A lookup jumps to the entry and
 *     walks at most STEP-1 characters.  One size_t per 16 chars costs at
 *     most half a byte per char.  Built when a non-ASCII str of more than
 *     64 chars is made (so that sp_str_codepoint_at, which has no vm and
 *     can't allocate, is O(1) for every caller), else on first random
 *     access.
 * UTF-8 order equals code point order, so comparisons are byte compares.
 */
#ifndef SP_STR_INTERNAL_H
#define SP_STR_INTERNAL_H

#include "sp.h"

#define SP_STR_INDEX_STEP 16u

/* Instances of str subclasses keep their text in an exact str that their
 * `index` field points to (flag SP_STR_AUX_INDIRECT in h.aux): the type
 * system lays out a subclass instance as the fixed part followed by the
 * __dict__ slot, which would collide with inline data. */
#define SP_STR_AUX_INDIRECT 0x1u
static inline sp_str_obj *sp_strobj_core(sp_str_obj *o)
{
    return (o->h.aux & SP_STR_AUX_INDIRECT) ? (sp_str_obj *)o->index : o;
}
/* str and bytes objects are allocated with len + 1 bytes of data (the
 * last one a NUL for C callers) and len never changes afterwards. */
/* Writable view: only for a fresh exact str from sp_str_alloc. */
static inline sp_bytes sp_strobj_buf(sp_str_obj *o) { return sp_trailing_bytes(o->data, o->len); }
static inline sp_cbytes sp_strobj_cbytes(sp_str_obj *o) { o = sp_strobj_core(o); return sp_cbytes_of(sp_trailing_bytes(o->data, o->len)); }
/* The data with its NUL (for sp_cbytes_cstr). */
static inline sp_cbytes sp_strobj_cbytes_nul(sp_str_obj *o) { o = sp_strobj_core(o); return sp_cbytes_of(sp_trailing_bytes(o->data, o->len + 1)); }
static inline sp_sizes sp_rawbuf_sizes(sp_rawbuf *b) { return sp_trailing_as_sp_sizes(b->data, b->cap); }
static inline sp_bytes sp_bytesobj_buf(sp_bytes_obj *o) { return sp_trailing_bytes(o->data, o->len); }
/* Instances of bytes subclasses keep their data in an exact bytes whose
 * address is stored in the (otherwise unused) hash field, flagged by
 * SP_BYTES_AUX_INDIRECT; the type's trace marks it.  Same reason as for
 * str: the subclass's __dict__ slot follows the fixed part. */
#define SP_BYTES_AUX_INDIRECT 0x1u
static inline sp_bytes_obj *sp_bytesobj_core(sp_bytes_obj *o)
{
    return (o->h.aux & SP_BYTES_AUX_INDIRECT) ? (sp_bytes_obj *)(uintptr_t)o->hash : o;
}
static inline sp_cbytes sp_bytesobj_cbytes(sp_bytes_obj *o) { o = sp_bytesobj_core(o); return sp_cbytes_of(sp_trailing_bytes(o->data, o->len)); }

/* ---- UTF-8 (generalised: surrogates allowed) ---------------------------- */
/* Number of bytes of the sequence starting with lead byte b (1 for invalid). */
static inline size_t sp_u8_seqlen(uint8_t b)
{
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}
/* Decode the code point at *pos (valid generalised UTF-8 assumed) and
 * advance *pos. */
static inline uint32_t sp_u8_next(sp_cbytes s, size_t *pos)
{
    size_t i = *pos;
    uint32_t b = sp_cbytes_get(s, i);
    if (b < 0x80) {
        *pos = i + 1;
        return b;
    }
    if (b < 0xE0) {
        *pos = i + 2;
        return ((b & 0x1Fu) << 6) | (sp_cbytes_get(s, i + 1) & 0x3Fu);
    }
    if (b < 0xF0) {
        *pos = i + 3;
        return ((b & 0x0Fu) << 12) | ((uint32_t)(sp_cbytes_get(s, i + 1) & 0x3Fu) << 6) |
               (sp_cbytes_get(s, i + 2) & 0x3Fu);
    }
    *pos = i + 4;
    return ((b & 0x07u) << 18) | ((uint32_t)(sp_cbytes_get(s, i + 1) & 0x3Fu) << 12) |
           ((uint32_t)(sp_cbytes_get(s, i + 2) & 0x3Fu) << 6) | (sp_cbytes_get(s, i + 3) & 0x3Fu);
}

/* CPython's storage width of the text in d (valid generalised UTF-8): 1
 * (every code point below U+0100), 2 (below U+10000) or 4. */
static inline size_t sp_u8_kind(sp_cbytes d)
{
    uint32_t maxcp = 0;
    size_t pos = 0;
    while (pos < d.len) {
        uint32_t cp = sp_u8_next(d, &pos);
        if (cp > maxcp)
            maxcp = cp;
    }
    return maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
}
/* Decode the code point ending just before *pos and move *pos back to it. */
static inline uint32_t sp_u8_prev(sp_cbytes s, size_t *pos)
{
    size_t i = *pos;
    do {
        i--;
    } while (i > 0 && (sp_cbytes_get(s, i) & 0xC0u) == 0x80u);
    *pos = i;
    size_t j = i;
    return sp_u8_next(s, &j);
}
/* Encode cp (<= 0x10FFFF) into out (at least 4 bytes); returns the length. */
static inline size_t sp_u8_encode(uint32_t cp, sp_bytes out)
{
    if (cp < 0x80) {
        sp_bytes_set(out, 0, (uint8_t)cp);
        return 1;
    }
    if (cp < 0x800) {
        sp_bytes_set(out, 0, (uint8_t)(0xC0u | (cp >> 6)));
        sp_bytes_set(out, 1, (uint8_t)(0x80u | (cp & 0x3Fu)));
        return 2;
    }
    if (cp < 0x10000) {
        sp_bytes_set(out, 0, (uint8_t)(0xE0u | (cp >> 12)));
        sp_bytes_set(out, 1, (uint8_t)(0x80u | ((cp >> 6) & 0x3Fu)));
        sp_bytes_set(out, 2, (uint8_t)(0x80u | (cp & 0x3Fu)));
        return 3;
    }
    sp_bytes_set(out, 0, (uint8_t)(0xF0u | (cp >> 18)));
    sp_bytes_set(out, 1, (uint8_t)(0x80u | ((cp >> 12) & 0x3Fu)));
    sp_bytes_set(out, 2, (uint8_t)(0x80u | ((cp >> 6) & 0x3Fu)));
    sp_bytes_set(out, 3, (uint8_t)(0x80u | (cp & 0x3Fu)));
    return 4;
}
static inline size_t sp_u8_cplen(uint32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
/* Length of the longest valid prefix of s (strict UTF-8 when
 * allow_surrogates is false); *nchars gets its code point count. */
size_t sp_u8_valid_prefix(sp_cbytes s, bool allow_surrogates, size_t *nchars);

/* ---- str internals (str.c) ---------------------------------------------- */
/* A new exact str of `len` bytes, zeroed; fill through sp_strobj_buf and
 * call sp_str_seal. */
sp_str_obj *sp_str_alloc(sp_vm *vm, size_t len);
/* Compute nchars / ascii of a freshly filled str. */
sp_val sp_str_seal(sp_str_obj *o);
/* Like sp_str_seal when the counts are known. */
sp_val sp_str_seal_known(sp_str_obj *o, size_t nchars, bool ascii);
/* sp_str_new of bytes the caller knows are ASCII (digits, say): no
 * count of characters (debug builds check). */
sp_val sp_str_new_ascii(sp_vm *vm, sp_cbytes ascii);
/* The byte offset of code point i (0 <= i <= nchars). */
size_t sp_str_offset(sp_vm *vm, sp_val s, size_t i);
/* s[i:j] by code point indices (0 <= i <= j <= nchars). */
sp_val sp_str_substr(sp_vm *vm, sp_val s, size_t i, size_t j);
/* A str from a byte range of s (must be on char boundaries). */
sp_val sp_str_from_range(sp_vm *vm, sp_val s, size_t start, size_t len);
/* An exact str with the same contents (for str subclasses). */
sp_val sp_str_exact(sp_vm *vm, sp_val s);
/* ascii(x) from repr(x): every non-ASCII char escaped (\xhh, \uhhhh, \U...). */
sp_val sp_str_ascii_of_repr(sp_vm *vm, sp_val repr);
/* Raise TypeError unless v is a str: "<fname> arg must be str, not int"
 * style messages are built by callers; this one gives
 * "must be str, not X". */
sp_str_obj *sp_str_arg(sp_vm *vm, sp_val v, const char *fmt);
/* The type name as Argument Clinic's messages show it: "None" for None
 * ("replace() argument 1 must be str, not None"). */
const char *sp_argtype_name(sp_vm *vm, sp_val v);
void sp_strbuf_add_ascii_char(sp_vm *vm, sp_strbuf *b, char c);
void sp_strbuf_add_repeat(sp_vm *vm, sp_strbuf *b, uint32_t cp, size_t n);

/* ---- unicode character database (unicode.c) ----------------------------- */
bool sp_uc_isspace(uint32_t cp);
/* sp_uc_isspace of an ASCII code point (c < 0x80), inline: \t \n \v \f \r,
 * the separators \x1c-\x1f, and the space. */
static inline bool sp_ascii_isspace(uint32_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
}
bool sp_uc_islinebreak(uint32_t cp);
bool sp_uc_isprintable(uint32_t cp);
bool sp_uc_isalpha(uint32_t cp);
bool sp_uc_isdecimal(uint32_t cp);
bool sp_uc_isdigit(uint32_t cp);
bool sp_uc_isnumeric(uint32_t cp);
bool sp_uc_isupper(uint32_t cp);
bool sp_uc_islower(uint32_t cp);
bool sp_uc_istitle(uint32_t cp);
bool sp_uc_iscased(uint32_t cp);
bool sp_uc_iscaseignorable(uint32_t cp);
bool sp_uc_isxidstart(uint32_t cp);
bool sp_uc_isxidcontinue(uint32_t cp);
int sp_uc_decimal(uint32_t cp);     /* -1 if not a decimal digit */
int sp_uc_digit(uint32_t cp);       /* -1 if none */
/* Full case mappings: write up to 3 code points into out, return count. */
size_t sp_uc_lower(uint32_t cp, sp_u32s out);
size_t sp_uc_upper(uint32_t cp, sp_u32s out);
size_t sp_uc_title(uint32_t cp, sp_u32s out);
size_t sp_uc_fold(uint32_t cp, sp_u32s out);

/* ---- methods implemented outside str.c (for sp_str_def) ---------------- */
#define SP_STR_METHODS_X(X)                                                   \
    X(split) X(rsplit) X(splitlines) X(join) X(strip) X(lstrip) X(rstrip)   \
    X(startswith) X(endswith) X(find) X(rfind) X(index) X(rindex) X(count)   \
    X(replace) X(partition) X(rpartition) X(upper) X(lower) X(capitalize)    \
    X(title) X(swapcase) X(casefold) X(isdigit) X(isdecimal) X(isnumeric)    \
    X(isalpha) X(isalnum) X(isspace) X(isupper) X(islower) X(istitle)        \
    X(isidentifier) X(isprintable) X(isascii) X(center) X(ljust) X(rjust)    \
    X(zfill) X(expandtabs) X(translate) X(encode)               \
    X(removeprefix) X(removesuffix) X(format) X(format_map) X(__mod__)       \
    X(__rmod__) X(__format__)
#define SP_STR_DECL(name) sp_val sp_strm_##name(sp_vm *vm, sp_vals args, sp_val kwnames);
SP_STR_METHODS_X(SP_STR_DECL)
#undef SP_STR_DECL
sp_val sp_strm_maketrans(sp_vm *vm, sp_vals args, sp_val kwnames);   /* static */

/* ---- codecs (codecs.c) ------------------------------------------------- */
/* str.encode / bytes.decode with a codec name and an errors name. */
sp_val sp_codec_encode(sp_vm *vm, sp_val s, const char *encoding, const char *errors);
sp_val sp_codec_decode(sp_vm *vm, sp_cbytes data, const char *encoding, const char *errors);
/* true for the codecs written in C (utf-8, ascii, latin-1, utf-16/32...). */
bool sp_codec_is_builtin(const char *name);
/* Encode (str -> bytes) or decode through the codec registry (_codecs.lookup,
 * the stdlib's encodings package): LookupError if no codec is found,
 * TypeError if the codec returns the wrong type. */
sp_val sp_codecs_registry_call(sp_vm *vm, sp_val obj, const char *encoding, const char *errors, bool encode);
/* Re-raise exc from inside a codec as CPython's codec machinery does
 * ("encoding with 'NAME' codec failed (...)" for plain exceptions). */
_Noreturn void sp_codec_reraise(sp_vm *vm, sp_val exc, bool encode, const char *encoding);

/* ---- printf-style % formatting (strformat.c) --------------------------- */
sp_val sp_bytes_percent_format(sp_vm *vm, sp_val fmt, sp_val args);
/* _string's helpers for string.Formatter. */
sp_val sp_str_formatter_parser(sp_vm *vm, sp_val s);
sp_val sp_str_formatter_field_name_split(sp_vm *vm, sp_val s);

/* ---- bytes internals (bytes.c) ----------------------------------------- */
sp_bytes_obj *sp_bytes_alloc(sp_vm *vm, size_t len);
/* repr of a byte run with the b'...' rules; prefix e.g. "b" or "bytearray(b". */
sp_val sp_bytes_repr_data(sp_vm *vm, sp_cbytes data, const char *prefix, const char *suffix);
/* The bytes of a bytes-like argument (bytes, bytearray) or NULL-ptr span
 * with *ok = false. */
bool sp_bytes_like(sp_val v, sp_cbytes *out);
/* Parse start/end arguments (None allowed) against len; clamps like slices. */
/* First / last occurrence of needle in hay[from:to] (byte offsets), or -1. */
sp_ssize sp_bfind(sp_cbytes hay, sp_cbytes needle, size_t from, size_t to);
sp_ssize sp_brfind(sp_cbytes hay, sp_cbytes needle, size_t from, size_t to);
void sp_adjust_range(sp_vm *vm, sp_val start, sp_val end, size_t len, size_t *s, size_t *e);
/* An integer argument as CPython's argument clinic converts it (__index__;
 * OverflowError "Python int too large to convert to C ssize_t" / "C int"). */
sp_ssize sp_str_arg_ssize(sp_vm *vm, sp_val v);
int sp_str_arg_int(sp_vm *vm, sp_val v);

/* The methods bytes and bytearray share (bytes.c); each returns the type
 * of its self where it returns a byte string. */
#define SP_BYTES_METHODS_X(X)                                                 \
    X(__len__) X(__getitem__) X(__contains__) X(__eq__) X(__ne__) X(__lt__)   \
    X(__le__) X(__gt__) X(__ge__) X(__add__) X(__mul__) X(__rmul__)           \
    X(__mod__) X(__rmod__) X(decode) X(hex) X(split) X(rsplit) X(splitlines)  \
    X(join) X(strip) X(lstrip) X(rstrip) X(startswith) X(endswith) X(find)    \
    X(rfind) X(index) X(rindex) X(count) X(replace) X(partition)              \
    X(rpartition) X(upper) X(lower) X(capitalize) X(title) X(swapcase)        \
    X(isdigit) X(isalpha) X(isalnum) X(isspace) X(isupper) X(islower)         \
    X(istitle) X(isascii) X(center) X(ljust) X(rjust) X(zfill) X(expandtabs)  \
    X(translate) X(removeprefix) X(removesuffix)
#define SP_BYTES_DECL(name) sp_val sp_bytesm_##name(sp_vm *vm, sp_vals args, sp_val kwnames);
SP_BYTES_METHODS_X(SP_BYTES_DECL)
#undef SP_BYTES_DECL
/* bytes.fromhex / bytearray.fromhex and maketrans (classmethod/static). */
sp_val sp_bytesm_fromhex(sp_vm *vm, sp_vals args, sp_val kwnames);
sp_val sp_bytesm_maketrans(sp_vm *vm, sp_vals args, sp_val kwnames);
/* The bytes of bytes(x) / bytearray(x) for the one-argument forms (int
 * count, iterable of ints, buffer, str with encoding). */
sp_val sp_bytes_from_object(sp_vm *vm, sp_val x, sp_val encoding, sp_val errors, const char *fname);
/* A new iterator over a bytes or bytearray. */
sp_val sp_bytes_iter_new(sp_vm *vm, sp_val seq);
/* The byte value of an int-like in range(256) ("byte must be in range(0, 256)"). */
uint8_t sp_byte_value(sp_vm *vm, sp_val v);

#endif

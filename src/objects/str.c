/* str: the representation, the C API of sp.h, the builder, repr, and the
 * core dunder methods.  The other methods live in str_methods.c, the
 * formatting in strformat.c, the character tables in unicode.c.  See
 * str_internal.h for the representation (UTF-8 + lazily built index). */
#include "str_internal.h"
#include "objects/cont.h"
#include "core/utf8.h"

/* ------------------------------------------------------------------------
 * UTF-8 validation (the core's decoder; surrogates allowed on request)
 * --------------------------------------------------------------------- */
size_t sp_u8_valid_prefix(sp_cbytes s, bool allow_surrogates, size_t *nchars)
{
    sp_utf8_error err;
    size_t n = 0;
    if (sp_utf8_check(s, allow_surrogates, &n, &err)) {
        *nchars = n;
        return s.len;
    }
    *nchars = n;
    return err.start;
}

/* ------------------------------------------------------------------------
 * Allocation
 * --------------------------------------------------------------------- */
sp_str_obj *sp_str_alloc(sp_vm *vm, size_t len)
{
    /* + 1 for the NUL kept after the data for C callers.  One overflow
     * test, and the heap called directly: str is no heap type, so no
     * finalization flag (sp_alloc's test); this is every str's path. */
    if (len > SIZE_MAX - sizeof(sp_str_obj) - 1)
        sp_raise_memory(vm);
    sp_str_obj *o = (sp_str_obj *)sp_heap_alloc(vm->heap, vm->t.str, sizeof(sp_str_obj) + len + 1, 0);
    if (o == NULL)
        sp_raise_memory(vm);
    o->len = len;
    o->hash = -1;
    return o;
}

sp_val sp_str_seal_known(sp_str_obj *o, size_t nchars, bool ascii)
{
    o->nchars = nchars;
    o->ascii = ascii;
    return (sp_val)o;
}

sp_val sp_str_seal(sp_str_obj *o)
{
    sp_cbytes b = sp_strobj_cbytes(o);
    size_t n = 0;
    bool ascii = true;
    for (size_t i = 0; i < b.len; i++) {
        uint8_t c = sp_cbytes_get(b, i);
        if ((c & 0xC0u) != 0x80u)
            n++;
        if (c >= 0x80)
            ascii = false;
    }
    return sp_str_seal_known(o, n, ascii);
}

static sp_rawbuf *str_index(sp_vm *vm, sp_str_obj *o);

/* A non-ASCII str longer than this gets its index when it is made, so that
 * code walking it with sp_str_codepoint_at (which can't allocate) is never
 * quadratic. */
#define SP_STR_EAGER_INDEX 64u

static sp_val str_done(sp_vm *vm, sp_val s)
{
    sp_str_obj *o = sp_as_str(s);
    if (!o->ascii && o->nchars > SP_STR_EAGER_INDEX && !o->index)
        str_index(vm, o);
    return s;
}

sp_val sp_str_new(sp_vm *vm, sp_cbytes utf8)
{
    if (utf8.len == 0 && vm->empty_str)
        return vm->empty_str;
    if (utf8.len == 1 && vm->char_cache && sp_cbytes_get(utf8, 0) < 0x80)
        return sp_tuple_get(vm->char_cache, sp_cbytes_get(utf8, 0));
    if (utf8.len == 2 && vm->char_cache && (sp_cbytes_get(utf8, 0) & 0xFEu) == 0xC2u) {
        /* U+0080..U+00FF: the cached Latin-1 char */
        uint32_t cp = ((sp_cbytes_get(utf8, 0) & 0x1Fu) << 6) | (sp_cbytes_get(utf8, 1) & 0x3Fu);
        return sp_tuple_get(vm->char_cache, cp);
    }
#ifdef SP_DEBUG
    size_t nc;
    if (sp_u8_valid_prefix(utf8, true, &nc) != utf8.len)
        sp_trap("sp_str_new: invalid UTF-8");
#endif
    sp_str_obj *o = sp_str_alloc(vm, utf8.len);
    sp_bytes_copy(sp_strobj_buf(o), utf8);
    sp_val r = sp_str_seal(o);
    if (utf8.len == 0 && !vm->empty_str)
        vm->empty_str = r;
    return str_done(vm, r);
}

sp_val sp_str_new_ascii(sp_vm *vm, sp_cbytes ascii)
{
    if (ascii.len <= 1)
        return sp_str_new(vm, ascii);
#ifdef SP_DEBUG
    for (size_t i = 0; i < ascii.len; i++)
        if (sp_cbytes_get(ascii, i) >= 0x80)
            sp_trap("sp_str_new_ascii: not ASCII");
#endif
    sp_str_obj *o = sp_str_alloc(vm, ascii.len);
    sp_bytes_copy(sp_strobj_buf(o), ascii);
    return sp_str_seal_known(o, ascii.len, true);
}

sp_val sp_str_from_cstr(sp_vm *vm, const char *s)
{
    return sp_str_new(vm, sp_cbytes_of_cstr(s));
}

sp_val sp_str_exact(sp_vm *vm, sp_val s)
{
    if (sp_type_of(vm, s) == vm->t.str)
        return s;
    sp_str_obj *src = sp_as_str(s);
    sp_str_obj *o = sp_str_alloc(vm, src->len);
    sp_bytes_copy(sp_strobj_buf(o), sp_strobj_cbytes(src));
    return str_done(vm, sp_str_seal_known(o, src->nchars, src->ascii));
}

/* Decode untrusted UTF-8.  errors: "strict" (UnicodeDecodeError),
 * "replace" (U+FFFD per maximal invalid subpart), "ignore",
 * "surrogateescape" (each bad byte b -> U+DC00+b). */
sp_val sp_str_decode_utf8(sp_vm *vm, sp_cbytes bytes, const char *errors)
{
    size_t nchars;
    size_t ok = sp_u8_valid_prefix(bytes, false, &nchars);
    if (ok == bytes.len) {
        if (bytes.len <= 1)
            return sp_str_new(vm, bytes);
        sp_str_obj *o = sp_str_alloc(vm, bytes.len);
        sp_bytes_copy(sp_strobj_buf(o), bytes);
        return str_done(vm, sp_str_seal_known(o, nchars, nchars == bytes.len));
    }
    return sp_codec_decode(vm, bytes, "utf-8", errors ? errors : "strict");
}

/* ------------------------------------------------------------------------
 * Accessors
 * --------------------------------------------------------------------- */
sp_cbytes sp_str_bytes(sp_val s)
{
    return sp_strobj_cbytes(sp_as_str(s));
}

const char *sp_str_cstr(sp_val s)
{
    return sp_cbytes_cstr(sp_strobj_cbytes_nul(sp_as_str(s)));
}

size_t sp_str_len(sp_val s)
{
    return sp_as_str(s)->nchars;
}

bool sp_str_eq(sp_val a, sp_val b)
{
    if (a == b)
        return true;
    sp_str_obj *x = sp_as_str(a), *y = sp_as_str(b);
    if (x->len != y->len || x->nchars != y->nchars)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return sp_cbytes_eq(sp_strobj_cbytes(x), sp_strobj_cbytes(y));
}

bool sp_str_eq_cstr(sp_val s, const char *c)
{
    return sp_cbytes_eq(sp_str_bytes(s), sp_cbytes_of_cstr(c));
}

/* UTF-8 byte order is code point order (also for encoded surrogates). */
int sp_str_cmp(sp_val a, sp_val b)
{
    if (a == b)
        return 0;
    return sp_cbytes_cmp(sp_str_bytes(a), sp_str_bytes(b));
}

/* CPython hashes a str's internal form: one byte per char when all are
 * below U+0100, else two (below U+10000) or four bytes per char,
 * little-endian.  Hashing the same bytes gives the same values (and so the
 * same set iteration order) as CPython under the same PYTHONHASHSEED.
 * ASCII text is its own Latin-1 form. */
static int64_t str_hash_wide(sp_vm *vm, sp_str_obj *o)
{
    sp_cbytes d = sp_strobj_cbytes(o);
    size_t kind = sp_u8_kind(d);
    sp_rawbuf *rb = (sp_rawbuf *)sp_rawbuf_new(vm, sp_size_mul_or_raise(vm, o->nchars, kind));
    sp_bytes out = sp_rawbuf_span(rb);
    size_t w = 0, pos = 0;
    d = sp_strobj_cbytes(o);
    while (pos < d.len) {
        uint32_t cp = sp_u8_next(d, &pos);
        for (size_t k = 0; k < kind; k++)
            sp_bytes_set(out, w++, (uint8_t)(cp >> (8 * k)));
    }
    return (int64_t)sp_siphash(vm->hashkey, sp_cbytes_sub(sp_cbytes_of(out), 0, w));
}

int64_t sp_str_hash_compute(sp_vm *vm, sp_val s)
{
    sp_str_obj *o = sp_as_str(s);
    if (o->hash != -1)
        return o->hash;
    int64_t h = 0;   /* CPython: hash('') == 0 */
    if (o->len > 0) {
        h = o->ascii ? (int64_t)sp_siphash(vm->hashkey, sp_strobj_cbytes(o)) : str_hash_wide(vm, o);
        if (h == -1)
            h = -2;   /* -1 is the "not computed" mark (and an error in CPython) */
    }
    o->hash = h;
    return h;
}

/* ------------------------------------------------------------------------
 * Code point indexing
 * --------------------------------------------------------------------- */
static sp_rawbuf *str_index(sp_vm *vm, sp_str_obj *o)
{
    o = sp_strobj_core(o);
    if (o->index)
        return SP_AS(sp_rawbuf, o->index, SP_LAYOUT_RAWBUF);
    size_t entries = o->nchars / SP_STR_INDEX_STEP + 1;
    sp_rawbuf *rb = (sp_rawbuf *)sp_rawbuf_new(vm, sp_size_mul_or_raise(vm, entries, sizeof(size_t)));
    sp_sizes tab = sp_rawbuf_sizes(rb);
    sp_cbytes b = sp_strobj_cbytes(o);
    size_t pos = 0;
    for (size_t k = 0; k < entries; k++) {
        sp_sizes_set(tab, k, pos);
        for (size_t j = 0; j < SP_STR_INDEX_STEP && pos < b.len; j++)
            pos += sp_u8_seqlen(sp_cbytes_get(b, pos));
    }
    o->index = (sp_val)rb;
    return rb;
}

/* Byte offset of code point i without allocating (index if present). */
static size_t str_offset_noalloc(sp_str_obj *o, size_t i)
{
    o = sp_strobj_core(o);
    if (o->ascii)
        return i;
    if (i >= o->nchars)
        return o->len;
    sp_cbytes b = sp_strobj_cbytes(o);
    size_t pos = 0, k = 0;
    if (o->index) {
        sp_sizes tab = sp_rawbuf_sizes(SP_AS(sp_rawbuf, o->index, SP_LAYOUT_RAWBUF));
        pos = sp_sizes_get(tab, i / SP_STR_INDEX_STEP);
        k = i - i % SP_STR_INDEX_STEP;
    }
    for (; k < i; k++)
        pos += sp_u8_seqlen(sp_cbytes_get(b, pos));
    return pos;
}

size_t sp_str_offset(sp_vm *vm, sp_val s, size_t i)
{
    sp_str_obj *o = sp_strobj_core(sp_as_str(s));
    if (!o->ascii && !o->index && o->nchars > SP_STR_INDEX_STEP && i > SP_STR_INDEX_STEP)
        str_index(vm, o);
    return str_offset_noalloc(o, i);
}

uint32_t sp_str_codepoint_at(sp_val s, size_t i)
{
    sp_str_obj *o = sp_as_str(s);
    if (i >= o->nchars)
        sp_trap("sp_str_codepoint_at: index out of range");
    size_t pos = str_offset_noalloc(o, i);
    return sp_u8_next(sp_strobj_cbytes(o), &pos);
}

sp_val sp_str_from_codepoint(sp_vm *vm, uint32_t cp)
{
    if (cp < 0x100 && vm->char_cache)
        return sp_tuple_get(vm->char_cache, cp);
    if (cp > 0x10FFFF)
        sp_trap("sp_str_from_codepoint: not a code point");
    uint8_t tmp[4];
    size_t n = sp_u8_encode(cp, SP_BYTES(tmp));
    sp_str_obj *o = sp_str_alloc(vm, n);
    sp_bytes_copy(sp_strobj_buf(o), sp_cbytes_sub(SP_CBYTES(tmp), 0, n));
    return sp_str_seal_known(o, 1, cp < 0x80);
}

sp_val sp_str_char_at(sp_vm *vm, sp_val s, size_t i)
{
    sp_str_obj *o = sp_as_str(s);
    if (i >= o->nchars)
        sp_trap("sp_str_char_at: index out of range");
    size_t pos = sp_str_offset(vm, s, i);
    return sp_str_from_codepoint(vm, sp_u8_next(sp_strobj_cbytes(o), &pos));
}

sp_val sp_str_from_range(sp_vm *vm, sp_val s, size_t start, size_t len)
{
    sp_str_obj *src = sp_as_str(s);
    if (start == 0 && len == src->len && sp_type_of(vm, s) == vm->t.str)
        return s;
    sp_cbytes part = sp_cbytes_sub(sp_strobj_cbytes(src), start, len);
    if (src->ascii) {
        if (len <= 1)
            return sp_str_new(vm, part);
        sp_str_obj *o = sp_str_alloc(vm, len);
        sp_bytes_copy(sp_strobj_buf(o), part);
        return sp_str_seal_known(o, len, true);
    }
    return sp_str_new(vm, part);
}

sp_val sp_str_substr(sp_vm *vm, sp_val s, size_t i, size_t j)
{
    size_t a = sp_str_offset(vm, s, i);
    size_t b = sp_str_offset(vm, s, j);
    return sp_str_from_range(vm, s, a, b - a);
}

/* ------------------------------------------------------------------------
 * Building
 * --------------------------------------------------------------------- */
sp_val sp_str_concat(sp_vm *vm, sp_val a, sp_val b)
{
    sp_str_obj *x = sp_as_str(a), *y = sp_as_str(b);
    if (y->len == 0 && sp_type_of(vm, a) == vm->t.str)
        return a;
    if (x->len == 0 && sp_type_of(vm, b) == vm->t.str)
        return b;
    sp_str_obj *o = sp_str_alloc(vm, sp_size_add_or_raise(vm, x->len, y->len));
    sp_bytes buf = sp_strobj_buf(o);
    sp_bytes_copy(buf, sp_strobj_cbytes(x));
    sp_bytes_copy(sp_bytes_sub(buf, x->len, y->len), sp_strobj_cbytes(y));
    return str_done(vm, sp_str_seal_known(o, x->nchars + y->nchars, x->ascii && y->ascii));
}

/* dst[0:src.len] = src: short runs byte by byte (the usual join piece),
 * longer ones through the checked copy. */
static inline void copy_piece(sp_bytes dst, sp_cbytes src)
{
    if (src.len <= 16) {
        for (size_t i = 0; i < src.len; i++)
            sp_bytes_set(dst, i, sp_cbytes_get(src, i));
    } else {
        sp_bytes_copy(dst, src);
    }
}

sp_val sp_str_join(sp_vm *vm, sp_val sep, sp_vals items)
{
    sp_str_obj *s = sp_as_str(sep);
    if (items.len == 0)
        return sp_str_new(vm, (sp_cbytes){ NULL, 0 });
    if (items.len == 1 && sp_type_of(vm, sp_vals_get(items, 0)) == vm->t.str)
        return sp_vals_get(items, 0);
    size_t total = sp_size_mul_or_raise(vm, s->len, items.len - 1);
    size_t nchars = s->nchars * (items.len - 1);
    bool ascii = s->ascii;
    for (size_t i = 0; i < items.len; i++) {
        sp_val it = sp_vals_get(items, i);
        if (!sp_is_str(it))
            sp_raise_fmt(vm, vm->e.TypeError, "sequence item %zu: expected str instance, %T found", i, it);
        sp_str_obj *io = sp_strobj_core(sp_as_str(it));
        if (!sp_size_add(total, io->len, &total))
            sp_raise_memory(vm);
        nchars += io->nchars;
        ascii = ascii && io->ascii;
    }
    sp_str_obj *o = sp_str_alloc(vm, total);
    sp_bytes buf = sp_strobj_buf(o);
    sp_cbytes sb = sp_strobj_cbytes(s);
    size_t pos = 0;
    for (size_t i = 0; i < items.len; i++) {
        if (i > 0 && sb.len > 0) {
            copy_piece(sp_bytes_sub(buf, pos, sb.len), sb);
            pos += sb.len;
        }
        /* Items are re-read: the list could not change (no Python code ran). */
        sp_cbytes ib = sp_strobj_cbytes(sp_as_str(sp_vals_get(items, i)));
        copy_piece(sp_bytes_sub(buf, pos, ib.len), ib);
        pos += ib.len;
    }
    return str_done(vm, sp_str_seal_known(o, nchars, ascii));
}

/* ---- the builder --------------------------------------------------------
 * Up to SP_STRBUF_SMALL bytes live in b->small (b->buf == NULL): a short
 * result costs one allocation, the str itself.  Past that, b->buf is a
 * rawbuf held in the builder struct, which lives on the C stack, so the
 * conservative scan keeps it alive.  Nothing keeps a pointer into `small`
 * across calls (spans over it are made afresh), so the struct may be
 * copied. */
void sp_strbuf_init(sp_vm *vm, sp_strbuf *b, size_t cap)
{
    b->buf = cap <= SP_STRBUF_SMALL ? NULL : (sp_val)sp_rawbuf_new(vm, cap);
    b->len = 0;
    b->nchars = 0;
    b->ascii = true;
}

/* The bytes written so far. */
static sp_cbytes strbuf_data(sp_strbuf *b)
{
    if (b->buf == NULL)
        return sp_cbytes_sub(SP_CBYTES(b->small), 0, b->len);
    sp_rawbuf *rb = SP_AS(sp_rawbuf, b->buf, SP_LAYOUT_RAWBUF);
    return sp_cbytes_sub(sp_cbytes_of(sp_rawbuf_span(rb)), 0, b->len);
}

static sp_bytes strbuf_grow(sp_vm *vm, sp_strbuf *b, size_t extra);

/* Room for `extra` more bytes: the span to write them to. */
static inline sp_bytes strbuf_reserve(sp_vm *vm, sp_strbuf *b, size_t extra)
{
    if (b->buf == NULL && extra <= SP_STRBUF_SMALL && b->len <= SP_STRBUF_SMALL - extra)
        return sp_bytes_sub(SP_BYTES(b->small), b->len, extra);
    return strbuf_grow(vm, b, extra);
}

__attribute__((noinline)) static sp_bytes strbuf_grow(sp_vm *vm, sp_strbuf *b, size_t extra)
{
    size_t need = sp_size_add_or_raise(vm, b->len, extra);
    if (b->buf == NULL) {
        if (need <= SP_STRBUF_SMALL)
            return sp_bytes_sub(SP_BYTES(b->small), b->len, extra);
        size_t cap = 2 * SP_STRBUF_SMALL;
        if (cap < need)
            cap = need;
        sp_rawbuf *nb = (sp_rawbuf *)sp_rawbuf_new(vm, cap);
        sp_bytes_copy(sp_rawbuf_span(nb), sp_cbytes_sub(SP_CBYTES(b->small), 0, b->len));
        b->buf = (sp_val)nb;
        return sp_bytes_sub(sp_rawbuf_span(nb), b->len, extra);
    }
    sp_rawbuf *rb = SP_AS(sp_rawbuf, b->buf, SP_LAYOUT_RAWBUF);
    if (need > rb->cap) {
        size_t cap = rb->cap * 2;
        if (cap < need)
            cap = need;
        sp_rawbuf *nb = (sp_rawbuf *)sp_rawbuf_new(vm, cap);
        sp_bytes_copy(sp_rawbuf_span(nb), sp_cbytes_sub(sp_cbytes_of(sp_rawbuf_span(rb)), 0, b->len));
        b->buf = (sp_val)nb;
        rb = nb;
    }
    return sp_bytes_sub(sp_rawbuf_span(rb), b->len, extra);
}

void sp_strbuf_add(sp_vm *vm, sp_strbuf *b, sp_cbytes utf8)
{
    size_t n = utf8.len;
    if (n == 0)
        return;
    sp_bytes dst = strbuf_reserve(vm, b, n);
    /* Counted in locals (b's fields could alias the bytes for the
     * compiler); a short run is copied in the same loop. */
    size_t cont = 0;
    unsigned any = 0;
    if (n <= 16) {
        for (size_t i = 0; i < n; i++) {
            uint8_t c = sp_cbytes_get(utf8, i);
            sp_bytes_set(dst, i, c);
            cont += (c & 0xC0u) == 0x80u;
            any |= c;
        }
    } else {
        sp_bytes_copy(dst, utf8);
        for (size_t i = 0; i < n; i++) {
            uint8_t c = sp_cbytes_get(utf8, i);
            cont += (c & 0xC0u) == 0x80u;
            any |= c;
        }
    }
    b->len += n;
    b->nchars += n - cont;
    if (any & 0x80u)
        b->ascii = false;
}

void sp_strbuf_add_cstr(sp_vm *vm, sp_strbuf *b, const char *s)
{
    sp_strbuf_add(vm, b, sp_cbytes_of_cstr(s));
}

void sp_strbuf_add_str(sp_vm *vm, sp_strbuf *b, sp_val s)
{
    sp_str_obj *o = sp_as_str(s);
    if (o->len == 0)
        return;
    sp_bytes dst = strbuf_reserve(vm, b, o->len);
    sp_bytes_copy(dst, sp_strobj_cbytes(o));
    b->len += o->len;
    b->nchars += o->nchars;
    b->ascii = b->ascii && o->ascii;
}

void sp_strbuf_add_codepoint(sp_vm *vm, sp_strbuf *b, uint32_t cp)
{
    if (cp > 0x10FFFF)
        sp_trap("sp_strbuf_add_codepoint: not a code point");
    size_t n = sp_u8_cplen(cp);
    sp_bytes dst = strbuf_reserve(vm, b, n);
    sp_u8_encode(cp, dst);
    b->len += n;
    b->nchars++;
    if (cp >= 0x80)
        b->ascii = false;
}

void sp_strbuf_add_ascii_char(sp_vm *vm, sp_strbuf *b, char c)
{
    sp_bytes dst = strbuf_reserve(vm, b, 1);
    sp_bytes_set(dst, 0, (uint8_t)c);
    b->len++;
    b->nchars++;
}

void sp_strbuf_add_repeat(sp_vm *vm, sp_strbuf *b, uint32_t cp, size_t n)
{
    if (n == 0)
        return;
    if (cp > 0x10FFFF)
        sp_trap("sp_strbuf_add_repeat: not a code point");
    /* Reserve everything first: a huge count fails at once with
     * MemoryError instead of growing the buffer step by step. */
    size_t w = sp_u8_cplen(cp);
    sp_bytes dst = strbuf_reserve(vm, b, sp_size_mul_or_raise(vm, n, w));
    uint8_t tmp[4];
    sp_u8_encode(cp, SP_BYTES(tmp));
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < w; k++)
            sp_bytes_set(dst, i * w + k, sp_bytes_get(SP_BYTES(tmp), k));
    b->len += n * w;
    b->nchars += n;
    if (cp >= 0x80)
        b->ascii = false;
}

sp_val sp_strbuf_finish(sp_vm *vm, sp_strbuf *b)
{
    sp_cbytes data = strbuf_data(b);
    if (b->len <= 1)
        return sp_str_new(vm, data);
    sp_str_obj *o = sp_str_alloc(vm, b->len);
    sp_bytes_copy(sp_strobj_buf(o), data);
    return str_done(vm, sp_str_seal_known(o, b->nchars, b->ascii));
}

/* ------------------------------------------------------------------------
 * sp_str_fmt
 * --------------------------------------------------------------------- */
static void strbuf_add_u64(sp_vm *vm, sp_strbuf *b, uint64_t u, bool neg, unsigned base)
{
    char tmp[24];
    size_t n = 0;
    sp_bytes t = SP_BYTES(tmp);
    do {
        unsigned d = (unsigned)(u % base);
        sp_bytes_set(t, n++, (uint8_t)(d < 10 ? '0' + d : 'a' + d - 10));
        u /= base;
    } while (u != 0);
    if (neg)
        sp_strbuf_add_ascii_char(vm, b, '-');
    while (n > 0)
        sp_strbuf_add_ascii_char(vm, b, (char)sp_bytes_get(t, --n));
}

static void strbuf_add_i64(sp_vm *vm, sp_strbuf *b, int64_t v)
{
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    strbuf_add_u64(vm, b, u, v < 0, 10);
}

/* The directives: see sp.h.  Also %u, %x, %ld, %lu, %zx, %llu, and a
 * precision for %s ("%.200s") and %U/%S/%R (in characters). */
sp_val sp_str_vfmt(sp_vm *vm, const char *fmt, va_list ap)
{
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 64);
    sp_cbytes f = sp_cbytes_of_cstr(fmt);
    size_t i = 0;
    while (i < f.len) {
        size_t start = i;
        while (i < f.len && sp_cbytes_get(f, i) != '%')
            i++;
        if (i > start)
            sp_strbuf_add(vm, &b, sp_cbytes_sub(f, start, i - start));
        if (i >= f.len)
            break;
        i++;   /* '%' */
        size_t prec = (size_t)-1;
        if (i < f.len && sp_cbytes_get(f, i) == '.') {
            i++;
            prec = 0;
            while (i < f.len && sp_cbytes_get(f, i) >= '0' && sp_cbytes_get(f, i) <= '9')
                prec = prec * 10 + (size_t)(sp_cbytes_get(f, i++) - '0');
        }
        int lmod = 0;   /* 1: l, 2: ll, 3: z */
        while (i < f.len) {
            uint8_t c = sp_cbytes_get(f, i);
            if (c == 'l') {
                lmod++;
                i++;
            } else if (c == 'z') {
                lmod = 3;
                i++;
            } else
                break;
        }
        if (i >= f.len)
            break;
        uint8_t c = sp_cbytes_get(f, i++);
        sp_val v = NULL;
        switch (c) {
        case '%':
            sp_strbuf_add_ascii_char(vm, &b, '%');
            break;
        case 'd':
        case 'i':
            if (lmod == 3)
                strbuf_add_i64(vm, &b, (int64_t)va_arg(ap, sp_ssize));
            else if (lmod == 2)
                strbuf_add_i64(vm, &b, (int64_t)va_arg(ap, long long));
            else if (lmod == 1)
                strbuf_add_i64(vm, &b, (int64_t)va_arg(ap, long));
            else
                strbuf_add_i64(vm, &b, (int64_t)va_arg(ap, int));
            break;
        case 'u':
        case 'x': {
            uint64_t u;
            if (lmod == 3)
                u = (uint64_t)va_arg(ap, size_t);
            else if (lmod == 2)
                u = (uint64_t)va_arg(ap, unsigned long long);
            else if (lmod == 1)
                u = (uint64_t)va_arg(ap, unsigned long);
            else
                u = (uint64_t)va_arg(ap, unsigned int);
            strbuf_add_u64(vm, &b, u, false, c == 'x' ? 16 : 10);
            break;
        }
        case 'c': {
            int cp = va_arg(ap, int);
            sp_strbuf_add_codepoint(vm, &b, cp < 0 || cp > 0x10FFFF ? 0xFFFD : (uint32_t)cp);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            sp_cbytes sb = sp_cbytes_of_cstr(s ? s : "(null)");
            if (prec != (size_t)-1 && sb.len > prec) {
                /* Cut on a character boundary. */
                size_t cut = prec;
                while (cut > 0 && (sp_cbytes_get(sb, cut) & 0xC0u) == 0x80u)
                    cut--;
                sb = sp_cbytes_sub(sb, 0, cut);
            }
            sp_strbuf_add(vm, &b, sb);
            break;
        }
        /* A NULL argument is a bug of the caller: show it, don't crash. */
        case 'R':
            v = va_arg(ap, sp_val);
            v = v ? sp_repr(vm, v) : sp_str_from_cstr(vm, "<NULL>");
            break;
        case 'S':
            v = va_arg(ap, sp_val);
            v = v ? sp_str(vm, v) : sp_str_from_cstr(vm, "<NULL>");
            break;
        case 'U':
            v = va_arg(ap, sp_val);
            if (v == NULL)
                v = sp_str_from_cstr(vm, "<NULL>");
            break;
        case 'T':
            v = va_arg(ap, sp_val);
            v = v ? sp_type_of(vm, v)->name : sp_str_from_cstr(vm, "<NULL>");
            break;
        case 'N': {
            sp_type *t = va_arg(ap, sp_type *);
            v = t ? t->name : sp_str_from_cstr(vm, "<NULL>");
            break;
        }
        default:
            /* Unknown directive: emit it as is so the bug is visible. */
            sp_strbuf_add_ascii_char(vm, &b, '%');
            sp_strbuf_add_ascii_char(vm, &b, (char)c);
            break;
        }
        if (v) {
            if (prec != (size_t)-1 && sp_str_len(v) > prec)
                v = sp_str_substr(vm, v, 0, prec);
            sp_strbuf_add_str(vm, &b, v);
        }
    }
    return sp_strbuf_finish(vm, &b);
}

sp_val sp_str_fmt(sp_vm *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sp_val r = sp_str_vfmt(vm, fmt, ap);
    va_end(ap);
    return r;
}

/* ------------------------------------------------------------------------
 * Interning
 * --------------------------------------------------------------------- */
sp_val sp_intern(sp_vm *vm, sp_val s)
{
    sp_str_obj *o = sp_as_str(s);
    if (o->interned && sp_type_of(vm, s) == vm->t.str)
        return s;
    if (!vm->interned)
        vm->interned = sp_dict_new(vm);
    sp_val found = sp_dict_get_str(vm, vm->interned, s);
    if (found)
        return found;
    s = sp_str_exact(vm, s);
    sp_dict_set(vm, vm->interned, s, s);
    sp_as_str(s)->interned = 1;
    return s;
}

sp_val sp_intern_cstr(sp_vm *vm, const char *s)
{
    return sp_intern(vm, sp_str_from_cstr(vm, s));
}

/* ------------------------------------------------------------------------
 * repr
 * --------------------------------------------------------------------- */
static void add_hex(sp_vm *vm, sp_strbuf *b, char kind, uint32_t cp, int digits)
{
    static const char hex[] = "0123456789abcdef";
    sp_strbuf_add_ascii_char(vm, b, '\\');
    sp_strbuf_add_ascii_char(vm, b, kind);
    for (int k = digits - 1; k >= 0; k--)
        sp_strbuf_add_ascii_char(vm, b, (char)sp_cbytes_get(SP_CBYTES(hex), (cp >> (4 * k)) & 0xFu));
}

/* CPython's rule: single quotes unless the text has ' and no ". */
static sp_val str_repr_impl(sp_vm *vm, sp_val s, bool ascii_only)
{
    sp_str_obj *o = sp_as_str(s);
    sp_cbytes d = sp_strobj_cbytes(o);
    bool has_sq = sp_cbytes_findbyte(d, '\'', 0) >= 0;
    bool has_dq = sp_cbytes_findbyte(d, '"', 0) >= 0;
    char q = has_sq && !has_dq ? '"' : '\'';
    sp_strbuf b;
    sp_strbuf_init(vm, &b, o->len + 2);
    sp_strbuf_add_ascii_char(vm, &b, q);
    size_t pos = 0;
    while (pos < d.len) {
        uint32_t cp = sp_u8_next(d, &pos);
        if (cp == (uint32_t)q || cp == '\\') {
            sp_strbuf_add_ascii_char(vm, &b, '\\');
            sp_strbuf_add_ascii_char(vm, &b, (char)cp);
        } else if (cp == '\t') {
            sp_strbuf_add_cstr(vm, &b, "\\t");
        } else if (cp == '\n') {
            sp_strbuf_add_cstr(vm, &b, "\\n");
        } else if (cp == '\r') {
            sp_strbuf_add_cstr(vm, &b, "\\r");
        } else if (cp < 0x20 || cp == 0x7F) {
            add_hex(vm, &b, 'x', cp, 2);
        } else if (cp < 0x7F) {
            sp_strbuf_add_ascii_char(vm, &b, (char)cp);
        } else if (!ascii_only && sp_uc_isprintable(cp)) {
            sp_strbuf_add_codepoint(vm, &b, cp);
        } else if (cp <= 0xFF) {
            add_hex(vm, &b, 'x', cp, 2);
        } else if (cp <= 0xFFFF) {
            add_hex(vm, &b, 'u', cp, 4);
        } else {
            add_hex(vm, &b, 'U', cp, 8);
        }
    }
    sp_strbuf_add_ascii_char(vm, &b, q);
    return sp_strbuf_finish(vm, &b);
}

sp_val sp_str_repr(sp_vm *vm, sp_val s)
{
    return str_repr_impl(vm, s, false);
}

const char *sp_argtype_name(sp_vm *vm, sp_val v)
{
    return v == vm->None ? "None" : sp_type_name(sp_type_of(vm, v));
}

/* ascii(obj) on a repr: escape everything non-ASCII. */
static sp_val str_ascii_escape(sp_vm *vm, sp_val r)
{
    sp_str_obj *o = sp_as_str(r);
    if (o->ascii)
        return r;
    sp_cbytes d = sp_strobj_cbytes(o);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, o->len + 8);
    size_t pos = 0;
    while (pos < d.len) {
        uint32_t cp = sp_u8_next(d, &pos);
        if (cp < 0x80)
            sp_strbuf_add_ascii_char(vm, &b, (char)cp);
        else if (cp <= 0xFF)
            add_hex(vm, &b, 'x', cp, 2);
        else if (cp <= 0xFFFF)
            add_hex(vm, &b, 'u', cp, 4);
        else
            add_hex(vm, &b, 'U', cp, 8);
    }
    return sp_strbuf_finish(vm, &b);
}

/* ------------------------------------------------------------------------
 * Python-visible methods: the core dunders
 * --------------------------------------------------------------------- */
static sp_val self_str(sp_vm *vm, sp_vals args)
{
    sp_val s = sp_vals_get(args, 0);
    if (!sp_is_str(s))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a 'str' object but received a '%T'", s);
    return s;
}

/* The argument check of a slot wrapper (CPython's wording: "wrapper
 * __getitem__() takes no keyword arguments", "expected 1 argument, got 0").
 * sp_call checks the other slot dunders generically; __getitem__ is left
 * to each type. */
static void slot_nargs(sp_vm *vm, const char *name, sp_vals args, sp_val kw, size_t n)
{
    if (kw && sp_tuple_len(kw) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "wrapper %s() takes no keyword arguments", name);
    sp_vals rest = sp_vals_from(args, 1);
    if (rest.len != n) {
        /* CPython's sq_repeat wrapper message starts with a space. */
        sp_raise_fmt(vm, vm->e.TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", rest.len);
    }
}

static sp_val str_repr_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__repr__", sp_vals_from(args, 1), kw, 0, 0);
    return sp_str_repr(vm, self_str(vm, args));
}

static sp_val str_str_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__str__", sp_vals_from(args, 1), kw, 0, 0);
    return sp_str_exact(vm, self_str(vm, args));
}

static sp_val str_hash_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__hash__", sp_vals_from(args, 1), kw, 0, 0);
    return sp_int_from_i64(vm, sp_str_hash(vm, self_str(vm, args)));
}

static sp_val str_len_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__len__", sp_vals_from(args, 1), kw, 0, 0);
    return sp_int_from_size(vm, sp_str_len(self_str(vm, args)));
}

static sp_val str_compare(sp_vm *vm, sp_vals args, sp_val kw, sp_cmpop op)
{
    sp_check_nargs(vm, "comparison", sp_vals_from(args, 1), kw, 1, 1);
    sp_val a = self_str(vm, args), b = sp_vals_get(args, 1);
    if (!sp_is_str(b))
        return vm->NotImplemented;
    if (op == SP_EQ || op == SP_NE) {
        bool eq = sp_str_eq(a, b);
        return sp_bool(vm, op == SP_EQ ? eq : !eq);
    }
    int c = sp_str_cmp(a, b);
    bool r = op == SP_LT ? c < 0 : op == SP_LE ? c <= 0 : op == SP_GT ? c > 0 : c >= 0;
    return sp_bool(vm, r);
}

static sp_val str_eq_m(sp_vm *vm, sp_vals a, sp_val k) { return str_compare(vm, a, k, SP_EQ); }
static sp_val str_ne_m(sp_vm *vm, sp_vals a, sp_val k) { return str_compare(vm, a, k, SP_NE); }
static sp_val str_lt_m(sp_vm *vm, sp_vals a, sp_val k) { return str_compare(vm, a, k, SP_LT); }
static sp_val str_le_m(sp_vm *vm, sp_vals a, sp_val k) { return str_compare(vm, a, k, SP_LE); }
static sp_val str_gt_m(sp_vm *vm, sp_vals a, sp_val k) { return str_compare(vm, a, k, SP_GT); }
static sp_val str_ge_m(sp_vm *vm, sp_vals a, sp_val k) { return str_compare(vm, a, k, SP_GE); }

/* A Python class with its own reflected method gets its turn (return
 * NotImplemented); for the built-in types CPython's sequence errors are
 * raised directly, as its sq_concat / sq_repeat slots do. */
static bool defers_to(sp_vm *vm, sp_val other, sp_val rname)
{
    sp_type *t = sp_type_of(vm, other);
    return (t->flags & SP_TF_HEAPTYPE) && sp_type_lookup(vm, t, rname) != NULL;
}

static sp_val str_add_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__add__", sp_vals_from(args, 1), kw, 1, 1);
    sp_val a = self_str(vm, args), b = sp_vals_get(args, 1);
    if (!sp_is_str(b)) {
        if (defers_to(vm, b, vm->n.__radd__))
            return vm->NotImplemented;
        sp_raise_fmt(vm, vm->e.TypeError, "can only concatenate str (not \"%N\") to str", sp_type_of(vm, b));
    }
    return sp_str_concat(vm, a, b);
}

static sp_val str_repeat(sp_vm *vm, sp_val s, sp_val count)
{
    sp_ssize n = sp_index_ssize(vm, count);
    sp_str_obj *o = sp_as_str(s);
    if (n <= 0 || o->len == 0)
        return sp_str_new(vm, (sp_cbytes){ NULL, 0 });
    if (n == 1 && sp_type_of(vm, s) == vm->t.str)
        return s;
    size_t total;
    size_t nch;
    if (!sp_size_mul(o->nchars, (size_t)n, &nch) || nch > (size_t)PTRDIFF_MAX)
        sp_raise_fmt(vm, vm->e.OverflowError, "repeated string is too long");
    if (!sp_size_mul(o->len, (size_t)n, &total) || total > (size_t)PTRDIFF_MAX)
        sp_raise_type(vm, vm->e.MemoryError);
    sp_str_obj *r = sp_str_alloc(vm, total);
    sp_bytes buf = sp_strobj_buf(r);
    sp_bytes_copy(buf, sp_strobj_cbytes(o));
    /* Double the filled prefix each round. */
    size_t filled = o->len;
    while (filled < total) {
        size_t chunk = filled <= total - filled ? filled : total - filled;
        sp_bytes_copy(sp_bytes_sub(buf, filled, chunk), sp_cbytes_of(sp_bytes_sub(buf, 0, chunk)));
        filled += chunk;
    }
    return str_done(vm, sp_str_seal_known(r, o->nchars * (size_t)n, o->ascii));
}

static bool is_index_like(sp_vm *vm, sp_val v)
{
    return sp_is_int(v) || sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__) != NULL;
}

static sp_val str_mul_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__mul__", sp_vals_from(args, 1), kw, 1, 1);
    sp_val s = self_str(vm, args), n = sp_vals_get(args, 1);
    if (!is_index_like(vm, n)) {
        if (defers_to(vm, n, vm->n.__rmul__))
            return vm->NotImplemented;
        sp_raise_fmt(vm, vm->e.TypeError, "can't multiply sequence by non-int of type '%N'", sp_type_of(vm, n));
    }
    return str_repeat(vm, s, n);
}

/* other * s, after other.__mul__ declined.  CPython reaches str's repeat
 * with `other` as the count -- unless other is itself a built-in sequence,
 * whose repeat got s as the count first. */
static sp_val str_rmul_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__rmul__", sp_vals_from(args, 1), kw, 1, 1);
    sp_val s = self_str(vm, args), n = sp_vals_get(args, 1);
    if (is_index_like(vm, n))
        return str_repeat(vm, s, n);
    sp_layout l = sp_layout_of(n);
    bool seq = l == SP_LAYOUT_LIST || l == SP_LAYOUT_TUPLE || l == SP_LAYOUT_BYTES || l == SP_LAYOUT_BYTEARRAY;
    sp_raise_fmt(vm, vm->e.TypeError, "can't multiply sequence by non-int of type '%N'", seq ? sp_type_of(vm, s) : sp_type_of(vm, n));
}

bool sp_str_contains(sp_vm *vm, sp_val s, sp_val sub)
{
    if (!sp_is_str(sub))
        sp_raise_fmt(vm, vm->e.TypeError, "'in <string>' requires string as left operand, not %T", sub);
    sp_cbytes hay = sp_str_bytes(s);
    return sp_bfind(hay, sp_str_bytes(sub), 0, hay.len) >= 0;
}

static sp_val str_contains_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__contains__", sp_vals_from(args, 1), kw, 1, 1);
    sp_val s = self_str(vm, args);
    return sp_bool(vm, sp_str_contains(vm, s, sp_vals_get(args, 1)));
}

static sp_val str_getitem_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    slot_nargs(vm, "__getitem__", args, kw, 1);
    return sp_str_getitem(vm, self_str(vm, args), sp_vals_get(args, 1));
}

/* s[start::step], n characters (indices as sp_slice_adjust leaves them). */
sp_val sp_str_slice(sp_vm *vm, sp_val s, sp_ssize start, sp_ssize step, size_t n)
{
    sp_str_obj *o = sp_as_str(s);
    if (n == 0)
        return sp_str_new(vm, (sp_cbytes){ NULL, 0 });
    if (step == 1) {
        if (sp_strobj_core(o)->ascii)   /* char index == byte offset */
            return sp_str_from_range(vm, s, (size_t)start, n);
        return sp_str_substr(vm, s, (size_t)start, (size_t)start + n);
    }
    if (o->ascii && n > 1) {
        /* byte i of the result is byte start + i * step */
        sp_str_obj *r = sp_str_alloc(vm, n);
        sp_bytes out = sp_strobj_buf(r);
        sp_cbytes d = sp_strobj_cbytes(o);
        for (size_t k = 0; k < n; k++)
            sp_bytes_set(out, k, sp_cbytes_get(d, (size_t)(start + (sp_ssize)k * step)));
        return sp_str_seal_known(r, n, true);
    }
    sp_strbuf b;
    sp_strbuf_init(vm, &b, o->ascii ? n : n * 2);
    if (o->ascii) {
        sp_cbytes d = sp_strobj_cbytes(o);
        for (size_t k = 0; k < n; k++)
            sp_strbuf_add_ascii_char(vm, &b, (char)sp_cbytes_get(d, (size_t)(start + (sp_ssize)k * step)));
    } else {
        (void)sp_str_offset(vm, s, o->nchars - 1);   /* builds the index once */
        for (size_t k = 0; k < n; k++) {
            size_t idx = (size_t)(start + (sp_ssize)k * step);
            sp_strbuf_add_codepoint(vm, &b, sp_str_codepoint_at(s, idx));
        }
    }
    return sp_strbuf_finish(vm, &b);
}

sp_val sp_str_item_ascii(sp_vm *vm, sp_val s, int64_t i)
{
    sp_str_obj *o = sp_strobj_core(sp_as_str(s));
    if (!o->ascii || vm->char_cache == NULL)
        return NULL;
    if (i < 0)
        i += (int64_t)o->nchars;
    if (i < 0 || (uint64_t)i >= o->nchars)
        return NULL;
    return sp_tuple_get(vm->char_cache, sp_cbytes_get(sp_strobj_cbytes(o), (size_t)i));
}

sp_val sp_str_getitem(sp_vm *vm, sp_val s, sp_val key)
{
    sp_str_obj *o = sp_as_str(s);
    if (sp_is_slice(vm, key)) {
        sp_ssize start, stop, step;
        size_t n = sp_slice_indices(vm, key, o->nchars, &start, &stop, &step);
        return sp_str_slice(vm, s, start, step, n);
    }
    if (!is_index_like(vm, key))
        sp_raise_fmt(vm, vm->e.TypeError, "string indices must be integers, not '%N'", sp_type_of(vm, key));
    sp_val iv = sp_index(vm, key);
    int64_t i64;
    if (!sp_int_to_i64(iv, &i64) || i64 > (int64_t)PTRDIFF_MAX || i64 < (int64_t)PTRDIFF_MIN)
        sp_raise_fmt(vm, vm->e.IndexError, "cannot fit '%T' into an index-sized integer", key);
    sp_ssize i = (sp_ssize)i64;
    if (i < 0)
        i += (sp_ssize)o->nchars;
    if (i < 0 || (size_t)i >= o->nchars)
        sp_raise_fmt(vm, vm->e.IndexError, "string index out of range");
    return sp_str_char_at(vm, s, (size_t)i);
}

static sp_val str_getnewargs_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "str.__getnewargs__", sp_vals_from(args, 1), kw, 0, 0);
    sp_val t = sp_tuple_new(vm, 1);
    sp_tuple_set(t, 0, sp_str_exact(vm, self_str(vm, args)));
    return t;
}

static sp_val str_sizeof_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "str.__sizeof__", sp_vals_from(args, 1), kw, 0, 0);
    sp_str_obj *o = sp_as_str(self_str(vm, args));
    return sp_int_from_size(vm, sizeof(sp_str_obj) + o->len + 1);
}

/* ---- str.__new__(cls, object='', encoding='utf-8', errors='strict') ---- */
static sp_val str_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kwlist[] = { "object", "encoding", "errors", NULL };
    sp_val cls = (sp_val)sp_new_cls(vm, args, vm->t.str);
    sp_val a[4] = { NULL, NULL, NULL, NULL };
    sp_parse_args(vm, "str", sp_vals_from(args, 1), kwnames, kwlist, 0, sp_vals_sub(SP_VALS(a), 1, 3));
    sp_val obj = a[1], r;
    if (a[2] || a[3]) {
        const char *enc = "utf-8", *err = "strict";
        if (a[2]) {
            if (!sp_is_str(a[2]))
                sp_raise_fmt(vm, vm->e.TypeError, "str() argument 'encoding' must be str, not %s", sp_argtype_name(vm, a[2]));
            enc = sp_str_cstr(a[2]);
        }
        if (a[3]) {
            if (!sp_is_str(a[3]))
                sp_raise_fmt(vm, vm->e.TypeError, "str() argument 'errors' must be str, not %s", sp_argtype_name(vm, a[3]));
            err = sp_str_cstr(a[3]);
        }
        sp_cbytes data;
        if (!obj)
            r = sp_str_new(vm, (sp_cbytes){ NULL, 0 });
        else if (sp_bytes_like(obj, &data))
            r = sp_codec_decode(vm, data, enc, err);
        else if (sp_is_subtype(sp_type_of(vm, obj), vm->t.memoryview))
            r = sp_codec_decode(vm, sp_bytes_data(sp_call_special(vm, obj, sp_intern_cstr(vm, "tobytes"), SP_NOVALS)), enc, err);
        else if (sp_is_str(obj))
            sp_raise_fmt(vm, vm->e.TypeError, "decoding str is not supported");
        else
            sp_raise_fmt(vm, vm->e.TypeError, "decoding to str: need a bytes-like object, %T found", obj);
    } else if (!obj) {
        r = sp_str_new(vm, (sp_cbytes){ NULL, 0 });
    } else {
        r = sp_str(vm, obj);
    }
    sp_type *t = sp_as_type(cls);
    if (t == vm->t.str)
        return r;   /* str(x) is what x.__str__ returned, even a str subclass */
    /* A subclass instance: the text lives in an exact str (see
     * SP_STR_AUX_INDIRECT). */
    r = sp_str_exact(vm, r);
    sp_str_obj *src = sp_as_str(r);
    sp_val inst = sp_alloc_instance(vm, t);
    sp_str_obj *o = sp_as_str(inst);
    o->len = src->len;
    o->nchars = src->nchars;
    o->ascii = src->ascii;
    o->hash = -1;
    o->index = r;
    o->h.aux |= SP_STR_AUX_INDIRECT;
    return inst;
}

/* ------------------------------------------------------------------------
 * The iterator
 * --------------------------------------------------------------------- */
typedef struct str_iter {
    sp_obj h;
    sp_val str;     /* NULL once exhausted */
    size_t pos;     /* byte offset of the next char */
    size_t index;   /* code point index of the next char */
} str_iter;

static str_iter *as_str_iter(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || (v->type->def != &sp_str_iterator_def && v->type->def != &sp_str_uiterator_def))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a 'str_ascii_iterator' object but received a '%T'", v);
    return (str_iter *)v;
}

static void str_iter_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((str_iter *)o)->str);
}

static void str_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((sp_str_obj *)o)->index);
}

static sp_val str_iter_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__iter__", sp_vals_from(args, 1), kw, 0, 0);
    sp_val s = self_str(vm, args);
    /* CPython's iterator type says whether the text is ASCII. */
    sp_type *t = sp_as_str(s)->ascii ? vm->t.str_iterator : vm->t.str_uiterator;
    str_iter *it = (str_iter *)sp_alloc(vm, t, sizeof(str_iter));
    it->str = s;
    return (sp_val)it;
}

static sp_val str_iter_iter_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__iter__", sp_vals_from(args, 1), kw, 0, 0);
    return (sp_val)as_str_iter(vm, sp_vals_get(args, 0));
}

/* The next char, or NULL once exhausted (sp_cont_iternext's protocol). */
sp_val sp_str_iter_next(sp_vm *vm, sp_val self)
{
    str_iter *it = as_str_iter(vm, self);
    if (!it->str)
        return NULL;
    sp_cbytes d = sp_str_bytes(it->str);
    if (it->pos >= d.len) {
        it->str = NULL;
        return NULL;
    }
    uint32_t cp = sp_u8_next(d, &it->pos);
    it->index++;
    return sp_str_from_codepoint(vm, cp);
}

static sp_val str_iter_next_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__next__", sp_vals_from(args, 1), kw, 0, 0);
    sp_val r = sp_str_iter_next(vm, sp_vals_get(args, 0));
    if (r == NULL)
        sp_raise_type(vm, vm->e.StopIteration);
    return r;
}

static sp_val str_iter_length_hint_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__length_hint__", sp_vals_from(args, 1), kw, 0, 0);
    str_iter *it = as_str_iter(vm, sp_vals_get(args, 0));
    if (!it->str)
        return sp_small(0);
    return sp_int_from_size(vm, sp_str_len(it->str) - it->index);
}

/* (iter, (text,), index) -- or (iter, ('',)) once exhausted. */
static sp_val str_iter_reduce_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__reduce__", sp_vals_from(args, 1), kw, 0, 0);
    str_iter *it = as_str_iter(vm, sp_vals_get(args, 0));
    sp_val iter_fn = sp_dict_get_cstr(vm, vm->builtins, "iter");
    sp_val inner = sp_tuple_new(vm, 1);
    sp_tuple_set(inner, 0, it->str ? it->str : sp_str_new(vm, (sp_cbytes){ NULL, 0 }));
    sp_val r = sp_tuple_new(vm, it->str ? 3 : 2);
    sp_tuple_set(r, 0, iter_fn);
    sp_tuple_set(r, 1, inner);
    if (it->str)
        sp_tuple_set(r, 2, sp_int_from_size(vm, it->index));
    return r;
}

/* Move to index n (clamped to [0, len]); nothing once exhausted. */
static sp_val str_iter_setstate_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__setstate__", sp_vals_from(args, 1), kw, 1, 1);
    str_iter *it = as_str_iter(vm, sp_vals_get(args, 0));
    sp_val v = sp_vals_get(args, 1);
    if (!sp_is_int(v) && !sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__))
        sp_raise_fmt(vm, vm->e.TypeError, "an integer is required");
    sp_ssize n = sp_index_clamped(vm, v);
    if (!it->str)
        return vm->None;
    size_t len = sp_str_len(it->str);
    size_t k = n < 0 ? 0 : (size_t)n > len ? len : (size_t)n;
    it->index = k;
    it->pos = sp_str_offset(vm, it->str, k);
    return vm->None;
}

static const sp_methoddef str_iter_methods[] = {
    { "__iter__", str_iter_iter_m, 0, NULL },
    { "__next__", str_iter_next_m, 0, NULL },
    { "__length_hint__", str_iter_length_hint_m, 0, NULL },
    { "__reduce__", str_iter_reduce_m, 0, NULL },
    { "__setstate__", str_iter_setstate_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_str_iterator_def = {
    .name = "str_ascii_iterator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(str_iter),
    .trace = str_iter_trace,
    .methods = str_iter_methods,
    .flags = SP_TF_NOINSTANCE,
};

/* The same iterator over a non-ASCII str (CPython's str_iterator). */
const sp_typedef sp_str_uiterator_def = {
    .name = "str_iterator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(str_iter),
    .trace = str_iter_trace,
    .methods = str_iter_methods,
    .flags = SP_TF_NOINSTANCE,
};

/* ------------------------------------------------------------------------
 * The type
 * --------------------------------------------------------------------- */
#define SP_STR_ENTRY(name) { #name, sp_strm_##name, 0, NULL },
static const sp_methoddef str_methods[] = {
    { "__new__", str_new_m, SP_METH_STATIC, NULL },
    { "__repr__", str_repr_m, 0, NULL },
    { "__str__", str_str_m, 0, NULL },
    { "__hash__", str_hash_m, 0, NULL },
    { "__len__", str_len_m, 0, NULL },
    { "__eq__", str_eq_m, 0, NULL },
    { "__ne__", str_ne_m, 0, NULL },
    { "__lt__", str_lt_m, 0, NULL },
    { "__le__", str_le_m, 0, NULL },
    { "__gt__", str_gt_m, 0, NULL },
    { "__ge__", str_ge_m, 0, NULL },
    { "__add__", str_add_m, 0, NULL },
    { "__mul__", str_mul_m, 0, NULL },
    { "__rmul__", str_rmul_m, 0, NULL },
    { "__contains__", str_contains_m, 0, NULL },
    { "__getitem__", str_getitem_m, 0, NULL },
    { "__iter__", str_iter_m, 0, NULL },
    { "__getnewargs__", str_getnewargs_m, 0, NULL },
    { "__sizeof__", str_sizeof_m, 0, NULL },
    { "maketrans", sp_strm_maketrans, SP_METH_STATIC, NULL },
    SP_STR_METHODS_X(SP_STR_ENTRY)
    { NULL, NULL, 0, NULL },
};
#undef SP_STR_ENTRY

const sp_typedef sp_str_def = {
    .name = "str",
    .layout = SP_LAYOUT_STR,
    .size = sizeof(sp_str_obj),
    .trace = str_trace,
    .methods = str_methods,
    .flags = SP_TF_BASETYPE,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
};

/* ------------------------------------------------------------------------
 * Builtins: chr ord ascii format
 * --------------------------------------------------------------------- */
static sp_val builtin_chr(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "chr", args, kw, 1, 1);
    sp_val v = sp_vals_get(args, 0);
    if (!is_index_like(vm, v))
        sp_raise_fmt(vm, vm->e.TypeError, "'%N' object cannot be interpreted as an integer", sp_type_of(vm, v));
    sp_val iv = sp_index(vm, v);
    int64_t i;
    if (!sp_int_to_i64(iv, &i) || i > INT32_MAX || i < INT32_MIN)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C int");
    if (i < 0 || i > 0x10FFFF)
        sp_raise_fmt(vm, vm->e.ValueError, "chr() arg not in range(0x110000)");
    return sp_str_from_codepoint(vm, (uint32_t)i);
}

static sp_val builtin_ord(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "ord", args, kw, 1, 1);
    sp_val v = sp_vals_get(args, 0);
    if (sp_is_str(v)) {
        size_t n = sp_str_len(v);
        if (n != 1)
            sp_raise_fmt(vm, vm->e.TypeError, "ord() expected a character, but string of length %zu found", n);
        return sp_small(sp_str_codepoint_at(v, 0));
    }
    sp_cbytes d;
    if (sp_bytes_like(v, &d)) {
        if (d.len != 1)
            sp_raise_fmt(vm, vm->e.TypeError, "ord() expected a character, but string of length %zu found", d.len);
        return sp_small(sp_cbytes_get(d, 0));
    }
    sp_raise_fmt(vm, vm->e.TypeError, "ord() expected string of length 1, but %T found", v);
}

static sp_val builtin_ascii(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "ascii", args, kw, 1, 1);
    return sp_ascii(vm, sp_vals_get(args, 0));
}

static sp_val builtin_format(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "format", args, kw, 1, 2);
    sp_val spec = args.len > 1 ? sp_vals_get(args, 1) : sp_str_new(vm, (sp_cbytes){ NULL, 0 });
    if (!sp_is_str(spec))
        sp_raise_fmt(vm, vm->e.TypeError, "format() argument 2 must be str, not %s", sp_argtype_name(vm, spec));
    return sp_format(vm, sp_vals_get(args, 0), spec);
}

const sp_methoddef sp_builtins_str[] = {
    { "chr", builtin_chr, 0, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff." },
    { "ord", builtin_ord, 0, "Return the Unicode code point for a one-character string." },
    { "ascii", builtin_ascii, 0, "Return an ASCII-only representation of an object." },
    { "format", builtin_format, 0, "Return value.__format__(format_spec)" },
    { NULL, NULL, 0, NULL },
};

/* ascii(): used by the protocol's sp_ascii (types may call this). */
sp_val sp_str_ascii_of_repr(sp_vm *vm, sp_val repr)
{
    return str_ascii_escape(vm, repr);
}

/* ------------------------------------------------------------------------
 * Init: the empty string and the one-char cache
 * --------------------------------------------------------------------- */
void sp_init_str(sp_vm *vm)
{
    if (!vm->empty_str)
        vm->empty_str = sp_str_new(vm, (sp_cbytes){ NULL, 0 });
    if (!vm->char_cache) {
        /* The 256 one-char strs of Latin-1: s[i] and iteration of such text
         * allocate nothing. */
        sp_val t = sp_tuple_new(vm, 256);
        for (uint32_t c = 0; c < 256; c++) {
            uint8_t tmp[2];
            size_t n = sp_u8_encode(c, SP_BYTES(tmp));
            sp_str_obj *o = sp_str_alloc(vm, n);
            sp_bytes_copy(sp_strobj_buf(o), sp_cbytes_sub(SP_CBYTES(tmp), 0, n));
            sp_tuple_set(t, c, sp_str_seal_known(o, 1, c < 0x80));
        }
        vm->char_cache = t;
    }
    /* bytearray is mutable: unhashable. */
    sp_type_set_attr_cstr(vm, vm->t.bytearray, "__hash__", vm->None);
}

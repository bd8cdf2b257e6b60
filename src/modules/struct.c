/* _struct: pack and unpack C structs (what struct.py re-exports).
 *
 * A format is kept as its ASCII bytes and walked again at each use: the
 * walk is linear in the format's length and allocates nothing, so a
 * Struct needs no compiled code table.  The walk (fmt_next) yields
 * (code, count) tokens; the layout rules are those of CPython 3.11 on
 * x86-64 Linux:
 *   - '@' (the default): native sizes, each item aligned to its size;
 *   - '=', '<', '>', '!': standard sizes, no alignment; 'n', 'N', 'P'
 *     are native only.
 * The error messages follow CPython's, which differ by byte order: on a
 * little-endian machine '<' and '=' use the native packers for the codes
 * whose native and standard sizes agree (b B h H i I q Q), so their range
 * errors read as native ones ("short format requires ..."), while 'l'/'L'
 * and '>'/'!' use the standard ones ("'h' format requires ...").  The
 * table in int_rule() spells this out.
 *
 * Module-level functions go through a cache of Struct objects keyed by
 * format (vm->registry["_struct.cache"], cleared at 100 entries), as
 * CPython's: an unhashable format (bytearray) fails there with TypeError. */
#include <math.h>
#include <float.h>
#include "objects/cont.h"
#include "objects/int.h"
#include "objects/typeobj.h"
#include "modules/modules.h"

#define STRUCT_MAXCACHE 100

typedef struct struct_obj {
    sp_obj h;
    sp_val format;       /* str as given (bytes decoded), or NULL before __init__ */
    sp_val fbytes;       /* bytes: the format's ASCII text, or NULL */
    size_t size;         /* bytes packed */
    size_t nitems;       /* values packed */
} struct_obj;

typedef struct unpackiter_obj {
    sp_obj h;
    sp_val st;           /* the Struct */
    sp_val buf;          /* bytes or bytearray, read again at each step */
    size_t pos;
} unpackiter_obj;

static void struct_trace(sp_heap *h, sp_obj *o)
{
    struct_obj *s = (struct_obj *)o;
    sp_gc_mark(h, s->format);
    sp_gc_mark(h, s->fbytes);
}

static void unpackiter_trace(sp_heap *h, sp_obj *o)
{
    unpackiter_obj *it = (unpackiter_obj *)o;
    sp_gc_mark(h, it->st);
    sp_gc_mark(h, it->buf);
}

static struct_obj *ST(sp_val v) { return SP_CONT_AS(struct_obj, v, sp_Struct_def); }
static unpackiter_obj *UIT(sp_val v) { return SP_CONT_AS(unpackiter_obj, v, sp_unpack_iterator_def); }

/* struct.error, one per interpreter. */
static sp_type *struct_error(sp_vm *vm)
{
    sp_val cls = sp_dict_get_cstr(vm, vm->registry, "_struct.error");
    if (cls == NULL) {
        sp_val bases = sp_tuple_new(vm, 1);
        sp_tuple_set(bases, 0, (sp_val)vm->e.Exception);
        sp_val ns = sp_dict_new(vm);
        sp_dict_set(vm, ns, vm->n.__module__, sp_str_from_cstr(vm, "struct"));
        cls = sp_type_new(vm, vm->t.type, sp_str_from_cstr(vm, "error"), bases, ns);
        sp_dict_set_cstr(vm, vm->registry, "_struct.error", cls);
    }
    return sp_as_type(cls);
}

#define SERR(vm, ...) sp_raise_fmt((vm), struct_error(vm), __VA_ARGS__)

/* ---- the format ------------------------------------------------------------*/

typedef struct fmt_walk {
    sp_cbytes f;
    size_t pos;
    char order;          /* '@', '=', '<', '>' or '!' */
} fmt_walk;

static void fmt_start(fmt_walk *w, sp_cbytes f)
{
    w->f = f;
    w->pos = 0;
    w->order = '@';
    if (f.len > 0) {
        uint8_t c = sp_cbytes_get(f, 0);
        if (c == '@' || c == '=' || c == '<' || c == '>' || c == '!') {
            w->order = (char)c;
            w->pos = 1;
        }
    }
}

static bool is_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* The next (code, count); false at the end. */
static bool fmt_next(sp_vm *vm, fmt_walk *w, char *code, size_t *count)
{
    sp_vm_poll(vm);   /* a format may be huge: one tick a token */
    while (w->pos < w->f.len && is_space(sp_cbytes_get(w->f, w->pos)))
        w->pos++;
    if (w->pos >= w->f.len)
        return false;
    uint8_t c = sp_cbytes_get(w->f, w->pos);
    size_t n = 1;
    if (c >= '0' && c <= '9') {
        n = 0;
        while (w->pos < w->f.len && (c = sp_cbytes_get(w->f, w->pos)) >= '0' && c <= '9') {
            if (!sp_size_mul(n, 10, &n) || !sp_size_add(n, (size_t)(c - '0'), &n) || n > (size_t)PTRDIFF_MAX)
                SERR(vm, "total struct size too long");
            w->pos++;
        }
        if (w->pos >= w->f.len)
            SERR(vm, "repeat count given without format specifier");
    }
    w->pos++;
    *code = (char)c;
    *count = n;
    return true;
}

/* Size of one item of `code` in this byte order; 0 if not a code. */
static size_t code_size(char order, char code)
{
    bool native = order == '@';
    switch (code) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
    }
}

/* Native items are aligned to their size (1 for the byte codes). */
static size_t align_to(char order, size_t off, size_t size)
{
    if (order != '@' || size <= 1)
        return off;
    return (off + size - 1) / size * size;
}

static void fmt_layout(sp_vm *vm, sp_cbytes f, size_t *size_out, size_t *nitems_out)
{
    fmt_walk w;
    fmt_start(&w, f);
    size_t size = 0, nitems = 0;
    char code;
    size_t n;
    while (fmt_next(vm, &w, &code, &n)) {
        size_t isz = code_size(w.order, code);
        if (isz == 0)
            SERR(vm, "bad char in struct format");
        if (code == 's' || code == 'p')
            nitems++;
        else if (code != 'x')
            nitems += n;
        size = align_to(w.order, size, isz);
        size_t add;
        if (size > (size_t)PTRDIFF_MAX || !sp_size_mul(n, isz, &add) || !sp_size_add(size, add, &size)
            || size > (size_t)PTRDIFF_MAX)
            SERR(vm, "total struct size too long");
    }
    *size_out = size;
    *nitems_out = nitems;
}

/* The format argument as ASCII bytes (str must encode to ASCII, as
 * CPython's `format.encode('ascii')`; bytes as they are). */
static sp_val format_bytes(sp_vm *vm, sp_val fmt)
{
    sp_val b;
    if (sp_is_bytes(fmt)) {
        b = fmt;
    } else if (sp_is_str(fmt)) {
        sp_cbytes u = sp_str_bytes(fmt);
        bool ascii = true;
        for (size_t i = 0; i < u.len; i++)
            if (sp_cbytes_get(u, i) >= 0x80)
                ascii = false;
        b = ascii ? sp_bytes_new(vm, u) : sp_call1(vm, sp_getattr_cstr(vm, fmt, "encode"), sp_str_from_cstr(vm, "ascii"));
    } else {
        sp_raise_fmt(vm, vm->e.TypeError, "Struct() argument 1 must be a str or bytes object, not %T", fmt);
    }
    sp_cbytes d = sp_bytes_data(b);
    if (sp_cbytes_findbyte(d, 0, 0) >= 0)
        SERR(vm, "embedded null character");
    return b;
}

/* ---- packing ---------------------------------------------------------------*/

static void put_uint(sp_bytes out, size_t off, size_t size, uint64_t u, bool big)
{
    for (size_t i = 0; i < size; i++) {
        size_t at = big ? off + size - 1 - i : off + i;
        sp_bytes_set(out, at, (uint8_t)(u >> (8 * i)));
    }
}

static uint64_t get_uint(sp_cbytes in, size_t off, size_t size, bool big)
{
    uint64_t u = 0;
    for (size_t i = 0; i < size; i++) {
        size_t at = big ? off + size - 1 - i : off + i;
        u |= (uint64_t)sp_cbytes_get(in, at) << (8 * i);
    }
    return u;
}

/* v as an int: itself, or its __index__; else struct.error. */
static sp_val get_int(sp_vm *vm, sp_val v)
{
    if (sp_is_int(v))
        return v;
    if (sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__) == NULL)
        SERR(vm, "required argument is not an integer");
    return sp_index(vm, v);
}

/* Sign and 64-bit magnitude of an int; false if the magnitude needs more. */
static bool int_mag(sp_val v, int *sign, uint64_t *mag)
{
    sp_intview iv;
    sp_int_view(v, &iv);
    *sign = iv.sign;
    if (iv.mag.len > 2)
        return false;
    uint64_t m = 0;
    for (size_t i = iv.mag.len; i-- > 0;)
        m = (m << 32) | sp_u32s_get(iv.mag, i);
    *mag = m;
    return true;
}

static bool fits_i64(int sign, uint64_t mag) { return sign >= 0 ? mag <= (uint64_t)INT64_MAX : mag <= (uint64_t)1 << 63; }

/* How an integer code is checked, by code and byte order (CPython's
 * native packers, and the standard ones of the byte orders that don't
 * borrow them). */
typedef enum {
    CONV_LONG,        /* to int64: "argument out of range" */
    CONV_ULONG,       /* to uint64: "argument out of range" (negatives too) */
    CONV_BYTES,       /* '>'/'!' q Q: "int too large to convert" */
    CONV_PTR,         /* 'P' */
} int_conv;

typedef struct int_rule {
    int_conv conv;
    bool is_signed;
    const char *range_msg;   /* NULL: no range check beyond the conversion */
} int_rule;

static int_rule rule_of(char order, char code)
{
    bool borrow = order == '@' || order == '<' || order == '=';
    switch (code) {
    case 'b': return (int_rule){ CONV_LONG, true, "byte format requires -128 <= number <= 127" };
    case 'B': return (int_rule){ CONV_LONG, false, "ubyte format requires 0 <= number <= 255" };
    case 'h':
        return (int_rule){ CONV_LONG, true, borrow ? "short format requires -32768 <= number <= 32767"
                                                   : "'h' format requires -32768 <= number <= 32767" };
    case 'H':
        return borrow ? (int_rule){ CONV_LONG, false, "ushort format requires 0 <= number <= 65535" }
                      : (int_rule){ CONV_ULONG, false, "'H' format requires 0 <= number <= 65535" };
    case 'i': return (int_rule){ CONV_LONG, true, "'i' format requires -2147483648 <= number <= 2147483647" };
    case 'I': return (int_rule){ CONV_ULONG, false, "'I' format requires 0 <= number <= 4294967295" };
    case 'l':
        return (int_rule){ CONV_LONG, true, order == '@' ? NULL : "'l' format requires -2147483648 <= number <= 2147483647" };
    case 'L':
        return (int_rule){ CONV_ULONG, false, order == '@' ? NULL : "'L' format requires 0 <= number <= 4294967295" };
    case 'q': return (int_rule){ borrow ? CONV_LONG : CONV_BYTES, true, NULL };
    case 'Q': return (int_rule){ borrow ? CONV_ULONG : CONV_BYTES, false, NULL };
    case 'n': return (int_rule){ CONV_LONG, true, NULL };
    case 'N': return (int_rule){ CONV_ULONG, false, NULL };
    default: return (int_rule){ CONV_PTR, false, NULL };   /* 'P' */
    }
}

/* The two's complement bits of integer argument v for `code`, checked
 * with CPython's errors. */
static uint64_t pack_int_bits(sp_vm *vm, char order, char code, size_t size, sp_val arg)
{
    sp_val v = get_int(vm, arg);
    bool was_int = sp_is_int(arg);
    int_rule r = rule_of(order, code);
    int sign;
    uint64_t mag;
    bool fits = int_mag(v, &sign, &mag);
    switch (r.conv) {
    case CONV_LONG:
        if (!fits || !fits_i64(sign, mag))
            SERR(vm, "argument out of range");
        break;
    case CONV_ULONG:
        if (!fits || sign < 0)
            SERR(vm, "argument out of range");
        break;
    case CONV_BYTES:
        if (!fits || (r.is_signed ? !fits_i64(sign, mag) : sign < 0)) {
            if (was_int)
                SERR(vm, "int too large to convert");
            if (!r.is_signed && sign < 0)
                sp_raise_fmt(vm, vm->e.OverflowError, "can't convert negative int to unsigned");
            sp_raise_fmt(vm, vm->e.OverflowError, "int too big to convert");
        }
        break;
    case CONV_PTR:
        /* A negative address goes through C long, a positive one
         * through unsigned long. */
        if (!fits || (sign < 0 && !fits_i64(sign, mag))) {
            if (was_int)
                SERR(vm, "int too large to convert");
            sp_raise_fmt(vm, vm->e.OverflowError, sign < 0 ? "Python int too large to convert to C long"
                                                           : "Python int too large to convert to C unsigned long");
        }
        break;
    }
    uint64_t bits = sign < 0 ? (uint64_t)0 - mag : mag;
    if (r.range_msg != NULL) {
        if (r.is_signed) {
            int64_t x = (int64_t)bits;
            int64_t lim = (int64_t)1 << (8 * size - 1);
            if (x < -lim || x >= lim)
                SERR(vm, "%s", r.range_msg);
        } else {
            /* CONV_LONG unsigned codes take negatives this far. */
            if (sign < 0 || (size < 8 && mag >> (8 * size) != 0))
                SERR(vm, "%s", r.range_msg);
        }
    }
    return bits;
}

static sp_val float_of_cb(sp_vm *vm, void *ud)
{
    return sp_float_new(vm, sp_float_of(vm, (sp_val)ud));
}

/* float(v) as PyFloat_AsDouble: any Exception on the way (no __float__,
 * an int too large, an error inside __float__) becomes struct.error. */
static double get_double(sp_vm *vm, sp_val v)
{
    if (sp_is_float(v))
        return sp_float_get(v);
    sp_val exc;
    sp_val f = sp_pcall(vm, float_of_cb, v, &exc);
    if (f == NULL) {
        if (!sp_exc_matches(vm, exc, vm->e.Exception))
            sp_raise(vm, exc);
        SERR(vm, "required argument is not a float");
    }
    return sp_float_get(f);
}

/* round(x) half to even, for 0 <= x < 2**53. */
static double round_half_even(double x)
{
    double fl = floor(x);
    double diff = x - fl;
    if (diff > 0.5 || (diff == 0.5 && fmod(fl, 2.0) != 0.0))
        fl += 1.0;
    return fl;
}

/* IEEE 754 binary16 bits of x, rounded half to even; false on overflow. */
static bool half_bits(double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 0x8000u : 0;
    if (isnan(x)) {
        *out = sign | 0x7e00u;
        return true;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00u;
        return true;
    }
    double a = fabs(x);
    if (a == 0.0) {
        *out = sign;
        return true;
    }
    int e;
    double m = frexp(a, &e);          /* a = m * 2**e, 0.5 <= m < 1 */
    int E = e - 1;                    /* a = 1.f * 2**E */
    if (E < -14) {
        /* Subnormal: a multiple of 2**-24 (1024 is the smallest normal). */
        double q = round_half_even(ldexp(a, 24));
        *out = sign | (uint16_t)q;
        return true;
    }
    double f = round_half_even((ldexp(m, 1) - 1.0) * 1024.0);
    if (f >= 1024.0) {
        f = 0.0;
        E++;
    }
    if (E > 15)
        return false;
    *out = (uint16_t)(sign | (uint16_t)((E + 15) << 10) | (uint16_t)f);
    return true;
}

static double half_value(uint16_t h)
{
    int e = (h >> 10) & 0x1f;
    int f = h & 0x3ff;
    double v;
    if (e == 0)
        v = ldexp((double)f, -24);
    else if (e == 31)
        v = f == 0 ? INFINITY : NAN;
    else
        v = ldexp((double)(f + 1024), e - 25);
    return (h & 0x8000u) ? -v : v;
}

/* (float)d as IEEE 754 round-to-nearest does it, without a C conversion
 * of an out-of-range value (undefined behaviour in C). */
static float to_float(double d, bool *overflow)
{
    *overflow = false;
    if (isfinite(d) && fabs(d) > (double)FLT_MAX) {
        /* Halfway between FLT_MAX and 2**128 rounds to even: infinity. */
        if (fabs(d) >= ldexp(0x1.ffffffp0, 127)) {
            *overflow = true;
            return signbit(d) ? -INFINITY : INFINITY;
        }
        return signbit(d) ? -FLT_MAX : FLT_MAX;
    }
    return (float)d;
}

static void pack_one(sp_vm *vm, char order, char code, size_t size, sp_bytes out, size_t off, sp_val v)
{
    bool big = order == '>' || order == '!';
    switch (code) {
    case 'c': {
        if (!sp_is_bytes(v) || sp_bytes_data(v).len != 1)
            SERR(vm, "char format requires a bytes object of length 1");
        sp_bytes_set(out, off, sp_cbytes_get(sp_bytes_data(v), 0));
        return;
    }
    case '?':
        sp_bytes_set(out, off, sp_truthy(vm, v) ? 1 : 0);
        return;
    case 'e': {
        uint16_t h;
        if (!half_bits(get_double(vm, v), &h))
            sp_raise_fmt(vm, vm->e.OverflowError, "float too large to pack with e format");
        put_uint(out, off, 2, h, big);
        return;
    }
    case 'f': {
        double d = get_double(vm, v);
        bool ovf;
        union { float f; uint32_t u; } x = { to_float(d, &ovf) };
        if (ovf && order != '@')
            sp_raise_fmt(vm, vm->e.OverflowError, "float too large to pack with f format");
        put_uint(out, off, 4, x.u, big);
        return;
    }
    case 'd': {
        union { double d; uint64_t u; } x = { get_double(vm, v) };
        put_uint(out, off, 8, x.u, big);
        return;
    }
    default:
        put_uint(out, off, size, pack_int_bits(vm, order, code, size, v), big);
        return;
    }
}

/* 's' and 'p': one bytes-like value into n bytes. */
static void pack_string(sp_vm *vm, char code, sp_bytes out, size_t off, size_t n, sp_val v)
{
    if (!sp_is_bytes(v) && !(sp_is_ptr(v) && v->type->def == &sp_bytearray_def))
        SERR(vm, code == 's' ? "argument for 's' must be a bytes object" : "argument for 'p' must be a bytes object");
    sp_cbytes d = sp_bytes_data(v);
    if (code == 's') {
        size_t k = d.len < n ? d.len : n;
        sp_bytes_copy(sp_bytes_sub(out, off, k), sp_cbytes_sub(d, 0, k));
        return;
    }
    if (n == 0)
        return;
    size_t k = d.len < n - 1 ? d.len : n - 1;
    sp_bytes_copy(sp_bytes_sub(out, off + 1, k), sp_cbytes_sub(d, 0, k));
    sp_bytes_set(out, off, (uint8_t)(k > 255 ? 255 : k));
}

/* Pack args (exactly the Struct's nitems) into out (its size, zeroed). */
static void pack_all(sp_vm *vm, sp_val st, sp_vals args, sp_bytes out)
{
    fmt_walk w;
    fmt_start(&w, ST(st)->fbytes == NULL ? sp_cbytes_of_cstr("") : sp_bytes_data(ST(st)->fbytes));
    size_t off = 0, ai = 0;
    char code;
    size_t n;
    while (fmt_next(vm, &w, &code, &n)) {
        size_t isz = code_size(w.order, code);
        off = align_to(w.order, off, isz);
        if (code == 'x') {
            off += n;
        } else if (code == 's' || code == 'p') {
            pack_string(vm, code, out, off, n, sp_vals_get(args, ai++));
            off += n;
        } else {
            for (size_t k = 0; k < n; k++) {
                sp_vm_poll(vm);
                pack_one(vm, w.order, code, isz, out, off, sp_vals_get(args, ai++));
                off += isz;
            }
        }
    }
}

/* An offset argument: __index__, and a C ssize_t. */
static sp_ssize get_offset(sp_vm *vm, sp_val v)
{
    sp_val i = sp_index(vm, v);
    int64_t x;
    if (!sp_int_to_i64(i, &x))
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C ssize_t");
    return (sp_ssize)x;
}

static void check_count(sp_vm *vm, sp_val st, size_t got, const char *what)
{
    if (got != ST(st)->nitems)
        SERR(vm, "%s expected %zu items for packing (got %zu)", what, ST(st)->nitems, got);
}

static sp_val struct_pack(sp_vm *vm, sp_val st, sp_vals args)
{
    check_count(vm, st, args.len, "pack");
    sp_rawbuf *buf = sp_rawbuf_new(vm, ST(st)->size);
    sp_bytes out = sp_bytes_sub(sp_rawbuf_span(buf), 0, ST(st)->size);
    pack_all(vm, st, args, out);
    return sp_bytes_new(vm, sp_cbytes_of(out));
}

/* The bounds checks of pack_into / unpack_from, with CPython's
 * messages: off as given (negative: from the end). */
static void check_room(sp_vm *vm, sp_ssize off, sp_ssize len, sp_ssize size, const char *fn, const char *verb,
                       const char *short_msg)
{
    sp_ssize at = off;
    if (off < 0) {
        if (off + len < 0)
            SERR(vm, "offset %zd out of range for %zd-byte buffer", off, len);
        at = off + len;
    }
    if (len - at >= size)
        return;
    if (off < 0)
        SERR(vm, "%s %zd bytes at offset %zd", short_msg, size, off);
    SERR(vm, "%s requires a buffer of at least %zu bytes for %s %zd bytes at offset %zd (actual buffer size is %zd)",
         fn, (size_t)size + (size_t)at, verb, size, at, len);
}

static bool is_bytearray(sp_val v) { return sp_is_ptr(v) && v->type->def == &sp_bytearray_def; }

/* CPython holds a buffer export on a bytearray while it reads the
 * offset and packs (so __index__ and friends can't resize it: BufferError).
 * The same here, with bytearray's own export count; every hold is
 * released on the way out (the work between runs under sp_pcall). */
static void hold_bytearray(sp_val v, bool hold)
{
    if (!is_bytearray(v))
        return;
    sp_bytearray_obj *ba = SP_AS(sp_bytearray_obj, v, SP_LAYOUT_BYTEARRAY);
    if (hold)
        ba->exports++;
    else if (ba->exports > 0)
        ba->exports--;
}

struct pack_job {
    sp_val st;
    sp_vals args;            /* offset, then the values */
    sp_ssize len;            /* the target's length */
    sp_ssize off;            /* set once checked */
    sp_bytes out;            /* the scratch buffer, once allocated */
    bool ready;
};

static sp_val pack_job_run(sp_vm *vm, void *ud)
{
    struct pack_job *j = ud;
    sp_ssize off = get_offset(vm, sp_vals_get(j->args, 0));
    sp_ssize size = (sp_ssize)ST(j->st)->size;
    check_room(vm, off, j->len, size, "pack_into", "packing", "no space to pack");
    j->off = off < 0 ? off + j->len : off;
    sp_rawbuf *buf = sp_rawbuf_new(vm, (size_t)size);
    j->out = sp_bytes_sub(sp_rawbuf_span(buf), 0, (size_t)size);
    j->ready = true;
    pack_all(vm, j->st, sp_vals_from(j->args, 1), j->out);
    return vm->None;
}

/* pack_into(buffer, offset, *values): args starts at the buffer. */
static sp_val struct_pack_into(sp_vm *vm, sp_val st, sp_vals args)
{
    if (args.len == 0)
        SERR(vm, "pack_into expected buffer argument");
    if (args.len == 1)
        SERR(vm, "pack_into expected offset argument");
    check_count(vm, st, args.len - 2, "pack_into");
    sp_val target = sp_vals_get(args, 0);
    bool is_view = sp_is_ptr(target) && target->type == vm->t.memoryview;
    if (!is_bytearray(target) && !(is_view && !sp_truthy(vm, sp_getattr_cstr(vm, target, "readonly"))))
        sp_raise_fmt(vm, vm->e.TypeError, "argument must be read-write bytes-like object, not %T", target);
    sp_val view = is_view ? sp_call1(vm, sp_getattr_cstr(vm, target, "cast"), sp_str_from_cstr(vm, "B")) : NULL;
    struct pack_job job = { st, sp_vals_from(args, 1), 0, 0, { NULL, 0 }, false };
    job.len = is_view ? (sp_ssize)sp_len(vm, view) : (sp_ssize)sp_bytes_data(target).len;
    /* Packed into a zeroed scratch buffer, then copied: on an error while
     * packing, the target gets the zeros and the items packed so far, as
     * CPython's (which packs in place) leaves it. */
    hold_bytearray(target, true);
    sp_val exc;
    sp_val ok = sp_pcall(vm, pack_job_run, &job, &exc);
    hold_bytearray(target, false);
    if (job.ready) {
        sp_val packed = sp_bytes_new(vm, sp_cbytes_of(job.out));
        sp_ssize size = (sp_ssize)job.out.len;
        if (is_view) {
            sp_val sl = sp_slice_new(vm, sp_cont_i64(vm, job.off), sp_cont_i64(vm, job.off + size), vm->None);
            sp_setitem(vm, view, sl, packed);
        } else {
            /* Re-read: the bytearray is checked again however it got here. */
            sp_bytearray_obj *ba = SP_AS(sp_bytearray_obj, target, SP_LAYOUT_BYTEARRAY);
            if (size > 0 && (size_t)job.off + (size_t)size <= ba->len && ba->buf != NULL) {
                sp_bytes dst = sp_bytes_sub(sp_rawbuf_span(SP_AS(sp_rawbuf, ba->buf, SP_LAYOUT_RAWBUF)), 0, ba->len);
                sp_bytes_copy(sp_bytes_sub(dst, (size_t)job.off, (size_t)size), sp_bytes_data(packed));
            }
        }
    }
    if (ok == NULL)
        sp_raise(vm, exc);
    return vm->None;
}

/* ---- unpacking -------------------------------------------------------------*/

static sp_val unpack_one(sp_vm *vm, char order, char code, size_t size, sp_cbytes in, size_t off)
{
    bool big = order == '>' || order == '!';
    uint64_t u = get_uint(in, off, size, big);
    switch (code) {
    case 'c': return sp_bytes_new(vm, sp_cbytes_sub(in, off, 1));
    case '?': return sp_bool(vm, u != 0);
    case 'e': return sp_float_new(vm, half_value((uint16_t)u));
    case 'f': {
        union { uint32_t u; float f; } x = { (uint32_t)u };
        return sp_float_new(vm, (double)x.f);
    }
    case 'd': {
        union { uint64_t u; double d; } x = { u };
        return sp_float_new(vm, x.d);
    }
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
        if (size < 8 && (u >> (8 * size - 1)) != 0)
            u |= ~(uint64_t)0 << (8 * size);
        return sp_cont_i64(vm, (int64_t)u);
    }
    default:
        return u <= (uint64_t)INT64_MAX ? sp_cont_i64(vm, (int64_t)u) : sp_int_from_u64(vm, u);
    }
}

static sp_val unpack_at(sp_vm *vm, sp_val st, sp_cbytes in, size_t base)
{
    sp_val t = sp_tuple_new(vm, ST(st)->nitems);
    fmt_walk w;
    fmt_start(&w, ST(st)->fbytes == NULL ? sp_cbytes_of_cstr("") : sp_bytes_data(ST(st)->fbytes));
    sp_cbytes data = sp_cbytes_sub(in, base, ST(st)->size);
    size_t off = 0, ti = 0;
    char code;
    size_t n;
    while (fmt_next(vm, &w, &code, &n)) {
        size_t isz = code_size(w.order, code);
        off = align_to(w.order, off, isz);
        if (code == 'x') {
            off += n;
        } else if (code == 's' || code == 'p') {
            sp_cbytes s = sp_cbytes_sub(data, off, n);
            if (code == 'p') {
                size_t k = n == 0 ? 0 : sp_cbytes_get(s, 0);
                if (n > 0 && k >= n)
                    k = n - 1;
                s = n == 0 ? s : sp_cbytes_sub(s, 1, k);
            }
            sp_tuple_set(t, ti++, sp_bytes_new(vm, s));
            off += n;
        } else {
            for (size_t k = 0; k < n; k++) {
                sp_vm_poll(vm);
                sp_tuple_set(t, ti++, unpack_one(vm, w.order, code, isz, data, off));
                off += isz;
            }
        }
    }
    return t;
}

/* A readable buffer's bytes (a memoryview's copied, in C order). */
static sp_cbytes read_buffer(sp_vm *vm, sp_val v)
{
    if (sp_is_ptr(v) && v->type == vm->t.memoryview && !sp_memoryview_contiguous(vm, v))
        sp_raise_fmt(vm, vm->e.BufferError, "memoryview: underlying buffer is not C-contiguous");
    sp_cbytes d;
    if (!sp_bytes_buffer(vm, v, &d))
        sp_raise_fmt(vm, vm->e.TypeError, "a bytes-like object is required, not '%T'", v);
    return d;
}

static sp_val struct_unpack(sp_vm *vm, sp_val st, sp_val buffer)
{
    sp_cbytes d = read_buffer(vm, buffer);
    if (d.len != ST(st)->size)
        SERR(vm, "unpack requires a buffer of %zu bytes", ST(st)->size);
    return unpack_at(vm, st, d, 0);
}

static sp_val offset_cb(sp_vm *vm, void *ud)
{
    return sp_cont_i64(vm, get_offset(vm, (sp_val)ud));
}

static sp_val struct_unpack_from(sp_vm *vm, sp_val st, sp_val buffer, sp_val offset)
{
    /* CPython's order: the buffer, then the offset (read while the
     * buffer is held). */
    sp_cbytes d = read_buffer(vm, buffer);
    sp_ssize off = 0;
    if (offset != NULL) {
        hold_bytearray(buffer, true);
        sp_val exc;
        sp_val o = sp_pcall(vm, offset_cb, offset, &exc);
        hold_bytearray(buffer, false);
        if (o == NULL)
            sp_raise(vm, exc);
        off = (sp_ssize)sp_int_as_i64(vm, o);
    }
    sp_ssize len = (sp_ssize)d.len, size = (sp_ssize)ST(st)->size;
    check_room(vm, off, len, size, "unpack_from", "unpacking", "not enough data to unpack");
    if (off < 0)
        off += len;
    return unpack_at(vm, st, d, (size_t)off);
}

static sp_val struct_iter_unpack(sp_vm *vm, sp_val st, sp_val buffer)
{
    sp_cbytes d = read_buffer(vm, buffer);
    if (ST(st)->size == 0)
        SERR(vm, "cannot iteratively unpack with a struct of length 0");
    if (d.len % ST(st)->size != 0)
        SERR(vm, "iterative unpacking requires a buffer of a multiple of %zu bytes", ST(st)->size);
    sp_val keep = sp_is_bytes(buffer) || is_bytearray(buffer) ? buffer : sp_bytes_new(vm, d);
    sp_val it = sp_alloc(vm, vm->t.unpack_iterator, sizeof(unpackiter_obj));
    UIT(it)->st = st;
    UIT(it)->buf = keep;
    return it;
}

/* ---- Struct -----------------------------------------------------------------*/

static sp_val struct_self(sp_vals args)
{
    sp_val s = sp_vals_get(args, 0);
    ST(s);
    return s;
}

static void struct_set_format(sp_vm *vm, sp_val st, sp_val fmt)
{
    sp_val fb = format_bytes(vm, fmt);
    size_t size, nitems;
    fmt_layout(vm, sp_bytes_data(fb), &size, &nitems);
    sp_val shown = sp_is_str(fmt) ? fmt : sp_str_decode_utf8(vm, sp_bytes_data(fb), "strict");
    struct_obj *s = ST(st);
    s->format = shown;
    s->fbytes = fb;
    s->size = size;
    s->nitems = nitems;
}

static sp_val struct_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_as_type(sp_vals_get(args, 0));
    return cls == vm->t.Struct ? sp_alloc(vm, cls, sizeof(struct_obj)) : sp_alloc_instance(vm, cls);
}

static sp_val struct_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "format" };
    sp_val st = struct_self(args);
    sp_val out[1];
    sp_parse_args(vm, "Struct", sp_vals_from(args, 1), kwnames, kw, 1, SP_VALS(out));
    struct_set_format(vm, st, out[0]);
    return vm->None;
}

static sp_val struct_pack_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nokw(vm, kwnames, "Struct.pack");
    return struct_pack(vm, struct_self(args), sp_vals_from(args, 1));
}

static sp_val struct_pack_into_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nokw(vm, kwnames, "Struct.pack_into");
    return struct_pack_into(vm, struct_self(args), sp_vals_from(args, 1));
}

static sp_val struct_unpack_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val b = sp_cont_onearg(vm, args, kwnames, "Struct.unpack");
    return struct_unpack(vm, struct_self(args), b);
}

static sp_val struct_unpack_from_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "buffer", "offset" };
    sp_val st = struct_self(args);
    sp_val out[2];
    sp_parse_args(vm, "unpack_from", sp_vals_from(args, 1), kwnames, kw, 1, SP_VALS(out));
    return struct_unpack_from(vm, st, out[0], out[1]);
}

static sp_val struct_iter_unpack_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val b = sp_cont_onearg(vm, args, kwnames, "Struct.iter_unpack");
    return struct_iter_unpack(vm, struct_self(args), b);
}

static sp_val struct_sizeof_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "Struct.__sizeof__");
    return sp_cont_size(vm, sizeof(struct_obj) + ST(struct_self(args))->size);
}

static sp_val struct_format_get(sp_vm *vm, sp_val self)
{
    sp_val f = ST(self)->format;
    return f == NULL ? vm->None : f;
}

static sp_val struct_size_get(sp_vm *vm, sp_val self) { return sp_cont_size(vm, ST(self)->size); }

static const sp_methoddef struct_methods[] = {
    { "__new__", struct_new_m, SP_METH_STATIC, NULL },
    { "__init__", struct_init_m, 0, NULL },
    { "pack", struct_pack_m, 0, "S.pack(v1, v2, ...) -> bytes" },
    { "pack_into", struct_pack_into_m, 0, NULL },
    { "unpack", struct_unpack_m, 0, NULL },
    { "unpack_from", struct_unpack_from_m, 0, NULL },
    { "iter_unpack", struct_iter_unpack_m, 0, NULL },
    { "__sizeof__", struct_sizeof_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef struct_getsets[] = {
    { "format", struct_format_get, NULL, "struct format string" },
    { "size", struct_size_get, NULL, "struct size in bytes" },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_Struct_def = {
    .name = "_struct.Struct",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(struct_obj),
    .trace = struct_trace,
    .methods = struct_methods,
    .getsets = struct_getsets,
    .flags = SP_TF_BASETYPE | SP_TF_WEAKREFS,
    .doc = "Struct(fmt) --> compiled struct object\n\n",
};

/* ---- unpack_iterator --------------------------------------------------------*/

static sp_val uit_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val it = sp_vals_get(args, 0);
    sp_val st = UIT(it)->st;
    sp_cbytes d = sp_bytes_data(UIT(it)->buf);
    size_t size = ST(st)->size;
    if (UIT(it)->pos > d.len || d.len - UIT(it)->pos < size || size == 0)
        sp_cont_stop(vm);
    size_t at = UIT(it)->pos;
    UIT(it)->pos += size;
    return unpack_at(vm, st, d, at);
}

static sp_val uit_iter_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_vals_get(args, 0); }

static sp_val uit_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    /* CPython's text, unbalanced quote included. */
    sp_raise_fmt(vm, vm->e.TypeError, "Cannot create 'unpack_iterator objects");
}

static sp_val uit_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val it = sp_vals_get(args, 0);
    size_t len = sp_bytes_data(UIT(it)->buf).len, pos = UIT(it)->pos, size = ST(UIT(it)->st)->size;
    return sp_cont_size(vm, pos >= len || size == 0 ? 0 : (len - pos) / size);
}

static const sp_methoddef uit_methods[] = {
    { "__new__", uit_new_m, SP_METH_STATIC, NULL },
    { "__iter__", uit_iter_m, 0, NULL },
    { "__next__", uit_next_m, 0, NULL },
    { "__length_hint__", uit_len_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_unpack_iterator_def = {
    .name = "_struct.unpack_iterator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(unpackiter_obj),
    .trace = unpackiter_trace,
    .methods = uit_methods,
};

/* ---- the module -------------------------------------------------------------*/

/* The cached Struct for a format (CPython's cache, 100 entries). */
static sp_val cached_struct(sp_vm *vm, sp_val fmt)
{
    sp_val cache = sp_dict_get_cstr(vm, vm->registry, "_struct.cache");
    if (cache == NULL) {
        cache = sp_dict_new(vm);
        sp_dict_set_cstr(vm, vm->registry, "_struct.cache", cache);
    }
    sp_val st = sp_dict_get(vm, cache, fmt);
    if (st != NULL)
        return st;
    st = sp_alloc(vm, vm->t.Struct, sizeof(struct_obj));
    struct_set_format(vm, st, fmt);
    if (sp_dict_len(cache) >= STRUCT_MAXCACHE)
        sp_dict_clear(vm, cache);
    sp_dict_set(vm, cache, fmt, st);
    return st;
}

static sp_val mod_pack(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_no_kwargs(vm, "pack", kwnames);
    if (args.len == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "missing format argument");
    return struct_pack(vm, cached_struct(vm, sp_vals_get(args, 0)), sp_vals_from(args, 1));
}

static sp_val mod_pack_into(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_no_kwargs(vm, "pack_into", kwnames);
    if (args.len == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "missing format argument");
    return struct_pack_into(vm, cached_struct(vm, sp_vals_get(args, 0)), sp_vals_from(args, 1));
}

static sp_val mod_unpack(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "unpack", args, kwnames, 2, 2);
    return struct_unpack(vm, cached_struct(vm, sp_vals_get(args, 0)), sp_vals_get(args, 1));
}

static sp_val mod_unpack_from(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "", "buffer", "offset" };
    size_t nkw = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    sp_val out[3];
    if (args.len - nkw == 0 && args.len <= 3)
        sp_raise_fmt(vm, vm->e.TypeError, "unpack_from() takes at least 1 positional argument (0 given)");
    sp_parse_args(vm, "unpack_from", args, kwnames, kw, 2, SP_VALS(out));
    return struct_unpack_from(vm, cached_struct(vm, out[0]), out[1], out[2]);
}

static sp_val mod_iter_unpack(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "iter_unpack", args, kwnames, 2, 2);
    return struct_iter_unpack(vm, cached_struct(vm, sp_vals_get(args, 0)), sp_vals_get(args, 1));
}

static sp_val mod_calcsize(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "calcsize", args, kwnames, 1, 1);
    return sp_cont_size(vm, ST(cached_struct(vm, sp_vals_get(args, 0)))->size);
}

static sp_val mod_clearcache(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "_clearcache", args, kwnames, 0, 0);
    sp_val cache = sp_dict_get_cstr(vm, vm->registry, "_struct.cache");
    if (cache != NULL)
        sp_dict_clear(vm, cache);
    return vm->None;
}

static const sp_methoddef struct_functions[] = {
    { "pack", mod_pack, 0, NULL },
    { "pack_into", mod_pack_into, 0, NULL },
    { "unpack", mod_unpack, 0, NULL },
    { "unpack_from", mod_unpack_from, 0, NULL },
    { "iter_unpack", mod_iter_unpack, 0, NULL },
    { "calcsize", mod_calcsize, 0, NULL },
    { "_clearcache", mod_clearcache, 0, NULL },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_struct(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_struct"));
    sp_module_add_methods(vm, m, struct_functions);
    sp_module_add(vm, m, "Struct", (sp_val)vm->t.Struct);
    sp_module_add(vm, m, "error", (sp_val)struct_error(vm));
    return m;
}

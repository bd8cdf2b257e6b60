/* The format-spec mini-language of format() and str.format():
 *
 *     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * parsed once into an fspec, then rendered for ints, floats, complex and
 * strs with CPython 3.11's output and error messages.  A number is
 * rendered as sign + prefix + integer digits (grouped) + rest (fraction,
 * exponent, '%'), padded as a whole; '=' alignment puts the padding after
 * the sign and prefix, and a '0' fill with grouping grows the digit run
 * itself so that the separators continue into the padding ("0,001,234").
 */
#include <math.h>
#include <stdio.h>
#include "objects/int.h"
#include "str_internal.h"

typedef struct fspec {
    uint32_t fill;
    uint32_t align;        /* '<' '>' '=' '^', or 0 for the type's default */
    uint32_t sign;         /* '+' '-' ' ' or 0 */
    bool no_neg_0;         /* z */
    bool alt;              /* # */
    bool fill_zero;        /* the 0 flag set fill and align */
    sp_ssize width;        /* -1: none */
    uint32_t grouping;     /* ',' '_' or 0 */
    sp_ssize precision;    /* -1: none */
    uint32_t type;         /* 0: none */
} fspec;

/* "\x<hex>" for an unprintable type code in messages. */
typedef struct { char s[16]; } hexbuf;
static hexbuf hexcode(uint32_t c)
{
    hexbuf h;
    snprintf(h.s, sizeof h.s, "\\x%x", (unsigned)c);
    return h;
}

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* The spec's characters: its bytes when it is ASCII (the usual case),
 * else code point by code point. */
typedef struct { sp_val s; sp_cbytes b; bool ascii; } specstr;

static uint32_t spec_at(const specstr *sp, size_t i)
{
    return sp->ascii ? sp_cbytes_get(sp->b, i) : sp_str_codepoint_at(sp->s, i);
}

/* A run of decimal digits at *i as a size; -1 if there are none. */
static sp_ssize parse_count(sp_vm *vm, const specstr *spec, size_t *i, size_t n)
{
    sp_ssize v = -1;
    while (*i < n) {
        uint32_t c = spec_at(spec, *i);
        /* any Unicode decimal digit counts, as in CPython ('.٣f') */
        int dv = c < 0x80 ? (c >= '0' && c <= '9' ? (int)(c - '0') : -1) : sp_uc_decimal(c);
        if (dv < 0)
            break;
        if (v < 0)
            v = 0;
        if (v > (PTRDIFF_MAX - (sp_ssize)dv) / 10)
            sp_raise_fmt(vm, vm->e.ValueError, "Too many decimal digits in format string");
        v = v * 10 + (sp_ssize)dv;
        (*i)++;
    }
    return v;
}

/* objtype: the type of the value formatted (named in the messages). */
static void parse_spec(sp_vm *vm, sp_val spec_s, sp_type *objtype, uint32_t default_type, uint32_t default_align, fspec *f)
{
    specstr sps = { spec_s, sp_str_bytes(spec_s), false };
    size_t n = sp_str_len(spec_s), i = 0;
    sps.ascii = n == sps.b.len;
    const specstr *spec = &sps;
    *f = (fspec){ ' ', 0, 0, false, false, false, -1, 0, -1, default_type };
    if (sps.ascii && n == 3 && sp_cbytes_get(sps.b, 0) == '.') {
        /* ".1f" and the like, the usual spec: what the general parse below
         * gives for it (the type is checked by the caller). */
        uint8_t d = sp_cbytes_get(sps.b, 1), t = sp_cbytes_get(sps.b, 2);
        if (d >= '0' && d <= '9' && !(t >= '0' && t <= '9')) {
            f->precision = d - '0';
            f->type = t;
            return;
        }
    }
    bool fill_given = false;
    if (n >= 2 && is_align(spec_at(spec, 1))) {
        f->fill = spec_at(spec, 0);
        f->align = spec_at(spec, 1);
        fill_given = true;
        i = 2;
    } else if (n >= 1 && is_align(spec_at(spec, 0))) {
        f->align = spec_at(spec, 0);
        i = 1;
    }
    if (i < n) {
        uint32_t c = spec_at(spec, i);
        if (c == '+' || c == '-' || c == ' ') {
            f->sign = c;
            i++;
        }
    }
    if (i < n && spec_at(spec, i) == 'z') {
        f->no_neg_0 = true;
        i++;
    }
    if (i < n && spec_at(spec, i) == '#') {
        f->alt = true;
        i++;
    }
    if (!fill_given && i < n && spec_at(spec, i) == '0') {
        f->fill = '0';
        if (f->align == 0 && default_align == '>') {
            f->align = '=';
            f->fill_zero = true;
        }
        i++;
    }
    f->width = parse_count(vm, spec, &i, n);
    if (i < n) {
        uint32_t c = spec_at(spec, i);
        if (c == ',' || c == '_') {
            f->grouping = c;
            i++;
            if (i < n) {
                uint32_t d = spec_at(spec, i);
                if ((d == ',' || d == '_') && d != c)
                    sp_raise_fmt(vm, vm->e.ValueError, "Cannot specify both ',' and '_'.");
            }
        }
    }
    if (i < n && spec_at(spec, i) == '.') {
        i++;
        f->precision = parse_count(vm, spec, &i, n);
        if (f->precision < 0)
            sp_raise_fmt(vm, vm->e.ValueError, "Format specifier missing precision");
    }
    if (n - i > 1)
        sp_raise_fmt(vm, vm->e.ValueError, "Invalid format specifier '%U' for object of type '%N'", spec_s, objtype);
    if (n - i == 1)
        f->type = spec_at(spec, i);
    if (f->grouping) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_')
                break;
            /* fall through */
        default:
            if (f->type > 32 && f->type < 128)
                sp_raise_fmt(vm, vm->e.ValueError, "Cannot specify '%c' with '%c'.", (int)f->grouping, (int)f->type);
            sp_raise_fmt(vm, vm->e.ValueError, "Cannot specify '%c' with '%s'.", (int)f->grouping, hexcode(f->type).s);
        }
    }
}

static _Noreturn void unknown_code(sp_vm *vm, uint32_t type, sp_type *objtype)
{
    if (type > 32 && type < 128)
        sp_raise_fmt(vm, vm->e.ValueError, "Unknown format code '%c' for object of type '%N'", (int)type, objtype);
    sp_raise_fmt(vm, vm->e.ValueError, "Unknown format code '%s' for object of type '%N'", hexcode(type).s, objtype);
}

static void add_fill(sp_vm *vm, sp_strbuf *b, uint32_t fill, size_t n)
{
    sp_strbuf_add_repeat(vm, b, fill, n);
}

/* Digits with a separator every `group` digits from the right, after
 * left-padding with '0' to `ndig` digits (ndig >= digits.len). */
static void add_grouped(sp_vm *vm, sp_strbuf *b, sp_cbytes digits, size_t ndig, uint32_t sep, size_t group)
{
    if (!sep && ndig == digits.len) {
        sp_strbuf_add(vm, b, digits);
        return;
    }
    for (size_t k = 0; k < ndig; k++) {
        size_t left = ndig - k;   /* digits from here to the end */
        if (k > 0 && sep && left % group == 0)
            sp_strbuf_add_codepoint(vm, b, sep);
        uint8_t c = k < ndig - digits.len ? '0' : sp_cbytes_get(digits, k - (ndig - digits.len));
        sp_strbuf_add(vm, b, SP_ONE(sp_cbytes, c));
    }
}

static size_t grouped_len(size_t ndig, uint32_t sep, size_t group)
{
    if (!sep || ndig == 0)
        return ndig;
    return ndig + (ndig - 1) / group;
}

/* t[w:] = pc; returns the end.  Empty pieces (the sign and prefix
 * usually) cost no copy call. */
static size_t put_piece(sp_bytes t, size_t w, sp_cbytes pc)
{
    if (pc.len > 0)
        sp_bytes_copy(sp_bytes_sub(t, w, pc.len), pc);
    return w + pc.len;
}

/* Lay out a number: sign, prefix, integer digits (grouped), rest. */
static sp_val render_number(sp_vm *vm, const fspec *f, const char *sign, const char *prefix,
                            sp_cbytes digits, sp_cbytes rest, size_t group)
{
    sp_cbytes sg = sp_cbytes_of_cstr(sign), px = sp_cbytes_of_cstr(prefix);
    uint32_t sep = digits.len > 0 ? f->grouping : 0;
    size_t ndig = digits.len;
    size_t pre = sg.len + px.len;
    size_t width = f->width > 0 ? (size_t)f->width : 0;
    uint32_t align = f->align ? f->align : '>';
    size_t total = pre + grouped_len(ndig, sep, group) + rest.len;
    if (align == '=' && f->fill == '0' && sep && width > total) {
        /* Grow the zero-padded digit run until it fills the width. */
        while (pre + grouped_len(ndig, sep, group) + rest.len < width)
            ndig++;
        total = pre + grouped_len(ndig, sep, group) + rest.len;
    }
    size_t pad = width > total ? width - total : 0;
    if (pad == 0 && ndig == digits.len && !sep && total <= 64) {
        /* nothing to fill or group: the pieces side by side, one str */
        uint8_t tmp[64];
        sp_bytes t = SP_BYTES(tmp);
        size_t w = put_piece(t, 0, sg);
        w = put_piece(t, w, px);
        w = put_piece(t, w, digits);
        w = put_piece(t, w, rest);
        /* sign, prefix, digits and the rest of a number are ASCII */
        return sp_str_new_ascii(vm, sp_cbytes_sub(sp_cbytes_of(t), 0, w));
    }
    size_t left = 0, right = 0, mid = 0;
    if (align == '<')
        right = pad;
    else if (align == '^') {
        left = pad / 2;
        right = pad - left;
    } else if (align == '=')
        mid = pad;
    else
        left = pad;
    sp_strbuf b;
    sp_strbuf_init(vm, &b, total + pad + 8);
    add_fill(vm, &b, f->fill, left);
    sp_strbuf_add(vm, &b, sg);
    sp_strbuf_add(vm, &b, px);
    add_fill(vm, &b, f->fill, mid);
    add_grouped(vm, &b, digits, ndig, sep, group);
    sp_strbuf_add(vm, &b, rest);
    add_fill(vm, &b, f->fill, right);
    return sp_strbuf_finish(vm, &b);
}

static const char *sign_for(const fspec *f, bool neg)
{
    if (neg)
        return "-";
    return f->sign == '+' ? "+" : f->sign == ' ' ? " " : "";
}

/* ---- floats ---------------------------------------------------------- */

typedef unsigned __int128 fmt_u128;

/* 'f' formatting of a finite a >= 0 with 0 <= prec <= 18 and a < 2^53,
 * exactly: a = mant * 2^e (mant < 2^53), so a * 10^prec is mant * 10^prec
 * (below 2^113) shifted by e, rounded half to even on the exact value --
 * the digits of CPython's (and C's) correctly rounded %.*f.  Writes into
 * out (at least 40 bytes); returns the length. */
static size_t fixed_digits(sp_bytes out, double a, int prec, bool alt)
{
    static const uint64_t pow10[19] = {
        1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
        1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
        100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
        1000000000000000000ull,
    };
    uint64_t p10 = sp_u64s_get(SP_ARRAY_SPAN(sp_u64s, pow10), (size_t)prec);
    /* a = mant * 2^e from the bits of the double (no frexp/ldexp calls):
     * a normal one has the hidden bit, so 2^52 <= mant < 2^53; a
     * subnormal (a < 2^-1022) gives e < -120 below, hence 0. */
    union { double d; uint64_t u; } bits = { .d = a };
    unsigned bexp = (unsigned)(bits.u >> 52) & 0x7ffu;
    uint64_t mant = bits.u & ((1ull << 52) - 1);
    int e = -1074;
    if (bexp != 0) {
        mant |= 1ull << 52;
        e = (int)bexp - 1075;
    }
    fmt_u128 n;
    if (a == 0) {
        n = 0;
    } else if (e >= 0) {
        n = (fmt_u128)(mant << e) * p10;   /* a < 2^53: an integer */
    } else if (e < -120) {
        n = 0;   /* a * 10^prec < 2^-68 * 10^18 < 1/2 */
    } else {
        unsigned sh = (unsigned)-e;
        fmt_u128 v = (fmt_u128)mant * p10;
        fmt_u128 q = v >> sh;
        fmt_u128 r = v - (q << sh), half = (fmt_u128)1 << (sh - 1);
        if (r > half || (r == half && (q & 1u)))
            q++;
        n = q;
    }
    uint64_t ip = (uint64_t)(n / p10), fp = (uint64_t)(n % p10);
    char tmp[24];
    sp_bytes t = SP_BYTES(tmp);
    size_t k = sizeof tmp, pos = 0;
    do {
        sp_bytes_set(t, --k, (uint8_t)('0' + ip % 10));
        ip /= 10;
    } while (ip != 0);
    sp_bytes_copy(out, sp_cbytes_from(SP_CBYTES(tmp), k));
    pos = sizeof tmp - k;
    if (prec > 0 || alt)
        sp_bytes_set(out, pos++, '.');
    for (int j = prec - 1; j >= 0; j--) {
        sp_bytes_set(out, pos + (size_t)j, (uint8_t)('0' + fp % 10));
        fp /= 10;
    }
    return pos + (size_t)prec;
}

/* The precision float_body works at: 6 by default, and for the 'g'-like
 * types (glike: the presentation types '', g, G, n) without '#' at most
 * 800.  Those drop trailing zeros: a double has at most 767 significant
 * digits, so a huge precision needs no huge buffer (format(1.5,
 * '.2147483647') is "1.5"), and 800 gives the same digits and the same
 * fixed/exponent choice. */
static sp_ssize body_prec(sp_vm *vm, const fspec *f, bool glike)
{
    sp_ssize prec = f->precision < 0 ? 6 : f->precision;
    if (prec > 0x7fffffff)
        sp_raise_fmt(vm, vm->e.ValueError, "precision too big");
    if (glike && !f->alt && prec > 800)
        prec = 800;
    return prec;
}

static bool glike_type(uint32_t type)
{
    return type == 0 || type == 'g' || type == 'G' || type == 'n';
}

/* The bytes float_body may write for the presentation type. */
static size_t float_body_cap(sp_vm *vm, const fspec *f, uint32_t type)
{
    return sp_size_add_or_raise(vm, (size_t)body_prec(vm, f, glike_type(type)), 400);
}

/* Format |d| per the float presentation type into out (text, no sign);
 * sets *neg; returns the length.  Handles '', e E f F g G n %.  out must
 * hold float_body_cap(f, type) bytes. */

static size_t float_body(sp_vm *vm, const fspec *f, double d, uint32_t type, bool *neg, bool add_dot0_default, sp_bytes out)
{
    sp_ssize prec = f->precision;
    char code;
    bool pct = false, upper = false;
    switch (type) {
    case 0:
        /* str()-like; with a precision 'g', plus a ".0" for floats */
        code = prec < 0 ? (add_dot0_default ? 'r' : 'R') : (add_dot0_default ? 'N' : 'g');
        break;
    case 'n': code = 'g'; break;
    case '%': code = 'f'; pct = true; d *= 100.0; break;
    case 'E': case 'F': case 'G': code = (char)(type + 32); upper = true; break;
    default: code = (char)type; break;
    }
    prec = body_prec(vm, f, glike_type(type));
    *neg = signbit(d) != 0 && !isnan(d);
    double a = fabs(d);
    size_t n;
    if (code == 'f' && prec <= 18 && a < 9007199254740992.0)   /* 2^53; false for nan */
        n = fixed_digits(out, a, (int)prec, f->alt);
    else
        n = sp_double_to_cstr(out, a, code, (int)prec, f->alt);
    if (f->no_neg_0 && *neg) {
        bool nonzero = false, digit = false;
        for (size_t k = 0; k < n; k++) {
            uint8_t c = sp_bytes_get(out, k);
            if (c == 'e')
                break;
            digit = digit || (c >= '0' && c <= '9');
            if (c >= '1' && c <= '9')
                nonzero = true;
        }
        if (digit && !nonzero)
            *neg = false;
    }
    if (upper) {
        for (size_t k = 0; k < n; k++) {
            uint8_t c = sp_bytes_get(out, k);
            if (c >= 'a' && c <= 'z')
                sp_bytes_set(out, k, (uint8_t)(c - 32));
        }
    }
    if (pct)
        sp_bytes_set(out, n++, '%');
    return n;
}

/* The body's buffer: on the stack for the usual precisions, else a
 * rawbuf. */
#define FLOAT_STACK_BUF 512u
static sp_bytes float_buf(sp_vm *vm, const fspec *f, uint32_t type, sp_bytes stack)
{
    size_t cap = float_body_cap(vm, f, type);
    if (cap <= stack.len)
        return stack;
    return sp_rawbuf_span(sp_rawbuf_new(vm, cap));
}

static sp_val render_float(sp_vm *vm, const fspec *f, double d)
{
    bool neg;
    char stack[FLOAT_STACK_BUF];
    sp_bytes out = float_buf(vm, f, f->type, SP_BYTES(stack));
    sp_cbytes t = sp_cbytes_of(sp_bytes_sub(out, 0, float_body(vm, f, d, f->type, &neg, true, out)));
    size_t k = 0;
    while (k < t.len && sp_cbytes_get(t, k) >= '0' && sp_cbytes_get(t, k) <= '9')
        k++;
    return render_number(vm, f, sign_for(f, neg), "", sp_cbytes_sub(t, 0, k), sp_cbytes_from(t, k), 3);
}

static bool float_type_ok(uint32_t t)
{
    return t == 0 || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == 'n' || t == '%';
}

sp_val sp_format_float(sp_vm *vm, double d, sp_val spec)
{
    if (sp_str_len(spec) == 0)
        return sp_float_repr(vm, d);
    fspec f;
    parse_spec(vm, spec, vm->t.float_, 0, '>', &f);
    if (!float_type_ok(f.type))
        unknown_code(vm, f.type, vm->t.float_);
    return render_float(vm, &f, d);
}

/* ---- ints -------------------------------------------------------------- */

/* str() of a small int: its digits straight into a str (one digit: the
 * shared one-char str). */
static sp_val small_int_str(sp_vm *vm, int64_t v)
{
    char tmp[24];
    size_t k = sp_i64_dec(v, SP_BYTES(tmp));
    return sp_str_new_ascii(vm, sp_cbytes_from(SP_CBYTES(tmp), k));
}

sp_val sp_format_int(sp_vm *vm, sp_val v, sp_val spec)
{
    if (sp_str_len(spec) == 0)
        return sp_is_small(v) ? small_int_str(vm, sp_small_get(v)) : sp_str(vm, v);
    fspec f;
    parse_spec(vm, spec, sp_type_of(vm, v), 'd', '>', &f);
    uint32_t t = f.type;
    if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%') {
        double d = sp_int_to_double(vm, v);
        return render_float(vm, &f, d);
    }
    if (!(t == 'b' || t == 'c' || t == 'd' || t == 'o' || t == 'x' || t == 'X' || t == 'n'))
        unknown_code(vm, t, sp_type_of(vm, v));
    if (f.precision >= 0)
        sp_raise_fmt(vm, vm->e.ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_0)
        sp_raise_fmt(vm, vm->e.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (t == 'c') {
        if (f.sign)
            sp_raise_fmt(vm, vm->e.ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alt)
            sp_raise_fmt(vm, vm->e.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (!sp_int_to_i64(v, &cp))
            sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C long");
        if (cp < 0 || cp > 0x10ffff)
            sp_raise_fmt(vm, vm->e.OverflowError, "%%c arg not in range(0x110000)");
        sp_val s = sp_str_from_codepoint(vm, (uint32_t)cp);
        /* a char is laid out like a string, right-aligned by default */
        fspec g = f;
        g.grouping = 0;
        sp_strbuf b;
        size_t width = f.width > 0 ? (size_t)f.width : 0;
        size_t pad = width > 1 ? width - 1 : 0;
        uint32_t align = f.align ? f.align : '>';
        size_t left = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
        sp_strbuf_init(vm, &b, 8);
        add_fill(vm, &b, g.fill, left);
        sp_strbuf_add_str(vm, &b, s);
        add_fill(vm, &b, g.fill, pad - left);
        return sp_strbuf_finish(vm, &b);
    }
    int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
    sp_val digits = sp_int_to_str(vm, sp_int_abs(vm, sp_int_exact(vm, v)), base);
    sp_cbytes db = sp_str_bytes(digits);
    if (t == 'X') {
        sp_rawbuf *rb = sp_rawbuf_new(vm, db.len);
        sp_bytes up = sp_rawbuf_span(rb);
        for (size_t k = 0; k < db.len; k++) {
            uint8_t c = sp_cbytes_get(db, k);
            sp_bytes_set(up, k, (c >= 'a' && c <= 'z') ? (uint8_t)(c - 32) : c);
        }
        db = sp_cbytes_of(up);
    }
    const char *prefix = "";
    if (f.alt) {
        prefix = t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : t == 'X' ? "0X" : "";
    }
    return render_number(vm, &f, sign_for(&f, sp_int_sign(v) < 0), prefix, db, (sp_cbytes){ NULL, 0 }, base == 10 ? 3 : 4);
}

/* ---- strings ------------------------------------------------------------ */

sp_val sp_format_str(sp_vm *vm, sp_val s, sp_val spec)
{
    if (sp_str_len(spec) == 0)
        return sp_is_exact(vm, s, vm->t.str) ? s : sp_str(vm, s);
    fspec f;
    parse_spec(vm, spec, sp_type_of(vm, s), 's', '<', &f);
    if (f.type != 's')
        unknown_code(vm, f.type, sp_type_of(vm, s));
    if (f.sign == ' ')
        sp_raise_fmt(vm, vm->e.ValueError, "Space not allowed in string format specifier");
    if (f.sign)
        sp_raise_fmt(vm, vm->e.ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_0)
        sp_raise_fmt(vm, vm->e.ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alt)
        sp_raise_fmt(vm, vm->e.ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        sp_raise_fmt(vm, vm->e.ValueError, "'=' alignment not allowed in string format specifier");
    size_t len = sp_str_len(s);
    if (f.precision >= 0 && (size_t)f.precision < len)
        len = (size_t)f.precision;
    size_t width = f.width > 0 ? (size_t)f.width : 0;
    size_t pad = width > len ? width - len : 0;
    uint32_t align = f.align ? f.align : '<';
    size_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    sp_strbuf b;
    sp_strbuf_init(vm, &b, sp_str_bytes(s).len + pad + 4);
    add_fill(vm, &b, f.fill, left);
    if (len == sp_str_len(s)) {
        sp_strbuf_add_str(vm, &b, s);
    } else {
        for (size_t k = 0; k < len; k++)
            sp_strbuf_add_codepoint(vm, &b, sp_str_codepoint_at(s, k));
    }
    add_fill(vm, &b, f.fill, pad - left);
    return sp_strbuf_finish(vm, &b);
}

/* ---- complex ------------------------------------------------------------ */

/* One part of a complex, unsigned and unpadded, its integer digits grouped
 * as the spec asks. */
static sp_val complex_part(sp_vm *vm, const fspec *pf, double d, uint32_t type, bool *neg)
{
    char stack[FLOAT_STACK_BUF];
    sp_bytes out = float_buf(vm, pf, type, SP_BYTES(stack));
    sp_cbytes t = sp_cbytes_of(sp_bytes_sub(out, 0, float_body(vm, pf, d, type, neg, false, out)));
    if (!pf->grouping)
        return sp_str_new(vm, t);
    size_t k = 0;
    while (k < t.len && sp_cbytes_get(t, k) >= '0' && sp_cbytes_get(t, k) <= '9')
        k++;
    return render_number(vm, pf, "", "", sp_cbytes_sub(t, 0, k), sp_cbytes_from(t, k), 3);
}

sp_val sp_format_complex(sp_vm *vm, double re, double im, sp_val spec)
{
    if (sp_str_len(spec) == 0)
        return sp_complex_repr_val(vm, re, im);
    fspec f;
    parse_spec(vm, spec, vm->t.complex, 0, '>', &f);
    uint32_t t = f.type;
    if (!(t == 0 || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == 'n'))
        unknown_code(vm, t, vm->t.complex);
    if (f.fill == '0')   /* CPython refuses any '0' fill, explicit or not */
        sp_raise_fmt(vm, vm->e.ValueError, "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        sp_raise_fmt(vm, vm->e.ValueError, "'=' alignment flag is not allowed in complex format specifier");
    bool parens = t == 0;
    bool skip_re = t == 0 && re == 0 && !signbit(re);
    fspec pf = f;
    pf.width = -1;
    pf.align = 0;
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 64);
    if (parens && !skip_re)
        sp_strbuf_add_cstr(vm, &b, "(");
    bool neg;
    if (!skip_re) {
        sp_val rs = complex_part(vm, &pf, re, t == 0 && f.precision < 0 ? 0 : t, &neg);
        sp_strbuf_add_cstr(vm, &b, sign_for(&f, neg));
        sp_strbuf_add_str(vm, &b, rs);
    }
    sp_val is = complex_part(vm, &pf, im, t == 0 && f.precision < 0 ? 0 : t, &neg);
    if (skip_re)
        sp_strbuf_add_cstr(vm, &b, sign_for(&f, neg));
    else
        sp_strbuf_add_cstr(vm, &b, neg ? "-" : "+");
    sp_strbuf_add_str(vm, &b, is);
    sp_strbuf_add_cstr(vm, &b, "j");
    if (parens && !skip_re)
        sp_strbuf_add_cstr(vm, &b, ")");
    sp_val body = sp_strbuf_finish(vm, &b);
    /* pad the whole, right-aligned by default */
    size_t len = sp_str_len(body);
    size_t width = f.width > 0 ? (size_t)f.width : 0;
    if (width <= len)
        return body;
    size_t pad = width - len;
    uint32_t align = f.align ? f.align : '>';
    size_t left = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
    sp_strbuf_init(vm, &b, width + 8);
    add_fill(vm, &b, f.fill, left);
    sp_strbuf_add_str(vm, &b, body);
    add_fill(vm, &b, f.fill, pad - left);
    return sp_strbuf_finish(vm, &b);
}

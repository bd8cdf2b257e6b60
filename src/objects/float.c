/* float: IEEE 754 doubles with Python's semantics.
 *
 * Formatting and parsing lean on the C library: glibc's printf is exact
 * (correctly rounded for every precision) and strtod is correctly
 * rounded, so the shortest repr is found by trying 1..17 significant
 * digits and keeping the first that reads back as the same double; the
 * digits are then laid out with CPython's rules.  Grammar checks (what
 * float() accepts) are done here before strtod sees the text, since strtod
 * accepts more (hex floats, "nan(...)").
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "objects/int.h"
#include "objects/str_internal.h"   /* sp_codec_encode */

#define ARG(i) sp_vals_get(args, (i))


/* ---- formatting ------------------------------------------------------- */

/* Append s to out at *pos (bounded). */
static void put(sp_bytes out, size_t *pos, const char *s)
{
    sp_cbytes c = sp_cbytes_of_cstr(s);
    for (size_t i = 0; i < c.len; i++)
        sp_bytes_set(out, (*pos)++, sp_cbytes_get(c, i));
}

static void putc_(sp_bytes out, size_t *pos, uint8_t c)
{
    sp_bytes_set(out, (*pos)++, c);
}

/* buf holds "D.DDDe[+-]X" (the %.*e of d): if the decimal one unit up in
 * the last digit reads back as d, rewrite buf as "DDDDe[+-]X" (the digits,
 * then the exponent of the first one) and return true. */
static bool next_up_digits(sp_bytes b, double d)
{
    size_t cap = b.len;
    uint64_t m = 0;
    int nd = 0, e = 0, esign = 1;
    size_t i = 0;
    for (; i < cap && sp_bytes_get(b, i) != 'e'; i++) {
        uint8_t c = sp_bytes_get(b, i);
        if (c >= '0' && c <= '9') {
            m = m * 10 + (uint64_t)(c - '0');
            nd++;
        }
    }
    for (i++; i < cap && sp_bytes_get(b, i) != 0; i++) {
        uint8_t c = sp_bytes_get(b, i);
        if (c == '-')
            esign = -1;
        else if (c >= '0' && c <= '9')
            e = e * 10 + (c - '0');
    }
    e = e * esign - (nd - 1);   /* value = m * 10^e */
    m++;
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%llue%d", (unsigned long long)m, e);
    if (strtod(tmp, NULL) != d)
        return false;
    int md = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)m);
    snprintf((char *)b.ptr, cap, "%llue%d", (unsigned long long)m, e + md - 1);
    return true;
}

/* The decimal digits (no leading/trailing zeros) and exponent of d
 * (nonzero, finite, taken as |d|) rounded to `prec` significant digits
 * (prec 0: the shortest that round-trips).  d = 0.DIGITS * 10^(exp+1). */
static size_t decimal_digits(double d, int prec, sp_bytes digits, int *exp, bool strip)
{
    char buf[820];
    d = fabs(d);
    if (prec <= 0) {
        int fe;
        bool pow2 = frexp(d, &fe) == 0.5;
        /* The search starts at 15 digits: if some string of k <= 15
         * digits reads back as d, it lies within d's rounding interval
         * (less than 1.2e-16 * d away), so it is also the 15-digit
         * rounding of d (whose grid is at least 1e-15 * d apart), and the
         * zeros stripped below leave exactly those k digits.  Most
         * doubles need 16 or 17: two or three rounds of printing and
         * reading back instead of up to seventeen.  Not for subnormals
         * (below 2**-1022), whose rounding interval is wider: 5e-324. */
        for (int p = fe > -1021 ? 15 : 1; p <= 17; p++) {
            snprintf(buf, sizeof buf, "%.*e", p - 1, d);
            if (strtod(buf, NULL) == d)
                break;
            /* At a power of two the gap below d is half the gap above, so
             * the correctly rounded p digits can fall just below the
             * rounding interval while the next p-digit number up is in it
             * (2.0**710 is 5.386379163185535e+213, not ...5345e+213). */
            if (pow2 && next_up_digits(SP_BYTES(buf), d))
                break;
        }
    } else {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
    }
    /* buf is D[.DDD]e[+-]XX */
    sp_cbytes b = sp_cbytes_of_cstr(buf);
    size_t n = 0, i = 0;
    for (; i < b.len && sp_cbytes_get(b, i) != 'e'; i++) {
        uint8_t c = sp_cbytes_get(b, i);
        if (c >= '0' && c <= '9')
            sp_bytes_set(digits, n++, c);
    }
    int e = 0, esign = 1;
    for (i++; i < b.len; i++) {
        uint8_t c = sp_cbytes_get(b, i);
        if (c == '-')
            esign = -1;
        else if (c >= '0' && c <= '9')
            e = e * 10 + (c - '0');
    }
    *exp = e * esign;
    while (strip && n > 1 && sp_bytes_get(digits, n - 1) == '0')
        n--;
    return n;
}

/* Lay out digits with exponent exp (d = D.DDD * 10^exp) as CPython's repr
 * (threshold 16, no precision) or format type '' with a precision
 * (threshold = precision): scientific if exp < -4 or exp >= threshold. */
static uint8_t digit_at(sp_bytes digits, size_t nd, size_t i)
{
    return i < nd ? sp_bytes_get(digits, i) : '0';
}

static size_t layout_short(sp_bytes out, bool neg, sp_bytes digits, size_t nd, size_t zpad, int exp, int threshold,
                           bool alt, bool dot0)
{
    /* the digits are digits[0..nd) followed by zpad zeros */
    size_t real_nd = nd;
    nd += zpad;
    size_t pos = 0;
    if (neg)
        putc_(out, &pos, '-');
    if (exp < -4 || exp >= threshold) {
        putc_(out, &pos, digit_at(digits, real_nd, 0));
        if (nd > 1 || alt)
            putc_(out, &pos, '.');
        for (size_t i = 1; i < nd; i++)
            putc_(out, &pos, digit_at(digits, real_nd, i));
        char eb[16];
        snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        put(out, &pos, eb);
        return pos;
    }
    if (exp < 0) {
        put(out, &pos, "0.");
        for (int i = -1; i > exp; i--)
            putc_(out, &pos, '0');
        for (size_t i = 0; i < nd; i++)
            putc_(out, &pos, digit_at(digits, real_nd, i));
        return pos;
    }
    size_t intd = (size_t)exp + 1;
    for (size_t i = 0; i < intd; i++)
        putc_(out, &pos, digit_at(digits, real_nd, i));
    if (nd > intd) {
        putc_(out, &pos, '.');
        for (size_t i = intd; i < nd; i++)
            putc_(out, &pos, digit_at(digits, real_nd, i));
    } else if (dot0) {
        put(out, &pos, ".0");
    } else if (alt) {
        putc_(out, &pos, '.');
    }
    return pos;
}

size_t sp_double_to_cstr(sp_bytes out, double d, char code, int prec, bool alt)
{
    size_t pos = 0;
    if (isnan(d)) {
        put(out, &pos, "nan");
        return pos;
    }
    if (isinf(d)) {
        put(out, &pos, d < 0 ? "-inf" : "inf");
        return pos;
    }
    bool neg = signbit(d) != 0;
    if (code == 'r' || code == 'R' || code == 'N') {
        /* repr ('R': without the ".0" of integral values, as complex
         * shows its parts), or format type '' with precision prec. */
        char dg[800];
        sp_bytes digits = SP_BYTES(dg);
        int exp = 0;
        /* A double has at most 767 significant decimal digits, so 780
         * rounded digits are exact; '#' asks for the rest as zeros. */
        int fullp = prec < 1 ? 1 : prec;
        int p = fullp > 780 ? 780 : fullp;
        size_t nd, zpad = 0;
        if (d == 0) {
            nd = 1;
            sp_bytes_set(digits, 0, '0');
            if (code == 'N' && alt)
                zpad = (size_t)fullp - 1;
        } else {
            nd = decimal_digits(d, code == 'N' ? p : 0, digits, &exp, !(code == 'N' && alt));
            if (code == 'N' && alt)
                zpad = (size_t)(fullp - p);
        }
        /* CPython: scientific when decpt > precision - 1 with the ".0"
         * flag (repr counts as precision 17). */
        int threshold = code == 'N' ? fullp - 1 : 16;
        return layout_short(out, neg, digits, nd, zpad, exp, threshold, alt, code != 'R');
    }
    char fmt[8];
    size_t fp = 0;
    sp_bytes f = SP_BYTES(fmt);
    sp_bytes_set(f, fp++, '%');
    if (alt)
        sp_bytes_set(f, fp++, '#');
    sp_bytes_set(f, fp++, '.');
    sp_bytes_set(f, fp++, '*');
    sp_bytes_set(f, fp++, (uint8_t)code);
    sp_bytes_set(f, fp, 0);
    int n = snprintf((char *)out.ptr, out.len, fmt, prec, d);
    if (n < 0 || (size_t)n >= out.len)
        sp_trap("sp_double_to_cstr: buffer too small");
    return (size_t)n;
}

sp_val sp_float_repr(sp_vm *vm, double d)
{
    char buf[64];
    size_t n = sp_double_to_cstr(SP_BYTES(buf), d, 'r', 0, false);
    return sp_str_new(vm, sp_cbytes_sub(SP_CBYTES(buf), 0, n));
}

/* ---- parsing ----------------------------------------------------------- */

static bool is_space(uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static uint8_t lower(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') ? (uint8_t)(c + 32) : c;
}

static bool eq_nocase(sp_cbytes t, size_t i, size_t n, const char *word)
{
    sp_cbytes w = sp_cbytes_of_cstr(word);
    if (n - i != w.len)
        return false;
    for (size_t k = 0; k < w.len; k++) {
        if (lower(sp_cbytes_get(t, i + k)) != sp_cbytes_get(w, k))
            return false;
    }
    return true;
}

/* Digits with single underscores between them, starting at *i; returns
 * the number of digits (0 if none) and copies them (no underscores) to
 * buf at *bp.  false on a misplaced underscore. */
static bool scan_digits(sp_cbytes t, size_t *i, size_t n, sp_bytes buf, size_t *bp, size_t *count)
{
    size_t c = 0;
    while (*i < n) {
        uint8_t ch = sp_cbytes_get(t, *i);
        if (ch >= '0' && ch <= '9') {
            sp_bytes_set(buf, (*bp)++, ch);
            c++;
            (*i)++;
        } else if (ch == '_') {
            if (c == 0 || *i + 1 >= n)
                return false;
            uint8_t nx = sp_cbytes_get(t, *i + 1);
            if (nx < '0' || nx > '9')
                return false;
            (*i)++;
        } else {
            break;
        }
    }
    *count = c;
    return true;
}

bool sp_parse_double(sp_cbytes t, double *out)
{
    size_t i = 0, n = t.len;
    while (i < n && is_space(sp_cbytes_get(t, i)))
        i++;
    while (n > i && is_space(sp_cbytes_get(t, n - 1)))
        n--;
    bool neg = false;
    if (i < n && (sp_cbytes_get(t, i) == '+' || sp_cbytes_get(t, i) == '-')) {
        neg = sp_cbytes_get(t, i) == '-';
        i++;
    }
    if (eq_nocase(t, i, n, "inf") || eq_nocase(t, i, n, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (eq_nocase(t, i, n, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    /* buf gets a plain C literal: digits [. digits] [e [-] digits] */
    char small[128];
    sp_bytes buf = SP_BYTES(small);
    if (n - i + 2 > sizeof small)
        return false;   /* caller retries with a heap buffer */
    size_t bp = 0, nint = 0, nfrac = 0, nexp = 0;
    if (neg)
        sp_bytes_set(buf, bp++, '-');
    if (!scan_digits(t, &i, n, buf, &bp, &nint))
        return false;
    if (i < n && sp_cbytes_get(t, i) == '.') {
        sp_bytes_set(buf, bp++, '.');
        i++;
        if (!scan_digits(t, &i, n, buf, &bp, &nfrac))
            return false;
    }
    if (nint + nfrac == 0)
        return false;
    if (i < n && lower(sp_cbytes_get(t, i)) == 'e') {
        sp_bytes_set(buf, bp++, 'e');
        i++;
        if (i < n && (sp_cbytes_get(t, i) == '+' || sp_cbytes_get(t, i) == '-'))
            sp_bytes_set(buf, bp++, sp_cbytes_get(t, i++));
        if (!scan_digits(t, &i, n, buf, &bp, &nexp) || nexp == 0)
            return false;
    }
    if (i != n)
        return false;
    sp_bytes_set(buf, bp, 0);
    *out = strtod(small, NULL);
    return true;
}

/* The same for long texts, with the scratch buffer on the heap. */
static bool parse_double_long(sp_vm *vm, sp_cbytes t, double *out)
{
    if (t.len + 2 <= 128)
        return sp_parse_double(t, out);
    /* Long input: strip surrounding whitespace and validate/copy into a
     * heap buffer by the same grammar. */
    sp_rawbuf *rb = sp_rawbuf_new(vm, t.len + 2);
    sp_bytes buf = sp_rawbuf_span(rb);
    size_t i = 0, n = t.len, bp = 0, nint = 0, nfrac = 0, nexp = 0;
    while (i < n && is_space(sp_cbytes_get(t, i)))
        i++;
    while (n > i && is_space(sp_cbytes_get(t, n - 1)))
        n--;
    if (n - i + 2 <= 128)
        return sp_parse_double(sp_cbytes_sub(t, i, n - i), out);
    if (i < n && (sp_cbytes_get(t, i) == '+' || sp_cbytes_get(t, i) == '-'))
        sp_bytes_set(buf, bp++, sp_cbytes_get(t, i++));
    if (!scan_digits(t, &i, n, buf, &bp, &nint))
        return false;
    if (i < n && sp_cbytes_get(t, i) == '.') {
        sp_bytes_set(buf, bp++, '.');
        i++;
        if (!scan_digits(t, &i, n, buf, &bp, &nfrac))
            return false;
    }
    if (nint + nfrac == 0)
        return false;
    if (i < n && lower(sp_cbytes_get(t, i)) == 'e') {
        sp_bytes_set(buf, bp++, 'e');
        i++;
        if (i < n && (sp_cbytes_get(t, i) == '+' || sp_cbytes_get(t, i) == '-'))
            sp_bytes_set(buf, bp++, sp_cbytes_get(t, i++));
        if (!scan_digits(t, &i, n, buf, &bp, &nexp) || nexp == 0)
            return false;
    }
    if (i != n)
        return false;
    sp_bytes_set(buf, bp, 0);
    *out = strtod((const char *)buf.ptr, NULL);
    return true;
}

sp_val sp_float_from_str(sp_vm *vm, sp_cbytes text)
{
    double d;
    if (!parse_double_long(vm, text, &d))
        return NULL;
    return sp_float_new(vm, d);
}

/* ---- hashing ------------------------------------------------------------ */

int64_t sp_float_hash(double d)
{
    /* CPython's numeric hash: the value mod P = 2^61 - 1, so that equal
     * ints and floats hash alike.  |d| = m * 2^e; fold m into h 28 bits at
     * a time (multiplying by 2^28 mod P is a rotation within 61 bits), then
     * multiply by 2^e mod P (another rotation). */
    const uint64_t P = (UINT64_C(1) << 61) - 1;
    if (isinf(d))
        return d > 0 ? 314159 : -314159;
    if (isnan(d))
        return 0;
    int e;
    double m = frexp(fabs(d), &e);
    uint64_t h = 0;
    while (m != 0.0) {
        h = ((h << 28) & P) | (h >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        h += y;
        if (h >= P)
            h -= P;
    }
    int r = e % 61;
    if (r < 0)
        r += 61;
    h = ((h << r) & P) | (h >> (61 - r));
    int64_t x = (int64_t)h;
    if (d < 0)
        x = -x;
    return x == -1 ? -2 : x;
}

/* ---- arithmetic ----------------------------------------------------------- */

/* The double value of a float or int operand; false for anything else. */
static bool as_double(sp_vm *vm, sp_val v, double *out)
{
    if (sp_is_float(v)) {
        *out = sp_float_get(v);
        return true;
    }
    if (sp_is_int(v)) {
        *out = sp_int_to_double(vm, v);
        return true;
    }
    return false;
}

double sp_float_of(sp_vm *vm, sp_val v)
{
    if (sp_is_float(v))
        return sp_float_get(v);
    if (sp_is_int(v))
        return sp_int_to_double(vm, v);
    sp_val r = sp_call_special(vm, v, vm->n.__float__, SP_NOVALS);
    if (r) {
        if (!sp_is_float(r))
            sp_raise_fmt(vm, vm->e.TypeError, "%T.__float__ returned non-float (type %T)", v, r);
        return sp_float_get(r);
    }
    r = sp_call_special(vm, v, vm->n.__index__, SP_NOVALS);
    if (r) {
        if (!sp_is_int(r))
            sp_raise_fmt(vm, vm->e.TypeError, "__index__ returned non-int (type %T)", r);
        return sp_int_to_double(vm, r);
    }
    sp_raise_fmt(vm, vm->e.TypeError, "must be real number, not %T", v);
}

static _Noreturn void raise_range(sp_vm *vm)
{
    sp_val args[2] = { sp_small(34), sp_str_from_cstr(vm, "Numerical result out of range") };
    sp_val t = sp_tuple_from(vm, SP_VALS(args));
    sp_raise(vm, sp_exc_new(vm, vm->e.OverflowError, sp_tuple_items(t)));
}

sp_val sp_float_pow(sp_vm *vm, double a, double b)
{
    if (b == 0)
        return sp_float_new(vm, 1.0);
    if (isnan(a))
        return sp_float_new(vm, a == 1.0 ? 1.0 : a);
    if (isnan(b))
        return sp_float_new(vm, a == 1.0 ? 1.0 : b);
    if (a == 0 && b < 0 && !isinf(b))
        sp_raise_fmt(vm, vm->e.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (a < 0 && !isinf(a) && !isinf(b) && floor(b) != b)
        return sp_complex_pow_parts(vm, a, 0.0, b, 0.0);
    double r = pow(a, b);
    if (isinf(r) && !isinf(a) && !isinf(b))
        raise_range(vm);
    return sp_float_new(vm, r);
}

/* Python's float divmod; `what` names the ZeroDivisionError. */
static void float_divmod(sp_vm *vm, double a, double b, double *q, double *r, const char *what)
{
    if (b == 0)
        sp_raise_fmt(vm, vm->e.ZeroDivisionError, "%s", what);
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0) {
        /* fmod keeps a's sign; Python's modulo takes b's. */
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double fdiv;
    if (div != 0) {
        fdiv = floor(div);
        if (div - fdiv > 0.5)
            fdiv += 1.0;
    } else {
        fdiv = copysign(0.0, a / b);
    }
    *q = fdiv;
    *r = mod;
}

enum { F_ADD, F_SUB, F_MUL, F_DIV, F_FLOORDIV, F_MOD, F_DIVMOD, F_POW };

/* The arithmetic of float.__op__ on two doubles, for the operator fast
 * path (abstract.c: exact floats and small ints): NULL when op isn't a
 * float operation or the divisor is zero, so that the slow path raises
 * CPython's error from the dunder itself. */
sp_val sp_float_binary(sp_vm *vm, sp_binop op, double a, double b)
{
    double q, r;
    switch (op) {
    case SP_OP_ADD: return sp_float_new(vm, a + b);
    case SP_OP_SUB: return sp_float_new(vm, a - b);
    case SP_OP_MUL: return sp_float_new(vm, a * b);
    case SP_OP_TRUEDIV: return b == 0 ? NULL : sp_float_new(vm, a / b);
    case SP_OP_FLOORDIV:
        if (b == 0)
            return NULL;
        float_divmod(vm, a, b, &q, &r, "float floor division by zero");
        return sp_float_new(vm, q);
    case SP_OP_MOD:
        if (b == 0)
            return NULL;
        float_divmod(vm, a, b, &q, &r, "float modulo");
        return sp_float_new(vm, r);
    case SP_OP_POW: return sp_float_pow(vm, a, b);
    default: return NULL;
    }
}

static sp_val float_binop(sp_vm *vm, sp_vals args, sp_val kw, const char *name, int op, bool reflected)
{
    sp_num_check_args(vm, name, args, kw, 1, op == F_POW ? 2 : 1);
    /* A modulus is refused before the operands are looked at, as CPython. */
    if (op == F_POW && args.len > 2 && ARG(2) != vm->None)
        sp_raise_fmt(vm, vm->e.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    double a, b;
    if (!as_double(vm, ARG(0), &a) || !as_double(vm, ARG(1), &b))
        return vm->NotImplemented;
    if (reflected) {
        double t = a;
        a = b;
        b = t;
    }
    double q, r;
    switch (op) {
    case F_ADD: return sp_float_new(vm, a + b);
    case F_SUB: return sp_float_new(vm, a - b);
    case F_MUL: return sp_float_new(vm, a * b);
    case F_DIV:
        if (b == 0)
            sp_raise_fmt(vm, vm->e.ZeroDivisionError, "float division by zero");
        return sp_float_new(vm, a / b);
    case F_FLOORDIV:
        float_divmod(vm, a, b, &q, &r, "float floor division by zero");
        return sp_float_new(vm, q);
    case F_MOD:
        float_divmod(vm, a, b, &q, &r, "float modulo");
        return sp_float_new(vm, r);
    case F_DIVMOD:
        float_divmod(vm, a, b, &q, &r, "float divmod()");
        return sp_tuple_pack2(vm, sp_float_new(vm, q), sp_float_new(vm, r));
    default:
        if (args.len > 2 && ARG(2) != vm->None)
            sp_raise_fmt(vm, vm->e.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return sp_float_pow(vm, a, b);
    }
}

#define FBIN(NAME, OP, REFL, DUNDER)                                                \
    static sp_val NAME(sp_vm *vm, sp_vals args, sp_val kwnames) { return float_binop(vm, args, kwnames, DUNDER, OP, REFL); }
FBIN(float_add, F_ADD, false, "__add__")
FBIN(float_radd, F_ADD, true, "__radd__")
FBIN(float_sub, F_SUB, false, "__sub__")
FBIN(float_rsub, F_SUB, true, "__rsub__")
FBIN(float_mul, F_MUL, false, "__mul__")
FBIN(float_rmul, F_MUL, true, "__rmul__")
FBIN(float_truediv, F_DIV, false, "__truediv__")
FBIN(float_rtruediv, F_DIV, true, "__rtruediv__")
FBIN(float_floordiv, F_FLOORDIV, false, "__floordiv__")
FBIN(float_rfloordiv, F_FLOORDIV, true, "__rfloordiv__")
FBIN(float_mod, F_MOD, false, "__mod__")
FBIN(float_rmod, F_MOD, true, "__rmod__")
FBIN(float_divmod_m, F_DIVMOD, false, "__divmod__")
FBIN(float_rdivmod, F_DIVMOD, true, "__rdivmod__")
FBIN(float_pow, F_POW, false, "__pow__")
FBIN(float_rpow, F_POW, true, "__rpow__")

static sp_val float_richcmp(sp_vm *vm, sp_vals args, sp_val kw, sp_cmpop op)
{
    static const char *const names[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
    sp_num_check_args(vm, sp_cstrs_get(SP_ARRAY_SPAN(sp_cstrs, names), (size_t)op), args, kw, 1, 1);
    double a = sp_float_get(ARG(0));
    sp_val bv = ARG(1);
    int c;   /* -1, 0, 1, or 2 for unordered */
    if (sp_is_float(bv)) {
        double b = sp_float_get(bv);
        c = (isnan(a) || isnan(b)) ? 2 : a < b ? -1 : a > b;
    } else if (sp_is_int(bv)) {
        if (isnan(a))
            c = 2;
        else
            c = -sp_int_cmp_double(vm, bv, a);
    } else {
        return vm->NotImplemented;
    }
    bool r;
    if (c == 2)
        r = op == SP_NE;
    else {
        switch (op) {
        case SP_LT: r = c < 0; break;
        case SP_LE: r = c <= 0; break;
        case SP_EQ: r = c == 0; break;
        case SP_NE: r = c != 0; break;
        case SP_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return sp_bool(vm, r);
}

static sp_val float_lt(sp_vm *vm, sp_vals args, sp_val kw) { return float_richcmp(vm, args, kw, SP_LT); }
static sp_val float_le(sp_vm *vm, sp_vals args, sp_val kw) { return float_richcmp(vm, args, kw, SP_LE); }
static sp_val float_eq(sp_vm *vm, sp_vals args, sp_val kw) { return float_richcmp(vm, args, kw, SP_EQ); }
static sp_val float_ne(sp_vm *vm, sp_vals args, sp_val kw) { return float_richcmp(vm, args, kw, SP_NE); }
static sp_val float_gt(sp_vm *vm, sp_vals args, sp_val kw) { return float_richcmp(vm, args, kw, SP_GT); }
static sp_val float_ge(sp_vm *vm, sp_vals args, sp_val kw) { return float_richcmp(vm, args, kw, SP_GE); }

void sp_num_check_args(sp_vm *vm, const char *name, sp_vals args, sp_val kw, size_t min, size_t max)
{
    size_t n = args.len - 1;
    bool method = strchr(name, '.') != NULL;
    if (kw != NULL && sp_tuple_len(kw) > 0) {
        n -= sp_tuple_len(kw);
        sp_raise_fmt(vm, vm->e.TypeError, "%s%s() takes no keyword arguments", method ? "" : "wrapper ", name);
    }
    if (n >= min && n <= max)
        return;
    if (method && max == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no arguments (%zu given)", name, n);
    if (method && min == 1 && max == 1)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes exactly one argument (%zu given)", name, n);
    if (min == max)
        sp_raise_fmt(vm, vm->e.TypeError, "expected %zu argument%s, got %zu", min, min == 1 ? "" : "s", n);
    /* ternary slots (__pow__): CPython prints an empty function name */
    if (n < min)
        sp_raise_fmt(vm, vm->e.TypeError, " expected at least %zu argument%s, got %zu", min, min == 1 ? "" : "s", n);
    sp_raise_fmt(vm, vm->e.TypeError, " expected at most %zu argument%s, got %zu", max, max == 1 ? "" : "s", n);
}

static double self_d(sp_vm *vm, sp_vals args, sp_val kw, const char *name)
{
    sp_num_check_args(vm, name, args, kw, 0, 0);
    return sp_float_get(ARG(0));
}


static sp_val float_neg(sp_vm *vm, sp_vals args, sp_val kw) { return sp_float_new(vm, -self_d(vm, args, kw, "__neg__")); }
static sp_val float_pos(sp_vm *vm, sp_vals args, sp_val kw) { return sp_float_new(vm, self_d(vm, args, kw, "__pos__")); }
static sp_val float_abs(sp_vm *vm, sp_vals args, sp_val kw) { return sp_float_new(vm, fabs(self_d(vm, args, kw, "__abs__"))); }
static sp_val float_bool(sp_vm *vm, sp_vals args, sp_val kw) { return sp_bool(vm, self_d(vm, args, kw, "__bool__") != 0); }
static sp_val float_float(sp_vm *vm, sp_vals args, sp_val kw)
{
    double d = self_d(vm, args, kw, "__float__");
    return sp_is_exact(vm, ARG(0), vm->t.float_) ? ARG(0) : sp_float_new(vm, d);
}
static sp_val float_int(sp_vm *vm, sp_vals args, sp_val kw) { return sp_int_from_double(vm, self_d(vm, args, kw, "__int__")); }
static sp_val float_trunc(sp_vm *vm, sp_vals args, sp_val kw) { return sp_int_from_double(vm, self_d(vm, args, kw, "float.__trunc__")); }
static sp_val float_floor(sp_vm *vm, sp_vals args, sp_val kw) { return sp_int_from_double(vm, floor(self_d(vm, args, kw, "float.__floor__"))); }
static sp_val float_ceil(sp_vm *vm, sp_vals args, sp_val kw) { return sp_int_from_double(vm, ceil(self_d(vm, args, kw, "float.__ceil__"))); }
static sp_val float_conjugate(sp_vm *vm, sp_vals args, sp_val kw)
{
    double d = self_d(vm, args, kw, "float.conjugate");
    return sp_is_exact(vm, ARG(0), vm->t.float_) ? ARG(0) : sp_float_new(vm, d);
}

static sp_val float_hash(sp_vm *vm, sp_vals args, sp_val kw)
{
    double d = self_d(vm, args, kw, "__hash__");
    if (isnan(d)) {
        /* CPython hashes NaN by identity. */
        uintptr_t p = (uintptr_t)ARG(0);
        return sp_int_from_i64(vm, (int64_t)((p >> 4) | (p << 60)) & INT64_MAX);
    }
    return sp_int_from_i64(vm, sp_float_hash(d));
}

static sp_val float_repr(sp_vm *vm, sp_vals args, sp_val kw) { return sp_float_repr(vm, self_d(vm, args, kw, "__repr__")); }

static sp_val float_is_integer(sp_vm *vm, sp_vals args, sp_val kw)
{
    double d = self_d(vm, args, kw, "float.is_integer");
    return sp_bool(vm, isfinite(d) && floor(d) == d);
}

static sp_val float_as_integer_ratio(sp_vm *vm, sp_vals args, sp_val kw)
{
    double d = self_d(vm, args, kw, "float.as_integer_ratio");
    if (isinf(d))
        sp_raise_fmt(vm, vm->e.OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d))
        sp_raise_fmt(vm, vm->e.ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    sp_val num = sp_int_from_double(vm, m), den = sp_small(1);
    if (e > 0)
        num = sp_int_lshift(vm, num, sp_small(e));
    else
        den = sp_int_lshift(vm, den, sp_small(-e));
    return sp_tuple_pack2(vm, num, den);
}

/* round(x, n): exact decimal rounding, half to even, done with ints:
 * x = num/den exactly, so round(x * 10^n) is an exact integer problem and
 * the final division is correctly rounded by int true division. */
sp_val sp_float_round(sp_vm *vm, double d, sp_val ndigits)
{
    if (ndigits == NULL) {
        if (isinf(d))
            sp_raise_fmt(vm, vm->e.OverflowError, "cannot convert float infinity to integer");
        if (isnan(d))
            sp_raise_fmt(vm, vm->e.ValueError, "cannot convert float NaN to integer");
        double r = nearbyint(d);   /* default rounding mode: half to even */
        return sp_int_from_double(vm, r);
    }
    int64_t n;
    sp_val nv = sp_index(vm, ndigits);
    if (!sp_int_to_i64(nv, &n))
        n = sp_int_sign(nv) > 0 ? INT64_MAX : INT64_MIN;
    if (!isfinite(d) || d == 0 || n > 330)
        return sp_float_new(vm, d);
    if (n < -330)
        return sp_float_new(vm, copysign(0.0, d));
    int e;
    double m = frexp(fabs(d), &e);
    sp_val num = sp_int_from_double(vm, ldexp(m, 53));
    e -= 53;     /* |d| = num * 2^e */
    sp_val top = num, bottom = sp_small(1);
    if (e > 0)
        top = sp_int_lshift(vm, top, sp_small(e));
    else
        bottom = sp_int_lshift(vm, bottom, sp_small(-e));
    sp_val p = sp_int_pow(vm, sp_small(10), sp_small(n < 0 ? -n : n), NULL);
    if (n >= 0)
        top = sp_int_mul(vm, top, p);
    else
        bottom = sp_int_mul(vm, bottom, p);
    sp_val q, r;
    sp_int_divmod(vm, top, bottom, &q, &r, "integer division or modulo by zero");
    int c = sp_int_cmp(sp_int_add(vm, r, r), bottom);
    if (c > 0 || (c == 0 && !sp_int_is_zero(sp_int_and(vm, q, sp_small(1)))))
        q = sp_int_add(vm, q, sp_small(1));
    double res;
    if (n >= 0) {
        res = sp_float_get(sp_int_truediv(vm, q, p));
    } else {
        sp_val full = sp_int_mul(vm, q, p);
        if (sp_int_bit_length(full) > 1024)
            sp_raise_fmt(vm, vm->e.OverflowError, "rounded value too large to represent");
        res = sp_int_to_double(vm, full);
        if (isinf(res))
            sp_raise_fmt(vm, vm->e.OverflowError, "rounded value too large to represent");
    }
    return sp_float_new(vm, copysign(res, d));
}

static sp_val float_round(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_no_kwargs(vm, "float.__round__", kwnames);
    if (args.len > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "__round__ expected at most 1 argument, got %zu", args.len - 1);
    sp_val nd = args.len > 1 ? ARG(1) : NULL;
    if (nd == vm->None)
        nd = NULL;
    return sp_float_round(vm, sp_float_get(ARG(0)), nd);
}

static sp_val float_hex(sp_vm *vm, sp_vals args, sp_val kw)
{
    double d = self_d(vm, args, kw, "float.hex");
    if (!isfinite(d))
        return sp_float_repr(vm, d);
    char buf[64];
    const char *sign = signbit(d) ? "-" : "";
    if (d == 0) {
        snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
        return sp_str_from_cstr(vm, buf);
    }
    int e;
    double m = frexp(fabs(d), &e);   /* m in [0.5, 1) */
    unsigned lead = 1;
    e -= 1;                          /* |d| = (2m) * 2^e, 2m in [1, 2) */
    double frac = 2 * m - 1;
    if (e < -1022) {
        /* subnormal: 0.xxx * 2^-1022 */
        frac = ldexp(fabs(d), 1022);
        lead = 0;
        e = -1022;
    }
    uint64_t bits = (uint64_t)ldexp(frac, 52);
    snprintf(buf, sizeof buf, "%s0x%u.%013llxp%+d", sign, lead, (unsigned long long)bits, e);
    return sp_str_from_cstr(vm, buf);
}

/* CPython reads fromhex's argument as UTF-8 first, so a lone surrogate is
 * a UnicodeEncodeError; anything else unparsable is the ValueError. */
static _Noreturn void hex_invalid(sp_vm *vm, sp_val s)
{
    sp_cbytes t = sp_str_bytes(s);
    for (size_t i = 0; i + 1 < t.len; i++) {
        if (sp_cbytes_get(t, i) == 0xED && sp_cbytes_get(t, i + 1) >= 0xA0)
            sp_codec_encode(vm, s, "utf-8", "strict");
    }
    sp_raise_fmt(vm, vm->e.ValueError, "invalid hexadecimal floating-point string");
}

static sp_val float_fromhex(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_num_check_args(vm, "float.fromhex", args, kwnames, 1, 1);
    sp_val cls = ARG(0), s = ARG(1);
    if (!sp_is_str(s))
        sp_raise_fmt(vm, vm->e.TypeError, "bad argument type for built-in operation");
    sp_cbytes t = sp_str_bytes(s);
    size_t i = 0, n = t.len;
    while (i < n && is_space(sp_cbytes_get(t, i)))
        i++;
    while (n > i && is_space(sp_cbytes_get(t, n - 1)))
        n--;
    /* Rebuild a C hex literal: [-]0x<hex>[.<hex>]p<exp> */
    sp_rawbuf *rb = sp_rawbuf_new(vm, n - i + 16);
    sp_bytes buf = sp_rawbuf_span(rb);
    size_t bp = 0;
    bool neg = false;
    if (i < n && (sp_cbytes_get(t, i) == '+' || sp_cbytes_get(t, i) == '-')) {
        neg = sp_cbytes_get(t, i) == '-';
        i++;
    }
    double d;
    if (eq_nocase(t, i, n, "inf") || eq_nocase(t, i, n, "infinity")) {
        d = HUGE_VAL;
    } else if (eq_nocase(t, i, n, "nan")) {
        d = NAN;
    } else {
        if (n - i >= 2 && sp_cbytes_get(t, i) == '0' && lower(sp_cbytes_get(t, i + 1)) == 'x')
            i += 2;
        put(buf, &bp, "0x");
        size_t nd = 0;
        bool dot = false;
        for (; i < n; i++) {
            uint8_t c = lower(sp_cbytes_get(t, i));
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) {
                sp_bytes_set(buf, bp++, c);
                nd++;
            } else if (c == '.' && !dot) {
                sp_bytes_set(buf, bp++, c);
                dot = true;
            } else {
                break;
            }
        }
        if (nd == 0)
            hex_invalid(vm, s);
        sp_bytes_set(buf, bp++, 'p');
        if (i < n && lower(sp_cbytes_get(t, i)) == 'p') {
            i++;
            if (i < n && (sp_cbytes_get(t, i) == '+' || sp_cbytes_get(t, i) == '-'))
                sp_bytes_set(buf, bp++, sp_cbytes_get(t, i++));
            size_t ne = 0;
            for (; i < n && sp_cbytes_get(t, i) >= '0' && sp_cbytes_get(t, i) <= '9'; i++, ne++)
                sp_bytes_set(buf, bp++, sp_cbytes_get(t, i));
            if (ne == 0)
                hex_invalid(vm, s);
        } else {
            sp_bytes_set(buf, bp++, '0');
        }
        if (i != n)
            hex_invalid(vm, s);
        sp_bytes_set(buf, bp, 0);
        d = strtod((const char *)buf.ptr, NULL);
        if (isinf(d))
            sp_raise_fmt(vm, vm->e.OverflowError, "hexadecimal value too large to represent as a float");
    }
    sp_val r = sp_float_new(vm, neg ? -d : d);
    if (cls != (sp_val)vm->t.float_)
        r = sp_call1(vm, cls, r);
    return r;
}

static sp_val float_format(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_num_check_args(vm, "float.__format__", args, kwnames, 1, 1);
    sp_val spec = ARG(1);
    if (!sp_is_str(spec))
        sp_raise_fmt(vm, vm->e.TypeError, "__format__() argument must be str, not %s",
                     spec == vm->None ? "None" : sp_type_name(sp_type_of(vm, spec)));
    /* format(x, '') is str(x): a subclass's __repr__/__str__ shows */
    if (sp_str_len(spec) == 0 && !sp_is_exact(vm, ARG(0), vm->t.float_))
        return sp_str(vm, ARG(0));
    return sp_format_float(vm, sp_float_get(ARG(0)), spec);
}

static sp_val float_getformat(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_num_check_args(vm, "float.__getformat__", args, kwnames, 1, 1);
    sp_val t = ARG(1);
    if (!sp_is_str(t))
        sp_raise_fmt(vm, vm->e.TypeError, "__getformat__() argument must be str, not %T", t);
    if (!sp_str_eq_cstr(t, "double") && !sp_str_eq_cstr(t, "float"))
        sp_raise_fmt(vm, vm->e.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return sp_str_from_cstr(vm, "IEEE, little-endian");
}

static sp_val float_getnewargs(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val v = sp_float_new(vm, self_d(vm, args, kw, "float.__getnewargs__"));
    return sp_tuple_from(vm, SP_ONE(sp_vals, v));
}

static sp_val float_new(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_new_cls(vm, args, vm->t.float_);
    sp_no_kwargs(vm, "float", kwnames);
    if (args.len > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "float expected at most 1 argument, got %zu", args.len - 1);
    double d = 0.0;
    if (args.len == 2) {
        sp_val x = ARG(1);
        /* CPython's order: exact float, __float__, __index__, then a
         * float subclass's value, then str/bytes parsing. */
        sp_val r = NULL;
        if (sp_is_exact(vm, x, vm->t.float_)) {
            d = sp_float_get(x);
        } else if ((r = sp_call_special(vm, x, vm->n.__float__, SP_NOVALS)) != NULL) {
            if (!sp_is_float(r))
                sp_raise_fmt(vm, vm->e.TypeError, "%T.__float__ returned non-float (type %T)", x, r);
            d = sp_float_get(r);
        } else if ((r = sp_call_special(vm, x, vm->n.__index__, SP_NOVALS)) != NULL) {
            if (!sp_is_int(r))
                sp_raise_fmt(vm, vm->e.TypeError, "__index__ returned non-int (type %T)", r);
            d = sp_int_to_double(vm, r);
        } else if (sp_is_float(x)) {
            d = sp_float_get(x);
        } else if (sp_is_str(x) || sp_is_bytes(x) || (sp_is_ptr(x) && x->type->def->layout == SP_LAYOUT_BYTEARRAY) ||
                   sp_type_of(vm, x) == vm->t.memoryview) {
            /* A memoryview (not subclassable) is read through its bytes
             * copy, as CPython accepts any buffer; the error message still
             * shows the view. */
            sp_val src = x;
            if (sp_type_of(vm, x) == vm->t.memoryview)
                src = sp_call(vm, sp_getattr_cstr(vm, x, "tobytes"), SP_NOVALS, NULL);
            sp_cbytes t = sp_is_str(src) ? sp_str_numeric_ascii(vm, src) : sp_bytes_data(src);
            if (!parse_double_long(vm, t, &d))
                sp_raise_fmt(vm, vm->e.ValueError, "could not convert string to float: %R", x);
        } else {
            sp_raise_fmt(vm, vm->e.TypeError, "float() argument must be a string or a real number, not '%T'", x);
        }
    }
    if (cls == vm->t.float_)
        return sp_float_new(vm, d);
    sp_val o = sp_alloc_instance(vm, cls);
    SP_AS(sp_float_obj, o, SP_LAYOUT_FLOAT)->value = d;
    return o;
}

static sp_val float_get_real(sp_vm *vm, sp_val self) { return sp_is_exact(vm, self, vm->t.float_) ? self : sp_float_new(vm, sp_float_get(self)); }
static sp_val float_get_imag(sp_vm *vm, sp_val self) { return sp_float_new(vm, 0.0); }

static const sp_methoddef float_methods[] = {
    { "__add__", float_add, 0, NULL },
    { "__radd__", float_radd, 0, NULL },
    { "__sub__", float_sub, 0, NULL },
    { "__rsub__", float_rsub, 0, NULL },
    { "__mul__", float_mul, 0, NULL },
    { "__rmul__", float_rmul, 0, NULL },
    { "__truediv__", float_truediv, 0, NULL },
    { "__rtruediv__", float_rtruediv, 0, NULL },
    { "__floordiv__", float_floordiv, 0, NULL },
    { "__rfloordiv__", float_rfloordiv, 0, NULL },
    { "__mod__", float_mod, 0, NULL },
    { "__rmod__", float_rmod, 0, NULL },
    { "__divmod__", float_divmod_m, 0, NULL },
    { "__rdivmod__", float_rdivmod, 0, NULL },
    { "__pow__", float_pow, 0, NULL },
    { "__rpow__", float_rpow, 0, NULL },
    { "__neg__", float_neg, 0, NULL },
    { "__pos__", float_pos, 0, NULL },
    { "__abs__", float_abs, 0, NULL },
    { "__bool__", float_bool, 0, NULL },
    { "__int__", float_int, 0, NULL },
    { "__float__", float_float, 0, NULL },
    { "__trunc__", float_trunc, 0, NULL },
    { "__floor__", float_floor, 0, NULL },
    { "__ceil__", float_ceil, 0, NULL },
    { "__round__", float_round, 0, NULL },
    { "__hash__", float_hash, 0, NULL },
    { "__eq__", float_eq, 0, NULL },
    { "__ne__", float_ne, 0, NULL },
    { "__lt__", float_lt, 0, NULL },
    { "__le__", float_le, 0, NULL },
    { "__gt__", float_gt, 0, NULL },
    { "__ge__", float_ge, 0, NULL },
    { "__repr__", float_repr, 0, NULL },
    { "__format__", float_format, 0, NULL },
    { "__getnewargs__", float_getnewargs, 0, NULL },
    { "__new__", float_new, SP_METH_STATIC, NULL },
    { "is_integer", float_is_integer, 0, NULL },
    { "as_integer_ratio", float_as_integer_ratio, 0, NULL },
    { "conjugate", float_conjugate, 0, NULL },
    { "hex", float_hex, 0, NULL },
    { "fromhex", float_fromhex, SP_METH_CLASS, NULL },
    { "__getformat__", float_getformat, SP_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef float_getsets[] = {
    { "real", float_get_real, NULL, NULL },
    { "imag", float_get_imag, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_float_def = {
    .name = "float",
    .layout = SP_LAYOUT_FLOAT,
    .size = sizeof(sp_float_obj),
    .methods = float_methods,
    .getsets = float_getsets,
    .flags = SP_TF_BASETYPE,
    .doc = "Convert a string or number to a floating point number, if possible.",
};

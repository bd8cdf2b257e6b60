/* complex: pairs of doubles with CPython's arithmetic, repr and parsing.
 *
 * Division uses Smith's method (scale by the larger component of the
 * divisor) and integral powers up to 100 use repeated squaring, as CPython
 * does, so that results agree to the last bit.
 */
#include <math.h>
#include <stdio.h>
#include "objects/int.h"
/* after sp.h: names.def has a field called errno */
#include <errno.h>

#define ARG(i) sp_vals_get(args, (i))

typedef struct { double re, im; } cpx;

sp_val sp_complex_new(sp_vm *vm, double real, double imag)
{
    sp_complex_obj *c = (sp_complex_obj *)sp_alloc(vm, vm->t.complex, sizeof(sp_complex_obj));
    c->real = real;
    c->imag = imag;
    return (sp_val)c;
}

static sp_val cpx_new(sp_vm *vm, cpx c) { return sp_complex_new(vm, c.re, c.im); }

static cpx cpx_get(sp_val v)
{
    sp_complex_obj *c = SP_AS(sp_complex_obj, v, SP_LAYOUT_COMPLEX);
    return (cpx){ c->real, c->imag };
}

static bool is_complex(sp_val v)
{
    return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_COMPLEX;
}

/* A complex, float or int operand; false for anything else. */
static bool as_cpx(sp_vm *vm, sp_val v, cpx *out)
{
    if (is_complex(v)) {
        *out = cpx_get(v);
        return true;
    }
    if (sp_is_float(v)) {
        *out = (cpx){ sp_float_get(v), 0.0 };
        return true;
    }
    if (sp_is_int(v)) {
        *out = (cpx){ sp_int_to_double(vm, v), 0.0 };
        return true;
    }
    return false;
}

static cpx c_mul(cpx a, cpx b)
{
    return (cpx){ a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re };
}

/* a / b; *err set on division by zero. */
static cpx c_quot(cpx a, cpx b, bool *err)
{
    double abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        if (abr == 0.0) {
            *err = true;
            return (cpx){ 0.0, 0.0 };
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (cpx){ (a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom };
    }
    if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (cpx){ (a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom };
    }
    return (cpx){ NAN, NAN };   /* a NaN component in b */
}

static cpx c_powu(cpx x, long n)
{
    cpx r = { 1.0, 0.0 }, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = c_mul(r, p);
        p = c_mul(p, p);
    }
    return r;
}

static cpx c_pow(cpx a, cpx b)
{
    if (b.re == 0.0 && b.im == 0.0)
        return (cpx){ 1.0, 0.0 };
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            errno = EDOM;
        return (cpx){ 0.0, 0.0 };
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (cpx){ len * cos(phase), len * sin(phase) };
}

/* Powers follow CPython's errno protocol: EDOM (from a division by zero
 * or a libm domain error such as cos(inf)) is ZeroDivisionError, an
 * infinite result is OverflowError. */
static sp_val cpx_pow_checked(sp_vm *vm, cpx a, cpx b)
{
    bool zerodiv = false;
    cpx r;
    errno = 0;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        if (n >= 0)
            r = c_powu(a, n);
        else
            r = c_quot((cpx){ 1.0, 0.0 }, c_powu(a, -n), &zerodiv);
    } else {
        r = c_pow(a, b);
    }
    if (zerodiv)
        errno = EDOM;
    /* An infinite part is overflow; an ERANGE from libm with finite parts
     * was an underflow, which CPython ignores. */
    if (isinf(r.re) || isinf(r.im)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM)
        sp_raise_fmt(vm, vm->e.ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE)
        sp_raise_fmt(vm, vm->e.OverflowError, "complex exponentiation");
    return cpx_new(vm, r);
}

sp_val sp_complex_pow_parts(sp_vm *vm, double ar, double ai, double br, double bi)
{
    return cpx_pow_checked(vm, (cpx){ ar, ai }, (cpx){ br, bi });
}

enum { C_ADD, C_SUB, C_MUL, C_DIV, C_POW };

static sp_val cpx_binop(sp_vm *vm, sp_vals args, sp_val kw, const char *name, int op, bool reflected)
{
    sp_num_check_args(vm, name, args, kw, 1, op == C_POW ? 2 : 1);
    cpx a, b;
    if (!as_cpx(vm, ARG(0), &a) || !as_cpx(vm, ARG(1), &b))
        return vm->NotImplemented;
    if (reflected) {
        cpx t = a;
        a = b;
        b = t;
    }
    bool err = false;
    switch (op) {
    case C_ADD: return sp_complex_new(vm, a.re + b.re, a.im + b.im);
    case C_SUB: return sp_complex_new(vm, a.re - b.re, a.im - b.im);
    case C_MUL: return cpx_new(vm, c_mul(a, b));
    case C_DIV: {
        cpx r = c_quot(a, b, &err);
        if (err)
            sp_raise_fmt(vm, vm->e.ZeroDivisionError, "complex division by zero");
        return cpx_new(vm, r);
    }
    default:
        if (args.len > 2 && ARG(2) != vm->None)
            sp_raise_fmt(vm, vm->e.ValueError, "complex modulo");
        return cpx_pow_checked(vm, a, b);
    }
}

#define CBIN(NAME, OP, REFL, DUNDER)                                         \
    static sp_val NAME(sp_vm *vm, sp_vals args, sp_val kwnames) { return cpx_binop(vm, args, kwnames, DUNDER, OP, REFL); }
CBIN(complex_add, C_ADD, false, "__add__")
CBIN(complex_radd, C_ADD, true, "__radd__")
CBIN(complex_sub, C_SUB, false, "__sub__")
CBIN(complex_rsub, C_SUB, true, "__rsub__")
CBIN(complex_mul, C_MUL, false, "__mul__")
CBIN(complex_rmul, C_MUL, true, "__rmul__")
CBIN(complex_truediv, C_DIV, false, "__truediv__")
CBIN(complex_rtruediv, C_DIV, true, "__rtruediv__")
CBIN(complex_pow, C_POW, false, "__pow__")
CBIN(complex_rpow, C_POW, true, "__rpow__")

static cpx self_c(sp_vm *vm, sp_vals args, sp_val kw, const char *name)
{
    sp_num_check_args(vm, name, args, kw, 0, 0);
    return cpx_get(ARG(0));
}

static sp_val complex_neg(sp_vm *vm, sp_vals args, sp_val kw) { cpx c = self_c(vm, args, kw, "__neg__"); return sp_complex_new(vm, -c.re, -c.im); }
static sp_val complex_pos(sp_vm *vm, sp_vals args, sp_val kw) { cpx c = self_c(vm, args, kw, "__pos__"); return sp_complex_new(vm, c.re, c.im); }
static sp_val complex_conjugate(sp_vm *vm, sp_vals args, sp_val kw) { cpx c = self_c(vm, args, kw, "complex.conjugate"); return sp_complex_new(vm, c.re, -c.im); }
static sp_val complex_bool(sp_vm *vm, sp_vals args, sp_val kw) { cpx c = self_c(vm, args, kw, "__bool__"); return sp_bool(vm, c.re != 0 || c.im != 0); }

static sp_val complex_abs(sp_vm *vm, sp_vals args, sp_val kw)
{
    cpx c = self_c(vm, args, kw, "__abs__");
    double r = hypot(c.re, c.im);
    if (isinf(r) && isfinite(c.re) && isfinite(c.im))
        sp_raise_fmt(vm, vm->e.OverflowError, "absolute value too large");
    return sp_float_new(vm, r);
}

static sp_val complex_hash(sp_vm *vm, sp_vals args, sp_val kw)
{
    cpx c = self_c(vm, args, kw, "__hash__");
    /* hash(re) + 1000003 * hash(im), in wrapping unsigned arithmetic; a
     * NaN part hashes by the complex object's identity, as in CPython */
    uintptr_t p = (uintptr_t)ARG(0);
    uint64_t idh = (uint64_t)(int64_t)((p >> 4) | (p << 60)) & INT64_MAX;
    uint64_t hr = isnan(c.re) ? idh : (uint64_t)sp_float_hash(c.re);
    uint64_t hi = isnan(c.im) ? idh : (uint64_t)sp_float_hash(c.im);
    uint64_t h = hr + UINT64_C(1000003) * hi;
    int64_t r = (int64_t)h;
    return sp_int_from_i64(vm, r == -1 ? -2 : r);
}

static sp_val complex_richcmp(sp_vm *vm, sp_vals args, sp_val kw, bool ne)
{
    sp_num_check_args(vm, ne ? "__ne__" : "__eq__", args, kw, 1, 1);
    cpx a = cpx_get(ARG(0));
    sp_val bv = ARG(1);
    bool eq;
    if (is_complex(bv)) {
        cpx b = cpx_get(bv);
        eq = a.re == b.re && a.im == b.im;
    } else if (sp_is_float(bv)) {
        eq = a.im == 0 && a.re == sp_float_get(bv);
    } else if (sp_is_int(bv)) {
        eq = a.im == 0 && !isnan(a.re) && sp_int_cmp_double(vm, bv, a.re) == 0;
    } else {
        return vm->NotImplemented;
    }
    return sp_bool(vm, ne ? !eq : eq);
}

static sp_val complex_eq(sp_vm *vm, sp_vals args, sp_val kw) { return complex_richcmp(vm, args, kw, false); }
static sp_val complex_ne(sp_vm *vm, sp_vals args, sp_val kw) { return complex_richcmp(vm, args, kw, true); }
static sp_val complex_order(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_num_check_args(vm, "__lt__", args, kw, 1, 1);
    return vm->NotImplemented;
}

/* One component for repr: CPython's 'r' format without a forced ".0". */
static size_t component(sp_bytes out, double d)
{
    return sp_double_to_cstr(out, d, 'R', 0, false);
}

sp_val sp_complex_repr_val(sp_vm *vm, double re, double im)
{
    char buf[96];
    sp_bytes out = SP_BYTES(buf);
    size_t pos = 0;
    char part[40];
    if (re == 0 && !signbit(re)) {
        size_t n = component(SP_BYTES(part), im);
        for (size_t i = 0; i < n; i++)
            sp_bytes_set(out, pos++, sp_bytes_get(SP_BYTES(part), i));
        sp_bytes_set(out, pos++, 'j');
    } else {
        sp_bytes_set(out, pos++, '(');
        size_t n = component(SP_BYTES(part), re);
        for (size_t i = 0; i < n; i++)
            sp_bytes_set(out, pos++, sp_bytes_get(SP_BYTES(part), i));
        n = component(SP_BYTES(part), im);
        if (sp_bytes_get(SP_BYTES(part), 0) != '-')
            sp_bytes_set(out, pos++, '+');
        for (size_t i = 0; i < n; i++)
            sp_bytes_set(out, pos++, sp_bytes_get(SP_BYTES(part), i));
        sp_bytes_set(out, pos++, 'j');
        sp_bytes_set(out, pos++, ')');
    }
    return sp_str_new(vm, sp_cbytes_sub(SP_CBYTES(buf), 0, pos));
}

static sp_val complex_repr(sp_vm *vm, sp_vals args, sp_val kw)
{
    cpx c = self_c(vm, args, kw, "__repr__");
    return sp_complex_repr_val(vm, c.re, c.im);
}

static sp_val complex_format(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_num_check_args(vm, "complex.__format__", args, kwnames, 1, 1);
    sp_val spec = ARG(1);
    if (!sp_is_str(spec))
        sp_raise_fmt(vm, vm->e.TypeError, "__format__() argument must be str, not %s",
                     spec == vm->None ? "None" : sp_type_name(sp_type_of(vm, spec)));
    if (sp_str_len(spec) == 0 && !sp_is_exact(vm, ARG(0), vm->t.complex))
        return sp_str(vm, ARG(0));   /* str(x), so a subclass's __repr__ shows */
    cpx c = cpx_get(ARG(0));
    return sp_format_complex(vm, c.re, c.im, spec);
}

static sp_val complex_complex(sp_vm *vm, sp_vals args, sp_val kw)
{
    cpx c = self_c(vm, args, kw, "complex.__complex__");
    return sp_is_exact(vm, ARG(0), vm->t.complex) ? ARG(0) : cpx_new(vm, c);
}

static sp_val complex_getnewargs(sp_vm *vm, sp_vals args, sp_val kw)
{
    cpx c = self_c(vm, args, kw, "complex.__getnewargs__");
    return sp_tuple_pack2(vm, sp_float_new(vm, c.re), sp_float_new(vm, c.im));
}

static bool is_space(uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static bool is_digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

/* complex(str): [ws] ['('] [ws] real | imag j | real (+|-) imag j [ws] [')'] [ws] */
static bool parse_complex(sp_cbytes t, cpx *out)
{
    size_t i = 0, n = t.len;
    while (i < n && is_space(sp_cbytes_get(t, i)))
        i++;
    while (n > i && is_space(sp_cbytes_get(t, n - 1)))
        n--;
    if (n > i && sp_cbytes_get(t, i) == '(') {
        if (sp_cbytes_get(t, n - 1) != ')')
            return false;
        i++;
        n--;
        while (i < n && is_space(sp_cbytes_get(t, i)))
            i++;
        while (n > i && is_space(sp_cbytes_get(t, n - 1)))
            n--;
    }
    if (i >= n)
        return false;
    for (size_t k = i; k < n; k++) {
        if (is_space(sp_cbytes_get(t, k)))
            return false;
    }
    uint8_t last = sp_cbytes_get(t, n - 1);
    if (last != 'j' && last != 'J') {
        double re;
        if (!sp_parse_double(sp_cbytes_sub(t, i, n - i), &re))
            return false;
        *out = (cpx){ re, 0.0 };
        return true;
    }
    n--;   /* drop the j */
    /* Split at the last sign that doesn't follow an exponent marker. */
    size_t split = SIZE_MAX;
    for (size_t k = n; k-- > i + 1;) {
        uint8_t c = sp_cbytes_get(t, k);
        if (c == '+' || c == '-') {
            uint8_t p = sp_cbytes_get(t, k - 1);
            if (p != 'e' && p != 'E') {
                split = k;
                break;
            }
        }
    }
    double re = 0.0, im;
    size_t is = i;
    if (split != SIZE_MAX) {
        if (!sp_parse_double(sp_cbytes_sub(t, i, split - i), &re))
            return false;
        is = split;
    }
    sp_cbytes imt = sp_cbytes_sub(t, is, n - is);
    if (imt.len == 0 || (imt.len == 1 && (sp_cbytes_get(imt, 0) == '+' || sp_cbytes_get(imt, 0) == '-'))) {
        im = (imt.len == 1 && sp_cbytes_get(imt, 0) == '-') ? -1.0 : 1.0;
    } else if (!sp_parse_double(imt, &im)) {
        return false;
    }
    *out = (cpx){ re, im };
    return true;
}

/* The complex value of a constructor argument (not a str). */
static bool complex_of(sp_vm *vm, sp_val v, cpx *out, bool *was_complex, bool special)
{
    *was_complex = false;
    if (is_complex(v)) {
        *out = cpx_get(v);
        *was_complex = true;
        return true;
    }
    /* The imaginary argument never goes through __complex__ (CPython 3.11). */
    sp_val r = special ? sp_call_special(vm, v, vm->n.complex_, SP_NOVALS) : NULL;
    if (r) {
        if (!is_complex(r))
            sp_raise_fmt(vm, vm->e.TypeError, "__complex__ returned non-complex (type %T)", r);
        *out = cpx_get(r);
        *was_complex = true;
        return true;
    }
    if (sp_is_float(v) || sp_is_int(v)) {
        *out = (cpx){ sp_float_of(vm, v), 0.0 };
        return true;
    }
    if (sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__float__) ||
        sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__)) {
        *out = (cpx){ sp_float_of(vm, v), 0.0 };
        return true;
    }
    return false;
}

static sp_val complex_new(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "real", "imag", NULL };
    sp_val out[2] = { NULL, NULL };
    sp_type *cls = sp_new_cls(vm, args, vm->t.complex);
    /* Parse without cls so the counts in the errors are the caller's. */
    sp_parse_args(vm, "complex", sp_vals_sub(args, 1, args.len - 1), kwnames, kw, 0, SP_VALS(out));
    sp_val r = sp_vals_get(SP_VALS(out), 0), i = sp_vals_get(SP_VALS(out), 1);
    cpx c = { 0.0, 0.0 };
    if (r && sp_is_str(r)) {
        if (i)
            sp_raise_fmt(vm, vm->e.TypeError, "complex() can't take second arg if first is a string");
        sp_cbytes text = sp_str_numeric_ascii(vm, r);
        /* CPython strips valid underscores (digit_digit) first; a misplaced
         * one is reported with the string, not as "malformed". */
        for (size_t k = 0; k < text.len; k++) {
            if (sp_cbytes_get(text, k) != '_')
                continue;
            if (k == 0 || k + 1 >= text.len || !is_digit(sp_cbytes_get(text, k - 1)) ||
                !is_digit(sp_cbytes_get(text, k + 1)))
                sp_raise_fmt(vm, vm->e.ValueError, "could not convert string to complex: %R", r);
        }
        if (!parse_complex(text, &c))
            sp_raise_fmt(vm, vm->e.ValueError, "complex() arg is a malformed string");
    } else {
        if (i && sp_is_str(i))
            sp_raise_fmt(vm, vm->e.TypeError, "complex() second arg can't be a string");
        cpx a = { 0.0, 0.0 }, b = { 0.0, 0.0 };
        bool ac = false, bc = false;
        if (r && !complex_of(vm, r, &a, &ac, true))
            sp_raise_fmt(vm, vm->e.TypeError, "complex() first argument must be a string or a number, not '%T'", r);
        if (i && !complex_of(vm, i, &b, &bc, false))
            sp_raise_fmt(vm, vm->e.TypeError, "complex() second argument must be a number, not '%T'", i);
        /* real + imag*1j, componentwise as CPython (so -0.0 survives) */
        c.re = a.re;
        c.im = a.im;
        if (i) {
            if (bc)
                c.re -= b.im;
            c.im = ac ? a.im + b.re : b.re;
        }
        if (r && ac && !i && cls == vm->t.complex && is_complex(r) && sp_is_exact(vm, r, vm->t.complex))
            return r;
    }
    if (cls == vm->t.complex)
        return cpx_new(vm, c);
    sp_val o = sp_alloc_instance(vm, cls);
    sp_complex_obj *co = SP_AS(sp_complex_obj, o, SP_LAYOUT_COMPLEX);
    co->real = c.re;
    co->imag = c.im;
    return o;
}

static sp_val complex_get_real(sp_vm *vm, sp_val self) { return sp_float_new(vm, cpx_get(self).re); }
static sp_val complex_get_imag(sp_vm *vm, sp_val self) { return sp_float_new(vm, cpx_get(self).im); }

static const sp_methoddef complex_methods[] = {
    { "__add__", complex_add, 0, NULL },
    { "__radd__", complex_radd, 0, NULL },
    { "__sub__", complex_sub, 0, NULL },
    { "__rsub__", complex_rsub, 0, NULL },
    { "__mul__", complex_mul, 0, NULL },
    { "__rmul__", complex_rmul, 0, NULL },
    { "__truediv__", complex_truediv, 0, NULL },
    { "__rtruediv__", complex_rtruediv, 0, NULL },
    { "__pow__", complex_pow, 0, NULL },
    { "__rpow__", complex_rpow, 0, NULL },
    { "__neg__", complex_neg, 0, NULL },
    { "__pos__", complex_pos, 0, NULL },
    { "__abs__", complex_abs, 0, NULL },
    { "__bool__", complex_bool, 0, NULL },
    { "__hash__", complex_hash, 0, NULL },
    { "__eq__", complex_eq, 0, NULL },
    { "__ne__", complex_ne, 0, NULL },
    { "__lt__", complex_order, 0, NULL },
    { "__le__", complex_order, 0, NULL },
    { "__gt__", complex_order, 0, NULL },
    { "__ge__", complex_order, 0, NULL },
    { "__repr__", complex_repr, 0, NULL },
    { "__format__", complex_format, 0, NULL },
    { "__getnewargs__", complex_getnewargs, 0, NULL },
    { "__new__", complex_new, SP_METH_STATIC, NULL },
    { "conjugate", complex_conjugate, 0, NULL },
    { "__complex__", complex_complex, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef complex_getsets[] = {
    { "real", complex_get_real, NULL, NULL },
    { "imag", complex_get_imag, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_complex_def = {
    .name = "complex",
    .layout = SP_LAYOUT_COMPLEX,
    .size = sizeof(sp_complex_obj),
    .methods = complex_methods,
    .getsets = complex_getsets,
    .flags = SP_TF_BASETYPE,
    .doc = "Create a complex number from a real part and an optional imaginary part.",
};

/* The math module: libm wrapped with CPython 3.11's error conventions.
 *
 * A one-argument function maps a NaN result from a non-NaN argument to
 * ValueError("math domain error") and an infinite result from a finite
 * argument to OverflowError("math range error") (for the functions that
 * can overflow; the others treat it as a domain error), as CPython's
 * math_1 does.  Integer functions (factorial, gcd, isqrt, comb, perm) work
 * on Python ints of any size through src/objects/int.c.
 */
#include <limits.h>
#include <math.h>
#include "modules/modules.h"
#include "objects/int.h"

#define ARG(i) sp_vals_get(args, (i))

/* CPython's wording for math functions: METH_O ones and the keyword
 * check name themselves "math.f()", the others say "f expected ...". */
static void math_nokw(sp_vm *vm, const char *name, sp_val kwnames)
{
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "math.%s() takes no keyword arguments", name);
}

__attribute__((noinline)) static void math_nargs_check(sp_vm *vm, const char *name, sp_vals args, sp_val kwnames,
                                                       size_t min, size_t max)
{
    math_nokw(vm, name, kwnames);
    if (min == 1 && max == 1 && args.len != 1)
        sp_raise_fmt(vm, vm->e.TypeError, "math.%s() takes exactly one argument (%zu given)", name, args.len);
    sp_check_nargs(vm, name, args, kwnames, min, max);
}

static inline void math_nargs(sp_vm *vm, const char *name, sp_vals args, sp_val kwnames, size_t min, size_t max)
{
    if (kwnames == NULL && args.len >= min && args.len <= max)
        return;   /* the usual call: nothing to complain about */
    math_nargs_check(vm, name, args, kwnames, min, max);
}

static _Noreturn void domain_error(sp_vm *vm)
{
    sp_raise_fmt(vm, vm->e.ValueError, "math domain error");
}

static _Noreturn void range_error(sp_vm *vm)
{
    sp_raise_fmt(vm, vm->e.OverflowError, "math range error");
}

/* Check r = f(x) as math_1 does. */
static sp_val checked1(sp_vm *vm, double x, double r, bool can_overflow)
{
    if (isnan(r) && !isnan(x))
        domain_error(vm);
    if (isinf(r) && isfinite(x)) {
        if (can_overflow)
            range_error(vm);
        domain_error(vm);
    }
    return sp_float_new(vm, r);
}

static sp_val math1(sp_vm *vm, sp_vals args, sp_val kwnames, const char *name, double (*fn)(double), bool can_overflow)
{
    math_nargs(vm, name, args, kwnames, 1, 1);
    sp_val a = ARG(0);
    /* An exact float's value directly (its type compared is the check). */
    double x = sp_is_ptr(a) && a->type == vm->t.float_ ? ((sp_float_obj *)a)->value : sp_float_of(vm, a);
    /* Poles of gamma/lgamma at 0 and the negative integers are domain
     * errors in CPython (libm says "range"). */
    if ((fn == tgamma || fn == lgamma) && isfinite(x) && x <= 0 && floor(x) == x)
        domain_error(vm);
    if (fn == tgamma && isinf(x) && x < 0)
        domain_error(vm);
    return checked1(vm, x, fn(x), can_overflow);
}

#define M1(NAME, FN, OVF)                                                      \
    static sp_val math_##NAME(sp_vm *vm, sp_vals args, sp_val kw) { return math1(vm, args, kw, #NAME, FN, OVF); }
M1(acos, acos, false) M1(acosh, acosh, false) M1(asin, asin, false) M1(asinh, asinh, false)
M1(atan, atan, false) M1(atanh, atanh, false) M1(cbrt, cbrt, false) M1(cos, cos, false)
M1(cosh, cosh, true) M1(erf, erf, false) M1(erfc, erfc, false) M1(exp, exp, true)
M1(exp2, exp2, true) M1(expm1, expm1, true) M1(fabs, fabs, false) M1(sin, sin, false)
M1(sinh, sinh, true) M1(sqrt, sqrt, false) M1(tan, tan, false) M1(tanh, tanh, false)
M1(gamma, tgamma, true) M1(lgamma, lgamma, true)

/* A positive int as m * 2^e with m in [0.5, 1) correctly rounded to 53
 * bits (the top 55 bits plus a sticky bit convert exactly-rounded). */
static double int_frexp(sp_vm *vm, sp_val v, int64_t *e)
{
    size_t nbits = sp_int_bit_length(v);
    double m;
    if (nbits <= 55) {
        m = ldexp(sp_int_to_double(vm, v), -(int)nbits);
    } else {
        sp_val shift = sp_int_from_size(vm, nbits - 55);
        sp_val top = sp_int_rshift(vm, v, shift);
        int64_t t = sp_int_as_i64(vm, top);
        if (!sp_int_is_zero(sp_int_sub(vm, v, sp_int_lshift(vm, top, shift))))
            t |= 1;
        m = ldexp((double)t, -55);
    }
    *e = (int64_t)nbits;
    if (m == 1.0) {   /* rounding carried into the next power of two */
        m = 0.5;
        (*e)++;
    }
    return m;
}

/* log of any positive int or float: an int too large for a double is
 * m * 2^e and its log is fn(m) + fn(2) * e, as CPython's loghelper. */
static double log_of(sp_vm *vm, sp_val v, double (*fn)(double), const char *name)
{
    if (sp_is_int(v)) {
        if (sp_int_sign(v) <= 0)
            domain_error(vm);
        if (sp_int_bit_length(v) >= 1024) {
            int64_t e;
            double m = int_frexp(vm, v, &e);
            if (e <= 1024)
                return fn(ldexp(m, (int)e));
            return fn(m) + fn(2.0) * (double)e;
        }
    }
    double x = sp_float_of(vm, v);
    if (isnan(x))
        return x;
    if (x <= 0)
        domain_error(vm);
    return fn(x);
}

static sp_val math_log(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "log() takes no keyword arguments");
    if (args.len < 1 || args.len > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "math.log requires 1 to 2 arguments");
    double num = log_of(vm, ARG(0), log, "log");
    if (args.len == 1)
        return sp_float_new(vm, num);
    double den = log_of(vm, ARG(1), log, "log");
    if (den == 0)
        sp_raise_fmt(vm, vm->e.ZeroDivisionError, "float division by zero");
    return sp_float_new(vm, num / den);
}

static double log2_(double x) { return log2(x); }
static double log10_(double x) { return log10(x); }

static sp_val math_log2(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nargs(vm, "log2", args, kwnames, 1, 1);
    return sp_float_new(vm, log_of(vm, ARG(0), log2_, "log2"));
}

static sp_val math_log10(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nargs(vm, "log10", args, kwnames, 1, 1);
    return sp_float_new(vm, log_of(vm, ARG(0), log10_, "log10"));
}

static sp_val math_log1p(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nargs(vm, "log1p", args, kwnames, 1, 1);
    double x = sp_float_of(vm, ARG(0));
    if (x <= -1)
        domain_error(vm);
    return sp_float_new(vm, log1p(x));
}

/* floor/ceil/trunc: ints pass through; floats convert; else the dunder. */
static sp_val rounding(sp_vm *vm, sp_vals args, sp_val kwnames, const char *name, sp_val dunder, double (*fn)(double))
{
    math_nargs(vm, name, args, kwnames, 1, 1);
    sp_val x = ARG(0);
    if (sp_is_float(x) && sp_is_exact(vm, x, vm->t.float_))
        return sp_int_from_double(vm, fn(sp_float_get(x)));
    if (sp_is_int(x) && sp_is_exact(vm, x, vm->t.int_))
        return x;
    sp_val r = sp_call_special(vm, x, dunder, SP_NOVALS);
    if (r)
        return r;
    if (fn == trunc)
        sp_raise_fmt(vm, vm->e.TypeError, "type %T doesn't define __trunc__ method", x);
    return sp_int_from_double(vm, fn(sp_float_of(vm, x)));
}

static sp_val math_floor(sp_vm *vm, sp_vals args, sp_val kw) { return rounding(vm, args, kw, "floor", vm->n.__floor__, floor); }
static sp_val math_ceil(sp_vm *vm, sp_vals args, sp_val kw) { return rounding(vm, args, kw, "ceil", vm->n.__ceil__, ceil); }
static sp_val math_trunc(sp_vm *vm, sp_vals args, sp_val kw) { return rounding(vm, args, kw, "trunc", vm->n.__trunc__, trunc); }

static void two_doubles(sp_vm *vm, sp_vals args, sp_val kwnames, const char *name, double *a, double *b)
{
    math_nargs(vm, name, args, kwnames, 2, 2);
    *a = sp_float_of(vm, ARG(0));
    *b = sp_float_of(vm, ARG(1));
}

static sp_val math_pow(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    double x, y;
    two_doubles(vm, args, kwnames, "pow", &x, &y);
    double r;
    /* C99 Annex F special cases agree with Python except where Python
     * raises: 0 ** negative, negative ** non-integer, finite overflow. */
    if (x == 0 && y < 0 && isfinite(y))
        domain_error(vm);
    if (x < 0 && isfinite(x) && isfinite(y) && floor(y) != y)
        domain_error(vm);
    r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y))
        range_error(vm);
    return sp_float_new(vm, r);
}

static sp_val math_atan2(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    double y, x;
    two_doubles(vm, args, kwnames, "atan2", &y, &x);
    return sp_float_new(vm, atan2(y, x));
}

static sp_val math_fmod(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    double x, y;
    two_doubles(vm, args, kwnames, "fmod", &x, &y);
    if (isinf(y) && isfinite(x))
        return sp_float_new(vm, x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        domain_error(vm);
    return sp_float_new(vm, r);
}

static sp_val math_remainder(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    double x, y;
    two_doubles(vm, args, kwnames, "remainder", &x, &y);
    double r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        domain_error(vm);
    return sp_float_new(vm, r);
}

static sp_val math_copysign(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    double x, y;
    two_doubles(vm, args, kwnames, "copysign", &x, &y);
    return sp_float_new(vm, copysign(x, y));
}

static sp_val math_nextafter(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    double x, y;
    two_doubles(vm, args, kwnames, "nextafter", &x, &y);
    return sp_float_new(vm, nextafter(x, y));
}

static sp_val math_ulp(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nargs(vm, "ulp", args, kwnames, 1, 1);
    double x = fabs(sp_float_of(vm, ARG(0)));
    if (isnan(x) || isinf(x))
        return sp_float_new(vm, x);
    double up = nextafter(x, HUGE_VAL);
    if (isinf(up))
        return sp_float_new(vm, x - nextafter(x, -HUGE_VAL));
    return sp_float_new(vm, up - x);
}

static sp_val math_modf(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nargs(vm, "modf", args, kwnames, 1, 1);
    double x = sp_float_of(vm, ARG(0)), ip;
    if (isinf(x))
        return sp_tuple_pack2(vm, sp_float_new(vm, copysign(0.0, x)), sp_float_new(vm, x));
    double fp = modf(x, &ip);
    return sp_tuple_pack2(vm, sp_float_new(vm, fp), sp_float_new(vm, ip));
}

static sp_val math_frexp(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nargs(vm, "frexp", args, kwnames, 1, 1);
    double x = sp_float_of(vm, ARG(0));
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    return sp_tuple_pack2(vm, sp_float_new(vm, m), sp_small(e));
}

static sp_val math_ldexp(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nargs(vm, "ldexp", args, kwnames, 2, 2);
    double x = sp_float_of(vm, ARG(0));
    sp_val ev = ARG(1);
    if (!sp_is_int(ev))
        sp_raise_fmt(vm, vm->e.TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!sp_int_to_i64(ev, &e))
        e = sp_int_sign(ev) > 0 ? 100000 : -100000;
    if (e > 100000)
        e = 100000;
    if (e < -100000)
        e = -100000;
    if (x == 0 || !isfinite(x))
        return sp_float_new(vm, x);
    double r = ldexp(x, (int)e);
    if (isinf(r))
        range_error(vm);
    return sp_float_new(vm, r);
}

static sp_val math_isfinite(sp_vm *vm, sp_vals args, sp_val kw)
{
    math_nargs(vm, "isfinite", args, kw, 1, 1);
    return sp_bool(vm, isfinite(sp_float_of(vm, ARG(0))));
}

static sp_val math_isinf(sp_vm *vm, sp_vals args, sp_val kw)
{
    math_nargs(vm, "isinf", args, kw, 1, 1);
    return sp_bool(vm, isinf(sp_float_of(vm, ARG(0))));
}

static sp_val math_isnan(sp_vm *vm, sp_vals args, sp_val kw)
{
    math_nargs(vm, "isnan", args, kw, 1, 1);
    return sp_bool(vm, isnan(sp_float_of(vm, ARG(0))));
}

/* Argument Clinic's parsing for isclose(a, b, *, rel_tol, abs_tol) and
 * prod(iterable, /, *, start): names[i] for each parameter, the first
 * `posonly` positional-only, `npos` positional in all, the first `required`
 * required.  Fills out (NULL when absent) with CPython's error order. */
static void math_kwparse(sp_vm *vm, const char *fname, sp_vals args, sp_val kwnames, sp_cstrs pn,
                         size_t posonly, size_t npos, size_t required, sp_vals out)
{
    size_t nk = kwnames ? sp_tuple_len(kwnames) : 0;
    size_t np = args.len - nk;
    size_t nparams = pn.len;
    for (size_t i = 0; i < nparams; i++)
        sp_vals_set(out, i, NULL);
    if (np + nk > nparams)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, nparams,
                     nparams == 1 ? "" : "s", np + nk);
    if (np > npos)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                     required == npos ? "exactly" : "at most", npos, npos == 1 ? "" : "s", np);
    if (np < posonly && np < required)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                     required == npos ? "exactly" : "at least", required, required == 1 ? "" : "s", np);
    for (size_t i = 0; i < np; i++)
        sp_vals_set(out, i, ARG(i));
    for (size_t k = 0; k < nk; k++) {
        sp_val key = sp_tuple_get(kwnames, k);
        size_t found = nparams;
        for (size_t i = posonly; i < nparams; i++) {
            if (sp_str_eq_cstr(key, sp_cstrs_get(pn, i))) {
                found = i;
                break;
            }
        }
        if (found == nparams)
            continue;   /* reported below, after the missing ones */
        if (sp_vals_get(out, found) != NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname,
                         sp_cstrs_get(pn, found), found + 1);
        sp_vals_set(out, found, ARG(np + k));
    }
    for (size_t i = 0; i < required; i++) {
        if (sp_vals_get(out, i) == NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "%s() missing required argument '%s' (pos %zu)", fname,
                         sp_cstrs_get(pn, i), i + 1);
    }
    for (size_t k = 0; k < nk; k++) {
        sp_val key = sp_tuple_get(kwnames, k);
        bool known = false;
        for (size_t i = posonly; i < nparams; i++)
            known = known || sp_str_eq_cstr(key, sp_cstrs_get(pn, i));
        if (!known)
            sp_raise_fmt(vm, vm->e.TypeError, "'%U' is an invalid keyword argument for %s()", key, fname);
    }
}

static sp_val math_isclose(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "a", "b", "rel_tol", "abs_tol" };
    sp_val out[4] = { NULL, NULL, NULL, NULL };
    math_kwparse(vm, "isclose", args, kwnames, SP_ARRAY_SPAN(sp_cstrs, kw), 0, 2, 2, SP_VALS(out));
    double a = sp_float_of(vm, sp_vals_get(SP_VALS(out), 0));
    double b = sp_float_of(vm, sp_vals_get(SP_VALS(out), 1));
    sp_val rv = sp_vals_get(SP_VALS(out), 2), av = sp_vals_get(SP_VALS(out), 3);
    double rel = rv ? sp_float_of(vm, rv) : 1e-09, abs_tol = av ? sp_float_of(vm, av) : 0.0;
    if (rel < 0 || abs_tol < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "tolerances must be non-negative");
    if (a == b)
        return vm->True;
    if (isinf(a) || isinf(b))
        return vm->False;
    double diff = fabs(b - a);
    return sp_bool(vm, (diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || diff <= abs_tol);
}

static sp_val math_degrees(sp_vm *vm, sp_vals args, sp_val kw)
{
    math_nargs(vm, "degrees", args, kw, 1, 1);
    return sp_float_new(vm, sp_float_of(vm, ARG(0)) * (180.0 / M_PI));
}

static sp_val math_radians(sp_vm *vm, sp_vals args, sp_val kw)
{
    math_nargs(vm, "radians", args, kw, 1, 1);
    return sp_float_new(vm, sp_float_of(vm, ARG(0)) * (M_PI / 180.0));
}

/* hypot of n coordinates, scaled by the largest to avoid overflow. */
static double vector_norm(sp_vm *vm, sp_vals coords)
{
    double maxv = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < coords.len; i++) {
        double x = fabs(sp_float_of(vm, sp_vals_get(coords, i)));
        found_nan = found_nan || isnan(x);
        if (x > maxv)
            maxv = x;
    }
    if (isinf(maxv))
        return maxv;
    if (found_nan)
        return NAN;
    if (maxv == 0 || coords.len <= 1)
        return maxv;
    double sum = 0.0, comp = 0.0;
    for (size_t i = 0; i < coords.len; i++) {
        double x = fabs(sp_float_of(vm, sp_vals_get(coords, i))) / maxv;
        /* Kahan-compensated sum of squares */
        double y = x * x - comp;
        double t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }
    return maxv * sqrt(sum);
}

static sp_val math_hypot(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nokw(vm, "hypot", kwnames);
    if (args.len == 2)
        return sp_float_new(vm, hypot(sp_float_of(vm, ARG(0)), sp_float_of(vm, ARG(1))));
    return sp_float_new(vm, vector_norm(vm, args));
}

static sp_val math_dist(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nargs(vm, "dist", args, kwnames, 2, 2);
    sp_val p = sp_tuple_from_iter(vm, ARG(0)), q = sp_tuple_from_iter(vm, ARG(1));
    size_t n = sp_tuple_len(p);
    if (n != sp_tuple_len(q))
        sp_raise_fmt(vm, vm->e.ValueError, "both points must have the same number of dimensions");
    sp_val diffs = sp_tuple_new(vm, n);
    for (size_t i = 0; i < n; i++) {
        double d = sp_float_of(vm, sp_tuple_get(p, i)) - sp_float_of(vm, sp_tuple_get(q, i));
        sp_tuple_set(diffs, i, sp_float_new(vm, d));
    }
    if (n == 2)
        return sp_float_new(vm, hypot(sp_float_get(sp_tuple_get(diffs, 0)), sp_float_get(sp_tuple_get(diffs, 1))));
    return sp_float_new(vm, vector_norm(vm, sp_tuple_items(diffs)));
}

/* fsum: Shewchuk's exact partial sums (non-overlapping doubles whose sum
 * is exactly the sum so far), rounded once at the end.  Non-overlapping
 * doubles have distinct exponents spaced >= 53 apart, so at most
 * 2098/53 + 1 < 64 partials ever exist. */
static double u2d(uint64_t u) { union { uint64_t u; double d; } c = { .u = u }; return c.d; }
static uint64_t d2u(double d) { union { double d; uint64_t u; } c = { .d = d }; return c.u; }

static sp_val math_fsum(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nargs(vm, "fsum", args, kwnames, 1, 1);
    sp_val it = sp_iter(vm, ARG(0));
    uint64_t pbuf[64];
    sp_u64s parts = SP_ARRAY_SPAN(sp_u64s, pbuf);
    size_t n = 0;
    double special = 0.0, inf_sum = 0.0;
    bool has_special = false;
    for (sp_val v; (v = sp_next(vm, it)) != NULL;) {
        double x = sp_float_of(vm, v);
        if (!isfinite(x)) {
            if (isinf(x))
                inf_sum += x;
            special += x;
            has_special = true;
            continue;
        }
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            double y = u2d(sp_u64s_get(parts, i));
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0)
                sp_u64s_set(parts, k++, d2u(lo));
            x = hi;
        }
        if (!isfinite(x))
            sp_raise_fmt(vm, vm->e.OverflowError, "intermediate overflow in fsum");
        /* a zero sum is not kept (so fsum([-0.0]) is 0.0, as in CPython) */
        if (x != 0.0)
            sp_u64s_set(parts, k++, d2u(x));
        n = k;
    }
    if (has_special) {
        if (isnan(inf_sum))
            sp_raise_fmt(vm, vm->e.ValueError, "-inf + inf in fsum");
        return sp_float_new(vm, special);
    }
    /* Add the partials from the top down until the sum is inexact; then
     * fix up a half-way rounding using the sign of the next partial. */
    double hi = 0.0;
    if (n > 0) {
        size_t i = n - 1;
        hi = u2d(sp_u64s_get(parts, i));
        double lo = 0.0;
        while (i > 0) {
            double x = hi, y = u2d(sp_u64s_get(parts, --i));
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0)
                break;
        }
        if (i > 0) {
            double next = u2d(sp_u64s_get(parts, i - 1));
            if ((lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0)) {
                double y = lo * 2.0, x = hi + y;
                if (y == x - hi)
                    hi = x;
            }
        }
    }
    return sp_float_new(vm, hi);
}

static sp_val math_prod(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "iterable", "start" };
    sp_val out[2] = { NULL, NULL };
    math_kwparse(vm, "prod", args, kwnames, SP_ARRAY_SPAN(sp_cstrs, kw), 1, 1, 1, SP_VALS(out));
    sp_val acc = sp_vals_get(SP_VALS(out), 1);
    if (acc == NULL)
        acc = sp_small(1);
    sp_val it = sp_iter(vm, sp_vals_get(SP_VALS(out), 0));
    for (sp_val v; (v = sp_next(vm, it)) != NULL;)
        acc = sp_binary(vm, SP_OP_MUL, acc, v);
    return acc;
}

static sp_val math_factorial(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nargs(vm, "factorial", args, kwnames, 1, 1);
    sp_val n = sp_index(vm, ARG(0));
    if (sp_int_sign(n) < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "factorial() not defined for negative values");
    int64_t k;
    if (!sp_int_to_i64(n, &k) || k > 1000000)
        sp_raise_fmt(vm, vm->e.OverflowError, "factorial() argument should not exceed %lld", (long long)LONG_MAX);
    /* Product tree: multiply balanced halves so big products stay even. */
    sp_val acc = sp_small(1);
    sp_val chunk = sp_small(1);
    for (int64_t i = 2; i <= k; i++) {
        chunk = sp_int_mul(vm, chunk, sp_small(i));
        if (sp_int_bit_length(chunk) > 2000) {
            acc = sp_int_mul(vm, acc, chunk);
            chunk = sp_small(1);
        }
    }
    return sp_int_mul(vm, acc, chunk);
}

static sp_val int_gcd2(sp_vm *vm, sp_val a, sp_val b)
{
    a = sp_int_abs(vm, a);
    b = sp_int_abs(vm, b);
    while (!sp_int_is_zero(b)) {
        sp_val r = sp_int_mod(vm, a, b);
        a = b;
        b = r;
    }
    return a;
}

static sp_val math_gcd(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nokw(vm, "gcd", kwnames);
    sp_val g = sp_small(0);
    for (size_t i = 0; i < args.len; i++)
        g = int_gcd2(vm, g, sp_index(vm, ARG(i)));
    return g;
}

static sp_val math_lcm(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nokw(vm, "lcm", kwnames);
    sp_val l = sp_small(1);
    for (size_t i = 0; i < args.len; i++) {
        sp_val v = sp_int_abs(vm, sp_index(vm, ARG(i)));
        if (sp_int_is_zero(v) || sp_int_is_zero(l)) {
            l = sp_small(0);
            continue;
        }
        l = sp_int_mul(vm, sp_int_floordiv(vm, l, int_gcd2(vm, l, v)), v);
    }
    return l;
}

sp_val sp_int_isqrt(sp_vm *vm, sp_val n);
sp_val sp_int_isqrt(sp_vm *vm, sp_val n)
{
    /* Newton's iteration from above: x_{k+1} = (x_k + n/x_k) // 2. */
    if (sp_int_is_zero(n))
        return sp_small(0);
    size_t bits = sp_int_bit_length(n);
    sp_val x = sp_int_lshift(vm, sp_small(1), sp_int_from_size(vm, (bits + 1) / 2));
    for (;;) {
        sp_val y = sp_int_rshift(vm, sp_int_add(vm, x, sp_int_floordiv(vm, n, x)), sp_small(1));
        if (sp_int_cmp(y, x) >= 0)
            return x;
        x = y;
    }
}

static sp_val math_isqrt(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nargs(vm, "isqrt", args, kwnames, 1, 1);
    sp_val n = sp_index(vm, ARG(0));
    if (sp_int_sign(n) < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "isqrt() argument must be nonnegative");
    return sp_int_isqrt(vm, sp_int_exact(vm, n));
}

/* n! / (n-k)! */
static sp_val falling(sp_vm *vm, sp_val n, sp_val k)
{
    sp_val r = sp_small(1);
    int64_t kk = sp_int_as_i64(vm, k);
    for (int64_t i = 0; i < kk; i++)
        r = sp_int_mul(vm, r, sp_int_sub(vm, n, sp_small(i)));
    return r;
}

static void nk_args(sp_vm *vm, sp_val *n, sp_val *k)
{
    *n = sp_index(vm, *n);
    *k = sp_index(vm, *k);
    if (sp_int_sign(*n) < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "n must be a non-negative integer");
    if (sp_int_sign(*k) < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "k must be a non-negative integer");
}

static sp_val math_comb(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nargs(vm, "comb", args, kwnames, 2, 2);
    sp_val n = ARG(0), k = ARG(1);
    nk_args(vm, &n, &k);
    if (sp_int_cmp(k, n) > 0)
        return sp_small(0);
    sp_val nk = sp_int_sub(vm, n, k);
    if (sp_int_cmp(nk, k) < 0)
        k = nk;
    int64_t k64;
    if (!sp_int_to_i64(k, &k64))
        sp_raise_fmt(vm, vm->e.OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
    /* C(n, k) = prod_{i=1..k} (n - k + i) / i, exact at every step */
    sp_val r = sp_small(1);
    int64_t kk = sp_int_as_i64(vm, k);
    sp_val base = sp_int_sub(vm, n, k);
    for (int64_t i = 1; i <= kk; i++)
        r = sp_int_floordiv(vm, sp_int_mul(vm, r, sp_int_add(vm, base, sp_small(i))), sp_small(i));
    return r;
}

static sp_val math_perm(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    math_nargs(vm, "perm", args, kwnames, 1, 2);
    sp_val n = ARG(0), k = args.len > 1 ? ARG(1) : vm->None;
    if (k == vm->None) {
        n = sp_index(vm, n);
        if (sp_int_sign(n) < 0)
            sp_raise_fmt(vm, vm->e.ValueError, "n must be a non-negative integer");
        k = n;
    }
    nk_args(vm, &n, &k);
    if (sp_int_cmp(k, n) > 0)
        return sp_small(0);
    int64_t k64;
    if (!sp_int_to_i64(k, &k64))
        sp_raise_fmt(vm, vm->e.OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    return falling(vm, n, k);
}

static const sp_methoddef math_functions[] = {
    { "acos", math_acos, 0, NULL }, { "acosh", math_acosh, 0, NULL }, { "asin", math_asin, 0, NULL },
    { "asinh", math_asinh, 0, NULL }, { "atan", math_atan, 0, NULL }, { "atanh", math_atanh, 0, NULL },
    { "cbrt", math_cbrt, 0, NULL }, { "cos", math_cos, 0, NULL }, { "cosh", math_cosh, 0, NULL },
    { "erf", math_erf, 0, NULL }, { "erfc", math_erfc, 0, NULL }, { "exp", math_exp, 0, NULL },
    { "exp2", math_exp2, 0, NULL }, { "expm1", math_expm1, 0, NULL }, { "fabs", math_fabs, 0, NULL },
    { "sin", math_sin, 0, NULL }, { "sinh", math_sinh, 0, NULL }, { "sqrt", math_sqrt, 0, NULL },
    { "tan", math_tan, 0, NULL }, { "tanh", math_tanh, 0, NULL }, { "gamma", math_gamma, 0, NULL },
    { "lgamma", math_lgamma, 0, NULL }, { "log", math_log, 0, NULL }, { "log2", math_log2, 0, NULL },
    { "log10", math_log10, 0, NULL }, { "log1p", math_log1p, 0, NULL }, { "floor", math_floor, 0, NULL },
    { "ceil", math_ceil, 0, NULL }, { "trunc", math_trunc, 0, NULL }, { "pow", math_pow, 0, NULL },
    { "atan2", math_atan2, 0, NULL }, { "fmod", math_fmod, 0, NULL }, { "remainder", math_remainder, 0, NULL },
    { "copysign", math_copysign, 0, NULL }, { "nextafter", math_nextafter, 0, NULL }, { "ulp", math_ulp, 0, NULL },
    { "modf", math_modf, 0, NULL }, { "frexp", math_frexp, 0, NULL }, { "ldexp", math_ldexp, 0, NULL },
    { "isfinite", math_isfinite, 0, NULL }, { "isinf", math_isinf, 0, NULL }, { "isnan", math_isnan, 0, NULL },
    { "isclose", math_isclose, 0, NULL }, { "degrees", math_degrees, 0, NULL }, { "radians", math_radians, 0, NULL },
    { "hypot", math_hypot, 0, NULL }, { "dist", math_dist, 0, NULL }, { "fsum", math_fsum, 0, NULL },
    { "prod", math_prod, 0, NULL }, { "factorial", math_factorial, 0, NULL }, { "gcd", math_gcd, 0, NULL },
    { "lcm", math_lcm, 0, NULL }, { "isqrt", math_isqrt, 0, NULL }, { "comb", math_comb, 0, NULL },
    { "perm", math_perm, 0, NULL },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_math(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "math"));
    sp_module_add_methods(vm, m, math_functions);
    sp_module_add(vm, m, "pi", sp_float_new(vm, M_PI));
    sp_module_add(vm, m, "e", sp_float_new(vm, M_E));
    sp_module_add(vm, m, "tau", sp_float_new(vm, 2 * M_PI));
    sp_module_add(vm, m, "inf", sp_float_new(vm, HUGE_VAL));
    sp_module_add(vm, m, "nan", sp_float_new(vm, NAN));
    return m;
}

/* int: arbitrary-precision integers.
 *
 * Values in the small range are tagged words; everything else is an
 * sp_bigint_obj (sign-magnitude, 32-bit limbs).  Every result is
 * normalised: a value that fits a small int is returned tagged.  The limb
 * loops live in src/core/bigint.c; this file only handles signs, sizes,
 * allocation and Python semantics (floor division, two's complement
 * bitwise ops, CPython's messages).  See int.h for the kinds of int
 * values (bools and boxed subclass instances included).
 */
#include <math.h>
#include "objects/int.h"
#include "core/bigint.h"
#include "objects/str_internal.h"

#define ARG(i) sp_vals_get(args, (i))

/* ---- views and construction ------------------------------------------ */

sp_val sp_int_exact(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v))
        return v;
    if (v->aux & SP_INT_AUX_BOXED)
        return ((sp_intbox_obj *)SP_AS(sp_bigint_obj, v, SP_LAYOUT_INT))->box;
    if (v->type == vm->t.int_)
        return v;
    sp_intview iv;
    sp_int_view(v, &iv);
    return sp_int_from_mag(vm, iv.sign, iv.mag);
}

void sp_int_view(sp_val v, sp_intview *out)
{
    if (sp_is_small(v)) {
        int64_t i = sp_small_get(v);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        out->sign = i < 0 ? -1 : (i > 0);
        sp_u32s b = SP_ARRAY_SPAN(sp_u32s, out->buf);
        sp_u32s_set(b, 0, (uint32_t)m);
        sp_u32s_set(b, 1, (uint32_t)(m >> 32));
        out->mag = sp_u32s_sub(b, 0, m == 0 ? 0 : (m >> 32) ? 2 : 1);
        return;
    }
    sp_bigint_obj *b = SP_AS(sp_bigint_obj, v, SP_LAYOUT_INT);
    if (v->aux & SP_INT_AUX_BOXED) {
        sp_int_view(((sp_intbox_obj *)b)->box, out);
        return;
    }
    sp_u32s l = sp_bigint_limbs(b);
    size_t n = sp_limbs_norm(l);
    out->mag = sp_u32s_sub(l, 0, n);
    out->sign = n == 0 ? 0 : (b->sign < 0 ? -1 : 1);
}

sp_bigint_obj *sp_bigint_alloc(sp_vm *vm, size_t n)
{
    size_t bytes = sp_size_add_or_raise(vm, sizeof(sp_bigint_obj), sp_size_mul_or_raise(vm, n, sizeof(uint32_t)));
    if (n > UINT32_MAX)
        sp_raise_memory(vm);
    sp_bigint_obj *b = (sp_bigint_obj *)sp_alloc(vm, vm->t.int_, bytes);
    b->sign = 1;
    b->nlimbs = (uint32_t)n;
    return b;
}

sp_val sp_bigint_finish(sp_vm *vm, sp_bigint_obj *b, int sign)
{
    sp_u32s l = sp_bigint_limbs(b);
    size_t n = sp_limbs_norm(l);
    if (n == 0)
        return sp_small(0);
    if (n <= 2) {
        uint64_t m = sp_u32s_get(l, 0);
        if (n == 2)
            m |= (uint64_t)sp_u32s_get(l, 1) << 32;
        if (m <= (uint64_t)SP_SMALL_MAX)
            return sp_small(sign < 0 ? -(int64_t)m : (int64_t)m);
        if (sign < 0 && m == (uint64_t)SP_SMALL_MAX + 1)
            return sp_small(SP_SMALL_MIN);
    }
    b->nlimbs = (uint32_t)n;
    b->sign = sign < 0 ? -1 : 1;
    return (sp_val)b;
}

sp_val sp_int_from_mag(sp_vm *vm, int sign, sp_u32s mag)
{
    size_t n = sp_limbs_norm(mag);
    if (n <= 2) {
        uint64_t m = n > 0 ? sp_u32s_get(mag, 0) : 0;
        if (n == 2)
            m |= (uint64_t)sp_u32s_get(mag, 1) << 32;
        if (m <= (uint64_t)SP_SMALL_MAX)
            return sp_small(sign < 0 ? -(int64_t)m : (int64_t)m);
    }
    sp_bigint_obj *b = sp_bigint_alloc(vm, n);
    sp_limbs_copy(sp_bigint_limbs(b), sp_u32s_sub(mag, 0, n));
    return sp_bigint_finish(vm, b, sign);
}

sp_val sp_int_from_u64(sp_vm *vm, uint64_t u)
{
    if (u <= (uint64_t)SP_SMALL_MAX)
        return sp_small((int64_t)u);
    sp_bigint_obj *b = sp_bigint_alloc(vm, 2);
    sp_u32s l = sp_bigint_limbs(b);
    sp_u32s_set(l, 0, (uint32_t)u);
    sp_u32s_set(l, 1, (uint32_t)(u >> 32));
    return sp_bigint_finish(vm, b, 1);
}

sp_val sp_int_from_i64(sp_vm *vm, int64_t i)
{
    if (sp_fits_small(i))
        return sp_small(i);
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    sp_bigint_obj *b = sp_bigint_alloc(vm, 2);
    sp_u32s l = sp_bigint_limbs(b);
    sp_u32s_set(l, 0, (uint32_t)m);
    sp_u32s_set(l, 1, (uint32_t)(m >> 32));
    return sp_bigint_finish(vm, b, i < 0 ? -1 : 1);
}

sp_val sp_int_from_size(sp_vm *vm, size_t n)
{
    return sp_int_from_u64(vm, (uint64_t)n);
}

/* |v| as uint64 if it fits. */
static bool view_u64(const sp_intview *iv, uint64_t *out)
{
    if (iv->mag.len > 2)
        return false;
    uint64_t m = iv->mag.len > 0 ? sp_u32s_get(iv->mag, 0) : 0;
    if (iv->mag.len == 2)
        m |= (uint64_t)sp_u32s_get(iv->mag, 1) << 32;
    *out = m;
    return true;
}

bool sp_int_to_i64(sp_val v, int64_t *out)
{
    if (sp_is_small(v)) {
        *out = sp_small_get(v);
        return true;
    }
    sp_intview iv;
    sp_int_view(v, &iv);
    uint64_t m;
    if (!view_u64(&iv, &m))
        return false;
    if (iv.sign >= 0) {
        if (m > (uint64_t)INT64_MAX)
            return false;
        *out = (int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX + 1)
            return false;
        *out = m == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)m;
    }
    return true;
}

int64_t sp_int_as_i64(sp_vm *vm, sp_val v)
{
    int64_t i;
    if (!sp_int_to_i64(v, &i))
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C long");
    return i;
}

int sp_int_sign(sp_val v)
{
    if (sp_is_small(v)) {
        int64_t i = sp_small_get(v);
        return i < 0 ? -1 : (i > 0);
    }
    sp_intview iv;
    sp_int_view(v, &iv);
    return iv.sign;
}

bool sp_int_is_zero(sp_val v)
{
    return sp_int_sign(v) == 0;
}

size_t sp_int_bit_length(sp_val v)
{
    sp_intview iv;
    sp_int_view(v, &iv);
    return sp_limbs_bit_length(iv.mag);
}

int sp_int_cmp(sp_val a, sp_val b)
{
    if (sp_is_small(a) && sp_is_small(b)) {
        int64_t x = sp_small_get(a), y = sp_small_get(b);
        return x < y ? -1 : x > y;
    }
    sp_intview x, y;
    sp_int_view(a, &x);
    sp_int_view(b, &y);
    if (x.sign != y.sign)
        return x.sign < y.sign ? -1 : 1;
    int c = sp_limbs_cmp(x.mag, y.mag);
    return x.sign < 0 ? -c : c;
}

/* ---- add, sub, mul --------------------------------------------------- */

/* sign_a*|a| + sign_b*|b| */
static sp_val add_views(sp_vm *vm, const sp_intview *a, int sb, const sp_intview *b)
{
    if (sb == 0)
        return sp_int_from_mag(vm, a->sign, a->mag);
    if (a->sign == 0)
        return sp_int_from_mag(vm, sb, b->mag);
    size_t n = a->mag.len > b->mag.len ? a->mag.len : b->mag.len;
    if (a->sign == sb) {
        sp_bigint_obj *r = sp_bigint_alloc(vm, n + 1);
        sp_limbs_add(sp_bigint_limbs(r), a->mag, b->mag);
        return sp_bigint_finish(vm, r, sb);
    }
    int c = sp_limbs_cmp(a->mag, b->mag);
    if (c == 0)
        return sp_small(0);
    sp_bigint_obj *r = sp_bigint_alloc(vm, n);
    if (c > 0) {
        sp_limbs_sub(sp_bigint_limbs(r), a->mag, b->mag);
        return sp_bigint_finish(vm, r, a->sign);
    }
    sp_limbs_sub(sp_bigint_limbs(r), b->mag, a->mag);
    return sp_bigint_finish(vm, r, sb);
}

sp_val sp_int_add(sp_vm *vm, sp_val a, sp_val b)
{
    if (sp_is_small(a) && sp_is_small(b))
        return sp_int_from_i64(vm, sp_small_get(a) + sp_small_get(b));
    sp_intview x, y;
    sp_int_view(a, &x);
    sp_int_view(b, &y);
    return add_views(vm, &x, y.sign, &y);
}

sp_val sp_int_sub(sp_vm *vm, sp_val a, sp_val b)
{
    if (sp_is_small(a) && sp_is_small(b))
        return sp_int_from_i64(vm, sp_small_get(a) - sp_small_get(b));
    sp_intview x, y;
    sp_int_view(a, &x);
    sp_int_view(b, &y);
    return add_views(vm, &x, -y.sign, &y);
}

sp_val sp_int_neg(sp_vm *vm, sp_val a)
{
    if (sp_is_small(a))
        return sp_int_from_i64(vm, -sp_small_get(a));
    sp_intview x;
    sp_int_view(a, &x);
    return sp_int_from_mag(vm, -x.sign, x.mag);
}

sp_val sp_int_abs(sp_vm *vm, sp_val a)
{
    if (sp_is_small(a)) {
        int64_t i = sp_small_get(a);
        return sp_int_from_i64(vm, i < 0 ? -i : i);
    }
    sp_intview x;
    sp_int_view(a, &x);
    return sp_int_from_mag(vm, x.sign != 0, x.mag);
}

/* Products of huge ints are computed in MUL_CHUNK x MUL_CHUNK-limb
 * pieces, with a poll (sp_vm_poll_n) between two: one piece is ~1.4e7
 * limb operations (~10 ms), so the time limit and the tick budget still
 * hold while a program multiplies million-digit numbers.  (Cost: for
 * n-limb operands, (n / MUL_CHUNK)^0.415 times plain Karatsuba, only
 * beyond 2^20 bits.) */
#define MUL_CHUNK ((size_t)1 << 15)

/* r[off:] += t, carrying as far as needed.  r has a spare top limb, so
 * the carry always lands inside it. */
static void add_at(sp_u32s r, size_t off, sp_u32s t)
{
    size_t k = t.len;
    uint32_t saved = sp_u32s_get(r, off + k);
    (void)sp_limbs_add(sp_u32s_sub(r, off, k + 1), sp_u32s_sub(r, off, k), t);
    uint32_t carry = sp_u32s_get(r, off + k);
    sp_u32s_set(r, off + k, saved);
    for (size_t p = off + k; carry != 0 && p < r.len; p++) {
        uint32_t v = sp_u32s_get(r, p);
        sp_u32s_set(r, p, v + carry);
        carry = v + carry < v;
    }
}

static sp_bigint_obj *mul_mags_chunked(sp_vm *vm, sp_u32s a, sp_u32s b)
{
    size_t n = sp_size_add_or_raise(vm, sp_size_add_or_raise(vm, a.len, b.len), 1);
    sp_bigint_obj *r = sp_bigint_alloc(vm, n);
    sp_u32s rl = sp_bigint_limbs(r);
    sp_u32s tmp = sp_bigint_limbs(sp_bigint_alloc(vm, 2 * MUL_CHUNK));
    size_t sn = sp_limbs_mul_scratch(MUL_CHUNK, MUL_CHUNK);
    sp_u32s scratch = sp_bigint_limbs(sp_bigint_alloc(vm, sn));
    for (size_t i = 0; i < a.len; i += MUL_CHUNK) {
        sp_u32s ai = sp_u32s_sub(a, i, a.len - i < MUL_CHUNK ? a.len - i : MUL_CHUNK);
        for (size_t j = 0; j < b.len; j += MUL_CHUNK) {
            sp_u32s bj = sp_u32s_sub(b, j, b.len - j < MUL_CHUNK ? b.len - j : MUL_CHUNK);
            sp_vm_poll_n(vm, 4096);   /* a service (clock read) per piece */
            sp_u32s t = sp_u32s_sub(tmp, 0, ai.len + bj.len);
            sp_limbs_mul(t, ai, bj, sp_u32s_sub(scratch, 0, sp_limbs_mul_scratch(ai.len, bj.len)));
            add_at(rl, i + j, t);
        }
    }
    return r;
}

/* |a| * |b| as a fresh bigint (not normalised). */
static sp_bigint_obj *mul_mags(sp_vm *vm, sp_u32s a, sp_u32s b)
{
    size_t hi = a.len > b.len ? a.len : b.len, lo = a.len > b.len ? b.len : a.len;
    if (hi > MUL_CHUNK && lo > 16)
        return mul_mags_chunked(vm, a, b);
    sp_bigint_obj *r = sp_bigint_alloc(vm, sp_size_add_or_raise(vm, a.len, b.len));
    size_t sn = sp_limbs_mul_scratch(a.len, b.len);
    sp_u32s scratch = { NULL, 0 };
    if (sn > 0)   /* below the Karatsuba cutoff: no scratch object at all */
        scratch = sp_bigint_limbs(sp_bigint_alloc(vm, sn));
    sp_limbs_mul(sp_bigint_limbs(r), a, b, scratch);
    return r;
}

sp_val sp_int_mul(sp_vm *vm, sp_val a, sp_val b)
{
    if (sp_is_small(a) && sp_is_small(b)) {
        int64_t r;
        if (sp_i64_mul(sp_small_get(a), sp_small_get(b), &r))
            return sp_int_from_i64(vm, r);
    }
    sp_intview x, y;
    sp_int_view(a, &x);
    sp_int_view(b, &y);
    if (x.sign == 0 || y.sign == 0)
        return sp_small(0);
    return sp_bigint_finish(vm, mul_mags(vm, x.mag, y.mag), x.sign * y.sign);
}

/* ---- division ---------------------------------------------------------- */

/* |a| divmod |b| (b != 0) into fresh bigints *q and *r (not normalised). */
static void divmod_mags(sp_vm *vm, sp_u32s a, sp_u32s b, sp_bigint_obj **q, sp_bigint_obj **r)
{
    if (sp_limbs_cmp(a, b) < 0) {
        *q = sp_bigint_alloc(vm, 0);
        *r = sp_bigint_alloc(vm, a.len);
        sp_limbs_copy(sp_bigint_limbs(*r), a);
        return;
    }
    sp_bigint_obj *qq = sp_bigint_alloc(vm, a.len - b.len + 1);
    sp_bigint_obj *rr = sp_bigint_alloc(vm, b.len);
    sp_bigint_obj *s = sp_bigint_alloc(vm, sp_size_add_or_raise(vm, a.len + 1, b.len));
    sp_limbs_divrem(sp_bigint_limbs(qq), sp_bigint_limbs(rr), a, b, sp_bigint_limbs(s));
    *q = qq;
    *r = rr;
}

void sp_int_divmod(sp_vm *vm, sp_val a, sp_val b, sp_val *q, sp_val *r, const char *what)
{
    if (sp_is_small(a) && sp_is_small(b) && sp_small_get(b) != 0) {
        int64_t x = sp_small_get(a), y = sp_small_get(b);
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            qq--;
            rr += y;
        }
        if (q)
            *q = sp_int_from_i64(vm, qq);
        if (r)
            *r = sp_small(rr);
        return;
    }
    sp_intview x, y;
    sp_int_view(a, &x);
    sp_int_view(b, &y);
    if (y.sign == 0)
        sp_raise_fmt(vm, vm->e.ZeroDivisionError, "%s", what);
    sp_bigint_obj *qb, *rb;
    divmod_mags(vm, x.mag, y.mag, &qb, &rb);
    bool rem_zero = sp_limbs_norm(sp_bigint_limbs(rb)) == 0;
    if (x.sign * y.sign < 0 && !rem_zero) {
        /* Floor: q = -(|q| + 1), r = |b| - |r| with the sign of b. */
        sp_u32s ql = sp_bigint_limbs(qb);
        sp_bigint_obj *q1 = sp_bigint_alloc(vm, (ql.len > 0 ? ql.len : 1) + 1);
        uint32_t one_limb[1] = { 1 };
        sp_limbs_add(sp_bigint_limbs(q1), ql, SP_ARRAY_SPAN(sp_u32s, one_limb));
        sp_u32s rl = sp_bigint_limbs(rb);
        sp_bigint_obj *r1 = sp_bigint_alloc(vm, y.mag.len);
        sp_limbs_sub(sp_bigint_limbs(r1), y.mag, sp_u32s_sub(rl, 0, sp_limbs_norm(rl)));
        if (q)
            *q = sp_bigint_finish(vm, q1, -1);
        if (r)
            *r = sp_bigint_finish(vm, r1, y.sign);
        return;
    }
    if (q)
        *q = sp_bigint_finish(vm, qb, x.sign * y.sign);
    if (r)
        *r = sp_bigint_finish(vm, rb, y.sign);
}

sp_val sp_int_floordiv(sp_vm *vm, sp_val a, sp_val b)
{
    sp_val q;
    sp_int_divmod(vm, a, b, &q, NULL, "integer division or modulo by zero");
    return q;
}

sp_val sp_int_mod(sp_vm *vm, sp_val a, sp_val b)
{
    sp_val r;
    sp_int_divmod(vm, a, b, NULL, &r, "integer modulo by zero");
    return r;
}

/* Round the 64-bit q (with `sticky` standing for nonzero bits below it)
 * scaled by 2^exp to the nearest double, ties to even, subnormals
 * included.  Pre: q < 2^63. */
static double round_scaled(uint64_t q, bool sticky, int64_t exp)
{
    if (q == 0)
        return 0.0;
    int qbits = 64 - __builtin_clzll(q);
    int64_t e = qbits + exp;                 /* value in [2^(e-1), 2^e) */
    int64_t lsb = e - 53 > -1074 ? e - 53 : -1074;
    int64_t k = lsb - exp;                   /* bits of q to drop */
    if (k <= 0)
        return ldexp((double)q, (int)exp);   /* exact */
    if (k >= 64)
        return 0.0;
    uint64_t drop = q & ((UINT64_C(1) << k) - 1), half = UINT64_C(1) << (k - 1);
    q >>= k;
    if (drop > half || (drop == half && (sticky || (q & 1))))
        q++;
    if (lsb > 2000)
        return HUGE_VAL;
    return ldexp((double)q, (int)lsb);
}

double sp_int_to_double(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v))
        return (double)sp_small_get(v);
    sp_intview iv;
    sp_int_view(v, &iv);
    size_t nbits = sp_limbs_bit_length(iv.mag);
    if (nbits <= 63) {
        uint64_t m = 0;
        view_u64(&iv, &m);
        return iv.sign < 0 ? -(double)m : (double)m;
    }
    if (nbits > 1024)
        sp_raise_fmt(vm, vm->e.OverflowError, "int too large to convert to float");
    /* The top 62 bits plus a sticky bit for the rest. */
    uint32_t top[3] = { 0, 0, 0 };
    size_t drop = nbits - 62;
    bool lost = sp_limbs_shr(SP_ARRAY_SPAN(sp_u32s, top), iv.mag, drop);
    uint64_t q = (uint64_t)top[0] | ((uint64_t)top[1] << 32);
    double d = round_scaled(q, lost, (int64_t)drop);
    if (isinf(d))
        sp_raise_fmt(vm, vm->e.OverflowError, "int too large to convert to float");
    return iv.sign < 0 ? -d : d;
}

sp_val sp_int_truediv(sp_vm *vm, sp_val a, sp_val b)
{
    sp_intview x, y;
    sp_int_view(a, &x);
    sp_int_view(b, &y);
    if (y.sign == 0)
        sp_raise_fmt(vm, vm->e.ZeroDivisionError, "division by zero");
    int sign = x.sign * y.sign;
    if (x.sign == 0)
        return sp_float_new(vm, y.sign < 0 ? -0.0 : 0.0);
    size_t na = sp_limbs_bit_length(x.mag), nb = sp_limbs_bit_length(y.mag);
    if (na <= 53 && nb <= 53) {
        uint64_t ma = 0, mb = 0;
        view_u64(&x, &ma);
        view_u64(&y, &mb);
        double d = (double)ma / (double)mb;
        return sp_float_new(vm, sign < 0 ? -d : d);
    }
    int64_t diff = (int64_t)na - (int64_t)nb;
    if (diff > 1025)
        sp_raise_fmt(vm, vm->e.OverflowError, "integer division result too large for a float");
    if (diff < -1080)
        return sp_float_new(vm, sign < 0 ? -0.0 : 0.0);
    /* q = floor(|a| * 2^s / |b|) has 56 or 57 bits. */
    int64_t s = 56 - diff;
    sp_u32s num = x.mag, den = y.mag;
    if (s > 0) {
        sp_bigint_obj *t = sp_bigint_alloc(vm, num.len + (size_t)s / 32 + 1);
        sp_limbs_shl(sp_bigint_limbs(t), num, (size_t)s);
        num = sp_bigint_limbs(t);
        num = sp_u32s_sub(num, 0, sp_limbs_norm(num));
    } else if (s < 0) {
        sp_bigint_obj *t = sp_bigint_alloc(vm, den.len + (size_t)(-s) / 32 + 1);
        sp_limbs_shl(sp_bigint_limbs(t), den, (size_t)(-s));
        den = sp_bigint_limbs(t);
        den = sp_u32s_sub(den, 0, sp_limbs_norm(den));
    }
    sp_bigint_obj *qb, *rb;
    divmod_mags(vm, num, den, &qb, &rb);
    sp_u32s ql = sp_bigint_limbs(qb);
    size_t qn = sp_limbs_norm(ql);
    uint64_t q = qn > 0 ? sp_u32s_get(ql, 0) : 0;
    if (qn > 1)
        q |= (uint64_t)sp_u32s_get(ql, 1) << 32;
    bool sticky = sp_limbs_norm(sp_bigint_limbs(rb)) != 0;
    double d = round_scaled(q, sticky, -s);
    if (isinf(d))
        sp_raise_fmt(vm, vm->e.OverflowError, "integer division result too large for a float");
    return sp_float_new(vm, sign < 0 ? -d : d);
}

/* ---- pow ----------------------------------------------------------------*/

/* Modular inverse of a mod m (m > 0) by the extended Euclidean algorithm. */
static sp_val int_modinv(sp_vm *vm, sp_val a, sp_val m)
{
    sp_val r0 = sp_int_mod(vm, a, m), r1 = m;
    sp_val s0 = sp_small(1), s1 = sp_small(0);
    while (!sp_int_is_zero(r1)) {
        sp_vm_poll(vm);
        sp_val q, r;
        sp_int_divmod(vm, r0, r1, &q, &r, "integer division or modulo by zero");
        sp_val s = sp_int_sub(vm, s0, sp_int_mul(vm, q, s1));
        r0 = r1;
        r1 = r;
        s0 = s1;
        s1 = s;
    }
    if (sp_int_cmp(r0, sp_small(1)) != 0)
        sp_raise_fmt(vm, vm->e.ValueError, "base is not invertible for the given modulus");
    return sp_int_mod(vm, s0, m);
}

sp_val sp_int_pow(sp_vm *vm, sp_val a, sp_val b, sp_val m)
{
    a = sp_int_exact(vm, a);
    b = sp_int_exact(vm, b);
    if (m == NULL) {
        if (sp_int_sign(b) < 0)
            return sp_float_pow(vm, sp_int_to_double(vm, a), sp_int_to_double(vm, b));
        sp_val result = sp_small(1), base = a;
        sp_intview e;
        sp_int_view(b, &e);
        size_t nbits = sp_limbs_bit_length(e.mag);
        /* The result has about (bits(a) - 1) * b bits: refuse at once what
         * the heap can't hold instead of squaring for hours first. */
        size_t abits = sp_int_bit_length(a);
        if (abits > 1) {
            int64_t bb;
            size_t cap = sp_heap_get_stats(vm->heap).max_bytes;
            if (!sp_int_to_i64(b, &bb) || (double)(abits - 1) * (double)bb / 8.0 > (double)cap / 4)
                sp_raise_memory(vm);
        }
        /* A poll per bit: with |a| <= 1 nothing above bounds the loop
         * but the exponent's size (1 ** (1 << 10**9)). */
        for (size_t i = 0; i < nbits; i++) {
            sp_vm_poll(vm);
            if ((sp_u32s_get(e.mag, i / 32) >> (i % 32)) & 1u)
                result = sp_int_mul(vm, result, base);
            if (i + 1 < nbits)
                base = sp_int_mul(vm, base, base);
        }
        return result;
    }
    m = sp_int_exact(vm, m);
    int msign = sp_int_sign(m);
    if (msign == 0)
        sp_raise_fmt(vm, vm->e.ValueError, "pow() 3rd argument cannot be 0");
    sp_val mabs = sp_int_abs(vm, m);
    if (sp_int_sign(b) < 0) {
        a = int_modinv(vm, a, mabs);
        b = sp_int_neg(vm, b);
    }
    sp_val result = sp_int_mod(vm, sp_small(1), mabs), base = sp_int_mod(vm, a, mabs);
    sp_intview e;
    sp_int_view(b, &e);
    size_t nbits = sp_limbs_bit_length(e.mag);
    /* A poll per bit: the exponent may have 10**9 bits (the products
     * stay small, so they never poll themselves). */
    for (size_t i = 0; i < nbits; i++) {
        sp_vm_poll(vm);
        if ((sp_u32s_get(e.mag, i / 32) >> (i % 32)) & 1u)
            result = sp_int_mod(vm, sp_int_mul(vm, result, base), mabs);
        if (i + 1 < nbits)
            base = sp_int_mod(vm, sp_int_mul(vm, base, base), mabs);
    }
    /* Python's result has the sign of m. */
    if (msign < 0 && !sp_int_is_zero(result))
        result = sp_int_sub(vm, result, mabs);
    return result;
}

/* ---- shifts and bitwise operations ------------------------------------- */

static size_t shift_count(sp_vm *vm, sp_val b)
{
    if (sp_int_sign(b) < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "negative shift count");
    int64_t n;
    if (!sp_int_to_i64(b, &n) || n > (int64_t)1 << 40)
        return SIZE_MAX;
    return (size_t)n;
}

sp_val sp_int_lshift(sp_vm *vm, sp_val a, sp_val b)
{
    size_t n = shift_count(vm, b);
    sp_intview x;
    sp_int_view(a, &x);
    if (x.sign == 0)
        return sp_small(0);
    if (n == SIZE_MAX) {
        /* CPython (30-bit digits) says OverflowError when the result
         * would have more digits than a Py_ssize_t size allows, and runs
         * out of memory below that. */
        size_t digits30 = (sp_limbs_bit_length(x.mag) + 29) / 30;
        int64_t maxd = INT64_C(2305843009213693945) - (int64_t)digits30 - 1;
        sp_val lim = sp_int_mul(vm, sp_int_from_i64(vm, maxd), sp_small(30));
        if (sp_int_cmp(sp_int_exact(vm, b), lim) >= 0)
            sp_raise_fmt(vm, vm->e.OverflowError, "too many digits in integer");
        sp_raise_memory(vm);
    }
    if (n / 32 + x.mag.len + 1 > UINT32_MAX)
        sp_raise_memory(vm);
    if (sp_is_small(a) && n < 62) {
        int64_t v = sp_small_get(a);
        int64_t lim = (int64_t)1 << (62 - n);
        if (v < lim && v > -lim)
            return sp_small((int64_t)((uint64_t)v << n));
    }
    sp_bigint_obj *r = sp_bigint_alloc(vm, x.mag.len + n / 32 + 1);
    sp_limbs_shl(sp_bigint_limbs(r), x.mag, n);
    return sp_bigint_finish(vm, r, x.sign);
}

sp_val sp_int_rshift(sp_vm *vm, sp_val a, sp_val b)
{
    size_t n = shift_count(vm, b);
    if (sp_is_small(a)) {
        int64_t v = sp_small_get(a);
        return sp_small(n >= 63 ? (v < 0 ? -1 : 0) : v >> n);
    }
    sp_intview x;
    sp_int_view(a, &x);
    if (n / 32 >= x.mag.len)
        return sp_small(x.sign < 0 ? -1 : 0);
    sp_bigint_obj *r = sp_bigint_alloc(vm, x.mag.len - n / 32 + 1);
    bool lost = sp_limbs_shr(sp_bigint_limbs(r), x.mag, n);
    if (x.sign < 0 && lost) {
        /* floor: -(|a| >> n) - 1 */
        uint32_t one_limb[1] = { 1 };
        sp_u32s rl = sp_bigint_limbs(r);
        sp_limbs_add(rl, sp_u32s_sub(rl, 0, rl.len - 1), SP_ARRAY_SPAN(sp_u32s, one_limb));
    }
    return sp_bigint_finish(vm, r, x.sign);
}

/* Limb i (from 0) of the infinite two's complement form of x.  For a
 * negative x: ~(|x| - 1); `borrow` tracks the subtraction of 1 as i goes
 * up (start with 1). */
static uint32_t tc_limb(const sp_intview *x, size_t i, uint32_t *borrow)
{
    uint32_t m = i < x->mag.len ? sp_u32s_get(x->mag, i) : 0;
    if (x->sign >= 0)
        return m;
    uint32_t d = m - *borrow;
    *borrow = (*borrow && m == 0) ? 1 : 0;
    return ~d;
}

static sp_val bitwise(sp_vm *vm, sp_val a, sp_val b, char op)
{
    if (sp_is_small(a) && sp_is_small(b)) {
        int64_t x = sp_small_get(a), y = sp_small_get(b);
        return sp_small(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    sp_intview x, y;
    sp_int_view(a, &x);
    sp_int_view(b, &y);
    size_t n = (x.mag.len > y.mag.len ? x.mag.len : y.mag.len) + 1;
    bool xn = x.sign < 0, yn = y.sign < 0;
    bool neg = op == '&' ? (xn && yn) : op == '|' ? (xn || yn) : (xn != yn);
    sp_bigint_obj *r = sp_bigint_alloc(vm, n);
    sp_u32s rl = sp_bigint_limbs(r);
    uint32_t bx = 1, by = 1, carry = 1;
    for (size_t i = 0; i < n; i++) {
        uint32_t p = tc_limb(&x, i, &bx), q = tc_limb(&y, i, &by);
        uint32_t v = op == '&' ? (p & q) : op == '|' ? (p | q) : (p ^ q);
        if (neg) {
            /* back to sign-magnitude: |r| = ~v + 1 */
            uint64_t s = (uint64_t)(uint32_t)~v + carry;
            v = (uint32_t)s;
            carry = (uint32_t)(s >> 32);
        }
        sp_u32s_set(rl, i, v);
    }
    return sp_bigint_finish(vm, r, neg ? -1 : 1);
}

sp_val sp_int_and(sp_vm *vm, sp_val a, sp_val b) { return bitwise(vm, a, b, '&'); }
sp_val sp_int_or(sp_vm *vm, sp_val a, sp_val b) { return bitwise(vm, a, b, '|'); }
sp_val sp_int_xor(sp_vm *vm, sp_val a, sp_val b) { return bitwise(vm, a, b, '^'); }

sp_val sp_int_invert(sp_vm *vm, sp_val a)
{
    /* ~a == -(a + 1) */
    return sp_int_neg(vm, sp_int_add(vm, a, sp_small(1)));
}

/* ---- conversions ------------------------------------------------------- */

sp_val sp_int_from_double(sp_vm *vm, double d)
{
    if (isinf(d))
        sp_raise_fmt(vm, vm->e.OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        sp_raise_fmt(vm, vm->e.ValueError, "cannot convert float NaN to integer");
    d = trunc(d);
    if (fabs(d) < 4.0e18)
        return sp_int_from_i64(vm, (int64_t)d);
    int e;
    double m = frexp(fabs(d), &e);   /* |d| = m * 2^e, 0.5 <= m < 1, e > 53 */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    sp_bigint_obj *r = sp_bigint_alloc(vm, (size_t)(e - 53) / 32 + 3);
    uint32_t ml[2] = { (uint32_t)mant, (uint32_t)(mant >> 32) };
    sp_limbs_shl(sp_bigint_limbs(r), SP_ARRAY_SPAN(sp_u32s, ml), (size_t)(e - 53));
    return sp_bigint_finish(vm, r, d < 0 ? -1 : 1);
}

int sp_int_cmp_double(sp_vm *vm, sp_val v, double d)
{
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    if (sp_is_small(v)) {
        int64_t i = sp_small_get(v);
        if (i > -((int64_t)1 << 53) && i < ((int64_t)1 << 53)) {
            double x = (double)i;
            return x < d ? -1 : x > d;
        }
    }
    double f = floor(d);
    int c = sp_int_cmp(v, sp_int_from_double(vm, f));
    if (c != 0)
        return c;
    return d > f ? -1 : 0;
}

int64_t sp_int_max_str_digits(sp_vm *vm)
{
    sp_val v = vm->registry ? sp_dict_get_cstr(vm, vm->registry, "sys.int_max_str_digits") : NULL;
    int64_t n;
    if (v && sp_is_small(v) && sp_int_to_i64(v, &n))
        return n;
    return 4300;
}

void sp_int_set_max_str_digits(sp_vm *vm, int64_t n)
{
    sp_dict_set_cstr(vm, vm->registry, "sys.int_max_str_digits", sp_small(n));
}

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

sp_val sp_int_to_str(sp_vm *vm, sp_val v, int base)
{
    v = sp_int_exact(vm, v);   /* a boxed subclass value may be small */
    sp_intview x;
    sp_int_view(v, &x);
    size_t nbits = sp_limbs_bit_length(x.mag);
    if (base == 2 || base == 8 || base == 16) {
        unsigned bpd = base == 2 ? 1 : base == 8 ? 3 : 4;
        size_t nd = nbits == 0 ? 1 : (nbits + bpd - 1) / bpd;
        size_t len = sp_size_add_or_raise(vm, nd, x.sign < 0);
        sp_rawbuf *buf = sp_rawbuf_new(vm, len);
        sp_bytes out = sp_rawbuf_span(buf);
        size_t pos = len;
        for (size_t d = 0; d < nd; d++) {
            unsigned val = 0;
            for (unsigned k = 0; k < bpd; k++) {
                size_t bit = d * bpd + k;
                if (bit / 32 < x.mag.len && ((sp_u32s_get(x.mag, bit / 32) >> (bit % 32)) & 1u))
                    val |= 1u << k;
            }
            sp_bytes_set(out, --pos, sp_cbytes_get(SP_CBYTES(digit_chars), val));
        }
        if (x.sign < 0)
            sp_bytes_set(out, --pos, '-');
        return sp_str_new(vm, sp_cbytes_of(sp_bytes_sub(out, 0, len)));
    }
    if (base != 10)
        sp_trap("sp_int_to_str: unsupported base");
    if (sp_is_small(v)) {
        char tmp[24];
        size_t pos = sizeof tmp;
        sp_bytes out = SP_BYTES(tmp);
        int64_t i = sp_small_get(v);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        do {
            sp_bytes_set(out, --pos, (uint8_t)('0' + m % 10));
            m /= 10;
        } while (m);
        if (i < 0)
            sp_bytes_set(out, --pos, '-');
        return sp_str_new(vm, sp_cbytes_of(sp_bytes_sub(out, pos, sizeof tmp - pos)));
    }
    /* Limit check before the quadratic work: digits >= nbits*log10(2).
     * The limit is 0 (none) or at least 640 digits (> 2100 bits). */
    int64_t limit = nbits > 2100 ? sp_int_max_str_digits(vm) : 0;
    if (limit > 0 && (double)(nbits - 1) * 0.30102999566398 >= (double)limit + 1)
        sp_raise_fmt(vm, vm->e.ValueError, "Exceeds the limit (%lld digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", (long long)limit);
    /* Repeatedly divide by 10^9, collecting base-10^9 chunks. */
    sp_bigint_obj *t = sp_bigint_alloc(vm, x.mag.len);
    sp_u32s tl = sp_bigint_limbs(t);
    sp_limbs_copy(tl, x.mag);
    size_t maxchunks = x.mag.len * 32 / 29 + 2;
    sp_bigint_obj *ch = sp_bigint_alloc(vm, maxchunks);
    sp_u32s cl = sp_bigint_limbs(ch);
    size_t nch = 0, tn = tl.len;
    while (tn > 0) {
        /* Quadratic: with sys.set_int_max_str_digits(0), str() of a
         * 10**7-bit int is minutes of this loop.  Ticks in proportion to
         * the work (as a piece of a huge product: ~3000 limb steps a tick). */
        sp_vm_poll_n(vm, (int64_t)(tn / 2048) + 1);
        sp_u32s_set(cl, nch++, sp_limbs_divrem1(sp_u32s_sub(tl, 0, tn), 1000000000u));
        tn = sp_limbs_norm(sp_u32s_sub(tl, 0, tn));
    }
    size_t len = nch * 9 + 1;
    sp_rawbuf *buf = sp_rawbuf_new(vm, len);
    sp_bytes out = sp_rawbuf_span(buf);
    size_t pos = len;
    for (size_t c = 0; c < nch; c++) {
        uint32_t chunk = sp_u32s_get(cl, c);
        bool last = c + 1 == nch;
        for (int k = 0; k < 9 && (!last || chunk != 0); k++) {
            sp_bytes_set(out, --pos, (uint8_t)('0' + chunk % 10));
            chunk /= 10;
        }
    }
    size_t ndigits = len - pos;
    if (limit > 0 && ndigits > (size_t)limit)
        sp_raise_fmt(vm, vm->e.ValueError, "Exceeds the limit (%lld digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", (long long)limit);
    if (x.sign < 0)
        sp_bytes_set(out, --pos, '-');
    return sp_str_new(vm, sp_cbytes_of(sp_bytes_sub(out, pos, len - pos)));
}

static bool is_space(uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int digit_value(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* Parse an int literal as int(text, base) does.  Returns NULL if the text
 * is not a valid literal; raises the digit-limit ValueError. */
static sp_val parse_int(sp_vm *vm, sp_cbytes t, int base)
{
    if (base == 10 && t.len > 0 && t.len <= 18) {
        /* Plain decimal digits, the usual int("42"): below 10^18 < 2^62,
         * a small int.  Anything else takes the general path. */
        int64_t v = 0;
        size_t p = 0;
        for (; p < t.len; p++) {
            uint8_t c = sp_cbytes_get(t, p);
            if (c < '0' || c > '9')
                break;
            v = v * 10 + (c - '0');
        }
        if (p == t.len)
            return sp_small(v);
    }
    size_t i = 0, n = t.len;
    while (i < n && is_space(sp_cbytes_get(t, i)))
        i++;
    while (n > i && is_space(sp_cbytes_get(t, n - 1)))
        n--;
    int sign = 1;
    if (i < n && (sp_cbytes_get(t, i) == '+' || sp_cbytes_get(t, i) == '-')) {
        sign = sp_cbytes_get(t, i) == '-' ? -1 : 1;
        i++;
    }
    bool prefixed = false, leading_zero = false, nonzero_after_zero = false;
    if (n - i >= 2 && sp_cbytes_get(t, i) == '0') {
        uint8_t p = sp_cbytes_get(t, i + 1) | 0x20;
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            prefixed = true;
        }
    }
    if (base == 0) {
        base = 10;
        leading_zero = i < n && sp_cbytes_get(t, i) == '0';
    }
    /* The run of digits and underscores (single, between digits or right
     * after a prefix).  As CPython, the digit limit is checked on this
     * run before anything after it is looked at. */
    size_t ndigits = 0, end = i;
    enum { AT_START, AFTER_PREFIX, AFTER_DIGIT, AFTER_US } prev = prefixed ? AFTER_PREFIX : AT_START;
    for (; end < n; end++) {
        uint8_t c = sp_cbytes_get(t, end);
        if (c == '_') {
            if (prev != AFTER_DIGIT && prev != AFTER_PREFIX)
                return NULL;
            prev = AFTER_US;
            continue;
        }
        if (digit_value(c) >= base)
            break;
        if (leading_zero && c != '0')
            nonzero_after_zero = true;
        ndigits++;
        prev = AFTER_DIGIT;
    }
    if (prev != AFTER_DIGIT)
        return NULL;
    if ((base & (base - 1)) != 0 && ndigits > 640) {
        int64_t limit = sp_int_max_str_digits(vm);
        if (limit > 0 && ndigits > (size_t)limit)
            sp_raise_fmt(vm, vm->e.ValueError, "Exceeds the limit (%lld digits) for integer string conversion: value has %zu digits; use sys.set_int_max_str_digits() to increase the limit", (long long)limit, ndigits);
    }
    if (end != n || nonzero_after_zero)
        return NULL;
    /* Accumulate chunks of k digits with base^k < 2^32. */
    uint32_t chunk_mul = 1;
    unsigned k = 0;
    while ((uint64_t)chunk_mul * (uint64_t)base <= UINT32_MAX) {
        chunk_mul *= (uint32_t)base;
        k++;
    }
    size_t bits_per = 1;
    while ((1u << bits_per) < (unsigned)base)
        bits_per++;
    if (ndigits <= 62 / bits_per) {
        /* base^ndigits <= 2^62: the value is a small int, no big int made */
        int64_t v = 0;
        for (size_t p = i; p < n; p++) {
            uint8_t c = sp_cbytes_get(t, p);
            if (c != '_')
                v = v * base + digit_value(c);
        }
        return sp_small(sign < 0 ? -v : v);
    }
    size_t nl = sp_size_mul_or_raise(vm, ndigits, bits_per) / 32 + 2;
    sp_bigint_obj *r = sp_bigint_alloc(vm, nl);
    sp_u32s rl = sp_bigint_limbs(r);
    size_t used = 1;
    uint32_t acc = 0, mul = 1;
    unsigned cnt = 0;
    for (size_t p = i; p < n; p++) {
        uint8_t c = sp_cbytes_get(t, p);
        if (c == '_')
            continue;
        acc = acc * (uint32_t)base + (uint32_t)digit_value(c);
        mul *= (uint32_t)base;
        if (++cnt == k) {
            /* Quadratic too (no digit limit: set_int_max_str_digits(0)). */
            sp_vm_poll_n(vm, (int64_t)(used / 2048) + 1);
            uint32_t carry = sp_limbs_mul1_add(sp_u32s_sub(rl, 0, used), mul, acc);
            if (carry)
                sp_u32s_set(rl, used++, carry);
            acc = 0;
            mul = 1;
            cnt = 0;
        }
    }
    if (cnt) {
        uint32_t carry = sp_limbs_mul1_add(sp_u32s_sub(rl, 0, used), mul, acc);
        if (carry)
            sp_u32s_set(rl, used++, carry);
    }
    return sp_bigint_finish(vm, r, sign);
}

sp_cbytes sp_str_numeric_ascii(sp_vm *vm, sp_val s)
{
    /* As CPython: Unicode decimal digits become '0'..'9', Unicode spaces
     * ' ', any other non-ASCII char '?' (so it fails the grammar). */
    sp_str_obj *o = sp_as_str(s);
    sp_cbytes b = sp_str_bytes(s);
    if (o->ascii)
        return b;
    size_t n = sp_str_len(s);
    sp_rawbuf *rb = sp_rawbuf_new(vm, n);
    sp_bytes out = sp_rawbuf_span(rb);
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = sp_str_codepoint_at(s, i);
        uint8_t c = '?';
        if (cp < 0x80)
            c = (uint8_t)cp;
        else if (sp_uc_decimal(cp) >= 0)
            c = (uint8_t)('0' + sp_uc_decimal(cp));
        else if (sp_uc_isspace(cp))
            c = ' ';
        sp_bytes_set(out, i, c);
    }
    return sp_cbytes_of(out);
}

static _Noreturn void invalid_literal(sp_vm *vm, sp_val obj, int base)
{
    sp_raise_fmt(vm, vm->e.ValueError, "invalid literal for int() with base %d: %.200R", base, obj);
}

sp_val sp_int_from_str(sp_vm *vm, sp_cbytes text, int base)
{
    sp_val r = parse_int(vm, text, base);
    if (r == NULL)
        invalid_literal(vm, sp_str_decode_utf8(vm, text, "replace"), base);
    return r;
}

int64_t sp_int_hash(sp_val v)
{
    /* CPython's numeric hash: v mod (2^61 - 1), sign kept, -1 -> -2. */
    const uint64_t P = (UINT64_C(1) << 61) - 1;
    if (sp_is_small(v)) {
        int64_t i = sp_small_get(v);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        int64_t h = (int64_t)(m % P);
        if (i < 0)
            h = -h;
        return h == -1 ? -2 : h;
    }
    sp_intview x;
    sp_int_view(v, &x);
    uint64_t h = 0;
    for (size_t i = x.mag.len; i-- > 0;) {
        /* h = h * 2^32 mod P, a rotation within 61 bits since 2^61 = 1. */
        h = ((h << 32) & P) | (h >> 29);
        h += sp_u32s_get(x.mag, i);
        if (h >= P)
            h -= P;
    }
    int64_t r = (int64_t)h;
    if (x.sign < 0)
        r = -r;
    return r == -1 ? -2 : r;
}

sp_val sp_int_round(sp_vm *vm, sp_val v, sp_val nd)
{
    /* round(v, -k) = round half to even to a multiple of 10^k */
    sp_val k = sp_int_neg(vm, nd);
    int64_t kk;
    /* |v| < 10^k / 2 rounds to 0: certainly so when k exceeds v's decimal
     * digits (bit_length * log10(2) < bit_length * 0.302) plus one. */
    double vdigits = (double)sp_int_bit_length(v) * 0.302 + 1;
    if (!sp_int_to_i64(k, &kk) || (double)kk > vdigits)
        return sp_small(0);
    sp_val p = sp_int_pow(vm, sp_small(10), k, NULL);
    sp_val q, r;
    sp_int_divmod(vm, v, p, &q, &r, "integer division or modulo by zero");
    sp_val twice = sp_int_add(vm, r, r);
    int c = sp_int_cmp(twice, p);
    if (c > 0 || (c == 0 && sp_int_sign(sp_int_and(vm, q, sp_small(1))) != 0))
        q = sp_int_add(vm, q, sp_small(1));
    return sp_int_mul(vm, q, p);
}

/* ---- Python methods ----------------------------------------------------- */

/* Argument checks of a slot wrapper (int.__add__, int.__neg__, ...):
 * n counts self.  CPython's wording differs from a method's. */
static void nargs(sp_vm *vm, const char *name, sp_vals args, sp_val kwnames, size_t n)
{
    if (kwnames && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "wrapper %s() takes no keyword arguments", name);
    if (args.len != n)
        sp_raise_fmt(vm, vm->e.TypeError, "expected %d argument%s, got %d", (int)n - 1, n == 2 ? "" : "s", (int)args.len - 1);
}

/* Argument checks of a method without parameters (int.bit_length, ...). */
static void noargs(sp_vm *vm, const char *qualname, sp_vals args, sp_val kwnames)
{
    if (kwnames && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no keyword arguments", qualname);
    if (args.len != 1)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no arguments (%zu given)", qualname, args.len - 1);
}

#define BINOP(NAME, EXPR_AB)                                                   \
    static sp_val int_##NAME(sp_vm *vm, sp_vals args, sp_val kwnames)         \
    {                                                                          \
        nargs(vm, "__" #NAME "__", args, kwnames, 2);                          \
        sp_val a = ARG(0), b = ARG(1);                                         \
        if (!sp_is_int(a) || !sp_is_int(b))                                    \
            return vm->NotImplemented;                                         \
        return EXPR_AB;                                                        \
    }

static sp_val divmod_pair(sp_vm *vm, sp_val a, sp_val b)
{
    sp_val q, r;
    sp_int_divmod(vm, a, b, &q, &r, "integer division or modulo by zero");
    return sp_tuple_pack2(vm, q, r);
}

BINOP(add, sp_int_add(vm, a, b))
BINOP(radd, sp_int_add(vm, b, a))
BINOP(sub, sp_int_sub(vm, a, b))
BINOP(rsub, sp_int_sub(vm, b, a))
BINOP(mul, sp_int_mul(vm, a, b))
BINOP(rmul, sp_int_mul(vm, b, a))
BINOP(floordiv, sp_int_floordiv(vm, a, b))
BINOP(rfloordiv, sp_int_floordiv(vm, b, a))
BINOP(truediv, sp_int_truediv(vm, a, b))
BINOP(rtruediv, sp_int_truediv(vm, b, a))
BINOP(mod, sp_int_mod(vm, a, b))
BINOP(rmod, sp_int_mod(vm, b, a))
BINOP(divmod, divmod_pair(vm, a, b))
BINOP(rdivmod, divmod_pair(vm, b, a))
BINOP(lshift, sp_int_lshift(vm, a, b))
BINOP(rlshift, sp_int_lshift(vm, b, a))
BINOP(rshift, sp_int_rshift(vm, a, b))
BINOP(rrshift, sp_int_rshift(vm, b, a))
BINOP(and, sp_int_and(vm, a, b))
BINOP(rand, sp_int_and(vm, b, a))
BINOP(or, sp_int_or(vm, a, b))
BINOP(ror, sp_int_or(vm, b, a))
BINOP(xor, sp_int_xor(vm, a, b))
BINOP(rxor, sp_int_xor(vm, b, a))

/* pow(int, int, m) with a float or complex m: CPython ends up in the
 * float (complex) power slot, which rejects a third argument. */
static void mod_not_int(sp_vm *vm, sp_val m)
{
    if (sp_is_float(m))
        sp_raise_fmt(vm, vm->e.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (sp_is_ptr(m) && m->type->def->layout == SP_LAYOUT_COMPLEX)
        sp_raise_fmt(vm, vm->e.ValueError, "complex modulo");
}

static sp_val int_pow(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__pow__", args, kwnames, args.len);
    /* CPython's ternary slot wrapper names no function here. */
    if (args.len < 2)
        sp_raise_fmt(vm, vm->e.TypeError, " expected at least 1 argument, got %zu", args.len - 1);
    if (args.len > 3)
        sp_raise_fmt(vm, vm->e.TypeError, " expected at most 2 arguments, got %zu", args.len - 1);
    sp_val a = ARG(0), b = ARG(1);
    sp_val m = args.len == 3 ? ARG(2) : NULL;
    if (m == vm->None)
        m = NULL;
    if (m && sp_is_int(a) && sp_is_int(b) && !sp_is_int(m))
        mod_not_int(vm, m);
    /* pow(int, float or complex, m): CPython's float/complex pow rejects
     * the modulus (our dispatch would only find "unsupported operand"). */
    if (m && sp_is_int(a) && !sp_is_int(b))
        mod_not_int(vm, b);
    if (!sp_is_int(a) || !sp_is_int(b) || (m && !sp_is_int(m)))
        return vm->NotImplemented;
    return sp_int_pow(vm, a, b, m);
}

static sp_val int_rpow(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    nargs(vm, "__rpow__", args, kwnames, args.len);
    /* CPython's ternary slot wrapper names no function here. */
    if (args.len < 2)
        sp_raise_fmt(vm, vm->e.TypeError, " expected at least 1 argument, got %zu", args.len - 1);
    if (args.len > 3)
        sp_raise_fmt(vm, vm->e.TypeError, " expected at most 2 arguments, got %zu", args.len - 1);
    sp_val a = ARG(0), b = ARG(1);
    sp_val m = args.len == 3 ? ARG(2) : NULL;
    if (m == vm->None)
        m = NULL;
    if (!sp_is_int(a) || !sp_is_int(b) || (m && !sp_is_int(m)))
        return vm->NotImplemented;
    return sp_int_pow(vm, b, a, m);
}

/* The exact int value of self: slot wrappers and methods, each with
 * CPython's argument-error wording. */
#define SELF_SLOT(NAME)                                                        \
    static sp_val int_##NAME(sp_vm *vm, sp_vals args, sp_val kwnames)         \
    {                                                                          \
        nargs(vm, "__" #NAME "__", args, kwnames, 1);                          \
        return sp_int_exact(vm, ARG(0));                                       \
    }
#define SELF_METHOD(CNAME, PYNAME)                                             \
    static sp_val int_##CNAME(sp_vm *vm, sp_vals args, sp_val kwnames)        \
    {                                                                          \
        noargs(vm, "int." PYNAME, args, kwnames);                              \
        return sp_int_exact(vm, ARG(0));                                       \
    }
SELF_SLOT(pos)
SELF_SLOT(index)
SELF_SLOT(int)
SELF_METHOD(trunc, "__trunc__")
SELF_METHOD(floor, "__floor__")
SELF_METHOD(ceil, "__ceil__")
SELF_METHOD(conjugate, "conjugate")

#define UNOP(NAME, EXPR)                                                       \
    static sp_val int_##NAME(sp_vm *vm, sp_vals args, sp_val kwnames)         \
    {                                                                          \
        nargs(vm, "__" #NAME "__", args, kwnames, 1);                          \
        sp_val a = ARG(0);                                                     \
        return EXPR;                                                           \
    }

UNOP(neg, sp_int_neg(vm, a))
UNOP(abs, sp_int_abs(vm, a))
UNOP(invert, sp_int_invert(vm, a))
UNOP(bool, sp_bool(vm, !sp_int_is_zero(a)))
UNOP(float, sp_float_new(vm, sp_int_to_double(vm, a)))
UNOP(hash, sp_int_from_i64(vm, sp_int_hash(a)))
UNOP(repr, sp_int_to_str(vm, a, 10))
static sp_val int_bit_length(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    noargs(vm, "int.bit_length", args, kwnames);
    return sp_int_from_size(vm, sp_int_bit_length(ARG(0)));
}

static sp_val int_getnewargs(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    noargs(vm, "int.__getnewargs__", args, kwnames);
    sp_val x = sp_int_exact(vm, ARG(0));
    return sp_tuple_from(vm, SP_ONE(sp_vals, x));
}

static sp_val int_bit_count(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    noargs(vm, "int.bit_count", args, kwnames);
    sp_intview x;
    sp_int_view(ARG(0), &x);
    size_t c = 0;
    for (size_t i = 0; i < x.mag.len; i++)
        c += (size_t)__builtin_popcount(sp_u32s_get(x.mag, i));
    return sp_int_from_size(vm, c);
}

static sp_val int_round(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_no_kwargs(vm, "int.__round__", kwnames);
    if (args.len > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "__round__ expected at most 1 argument, got %zu", args.len - 1);
    sp_val a = ARG(0);
    /* An explicit None is an error here (only round() maps it to "no
     * argument"), as in CPython 3.11. */
    if (args.len == 1)
        return sp_int_exact(vm, a);
    sp_val nd = sp_index(vm, ARG(1));
    if (sp_int_sign(nd) >= 0)
        return sp_int_exact(vm, a);
    return sp_int_round(vm, sp_int_exact(vm, a), nd);
}

static sp_val int_richcmp(sp_vm *vm, sp_vals args, sp_val kwnames, sp_cmpop op)
{
    static const char *const names[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
    const char *name = "__eq__";
    switch (op) {
    case SP_LT: name = names[0]; break;
    case SP_LE: name = names[1]; break;
    case SP_NE: name = names[3]; break;
    case SP_GT: name = names[4]; break;
    case SP_GE: name = names[5]; break;
    default: break;
    }
    nargs(vm, name, args, kwnames, 2);
    sp_val a = ARG(0), b = ARG(1);
    if (!sp_is_int(b))
        return vm->NotImplemented;
    int c = sp_int_cmp(a, b);
    bool r;
    switch (op) {
    case SP_LT: r = c < 0; break;
    case SP_LE: r = c <= 0; break;
    case SP_EQ: r = c == 0; break;
    case SP_NE: r = c != 0; break;
    case SP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return sp_bool(vm, r);
}

static sp_val int_lt(sp_vm *vm, sp_vals args, sp_val kw) { return int_richcmp(vm, args, kw, SP_LT); }
static sp_val int_le(sp_vm *vm, sp_vals args, sp_val kw) { return int_richcmp(vm, args, kw, SP_LE); }
static sp_val int_eq(sp_vm *vm, sp_vals args, sp_val kw) { return int_richcmp(vm, args, kw, SP_EQ); }
static sp_val int_ne(sp_vm *vm, sp_vals args, sp_val kw) { return int_richcmp(vm, args, kw, SP_NE); }
static sp_val int_gt(sp_vm *vm, sp_vals args, sp_val kw) { return int_richcmp(vm, args, kw, SP_GT); }
static sp_val int_ge(sp_vm *vm, sp_vals args, sp_val kw) { return int_richcmp(vm, args, kw, SP_GE); }

static sp_val int_format(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_no_kwargs(vm, "int.__format__", kwnames);
    if (args.len != 2)
        sp_raise_fmt(vm, vm->e.TypeError, "int.__format__() takes exactly one argument (%zu given)", args.len - 1);
    sp_val spec = ARG(1);
    if (spec == vm->None)
        sp_raise_fmt(vm, vm->e.TypeError, "__format__() argument must be str, not None");
    if (!sp_is_str(spec))
        sp_raise_fmt(vm, vm->e.TypeError, "__format__() argument must be str, not %T", spec);
    return sp_format_int(vm, ARG(0), spec);
}

static sp_val int_sizeof(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    noargs(vm, "int.__sizeof__", args, kwnames);
    sp_intview x;
    sp_int_view(ARG(0), &x);
    return sp_int_from_size(vm, 24 + 4 * (x.mag.len ? x.mag.len : 1));
}

static sp_val int_as_integer_ratio(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    noargs(vm, "int.as_integer_ratio", args, kwnames);
    return sp_tuple_pack2(vm, sp_int_exact(vm, ARG(0)), sp_small(1));
}

/* Reject more than `max` positional arguments after self (the rest of the
 * parameters are keyword-only), with CPython's message. */
void sp_num_max_positional(sp_vm *vm, const char *fname, sp_vals args, sp_val kwnames, size_t skip, size_t max, bool exactly)
{
    size_t nk = kwnames ? sp_tuple_len(kwnames) : 0;
    size_t np = args.len - nk - skip;
    if (np > max)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                     exactly ? "exactly" : "at most", max, max == 1 ? "" : "s", np);
}

/* CPython's first check on a call with keywords: more arguments in all
 * than parameters.  args excludes self/cls. */
static void max_args(sp_vm *vm, const char *fname, sp_vals args, sp_val kwnames, size_t max)
{
    size_t nk = kwnames ? sp_tuple_len(kwnames) : 0;
    if (args.len > max)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes at most %zu %sarguments (%zu given)", fname, max,
                     args.len == nk ? "keyword " : "", args.len);
}

/* Byte order argument of to_bytes / from_bytes: true for little. */
static bool byteorder_little(sp_vm *vm, const char *fname, sp_val bo)
{
    if (bo == NULL)
        return false;
    if (!sp_is_str(bo))
    {
        if (bo == vm->None)
            sp_raise_fmt(vm, vm->e.TypeError, "%s() argument 'byteorder' must be str, not None", fname);
        sp_raise_fmt(vm, vm->e.TypeError, "%s() argument 'byteorder' must be str, not %T", fname, bo);
    }
    if (sp_str_eq_cstr(bo, "little"))
        return true;
    if (sp_str_eq_cstr(bo, "big"))
        return false;
    sp_raise_fmt(vm, vm->e.ValueError, "byteorder must be either 'little' or 'big'");
}

static sp_val int_to_bytes(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "length", "byteorder", "signed", NULL };
    sp_val out[3] = { NULL, NULL, NULL };
    max_args(vm, "to_bytes", sp_vals_sub(args, 1, args.len - 1), kwnames, 3);
    sp_num_max_positional(vm, "to_bytes", args, kwnames, 1, 2, false);
    /* Parsed without self, so that positions in messages count from 1. */
    sp_parse_args(vm, "to_bytes", sp_vals_sub(args, 1, args.len - 1), kwnames, kw, 0, SP_VALS(out));
    sp_val self = ARG(0);
    sp_val lv = sp_vals_get(SP_VALS(out), 0);
    sp_val sv = sp_vals_get(SP_VALS(out), 2);
    sp_ssize length = 1;
    if (lv) {
        int64_t l;
        if (!sp_int_to_i64(sp_index(vm, lv), &l))
            sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C ssize_t");
        length = (sp_ssize)l;
    }
    bool little = byteorder_little(vm, "to_bytes", sp_vals_get(SP_VALS(out), 1));
    bool is_signed = sv ? sp_truthy(vm, sv) : false;
    if (length < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "length argument must be non-negative");
    /* Allocate before checking the value, as CPython does: a huge length is
     * a MemoryError even for a value that wouldn't fit. */
    sp_rawbuf *buf = sp_rawbuf_new(vm, (size_t)length);
    sp_intview x;
    sp_int_view(self, &x);
    /* CPython quirk: -1 fits in zero signed bytes. */
    if (length == 0 && is_signed && x.sign < 0 && x.mag.len == 1 && sp_u32s_get(x.mag, 0) == 1)
        return sp_bytes_new(vm, (sp_cbytes){ NULL, 0 });
    if (x.sign < 0 && !is_signed)
        sp_raise_fmt(vm, vm->e.OverflowError, "can't convert negative int to unsigned");
    /* Fits?  unsigned: bits <= 8*len; signed: -2^(8len-1) <= v < 2^(8len-1). */
    size_t nbits = sp_limbs_bit_length(x.mag);
    /* A length past 2^61 bytes would wrap 8 * length: such a length holds
     * any int (the allocation below then fails with MemoryError). */
    size_t cap = (size_t)length > SIZE_MAX / 8 ? SIZE_MAX : (size_t)length * 8;
    bool fits;
    if (!is_signed)
        fits = nbits <= cap;
    else if (x.sign >= 0)
        fits = nbits < cap || nbits == 0;
    else {
        /* -2^(cap-1) has nbits == cap and is a power of two */
        fits = nbits < cap;
        if (nbits == cap && cap > 0) {
            bool pow2 = true;
            for (size_t i = 0; i + 1 < x.mag.len; i++)
                pow2 = pow2 && sp_u32s_get(x.mag, i) == 0;
            uint32_t top = sp_u32s_get(x.mag, x.mag.len - 1);
            fits = pow2 && (top & (top - 1)) == 0;
        }
    }
    if (!fits)
        sp_raise_fmt(vm, vm->e.OverflowError, "int too big to convert");
    sp_bytes b = sp_rawbuf_span(buf);
    uint32_t borrow = 1;
    /* Past the magnitude's limbs every byte is the sign byte. */
    size_t nl = ((size_t)length + 3) / 4;
    if (nl > x.mag.len + 1) {
        nl = x.mag.len + 1;
        size_t done = nl * 4;
        if (x.sign < 0)
            sp_bytes_fill(little ? sp_bytes_sub(b, done, (size_t)length - done) : sp_bytes_sub(b, 0, (size_t)length - done), 0xff);
    }
    for (size_t li = 0; li < nl; li++) {
        uint32_t limb = tc_limb(&x, li, &borrow);
        for (size_t k = 0; k < 4; k++) {
            size_t i = li * 4 + k;
            if (i >= (size_t)length)
                break;
            uint8_t byte = (uint8_t)(limb >> (8 * k));
            sp_bytes_set(b, little ? i : (size_t)length - 1 - i, byte);
        }
    }
    return sp_bytes_new(vm, sp_cbytes_of(sp_bytes_sub(b, 0, (size_t)length)));
}

static sp_val int_from_bytes(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "bytes", "byteorder", "signed", NULL };
    sp_val out[3] = { NULL, NULL, NULL };
    max_args(vm, "from_bytes", sp_vals_sub(args, 1, args.len - 1), kwnames, 3);
    sp_num_max_positional(vm, "from_bytes", args, kwnames, 1, 2, false);
    sp_parse_args(vm, "from_bytes", sp_vals_sub(args, 1, args.len - 1), kwnames, kw, 1, SP_VALS(out));
    sp_val cls = ARG(0);
    sp_val data = sp_vals_get(SP_VALS(out), 0);
    bool little = byteorder_little(vm, "from_bytes", sp_vals_get(SP_VALS(out), 1));
    sp_val sv = sp_vals_get(SP_VALS(out), 2);
    bool is_signed = sv ? sp_truthy(vm, sv) : false;
    if (!sp_is_bytes(data) && !(sp_is_ptr(data) && data->type->def->layout == SP_LAYOUT_BYTEARRAY)) {
        /* As bytes(x) but never from a str or a size: CPython takes a
         * __bytes__ method, a buffer or an iterable of ints. */
        if (!sp_is_ptr(data) || sp_is_str(data) ||
            (!sp_type_lookup(vm, data->type, sp_intern_cstr(vm, "__bytes__")) &&
             !sp_type_lookup(vm, data->type, vm->n.__iter__) &&
             !sp_type_lookup(vm, data->type, vm->n.__getitem__)))
            sp_raise_fmt(vm, vm->e.TypeError, "cannot convert '%T' object to bytes", data);
        data = sp_call1(vm, (sp_val)vm->t.bytes, data);
    }
    sp_cbytes d = sp_bytes_data(data);
    size_t nl = d.len / 4 + 1;
    sp_bigint_obj *r = sp_bigint_alloc(vm, nl);
    sp_u32s rl = sp_bigint_limbs(r);
    for (size_t i = 0; i < d.len; i++) {
        uint8_t byte = sp_cbytes_get(d, little ? i : d.len - 1 - i);
        sp_u32s_set(rl, i / 4, sp_u32s_get(rl, i / 4) | ((uint32_t)byte << (8 * (i % 4))));
    }
    sp_val v = sp_bigint_finish(vm, r, 1);
    if (is_signed && d.len > 0) {
        uint8_t top = sp_cbytes_get(d, little ? d.len - 1 : 0);
        if (top & 0x80)
            v = sp_int_sub(vm, v, sp_int_lshift(vm, sp_small(1), sp_int_from_size(vm, d.len * 8)));
    }
    if (cls != (sp_val)vm->t.int_)
        v = sp_call1(vm, cls, v);
    return v;
}

/* The value of x for int(x) without a base, in CPython's order: exact
 * int and float directly, then __int__, __index__, __trunc__ (so a
 * subclass overriding __int__ is honoured), then str/bytes parsing. */
/* x as bytes if it is bytes-like (bytes, bytearray, memoryview), else
 * NULL.  CPython reads any buffer and shows the failing text as bytes,
 * so a bytearray's error message says b'...'. */
static sp_val bytes_like(sp_vm *vm, sp_val x)
{
    if (sp_is_bytes(x))
        return x;
    if (sp_is_ptr(x) && x->type->def->layout == SP_LAYOUT_BYTEARRAY)
        return sp_bytes_new(vm, sp_bytes_data(x));
    if (sp_isinstance(vm, x, vm->t.memoryview))
        return sp_call(vm, sp_getattr_cstr(vm, x, "tobytes"), SP_NOVALS, NULL);
    return NULL;
}

static sp_val int_of_object(sp_vm *vm, sp_val x)
{
    if (sp_is_exact(vm, x, vm->t.int_))
        return sp_int_exact(vm, x);
    if (sp_is_exact(vm, x, vm->t.str)) {
        /* str has no __int__, __index__ or __trunc__ (and its type can't
         * be given one): straight to the parse below. */
        sp_val r = parse_int(vm, sp_str_numeric_ascii(vm, x), 10);
        if (r == NULL)
            invalid_literal(vm, x, 10);
        return r;
    }
    if (sp_is_exact(vm, x, vm->t.float_))
        return sp_int_from_double(vm, sp_float_get(x));
    sp_val r = sp_call_special(vm, x, vm->n.__int__, SP_NOVALS);
    if (r) {
        if (!sp_is_int(r))
            sp_raise_fmt(vm, vm->e.TypeError, "__int__ returned non-int (type %T)", r);
        return sp_int_exact(vm, r);
    }
    r = sp_call_special(vm, x, vm->n.__index__, SP_NOVALS);
    if (r) {
        if (!sp_is_int(r))
            sp_raise_fmt(vm, vm->e.TypeError, "__index__ returned non-int (type %T)", r);
        return sp_int_exact(vm, r);
    }
    r = sp_call_special(vm, x, vm->n.__trunc__, SP_NOVALS);
    if (r) {
        if (sp_is_int(r))
            return sp_int_exact(vm, r);
        sp_val r2 = sp_call_special(vm, r, vm->n.__index__, SP_NOVALS);
        if (r2 == NULL || !sp_is_int(r2))
            sp_raise_fmt(vm, vm->e.TypeError, "__trunc__ returned non-Integral (type %T)", r);
        return sp_int_exact(vm, r2);
    }
    if (sp_is_str(x)) {
        r = parse_int(vm, sp_str_numeric_ascii(vm, x), 10);
        if (r == NULL)
            invalid_literal(vm, x, 10);
        return r;
    }
    sp_val b = bytes_like(vm, x);
    if (b) {
        r = parse_int(vm, sp_bytes_data(b), 10);
        if (r == NULL)
            invalid_literal(vm, b, 10);
        return r;
    }
    sp_raise_fmt(vm, vm->e.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
}

/* An instance of the int subclass cls with value v. */
static sp_val int_box(sp_vm *vm, sp_type *cls, sp_val v)
{
    sp_val o = sp_alloc_instance(vm, cls);
    sp_intbox_obj *b = (sp_intbox_obj *)SP_AS(sp_bigint_obj, o, SP_LAYOUT_INT);
    b->box = v;
    b->h.aux |= SP_INT_AUX_BOXED;
    b->nlimbs = 0;
    b->sign = 0;
    return o;
}

static sp_val int_new(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "", "base", NULL };
    sp_val out[2] = { NULL, NULL };
    sp_type *cls = sp_new_cls(vm, args, vm->t.int_);
    if ((kwnames == NULL || sp_tuple_len(kwnames) == 0) && args.len <= 3) {
        /* positional only, the usual int(x): no keyword matching */
        for (size_t i = 1; i < args.len; i++)
            sp_vals_set(SP_VALS(out), i - 1, sp_vals_get(args, i));
    } else {
        /* Parsed without cls, so that counts in messages are CPython's. */
        max_args(vm, "int", sp_vals_sub(args, 1, args.len - 1), kwnames, 2);
        sp_parse_args(vm, "int", sp_vals_sub(args, 1, args.len - 1), kwnames, kw, 0, SP_VALS(out));
    }
    sp_val x = sp_vals_get(SP_VALS(out), 0);
    sp_val basev = sp_vals_get(SP_VALS(out), 1);
    sp_val v;
    if (basev == NULL) {
        v = x == NULL ? sp_small(0) : int_of_object(vm, x);
    } else {
        if (x == NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "int() missing string argument");
        sp_val bi = sp_index(vm, basev);
        int64_t base;
        if (!sp_int_to_i64(bi, &base) || !(base == 0 || (base >= 2 && base <= 36)))
            sp_raise_fmt(vm, vm->e.ValueError, "int() base must be >= 2 and <= 36, or 0");
        sp_cbytes text;
        sp_val shown = x;
        if (sp_is_str(x)) {
            text = sp_str_numeric_ascii(vm, x);
        } else if (sp_is_bytes(x) || (sp_is_ptr(x) && x->type->def->layout == SP_LAYOUT_BYTEARRAY)) {
            shown = bytes_like(vm, x);
            text = sp_bytes_data(shown);
        } else {
            sp_raise_fmt(vm, vm->e.TypeError, "int() can't convert non-string with explicit base");
        }
        v = parse_int(vm, text, (int)base);
        if (v == NULL)
            invalid_literal(vm, shown, (int)base);
    }
    if (cls == vm->t.int_)
        return v;
    return int_box(vm, cls, v);
}

static sp_val int_get_self(sp_vm *vm, sp_val self) { return sp_int_exact(vm, self); }
static sp_val int_get_zero(sp_vm *vm, sp_val self) { return sp_small(0); }
static sp_val int_get_one(sp_vm *vm, sp_val self) { return sp_small(1); }

static void int_trace(sp_heap *h, sp_obj *o)
{
    if (o->aux & SP_INT_AUX_BOXED)
        sp_gc_mark(h, ((sp_intbox_obj *)o)->box);
}

static const sp_methoddef int_methods[] = {
    { "__add__", int_add, 0, NULL },
    { "__radd__", int_radd, 0, NULL },
    { "__sub__", int_sub, 0, NULL },
    { "__rsub__", int_rsub, 0, NULL },
    { "__mul__", int_mul, 0, NULL },
    { "__rmul__", int_rmul, 0, NULL },
    { "__floordiv__", int_floordiv, 0, NULL },
    { "__rfloordiv__", int_rfloordiv, 0, NULL },
    { "__truediv__", int_truediv, 0, NULL },
    { "__rtruediv__", int_rtruediv, 0, NULL },
    { "__mod__", int_mod, 0, NULL },
    { "__rmod__", int_rmod, 0, NULL },
    { "__divmod__", int_divmod, 0, NULL },
    { "__rdivmod__", int_rdivmod, 0, NULL },
    { "__pow__", int_pow, 0, NULL },
    { "__rpow__", int_rpow, 0, NULL },
    { "__lshift__", int_lshift, 0, NULL },
    { "__rlshift__", int_rlshift, 0, NULL },
    { "__rshift__", int_rshift, 0, NULL },
    { "__rrshift__", int_rrshift, 0, NULL },
    { "__and__", int_and, 0, NULL },
    { "__rand__", int_rand, 0, NULL },
    { "__or__", int_or, 0, NULL },
    { "__ror__", int_ror, 0, NULL },
    { "__xor__", int_xor, 0, NULL },
    { "__rxor__", int_rxor, 0, NULL },
    { "__neg__", int_neg, 0, NULL },
    { "__pos__", int_pos, 0, NULL },
    { "__abs__", int_abs, 0, NULL },
    { "__invert__", int_invert, 0, NULL },
    { "__bool__", int_bool, 0, NULL },
    { "__index__", int_index, 0, NULL },
    { "__int__", int_int, 0, NULL },
    { "__float__", int_float, 0, NULL },
    { "__round__", int_round, 0, NULL },
    { "__trunc__", int_trunc, 0, NULL },
    { "__floor__", int_floor, 0, NULL },
    { "__ceil__", int_ceil, 0, NULL },
    { "__hash__", int_hash, 0, NULL },
    { "__eq__", int_eq, 0, NULL },
    { "__ne__", int_ne, 0, NULL },
    { "__lt__", int_lt, 0, NULL },
    { "__le__", int_le, 0, NULL },
    { "__gt__", int_gt, 0, NULL },
    { "__ge__", int_ge, 0, NULL },
    { "__repr__", int_repr, 0, NULL },
    { "__format__", int_format, 0, NULL },
    { "__new__", int_new, SP_METH_STATIC, NULL },
    { "__getnewargs__", int_getnewargs, 0, NULL },
    { "__sizeof__", int_sizeof, 0, NULL },
    { "bit_length", int_bit_length, 0, NULL },
    { "bit_count", int_bit_count, 0, NULL },
    { "to_bytes", int_to_bytes, 0, NULL },
    { "from_bytes", int_from_bytes, SP_METH_CLASS, NULL },
    { "as_integer_ratio", int_as_integer_ratio, 0, NULL },
    { "conjugate", int_conjugate, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef int_getsets[] = {
    { "real", int_get_self, NULL, NULL },
    { "imag", int_get_zero, NULL, NULL },
    { "numerator", int_get_self, NULL, NULL },
    { "denominator", int_get_one, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_int_def = {
    .name = "int",
    .layout = SP_LAYOUT_INT,
    .size = sizeof(sp_intbox_obj),
    .trace = int_trace,
    .methods = int_methods,
    .getsets = int_getsets,
    .flags = SP_TF_BASETYPE,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
};

void sp_init_int(sp_vm *vm)
{
    (void)vm;
}

/* ---- builtins: abs divmod pow round hex oct bin -------------------------- */

static sp_val builtin_abs(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "abs", args, kwnames, 1, 1);
    return sp_abs(vm, ARG(0));
}

static sp_val builtin_divmod(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "divmod", args, kwnames, 2, 2);
    sp_val a = ARG(0), b = ARG(1);
    if (sp_is_small(a) && sp_is_small(b))
        return divmod_pair(vm, a, b);
    sp_type *ta = sp_type_of(vm, a), *tb = sp_type_of(vm, b);
    sp_val r;
    /* As CPython's binary ops: a subclass of a's type that overrides the
     * reflected method goes first. */
    bool b_first = tb != ta && sp_is_subtype(tb, ta) &&
                   sp_type_lookup(vm, tb, vm->n.__rdivmod__) != sp_type_lookup(vm, ta, vm->n.__rdivmod__);
    if (b_first) {
        r = sp_call_special(vm, b, vm->n.__rdivmod__, SP_ONE(sp_vals, a));
        if (r && r != vm->NotImplemented)
            return r;
    }
    r = sp_call_special(vm, a, vm->n.__divmod__, SP_ONE(sp_vals, b));
    if (r && r != vm->NotImplemented)
        return r;
    if (ta != tb && !b_first) {
        r = sp_call_special(vm, b, vm->n.__rdivmod__, SP_ONE(sp_vals, a));
        if (r && r != vm->NotImplemented)
            return r;
    }
    sp_raise_fmt(vm, vm->e.TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
}

static sp_val builtin_pow(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "base", "exp", "mod", NULL };
    sp_val out[3] = { NULL, NULL, NULL };
    sp_parse_args(vm, "pow", args, kwnames, kw, 2, SP_VALS(out));
    sp_val a = sp_vals_get(SP_VALS(out), 0), b = sp_vals_get(SP_VALS(out), 1);
    sp_val m = sp_vals_get(SP_VALS(out), 2);
    if (m == NULL || m == vm->None)
        return sp_binary(vm, SP_OP_POW, a, b);
    return sp_pow3(vm, a, b, m);
}

static sp_val builtin_round(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "number", "ndigits", NULL };
    sp_val out[2] = { NULL, NULL };
    sp_parse_args(vm, "round", args, kwnames, kw, 1, SP_VALS(out));
    sp_val x = sp_vals_get(SP_VALS(out), 0), nd = sp_vals_get(SP_VALS(out), 1);
    if (sp_is_float(x) && sp_is_exact(vm, x, vm->t.float_))
        return sp_float_round(vm, sp_float_get(x), nd == vm->None ? NULL : nd);
    sp_val r = (nd == NULL || nd == vm->None)
        ? sp_call_special(vm, x, vm->n.__round__, SP_NOVALS)
        : sp_call_special(vm, x, vm->n.__round__, SP_ONE(sp_vals, nd));
    if (r == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "type %T doesn't define __round__ method", x);
    return r;
}

/* hex/oct/bin: "-0x1f" style. */
static sp_val prefixed(sp_vm *vm, sp_vals args, sp_val kwnames, const char *name, int base, const char *prefix)
{
    sp_check_nargs(vm, name, args, kwnames, 1, 1);
    sp_val v = sp_index(vm, ARG(0));
    bool neg = sp_int_sign(v) < 0;
    sp_val digits = sp_int_to_str(vm, sp_int_abs(vm, v), base);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, sp_str_bytes(digits).len + 3);
    if (neg)
        sp_strbuf_add_cstr(vm, &b, "-");
    sp_strbuf_add_cstr(vm, &b, prefix);
    sp_strbuf_add_str(vm, &b, digits);
    return sp_strbuf_finish(vm, &b);
}

static sp_val builtin_hex(sp_vm *vm, sp_vals args, sp_val kw) { return prefixed(vm, args, kw, "hex", 16, "0x"); }
static sp_val builtin_oct(sp_vm *vm, sp_vals args, sp_val kw) { return prefixed(vm, args, kw, "oct", 8, "0o"); }
static sp_val builtin_bin(sp_vm *vm, sp_vals args, sp_val kw) { return prefixed(vm, args, kw, "bin", 2, "0b"); }

const sp_methoddef sp_builtins_num[] = {
    { "abs", builtin_abs, 0, "Return the absolute value of the argument." },
    { "divmod", builtin_divmod, 0, "Return the tuple (x//y, x%y)." },
    { "pow", builtin_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments" },
    { "round", builtin_round, 0, "Round a number to a given precision in decimal digits." },
    { "hex", builtin_hex, 0, "Return the hexadecimal representation of an integer." },
    { "oct", builtin_oct, 0, "Return the octal representation of an integer." },
    { "bin", builtin_bin, 0, "Return the binary representation of an integer." },
    { NULL, NULL, 0, NULL },
};

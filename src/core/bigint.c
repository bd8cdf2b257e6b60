/* Limb kernels for arbitrary-precision ints (see bigint.h for the
 * contracts).  Every function checks its size preconditions on entry and
 * traps if they fail, so the loops below may index raw memory: each index
 * is bounded by a length that the entry check related to the span's len.
 * Products are uint64_t: (2^32-1)^2 + 2*(2^32-1) = 2^64-1 is the largest
 * value any multiply-accumulate step below can produce.
 *
 * The ACSL contracts state the preconditions of bigint.h; Frama-C's WP
 * proves every function here free of run-time errors against them (the
 * checks that trap stay, for the callers that are not proved). */
#include "bigint.h"

SP_UNSAFE_BUFFERS_BEGIN

/*@ requires \valid_read(a.ptr + (0 .. a.len - 1));
    assigns \nothing;
    ensures \result <= a.len;
    ensures \forall integer i; \result <= i < a.len ==> a.ptr[i] == 0;
    ensures \result == 0 || a.ptr[\result - 1] != 0; */
size_t sp_limbs_norm(sp_u32s a)
{
    size_t n = a.len;
    /*@ loop invariant n <= a.len;
        loop invariant \forall integer i; n <= i < a.len ==> a.ptr[i] == 0;
        loop assigns n;
        loop variant n; */
    while (n > 0 && a.ptr[n - 1] == 0)
        n--;
    return n;
}

/*@ requires \valid_read(a.ptr + (0 .. a.len - 1));
    requires \valid_read(b.ptr + (0 .. b.len - 1));
    assigns \nothing;
    ensures -1 <= \result <= 1; */
int sp_limbs_cmp(sp_u32s a, sp_u32s b)
{
    size_t an = sp_limbs_norm(a), bn = sp_limbs_norm(b);
    if (an != bn)
        return an < bn ? -1 : 1;
    /*@ loop invariant i <= an;
        loop assigns i;
        loop variant i; */
    for (size_t i = an; i-- > 0;) {
        if (a.ptr[i] != b.ptr[i])
            return a.ptr[i] < b.ptr[i] ? -1 : 1;
    }
    return 0;
}

/*@ requires \valid(r.ptr + (0 .. r.len - 1));
    assigns r.ptr[0 .. r.len - 1];
    ensures \forall integer i; 0 <= i < r.len ==> r.ptr[i] == 0; */
void sp_limbs_zero(sp_u32s r)
{
    /*@ loop invariant i <= r.len;
        loop invariant \forall integer k; 0 <= k < i ==> r.ptr[k] == 0;
        loop assigns i, r.ptr[0 .. r.len - 1];
        loop variant r.len - i; */
    for (size_t i = 0; i < r.len; i++)
        r.ptr[i] = 0;
}

/*@ requires r.len >= a.len;
    requires \valid(r.ptr + (0 .. r.len - 1));
    requires \valid_read(a.ptr + (0 .. a.len - 1));
    assigns r.ptr[0 .. a.len - 1]; */
void sp_limbs_copy(sp_u32s r, sp_u32s a)
{
    if (r.len < a.len)
        sp_trap("sp_limbs_copy: destination too short");
    if (r.ptr == a.ptr)
        return;
    /*@ loop invariant i <= a.len;
        loop assigns i, r.ptr[0 .. a.len - 1];
        loop variant a.len - i; */
    for (size_t i = 0; i < a.len; i++)
        r.ptr[i] = a.ptr[i];
}

/*@ requires r.len >= \max(a.len, b.len) + 1;
    requires \valid(r.ptr + (0 .. r.len - 1));
    requires \valid_read(a.ptr + (0 .. a.len - 1));
    requires \valid_read(b.ptr + (0 .. b.len - 1));
    assigns r.ptr[0 .. \max(a.len, b.len)];
    ensures \result <= \max(a.len, b.len) + 1; */
size_t sp_limbs_add(sp_u32s r, sp_u32s a, sp_u32s b)
{
    size_t n = a.len > b.len ? a.len : b.len;
    if (r.len < n + 1)
        sp_trap("sp_limbs_add: result too short");
    /* Two loops: both operands, then the longer one's tail (the order
     * keeps in-place use safe: limb i is read before r[i] is written). */
    sp_u32s lo = a.len < b.len ? a : b, hi = a.len < b.len ? b : a;
    uint64_t carry = 0;
    size_t i = 0;
    /*@ loop invariant i <= lo.len;
        loop assigns i, carry, r.ptr[0 .. lo.len - 1];
        loop variant lo.len - i; */
    for (; i < lo.len; i++) {
        uint64_t s = (uint64_t)lo.ptr[i] + hi.ptr[i] + carry;
        r.ptr[i] = (uint32_t)s;
        carry = s >> 32;
    }
    /*@ loop invariant lo.len <= i <= n;
        loop assigns i, carry, r.ptr[lo.len .. n - 1];
        loop variant n - i; */
    for (; i < n; i++) {
        uint64_t s = (uint64_t)hi.ptr[i] + carry;
        r.ptr[i] = (uint32_t)s;
        carry = s >> 32;
    }
    r.ptr[n] = (uint32_t)carry;
    return sp_limbs_norm((sp_u32s){ r.ptr, n + 1 });
}

/*@ requires r.len >= a.len;
    requires \valid(r.ptr + (0 .. r.len - 1));
    requires \valid_read(a.ptr + (0 .. a.len - 1));
    requires \valid_read(b.ptr + (0 .. b.len - 1));
    assigns r.ptr[0 .. a.len - 1];
    ensures \result <= a.len;   // traps if a < b (not stated: no values here) */
size_t sp_limbs_sub(sp_u32s r, sp_u32s a, sp_u32s b)
{
    size_t bn = sp_limbs_norm(b);
    if (r.len < a.len || bn > a.len)
        sp_trap("sp_limbs_sub: bad lengths");
    uint32_t borrow = 0;
    size_t i = 0;
    /*@ loop invariant i <= bn;
        loop assigns i, borrow, r.ptr[0 .. bn - 1];
        loop variant bn - i; */
    for (; i < bn; i++) {
        uint64_t d = (uint64_t)a.ptr[i] - b.ptr[i] - borrow;
        r.ptr[i] = (uint32_t)d;
        borrow = (uint32_t)(d >> 63);   /* wrapped below zero */
    }
    /*@ loop invariant bn <= i <= a.len;
        loop assigns i, borrow, r.ptr[bn .. a.len - 1];
        loop variant a.len - i; */
    for (; i < a.len; i++) {
        uint64_t d = (uint64_t)a.ptr[i] - borrow;
        r.ptr[i] = (uint32_t)d;
        borrow = (uint32_t)(d >> 63);
    }
    if (borrow)
        sp_trap("sp_limbs_sub: a < b");
    return sp_limbs_norm((sp_u32s){ r.ptr, a.len });
}

/*@ requires \valid(a.ptr + (0 .. a.len - 1));
    assigns a.ptr[0 .. a.len - 1]; */
uint32_t sp_limbs_mul1_add(sp_u32s a, uint32_t m, uint32_t c)
{
    uint64_t carry = c;
    /*@ loop invariant i <= a.len;
        loop assigns i, carry, a.ptr[0 .. a.len - 1];
        loop variant a.len - i; */
    for (size_t i = 0; i < a.len; i++) {
        uint64_t p = (uint64_t)a.ptr[i] * m + carry;
        a.ptr[i] = (uint32_t)p;
        carry = p >> 32;
    }
    return (uint32_t)carry;
}

/*@ requires \valid(a.ptr + (0 .. a.len - 1));
    requires d != 0;
    assigns a.ptr[0 .. a.len - 1];
    ensures \result < d; */
uint32_t sp_limbs_divrem1(sp_u32s a, uint32_t d)
{
    if (d == 0)
        sp_trap("sp_limbs_divrem1: division by zero");
    uint64_t rem = 0;
    /*@ loop invariant i <= a.len;
        loop invariant rem < d;
        loop assigns i, rem, a.ptr[0 .. a.len - 1];
        loop variant i; */
    for (size_t i = a.len; i-- > 0;) {
        uint64_t cur = (rem << 32) + a.ptr[i];   /* rem < d: no overlap */
        a.ptr[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

/* r[0 .. a.len+b.len) = a * b, the O(n*m) way.  Pre: a.len >= b.len >= 1
 * (sp_limbs_mul swaps and checks).  The outer loop runs over the shorter
 * operand, so the common big * one-limb product is a single pass; the
 * first row assigns r instead of adding, so r needs no zeroing. */
/*@ requires a.len >= b.len >= 1 && r.len >= a.len + b.len;
    requires \valid(r.ptr + (0 .. r.len - 1));
    requires \valid_read(a.ptr + (0 .. a.len - 1));
    requires \valid_read(b.ptr + (0 .. b.len - 1));
    assigns r.ptr[0 .. a.len + b.len - 1]; */
static void mul_school(sp_u32s r, sp_u32s a, sp_u32s b)
{
    uint64_t b0 = b.ptr[0], carry = 0;
    /*@ loop invariant j <= a.len;
        loop assigns j, carry, r.ptr[0 .. a.len - 1];
        loop variant a.len - j; */
    for (size_t j = 0; j < a.len; j++) {
        uint64_t t = b0 * a.ptr[j] + carry;
        r.ptr[j] = (uint32_t)t;
        carry = t >> 32;
    }
    r.ptr[a.len] = (uint32_t)carry;
    /*@ loop invariant 1 <= i <= b.len;
        loop assigns i, carry, r.ptr[1 .. a.len + b.len - 1];
        loop variant b.len - i; */
    for (size_t i = 1; i < b.len; i++) {
        uint64_t bi = b.ptr[i];
        carry = 0;
        if (bi != 0) {
            /*@ loop invariant j <= a.len;
                loop assigns j, carry, r.ptr[i .. i + a.len - 1];
                loop variant a.len - j; */
            for (size_t j = 0; j < a.len; j++) {
                uint64_t t = bi * a.ptr[j] + r.ptr[i + j] + carry;
                r.ptr[i + j] = (uint32_t)t;
                carry = t >> 32;
            }
        }
        r.ptr[i + a.len] = (uint32_t)carry;
    }
}

/* r += x (r.len >= x.len); returns the carry out of r's top. */
/*@ requires x.len <= r.len;
    requires \valid(r.ptr + (0 .. r.len - 1));
    requires \valid_read(x.ptr + (0 .. x.len - 1));
    assigns r.ptr[0 .. r.len - 1]; */
static uint32_t add_into(sp_u32s r, sp_u32s x)
{
    uint64_t carry = 0;
    size_t i = 0;
    /*@ loop invariant i <= x.len;
        loop assigns i, carry, r.ptr[0 .. x.len - 1];
        loop variant x.len - i; */
    for (; i < x.len; i++) {
        uint64_t s = (uint64_t)r.ptr[i] + x.ptr[i] + carry;
        r.ptr[i] = (uint32_t)s;
        carry = s >> 32;
    }
    /*@ loop invariant x.len <= i <= r.len;
        loop assigns i, carry, r.ptr[x.len .. r.len - 1];
        loop variant r.len - i; */
    for (; carry && i < r.len; i++) {
        uint64_t s = (uint64_t)r.ptr[i] + carry;
        r.ptr[i] = (uint32_t)s;
        carry = s >> 32;
    }
    return (uint32_t)carry;
}

/* The scratch bound is a closed form so that the proof of sp_limbs_mul
 * needs no induction: 5 * max(an, bn) limbs cover every level of the
 * recursion.  A balanced level with an >= 94 (below that its sub-products
 * are schoolbook and need none) takes 2 * (la + lb) <= 2 * (an + 3) limbs
 * and leaves at least 5 * an - 2 * (an + 3) >= 5 * la for the level below,
 * since la = an - an/2 + 1; an unbalanced one takes 2 * bn <= an and
 * leaves at least 8 * bn >= 5 * bn.  Saturates instead of wrapping (no
 * int has that many limbs: the allocation fails). */
/*@ logic integer mul_scratch(integer an, integer bn) =
        \min(an, bn) < SP_KARATSUBA_CUTOFF ? 0 : 5 * \max(an, bn);
*/
/*@ assigns \nothing;
    ensures \result == \min(mul_scratch(an, bn), SIZE_MAX); */
size_t sp_limbs_mul_scratch(size_t an, size_t bn)
{
    if (an < bn) {
        size_t t = an;
        an = bn;
        bn = t;
    }
    if (bn < SP_KARATSUBA_CUTOFF)
        return 0;
    return an > SIZE_MAX / 5 ? SIZE_MAX : 5 * an;
}

/*@ requires r.len >= a.len + b.len;
    requires \valid(r.ptr + (0 .. r.len - 1));
    requires \valid_read(a.ptr + (0 .. a.len - 1));
    requires \valid_read(b.ptr + (0 .. b.len - 1));
    requires s.len >= mul_scratch(a.len, b.len);
    requires \valid(s.ptr + (0 .. s.len - 1));
    requires \separated(r.ptr + (0 .. r.len - 1), s.ptr + (0 .. s.len - 1), a.ptr + (0 .. a.len - 1));
    requires \separated(r.ptr + (0 .. r.len - 1), s.ptr + (0 .. s.len - 1), b.ptr + (0 .. b.len - 1));
    decreases a.len + b.len;
    assigns r.ptr[0 .. a.len + b.len - 1], s.ptr[0 .. s.len - 1]; */
void sp_limbs_mul(sp_u32s r, sp_u32s a, sp_u32s b, sp_u32s s)
{
    if (a.len < b.len) {
        sp_u32s t = a;
        a = b;
        b = t;
    }
    size_t an = a.len, bn = b.len;
    if (r.len < an + bn || s.len < sp_limbs_mul_scratch(an, bn))
        sp_trap("sp_limbs_mul: output or scratch too short");
    if (bn == 0) {
        sp_limbs_zero((sp_u32s){ r.ptr, an });
        return;
    }
    if (bn < SP_KARATSUBA_CUTOFF) {
        mul_school(r, a, b);
        return;
    }
    if (an >= 2 * bn) {
        /* Unbalanced: multiply b by bn-limb chunks of a and accumulate. */
        sp_u32s t = { s.ptr, 2 * bn };
        sp_u32s rest = { s.ptr + 2 * bn, s.len - 2 * bn };
        sp_limbs_zero((sp_u32s){ r.ptr, an + bn });
        /*@ loop invariant i < an + bn;
            loop assigns i, r.ptr[0 .. an + bn - 1], s.ptr[0 .. s.len - 1];
            loop variant an - i; */
        for (size_t i = 0; i < an; i += bn) {
            size_t cn = an - i < bn ? an - i : bn;
            sp_u32s tt = { t.ptr, cn + bn };
            sp_limbs_mul(tt, (sp_u32s){ a.ptr + i, cn }, b, rest);
            (void)add_into((sp_u32s){ r.ptr + i, an + bn - i }, tt);
        }
        return;
    }
    /* Karatsuba: a = a1*B^m + a0, b = b1*B^m + b0 with B = 2^32 and
     * m = an/2 < bn, so every part is non-empty.
     * a*b = z2*B^2m + (z1 - z2 - z0)*B^m + z0, z1 = (a0+a1)(b0+b1). */
    size_t m = an / 2;
    size_t la = an - m + 1;
    size_t lb = (m > bn - m ? m : bn - m) + 1;
    /* The scratch bound (see sp_limbs_mul_scratch), step by step. */
    //@ assert k1: s.len >= 5 * an && 2 * bn > an;
    //@ assert k2: an % 2 < 2 && an == 2 * m + an % 2 && 24 <= m < bn;
    //@ assert k3: la == an - m + 1 && la <= m + 2;
    //@ assert k4: lb == \max(m, bn - m) + 1 && lb <= la;
    //@ assert k5: 2 * (la + lb) <= 4 * m + 8 <= s.len;
    //@ assert k6: s.len - 2 * (la + lb) >= 5 * la;
    //@ assert k7: mul_scratch(m, m) <= 5 * la && mul_scratch(an - m, bn - m) <= 5 * la && mul_scratch(la, lb) <= 5 * la;
    sp_u32s a0 = { a.ptr, m }, a1 = { a.ptr + m, an - m };
    sp_u32s b0 = { b.ptr, m }, b1 = { b.ptr + m, bn - m };
    sp_u32s sa = { s.ptr, la };
    sp_u32s sb = { s.ptr + la, lb };
    sp_u32s z1 = { s.ptr + la + lb, la + lb };
    sp_u32s rest = { s.ptr + 2 * (la + lb), s.len - 2 * (la + lb) };
    sp_u32s z0 = { r.ptr, 2 * m };
    sp_u32s z2 = { r.ptr + 2 * m, an + bn - 2 * m };
    /* Restated for WP, whose hypothesis filter loses these initialisers. */
    //@ assert k8: a0.ptr == a.ptr && a0.len == m && a1.ptr == a.ptr + m && a1.len == an - m;
    //@ assert k9: b0.ptr == b.ptr && b0.len == m && b1.ptr == b.ptr + m && b1.len == bn - m;
    //@ assert k10: sa.ptr == s.ptr && sa.len == la && sb.ptr == s.ptr + la && sb.len == lb;
    //@ assert k11: z1.ptr == s.ptr + (la + lb) && z1.len == la + lb;
    //@ assert k12: rest.ptr == s.ptr + 2 * (la + lb) && rest.len == s.len - 2 * (la + lb);
    //@ assert k13: z0.ptr == r.ptr && z0.len == 2 * m && z2.ptr == r.ptr + 2 * m && z2.len == an + bn - 2 * m;
    sp_limbs_mul(z0, a0, b0, rest);
    sp_limbs_mul(z2, a1, b1, rest);
    (void)sp_limbs_add(sa, a0, a1);
    (void)sp_limbs_add(sb, b0, b1);
    sp_limbs_mul(z1, sa, sb, rest);
    (void)sp_limbs_sub(z1, z1, z0);
    (void)sp_limbs_sub(z1, z1, z2);
    /* z1 - z2 - z0 = a0*b1 + a1*b0 < B^(an+bn-m): it fits above z0's low
     * half.  The check keeps that arithmetic fact out of the memory-safety
     * argument. */
    size_t zn = sp_limbs_norm(z1);
    if (zn > an + bn - m)
        sp_trap("sp_limbs_mul: Karatsuba middle term too long");
    (void)add_into((sp_u32s){ r.ptr + m, an + bn - m }, (sp_u32s){ z1.ptr, zn });
}

/* Leading zero bits of x (32 for zero), by binary search. */
/*@ assigns \nothing;
    ensures \result <= 32;
    ensures x != 0 ==> \result <= 31; */
static unsigned clz32(uint32_t x)
{
    if (x == 0)
        return 32;
    unsigned n = 0;
    if (x <= 0x0000ffffu) {
        n += 16;
        x <<= 16;
    }
    if (x <= 0x00ffffffu) {
        n += 8;
        x <<= 8;
    }
    if (x <= 0x0fffffffu) {
        n += 4;
        x <<= 4;
    }
    if (x <= 0x3fffffffu) {
        n += 2;
        x <<= 2;
    }
    if (x <= 0x7fffffffu)
        n += 1;
    return n;
}

/*@ requires b.len >= 1 && a.len >= b.len;
    requires \valid_read(b.ptr + (0 .. b.len - 1)) && b.ptr[b.len - 1] != 0;
    requires \valid_read(a.ptr + (0 .. a.len - 1));
    requires q.len >= a.len - b.len + 1 && \valid(q.ptr + (0 .. q.len - 1));
    requires rem.len >= b.len && \valid(rem.ptr + (0 .. rem.len - 1));
    requires scratch.len >= a.len + b.len + 1 && \valid(scratch.ptr + (0 .. scratch.len - 1));
    requires \separated(q.ptr + (0 .. q.len - 1), rem.ptr + (0 .. rem.len - 1), scratch.ptr + (0 .. scratch.len - 1), a.ptr + (0 .. a.len - 1), b.ptr + (0 .. b.len - 1));
    assigns q.ptr[0 .. a.len - b.len], rem.ptr[0 .. b.len - 1], scratch.ptr[0 .. scratch.len - 1]; */
void sp_limbs_divrem(sp_u32s q, sp_u32s rem, sp_u32s a, sp_u32s b, sp_u32s scratch)
{
    size_t an = a.len, bn = b.len;
    if (bn == 0 || b.ptr[bn - 1] == 0 || an < bn || q.len < an - bn + 1 ||
        rem.len < bn || scratch.len < an + bn + 1)
        sp_trap("sp_limbs_divrem: bad arguments");
    if (bn == 1) {
        /*@ loop invariant i <= an;
            loop assigns i, q.ptr[0 .. an - 1];
            loop variant an - i; */
        for (size_t i = 0; i < an; i++)
            q.ptr[i] = a.ptr[i];
        rem.ptr[0] = sp_limbs_divrem1((sp_u32s){ q.ptr, an }, b.ptr[0]);
        return;
    }
    /* D1: normalise so that v's top bit is set; then qhat is at most 2
     * too large (Knuth's theorem B). */
    unsigned sh = clz32(b.ptr[bn - 1]);
    uint32_t *u = scratch.ptr;          /* an + 1 limbs */
    uint32_t *v = scratch.ptr + an + 1; /* bn limbs */
    sp_limbs_shl((sp_u32s){ u, an + 1 }, a, sh);
    /*@ loop invariant i <= bn;
        loop assigns i, v[0 .. bn - 1];
        loop variant i; */
    for (size_t i = bn; i-- > 0;) {
        uint32_t hi = b.ptr[i] << sh;
        uint32_t lo = (sh && i > 0) ? b.ptr[i - 1] >> (32 - sh) : 0;
        v[i] = hi | lo;
    }
    uint64_t vtop = v[bn - 1], vnext = v[bn - 2];
    /* Cannot fail (clz32 shifted b's top limb's highest 1 bit to bit 31);
     * the check keeps that bit-level fact out of the proof of the
     * divisions below. */
    if (vtop < 0x80000000u)
        sp_trap("sp_limbs_divrem: divisor not normalised");
    /*@ loop invariant j <= an - bn + 1;
        loop assigns j, u[0 .. an], q.ptr[0 .. an - bn];
        loop variant j; */
    for (size_t j = an - bn + 1; j-- > 0;) {
        /* D3: estimate qhat from the top two limbs of u and v's top one. */
        uint64_t num = ((uint64_t)u[j + bn] << 32) | u[j + bn - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        /* (rhat << 32) + u[..] rather than |: the same value (the low half
         * is zero), and the prover sees at once that it is not negative. */
        /*@ loop assigns qhat, rhat;
            loop variant qhat; */
        while (qhat > 0xffffffffu ||
               qhat * vnext > (rhat << 32) + u[j + bn - 2]) {
            qhat--;
            rhat += vtop;
            if (rhat > 0xffffffffu)
                break;
        }
        /* D4: u[j .. j+bn] -= qhat * v. */
        uint64_t carry = 0, borrow = 0;
        /*@ loop invariant i <= bn;
            loop assigns i, carry, borrow, u[j .. j + bn - 1];
            loop variant bn - i; */
        for (size_t i = 0; i < bn; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p >> 32;
            uint64_t d = (uint64_t)u[i + j] - (uint32_t)p - borrow;
            u[i + j] = (uint32_t)d;
            borrow = d >> 63;
        }
        uint64_t d = (uint64_t)u[j + bn] - carry - borrow;
        u[j + bn] = (uint32_t)d;
        if (d >> 63) {
            /* D6: qhat was one too large; add v back. */
            qhat--;
            uint64_t c = 0;
            /*@ loop invariant i <= bn;
                loop assigns i, c, u[j .. j + bn - 1];
                loop variant bn - i; */
            for (size_t i = 0; i < bn; i++) {
                uint64_t s = (uint64_t)u[i + j] + v[i] + c;
                u[i + j] = (uint32_t)s;
                c = s >> 32;
            }
            u[j + bn] = (uint32_t)((uint64_t)u[j + bn] + c);
        }
        q.ptr[j] = (uint32_t)qhat;
    }
    /* D8: the remainder is u[0..bn) shifted back. */
    /*@ loop invariant i <= bn;
        loop assigns i, rem.ptr[0 .. bn - 1];
        loop variant bn - i; */
    for (size_t i = 0; i < bn; i++) {
        uint32_t lo = u[i] >> sh;
        uint32_t hi = sh ? u[i + 1] << (32 - sh) : 0;
        rem.ptr[i] = lo | hi;
    }
}

/*@ requires r.len >= a.len + bits / 32 + 1;
    requires \valid(r.ptr + (0 .. r.len - 1));
    requires \valid_read(a.ptr + (0 .. a.len - 1));
    requires \separated(r.ptr + (0 .. r.len - 1), a.ptr + (0 .. a.len - 1));
    assigns r.ptr[0 .. a.len + bits / 32]; */
void sp_limbs_shl(sp_u32s r, sp_u32s a, size_t bits)
{
    size_t ls = bits / 32;
    unsigned bs = (unsigned)(bits % 32);
    if (r.len < a.len + 1 || r.len - a.len - 1 < ls)
        sp_trap("sp_limbs_shl: result too short");
    /*@ loop invariant i <= ls;
        loop assigns i, r.ptr[0 .. ls - 1];
        loop variant ls - i; */
    for (size_t i = 0; i < ls; i++)
        r.ptr[i] = 0;
    uint32_t carry = 0;
    /*@ loop invariant i <= a.len;
        loop assigns i, carry, r.ptr[ls .. ls + a.len - 1];
        loop variant a.len - i; */
    for (size_t i = 0; i < a.len; i++) {
        uint32_t x = a.ptr[i];
        r.ptr[i + ls] = (x << bs) | carry;
        carry = bs ? x >> (32 - bs) : 0;
    }
    r.ptr[a.len + ls] = carry;
}

/* r may be a itself: limb i + ls of a is read before r[i] is written. */
/*@ requires \valid_read(a.ptr + (0 .. a.len - 1));
    requires bits / 32 >= a.len || r.len >= a.len - bits / 32;
    requires \valid(r.ptr + (0 .. r.len - 1));
    assigns r.ptr[0 .. a.len - bits / 32 - 1]; */
bool sp_limbs_shr(sp_u32s r, sp_u32s a, size_t bits)
{
    size_t ls = bits / 32;
    unsigned bs = (unsigned)(bits % 32);
    bool lost = false;
    /*@ loop invariant i <= ls && i <= a.len;
        loop assigns i, lost;
        loop variant a.len - i; */
    for (size_t i = 0; i < ls && i < a.len; i++)
        lost = lost || a.ptr[i] != 0;
    if (ls >= a.len)
        return lost;
    if (r.len < a.len - ls)
        sp_trap("sp_limbs_shr: result too short");
    if (bs && (a.ptr[ls] & ((1u << bs) - 1)) != 0)
        lost = true;
    /*@ loop invariant i + ls <= a.len;
        loop assigns i, r.ptr[0 .. a.len - ls - 1];
        loop variant a.len - ls - i; */
    for (size_t i = 0; i + ls < a.len; i++) {
        uint32_t lo = a.ptr[i + ls] >> bs;
        uint32_t hi = (bs && i + ls + 1 < a.len) ? a.ptr[i + ls + 1] << (32 - bs) : 0;
        r.ptr[i] = lo | hi;
    }
    return lost;
}

/*@ requires \valid_read(a.ptr + (0 .. a.len - 1));
    assigns \nothing; */
size_t sp_limbs_bit_length(sp_u32s a)
{
    size_t n = sp_limbs_norm(a);
    if (n == 0)
        return 0;
    return (n - 1) * 32 + (32 - clz32(a.ptr[n - 1]));
}

SP_UNSAFE_BUFFERS_END

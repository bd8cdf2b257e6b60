/* Limb kernels for arbitrary-precision ints (see bigint.h for the
 * contracts).  Every function checks its size preconditions on entry and
 * traps if they fail, so the loops below may index raw memory: each index
 * is bounded by a length that the entry check related to the span's len.
 * Products are uint64_t: (2^32-1)^2 + 2*(2^32-1) = 2^64-1 is the largest
 * value any multiply-accumulate step below can produce. */
#include "bigint.h"

SP_UNSAFE_BUFFERS_BEGIN

/*@ requires a.len == 0 || \valid_read(a.ptr + (0 .. a.len - 1));
    assigns \nothing;
    ensures \result <= a.len;
    ensures \forall integer i; \result <= i < a.len ==> a.ptr[i] == 0;
    ensures \result == 0 || a.ptr[\result - 1] != 0; */
size_t sp_limbs_norm(sp_u32s a)
{
    size_t n = a.len;
    while (n > 0 && a.ptr[n - 1] == 0)
        n--;
    return n;
}

/*@ requires a.len == 0 || \valid_read(a.ptr + (0 .. a.len - 1));
    requires b.len == 0 || \valid_read(b.ptr + (0 .. b.len - 1));
    assigns \nothing;
    ensures -1 <= \result <= 1; */
int sp_limbs_cmp(sp_u32s a, sp_u32s b)
{
    size_t an = sp_limbs_norm(a), bn = sp_limbs_norm(b);
    if (an != bn)
        return an < bn ? -1 : 1;
    for (size_t i = an; i-- > 0;) {
        if (a.ptr[i] != b.ptr[i])
            return a.ptr[i] < b.ptr[i] ? -1 : 1;
    }
    return 0;
}

/*@ requires r.len == 0 || \valid(r.ptr + (0 .. r.len - 1));
    assigns r.ptr[0 .. r.len - 1];
    ensures \forall integer i; 0 <= i < r.len ==> r.ptr[i] == 0; */
void sp_limbs_zero(sp_u32s r)
{
    for (size_t i = 0; i < r.len; i++)
        r.ptr[i] = 0;
}

void sp_limbs_copy(sp_u32s r, sp_u32s a)
{
    if (r.len < a.len)
        sp_trap("sp_limbs_copy: destination too short");
    if (r.ptr == a.ptr)
        return;
    for (size_t i = 0; i < a.len; i++)
        r.ptr[i] = a.ptr[i];
}

/*@ requires \valid(r.ptr + (0 .. r.len - 1));
    requires a.len == 0 || \valid_read(a.ptr + (0 .. a.len - 1));
    requires b.len == 0 || \valid_read(b.ptr + (0 .. b.len - 1));
    assigns r.ptr[0 .. r.len - 1];
    behavior ok: assumes r.len >= \max(a.len, b.len) + 1;
        ensures \result <= \max(a.len, b.len) + 1;
    behavior short: assumes r.len < \max(a.len, b.len) + 1;
        ensures \false;   // traps */
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
    for (; i < lo.len; i++) {
        uint64_t s = (uint64_t)lo.ptr[i] + hi.ptr[i] + carry;
        r.ptr[i] = (uint32_t)s;
        carry = s >> 32;
    }
    for (; i < n; i++) {
        uint64_t s = (uint64_t)hi.ptr[i] + carry;
        r.ptr[i] = (uint32_t)s;
        carry = s >> 32;
    }
    r.ptr[n] = (uint32_t)carry;
    return sp_limbs_norm((sp_u32s){ r.ptr, n + 1 });
}

/*@ requires r.len >= a.len && (a.len == 0 || \valid(r.ptr + (0 .. a.len - 1)));
    requires a.len == 0 || \valid_read(a.ptr + (0 .. a.len - 1));
    requires b.len == 0 || \valid_read(b.ptr + (0 .. b.len - 1));
    assigns r.ptr[0 .. a.len - 1];
    ensures \result <= a.len;   // traps if a < b */
size_t sp_limbs_sub(sp_u32s r, sp_u32s a, sp_u32s b)
{
    size_t bn = sp_limbs_norm(b);
    if (r.len < a.len || bn > a.len)
        sp_trap("sp_limbs_sub: bad lengths");
    uint32_t borrow = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        uint64_t d = (uint64_t)a.ptr[i] - b.ptr[i] - borrow;
        r.ptr[i] = (uint32_t)d;
        borrow = (uint32_t)(d >> 63);   /* wrapped below zero */
    }
    for (; i < a.len; i++) {
        uint64_t d = (uint64_t)a.ptr[i] - borrow;
        r.ptr[i] = (uint32_t)d;
        borrow = (uint32_t)(d >> 63);
    }
    if (borrow)
        sp_trap("sp_limbs_sub: a < b");
    return sp_limbs_norm((sp_u32s){ r.ptr, a.len });
}

/*@ requires a.len == 0 || \valid(a.ptr + (0 .. a.len - 1));
    assigns a.ptr[0 .. a.len - 1]; */
uint32_t sp_limbs_mul1_add(sp_u32s a, uint32_t m, uint32_t c)
{
    uint64_t carry = c;
    for (size_t i = 0; i < a.len; i++) {
        uint64_t p = (uint64_t)a.ptr[i] * m + carry;
        a.ptr[i] = (uint32_t)p;
        carry = p >> 32;
    }
    return (uint32_t)carry;
}

/*@ requires a.len == 0 || \valid(a.ptr + (0 .. a.len - 1));
    requires d != 0;
    assigns a.ptr[0 .. a.len - 1];
    ensures \result < d; */
uint32_t sp_limbs_divrem1(sp_u32s a, uint32_t d)
{
    if (d == 0)
        sp_trap("sp_limbs_divrem1: division by zero");
    uint64_t rem = 0;   /* invariant: rem < d */
    for (size_t i = a.len; i-- > 0;) {
        uint64_t cur = (rem << 32) | a.ptr[i];
        a.ptr[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

/* r[0 .. a.len+b.len) = a * b, the O(n*m) way.  Pre: a.len >= b.len >= 1
 * (sp_limbs_mul swaps and checks).  The outer loop runs over the shorter
 * operand, so the common big * one-limb product is a single pass; the
 * first row assigns r instead of adding, so r needs no zeroing. */
static void mul_school(sp_u32s r, sp_u32s a, sp_u32s b)
{
    uint64_t b0 = b.ptr[0], carry = 0;
    for (size_t j = 0; j < a.len; j++) {
        uint64_t t = b0 * a.ptr[j] + carry;
        r.ptr[j] = (uint32_t)t;
        carry = t >> 32;
    }
    r.ptr[a.len] = (uint32_t)carry;
    for (size_t i = 1; i < b.len; i++) {
        uint64_t bi = b.ptr[i];
        carry = 0;
        if (bi != 0) {
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
static uint32_t add_into(sp_u32s r, sp_u32s x)
{
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < x.len; i++) {
        uint64_t s = (uint64_t)r.ptr[i] + x.ptr[i] + carry;
        r.ptr[i] = (uint32_t)s;
        carry = s >> 32;
    }
    for (; carry && i < r.len; i++) {
        uint64_t s = (uint64_t)r.ptr[i] + carry;
        r.ptr[i] = (uint32_t)s;
        carry = s >> 32;
    }
    return (uint32_t)carry;
}

size_t sp_limbs_mul_scratch(size_t an, size_t bn)
{
    if (an < bn) {
        size_t t = an;
        an = bn;
        bn = t;
    }
    if (bn < SP_KARATSUBA_CUTOFF)
        return 0;
    if (an >= 2 * bn)
        return 2 * bn + sp_limbs_mul_scratch(bn, bn);
    size_t m = an / 2;
    size_t la = an - m + 1;
    size_t lb = (m > bn - m ? m : bn - m) + 1;
    return 2 * (la + lb) + sp_limbs_mul_scratch(la, lb);
}

/*@ requires r.len >= a.len + b.len && \valid(r.ptr + (0 .. r.len - 1));
    requires a.len == 0 || \valid_read(a.ptr + (0 .. a.len - 1));
    requires b.len == 0 || \valid_read(b.ptr + (0 .. b.len - 1));
    requires s.len >= sp_limbs_mul_scratch(a.len, b.len);
    requires s.len == 0 || \valid(s.ptr + (0 .. s.len - 1));
    requires \separated(r.ptr + (0 .. r.len - 1), s.ptr + (0 .. s.len - 1), a.ptr + (0 .. a.len - 1));
    requires \separated(r.ptr + (0 .. r.len - 1), s.ptr + (0 .. s.len - 1), b.ptr + (0 .. b.len - 1));
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
    sp_u32s a0 = { a.ptr, m }, a1 = { a.ptr + m, an - m };
    sp_u32s b0 = { b.ptr, m }, b1 = { b.ptr + m, bn - m };
    size_t la = an - m + 1;
    size_t lb = (m > bn - m ? m : bn - m) + 1;
    sp_u32s sa = { s.ptr, la };
    sp_u32s sb = { s.ptr + la, lb };
    sp_u32s z1 = { s.ptr + la + lb, la + lb };
    sp_u32s rest = { s.ptr + 2 * (la + lb), s.len - 2 * (la + lb) };
    sp_u32s z0 = { r.ptr, 2 * m };
    sp_u32s z2 = { r.ptr + 2 * m, an + bn - 2 * m };
    sp_limbs_mul(z0, a0, b0, rest);
    sp_limbs_mul(z2, a1, b1, rest);
    (void)sp_limbs_add(sa, a0, a1);
    (void)sp_limbs_add(sb, b0, b1);
    sp_limbs_mul(z1, sa, sb, rest);
    (void)sp_limbs_sub(z1, z1, z0);
    (void)sp_limbs_sub(z1, z1, z2);
    size_t zn = sp_limbs_norm(z1);
    (void)add_into((sp_u32s){ r.ptr + m, an + bn - m }, (sp_u32s){ z1.ptr, zn });
}

static unsigned clz32(uint32_t x)
{
    unsigned n = 0;
    if (x == 0)
        return 32;
    while ((x & 0x80000000u) == 0) {
        x <<= 1;
        n++;
    }
    return n;
}

/*@ requires b.len >= 1 && b.ptr[b.len - 1] != 0 && a.len >= b.len;
    requires q.len >= a.len - b.len + 1 && \valid(q.ptr + (0 .. q.len - 1));
    requires rem.len >= b.len && \valid(rem.ptr + (0 .. rem.len - 1));
    requires scratch.len >= a.len + b.len + 1 && \valid(scratch.ptr + (0 .. scratch.len - 1));
    requires \valid_read(a.ptr + (0 .. a.len - 1)) && \valid_read(b.ptr + (0 .. b.len - 1));
    requires \separated(q.ptr + (0 .. q.len - 1), rem.ptr + (0 .. rem.len - 1), scratch.ptr + (0 .. scratch.len - 1), a.ptr + (0 .. a.len - 1), b.ptr + (0 .. b.len - 1));
    assigns q.ptr[0 .. a.len - b.len], rem.ptr[0 .. b.len - 1], scratch.ptr[0 .. scratch.len - 1]; */
void sp_limbs_divrem(sp_u32s q, sp_u32s rem, sp_u32s a, sp_u32s b, sp_u32s scratch)
{
    size_t an = a.len, bn = b.len;
    if (bn == 0 || b.ptr[bn - 1] == 0 || an < bn || q.len < an - bn + 1 ||
        rem.len < bn || scratch.len < an + bn + 1)
        sp_trap("sp_limbs_divrem: bad arguments");
    if (bn == 1) {
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
    for (size_t i = bn; i-- > 0;) {
        uint32_t hi = b.ptr[i] << sh;
        uint32_t lo = (sh && i > 0) ? b.ptr[i - 1] >> (32 - sh) : 0;
        v[i] = hi | lo;
    }
    uint64_t vtop = v[bn - 1], vnext = v[bn - 2];
    for (size_t j = an - bn + 1; j-- > 0;) {
        /* D3: estimate qhat from the top two limbs of u and v's top one. */
        uint64_t num = ((uint64_t)u[j + bn] << 32) | u[j + bn - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat > 0xffffffffu ||
               qhat * vnext > ((rhat << 32) | u[j + bn - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat > 0xffffffffu)
                break;
        }
        /* D4: u[j .. j+bn] -= qhat * v. */
        uint64_t carry = 0, borrow = 0;
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
    for (size_t i = 0; i < bn; i++) {
        uint32_t lo = u[i] >> sh;
        uint32_t hi = sh ? u[i + 1] << (32 - sh) : 0;
        rem.ptr[i] = lo | hi;
    }
}

/*@ requires r.len >= a.len + bits / 32 + 1 && \valid(r.ptr + (0 .. r.len - 1));
    requires a.len == 0 || \valid_read(a.ptr + (0 .. a.len - 1));
    requires \separated(r.ptr + (0 .. r.len - 1), a.ptr + (0 .. a.len - 1));
    assigns r.ptr[0 .. a.len + bits / 32]; */
void sp_limbs_shl(sp_u32s r, sp_u32s a, size_t bits)
{
    size_t ls = bits / 32;
    unsigned bs = (unsigned)(bits % 32);
    if (r.len < a.len + 1 || r.len - a.len - 1 < ls)
        sp_trap("sp_limbs_shl: result too short");
    for (size_t i = 0; i < ls; i++)
        r.ptr[i] = 0;
    uint32_t carry = 0;
    for (size_t i = 0; i < a.len; i++) {
        uint32_t x = a.ptr[i];
        r.ptr[i + ls] = (x << bs) | carry;
        carry = bs ? x >> (32 - bs) : 0;
    }
    r.ptr[a.len + ls] = carry;
}

/*@ requires a.len == 0 || \valid_read(a.ptr + (0 .. a.len - 1));
    requires bits / 32 >= a.len || (r.len >= a.len - bits / 32 && \valid(r.ptr + (0 .. r.len - 1)));
    assigns r.ptr[0 .. a.len - bits / 32 - 1];   // r may be a itself (reads run ahead of writes) */
bool sp_limbs_shr(sp_u32s r, sp_u32s a, size_t bits)
{
    size_t ls = bits / 32;
    unsigned bs = (unsigned)(bits % 32);
    bool lost = false;
    for (size_t i = 0; i < ls && i < a.len; i++)
        lost = lost || a.ptr[i] != 0;
    if (ls >= a.len)
        return lost;
    if (r.len < a.len - ls)
        sp_trap("sp_limbs_shr: result too short");
    if (bs && (a.ptr[ls] & ((1u << bs) - 1)) != 0)
        lost = true;
    for (size_t i = 0; i + ls < a.len; i++) {
        uint32_t lo = a.ptr[i + ls] >> bs;
        uint32_t hi = (bs && i + ls + 1 < a.len) ? a.ptr[i + ls + 1] << (32 - bs) : 0;
        r.ptr[i] = lo | hi;
    }
    return lost;
}

size_t sp_limbs_bit_length(sp_u32s a)
{
    size_t n = sp_limbs_norm(a);
    if (n == 0)
        return 0;
    return (n - 1) * 32 + (32 - clz32(a.ptr[n - 1]));
}

SP_UNSAFE_BUFFERS_END

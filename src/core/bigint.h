/* Limb kernels for arbitrary-precision ints: the only code that touches a
 * bigint's limbs through raw memory.  src/objects/int.c builds Python ints
 * (sign-magnitude) on top of these unsigned magnitude operations.
 *
 * A magnitude is an sp_u32s span of 32-bit limbs, least significant first.
 * "Normalised" means no leading (most significant) zero limb; the empty
 * span is zero.  Products and carries are computed in uint64_t (never
 * __int128), so every step is plain C that Frama-C can follow.
 *
 * Unless a function says otherwise:
 *   - inputs need not be normalised, outputs are written in full (every
 *     limb of the stated output range is assigned);
 *   - the output may not overlap an input (the functions that allow
 *     in-place use say so);
 *   - a precondition that fails is a bug in the caller: the span accessors
 *     trap rather than touch memory out of bounds.
 * Functions return the normalised length of their result where useful.
 */
#ifndef SP_BIGINT_H
#define SP_BIGINT_H

#include "core.h"

/* Above this many limbs (both operands), multiplication uses Karatsuba. */
#define SP_KARATSUBA_CUTOFF 48

/* Length of a without its leading zero limbs. */
size_t sp_limbs_norm(sp_u32s a);
/* Compare magnitudes: -1, 0, 1.  Any lengths. */
int sp_limbs_cmp(sp_u32s a, sp_u32s b);
/* r[0..n) = 0 */
void sp_limbs_zero(sp_u32s r);
/* r[0..a.len) = a; r.len >= a.len.  r may equal a. */
void sp_limbs_copy(sp_u32s r, sp_u32s a);

/* r = a + b.  Pre: r.len >= max(a.len, b.len) + 1.  r may be the same
 * memory as a or b (limb i of the inputs is read before r[i] is written).
 * Writes r[0 .. max+1) and returns the normalised length. */
size_t sp_limbs_add(sp_u32s r, sp_u32s a, sp_u32s b);
/* r = a - b.  Pre: a >= b (as numbers), r.len >= a.len.  In-place as for
 * add.  Writes r[0 .. a.len) and returns the normalised length. */
size_t sp_limbs_sub(sp_u32s r, sp_u32s a, sp_u32s b);
/* a = a * m + c in place; returns the carry limb out of the top. */
uint32_t sp_limbs_mul1_add(sp_u32s a, uint32_t m, uint32_t c);
/* a = a / d in place (d != 0); returns a % d. */
uint32_t sp_limbs_divrem1(sp_u32s a, uint32_t d);

/* Scratch limbs sp_limbs_mul needs for operands of these lengths: 0 below
 * the cutoff, else 5 * max(an, bn) (see bigint.c for why that suffices). */
size_t sp_limbs_mul_scratch(size_t an, size_t bn);
/* r = a * b.  Pre: r.len >= a.len + b.len, scratch.len >=
 * sp_limbs_mul_scratch(a.len, b.len); r, scratch, a, b pairwise disjoint
 * (a and b may be the same span).  Writes r[0 .. a.len + b.len).
 * Schoolbook below SP_KARATSUBA_CUTOFF, Karatsuba above. */
void sp_limbs_mul(sp_u32s r, sp_u32s a, sp_u32s b, sp_u32s scratch);

/* Knuth's algorithm D.  q = a / b, rem = a % b.
 * Pre: b normalised with b.len >= 1; a.len >= b.len; q.len >= a.len -
 * b.len + 1; rem.len >= b.len; scratch.len >= a.len + b.len + 1; all
 * disjoint.  Writes q[0 .. a.len-b.len+1) and rem[0 .. b.len). */
void sp_limbs_divrem(sp_u32s q, sp_u32s rem, sp_u32s a, sp_u32s b, sp_u32s scratch);

/* r = a << bits.  Pre: r.len >= a.len + bits/32 + 1.  Writes r[0 ..
 * a.len + bits/32 + 1). */
void sp_limbs_shl(sp_u32s r, sp_u32s a, size_t bits);
/* r = a >> bits.  Pre: r.len >= a.len - bits/32 when bits/32 < a.len.
 * Writes r[0 .. a.len - bits/32) (nothing if the shift is >= a.len limbs).
 * Returns true if any 1 bit was shifted out. */
bool sp_limbs_shr(sp_u32s r, sp_u32s a, size_t bits);

/* Number of significant bits of a (0 for zero). */
size_t sp_limbs_bit_length(sp_u32s a);

#endif

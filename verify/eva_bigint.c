/* EVA harness: the limb kernels over arbitrary limbs, every pair of
 * lengths 0..N (schoolbook multiplication, division with every divisor
 * length), in-place add and sub, shifts by every bit count up to 2 limbs.
 * Karatsuba (operands of 48+ limbs) is beyond what EVA enumerates here:
 * WP proves it, the unit tests (tests/unit/bigint_test.c) run it. */
// sources: src/core/bigint.c src/core/trap.c
// options: -eva-precision 11 -eva-slevel 100000
#include "__fc_builtin.h"
#include "bigint.h"

#define N 3

int main(void)
{
    uint32_t a[N], b[N], r[2 * N + 2], q[N + 1], rem[N], scratch[2 * N + 1];
    Frama_C_make_unknown((char *)a, sizeof a);
    Frama_C_make_unknown((char *)b, sizeof b);
    for (size_t na = 0; na <= N; na++) {
        sp_u32s A = { a, na };
        volatile size_t x = sp_limbs_norm(A);
        x = sp_limbs_bit_length(A);
        for (size_t nb = 0; nb <= N; nb++) {
            sp_u32s B = { b, nb };
            volatile int c = sp_limbs_cmp(A, B);
            x = sp_limbs_add((sp_u32s){ r, 2 * N + 2 }, A, B);
            if (sp_limbs_cmp(A, B) >= 0)
                x = sp_limbs_sub((sp_u32s){ r, 2 * N + 2 }, A, B);
            sp_limbs_mul((sp_u32s){ r, 2 * N + 2 }, A, B, (sp_u32s){ scratch, 0 });
            size_t bn = sp_limbs_norm(B);
            if (bn >= 1 && na >= bn)
                sp_limbs_divrem((sp_u32s){ q, N + 1 }, (sp_u32s){ rem, N }, A, (sp_u32s){ b, bn },
                                (sp_u32s){ scratch, 2 * N + 1 });
        }
        for (size_t bits = 0; bits <= 64; bits += 7) {
            sp_limbs_shl((sp_u32s){ r, 2 * N + 2 }, A, bits);
            volatile int lost = sp_limbs_shr((sp_u32s){ r, 2 * N + 2 }, A, bits) ? 1 : 0;
        }
        sp_limbs_copy((sp_u32s){ r, 2 * N + 2 }, A);
        volatile uint32_t carry = sp_limbs_mul1_add((sp_u32s){ r, na }, b[0], b[1]);
        uint32_t d = b[0] | 1;
        carry = sp_limbs_divrem1((sp_u32s){ r, na }, d);
        sp_limbs_zero((sp_u32s){ r, na });
    }
    volatile size_t s = sp_limbs_mul_scratch(Frama_C_size_t_interval(0, 1000), Frama_C_size_t_interval(0, 1000));
    return 0;
}

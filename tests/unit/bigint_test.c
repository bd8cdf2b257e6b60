/* Randomised self-checks of the limb kernels (src/core/bigint.c):
 * Karatsuba against schoolbook, a == q*b + r with r < b for division,
 * shifts against multiplication by powers of two.
 * Build: cc -DSP_BUILD_CORE -Isrc tests/unit/bigint_test.c src/core/bigint.c src/core/trap.c */
#include <stdio.h>
#include <stdlib.h>
#include "core/bigint.h"

static uint64_t rng = 88172645463325252ull;
static uint32_t rnd(void)
{
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return (uint32_t)rng;
}

static void fill(uint32_t *p, size_t n, int sparse)
{
    for (size_t i = 0; i < n; i++)
        p[i] = sparse ? ((rnd() & 3) == 0 ? 0xffffffffu : (rnd() & 1)) : rnd();
    if (n) p[n - 1] |= 1;
}

#define SPAN(p, n) ((sp_u32s){ (p), (n) })

int main(void)
{
    int fails = 0;
    for (int iter = 0; iter < 400; iter++) {
        size_t an = 1 + rnd() % 300, bn = 1 + rnd() % 300;
        uint32_t *a = calloc(an, 4), *b = calloc(bn, 4);
        fill(a, an, iter & 1); fill(b, bn, iter & 2);
        uint32_t *r1 = calloc(an + bn, 4), *r2 = calloc(an + bn, 4);
        size_t sn = sp_limbs_mul_scratch(an, bn);
        uint32_t *s = calloc(sn + 1, 4);
        sp_limbs_mul(SPAN(r1, an + bn), SPAN(a, an), SPAN(b, bn), SPAN(s, sn));
        /* reference: schoolbook via mul1_add on shifted rows */
        for (size_t i = 0; i < an + bn; i++) r2[i] = 0;
        for (size_t i = 0; i < an; i++) {
            uint64_t c = 0;
            for (size_t j = 0; j < bn; j++) {
                uint64_t t = (uint64_t)a[i] * b[j] + r2[i + j] + c;
                r2[i + j] = (uint32_t)t; c = t >> 32;
            }
            r2[i + bn] = (uint32_t)c;
        }
        if (sp_limbs_cmp(SPAN(r1, an + bn), SPAN(r2, an + bn)) != 0) {
            printf("mul mismatch an=%zu bn=%zu\n", an, bn); fails++;
        }
        /* division: (a*b + c) / b == a rem c, for c < b */
        size_t pn = an + bn;
        uint32_t *c = calloc(bn, 4);
        fill(c, bn, 0); c[bn - 1] = b[bn - 1] ? rnd() % b[bn - 1] : 0;
        uint32_t *num = calloc(pn + 1, 4);
        sp_limbs_add(SPAN(num, pn + 1), SPAN(r1, pn), SPAN(c, bn));
        size_t nn = sp_limbs_norm(SPAN(num, pn + 1));
        size_t bnn = sp_limbs_norm(SPAN(b, bn));
        uint32_t *q = calloc(nn + 1, 4), *rem = calloc(bnn, 4), *sc = calloc(nn + bnn + 1, 4);
        sp_limbs_divrem(SPAN(q, nn - bnn + 1), SPAN(rem, bnn), SPAN(num, nn), SPAN(b, bnn), SPAN(sc, nn + bnn + 1));
        if (sp_limbs_cmp(SPAN(q, nn - bnn + 1), SPAN(a, an)) != 0 || sp_limbs_cmp(SPAN(rem, bnn), SPAN(c, bn)) != 0) {
            printf("div mismatch an=%zu bn=%zu\n", an, bn); fails++;
        }
        /* shifts */
        size_t sh = rnd() % 200;
        uint32_t *l = calloc(an + sh / 32 + 1, 4), *back = calloc(an + sh / 32 + 1, 4);
        sp_limbs_shl(SPAN(l, an + sh / 32 + 1), SPAN(a, an), sh);
        bool lost = sp_limbs_shr(SPAN(back, an + 1), SPAN(l, an + sh / 32 + 1), sh);
        if (lost || sp_limbs_cmp(SPAN(back, an + 1), SPAN(a, an)) != 0) {
            printf("shift mismatch sh=%zu\n", sh); fails++;
        }
        free(a); free(b); free(r1); free(r2); free(s); free(c); free(num); free(q); free(rem); free(sc); free(l); free(back);
    }
    printf("%s (%d failures)\n", fails ? "FAIL" : "ok", fails);
    return fails != 0;
}

/* EVA harness: the checked copy, fill, compare and search helpers of
 * span.c (and so their raw_* libc calls, which WP assumes) for every pair
 * of lengths 0..N, every start, arbitrary contents, overlapping copies
 * included.  The loops enumerate the sizes so that each is a separate
 * state (-eva-slevel covers them). */
// sources: src/core/span.c src/core/trap.c verify/model_memmem.c
// options: -eva-slevel 5000
#include "__fc_builtin.h"
#include "core.h"

#define N 6

int main(void)
{
    uint8_t a[N], b[N];
    sp_val v[N];
    Frama_C_make_unknown((char *)a, N);
    Frama_C_make_unknown((char *)b, N);
    for (int i = 0; i < N; i++)
        v[i] = (sp_val)0;
    for (size_t na = 0; na <= N; na++) {
        for (size_t nb = 0; nb <= N; nb++) {
            sp_cbytes ca = { a, na }, cb = { b, nb };
            volatile int r = sp_cbytes_cmp(ca, cb);
            r = sp_cbytes_eq(ca, cb);
            for (size_t k = 0; k <= N + 1; k++) {
                volatile sp_ssize x = sp_cbytes_find(ca, cb, k);
                x = sp_cbytes_rfind(ca, cb, k);
                x = sp_cbytes_findbyte(ca, b[0], k);
            }
            /* copies: to a disjoint buffer and within one (overlapping) */
            for (size_t off = 0; off + nb <= N; off++) {
                sp_bytes_copy((sp_bytes){ a + off, N - off }, (sp_cbytes){ b, nb });
                sp_bytes_copy((sp_bytes){ b + off, N - off }, (sp_cbytes){ b, nb });
                sp_vals_copy((sp_vals){ v + off, N - off }, (sp_vals){ v, nb });
            }
        }
        sp_bytes_fill((sp_bytes){ b, na }, 7);
        sp_vals_fill((sp_vals){ v, na }, (sp_val)0);
    }
    sp_cbytes c = sp_cbytes_of_cstr("abc");
    return (int)c.len;
}

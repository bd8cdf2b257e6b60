/* EVA harness: SipHash over arbitrary bytes of every length 0..N (every
 * tail length of the 8-byte blocks), and the str hash over arbitrary
 * bytes (valid UTF-8 or not: the caller guarantees validity, the hash
 * must stay in bounds either way). */
// sources: src/core/siphash.c src/core/utf8.c src/core/trap.c
// options: -eva-slevel 3000
#include "__fc_builtin.h"
#include "core.h"

#define N 17

int main(void)
{
    uint8_t a[N];
    Frama_C_make_unknown((char *)a, N);
    sp_hashkey key = sp_hashkey_from_seed(Frama_C_unsigned_int_interval(0, 0xFFFFFFFF));
    for (size_t n = 0; n <= N; n++) {
        volatile uint64_t h = sp_siphash(key, (sp_cbytes){ a, n });
        h = sp_siphash_str(key, (sp_cbytes){ a, n });
    }
    return 0;
}

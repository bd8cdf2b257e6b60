/* EVA harness: UTF-8 decoding, validation, counting and offsets over
 * arbitrary bytes of every length 0..N at every offset, and encoding of
 * every code point class at every offset with room. */
// sources: src/core/utf8.c src/core/trap.c
// options: -eva-slevel 20000
#include "__fc_builtin.h"
#include "utf8.h"

#define N 6

int main(void)
{
    uint8_t a[N];
    Frama_C_make_unknown((char *)a, N);
    sp_utf8_error err;
    size_t nchars;
    uint32_t cp = 0;
    for (size_t n = 0; n <= N; n++) {
        sp_cbytes s = { a, n };
        for (int surr = 0; surr <= 1; surr++) {
            volatile bool ok = sp_utf8_check(s, surr, &nchars, &err);
            ok = sp_utf8_check(s, surr, NULL, NULL);
            for (size_t off = 0; off < n; off++) {
                volatile size_t r = sp_utf8_decode(s, off, surr, &cp, &err);
                r = sp_utf8_decode(s, off, surr, &cp, NULL);
            }
        }
        volatile size_t r = sp_utf8_count(s);
        for (size_t from = 0; from <= n + 1; from++)
            r = sp_utf8_offset(s, from, Frama_C_size_t_interval(0, N));
        volatile bool ascii = sp_utf8_is_ascii(s);
    }
    uint8_t out[N];
    static const uint32_t cps[] = { 0, 0x7F, 0x80, 0x7FF, 0x800, 0xD800, 0xFFFF, 0x10000, 0x10FFFF };
    for (int i = 0; i < 9; i++)
        for (size_t o = 0; o + sp_utf8_len(cps[i]) <= N; o++) {
            volatile size_t r = sp_utf8_encode((sp_bytes){ out, N }, o, cps[i]);
        }
    volatile size_t r = sp_utf8_len(Frama_C_unsigned_int_interval(0, 0xFFFFFFFF));
    return 0;
}

/* Print the program fz_gen_program makes from a byte string: the bytes of
 * FILE (gen_sample -f FILE), or SIZE pseudo-random bytes of seed SEED
 * (gen_sample SEED [SIZE]).  For looking at the generator's output and
 * checking it with CPython (python3.11 -c 'compile(...)'). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gen.h"

int main(int argc, char **argv)
{
    static uint8_t buf[1 << 16];
    size_t n = 0;
    if (argc >= 3 && strcmp(argv[1], "-f") == 0) {
        FILE *f = fopen(argv[2], "rb");
        if (f == NULL) {
            perror(argv[2]);
            return 2;
        }
        n = fread(buf, 1, sizeof buf, f);
        fclose(f);
    } else {
        unsigned long seed = argc > 1 ? strtoul(argv[1], NULL, 10) : 1;
        n = argc > 2 ? strtoul(argv[2], NULL, 10) : 400;
        if (n > sizeof buf)
            n = sizeof buf;
        uint64_t x = seed * 0x9E3779B97F4A7C15ull + 1;
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            buf[i] = (uint8_t)x;
        }
    }
    size_t len = 0;
    char *p = fz_gen_program(buf, n, &len);
    if (p == NULL)
        return 1;
    fwrite(p, 1, len, stdout);
    free(p);
    return 0;
}

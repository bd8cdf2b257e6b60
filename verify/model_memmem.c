/* A model of glibc's memmem for EVA (Frama-C's libc has none): the naive
 * search, with the same result.  Only the harnesses use it; SafePy calls
 * glibc's linear-time memmem. */
#include <stddef.h>

void *memmem(const void *hay, size_t hn, const void *needle, size_t nn)
{
    const unsigned char *h = hay, *n = needle;
    if (nn > hn)
        return NULL;
    for (size_t i = 0; i + nn <= hn; i++) {
        size_t k = 0;
        while (k < nn && h[i + k] == n[k])
            k++;
        if (k == nn)
            return (void *)(h + i);
    }
    return NULL;
}

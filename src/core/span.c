/* The checked copy, fill, compare and search helpers of core.h.  These are
 * the only places outside the collector where memcpy and friends run; each
 * checks its bounds first and traps on a violation (a SafePy bug). */
#include <string.h>
#include "core.h"

SP_UNSAFE_BUFFERS_BEGIN

sp_cbytes sp_cbytes_of_cstr(const char *s)
{
    if (s == NULL)
        return (sp_cbytes){ NULL, 0 };
    return (sp_cbytes){ (const uint8_t *)s, strlen(s) };
}

void sp_vals_copy(sp_vals dst, sp_vals src)
{
    if (src.len > dst.len)
        sp_trap("sp_vals_copy: destination too short");
    if (src.len > 0)
        memmove(dst.ptr, src.ptr, src.len * sizeof(sp_val));
}

void sp_bytes_copy(sp_bytes dst, sp_cbytes src)
{
    if (src.len > dst.len)
        sp_trap("sp_bytes_copy: destination too short");
    if (src.len > 0)
        memmove(dst.ptr, src.ptr, src.len);
}

void sp_vals_fill(sp_vals dst, sp_val v)
{
    for (size_t i = 0; i < dst.len; i++)
        dst.ptr[i] = v;
}

void sp_bytes_fill(sp_bytes dst, uint8_t b)
{
    if (dst.len > 0)
        memset(dst.ptr, b, dst.len);
}

int sp_cbytes_cmp(sp_cbytes a, sp_cbytes b)
{
    size_t n = a.len < b.len ? a.len : b.len;
    int c = n > 0 ? memcmp(a.ptr, b.ptr, n) : 0;
    if (c != 0)
        return c < 0 ? -1 : 1;
    if (a.len == b.len)
        return 0;
    return a.len < b.len ? -1 : 1;
}

bool sp_cbytes_eq(sp_cbytes a, sp_cbytes b)
{
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

sp_ssize sp_cbytes_findbyte(sp_cbytes hay, uint8_t b, size_t start)
{
    if (start >= hay.len)
        return -1;
    const uint8_t *p = memchr(hay.ptr + start, b, hay.len - start);
    return p == NULL ? -1 : (sp_ssize)(p - hay.ptr);
}

/* Index of the first occurrence of needle at or after start.  memmem is a
 * GNU extension glibc implements in linear time (two-way). */
sp_ssize sp_cbytes_find(sp_cbytes hay, sp_cbytes needle, size_t start)
{
    if (start > hay.len || needle.len > hay.len - start)
        return -1;
    if (needle.len == 0)
        return (sp_ssize)start;
    if (needle.len == 1)
        return sp_cbytes_findbyte(hay, needle.ptr[0], start);
    const uint8_t *p = memmem(hay.ptr + start, hay.len - start, needle.ptr, needle.len);
    return p == NULL ? -1 : (sp_ssize)(p - hay.ptr);
}

/* Index of the last occurrence of needle that ends at or before `end`. */
sp_ssize sp_cbytes_rfind(sp_cbytes hay, sp_cbytes needle, size_t end)
{
    if (end > hay.len)
        end = hay.len;
    if (needle.len > end)
        return -1;
    if (needle.len == 0)
        return (sp_ssize)end;
    for (size_t i = end - needle.len + 1; i-- > 0;) {
        if (hay.ptr[i] == needle.ptr[0] && memcmp(hay.ptr + i, needle.ptr, needle.len) == 0)
            return (sp_ssize)i;
    }
    return -1;
}

SP_UNSAFE_BUFFERS_END

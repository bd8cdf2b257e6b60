/* The checked copy, fill, compare and search helpers of core.h.  These are
 * the only places outside the collector where memcpy and friends run; each
 * checks its bounds first and traps on a violation (a SafePy bug).
 *
 * The C library calls sit in the five raw_* functions below, one call each,
 * with the contract the C standard (POSIX, for memmem) gives the call,
 * restated over typed ranges.  WP cannot follow the char-level
 * reinterpretation those calls make in its typed memory model, so they are
 * the assumed boundary of this file (verify/assumed.txt); every other
 * function here is proved against their contracts, and EVA checks the
 * calls themselves. */
#include <string.h>
#include "core.h"

#ifdef __FRAMAC__
/* Frama-C's libc has no memmem (a GNU extension): its prototype, with the
 * contract POSIX's description of it gives (EVA uses it). */
/*@ requires \valid_read((char *)hay + (0 .. hn - 1));
    requires \valid_read((char *)needle + (0 .. nn - 1));
    requires 1 <= nn <= hn;
    assigns \result \from hay, indirect:((char *)hay)[0 .. hn - 1], indirect:((char *)needle)[0 .. nn - 1];
    ensures \subset((char *)\result, \union((char *)\null, (char *)hay + (0 .. hn - nn))); */
void *memmem(const void *hay, size_t hn, const void *needle, size_t nn);
#endif

SP_UNSAFE_BUFFERS_BEGIN

/*@ requires \valid(d + (0 .. n - 1));
    requires \valid_read(s + (0 .. n - 1));
    assigns d[0 .. n - 1]; */
static void raw_move_vals(sp_val *d, const sp_val *s, size_t n)
{
    memmove(d, s, n * sizeof *d);
}

/*@ requires \valid(d + (0 .. n - 1));
    requires \valid_read(s + (0 .. n - 1));
    assigns d[0 .. n - 1]; */
static void raw_move_bytes(uint8_t *d, const uint8_t *s, size_t n)
{
    memmove(d, s, n);
}

/*@ requires \valid_read(a + (0 .. n - 1));
    requires \valid_read(b + (0 .. n - 1));
    assigns \nothing; */
static int raw_cmp(const uint8_t *a, const uint8_t *b, size_t n)
{
    return memcmp(a, b, n);
}

/* Offset of the first byte b in s[0 .. n), or n if none. */
/*@ requires \valid_read(s + (0 .. n - 1));
    assigns \nothing;
    ensures 0 <= \result <= n; */
static size_t raw_chr(const uint8_t *s, uint8_t b, size_t n)
{
    const uint8_t *p = memchr(s, b, n);
    return p == NULL ? n : (size_t)(p - s);
}

/* Offset of the first occurrence of needle (nn bytes, nn >= 1) in
 * hay[0 .. hn), or hn if none.  memmem is a GNU extension glibc implements
 * in linear time (two-way), which str.find needs against hostile input. */
/*@ requires \valid_read(hay + (0 .. hn - 1));
    requires \valid_read(needle + (0 .. nn - 1));
    requires 1 <= nn <= hn;
    assigns \nothing;
    ensures \result == hn || \result <= hn - nn; */
static size_t raw_mem(const uint8_t *hay, size_t hn, const uint8_t *needle, size_t nn)
{
    const uint8_t *p = memmem(hay, hn, needle, nn);
    return p == NULL ? hn : (size_t)(p - hay);
}

/*@ requires s == \null || valid_read_string(s);
    assigns \nothing;
    ensures s == \null ==> \result.len == 0;
    ensures s != \null ==> \result.len == strlen(s); */
sp_cbytes sp_cbytes_of_cstr(const char *s)
{
    if (s == NULL)
        return (sp_cbytes){ NULL, 0 };
    return (sp_cbytes){ (const uint8_t *)s, strlen(s) };
}

/*@ requires \valid(dst.ptr + (0 .. dst.len - 1));
    requires \valid_read(src.ptr + (0 .. src.len - 1));
    assigns dst.ptr[0 .. src.len - 1];
    ensures src.len <= dst.len; */
void sp_vals_copy(sp_vals dst, sp_vals src)
{
    if (src.len > dst.len)
        sp_trap("sp_vals_copy: destination too short");
    if (src.len > 0)
        raw_move_vals(dst.ptr, src.ptr, src.len);
}

/*@ requires \valid(dst.ptr + (0 .. dst.len - 1));
    requires \valid_read(src.ptr + (0 .. src.len - 1));
    assigns dst.ptr[0 .. src.len - 1];
    ensures src.len <= dst.len; */
void sp_bytes_copy(sp_bytes dst, sp_cbytes src)
{
    if (src.len > dst.len)
        sp_trap("sp_bytes_copy: destination too short");
    if (src.len > 0)
        raw_move_bytes(dst.ptr, src.ptr, src.len);
}

/*@ requires \valid(dst.ptr + (0 .. dst.len - 1));
    assigns dst.ptr[0 .. dst.len - 1];
    ensures \forall integer i; 0 <= i < dst.len ==> dst.ptr[i] == v; */
void sp_vals_fill(sp_vals dst, sp_val v)
{
    /*@ loop invariant 0 <= i <= dst.len;
        loop invariant \forall integer k; 0 <= k < i ==> dst.ptr[k] == v;
        loop assigns i, dst.ptr[0 .. dst.len - 1];
        loop variant dst.len - i; */
    for (size_t i = 0; i < dst.len; i++)
        dst.ptr[i] = v;
}

/* A plain loop: compilers turn it into memset. */
/*@ requires \valid(dst.ptr + (0 .. dst.len - 1));
    assigns dst.ptr[0 .. dst.len - 1];
    ensures \forall integer i; 0 <= i < dst.len ==> dst.ptr[i] == b; */
void sp_bytes_fill(sp_bytes dst, uint8_t b)
{
    /*@ loop invariant 0 <= i <= dst.len;
        loop invariant \forall integer k; 0 <= k < i ==> dst.ptr[k] == b;
        loop assigns i, dst.ptr[0 .. dst.len - 1];
        loop variant dst.len - i; */
    for (size_t i = 0; i < dst.len; i++)
        dst.ptr[i] = b;
}

/*@ requires \valid_read(a.ptr + (0 .. a.len - 1));
    requires \valid_read(b.ptr + (0 .. b.len - 1));
    assigns \nothing;
    ensures -1 <= \result <= 1; */
int sp_cbytes_cmp(sp_cbytes a, sp_cbytes b)
{
    size_t n = a.len < b.len ? a.len : b.len;
    int c = n > 0 ? raw_cmp(a.ptr, b.ptr, n) : 0;
    if (c != 0)
        return c < 0 ? -1 : 1;
    if (a.len == b.len)
        return 0;
    return a.len < b.len ? -1 : 1;
}

/*@ requires \valid_read(a.ptr + (0 .. a.len - 1));
    requires \valid_read(b.ptr + (0 .. b.len - 1));
    assigns \nothing;
    ensures \result ==> a.len == b.len; */
bool sp_cbytes_eq(sp_cbytes a, sp_cbytes b)
{
    return a.len == b.len && (a.len == 0 || raw_cmp(a.ptr, b.ptr, a.len) == 0);
}

/*@ requires \valid_read(hay.ptr + (0 .. hay.len - 1));
    requires hay.len <= PTRDIFF_MAX;
    assigns \nothing;
    ensures \result == -1 || start <= \result < hay.len; */
sp_ssize sp_cbytes_findbyte(sp_cbytes hay, uint8_t b, size_t start)
{
    if (start >= hay.len)
        return -1;
    size_t k = raw_chr(hay.ptr + start, b, hay.len - start);
    return k == hay.len - start ? -1 : (sp_ssize)(start + k);
}

/* Index of the first occurrence of needle at or after start. */
/*@ requires \valid_read(hay.ptr + (0 .. hay.len - 1));
    requires \valid_read(needle.ptr + (0 .. needle.len - 1));
    requires hay.len <= PTRDIFF_MAX;
    assigns \nothing;
    ensures \result == -1 || (start <= \result && \result + needle.len <= hay.len); */
sp_ssize sp_cbytes_find(sp_cbytes hay, sp_cbytes needle, size_t start)
{
    if (start > hay.len || needle.len > hay.len - start)
        return -1;
    if (needle.len == 0)
        return (sp_ssize)start;
    if (needle.len == 1)
        return sp_cbytes_findbyte(hay, needle.ptr[0], start);
    size_t k = raw_mem(hay.ptr + start, hay.len - start, needle.ptr, needle.len);
    return k == hay.len - start ? -1 : (sp_ssize)(start + k);
}

/* Index of the last occurrence of needle that ends at or before `end`. */
/*@ requires \valid_read(hay.ptr + (0 .. hay.len - 1));
    requires \valid_read(needle.ptr + (0 .. needle.len - 1));
    requires hay.len <= PTRDIFF_MAX;
    assigns \nothing;
    ensures \result == -1 || (0 <= \result && \result + needle.len <= hay.len); */
sp_ssize sp_cbytes_rfind(sp_cbytes hay, sp_cbytes needle, size_t end)
{
    if (end > hay.len)
        end = hay.len;
    if (needle.len > end)
        return -1;
    if (needle.len == 0)
        return (sp_ssize)end;
    /*@ loop invariant 0 <= i <= end - needle.len + 1;
        loop assigns i;
        loop variant i; */
    for (size_t i = end - needle.len + 1; i-- > 0;) {
        if (hay.ptr[i] == needle.ptr[0] && raw_cmp(hay.ptr + i, needle.ptr, needle.len) == 0)
            return (sp_ssize)i;
    }
    return -1;
}

SP_UNSAFE_BUFFERS_END

/* UTF-8 validation, decoding and encoding (see utf8.h).
 *
 * Byte ranges of well-formed sequences (Unicode, table 3-7):
 *   00..7F
 *   C2..DF 80..BF
 *   E0     A0..BF 80..BF
 *   E1..EC 80..BF 80..BF
 *   ED     80..9F 80..BF        (A0..BF would be a surrogate)
 *   EE..EF 80..BF 80..BF
 *   F0     90..BF 80..BF 80..BF
 *   F1..F3 80..BF 80..BF 80..BF
 *   F4     80..8F 80..BF 80..BF
 * The first continuation byte's range depends on the lead byte (that is
 * what rules out overlongs, surrogates and values above U+10FFFF); the
 * others are always 80..BF. */
#include "utf8.h"

SP_UNSAFE_BUFFERS_BEGIN

/*@ requires err == \null || \valid(err);
    assigns *err; */
static void set_err(sp_utf8_error *err, size_t start, size_t end, const char *reason)
{
    if (err != NULL) {
        err->start = start;
        err->end = end;
        err->reason = reason;
    }
}

/* Its contract is in utf8.h (siphash.c relies on it). */
size_t sp_utf8_decode(sp_cbytes s, size_t off, bool surrogates, uint32_t *cp, sp_utf8_error *err)
{
    if (off >= s.len)
        sp_trap("sp_utf8_decode: offset out of range");
    uint8_t b0 = s.ptr[off];
    if (b0 < 0x80) {
        *cp = b0;
        return 1;
    }
    size_t n;
    uint8_t lo = 0x80, hi = 0xBF;   /* range of the first continuation byte */
    uint32_t c;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        n = 2; c = b0 & 0x1Fu;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3; c = b0 & 0x0Fu;
        if (b0 == 0xE0)
            lo = 0xA0;
        else if (b0 == 0xED && !surrogates)
            hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4; c = b0 & 0x07u;
        if (b0 == 0xF0)
            lo = 0x90;
        else if (b0 == 0xF4)
            hi = 0x8F;
    } else {
        set_err(err, off, off + 1, "invalid start byte");
        return 0;
    }
    /*@ loop invariant 2 <= n <= 4 && 1 <= k <= n;
        loop invariant off + k <= s.len;
        loop assigns k, c, *err;
        loop variant n - k; */
    for (size_t k = 1; k < n; k++) {
        if (off + k >= s.len) {
            set_err(err, off, s.len, "unexpected end of data");
            return 0;
        }
        uint8_t b = s.ptr[off + k];
        uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (b < l || b > h) {
            set_err(err, off, off + k, "invalid continuation byte");
            return 0;
        }
        c = (c << 6) | (b & 0x3Fu);
    }
    *cp = c;
    return n;
}

/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    requires nchars == \null || \valid(nchars);
    requires err == \null || \valid(err);
    assigns *nchars, *err; */
bool sp_utf8_check(sp_cbytes s, bool surrogates, size_t *nchars, sp_utf8_error *err)
{
    size_t i = 0, count = 0;
    bool ok = true;
    /*@ loop invariant count <= i <= s.len;
        loop assigns i, count, ok, *err;
        loop variant s.len - i; */
    while (i < s.len) {
        /* The common case first: ASCII. */
        if (s.ptr[i] < 0x80) {
            i++;
            count++;
            continue;
        }
        uint32_t cp;
        size_t n = sp_utf8_decode(s, i, surrogates, &cp, err);
        if (n == 0) {
            ok = false;
            break;
        }
        i += n;
        count++;
    }
    if (nchars != NULL)
        *nchars = count;
    return ok;
}

/*@ assigns \nothing;
    ensures \result <= 4;
    ensures \result == 0 <==> cp > 0x10FFFF; */
size_t sp_utf8_len(uint32_t cp)
{
    if (cp < 0x80)
        return 1;
    if (cp < 0x800)
        return 2;
    if (cp < 0x10000)
        return 3;
    if (cp <= 0x10FFFF)
        return 4;
    return 0;
}

/*@ requires \valid(out.ptr + (0 .. out.len - 1));
    assigns out.ptr[0 .. out.len - 1];
    ensures 1 <= \result <= 4 && off + \result <= out.len; */
size_t sp_utf8_encode(sp_bytes out, size_t off, uint32_t cp)
{
    size_t n = sp_utf8_len(cp);
    if (n == 0)
        sp_trap("sp_utf8_encode: code point out of range");
    if (off > out.len || n > out.len - off)
        sp_trap("sp_utf8_encode: no room");
    uint8_t *p = out.ptr + off;
    switch (n) {
    case 1:
        p[0] = (uint8_t)cp;
        break;
    case 2:
        p[0] = (uint8_t)(0xC0 | (cp >> 6));
        p[1] = (uint8_t)(0x80 | (cp & 0x3F));
        break;
    case 3:
        p[0] = (uint8_t)(0xE0 | (cp >> 12));
        p[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        p[2] = (uint8_t)(0x80 | (cp & 0x3F));
        break;
    default:
        p[0] = (uint8_t)(0xF0 | (cp >> 18));
        p[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
        p[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        p[3] = (uint8_t)(0x80 | (cp & 0x3F));
        break;
    }
    return n;
}

/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    assigns \nothing;
    ensures \result <= s.len; */
size_t sp_utf8_count(sp_cbytes s)
{
    size_t count = 0;
    /*@ loop invariant 0 <= count <= i <= s.len;
        loop assigns i, count;
        loop variant s.len - i; */
    for (size_t i = 0; i < s.len; i++)
        count += (s.ptr[i] & 0xC0) != 0x80;
    return count;
}

/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    assigns \nothing;
    ensures \result == s.len || from <= \result < s.len; */
size_t sp_utf8_offset(sp_cbytes s, size_t from, size_t index)
{
    size_t i = from;
    /*@ loop invariant from <= i && (i <= s.len || i == from);
        loop assigns i, index;
        loop variant s.len - i; */
    while (i < s.len) {
        if ((s.ptr[i] & 0xC0) != 0x80) {
            if (index == 0)
                return i;
            index--;
        }
        i++;
    }
    return s.len;
}

/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    assigns \nothing; */
bool sp_utf8_is_ascii(sp_cbytes s)
{
    uint8_t acc = 0;
    /*@ loop invariant 0 <= i <= s.len;
        loop assigns i, acc;
        loop variant s.len - i; */
    for (size_t i = 0; i < s.len; i++)
        acc |= s.ptr[i];
    return acc < 0x80;
}

SP_UNSAFE_BUFFERS_END

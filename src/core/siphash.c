/* SipHash-1-3 (Aumasson and Bernstein's SipHash with one compression round
 * and three finalization rounds), 64-bit output, as CPython 3.11 uses for
 * str and bytes.  Written from the published description of the algorithm.
 * With the key CPython uses for PYTHONHASHSEED=0 (all zero), SafePy's
 * hashes of bytes and ASCII strings equal CPython's. */
#include "core.h"
#include "utf8.h"

SP_UNSAFE_BUFFERS_BEGIN

/*@ requires 0 < b < 64;
    assigns \nothing; */
static inline uint64_t rotl(uint64_t x, unsigned b)
{
    return (x << b) | (x >> (64 - b));
}

#define SIPROUND                                                          \
    do {                                                                  \
        v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);         \
        v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;                            \
        v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;                            \
        v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);         \
    } while (0)

/* Streaming form, for hashing data that is produced on the fly (a str's
 * code points in CPython's fixed-width layout). */
typedef struct {
    uint64_t v0, v1, v2, v3;
    uint64_t m;        /* pending bytes, little-endian */
    unsigned nm;       /* how many */
    uint64_t len;      /* total bytes fed */
} sip_state;

/*@ requires \valid(st);
    assigns *st;
    ensures st->nm == 0; */
static void sip_init(sip_state *st, sp_hashkey key)
{
    st->v0 = key.k0 ^ 0x736f6d6570736575ull;
    st->v1 = key.k1 ^ 0x646f72616e646f6dull;
    st->v2 = key.k0 ^ 0x6c7967656e657261ull;
    st->v3 = key.k1 ^ 0x7465646279746573ull;
    st->m = 0;
    st->nm = 0;
    st->len = 0;
}

/*@ requires \valid(st);
    assigns st->v0, st->v1, st->v2, st->v3; */
static void sip_block(sip_state *st, uint64_t m)
{
    uint64_t v0 = st->v0, v1 = st->v1, v2 = st->v2, v3 = st->v3;
    v3 ^= m;
    SIPROUND;
    v0 ^= m;
    st->v0 = v0; st->v1 = v1; st->v2 = v2; st->v3 = v3;
}

/*@ requires \valid(st) && st->nm < 8;
    assigns *st;
    ensures st->nm < 8; */
static void sip_byte(sip_state *st, uint8_t b)
{
    st->m |= (uint64_t)b << (8 * st->nm);
    st->len++;
    if (++st->nm == 8) {
        sip_block(st, st->m);
        st->m = 0;
        st->nm = 0;
    }
}

/*@ requires \valid(st);
    assigns st->v0, st->v1, st->v2, st->v3; */
static uint64_t sip_final(sip_state *st)
{
    sip_block(st, st->m | (st->len << 56));
    uint64_t v0 = st->v0, v1 = st->v1, v2 = st->v2 ^ 0xff, v3 = st->v3;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

/*@ requires \valid_read(utf8.ptr + (0 .. utf8.len - 1));
    assigns \nothing; */
uint64_t sp_siphash_str(sp_hashkey key, sp_cbytes utf8)
{
    /* The widest code point decides the layout (PEP 393). */
    uint32_t maxcp = 0;
    /*@ loop invariant i <= utf8.len;
        loop assigns i, maxcp;
        loop variant utf8.len - i; */
    for (size_t i = 0; i < utf8.len;) {
        uint32_t cp = 0;
        size_t n = sp_utf8_decode(utf8, i, true, &cp, NULL);
        if (n == 0) {          /* not UTF-8: hash the bytes as they are */
            cp = utf8.ptr[i];
            n = 1;
        }
        if (cp > maxcp)
            maxcp = cp;
        i += n;
    }
    if (maxcp < 0x80)
        return sp_siphash(key, utf8);
    unsigned width = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
    sip_state st;
    sip_init(&st, key);
    /*@ loop invariant i <= utf8.len && st.nm < 8;
        loop assigns i, st;
        loop variant utf8.len - i; */
    for (size_t i = 0; i < utf8.len;) {
        uint32_t cp = 0;
        size_t n = sp_utf8_decode(utf8, i, true, &cp, NULL);
        if (n == 0) {
            cp = utf8.ptr[i];
            n = 1;
        }
        /*@ loop invariant k <= width && st.nm < 8;
            loop assigns k, st;
            loop variant width - k; */
        for (unsigned k = 0; k < width; k++)
            sip_byte(&st, (uint8_t)(cp >> (8 * k)));
        i += n;
    }
    return sip_final(&st);
}

/*@ requires \valid_read(data.ptr + (0 .. data.len - 1));
    assigns \nothing; */
uint64_t sp_siphash(sp_hashkey key, sp_cbytes data)
{
    uint64_t v0 = key.k0 ^ 0x736f6d6570736575ull;
    uint64_t v1 = key.k1 ^ 0x646f72616e646f6dull;
    uint64_t v2 = key.k0 ^ 0x6c7967656e657261ull;
    uint64_t v3 = key.k1 ^ 0x7465646279746573ull;
    size_t n = data.len;
    size_t full = n - n % 8;
    /*@ loop invariant i <= full && (full - i) % 8 == 0;
        loop assigns i, v0, v1, v2, v3;
        loop variant full - i; */
    for (size_t i = 0; i < full; i += 8) {
        uint64_t m = 0;
        /*@ loop invariant j <= 8;
            loop assigns j, m;
            loop variant 8 - j; */
        for (unsigned j = 0; j < 8; j++)
            m |= (uint64_t)data.ptr[i + j] << (8 * j);   /* little-endian */
        v3 ^= m;
        SIPROUND;
        v0 ^= m;
    }
    /* Last block: the remaining bytes and the length's low byte on top. */
    uint64_t b = (uint64_t)n << 56;
    /*@ loop invariant j <= n % 8;
        loop assigns j, b;
        loop variant n % 8 - j; */
    for (size_t j = 0; j < n % 8; j++)
        b |= (uint64_t)data.ptr[full + j] << (8 * j);
    v3 ^= b;
    SIPROUND;
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

/* CPython fills its hash secret from the seed with a linear congruential
 * generator, one byte per step (bits 16..23 of the state); SipHash's k0
 * and k1 are the first 16 bytes read as little-endian words. */
/*@ assigns \nothing; */
sp_hashkey sp_hashkey_from_seed(uint32_t seed)
{
    uint8_t buf[16] = { 0 };
    if (seed != 0) {
        uint32_t x = seed;
        /*@ loop invariant i <= 16;
            loop assigns i, x, buf[0 .. 15];
            loop variant 16 - i; */
        for (size_t i = 0; i < sizeof buf; i++) {
            x = x * 214013u + 2531011u;
            buf[i] = (uint8_t)((x >> 16) & 0xff);
        }
    }
    sp_hashkey k = { 0, 0 };
    /*@ loop invariant i <= 8;
        loop assigns i, k;
        loop variant 8 - i; */
    for (size_t i = 0; i < 8; i++) {
        k.k0 |= (uint64_t)buf[i] << (8 * i);
        k.k1 |= (uint64_t)buf[8 + i] << (8 * i);
    }
    return k;
}

SP_UNSAFE_BUFFERS_END

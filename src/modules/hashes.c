/* _md5, _sha1, _sha256, _sha512: the hash accelerators hashlib.py falls
 * back on when _hashlib (OpenSSL) is missing, as it always is in SafePy.
 *
 * Written from the specifications: RFC 1321 (MD5) and FIPS 180-4
 * (SHA-1, SHA-224, SHA-256, SHA-384, SHA-512).  The round constants and
 * initial values are the ones those documents define (fractional parts
 * of square and cube roots of primes, 2**32 * |sin(i)|).
 *
 * One object layout serves all six algorithms: the chaining state (eight
 * 64-bit words; the 32-bit algorithms use the low halves), the count of
 * bytes hashed so far (128 bits, as SHA-512's length field), and the
 * unfinished block.  Each algorithm is a separate type, named as in
 * CPython ('_sha512.sha512', '_md5.md5', ...), made only by the module's
 * constructor functions.  digest() pads a copy of the state, so a hash
 * object can be read and then updated further.
 *
 * Every word is read and written through checked spans; a block is
 * compressed straight from the caller's data, which stays put during
 * the update (the poll between blocks runs no Python code). */
#include "objects/cont.h"
#include "objects/typeobj.h"
#include "modules/modules.h"

typedef enum hash_alg { ALG_MD5, ALG_SHA1, ALG_SHA224, ALG_SHA256, ALG_SHA384, ALG_SHA512, ALG_COUNT } hash_alg;

/* What differs between the algorithms, and the names CPython's messages use. */
typedef struct hash_info {
    const char *name;            /* .name, and the constructor's name */
    const sp_typedef *def;
    size_t digest_size;
    size_t block_size;
    const char *q_update, *q_digest, *q_hexdigest;
} hash_info;

typedef struct hash_state {
    uint64_t h[8];               /* chaining words (32-bit algorithms: low halves) */
    uint64_t nlo, nhi;           /* bytes hashed so far, 128 bits */
    uint8_t buf[128];            /* the unfinished block: buflen bytes */
    uint32_t buflen;
    uint32_t alg;                /* hash_alg */
} hash_state;

typedef struct hash_obj {
    sp_obj h;
    hash_state s;
} hash_obj;

static const hash_info INFO_MD5 = { "md5", &sp_hash_md5_def, 16, 64, "md5.update", "md5.digest", "md5.hexdigest" };
static const hash_info INFO_SHA1 = { "sha1", &sp_hash_sha1_def, 20, 64, "sha1.update", "sha1.digest", "sha1.hexdigest" };
static const hash_info INFO_SHA224 = { "sha224", &sp_hash_sha224_def, 28, 64, "sha224.update", "sha224.digest",
                                       "sha224.hexdigest" };
static const hash_info INFO_SHA256 = { "sha256", &sp_hash_sha256_def, 32, 64, "sha256.update", "sha256.digest",
                                       "sha256.hexdigest" };
static const hash_info INFO_SHA384 = { "sha384", &sp_hash_sha384_def, 48, 128, "sha384.update", "sha384.digest",
                                       "sha384.hexdigest" };
static const hash_info INFO_SHA512 = { "sha512", &sp_hash_sha512_def, 64, 128, "sha512.update", "sha512.digest",
                                       "sha512.hexdigest" };

static const hash_info *info_of(uint32_t alg)
{
    switch ((hash_alg)alg) {
    case ALG_MD5: return &INFO_MD5;
    case ALG_SHA1: return &INFO_SHA1;
    case ALG_SHA224: return &INFO_SHA224;
    case ALG_SHA256: return &INFO_SHA256;
    case ALG_SHA384: return &INFO_SHA384;
    case ALG_SHA512: return &INFO_SHA512;
    default: sp_trap("hashes: bad algorithm");
    }
}

static sp_type *type_of_alg(sp_vm *vm, hash_alg alg)
{
    switch (alg) {
    case ALG_MD5: return vm->t.hash_md5;
    case ALG_SHA1: return vm->t.hash_sha1;
    case ALG_SHA224: return vm->t.hash_sha224;
    case ALG_SHA256: return vm->t.hash_sha256;
    case ALG_SHA384: return vm->t.hash_sha384;
    default: return vm->t.hash_sha512;
    }
}

/* The checked downcast: v's type must be one of the six. */
static hash_obj *HOBJ(sp_val v)
{
    if (sp_is_ptr(v) && v->type != NULL)
        for (uint32_t a = 0; a < ALG_COUNT; a++)
            if (v->type->def == info_of(a)->def)
                return SP_CONT_AS(hash_obj, v, *info_of(a)->def);
    sp_trap_str("hash_obj");
}

/* ---- constants (FIPS 180-4 section 4.2, 5.3; RFC 1321 section 3.4) -------*/

static const uint32_t K256[64] = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u, 0x3956c25bu, 0x59f111f1u, 0x923f82a4u, 0xab1c5ed5u,
    0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u, 0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u,
    0xe49b69c1u, 0xefbe4786u, 0x0fc19dc6u, 0x240ca1ccu, 0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
    0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u, 0xc6e00bf3u, 0xd5a79147u, 0x06ca6351u, 0x14292967u,
    0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u, 0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u,
    0xa2bfe8a1u, 0xa81a664bu, 0xc24b8b70u, 0xc76c51a3u, 0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
    0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u, 0x391c0cb3u, 0x4ed8aa4au, 0x5b9cca4fu, 0x682e6ff3u,
    0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u, 0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u,
};

static const uint64_t K512[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};

/* Initial hash values, eight words per algorithm (unused ones zero). */
static const uint64_t IV_MD5[8] = { 0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u };
static const uint64_t IV_SHA1[8] = { 0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u, 0xc3d2e1f0u };
static const uint64_t IV_SHA224[8] = { 0xc1059ed8u, 0x367cd507u, 0x3070dd17u, 0xf70e5939u,
                     0xffc00b31u, 0x68581511u, 0x64f98fa7u, 0xbefa4fa4u };
static const uint64_t IV_SHA256[8] = { 0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
                     0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u };
static const uint64_t IV_SHA384[8] = { 0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull, 0x9159015a3070dd17ull, 0x152fecd8f70e5939ull,
                     0x67332667ffc00b31ull, 0x8eb44a8768581511ull, 0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull };
static const uint64_t IV_SHA512[8] = { 0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
                     0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull };

/* MD5's T[i] = floor(2**32 * |sin(i + 1)|). */
static const uint32_t MD5_T[64] = {
    0xd76aa478u, 0xe8c7b756u, 0x242070dbu, 0xc1bdceeeu, 0xf57c0fafu, 0x4787c62au, 0xa8304613u, 0xfd469501u,
    0x698098d8u, 0x8b44f7afu, 0xffff5bb1u, 0x895cd7beu, 0x6b901122u, 0xfd987193u, 0xa679438eu, 0x49b40821u,
    0xf61e2562u, 0xc040b340u, 0x265e5a51u, 0xe9b6c7aau, 0xd62f105du, 0x02441453u, 0xd8a1e681u, 0xe7d3fbc8u,
    0x21e1cde6u, 0xc33707d6u, 0xf4d50d87u, 0x455a14edu, 0xa9e3e905u, 0xfcefa3f8u, 0x676f02d9u, 0x8d2a4c8au,
    0xfffa3942u, 0x8771f681u, 0x6d9d6122u, 0xfde5380cu, 0xa4beea44u, 0x4bdecfa9u, 0xf6bb4b60u, 0xbebfbc70u,
    0x289b7ec6u, 0xeaa127fau, 0xd4ef3085u, 0x04881d05u, 0xd9d4d039u, 0xe6db99e5u, 0x1fa27cf8u, 0xc4ac5665u,
    0xf4292244u, 0x432aff97u, 0xab9423a7u, 0xfc93a039u, 0x655b59c3u, 0x8f0ccc92u, 0xffeff47du, 0x85845dd1u,
    0x6fa87e4fu, 0xfe2ce6e0u, 0xa3014314u, 0x4e0811a1u, 0xf7537e82u, 0xbd3af235u, 0x2ad7d2bbu, 0xeb86d391u,
};

/* MD5's per-round left rotations (RFC 1321 3.4): four per round. */
static const uint32_t MD5_S[16] = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };

/* ---- word helpers --------------------------------------------------------*/

static inline uint32_t rotl32(uint32_t x, uint32_t n) { return (x << n) | (x >> ((32 - n) & 31)); }
static inline uint32_t rotr32(uint32_t x, uint32_t n) { return (x >> n) | (x << ((32 - n) & 31)); }
static inline uint64_t rotr64(uint64_t x, uint32_t n) { return (x >> n) | (x << ((64 - n) & 63)); }

static uint32_t load_be32(sp_cbytes b, size_t off)
{
    return (uint32_t)sp_cbytes_get(b, off) << 24 | (uint32_t)sp_cbytes_get(b, off + 1) << 16
           | (uint32_t)sp_cbytes_get(b, off + 2) << 8 | (uint32_t)sp_cbytes_get(b, off + 3);
}

static uint32_t load_le32(sp_cbytes b, size_t off)
{
    return (uint32_t)sp_cbytes_get(b, off) | (uint32_t)sp_cbytes_get(b, off + 1) << 8
           | (uint32_t)sp_cbytes_get(b, off + 2) << 16 | (uint32_t)sp_cbytes_get(b, off + 3) << 24;
}

static uint64_t load_be64(sp_cbytes b, size_t off)
{
    return (uint64_t)load_be32(b, off) << 32 | load_be32(b, off + 4);
}

/* ---- the compression functions: one block each ----------------------------*/

/* RFC 1321 3.4: four rounds of sixteen steps; F, G, H, I and the message
 * word order of each round. */
static void md5_block(sp_u64s h, sp_cbytes blk)
{
    uint32_t m[16];
    sp_u32s x = SP_ARRAY_SPAN(sp_u32s, m);
    for (size_t i = 0; i < 16; i++)
        sp_u32s_set(x, i, load_le32(blk, 4 * i));
    sp_u32s t = SP_ARRAY_SPAN(sp_u32s, MD5_T), s = SP_ARRAY_SPAN(sp_u32s, MD5_S);
    uint32_t a = (uint32_t)sp_u64s_get(h, 0), b = (uint32_t)sp_u64s_get(h, 1);
    uint32_t c = (uint32_t)sp_u64s_get(h, 2), d = (uint32_t)sp_u64s_get(h, 3);
    for (uint32_t i = 0; i < 64; i++) {
        uint32_t f, k;
        switch (i / 16) {
        case 0: f = (b & c) | (~b & d); k = i; break;
        case 1: f = (b & d) | (c & ~d); k = (5 * i + 1) % 16; break;
        case 2: f = b ^ c ^ d; k = (3 * i + 5) % 16; break;
        default: f = c ^ (b | ~d); k = (7 * i) % 16; break;
        }
        uint32_t tmp = d;
        d = c;
        c = b;
        b = b + rotl32(a + f + sp_u32s_get(t, i) + sp_u32s_get(x, k), sp_u32s_get(s, (i / 16) * 4 + i % 4));
        a = tmp;
    }
    sp_u64s_set(h, 0, (uint32_t)(sp_u64s_get(h, 0) + a));
    sp_u64s_set(h, 1, (uint32_t)(sp_u64s_get(h, 1) + b));
    sp_u64s_set(h, 2, (uint32_t)(sp_u64s_get(h, 2) + c));
    sp_u64s_set(h, 3, (uint32_t)(sp_u64s_get(h, 3) + d));
}

/* FIPS 180-4 6.1.2, with the sixteen-word circular schedule of 6.1.3. */
static void sha1_block(sp_u64s h, sp_cbytes blk)
{
    uint32_t wa[16];
    sp_u32s w = SP_ARRAY_SPAN(sp_u32s, wa);
    for (size_t i = 0; i < 16; i++)
        sp_u32s_set(w, i, load_be32(blk, 4 * i));
    uint32_t a = (uint32_t)sp_u64s_get(h, 0), b = (uint32_t)sp_u64s_get(h, 1), c = (uint32_t)sp_u64s_get(h, 2);
    uint32_t d = (uint32_t)sp_u64s_get(h, 3), e = (uint32_t)sp_u64s_get(h, 4);
    for (uint32_t t = 0; t < 80; t++) {
        uint32_t wt;
        if (t < 16) {
            wt = sp_u32s_get(w, t);
        } else {
            wt = rotl32(sp_u32s_get(w, (t + 13) & 15) ^ sp_u32s_get(w, (t + 8) & 15) ^ sp_u32s_get(w, (t + 2) & 15)
                        ^ sp_u32s_get(w, t & 15), 1);
            sp_u32s_set(w, t & 15, wt);
        }
        uint32_t f, k;
        if (t < 20) {
            f = (b & c) ^ (~b & d);
            k = 0x5a827999u;
        } else if (t < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1u;
        } else if (t < 60) {
            f = (b & c) ^ (b & d) ^ (c & d);
            k = 0x8f1bbcdcu;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6u;
        }
        uint32_t tmp = rotl32(a, 5) + f + e + k + wt;
        e = d;
        d = c;
        c = rotl32(b, 30);
        b = a;
        a = tmp;
    }
    uint32_t v[5] = { a, b, c, d, e };
    sp_u32s vs = SP_ARRAY_SPAN(sp_u32s, v);
    for (size_t i = 0; i < 5; i++)
        sp_u64s_set(h, i, (uint32_t)(sp_u64s_get(h, i) + sp_u32s_get(vs, i)));
}

/* FIPS 180-4 6.2.2 (SHA-224 is the same with another IV, 6.3). */
static void sha256_block(sp_u64s h, sp_cbytes blk)
{
    uint32_t wa[64];
    sp_u32s w = SP_ARRAY_SPAN(sp_u32s, wa);
    for (size_t t = 0; t < 16; t++)
        sp_u32s_set(w, t, load_be32(blk, 4 * t));
    for (size_t t = 16; t < 64; t++) {
        uint32_t w2 = sp_u32s_get(w, t - 2), w15 = sp_u32s_get(w, t - 15);
        uint32_t s1 = rotr32(w2, 17) ^ rotr32(w2, 19) ^ (w2 >> 10);
        uint32_t s0 = rotr32(w15, 7) ^ rotr32(w15, 18) ^ (w15 >> 3);
        sp_u32s_set(w, t, s1 + sp_u32s_get(w, t - 7) + s0 + sp_u32s_get(w, t - 16));
    }
    uint32_t a = (uint32_t)sp_u64s_get(h, 0), b = (uint32_t)sp_u64s_get(h, 1);
    uint32_t c = (uint32_t)sp_u64s_get(h, 2), d = (uint32_t)sp_u64s_get(h, 3);
    uint32_t e = (uint32_t)sp_u64s_get(h, 4), f = (uint32_t)sp_u64s_get(h, 5);
    uint32_t g = (uint32_t)sp_u64s_get(h, 6), hh = (uint32_t)sp_u64s_get(h, 7);
    sp_u32s k = SP_ARRAY_SPAN(sp_u32s, K256);
    for (size_t t = 0; t < 64; t++) {
        uint32_t t1 = hh + (rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25)) + ((e & f) ^ (~e & g)) + sp_u32s_get(k, t)
                      + sp_u32s_get(w, t);
        uint32_t t2 = (rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    uint32_t out[8] = { a, b, c, d, e, f, g, hh };
    sp_u32s os = SP_ARRAY_SPAN(sp_u32s, out);
    for (size_t i = 0; i < 8; i++)
        sp_u64s_set(h, i, (uint32_t)(sp_u64s_get(h, i) + sp_u32s_get(os, i)));
}

/* FIPS 180-4 6.4.2 (SHA-384: another IV, 6.5). */
static void sha512_block(sp_u64s h, sp_cbytes blk)
{
    uint64_t wa[80];
    sp_u64s w = SP_ARRAY_SPAN(sp_u64s, wa);
    for (size_t t = 0; t < 16; t++)
        sp_u64s_set(w, t, load_be64(blk, 8 * t));
    for (size_t t = 16; t < 80; t++) {
        uint64_t w2 = sp_u64s_get(w, t - 2), w15 = sp_u64s_get(w, t - 15);
        uint64_t s1 = rotr64(w2, 19) ^ rotr64(w2, 61) ^ (w2 >> 6);
        uint64_t s0 = rotr64(w15, 1) ^ rotr64(w15, 8) ^ (w15 >> 7);
        sp_u64s_set(w, t, s1 + sp_u64s_get(w, t - 7) + s0 + sp_u64s_get(w, t - 16));
    }
    uint64_t a = sp_u64s_get(h, 0), b = sp_u64s_get(h, 1), c = sp_u64s_get(h, 2), d = sp_u64s_get(h, 3);
    uint64_t e = sp_u64s_get(h, 4), f = sp_u64s_get(h, 5), g = sp_u64s_get(h, 6), hh = sp_u64s_get(h, 7);
    sp_u64s k = SP_ARRAY_SPAN(sp_u64s, K512);
    for (size_t t = 0; t < 80; t++) {
        uint64_t t1 = hh + (rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41)) + ((e & f) ^ (~e & g)) + sp_u64s_get(k, t)
                      + sp_u64s_get(w, t);
        uint64_t t2 = (rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    uint64_t out[8] = { a, b, c, d, e, f, g, hh };
    sp_u64s os = SP_ARRAY_SPAN(sp_u64s, out);
    for (size_t i = 0; i < 8; i++)
        sp_u64s_set(h, i, sp_u64s_get(h, i) + sp_u64s_get(os, i));
}

static void compress(hash_state *s, sp_cbytes blk)
{
    sp_u64s h = SP_ARRAY_SPAN(sp_u64s, s->h);
    switch ((hash_alg)s->alg) {
    case ALG_MD5: md5_block(h, blk); break;
    case ALG_SHA1: sha1_block(h, blk); break;
    case ALG_SHA224:
    case ALG_SHA256: sha256_block(h, blk); break;
    default: sha512_block(h, blk); break;
    }
}

/* ---- streaming -----------------------------------------------------------*/

static void state_init(hash_state *s, hash_alg alg)
{
    sp_u64s h = SP_ARRAY_SPAN(sp_u64s, s->h);
    sp_u64s iv;
    switch (alg) {
    case ALG_MD5: iv = SP_ARRAY_SPAN(sp_u64s, IV_MD5); break;
    case ALG_SHA1: iv = SP_ARRAY_SPAN(sp_u64s, IV_SHA1); break;
    case ALG_SHA224: iv = SP_ARRAY_SPAN(sp_u64s, IV_SHA224); break;
    case ALG_SHA256: iv = SP_ARRAY_SPAN(sp_u64s, IV_SHA256); break;
    case ALG_SHA384: iv = SP_ARRAY_SPAN(sp_u64s, IV_SHA384); break;
    default: iv = SP_ARRAY_SPAN(sp_u64s, IV_SHA512); break;
    }
    for (size_t i = 0; i < 8; i++)
        sp_u64s_set(h, i, sp_u64s_get(iv, i));
    s->nlo = s->nhi = 0;
    s->buflen = 0;
    s->alg = alg;
}

static void state_update(sp_vm *vm, hash_state *s, sp_cbytes data)
{
    size_t bs = info_of(s->alg)->block_size;
    sp_bytes buf = sp_bytes_sub(SP_BYTES(s->buf), 0, bs);
    uint64_t lo = s->nlo + data.len;
    s->nhi += lo < s->nlo;
    s->nlo = lo;
    size_t pos = 0;
    if (s->buflen > 0) {
        size_t take = bs - s->buflen < data.len ? bs - s->buflen : data.len;
        sp_bytes_copy(sp_bytes_sub(buf, s->buflen, take), sp_cbytes_sub(data, 0, take));
        s->buflen += (uint32_t)take;
        pos = take;
        if (s->buflen < bs)
            return;
        compress(s, sp_cbytes_of(buf));
        s->buflen = 0;
    }
    for (; data.len - pos >= bs; pos += bs) {
        /* A block costs about as much as a few dozen bytecodes. */
        sp_vm_poll_n(vm, 16);
        compress(s, sp_cbytes_sub(data, pos, bs));
    }
    sp_bytes_copy(sp_bytes_sub(buf, 0, data.len - pos), sp_cbytes_from(data, pos));
    s->buflen = (uint32_t)(data.len - pos);
}

/* Pads a copy of the state (0x80, zeros, the bit length: little-endian
 * 64 bits for MD5, big-endian 64 or 128 bits for SHA) and writes the
 * digest into out (digest_size bytes). */
static void state_digest(const hash_state *src, sp_bytes out)
{
    hash_state s = *src;
    const hash_info *hi = info_of(s.alg);
    size_t bs = hi->block_size, lenbytes = bs == 128 ? 16 : 8;
    sp_bytes buf = sp_bytes_sub(SP_BYTES(s.buf), 0, bs);
    uint64_t bits_lo = s.nlo << 3, bits_hi = (s.nhi << 3) | (s.nlo >> 61);
    sp_bytes_set(buf, s.buflen++, 0x80);
    if (s.buflen > bs - lenbytes) {
        sp_bytes_fill(sp_bytes_sub(buf, s.buflen, bs - s.buflen), 0);
        compress(&s, sp_cbytes_of(buf));
        s.buflen = 0;
    }
    sp_bytes_fill(sp_bytes_sub(buf, s.buflen, bs - s.buflen), 0);
    for (size_t i = 0; i < 8; i++) {
        uint8_t lo = (uint8_t)(bits_lo >> (8 * i));
        if (s.alg == ALG_MD5) {
            sp_bytes_set(buf, bs - 8 + i, lo);
        } else {
            sp_bytes_set(buf, bs - 1 - i, lo);
            if (lenbytes == 16)
                sp_bytes_set(buf, bs - 9 - i, (uint8_t)(bits_hi >> (8 * i)));
        }
    }
    compress(&s, sp_cbytes_of(buf));
    sp_u64s h = SP_ARRAY_SPAN(sp_u64s, s.h);
    size_t wbytes = bs == 128 ? 8 : 4;
    for (size_t i = 0; i < out.len; i++) {
        uint64_t word = sp_u64s_get(h, i / wbytes);
        size_t j = i % wbytes;
        /* MD5 writes each word little-endian, SHA big-endian. */
        size_t shift = s.alg == ALG_MD5 ? 8 * j : 8 * (wbytes - 1 - j);
        sp_bytes_set(out, i, (uint8_t)(word >> shift));
    }
}

/* ---- Python-level methods --------------------------------------------------*/

/* The data argument as CPython's GET_BUFFER_VIEW_OR_ERROUT reads it. */
static sp_cbytes hash_data(sp_vm *vm, sp_val v)
{
    if (sp_is_str(v))
        sp_raise_fmt(vm, vm->e.TypeError, "Strings must be encoded before hashing");
    if (sp_is_ptr(v) && v->type == vm->t.memoryview && !sp_memoryview_contiguous(vm, v))
        sp_raise_fmt(vm, vm->e.BufferError, "memoryview: underlying buffer is not C-contiguous");
    sp_cbytes d;
    if (!sp_bytes_buffer(vm, v, &d))
        sp_raise_fmt(vm, vm->e.TypeError, "object supporting the buffer API required");
    return d;
}

static sp_val hash_new(sp_vm *vm, hash_alg alg, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "string", "usedforsecurity" };
    const hash_info *hi = info_of(alg);
    size_t nkw = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    if (args.len - nkw > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes at most 1 positional argument (%zu given)", hi->name,
                     args.len - nkw);
    sp_val out[2];
    sp_parse_args(vm, hi->name, args, kwnames, kw, 0, SP_VALS(out));
    sp_cbytes d = { NULL, 0 };
    if (out[0] != NULL)
        d = hash_data(vm, out[0]);
    sp_val o = sp_alloc(vm, type_of_alg(vm, alg), sizeof(hash_obj));
    hash_obj *ho = HOBJ(o);
    state_init(&ho->s, alg);
    if (d.len > 0)
        state_update(vm, &HOBJ(o)->s, d);
    return o;
}

static sp_val hself(sp_vals args)
{
    sp_val s = sp_vals_get(args, 0);
    HOBJ(s);
    return s;
}

static sp_val hash_update_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = hself(args);
    sp_val arg = sp_cont_onearg(vm, args, kwnames, info_of(HOBJ(self)->s.alg)->q_update);
    sp_cbytes d = hash_data(vm, arg);
    state_update(vm, &HOBJ(self)->s, d);
    return vm->None;
}

static sp_val hash_digest_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = hself(args);
    const hash_info *hi = info_of(HOBJ(self)->s.alg);
    sp_cont_noargs(vm, args, kwnames, hi->q_digest);
    uint8_t raw[64];
    sp_bytes out = sp_bytes_sub(SP_BYTES(raw), 0, hi->digest_size);
    state_digest(&HOBJ(self)->s, out);
    return sp_bytes_new(vm, sp_cbytes_of(out));
}

static sp_val hash_hexdigest_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = hself(args);
    const hash_info *hi = info_of(HOBJ(self)->s.alg);
    sp_cont_noargs(vm, args, kwnames, hi->q_hexdigest);
    uint8_t raw[64], hex[128];
    sp_bytes out = sp_bytes_sub(SP_BYTES(raw), 0, hi->digest_size);
    sp_bytes hx = SP_BYTES(hex);
    sp_cbytes digits = sp_cbytes_of_cstr("0123456789abcdef");
    state_digest(&HOBJ(self)->s, out);
    for (size_t i = 0; i < out.len; i++) {
        uint8_t b = sp_bytes_get(out, i);
        sp_bytes_set(hx, 2 * i, sp_cbytes_get(digits, b >> 4));
        sp_bytes_set(hx, 2 * i + 1, sp_cbytes_get(digits, b & 15));
    }
    return sp_str_new(vm, sp_cbytes_of(sp_bytes_sub(hx, 0, 2 * out.len)));
}

static sp_val hash_copy_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = hself(args);
    /* CPython 3.11's copy() (a defining-class method) says this for any
     * positional argument, and ignores keywords. */
    size_t nkw = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    if (args.len - nkw > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "copy() takes no arguments");
    sp_val o = sp_alloc(vm, type_of_alg(vm, (hash_alg)HOBJ(self)->s.alg), sizeof(hash_obj));
    HOBJ(o)->s = HOBJ(self)->s;
    return o;
}

/* Only the module's functions make hash objects; CPython's message names
 * the type in full ('_sha512.sha512'). */
static sp_val hash_type_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *t = sp_as_type(sp_vals_get(args, 0));
    sp_raise_fmt(vm, vm->e.TypeError, "cannot create '%s' instances", t->def->name);
}

static sp_val hash_name_get(sp_vm *vm, sp_val self) { return sp_str_from_cstr(vm, info_of(HOBJ(self)->s.alg)->name); }

static sp_val hash_digest_size_get(sp_vm *vm, sp_val self)
{
    return sp_cont_size(vm, info_of(HOBJ(self)->s.alg)->digest_size);
}

static sp_val hash_block_size_get(sp_vm *vm, sp_val self)
{
    return sp_cont_size(vm, info_of(HOBJ(self)->s.alg)->block_size);
}

static const sp_methoddef hash_methods[] = {
    { "__new__", hash_type_new_m, SP_METH_STATIC, NULL },
    { "update", hash_update_m, 0, "Update this hash object's state with the provided string." },
    { "digest", hash_digest_m, 0, "Return the digest value as a bytes object." },
    { "hexdigest", hash_hexdigest_m, 0, "Return the digest value as a string of hexadecimal digits." },
    { "copy", hash_copy_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef hash_getsets[] = {
    { "name", hash_name_get, NULL, NULL },
    { "digest_size", hash_digest_size_get, NULL, NULL },
    { "block_size", hash_block_size_get, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

#define HASH_TYPEDEF(alg, tname)                                             \
    const sp_typedef sp_hash_##alg##_def = {                                 \
        .name = tname,                                                       \
        .layout = SP_LAYOUT_OTHER,                                           \
        .size = sizeof(hash_obj),                                            \
        .methods = hash_methods,                                             \
        .getsets = hash_getsets,                                             \
    };
HASH_TYPEDEF(md5, "_md5.md5")
HASH_TYPEDEF(sha1, "_sha1.sha1")
HASH_TYPEDEF(sha224, "_sha256.sha224")
HASH_TYPEDEF(sha256, "_sha256.sha256")
HASH_TYPEDEF(sha384, "_sha512.sha384")
HASH_TYPEDEF(sha512, "_sha512.sha512")
#undef HASH_TYPEDEF

/* ---- the modules -------------------------------------------------------------*/

static sp_val md5_f(sp_vm *vm, sp_vals a, sp_val k) { return hash_new(vm, ALG_MD5, a, k); }
static sp_val sha1_f(sp_vm *vm, sp_vals a, sp_val k) { return hash_new(vm, ALG_SHA1, a, k); }
static sp_val sha224_f(sp_vm *vm, sp_vals a, sp_val k) { return hash_new(vm, ALG_SHA224, a, k); }
static sp_val sha256_f(sp_vm *vm, sp_vals a, sp_val k) { return hash_new(vm, ALG_SHA256, a, k); }
static sp_val sha384_f(sp_vm *vm, sp_vals a, sp_val k) { return hash_new(vm, ALG_SHA384, a, k); }
static sp_val sha512_f(sp_vm *vm, sp_vals a, sp_val k) { return hash_new(vm, ALG_SHA512, a, k); }

static const sp_methoddef md5_functions[] = {
    { "md5", md5_f, 0, "Return a new MD5 hash object; optionally initialized with a string." },
    { NULL, NULL, 0, NULL },
};
static const sp_methoddef sha1_functions[] = {
    { "sha1", sha1_f, 0, "Return a new SHA1 hash object; optionally initialized with a string." },
    { NULL, NULL, 0, NULL },
};
static const sp_methoddef sha256_functions[] = {
    { "sha256", sha256_f, 0, "Return a new SHA-256 hash object; optionally initialized with a string." },
    { "sha224", sha224_f, 0, "Return a new SHA-224 hash object; optionally initialized with a string." },
    { NULL, NULL, 0, NULL },
};
static const sp_methoddef sha512_functions[] = {
    { "sha512", sha512_f, 0, "Return a new SHA-512 hash object; optionally initialized with a string." },
    { "sha384", sha384_f, 0, "Return a new SHA-384 hash object; optionally initialized with a string." },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_md5(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_md5"));
    sp_module_add_methods(vm, m, md5_functions);
    sp_module_add(vm, m, "MD5Type", (sp_val)vm->t.hash_md5);
    return m;
}

sp_val sp_module_init_sha1(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_sha1"));
    sp_module_add_methods(vm, m, sha1_functions);
    sp_module_add(vm, m, "SHA1Type", (sp_val)vm->t.hash_sha1);
    return m;
}

sp_val sp_module_init_sha256(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_sha256"));
    sp_module_add_methods(vm, m, sha256_functions);
    sp_module_add(vm, m, "SHA224Type", (sp_val)vm->t.hash_sha224);
    sp_module_add(vm, m, "SHA256Type", (sp_val)vm->t.hash_sha256);
    return m;
}

sp_val sp_module_init_sha512(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_sha512"));
    sp_module_add_methods(vm, m, sha512_functions);
    /* CPython 3.11 registers the SHA-512 type under this name (and has no
     * SHA512Type): matched. */
    sp_module_add(vm, m, "SHA384Type", (sp_val)vm->t.hash_sha512);
    return m;
}

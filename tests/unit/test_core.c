/* Unit tests of the core's helpers: spans (copy, fill, compare, search),
 * SipHash-1-3 against CPython 3.11's hashes, and UTF-8. */
#include <string.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include "core/core.h"
#include "core/utf8.h"
#include "unit.h"

static sp_cbytes B(const char *s) { return sp_cbytes_of_cstr(s); }
static sp_cbytes BN(const char *s, size_t n) { return (sp_cbytes){ (const uint8_t *)s, n }; }

static void test_spans(void)
{
    CHECK(sp_cbytes_of_cstr("hello").len == 5);
    CHECK(sp_cbytes_of_cstr("").len == 0);
    CHECK(sp_cbytes_of_cstr(NULL).len == 0);

    uint8_t buf[10];
    sp_bytes b = SP_BYTES(buf);
    sp_bytes_fill(b, 'x');
    CHECK(buf[0] == 'x' && buf[9] == 'x');
    sp_bytes_copy(b, B("abcdef"));
    CHECK(memcmp(buf, "abcdefxxxx", 10) == 0);
    /* Overlapping copy (memmove semantics). */
    sp_bytes_copy(sp_bytes_sub(b, 2, 8), sp_cbytes_of(sp_bytes_sub(b, 0, 6)));
    CHECK(memcmp(buf, "ababcdefxx", 10) == 0);
    sp_bytes_copy(b, BN("", 0));

    sp_val vals[4];
    sp_vals v = SP_VALS(vals);
    sp_vals_fill(v, (sp_val)(uintptr_t)3);
    CHECK(vals[0] == (sp_val)(uintptr_t)3 && vals[3] == (sp_val)(uintptr_t)3);
    sp_vals_set(v, 0, (sp_val)(uintptr_t)5);
    sp_vals_copy(sp_vals_from(v, 1), sp_vals_sub(v, 0, 3));
    CHECK(vals[1] == (sp_val)(uintptr_t)5 && vals[2] == (sp_val)(uintptr_t)3);

    CHECK(sp_cbytes_cmp(B("abc"), B("abd")) < 0);
    CHECK(sp_cbytes_cmp(B("abd"), B("abc")) > 0);
    CHECK(sp_cbytes_cmp(B("ab"), B("abc")) < 0);
    CHECK(sp_cbytes_cmp(B("abc"), B("ab")) > 0);
    CHECK(sp_cbytes_cmp(B("abc"), B("abc")) == 0);
    CHECK(sp_cbytes_cmp(B(""), B("")) == 0);
    CHECK(sp_cbytes_cmp(BN("\xff", 1), B("a")) > 0);   /* unsigned bytes */
    CHECK(sp_cbytes_eq(B("abc"), B("abc")));
    CHECK(!sp_cbytes_eq(B("abc"), B("abd")));
    CHECK(!sp_cbytes_eq(B("abc"), B("ab")));
    CHECK(sp_cbytes_eq(B(""), BN(NULL, 0)));

    sp_cbytes hay = B("abcabcab");
    CHECK(sp_cbytes_find(hay, B("abc"), 0) == 0);
    CHECK(sp_cbytes_find(hay, B("abc"), 1) == 3);
    CHECK(sp_cbytes_find(hay, B("abc"), 4) == -1);
    CHECK(sp_cbytes_find(hay, B("b"), 2) == 4);
    CHECK(sp_cbytes_find(hay, B(""), 3) == 3);
    CHECK(sp_cbytes_find(hay, B(""), 8) == 8);
    CHECK(sp_cbytes_find(hay, B(""), 9) == -1);
    CHECK(sp_cbytes_find(hay, B("abcabcabc"), 0) == -1);
    CHECK(sp_cbytes_rfind(hay, B("abc"), 8) == 3);
    CHECK(sp_cbytes_rfind(hay, B("abc"), 5) == 0);
    CHECK(sp_cbytes_rfind(hay, B("abc"), 2) == -1);
    CHECK(sp_cbytes_rfind(hay, B("ab"), 100) == 6);
    CHECK(sp_cbytes_rfind(hay, B(""), 5) == 5);
    CHECK(sp_cbytes_rfind(B(""), B("a"), 0) == -1);
    CHECK(sp_cbytes_findbyte(hay, 'c', 0) == 2);
    CHECK(sp_cbytes_findbyte(hay, 'c', 3) == 5);
    CHECK(sp_cbytes_findbyte(hay, 'c', 6) == -1);
    CHECK(sp_cbytes_findbyte(hay, 'a', 8) == -1);

    size_t r;
    CHECK(sp_size_add(1, 2, &r) && r == 3);
    CHECK(!sp_size_add(SIZE_MAX, 1, &r));
    CHECK(!sp_size_mul(SIZE_MAX / 2 + 1, 2, &r));
    int64_t i;
    CHECK(!sp_i64_add(INT64_MAX, 1, &i));
    CHECK(!sp_i64_sub(INT64_MIN, 1, &i));
    CHECK(!sp_i64_mul(INT64_MIN, -1, &i));
    CHECK(sp_i64_mul(-3, 4, &i) && i == -12);
}

/* Expected values: hash(b) in CPython 3.11 with PYTHONHASHSEED=0 / 42 /
 * 4294967295 (SipHash-1-3). */
static void test_siphash(void)
{
    sp_hashkey zero = sp_hashkey_from_seed(0);
    CHECK(zero.k0 == 0 && zero.k1 == 0);
    CHECK((int64_t)sp_siphash(zero, B("a")) == 4644417185603328019LL);
    CHECK((int64_t)sp_siphash(zero, B("abc")) == -4594863902769663758LL);
    CHECK((int64_t)sp_siphash(zero, B("abcdefg")) == 7904145750247929094LL);
    CHECK((int64_t)sp_siphash(zero, B("abcdefgh")) == 4574395652268504554LL);
    CHECK((int64_t)sp_siphash(zero, B("abcdefghi")) == -532774252720507163LL);
    CHECK((int64_t)sp_siphash(zero, B("hello world, this is a longer test string!")) == 4652503803991399048LL);
    uint8_t all[256];
    for (int k = 0; k < 256; k++)
        all[k] = (uint8_t)k;
    CHECK((int64_t)sp_siphash(zero, SP_CBYTES(all)) == 3579909164457460488LL);
    CHECK((int64_t)sp_siphash(sp_hashkey_from_seed(42), B("abc")) == 3869580338025362921LL);
    CHECK((int64_t)sp_siphash(sp_hashkey_from_seed(42), B("hello")) == 841626496250501200LL);
    CHECK((int64_t)sp_siphash(sp_hashkey_from_seed(4294967295u), B("abc")) == -6122489556238538401LL);
}

static void test_siphash_str(void)
{
    sp_hashkey zero = sp_hashkey_from_seed(0);
    CHECK((int64_t)sp_siphash_str(zero, B("abcdefghi")) == -532774252720507163LL);
    CHECK((int64_t)sp_siphash_str(zero, B("\xc3\xa9")) == 6047309291227476195LL);
    CHECK((int64_t)sp_siphash_str(zero, B("h\xc3\xa9llo w\xc3\xb6rld")) == 2851654936439523187LL);
    CHECK((int64_t)sp_siphash_str(zero, B("\xc4\x80")) == 75343234424780393LL);
    CHECK((int64_t)sp_siphash_str(zero, B("\xc4\x80\xc4\x80\xc4\x80\xc4\x80\xc4\x80\xc4\x80\xc4\x80\xc4\x80\xc4\x80")) == -5115096517606208615LL);
    CHECK((int64_t)sp_siphash_str(zero, B("\xe2\x82\xacuro")) == 7542247858446192590LL);
    CHECK((int64_t)sp_siphash_str(zero, B("\xf0\x9f\x98\x80")) == -3536540696076613844LL);
    CHECK((int64_t)sp_siphash_str(zero, B("a\xf0\x9f\x98\x80" "bcdefgh")) == 2940508008735678459LL);
    CHECK((int64_t)sp_siphash_str(zero, B("\xed\xb2\x80x")) == 8334736155318599875LL);   /* lone surrogate */
}

static void bad(const char *s, size_t n, size_t start, size_t end, const char *reason)
{
    sp_utf8_error e = { 0, 0, NULL };
    size_t nchars = 99;
    CHECK(!sp_utf8_check(BN(s, n), false, &nchars, &e));
    CHECK(e.start == start && e.end == end);
    CHECK(e.reason != NULL && strcmp(e.reason, reason) == 0);
    CHECK(nchars <= start);
}

static void test_utf8(void)
{
    size_t n = 0;
    CHECK(sp_utf8_check(B("hello"), false, &n, NULL) && n == 5);
    CHECK(sp_utf8_check(B(""), false, &n, NULL) && n == 0);
    /* é (2 bytes), € (3), 𝄞 (4) */
    const char *mixed = "a\xc3\xa9\xe2\x82\xac\xf0\x9d\x84\x9e";
    CHECK(sp_utf8_check(B(mixed), false, &n, NULL) && n == 4);
    CHECK(sp_utf8_count(B(mixed)) == 4);
    CHECK(sp_utf8_offset(B(mixed), 0, 0) == 0);
    CHECK(sp_utf8_offset(B(mixed), 0, 2) == 3);
    CHECK(sp_utf8_offset(B(mixed), 0, 3) == 6);
    CHECK(sp_utf8_offset(B(mixed), 0, 4) == 10);
    CHECK(sp_utf8_offset(B(mixed), 3, 1) == 6);
    uint32_t cp = 0;
    CHECK(sp_utf8_decode(B(mixed), 1, false, &cp, NULL) == 2 && cp == 0xE9);
    CHECK(sp_utf8_decode(B(mixed), 3, false, &cp, NULL) == 3 && cp == 0x20AC);
    CHECK(sp_utf8_decode(B(mixed), 6, false, &cp, NULL) == 4 && cp == 0x1D11E);
    CHECK(!sp_utf8_is_ascii(B(mixed)));
    CHECK(sp_utf8_is_ascii(B("plain")));

    /* The error positions and reasons CPython reports. */
    bad("\xe2\x82", 2, 0, 2, "unexpected end of data");
    bad("\xe2\x28\xa1", 3, 0, 1, "invalid continuation byte");
    bad("\xed\xa0\x80", 3, 0, 1, "invalid continuation byte");   /* surrogate */
    bad("\xf0\x90\x28", 3, 0, 2, "invalid continuation byte");
    bad("\x80", 1, 0, 1, "invalid start byte");
    bad("\xc0\xaf", 2, 0, 1, "invalid start byte");              /* overlong */
    bad("\xf4\x90\x80\x80", 4, 0, 1, "invalid continuation byte"); /* > U+10FFFF */
    bad("ab\xe0", 3, 2, 3, "unexpected end of data");
    bad("\xe0\x80\x80", 3, 0, 1, "invalid continuation byte");   /* overlong */
    bad("\xf5", 1, 0, 1, "invalid start byte");
    /* Surrogates on request (surrogatepass). */
    CHECK(sp_utf8_check(BN("\xed\xa0\x80", 3), true, &n, NULL) && n == 1);
    CHECK(sp_utf8_decode(BN("\xed\xa0\x80", 3), 0, true, &cp, NULL) == 3 && cp == 0xD800);

    /* Round trip of every code point. */
    uint8_t out[4];
    bool ok = true;
    for (uint32_t c = 0; c <= 0x10FFFF; c++) {
        size_t len = sp_utf8_encode(SP_BYTES(out), 0, c);
        uint32_t back = 0;
        bool surrogate = c >= 0xD800 && c <= 0xDFFF;
        size_t got = sp_utf8_decode((sp_cbytes){ out, len }, 0, surrogate, &back, NULL);
        ok = ok && len == sp_utf8_len(c) && got == len && back == c;
        if (surrogate)
            ok = ok && sp_utf8_decode((sp_cbytes){ out, len }, 0, false, &back, NULL) == 0;
    }
    CHECK(ok);
    CHECK(sp_utf8_len(0x110000) == 0);
}

/* A failed check ends the process with status 70, never a signal. */
static void expect_trap(void (*fn)(void))
{
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) {
        int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0)
            dup2(devnull, 2);
        fn();
        _exit(0);
    }
    int status = 0;
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == SP_TRAP_STATUS);
}

static void oob_get(void)
{
    sp_val a[2] = { 0, 0 };
    (void)sp_vals_get(SP_VALS(a), 2);
}

static void oob_sub(void)
{
    uint8_t a[4];
    (void)sp_bytes_sub(SP_BYTES(a), 3, 2);
}

static void oob_copy(void)
{
    uint8_t a[4];
    sp_bytes_copy(SP_BYTES(a), B("hello"));
}

static void oob_encode(void)
{
    uint8_t a[2];
    sp_utf8_encode(SP_BYTES(a), 0, 0x20AC);
}

static void test_traps(void)
{
    expect_trap(oob_get);
    expect_trap(oob_sub);
    expect_trap(oob_copy);
    expect_trap(oob_encode);
}

int main(void)
{
    test_traps();
    test_spans();
    test_siphash();
    test_siphash_str();
    test_utf8();
    return unit_done("test_core");
}

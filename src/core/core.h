/* The trusted core's basic vocabulary: safety traps, checked size
 * arithmetic, and checked spans over memory.
 *
 * Everything outside src/core/ is compiled with -Werror=unsafe-buffer-usage:
 * it may not do pointer arithmetic or subscript a raw pointer.  It works on
 * memory only through the spans below, whose accessors check every index.
 * The accessors are static inline so that they cost what a raw access costs
 * once the compiler has seen the bound; they sit inside the
 * unsafe_buffer_usage pragma because they *are* the place where the raw
 * access is allowed.
 *
 * A failed check here is a bug in SafePy, not in the Python program: the
 * code above should have raised IndexError first.  It ends the process with
 * a safety trap (see sp_trap) rather than touch memory it does not own.
 */
#ifndef SP_CORE_H
#define SP_CORE_H

#ifndef SP_BUILD_CORE
#error "internal SafePy header: build with -DSP_BUILD_CORE"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#ifdef __FRAMAC__
#include <string.h>   /* ACSL's valid_read_string */
#endif

/* The region where raw buffer access is allowed (clang's
 * -Wunsafe-buffer-usage is silent inside).  Used only in src/core/ and for
 * span constructors over object layouts. */
#if defined(__clang__) && __clang_major__ >= 16
#define SP_UNSAFE_BUFFERS_BEGIN _Pragma("clang unsafe_buffer_usage begin")
#define SP_UNSAFE_BUFFERS_END _Pragma("clang unsafe_buffer_usage end")
#else
#define SP_UNSAFE_BUFFERS_BEGIN
#define SP_UNSAFE_BUFFERS_END
#endif

/* A Python value: either a pointer to a heap object or a tagged small int
 * (low bit 1).  The core only moves values around; src/objects/object.h
 * gives them meaning. */
typedef struct sp_obj sp_obj;
typedef sp_obj *sp_val;

/* Signed size, as Python's Py_ssize_t. */
typedef ptrdiff_t sp_ssize;

/* Exit status of a safety trap.  Not a signal: the promise is that SafePy
 * never dies by a signal. */
#define SP_TRAP_STATUS 70

/* Print "safepy: safety trap: <what>" to stderr and _exit(SP_TRAP_STATUS).
 * sp_trap takes a string literal (anything else does not compile): its
 * length comes from sizeof, so the proof of the core needs no C-string
 * reasoning.  sp_trap_str takes any NUL-terminated string (a message built
 * at run time). */
#define sp_trap(lit) sp_trap_msg((lit), sizeof(lit) - 1 + SP_STATIC_ZERO(SP_IS_ARRAY(lit)))
/*@ requires \valid_read(what + (0 .. len - 1));
    assigns \nothing;
    ensures \false; */
_Noreturn void sp_trap_msg(const char *what, size_t len);
/*@ requires valid_read_string(what);
    assigns \nothing;
    ensures \false; */
_Noreturn void sp_trap_str(const char *what);

/* ---- checked size arithmetic ------------------------------------------
 * Each returns false on overflow and leaves *out unspecified.  The typed
 * builtins are used (not the generic __builtin_add_overflow) because
 * Frama-C's front end only knows the typed family. */
/*@ requires \valid(out);
    assigns *out;
    ensures \result <==> a + b <= SIZE_MAX;
    ensures \result ==> *out == a + b; */
static inline bool sp_size_add(size_t a, size_t b, size_t *out)
{
    /* Plain C rather than __builtin_uaddl_overflow (the same code from
     * the compiler): EVA, given only the builtin's libc contract, can't
     * relate its result to a + b and judged this postcondition invalid
     * (eva_gc_nomem.c). */
    if (b > SIZE_MAX - a)
        return false;
    *out = a + b;
    return true;
}

/*@ requires \valid(out);
    assigns *out;
    ensures \result <==> a * b <= SIZE_MAX;
    ensures \result ==> *out == a * b; */
static inline bool sp_size_mul(size_t a, size_t b, size_t *out)
{
    unsigned long r;
    if (__builtin_umull_overflow(a, b, &r))
        return false;
    *out = r;
    return true;
}

/*@ requires \valid(out);
    assigns *out;
    ensures \result <==> INT64_MIN <= a + b <= INT64_MAX;
    ensures \result ==> *out == a + b; */
static inline bool sp_i64_add(int64_t a, int64_t b, int64_t *out)
{
    long r;
    if (__builtin_saddl_overflow(a, b, &r))
        return false;
    *out = r;
    return true;
}

/*@ requires \valid(out);
    assigns *out;
    ensures \result <==> INT64_MIN <= a - b <= INT64_MAX;
    ensures \result ==> *out == a - b; */
static inline bool sp_i64_sub(int64_t a, int64_t b, int64_t *out)
{
    long r;
    if (__builtin_ssubl_overflow(a, b, &r))
        return false;
    *out = r;
    return true;
}

/*@ requires \valid(out);
    assigns *out;
    ensures \result <==> INT64_MIN <= a * b <= INT64_MAX;
    ensures \result ==> *out == a * b; */
static inline bool sp_i64_mul(int64_t a, int64_t b, int64_t *out)
{
    long r;
    if (__builtin_smull_overflow(a, b, &r))
        return false;
    *out = r;
    return true;
}

/* ---- spans ---------------------------------------------------------------
 * A span is a pointer and a length, passed by value.  sp_vals is a run of
 * Python values (argument lists, tuple and list storage); sp_bytes a run of
 * writable bytes; sp_cbytes a read-only run of bytes (str data, source text).
 */
typedef struct { sp_val *ptr; size_t len; } sp_vals;
typedef struct { uint8_t *ptr; size_t len; } sp_bytes;
typedef struct { const uint8_t *ptr; size_t len; } sp_cbytes;

/* Span over a whole C array.  A pointer instead of an array does not
 * compile (SP_IS_ARRAY): its sizeof would silently give a wrong length. */
#define SP_STATIC_ZERO(cond) (0 * sizeof(char[(cond) ? 1 : -1]))
#define SP_IS_ARRAY(a) (!__builtin_types_compatible_p(__typeof__(a), __typeof__(&(a)[0])))
#define SP_VALS(arr) ((sp_vals){ (arr), sizeof(arr) / sizeof((arr)[0]) + SP_STATIC_ZERO(SP_IS_ARRAY(arr)) })
/* SP_BYTES casts, so it checks what the cast would hide: byte elements
 * (a writable byte view of an sp_val array could forge object pointers)
 * that are not const. */
#define SP_BYTES(arr) ((sp_bytes){ (uint8_t *)(arr), sizeof(arr) + SP_STATIC_ZERO(SP_IS_ARRAY(arr)) \
    + SP_STATIC_ZERO(sizeof((arr)[0]) == 1)                                                          \
    + SP_STATIC_ZERO(!__builtin_types_compatible_p(__typeof__(&(arr)[0]), const __typeof__((arr)[0]) *)) })
#define SP_CBYTES(arr) ((sp_cbytes){ (const uint8_t *)(arr), sizeof(arr) + SP_STATIC_ZERO(SP_IS_ARRAY(arr)) })
#define SP_NOVALS ((sp_vals){ NULL, 0 })

/* A read-only span over a NUL-terminated C string (without the NUL). */
sp_cbytes sp_cbytes_of_cstr(const char *s);

/* p + n for a sub-span: an empty span may have a NULL pointer (SP_NOVALS)
 * and NULL + 0 is undefined behaviour in C (clang's UBSan reports it). */
#define sp_ptr_add_(p, n) ((n) == 0 ? (p) : (p) + (n))

SP_UNSAFE_BUFFERS_BEGIN

/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    assigns \nothing;
    ensures i < s.len && \result == s.ptr[i]; */
static inline sp_val sp_vals_get(sp_vals s, size_t i)
{
    if (i >= s.len)
        sp_trap("sp_vals_get: index out of range");
    return s.ptr[i];
}

/*@ requires \valid(s.ptr + (0 .. s.len - 1));
    assigns s.ptr[i];
    ensures i < s.len && s.ptr[i] == v; */
static inline void sp_vals_set(sp_vals s, size_t i, sp_val v)
{
    if (i >= s.len)
        sp_trap("sp_vals_set: index out of range");
    s.ptr[i] = v;
}

/* s[start : start+len] */
/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    assigns \nothing;
    ensures start + len <= s.len;
    ensures \result.ptr == s.ptr + start && \result.len == len; */
static inline sp_vals sp_vals_sub(sp_vals s, size_t start, size_t len)
{
    if (start > s.len || len > s.len - start)
        sp_trap("sp_vals_sub: range out of bounds");
    return (sp_vals){ sp_ptr_add_(s.ptr, start), len };
}

/* s[start:] */
/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    assigns \nothing;
    ensures start <= s.len;
    ensures \result.ptr == s.ptr + start && \result.len == s.len - start; */
static inline sp_vals sp_vals_from(sp_vals s, size_t start)
{
    if (start > s.len)
        sp_trap("sp_vals_from: start out of bounds");
    return (sp_vals){ sp_ptr_add_(s.ptr, start), s.len - start };
}

/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    assigns \nothing;
    ensures i < s.len && \result == s.ptr[i]; */
static inline uint8_t sp_bytes_get(sp_bytes s, size_t i)
{
    if (i >= s.len)
        sp_trap("sp_bytes_get: index out of range");
    return s.ptr[i];
}

/*@ requires \valid(s.ptr + (0 .. s.len - 1));
    assigns s.ptr[i];
    ensures i < s.len && s.ptr[i] == b; */
static inline void sp_bytes_set(sp_bytes s, size_t i, uint8_t b)
{
    if (i >= s.len)
        sp_trap("sp_bytes_set: index out of range");
    s.ptr[i] = b;
}

/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    assigns \nothing;
    ensures start + len <= s.len;
    ensures \result.ptr == s.ptr + start && \result.len == len; */
static inline sp_bytes sp_bytes_sub(sp_bytes s, size_t start, size_t len)
{
    if (start > s.len || len > s.len - start)
        sp_trap("sp_bytes_sub: range out of bounds");
    return (sp_bytes){ sp_ptr_add_(s.ptr, start), len };
}

/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    assigns \nothing;
    ensures i < s.len && \result == s.ptr[i]; */
static inline uint8_t sp_cbytes_get(sp_cbytes s, size_t i)
{
    if (i >= s.len)
        sp_trap("sp_cbytes_get: index out of range");
    return s.ptr[i];
}

/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    assigns \nothing;
    ensures start + len <= s.len;
    ensures \result.ptr == s.ptr + start && \result.len == len; */
static inline sp_cbytes sp_cbytes_sub(sp_cbytes s, size_t start, size_t len)
{
    if (start > s.len || len > s.len - start)
        sp_trap("sp_cbytes_sub: range out of bounds");
    return (sp_cbytes){ sp_ptr_add_(s.ptr, start), len };
}

/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    assigns \nothing;
    ensures start <= s.len;
    ensures \result.ptr == s.ptr + start && \result.len == s.len - start; */
static inline sp_cbytes sp_cbytes_from(sp_cbytes s, size_t start)
{
    if (start > s.len)
        sp_trap("sp_cbytes_from: start out of bounds");
    return (sp_cbytes){ sp_ptr_add_(s.ptr, start), s.len - start };
}

/*@ assigns \nothing;
    ensures \result.ptr == s.ptr && \result.len == s.len; */
static inline sp_cbytes sp_cbytes_of(sp_bytes s)
{
    return (sp_cbytes){ s.ptr, s.len };
}


/* Spans of other element types, generated by one macro inside the core so
 * that every instance carries the same checks.  Add new instances here.
 * The contracts inside the macro reach Frama-C because `make verify`
 * preprocesses with `cpp -CC` (comments kept in macro expansions). */
#define SP_DEFINE_SPAN(NAME, T)                                              \
    typedef struct { T *ptr; size_t len; } NAME;                             \
    /*@ requires \valid_read(s.ptr + (0 .. s.len - 1));                      \
        assigns \nothing;                                                    \
        ensures i < s.len && \result == s.ptr[i]; */                         \
    static inline T NAME##_get(NAME s, size_t i)                             \
    {                                                                        \
        if (i >= s.len)                                                      \
            sp_trap(#NAME "_get: index out of range");                       \
        return s.ptr[i];                                                     \
    }                                                                        \
    /*@ requires \valid(s.ptr + (0 .. s.len - 1));                           \
        assigns s.ptr[i];                                                    \
        ensures i < s.len && s.ptr[i] == v; */                               \
    static inline void NAME##_set(NAME s, size_t i, T v)                     \
    {                                                                        \
        if (i >= s.len)                                                      \
            sp_trap(#NAME "_set: index out of range");                       \
        s.ptr[i] = v;                                                        \
    }                                                                        \
    /*@ requires \valid(s.ptr + (0 .. s.len - 1));                           \
        assigns \nothing;                                                    \
        ensures i < s.len && \result == s.ptr + i; */                        \
    static inline T *NAME##_at(NAME s, size_t i)                             \
    {                                                                        \
        if (i >= s.len)                                                      \
            sp_trap(#NAME "_at: index out of range");                        \
        return &s.ptr[i];                                                    \
    }                                                                        \
    /*@ requires \valid_read(s.ptr + (0 .. s.len - 1));                      \
        assigns \nothing;                                                    \
        ensures start + len <= s.len;                                        \
        ensures \result.ptr == s.ptr + start && \result.len == len; */       \
    static inline NAME NAME##_sub(NAME s, size_t start, size_t len)          \
    {                                                                        \
        if (start > s.len || len > s.len - start)                            \
            sp_trap(#NAME "_sub: range out of bounds");                      \
        return (NAME){ sp_ptr_add_(s.ptr, start), len };                     \
    }

SP_DEFINE_SPAN(sp_u16s, uint16_t)
SP_DEFINE_SPAN(sp_u32s, uint32_t)
SP_DEFINE_SPAN(sp_u64s, uint64_t)
SP_DEFINE_SPAN(sp_i32s, int32_t)
SP_DEFINE_SPAN(sp_i64s, int64_t)
SP_DEFINE_SPAN(sp_sizes, size_t)
SP_DEFINE_SPAN(sp_cptrs, const void *)   /* e.g. the loop's computed-goto table */
SP_DEFINE_SPAN(sp_cstrs, char *)   /* argv */

/* Pointer to element i of a span of values (for passing a slot by address,
 * e.g. to a parser filling outputs). */
/*@ requires \valid(s.ptr + (0 .. s.len - 1));
    assigns \nothing;
    ensures i < s.len && \result == s.ptr + i; */
static inline sp_val *sp_vals_at(sp_vals s, size_t i)
{
    if (i >= s.len)
        sp_trap("sp_vals_at: index out of range");
    return &s.ptr[i];
}

/* Entry i of a static C table of `size`-byte entries ending with a
 * sentinel entry (method tables, getset tables): the caller stops at the
 * sentinel, so i never passes it. */
/*@ assigns \nothing; */
static inline const void *sp_table_entry(const void *table, size_t size, size_t i)
{
    return (const unsigned char *)table + size * i;
}

SP_UNSAFE_BUFFERS_END

/* Copies (memmove semantics: the spans may overlap).  dst.len must be
 * >= src.len; only src.len elements are written. */
void sp_vals_copy(sp_vals dst, sp_vals src);
void sp_bytes_copy(sp_bytes dst, sp_cbytes src);
void sp_vals_fill(sp_vals dst, sp_val v);
void sp_bytes_fill(sp_bytes dst, uint8_t b);
/* memcmp: <0, 0, >0 over the common prefix, then by length. */
int sp_cbytes_cmp(sp_cbytes a, sp_cbytes b);
bool sp_cbytes_eq(sp_cbytes a, sp_cbytes b);
/* Index of the first occurrence of needle at or after start, or -1. */
sp_ssize sp_cbytes_find(sp_cbytes hay, sp_cbytes needle, size_t start);
sp_ssize sp_cbytes_rfind(sp_cbytes hay, sp_cbytes needle, size_t end);
sp_ssize sp_cbytes_findbyte(sp_cbytes hay, uint8_t b, size_t start);

/* ---- keyed hashing (SipHash-1-3 with a per-VM 128-bit key) ------------ */
typedef struct { uint64_t k0, k1; } sp_hashkey;
uint64_t sp_siphash(sp_hashkey key, sp_cbytes data);
/* The hash CPython 3.11 gives a str: SipHash over its code points in the
 * narrowest fixed width holding the largest (1, 2 or 4 bytes each,
 * little-endian -- PEP 393's layout), computed from UTF-8 without
 * allocating.  Equals sp_siphash(key, utf8) for ASCII. */
uint64_t sp_siphash_str(sp_hashkey key, sp_cbytes utf8);
/* The key CPython 3.11 uses for PYTHONHASHSEED=seed (0: the all-zero key),
 * so that bytes and ASCII str hashes match CPython's. */
sp_hashkey sp_hashkey_from_seed(uint32_t seed);

#endif

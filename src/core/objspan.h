/* Spans over storage the core cannot measure by itself: the trailing
 * arrays of heap objects, byte buffers holding wider elements, C strings
 * and NULL-terminated arrays from libc.
 *
 * These constructors are where a length becomes a promise about memory.
 * Outside src/core/ no span is built from a raw pointer and a length by
 * hand: every span comes from another span (_sub/_from), from a C array
 * (SP_VALS, SP_BYTES, SP_CBYTES: sizeof gives the length), or from one of
 * the functions below, each of which states the one fact its caller must
 * guarantee.  The checks that cost nothing are made here (alignment,
 * terminators); the lengths of trailing arrays rest on the owning type's
 * invariant, named at each call site.
 */
#ifndef SP_OBJSPAN_H
#define SP_OBJSPAN_H

#include "core.h"

SP_UNSAFE_BUFFERS_BEGIN

/* ---- C arrays and single objects -----------------------------------------
 * A span over a whole C array: the length is its element count.  Unlike a
 * hand-written { arr, n }, this can't get the length wrong: it is a
 * compile error if `arr` is a pointer rather than an array, or if its
 * elements are not the span's element size (the pointer is converted
 * through void *, so const tables and same-size reinterpretations like
 * int16_t[] as sp_u16s work).  An sp_vals span needs an array of sp_val
 * itself: any other 8-byte element (uint64_t, char *) would become an
 * object pointer.  Contract: over a const array (the Unicode tables,
 * keyword lists, eval's label table) the span is only read -- the span
 * types have no const variant, so the compiler does not see a write,
 * which would fault on read-only data. */
#define SP_ARRAY_SPAN(NAME, arr)                                             \
    ((NAME){ (void *)(arr), sizeof(arr) / sizeof((arr)[0])                   \
             + SP_STATIC_ZERO(SP_IS_ARRAY(arr)                               \
                              && sizeof(*((NAME){ 0 }).ptr) == sizeof((arr)[0])) \
             + SP_STATIC_ZERO(!__builtin_types_compatible_p(__typeof__(*((NAME){ 0 }).ptr), sp_val) \
                              || __builtin_types_compatible_p(__typeof__((arr)[0]), sp_val)) })
/* A span of one element over the object x (an lvalue of the span's exact
 * element type: anything else does not compile). */
#define SP_ONE(NAME, x) ((NAME){ &(x), 1 })

/* ---- trailing arrays ------------------------------------------------------
 * The C flexible array member `first` of a heap object, as a span of n
 * elements.
 * Contract: the object was allocated with room for at least n elements
 * after `first` -- in practice n is the length field the object's type
 * sets from the size it allocated and never raises afterwards (tuple.len,
 * valarray.cap, rawbuf.cap, bigint.nlimbs, str.len, bytes.len,
 * frame.nslots).  The object's spare byte (gc.h, H1) is never part of a
 * span. */
/*@ requires \valid(first + (0 .. n - 1));
    assigns \nothing;
    ensures \result.ptr == first && \result.len == n; */
static inline sp_vals sp_trailing_vals(sp_val *first, size_t n)
{
    return (sp_vals){ first, n };
}

/*@ requires \valid(first + (0 .. n - 1));
    assigns \nothing;
    ensures \result.ptr == first && \result.len == n; */
static inline sp_bytes sp_trailing_bytes(uint8_t *first, size_t n)
{
    return (sp_bytes){ first, n };
}

/*@ requires \valid(first + (0 .. n - 1));
    assigns \nothing;
    ensures \result.ptr == first && \result.len == n; */
static inline sp_u32s sp_trailing_u32s(uint32_t *first, size_t n)
{
    return (sp_u32s){ first, n };
}

/* ---- byte buffers holding wider elements --------------------------------
 * A byte span seen as whole elements of a wider type (rawbuf storage of
 * instructions, offset tables, hash indices).  The length is the number of
 * whole elements (trailing bytes are not part of it); a start that is not
 * aligned for the element type is a safety trap (an access through it
 * would be undefined behaviour).  No contract beyond the byte span's.
 * (The element types are scalars whose alignment is their size on every
 * target SafePy supports; the check says sizeof because Frama-C cannot
 * parse _Alignof.) */
#define SP_BYTES_AS(NAME, T)                                                 \
    /*@ assigns \nothing;                                                    \
        ensures \result.len == b.len / sizeof(*\result.ptr); */                      \
    static inline NAME sp_bytes_as_##NAME(sp_bytes b)                        \
    {                                                                        \
        if ((uintptr_t)b.ptr % sizeof(T) != 0)                             \
            sp_trap("sp_bytes_as_" #NAME ": misaligned buffer");             \
        return (NAME){ (T *)(void *)b.ptr, b.len / sizeof(T) };              \
    }
SP_BYTES_AS(sp_u16s, uint16_t)
SP_BYTES_AS(sp_u32s, uint32_t)
SP_BYTES_AS(sp_i32s, int32_t)
SP_BYTES_AS(sp_i64s, int64_t)
SP_BYTES_AS(sp_sizes, size_t)
#undef SP_BYTES_AS

/* The trailing byte array `first` (nbytes long) of a heap object, seen as
 * whole elements of a wider type, without a run-time alignment check (the
 * hot paths: dict indices, instructions).
 * Contract: as for sp_trailing_bytes, and `first` lies at an offset of
 * its object that is a multiple of 8 (a _Static_assert next to the
 * layout says so) -- heap objects start on 16-byte boundaries (gc.c:
 * small cells are multiples of 16 bytes in 64 KiB-aligned pages, large
 * blocks come from malloc).  Debug builds check the alignment anyway. */
#ifdef SP_DEBUG
#define SP_DEBUG_CHECKS 1
#else
#define SP_DEBUG_CHECKS 0
#endif
#define SP_TRAILING_AS(NAME, T)                                              \
    /*@ assigns \nothing;                                                    \
        ensures \result.len == nbytes / sizeof(*\result.ptr); */                      \
    static inline NAME sp_trailing_as_##NAME(uint8_t *first, size_t nbytes)  \
    {                                                                        \
        if (SP_DEBUG_CHECKS && (uintptr_t)first % sizeof(T) != 0)          \
            sp_trap("sp_trailing_as_" #NAME ": misaligned trailing array");  \
        return (NAME){ (T *)(void *)first, nbytes / sizeof(T) };             \
    }
SP_TRAILING_AS(sp_u16s, uint16_t)
SP_TRAILING_AS(sp_u32s, uint32_t)
SP_TRAILING_AS(sp_i32s, int32_t)
SP_TRAILING_AS(sp_i64s, int64_t)
SP_TRAILING_AS(sp_sizes, size_t)
#undef SP_TRAILING_AS

/* ---- C strings ------------------------------------------------------------
 * The bytes of `s` as a C string, for the C library (paths, formats).
 * s must include the terminating NUL as its last byte (str and bytes
 * objects keep one after their data): checked, a missing NUL is a safety
 * trap.  A NUL inside s only makes the C string shorter; callers that
 * must refuse embedded NULs (paths) check for them first. */
/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    assigns \nothing;
    ensures s.len > 0 && s.ptr[s.len - 1] == 0; */
static inline const char *sp_cbytes_cstr(sp_cbytes s)
{
    if (s.len == 0 || s.ptr[s.len - 1] != 0)
        sp_trap("sp_cbytes_cstr: not NUL-terminated");
    return (const char *)s.ptr;
}

/* A NULL-terminated array of C strings (environ, argv) as a span, without
 * the terminator; NULL gives the empty span.
 * Contract: v is NULL or ends with a NULL entry. */
/*@ axiomatic SpNullTerm {
      // The index of the NULL entry ending the array v.
      logic integer sp_nullterm_len{L}(char **v) reads v[0 ..];
    }
    predicate sp_nullterm{L}(char **v) =
      0 <= sp_nullterm_len(v) < SIZE_MAX
      && \valid_read(v + (0 .. sp_nullterm_len(v)))
      && v[sp_nullterm_len(v)] == \null
      && \forall integer i; 0 <= i < sp_nullterm_len(v) ==> v[i] != \null; */
/*@ requires v == \null || sp_nullterm(v);
    assigns \nothing;
    ensures \result.ptr == v;
    ensures v == \null ==> \result.len == 0;
    ensures v != \null ==> \result.len == sp_nullterm_len(v); */
static inline sp_cstrs sp_cstrs_of_nullterm(char **v)
{
    size_t n = 0;
    if (v != NULL)
        /*@ loop invariant 0 <= n <= sp_nullterm_len(v);
            loop invariant \forall integer i; 0 <= i < n ==> v[i] != \null;
            loop assigns n;
            loop variant sp_nullterm_len(v) - n; */
        while (v[n] != NULL)
            n++;
    return (sp_cstrs){ v, n };
}

/* Bytes that the embedding API's caller hands in as a pointer and a
 * length (safepy_run's source); NULL gives the empty span.
 * Contract: p points to len readable bytes that stay valid and unchanged
 * during the call -- include/safepy.h asks it of the caller. */
/*@ requires p == \null || \valid_read((const uint8_t *)p + (0 .. len - 1));
    assigns \nothing;
    ensures p == \null ==> \result.len == 0;
    ensures p != \null ==> \result.len == len; */
static inline sp_cbytes sp_cbytes_of_caller(const void *p, size_t len)
{
    if (p == NULL)
        return (sp_cbytes){ NULL, 0 };
    return (sp_cbytes){ (const uint8_t *)p, len };
}

SP_UNSAFE_BUFFERS_END

/* ---- malloc'd byte buffers -------------------------------------------------
 * Memory outside the GC heap that holds bytes only, never values (the
 * REPL's line, the command line's source text).  Start from the empty
 * span { NULL, 0 }.  sp_bytes_realloc makes *b a buffer of exactly cap
 * bytes keeping its first min(old, cap) bytes (realloc semantics); if no
 * memory, it returns false and leaves *b as it was.  sp_bytes_free
 * releases it and leaves *b empty.  No contract beyond: *b came from these
 * two functions. */
/*@ requires \valid(b);
    assigns *b;
    ensures \result ==> b->len == cap && \valid(b->ptr + (0 .. cap - 1));
    ensures !\result ==> *b == \old(*b); */
bool sp_bytes_realloc(sp_bytes *b, size_t cap);
/*@ requires \valid(b);
    assigns *b;
    ensures b->ptr == \null && b->len == 0; */
void sp_bytes_free(sp_bytes *b);

#endif

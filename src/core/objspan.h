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

/* ---- trailing arrays ------------------------------------------------------
 * The C flexible array member `first` of a heap object, as a span of n
 * elements.
 * Contract: the object was allocated with room for at least n elements
 * after `first` -- in practice n is the length field the object's type
 * sets from the size it allocated and never raises afterwards (tuple.len,
 * valarray.cap, rawbuf.cap, bigint.nlimbs, str.len, bytes.len,
 * frame.nslots).  The object's spare byte (gc.h, H1) is never part of a
 * span. */
static inline sp_vals sp_trailing_vals(sp_val *first, size_t n)
{
    return (sp_vals){ first, n };
}

static inline sp_bytes sp_trailing_bytes(uint8_t *first, size_t n)
{
    return (sp_bytes){ first, n };
}

static inline sp_u32s sp_trailing_u32s(uint32_t *first, size_t n)
{
    return (sp_u32s){ first, n };
}

/* ---- byte buffers holding wider elements --------------------------------
 * A byte span seen as whole elements of a wider type (rawbuf storage of
 * instructions, offset tables, hash indices).  The length is the number of
 * whole elements (trailing bytes are not part of it); a start that is not
 * aligned for the element type is a safety trap (an access through it
 * would be undefined behaviour).  No contract beyond the byte span's. */
#define SP_BYTES_AS(NAME, T)                                                 \
    static inline NAME sp_bytes_as_##NAME(sp_bytes b)                        \
    {                                                                        \
        if ((uintptr_t)b.ptr % _Alignof(T) != 0)                             \
            sp_trap("sp_bytes_as_" #NAME ": misaligned buffer");             \
        return (NAME){ (T *)(void *)b.ptr, b.len / sizeof(T) };              \
    }
SP_BYTES_AS(sp_u16s, uint16_t)
SP_BYTES_AS(sp_u32s, uint32_t)
SP_BYTES_AS(sp_i32s, int32_t)
SP_BYTES_AS(sp_i64s, int64_t)
SP_BYTES_AS(sp_sizes, size_t)
#undef SP_BYTES_AS

/* ---- C strings ------------------------------------------------------------
 * The bytes of `s` as a C string, for the C library (paths, formats).
 * s must include the terminating NUL as its last byte (str and bytes
 * objects keep one after their data): checked, a missing NUL is a safety
 * trap.  A NUL inside s only makes the C string shorter; callers that
 * must refuse embedded NULs (paths) check for them first. */
static inline const char *sp_cbytes_cstr(sp_cbytes s)
{
    if (s.len == 0 || s.ptr[s.len - 1] != 0)
        sp_trap("sp_cbytes_cstr: not NUL-terminated");
    return (const char *)s.ptr;
}

/* A NULL-terminated array of C strings (environ, argv) as a span, without
 * the terminator; NULL gives the empty span.
 * Contract: v is NULL or ends with a NULL entry. */
static inline sp_cstrs sp_cstrs_of_nullterm(char **v)
{
    size_t n = 0;
    if (v != NULL)
        while (v[n] != NULL)
            n++;
    return (sp_cstrs){ v, n };
}

SP_UNSAFE_BUFFERS_END

#endif

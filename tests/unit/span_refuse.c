/* Spans the constructors of core.h / objspan.h must refuse at compile
 * time.  `make lint-safety` compiles this file once per CASE and fails if
 * any case compiles; CASE=0 is the control (must compile). */
#include "core/objspan.h"

static uint64_t words[4];
static sp_val vals[4];
static const uint8_t const_bytes[4] = { 0 };
static uint8_t bytes[4];
static char *cstrs[2];

size_t span_refuse(void);
size_t span_refuse(void)
{
#if CASE == 0
    return SP_ARRAY_SPAN(sp_vals, vals).len + SP_BYTES(bytes).len + SP_ARRAY_SPAN(sp_u64s, words).len
           + SP_CBYTES(const_bytes).len + SP_ARRAY_SPAN(sp_cstrs, cstrs).len;
#elif CASE == 1
    return SP_ARRAY_SPAN(sp_vals, words).len;   /* integers as object pointers */
#elif CASE == 2
    return SP_ARRAY_SPAN(sp_vals, cstrs).len;   /* C strings as object pointers */
#elif CASE == 3
    return SP_BYTES(vals).len;                  /* writable bytes over object pointers */
#elif CASE == 4
    return SP_BYTES(const_bytes).len;           /* writable bytes over a const array */
#elif CASE == 5
    uint8_t *p = bytes;
    return SP_BYTES(p).len;                     /* a pointer, not an array */
#elif CASE == 6
    return SP_ARRAY_SPAN(sp_u32s, words).len;   /* wrong element size */
#endif
}

/* UTF-8, strictly as Python's "utf-8" codec reads it: no overlong forms, no
 * code points above U+10FFFF, and no encoded surrogates (U+D800..U+DFFF) --
 * unless the caller asks for them with `surrogates` (the encoding Python's
 * "surrogatepass" error handler reads and writes, which a str holding lone
 * surrogates needs internally).
 *
 * Errors are reported as CPython's UnicodeDecodeError reports them: the
 * start of the bad sequence, its end (start + the longest prefix that could
 * still have begun a valid sequence, at least 1), and the reason text. */
#ifndef SP_UTF8_H
#define SP_UTF8_H

#include "core.h"

typedef struct sp_utf8_error {
    size_t start, end;        /* the bad bytes: [start, end) */
    const char *reason;       /* "invalid start byte", "invalid continuation
                                 byte" or "unexpected end of data" */
} sp_utf8_error;

/* Decode the code point at byte `off`.  Returns its length (1-4) and stores
 * it in *cp; returns 0 on an invalid or truncated sequence and fills *err
 * (err may be NULL).  Traps if off >= s.len. */
/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    requires \valid(cp);
    requires err == \null || \valid(err);
    assigns *cp, *err;
    ensures off < s.len && \result <= 4 && \result <= s.len - off; */
size_t sp_utf8_decode(sp_cbytes s, size_t off, bool surrogates, uint32_t *cp, sp_utf8_error *err);

/* true if all of s is valid; otherwise fills *err (may be NULL) for the
 * first bad sequence.  *nchars (may be NULL) gets the code point count of
 * the valid prefix. */
bool sp_utf8_check(sp_cbytes s, bool surrogates, size_t *nchars, sp_utf8_error *err);

/* Bytes needed to encode cp (1-4); 0 if cp > 0x10FFFF. */
size_t sp_utf8_len(uint32_t cp);

/* Encode cp at out[off...]; returns the byte count.  Surrogates are encoded
 * as three bytes (the caller decides whether it wants them).  Traps if cp
 * > 0x10FFFF or out has no room. */
size_t sp_utf8_encode(sp_bytes out, size_t off, uint32_t cp);

/* Code points in s, which must be valid UTF-8 (counts non-continuation
 * bytes). */
size_t sp_utf8_count(sp_cbytes s);

/* Byte offset of code point number `index` at or after byte `from` of
 * valid UTF-8 (counts forward); s.len if past the end. */
size_t sp_utf8_offset(sp_cbytes s, size_t from, size_t index);

/* true if every byte is < 0x80. */
bool sp_utf8_is_ascii(sp_cbytes s);

#endif

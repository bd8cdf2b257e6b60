/* The Unicode character database: properties and case mappings of every
 * code point, from the tables tools/gen_unicode.py generates into
 * unicode_db.h (a two-level table: block number from the high bits, then
 * a record number per code point; records are shared). */
#include "str_internal.h"
#include "unicode_db.h"

#define SPAN16(a) SP_ARRAY_SPAN(sp_u16s, a)
#define SPAN32(a) SP_ARRAY_SPAN(sp_i32s, a)

static size_t uc_record(uint32_t cp)
{
    if (cp > 0x10FFFF)
        return 0;   /* record 0 is U+0000's: no properties */
    size_t block = sp_u16s_get(SPAN16(uc_index1), cp >> UC_SHIFT);
    return sp_u16s_get(SPAN16(uc_index2), (block << UC_SHIFT) | (cp & ((1u << UC_SHIFT) - 1)));
}

static uint32_t uc_flags_of(uint32_t cp)
{
    return sp_u16s_get(SPAN16(uc_flags), uc_record(cp));
}

bool sp_uc_isspace(uint32_t cp)
{
    if (cp < 0x80)
        return sp_ascii_isspace(cp);
    return (uc_flags_of(cp) & UC_SPACE) != 0;
}
bool sp_uc_islinebreak(uint32_t cp) { return (uc_flags_of(cp) & UC_LINEBREAK) != 0; }
bool sp_uc_isprintable(uint32_t cp) { return (uc_flags_of(cp) & UC_PRINTABLE) != 0; }
bool sp_uc_isalpha(uint32_t cp) { return (uc_flags_of(cp) & UC_ALPHA) != 0; }
bool sp_uc_isdecimal(uint32_t cp) { return (uc_flags_of(cp) & UC_DECIMAL) != 0; }
bool sp_uc_isdigit(uint32_t cp) { return (uc_flags_of(cp) & UC_DIGIT) != 0; }
bool sp_uc_isnumeric(uint32_t cp) { return (uc_flags_of(cp) & UC_NUMERIC) != 0; }
bool sp_uc_isupper(uint32_t cp) { return (uc_flags_of(cp) & UC_UPPER) != 0; }
bool sp_uc_islower(uint32_t cp) { return (uc_flags_of(cp) & UC_LOWER) != 0; }
bool sp_uc_istitle(uint32_t cp) { return (uc_flags_of(cp) & UC_TITLE) != 0; }
bool sp_uc_iscased(uint32_t cp) { return (uc_flags_of(cp) & UC_CASED) != 0; }
bool sp_uc_iscaseignorable(uint32_t cp) { return (uc_flags_of(cp) & UC_CASE_IGNORABLE) != 0; }
bool sp_uc_isxidstart(uint32_t cp) { return (uc_flags_of(cp) & UC_XID_START) != 0; }
bool sp_uc_isxidcontinue(uint32_t cp) { return (uc_flags_of(cp) & UC_XID_CONTINUE) != 0; }

int sp_uc_decimal(uint32_t cp)
{
    size_t r = uc_record(cp);
    return (int8_t)sp_bytes_get(SP_ARRAY_SPAN(sp_bytes, uc_decimal), r);
}

int sp_uc_digit(uint32_t cp)
{
    size_t r = uc_record(cp);
    return (int8_t)sp_bytes_get(SP_ARRAY_SPAN(sp_bytes, uc_digit), r);
}

/* A mapping field is a delta to cp (|delta| < 0x110000), or UC_EXT + the
 * index of a run in uc_ext (count, then the code points). */
static size_t uc_map(uint32_t cp, sp_i32s table, sp_u32s out)
{
    int32_t m = sp_i32s_get(table, uc_record(cp));
    if (m >= (int32_t)UC_EXT) {
        sp_u32s ext = SP_ARRAY_SPAN(sp_u32s, uc_ext);
        size_t at = (size_t)(m - (int32_t)UC_EXT);
        size_t n = sp_u32s_get(ext, at);
        for (size_t k = 0; k < n; k++)
            sp_u32s_set(out, k, sp_u32s_get(ext, at + 1 + k));
        return n;
    }
    sp_u32s_set(out, 0, (uint32_t)((int64_t)cp + m));
    return 1;
}

size_t sp_uc_lower(uint32_t cp, sp_u32s out) { return uc_map(cp, SPAN32(uc_lower), out); }
size_t sp_uc_upper(uint32_t cp, sp_u32s out) { return uc_map(cp, SPAN32(uc_upper), out); }
size_t sp_uc_title(uint32_t cp, sp_u32s out) { return uc_map(cp, SPAN32(uc_title), out); }
size_t sp_uc_fold(uint32_t cp, sp_u32s out) { return uc_map(cp, SPAN32(uc_fold), out); }

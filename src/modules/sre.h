/* _sre: the regular expression engine behind CPython's pure-Python `re`
 * package (sre_engine.c: the matcher; sre.c: Pattern, Match, Scanner and
 * the module).  The design is in docs/regex.md. */
#ifndef SP_SRE_H
#define SP_SRE_H

#include "sp.h"

/* The code words re/_compiler.py emits (re/_constants.py, 3.11 order). */
enum {
    SRE_FAILURE, SRE_SUCCESS, SRE_ANY, SRE_ANY_ALL, SRE_ASSERT, SRE_ASSERT_NOT,
    SRE_AT, SRE_BRANCH, SRE_CATEGORY, SRE_CHARSET, SRE_BIGCHARSET, SRE_GROUPREF,
    SRE_GROUPREF_EXISTS, SRE_IN, SRE_INFO, SRE_JUMP, SRE_LITERAL, SRE_MARK,
    SRE_MAX_UNTIL, SRE_MIN_UNTIL, SRE_NOT_LITERAL, SRE_NEGATE, SRE_RANGE,
    SRE_REPEAT, SRE_REPEAT_ONE, SRE_SUBPATTERN, SRE_MIN_REPEAT_ONE,
    SRE_ATOMIC_GROUP, SRE_POSSESSIVE_REPEAT, SRE_POSSESSIVE_REPEAT_ONE,
    SRE_GROUPREF_IGNORE, SRE_IN_IGNORE, SRE_LITERAL_IGNORE, SRE_NOT_LITERAL_IGNORE,
    SRE_GROUPREF_LOC_IGNORE, SRE_IN_LOC_IGNORE, SRE_LITERAL_LOC_IGNORE,
    SRE_NOT_LITERAL_LOC_IGNORE, SRE_GROUPREF_UNI_IGNORE, SRE_IN_UNI_IGNORE,
    SRE_LITERAL_UNI_IGNORE, SRE_NOT_LITERAL_UNI_IGNORE, SRE_RANGE_UNI_IGNORE,
    SRE_OPCODE_COUNT
};

/* AT codes and CATEGORY codes. */
enum {
    SRE_AT_BEGINNING, SRE_AT_BEGINNING_LINE, SRE_AT_BEGINNING_STRING, SRE_AT_BOUNDARY,
    SRE_AT_NON_BOUNDARY, SRE_AT_END, SRE_AT_END_LINE, SRE_AT_END_STRING,
    SRE_AT_LOC_BOUNDARY, SRE_AT_LOC_NON_BOUNDARY, SRE_AT_UNI_BOUNDARY, SRE_AT_UNI_NON_BOUNDARY,
    SRE_AT_COUNT
};
enum {
    SRE_CAT_DIGIT, SRE_CAT_NOT_DIGIT, SRE_CAT_SPACE, SRE_CAT_NOT_SPACE, SRE_CAT_WORD,
    SRE_CAT_NOT_WORD, SRE_CAT_LINEBREAK, SRE_CAT_NOT_LINEBREAK, SRE_CAT_LOC_WORD,
    SRE_CAT_LOC_NOT_WORD, SRE_CAT_UNI_DIGIT, SRE_CAT_UNI_NOT_DIGIT, SRE_CAT_UNI_SPACE,
    SRE_CAT_UNI_NOT_SPACE, SRE_CAT_UNI_WORD, SRE_CAT_UNI_NOT_WORD, SRE_CAT_UNI_LINEBREAK,
    SRE_CAT_UNI_NOT_LINEBREAK, SRE_CAT_COUNT
};

#define SRE_MAXREPEAT 0xFFFFFFFFu
#define SRE_INFO_PREFIX 1u
#define SRE_INFO_LITERAL 2u
#define SRE_INFO_CHARSET 4u
#define SRE_FIRST_WORDS 9       /* the first-character set in `fast` */
#define SRE_FLAG_IGNORECASE 2
#define SRE_FLAG_LOCALE 4
#define SRE_FLAG_UNICODE 32

/* The text being matched: one byte per character (bytes-like subjects,
 * ASCII str) or one code point per word (other str, decoded once). */
typedef struct sre_subject {
    sp_cbytes narrow;
    sp_u32s wide;
    bool is_wide;
    size_t len;
} sre_subject;

/* A match or search over subject[0:end] starting at `start`.  The
 * caller fills the inputs; sre_run fills the outputs. */
typedef struct sre_state {
    sp_vm *vm;
    sp_u32s code;
    /* fast[pc] for pc < code.len: 0, or 1 + the offset in `fast` of the
     * 8-word bitmap of characters 0..255 that the IN op (or, at pc 0, the
     * INFO charset) at pc accepts (sre_build_fast); may be empty */
    sp_u32s fast;
    /* then, at fast[code.len], the first-character set: 0 when unknown,
     * else a match must begin with a character whose bit is set in the
     * 8 words after it (characters below 256) or, when bit 1 is set, any
     * character from 256 on (sre_build_fast) */
    sre_subject s;
    size_t start, end;          /* input: where to begin, endpos */
    bool match_all;             /* fullmatch: SUCCESS only at `end` */
    bool must_advance;          /* an empty match at `start` does not count */
    /* outputs and working state */
    size_t ptr;                 /* end of the match */
    size_t match_start;         /* start of the match (search) */
    sp_i64s marks;              /* 2 per group: positions, -1 unset */
    int64_t lastmark, lastindex;
    size_t ngroups;             /* capturing groups, not counting group 0 */
    /* the explicit stacks of the backtracking machine (i64 words) */
    sp_rawbuf *frames_buf, *data_buf, *reps_buf, *marks_buf;
    sp_i64s frames, data, reps;
    size_t fsp, dsp, rsp;
    int64_t repeat;             /* index of the innermost live repeat record, -1 none */
} sre_state;

/* Prepare st (marks for ngroups groups) for the code and subject given. */
void sre_state_init(sp_vm *vm, sre_state *st, sp_u32s code, size_t ngroups);
/* Match at st->start (search: at every position from st->start on).
 * true if found; then ptr / match_start / marks / lastindex hold it. */
bool sre_match(sre_state *st);
bool sre_search(sre_state *st);
/* Raise RuntimeError("invalid SRE code") unless the code is well formed
 * for `ngroups` groups (checked once, at compile time). */
void sre_validate(sp_vm *vm, sp_u32s code, size_t ngroups, sp_val in_ops);
/* The `fast` table of valid code (see sre_state): a rawbuf of uint32. */
sp_rawbuf *sre_build_fast(sp_vm *vm, sp_u32s code, size_t ngroups);

/* Character helpers shared with the module functions. */
uint32_t sre_lower_unicode(uint32_t ch);
uint32_t sre_upper_unicode(uint32_t ch);
static inline uint32_t sre_lower_ascii(uint32_t ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }
static inline uint32_t sre_upper_ascii(uint32_t ch) { return ch >= 'a' && ch <= 'z' ? ch - 32 : ch; }

/* A rawbuf's bytes as code words / code points. */
static inline sp_u32s sre_rawbuf_u32s(sp_rawbuf *b) { return sp_trailing_as_sp_u32s(b->data, b->cap); }

static inline uint32_t sre_char(const sre_subject *s, size_t i)
{
    return s->is_wide ? sp_u32s_get(s->wide, i) : sp_cbytes_get(s->narrow, i);
}

#endif

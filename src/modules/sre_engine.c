/* The _sre matcher: a backtracking machine that interprets the code words
 * of re/_compiler.py with CPython 3.11's semantics (which match a search
 * finds, what groups hold after backtracking, empty-iteration rules).
 *
 * It is stackless.  The running context (`ctx`) lives in C locals; to try
 * a sub-pattern ("jump"), the context is saved as a frame of i64 words on
 * a heap stack and a child context starts; when the child returns
 * success or failure, the parent frame is popped and resumed at the
 * point named by its `jump` field.  Saved capture marks and repeat
 * records live on two more heap stacks.  So the C stack depth is the
 * same for any pattern and subject; the heap stacks grow as needed
 * (MemoryError under the heap cap).
 *
 * Every code word is read through code_at(), which raises RuntimeError
 * for an index out of range: a hand-made code list can make the machine
 * fail or loop (polled, so time limits stop it) but never read outside
 * the list.  sre_validate() rejects most bad lists at compile time. */
#include "modules/sre.h"
#include "objects/str_internal.h"

/* ---- code and subject access ------------------------------------------------*/

static _Noreturn void bad_code(sp_vm *vm)
{
    sp_raise_fmt(vm, vm->e.RuntimeError, "invalid SRE code");
}

static inline uint32_t code_at(sre_state *st, size_t i)
{
    if (__builtin_expect(i >= st->code.len, 0))
        bad_code(st->vm);
    return sp_u32s_get(st->code, i);
}

static inline uint32_t ch_at(sre_state *st, int64_t i)
{
    return sre_char(&st->s, (size_t)i);
}

/* ---- character classes --------------------------------------------------------*/

/* CPython's _PyUnicode_ToLowercase / _PyUnicode_ToUppercase: the one
 * code point of the mapping, or the first of a longer full mapping
 * (U+00DF's uppercase is 'S', U+0130's lowercase 'i'). */
uint32_t sre_lower_unicode(uint32_t ch)
{
    uint32_t buf[3];
    if (ch < 0x80)
        return sre_lower_ascii(ch);
    sp_uc_lower(ch, SP_ARRAY_SPAN(sp_u32s, buf));
    return sp_u32s_get(SP_ARRAY_SPAN(sp_u32s, buf), 0);
}

uint32_t sre_upper_unicode(uint32_t ch)
{
    uint32_t buf[3];
    if (ch < 0x80)
        return sre_upper_ascii(ch);
    sp_uc_upper(ch, SP_ARRAY_SPAN(sp_u32s, buf));
    return sp_u32s_get(SP_ARRAY_SPAN(sp_u32s, buf), 0);
}

/* The C locale's tolower/toupper (what CPython uses for LOCALE patterns
 * under the C and C.UTF-8 locales). */
static inline uint32_t lower_locale(uint32_t ch) { return sre_lower_ascii(ch); }
static inline uint32_t upper_locale(uint32_t ch) { return sre_upper_ascii(ch); }

static inline bool is_ascii_digit(uint32_t ch) { return ch >= '0' && ch <= '9'; }
static inline bool is_ascii_space(uint32_t ch) { return ch == ' ' || (ch >= 9 && ch <= 13); }
/* [0-9A-Za-z_] as two 64-bit masks (characters 0..63 and 64..127) */
#define WORD_LO 0x03FF000000000000ull
#define WORD_HI 0x07FFFFFE87FFFFFEull
static inline bool is_ascii_word(uint32_t ch)
{
    return ch < 64 ? (WORD_LO >> ch) & 1u : ch < 128 ? (WORD_HI >> (ch - 64)) & 1u : false;
}
static inline bool is_loc_word(uint32_t ch) { return is_ascii_word(ch); }

static bool is_uni_word_wide(uint32_t ch)
{
    return sp_uc_isalpha(ch) || sp_uc_isdecimal(ch) || sp_uc_isdigit(ch) || sp_uc_isnumeric(ch);
}

static inline bool is_uni_word(uint32_t ch)
{
    return ch < 0x80 ? is_ascii_word(ch) : is_uni_word_wide(ch);
}

static bool category(sre_state *st, uint32_t cat, uint32_t ch)
{
    switch (cat) {
    case SRE_CAT_DIGIT: return is_ascii_digit(ch);
    case SRE_CAT_NOT_DIGIT: return !is_ascii_digit(ch);
    case SRE_CAT_SPACE: return is_ascii_space(ch);
    case SRE_CAT_NOT_SPACE: return !is_ascii_space(ch);
    case SRE_CAT_WORD: return is_ascii_word(ch);
    case SRE_CAT_NOT_WORD: return !is_ascii_word(ch);
    case SRE_CAT_LINEBREAK: return ch == '\n';
    case SRE_CAT_NOT_LINEBREAK: return ch != '\n';
    case SRE_CAT_LOC_WORD: return is_loc_word(ch);
    case SRE_CAT_LOC_NOT_WORD: return !is_loc_word(ch);
    case SRE_CAT_UNI_DIGIT: return sp_uc_isdecimal(ch);
    case SRE_CAT_UNI_NOT_DIGIT: return !sp_uc_isdecimal(ch);
    case SRE_CAT_UNI_SPACE: return sp_uc_isspace(ch);
    case SRE_CAT_UNI_NOT_SPACE: return !sp_uc_isspace(ch);
    case SRE_CAT_UNI_WORD: return is_uni_word(ch);
    case SRE_CAT_UNI_NOT_WORD: return !is_uni_word(ch);
    case SRE_CAT_UNI_LINEBREAK: return sp_uc_islinebreak(ch);
    case SRE_CAT_UNI_NOT_LINEBREAK: return !sp_uc_islinebreak(ch);
    default: bad_code(st->vm);
    }
}

/* Is ch in the set whose items start at code word `pc` (after IN's skip)?
 * The set ends with FAILURE; NEGATE flips the answer. */
static bool in_charset(sre_state *st, size_t pc, uint32_t ch)
{
    bool ok = true;
    for (;;) {
        switch (code_at(st, pc)) {
        case SRE_FAILURE:
            return !ok;
        case SRE_LITERAL:
            if (ch == code_at(st, pc + 1))
                return ok;
            pc += 2;
            break;
        case SRE_CATEGORY:
            if (category(st, code_at(st, pc + 1), ch))
                return ok;
            pc += 2;
            break;
        case SRE_CHARSET:
            /* 256 bits in 8 words */
            if (ch < 256 && (code_at(st, pc + 1 + ch / 32) & (1u << (ch & 31))))
                return ok;
            pc += 1 + 8;
            break;
        case SRE_RANGE:
            if (code_at(st, pc + 1) <= ch && ch <= code_at(st, pc + 2))
                return ok;
            pc += 3;
            break;
        case SRE_RANGE_UNI_IGNORE: {
            /* ch is already lowercased; its uppercase may be in range too */
            uint32_t lo = code_at(st, pc + 1), hi = code_at(st, pc + 2);
            if (lo <= ch && ch <= hi)
                return ok;
            uint32_t up = sre_upper_unicode(ch);
            if (lo <= up && up <= hi)
                return ok;
            pc += 3;
            break;
        }
        case SRE_NEGATE:
            ok = !ok;
            pc += 1;
            break;
        case SRE_BIGCHARSET: {
            /* <BIGCHARSET> <nblocks> <256 block numbers, 4 a word, in
             * little-endian order> <nblocks blocks of 8 words> */
            uint32_t nblocks = code_at(st, pc + 1);
            size_t blocks = pc + 2 + 64;
            if (ch < 0x10000) {
                uint32_t hi = ch >> 8;
                uint32_t block = (code_at(st, pc + 2 + hi / 4) >> (8 * (hi % 4))) & 0xFF;
                if (block >= nblocks)
                    bad_code(st->vm);
                uint32_t lo = ch & 255;
                if (code_at(st, blocks + (size_t)block * 8 + lo / 32) & (1u << (lo & 31)))
                    return ok;
            }
            pc = blocks + (size_t)nblocks * 8;
            break;
        }
        default:
            bad_code(st->vm);
        }
    }
}

static bool in_charset_loc_ignore(sre_state *st, size_t pc, uint32_t ch)
{
    uint32_t lo = lower_locale(ch);
    if (in_charset(st, pc, lo))
        return true;
    uint32_t up = upper_locale(ch);
    return up != lo && in_charset(st, pc, up);
}

static inline bool char_loc_ignore(uint32_t pattern, uint32_t ch)
{
    return ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern;
}

/* Does the one-character item at pc (ANY, LITERAL..., IN..., CATEGORY)
 * accept ch? */
static bool item_accepts(sre_state *st, size_t pc, uint32_t ch)
{
    switch (code_at(st, pc)) {
    case SRE_ANY: return ch != '\n';
    case SRE_ANY_ALL: return true;
    case SRE_LITERAL: return ch == code_at(st, pc + 1);
    case SRE_NOT_LITERAL: return ch != code_at(st, pc + 1);
    case SRE_LITERAL_IGNORE: return sre_lower_ascii(ch) == code_at(st, pc + 1);
    case SRE_NOT_LITERAL_IGNORE: return sre_lower_ascii(ch) != code_at(st, pc + 1);
    case SRE_LITERAL_UNI_IGNORE: return sre_lower_unicode(ch) == code_at(st, pc + 1);
    case SRE_NOT_LITERAL_UNI_IGNORE: return sre_lower_unicode(ch) != code_at(st, pc + 1);
    case SRE_LITERAL_LOC_IGNORE: return char_loc_ignore(code_at(st, pc + 1), ch);
    case SRE_NOT_LITERAL_LOC_IGNORE: return !char_loc_ignore(code_at(st, pc + 1), ch);
    case SRE_IN: return in_charset(st, pc + 2, ch);
    case SRE_IN_IGNORE: return in_charset(st, pc + 2, sre_lower_ascii(ch));
    case SRE_IN_UNI_IGNORE: return in_charset(st, pc + 2, sre_lower_unicode(ch));
    case SRE_IN_LOC_IGNORE: return in_charset_loc_ignore(st, pc + 2, ch);
    case SRE_CATEGORY: return category(st, code_at(st, pc + 1), ch);
    default: bad_code(st->vm);
    }
}

/* Is op a one-character item (what item_accepts takes)?  (One bit test:
 * the opcodes are below 64.) */
#define SRE_BIT(op) ((uint64_t)1 << (op))
static const uint64_t item_ops =
    SRE_BIT(SRE_ANY) | SRE_BIT(SRE_ANY_ALL) | SRE_BIT(SRE_LITERAL) | SRE_BIT(SRE_NOT_LITERAL) |
    SRE_BIT(SRE_LITERAL_IGNORE) | SRE_BIT(SRE_NOT_LITERAL_IGNORE) | SRE_BIT(SRE_LITERAL_UNI_IGNORE) |
    SRE_BIT(SRE_NOT_LITERAL_UNI_IGNORE) | SRE_BIT(SRE_LITERAL_LOC_IGNORE) | SRE_BIT(SRE_NOT_LITERAL_LOC_IGNORE) |
    SRE_BIT(SRE_IN) | SRE_BIT(SRE_IN_IGNORE) | SRE_BIT(SRE_IN_UNI_IGNORE) | SRE_BIT(SRE_IN_LOC_IGNORE) |
    SRE_BIT(SRE_CATEGORY);
#undef SRE_BIT

static inline bool is_item_op(uint32_t op)
{
    return op < 64 && ((item_ops >> op) & 1u);
}

/* item_accepts with the precomputed bitmap when there is one. */
static inline bool item_accepts_fast(sre_state *st, size_t pc, uint32_t ch)
{
    if (ch < 256 && pc < st->fast.len) {
        uint32_t at = sp_u32s_get(st->fast, pc);
        if (at != 0)
            return (sp_u32s_get(st->fast, at - 1 + ch / 32) >> (ch & 31)) & 1u;
    }
    return item_accepts(st, pc, ch);
}

/* How many times (at most maxcount) the one-character item at pc matches
 * from st->ptr on.  The common items get their own tight loops. */
static int64_t count_item(sre_state *st, size_t pc, uint32_t maxcount)
{
    int64_t ptr = (int64_t)st->ptr, end = (int64_t)st->end;
    if (maxcount != SRE_MAXREPEAT && (int64_t)maxcount < end - ptr)
        end = ptr + (int64_t)maxcount;
    int64_t i = ptr;
    if (ptr >= end)
        return 0;
    uint32_t op = code_at(st, pc);
    if (op == SRE_ANY_ALL)
        return end - ptr;
    if (!st->s.is_wide && (op == SRE_LITERAL || op == SRE_NOT_LITERAL || op == SRE_ANY)) {
        sp_cbytes b = st->s.narrow;
        uint32_t c = op == SRE_ANY ? '\n' : code_at(st, pc + 1);
        if (op == SRE_LITERAL) {
            while (i < end && sp_cbytes_get(b, (size_t)i) == c)
                i++;
        } else {
            while (i < end && sp_cbytes_get(b, (size_t)i) != c)
                i++;
        }
        return i - ptr;
    }
    if (pc < st->fast.len && sp_u32s_get(st->fast, pc) != 0) {
        /* a set with a bitmap: one bit test a character below 256 */
        sp_u32s bits = sp_u32s_sub(st->fast, sp_u32s_get(st->fast, pc) - 1, 8);
        if (!st->s.is_wide) {
            sp_cbytes b = sp_cbytes_sub(st->s.narrow, (size_t)ptr, (size_t)(end - ptr));
            size_t k = 0;
            for (; k < b.len; k++) {
                uint32_t ch = sp_cbytes_get(b, k);
                if (!((sp_u32s_get(bits, ch >> 5) >> (ch & 31)) & 1u))
                    break;
            }
            return (int64_t)k;
        }
        for (; i < end; i++) {
            uint32_t ch = ch_at(st, i);
            if (ch < 256 ? !((sp_u32s_get(bits, ch >> 5) >> (ch & 31)) & 1u) : !item_accepts(st, pc, ch))
                break;
        }
        return i - ptr;
    }
    while (i < end && item_accepts_fast(st, pc, ch_at(st, i)))
        i++;
    return i - ptr;
}

/* ---- stacks -------------------------------------------------------------------*/

/* Grow the stack (buf, span, sp) to hold `need` more words. */
static __attribute__((noinline)) void stack_grow(sre_state *st, sp_rawbuf **buf, sp_i64s *span, size_t sp, size_t need)
{
    size_t cap = span->len < 64 ? 64 : span->len;
    while (cap < sp + need)
        cap = sp_size_mul_or_raise(st->vm, cap, 2);
    sp_rawbuf *nb = sp_rawbuf_new(st->vm, sp_size_mul_or_raise(st->vm, cap, sizeof(int64_t)));
    if (*buf != NULL)
        sp_bytes_copy(sp_rawbuf_span(nb), sp_cbytes_of(sp_rawbuf_span(*buf)));
    *buf = nb;
    *span = sp_rawbuf_i64s(nb);
}

static inline void stack_reserve(sre_state *st, sp_rawbuf **buf, sp_i64s *span, size_t sp, size_t need)
{
    if (__builtin_expect(sp + need > span->len, 0))
        stack_grow(st, buf, span, sp, need);
}

static inline void data_push(sre_state *st, int64_t v)
{
    stack_reserve(st, &st->data_buf, &st->data, st->dsp, 1);
    sp_i64s_set(st->data, st->dsp++, v);
}

static inline int64_t data_pop(sre_state *st)
{
    if (st->dsp == 0)
        sp_trap("sre: data stack underflow");
    return sp_i64s_get(st->data, --st->dsp);
}

static inline void mark_set(sre_state *st, int64_t i, int64_t v)
{
    if (i < 0 || (uint64_t)i >= st->marks.len)
        bad_code(st->vm);
    sp_i64s_set(st->marks, (size_t)i, v);
}

static inline int64_t mark_get(sre_state *st, int64_t i)
{
    if (i < 0 || (uint64_t)i >= st->marks.len)
        return -1;
    return sp_i64s_get(st->marks, (size_t)i);
}

/* Save marks[0..lastmark] (CPython's MARK_PUSH). */
static void mark_push(sre_state *st, int64_t lastmark)
{
    if (lastmark < 0)
        return;
    size_t n = (size_t)lastmark + 1;
    stack_reserve(st, &st->data_buf, &st->data, st->dsp, n);
    for (size_t i = 0; i < n; i++)
        sp_i64s_set(st->data, st->dsp + i, mark_get(st, (int64_t)i));
    st->dsp += n;
}

/* Restore them; `keep` leaves them saved (for the next alternative). */
static void mark_pop(sre_state *st, int64_t lastmark, bool keep)
{
    if (lastmark < 0)
        return;
    size_t n = (size_t)lastmark + 1;
    if (st->dsp < n)
        sp_trap("sre: data stack underflow");
    size_t base = st->dsp - n;
    for (size_t i = 0; i < n && i < st->marks.len; i++)
        sp_i64s_set(st->marks, i, sp_i64s_get(st->data, base + i));
    if (!keep)
        st->dsp = base;
}

static void mark_discard(sre_state *st, int64_t lastmark)
{
    if (lastmark < 0)
        return;
    size_t n = (size_t)lastmark + 1;
    if (st->dsp < n)
        sp_trap("sre: data stack underflow");
    st->dsp -= n;
}

/* Repeat records (REPEAT .. MAX_UNTIL/MIN_UNTIL): 4 words each, made by
 * REPEAT and dropped when its frame returns, so they nest as a stack. */
enum { R_COUNT, R_PC, R_LASTPTR, R_PREV, R_WORDS };

static inline int64_t rep_get(sre_state *st, int64_t r, int f)
{
    return sp_i64s_get(st->reps, (size_t)r * R_WORDS + (size_t)f);
}
static inline void rep_set(sre_state *st, int64_t r, int f, int64_t v)
{
    sp_i64s_set(st->reps, (size_t)r * R_WORDS + (size_t)f, v);
}

/* ---- contexts -----------------------------------------------------------------*/

/* Where a parent resumes when its child returns. */
enum {
    J_TOP, J_BRANCH, J_REPEAT_ONE_1, J_REPEAT_ONE_2, J_MIN_REPEAT_ONE, J_REPEAT,
    J_MAX_UNTIL_1, J_MAX_UNTIL_2, J_MAX_UNTIL_3, J_MIN_UNTIL_1, J_MIN_UNTIL_2,
    J_MIN_UNTIL_3, J_ASSERT, J_ASSERT_NOT, J_POSS_REPEAT_1, J_POSS_REPEAT_2, J_ATOMIC
};

typedef struct sre_ctx {
    size_t pc;          /* the op this context is at */
    int64_t pos;        /* its position in the subject */
    int64_t count;      /* repeat count (REPEAT_ONE, UNTIL, POSSESSIVE) */
    int64_t lastmark, lastindex;   /* saved state->lastmark/lastindex */
    int64_t rep;        /* the repeat record an UNTIL / REPEAT works on */
    uint32_t jump;      /* J_*: where to resume */
    bool toplevel;      /* SUCCESS checks match_all / must_advance */
    bool pushed;        /* marks were saved on the data stack */
} sre_ctx;

/* A saved context in 5 words: pc, jump and flags share one (code lists
 * are shorter than 2^32 words: sre.c checks), lastmark and lastindex
 * another (both below 2^31: MAXGROUPS). */
enum { F_PC, F_PTR, F_COUNT, F_MARKS, F_REP, F_WORDS };

static inline void frame_push(sre_state *st, const sre_ctx *c)
{
    stack_reserve(st, &st->frames_buf, &st->frames, st->fsp, F_WORDS);
    sp_i64s f = sp_i64s_sub(st->frames, st->fsp, F_WORDS);
    sp_i64s_set(f, F_PC, (int64_t)(((uint64_t)c->pc << 16) | c->jump | (c->toplevel ? 0x100u : 0) | (c->pushed ? 0x200u : 0)));
    sp_i64s_set(f, F_PTR, c->pos);
    sp_i64s_set(f, F_COUNT, c->count);
    sp_i64s_set(f, F_MARKS, (int64_t)(((uint64_t)(uint32_t)c->lastmark << 32) | (uint32_t)c->lastindex));
    sp_i64s_set(f, F_REP, c->rep);
    st->fsp += F_WORDS;
}

static inline void frame_pop(sre_state *st, sre_ctx *c)
{
    st->fsp -= F_WORDS;
    sp_i64s f = sp_i64s_sub(st->frames, st->fsp, F_WORDS);
    uint64_t w = (uint64_t)sp_i64s_get(f, F_PC);
    c->pc = (size_t)(w >> 16);
    c->jump = (uint32_t)(w & 0xFF);
    c->toplevel = (w & 0x100) != 0;
    c->pushed = (w & 0x200) != 0;
    c->pos = sp_i64s_get(f, F_PTR);
    c->count = sp_i64s_get(f, F_COUNT);
    uint64_t m = (uint64_t)sp_i64s_get(f, F_MARKS);
    c->lastmark = (int32_t)(uint32_t)(m >> 32);
    c->lastindex = (int32_t)(uint32_t)m;
    c->rep = sp_i64s_get(f, F_REP);
}

/* Save c (to resume at `jump`) and make c a child at `pc`. */
static inline void enter_child(sre_state *st, sre_ctx *c, uint32_t jump, size_t pc, bool toplevel)
{
    c->jump = jump;
    frame_push(st, c);
    c->pc = pc;
    c->toplevel = toplevel;
    c->pushed = false;
    c->rep = -1;
    c->count = 0;
}

static inline void save_lastmark(sre_state *st, sre_ctx *c)
{
    c->lastmark = st->lastmark;
    c->lastindex = st->lastindex;
}

static inline void restore_lastmark(sre_state *st, const sre_ctx *c)
{
    st->lastmark = c->lastmark;
    st->lastindex = c->lastindex;
}

/* Is the subject character at i a word character (\w of the AT's kind:
 * Unicode, or ASCII for the plain and locale kinds)? */
static inline bool word_at(sre_state *st, int64_t i, bool uni)
{
    uint32_t ch = ch_at(st, i);
    if (ch < 0x80)
        return is_ascii_word(ch);
    return uni && is_uni_word_wide(ch);
}

static bool at_boundary(sre_state *st, int64_t ptr, uint32_t at)
{
    int64_t end = (int64_t)st->end;
    bool uni = at == SRE_AT_UNI_BOUNDARY || at == SRE_AT_UNI_NON_BOUNDARY;
    if (end == 0)
        return false;
    bool before = ptr > 0 && word_at(st, ptr - 1, uni);
    bool here = ptr < end && word_at(st, ptr, uni);
    bool boundary = at == SRE_AT_BOUNDARY || at == SRE_AT_UNI_BOUNDARY || at == SRE_AT_LOC_BOUNDARY;
    return boundary ? before != here : before == here;
}

static bool at_ok(sre_state *st, int64_t ptr, uint32_t at)
{
    int64_t end = (int64_t)st->end;
    switch (at) {
    case SRE_AT_BEGINNING:
    case SRE_AT_BEGINNING_STRING:
        return ptr == 0;
    case SRE_AT_BEGINNING_LINE:
        return ptr == 0 || ch_at(st, ptr - 1) == '\n';
    case SRE_AT_END:
        return ptr == end || (ptr + 1 == end && ch_at(st, ptr) == '\n');
    case SRE_AT_END_LINE:
        /* (ptr may pass end when pos > endpos) */
        return ptr == end || ((size_t)ptr < st->s.len && ch_at(st, ptr) == '\n');
    case SRE_AT_END_STRING:
        return ptr == end;
    case SRE_AT_BOUNDARY: case SRE_AT_NON_BOUNDARY:
    case SRE_AT_LOC_BOUNDARY: case SRE_AT_LOC_NON_BOUNDARY:
    case SRE_AT_UNI_BOUNDARY: case SRE_AT_UNI_NON_BOUNDARY:
        return at_boundary(st, ptr, at);
    default:
        bad_code(st->vm);
    }
}

/* Compare the subject at ptr with the text of group g; the new position
 * or -1.  fold: 0 exact, 1 ASCII, 2 Unicode, 3 locale. */
static int64_t groupref(sre_state *st, int64_t ptr, uint32_t g, int fold)
{
    int64_t gr = (int64_t)g * 2;
    if (gr >= st->lastmark)
        return -1;
    int64_t p = mark_get(st, gr), e = mark_get(st, gr + 1);
    if (p < 0 || e < 0 || e < p)
        return -1;
    int64_t end = (int64_t)st->end;
    for (; p < e; p++, ptr++) {
        if (ptr >= end)
            return -1;
        uint32_t a = ch_at(st, ptr), b = ch_at(st, p);
        switch (fold) {
        case 0: if (a != b) return -1; break;
        case 1: if (sre_lower_ascii(a) != sre_lower_ascii(b)) return -1; break;
        case 2: if (sre_lower_unicode(a) != sre_lower_unicode(b)) return -1; break;
        default: if (lower_locale(a) != lower_locale(b)) return -1; break;
        }
    }
    return ptr;
}

/* ---- the machine --------------------------------------------------------------*/

static inline uint32_t code_word(sp_vm *vm, sp_u32s code, size_t i)
{
    if (__builtin_expect(i >= code.len, 0))
        bad_code(vm);
    return sp_u32s_get(code, i);
}

/* Inside run(): a code word, a subject character (reads checked). */
#define CODE(i) code_word(vm, code, (i))
#define CH(i) sre_char(&subj, (size_t)(i))

/* Run the code from pc with the subject position st->ptr.  true on a
 * match (st->ptr is then its end, st->marks its groups). */
static bool run(sre_state *st, size_t pc0)
{
    sp_vm *vm = st->vm;
    const int64_t end = (int64_t)st->end;
    /* local copies: the compiler need not reload them after every store
     * through st */
    const sp_u32s code = st->code;
    const sre_subject subj = st->s;
    uint32_t steps = 0;
    sre_ctx c = { .pc = pc0, .toplevel = true, .jump = J_TOP, .rep = -1, .lastmark = -1, .lastindex = -1 };
    size_t base = st->fsp;
    bool ret = false;
    uint32_t op, min, max;
    size_t tail;

entrance:
    c.pos = (int64_t)st->ptr;
    if (CODE(c.pc) == SRE_INFO) {
        /* <INFO> <skip> <flags> <min> ...: too short a rest can't match */
        uint32_t need = CODE(c.pc + 3);
        if (need != 0 && end - c.pos < (int64_t)need)
            goto fail;
        c.pc += (size_t)CODE(c.pc + 1) + 1;
    }

dispatch:
    for (;;) {
        if (__builtin_expect(++steps >= 4096, 0)) {
            steps = 0;
            sp_vm_poll(vm);
        }
        size_t pc = c.pc;
        op = CODE(pc);
        switch (op) {
        case SRE_FAILURE:
            goto fail;

        case SRE_SUCCESS:
            if (c.toplevel && ((st->match_all && c.pos != end) ||
                               (st->must_advance && c.pos == (int64_t)st->start)))
                goto fail;
            st->ptr = (size_t)c.pos;
            goto succeed;

        case SRE_AT:
            if (!at_ok(st, c.pos, CODE(pc + 1)))
                goto fail;
            c.pc += 2;
            continue;

        case SRE_CATEGORY:
        case SRE_LITERAL: case SRE_NOT_LITERAL:
        case SRE_LITERAL_IGNORE: case SRE_NOT_LITERAL_IGNORE:
        case SRE_LITERAL_UNI_IGNORE: case SRE_NOT_LITERAL_UNI_IGNORE:
        case SRE_LITERAL_LOC_IGNORE: case SRE_NOT_LITERAL_LOC_IGNORE:
            if (c.pos >= end || !item_accepts(st, pc, CH(c.pos)))
                goto fail;
            c.pos++;
            c.pc += 2;
            continue;

        case SRE_ANY: case SRE_ANY_ALL:
            if (c.pos >= end || !item_accepts(st, pc, CH(c.pos)))
                goto fail;
            c.pos++;
            c.pc += 1;
            continue;

        case SRE_IN: case SRE_IN_IGNORE: case SRE_IN_UNI_IGNORE: case SRE_IN_LOC_IGNORE:
            if (c.pos >= end || !item_accepts_fast(st, pc, CH(c.pos)))
                goto fail;
            c.pos++;
            c.pc += 1 + (size_t)CODE(pc + 1);
            continue;

        case SRE_INFO:
        case SRE_JUMP:
            c.pc += 1 + (size_t)CODE(pc + 1);
            continue;

        case SRE_MARK: {
            uint32_t i = CODE(pc + 1);
            if (i & 1)
                st->lastindex = i / 2 + 1;
            if ((int64_t)i > st->lastmark) {
                /* marks between the old last one and i are stale */
                for (int64_t j = st->lastmark + 1; j < (int64_t)i; j++)
                    mark_set(st, j, -1);
                st->lastmark = i;
            }
            mark_set(st, i, c.pos);
            c.pc += 2;
            continue;
        }

        case SRE_GROUPREF: case SRE_GROUPREF_IGNORE:
        case SRE_GROUPREF_UNI_IGNORE: case SRE_GROUPREF_LOC_IGNORE: {
            int fold = op == SRE_GROUPREF ? 0 : op == SRE_GROUPREF_IGNORE ? 1
                     : op == SRE_GROUPREF_UNI_IGNORE ? 2 : 3;
            int64_t p = groupref(st, c.pos, CODE(pc + 1), fold);
            if (p < 0)
                goto fail;
            c.pos = p;
            c.pc += 2;
            continue;
        }

        case SRE_GROUPREF_EXISTS: {
            /* <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no */
            int64_t gr = (int64_t)CODE(pc + 1) * 2;
            bool set = false;
            if (gr < st->lastmark) {
                int64_t p = mark_get(st, gr), e = mark_get(st, gr + 1);
                set = p >= 0 && e >= 0 && e >= p;
            }
            c.pc = set ? pc + 3 : pc + 1 + (size_t)CODE(pc + 2);
            continue;
        }

        case SRE_BRANCH:
            /* <BRANCH> (<skip> alternative <JUMP>)* <0> */
            save_lastmark(st, &c);
            c.pushed = st->repeat >= 0;
            if (c.pushed)
                mark_push(st, c.lastmark);
            c.pc = pc + 1;
            goto branch_next;

        case SRE_REPEAT_ONE:
        case SRE_MIN_REPEAT_ONE:
        case SRE_POSSESSIVE_REPEAT_ONE: {
            /* <op> <skip> <min> <max> item <SUCCESS> tail */
            min = CODE(pc + 2);
            max = CODE(pc + 3);
            if ((int64_t)min > end - c.pos)
                goto fail;
            st->ptr = (size_t)c.pos;
            tail = pc + 1 + (size_t)CODE(pc + 1);
            if (op == SRE_MIN_REPEAT_ONE) {
                if (min == 0) {
                    c.count = 0;
                } else {
                    c.count = count_item(st, pc + 4, min);
                    if (c.count < (int64_t)min)
                        goto fail;
                    c.pos += c.count;
                }
                if (CODE(tail) == SRE_SUCCESS &&
                    !(c.toplevel && ((st->match_all && c.pos != end) ||
                                     (st->must_advance && c.pos == (int64_t)st->start)))) {
                    st->ptr = (size_t)c.pos;
                    goto succeed;
                }
                save_lastmark(st, &c);
                c.pushed = st->repeat >= 0;
                if (c.pushed)
                    mark_push(st, c.lastmark);
                goto min_repeat_one_next;
            }
            c.count = count_item(st, pc + 4, max);
            c.pos += c.count;
            if (c.count < (int64_t)min)
                goto fail;
            if (op == SRE_POSSESSIVE_REPEAT_ONE) {
                c.pc = tail;
                continue;
            }
            if (CODE(tail) == SRE_SUCCESS && c.pos == end &&
                !(c.toplevel && st->must_advance && c.pos == (int64_t)st->start)) {
                /* the tail is empty: done */
                st->ptr = (size_t)c.pos;
                goto succeed;
            }
            save_lastmark(st, &c);
            c.pushed = st->repeat >= 0;
            if (c.pushed)
                mark_push(st, c.lastmark);
            goto repeat_one_next;
        }

        case SRE_REPEAT: {
            /* <REPEAT> <skip> <min> <max> item <MAX_UNTIL|MIN_UNTIL> tail:
             * the UNTIL does the work, with a repeat record. */
            stack_reserve(st, &st->reps_buf, &st->reps, st->rsp, R_WORDS);
            int64_t r = (int64_t)(st->rsp / R_WORDS);
            st->rsp += R_WORDS;
            rep_set(st, r, R_COUNT, -1);
            rep_set(st, r, R_PC, (int64_t)pc);
            rep_set(st, r, R_LASTPTR, -1);
            rep_set(st, r, R_PREV, st->repeat);
            st->repeat = r;
            st->ptr = (size_t)c.pos;
            c.rep = r;
            enter_child(st, &c, J_REPEAT, pc + 1 + (size_t)CODE(pc + 1), c.toplevel);
            goto entrance;
        }

        case SRE_MAX_UNTIL:
        case SRE_MIN_UNTIL: {
            c.rep = st->repeat;
            if (c.rep < 0)
                bad_code(vm);
            st->ptr = (size_t)c.pos;
            c.count = rep_get(st, c.rep, R_COUNT) + 1;
            size_t rpc = (size_t)rep_get(st, c.rep, R_PC);
            min = CODE(rpc + 2);
            if (c.count < (int64_t)min) {
                /* not enough iterations yet */
                rep_set(st, c.rep, R_COUNT, c.count);
                enter_child(st, &c, op == SRE_MAX_UNTIL ? J_MAX_UNTIL_1 : J_MIN_UNTIL_1, rpc + 4, c.toplevel);
                goto entrance;
            }
            if (op == SRE_MAX_UNTIL)
                goto max_until_more;
            /* lazy: first see if the tail matches */
            st->repeat = rep_get(st, c.rep, R_PREV);
            save_lastmark(st, &c);
            c.pushed = st->repeat >= 0;
            if (c.pushed)
                mark_push(st, c.lastmark);
            enter_child(st, &c, J_MIN_UNTIL_2, pc + 1, c.toplevel);
            goto entrance;
        }

        case SRE_ASSERT: {
            /* <ASSERT> <skip> <back> pattern <SUCCESS> */
            uint32_t back = CODE(pc + 2);
            if (c.pos < (int64_t)back)
                goto fail;
            st->ptr = (size_t)(c.pos - (int64_t)back);
            enter_child(st, &c, J_ASSERT, pc + 3, false);
            goto entrance;
        }

        case SRE_ASSERT_NOT: {
            uint32_t back = CODE(pc + 2);
            if (c.pos >= (int64_t)back) {
                st->ptr = (size_t)(c.pos - (int64_t)back);
                save_lastmark(st, &c);
                c.pushed = st->repeat >= 0;
                if (c.pushed)
                    mark_push(st, c.lastmark);
                enter_child(st, &c, J_ASSERT_NOT, pc + 3, false);
                goto entrance;
            }
            c.pc = pc + 1 + (size_t)CODE(pc + 1);
            continue;
        }

        case SRE_ATOMIC_GROUP:
            /* <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail */
            st->ptr = (size_t)c.pos;
            enter_child(st, &c, J_ATOMIC, pc + 2, false);
            goto entrance;

        case SRE_POSSESSIVE_REPEAT:
            /* <POSSESSIVE_REPEAT> <skip> <min> <max> pattern <SUCCESS> tail */
            st->ptr = (size_t)c.pos;
            c.count = 0;
            goto poss_repeat_min;

        default:
            bad_code(vm);
        }
    }

    /* ---- BRANCH: try each alternative in turn ---- */
branch_next:
    while (CODE(c.pc) != 0) {
        size_t alt = c.pc + 1;
        uint32_t first = CODE(alt);
        /* skip alternatives whose first character can't match */
        if (first == SRE_LITERAL ? c.pos >= end || CH(c.pos) != CODE(alt + 1)
            : is_item_op(first) && (c.pos >= end || !item_accepts_fast(st, alt, CH(c.pos)))) {
            c.pc += CODE(c.pc);
            continue;
        }
        st->ptr = (size_t)c.pos;
        enter_child(st, &c, J_BRANCH, alt, c.toplevel);
        goto entrance;
resume_branch:
        if (ret) {
            if (c.pushed)
                mark_discard(st, c.lastmark);
            goto succeed;
        }
        if (c.pushed)
            mark_pop(st, c.lastmark, true);
        restore_lastmark(st, &c);
        c.pc += CODE(c.pc);
    }
    if (c.pushed)
        mark_discard(st, c.lastmark);
    goto fail;

    /* ---- REPEAT_ONE: greedy, give back one character at a time ---- */
repeat_one_next:
    min = CODE(c.pc + 2);
    tail = c.pc + 1 + (size_t)CODE(c.pc + 1);
    if (CODE(tail) == SRE_SUCCESS) {
        /* the tail is empty: the longest count its SUCCESS takes (what a
         * child context at the tail would decide, without one) */
        while (c.count >= (int64_t)min) {
            if (!(c.toplevel && ((st->match_all && c.pos != end) ||
                                 (st->must_advance && c.pos == (int64_t)st->start)))) {
                if (c.pushed)
                    mark_discard(st, c.lastmark);
                st->ptr = (size_t)c.pos;
                goto succeed;
            }
            c.pos--;
            c.count--;
        }
        if (c.pushed)
            mark_discard(st, c.lastmark);
        goto fail;
    }
    {
        /* only try positions where the tail's first character can match.
         * The tail may open with MARKs above the saved lastmark: a tail
         * that fails leaves them hidden (lastmark is restored), so not
         * running it at all changes nothing. */
        size_t t = tail;
        uint32_t top = CODE(t);
        while (top == SRE_MARK && (int64_t)CODE(t + 1) > c.lastmark) {
            t += 2;
            top = CODE(t);
        }
        if (top == SRE_LITERAL) {
            uint32_t lit = CODE(t + 1);
            while (c.count >= (int64_t)min && (c.pos >= end || CH(c.pos) != lit)) {
                c.pos--;
                c.count--;
            }
        } else if (top == SRE_IN) {
            while (c.count >= (int64_t)min && (c.pos >= end || !item_accepts_fast(st, t, CH(c.pos)))) {
                c.pos--;
                c.count--;
            }
        }
    }
    if (c.count < (int64_t)min) {
        if (c.pushed)
            mark_discard(st, c.lastmark);
        goto fail;
    }
    st->ptr = (size_t)c.pos;
    enter_child(st, &c, J_REPEAT_ONE_1, tail, c.toplevel);
    goto entrance;
resume_repeat_one:
    if (ret) {
        if (c.pushed)
            mark_discard(st, c.lastmark);
        goto succeed;
    }
    if (c.pushed)
        mark_pop(st, c.lastmark, true);
    restore_lastmark(st, &c);
    c.pos--;
    c.count--;
    goto repeat_one_next;

    /* ---- MIN_REPEAT_ONE: lazy, take one more character at a time ---- */
min_repeat_one_next:
    max = CODE(c.pc + 3);
    if (max == SRE_MAXREPEAT || c.count <= (int64_t)max) {
        st->ptr = (size_t)c.pos;
        enter_child(st, &c, J_MIN_REPEAT_ONE, c.pc + 1 + (size_t)CODE(c.pc + 1), c.toplevel);
        goto entrance;
    }
    if (c.pushed)
        mark_discard(st, c.lastmark);
    goto fail;
resume_min_repeat_one:
    if (ret) {
        if (c.pushed)
            mark_discard(st, c.lastmark);
        goto succeed;
    }
    if (c.pushed)
        mark_pop(st, c.lastmark, true);
    restore_lastmark(st, &c);
    st->ptr = (size_t)c.pos;
    if (count_item(st, c.pc + 4, 1) == 0) {
        if (c.pushed)
            mark_discard(st, c.lastmark);
        goto fail;
    }
    c.pos++;
    c.count++;
    goto min_repeat_one_next;

    /* ---- REPEAT's record is dropped when its body-and-tail returns ---- */
resume_repeat:
    st->repeat = rep_get(st, c.rep, R_PREV);
    st->rsp = (size_t)c.rep * R_WORDS;
    if (ret)
        goto succeed;
    goto fail;

    /* ---- MAX_UNTIL: one more iteration if possible, else the tail ---- */
max_until_more: {
        size_t rpc = (size_t)rep_get(st, c.rep, R_PC);
        max = CODE(rpc + 3);
        if ((c.count < (int64_t)max || max == SRE_MAXREPEAT) &&
            (int64_t)st->ptr != rep_get(st, c.rep, R_LASTPTR)) {
            rep_set(st, c.rep, R_COUNT, c.count);
            save_lastmark(st, &c);
            mark_push(st, c.lastmark);
            /* an iteration that matched empty ends the repeat */
            data_push(st, rep_get(st, c.rep, R_LASTPTR));
            rep_set(st, c.rep, R_LASTPTR, (int64_t)st->ptr);
            enter_child(st, &c, J_MAX_UNTIL_2, rpc + 4, c.toplevel);
            goto entrance;
        }
        goto max_until_tail;
    }
resume_max_until_2:
    rep_set(st, c.rep, R_LASTPTR, data_pop(st));
    if (ret) {
        mark_discard(st, c.lastmark);
        goto succeed;
    }
    mark_pop(st, c.lastmark, false);
    restore_lastmark(st, &c);
    rep_set(st, c.rep, R_COUNT, c.count - 1);
    st->ptr = (size_t)c.pos;
max_until_tail:
    st->repeat = rep_get(st, c.rep, R_PREV);
    enter_child(st, &c, J_MAX_UNTIL_3, c.pc + 1, c.toplevel);
    goto entrance;
resume_max_until_3:
    st->repeat = c.rep;
    if (ret)
        goto succeed;
    st->ptr = (size_t)c.pos;
    goto fail;
resume_until_1:
    if (ret)
        goto succeed;
    rep_set(st, c.rep, R_COUNT, c.count - 1);
    st->ptr = (size_t)c.pos;
    goto fail;

    /* ---- MIN_UNTIL: the tail failed; one more iteration ---- */
resume_min_until_2:
    st->repeat = c.rep;
    if (ret) {
        if (c.pushed)
            mark_discard(st, c.lastmark);
        goto succeed;
    }
    if (c.pushed)
        mark_pop(st, c.lastmark, false);
    restore_lastmark(st, &c);
    st->ptr = (size_t)c.pos;
    {
        size_t rpc = (size_t)rep_get(st, c.rep, R_PC);
        max = CODE(rpc + 3);
        if ((c.count >= (int64_t)max && max != SRE_MAXREPEAT) ||
            (int64_t)st->ptr == rep_get(st, c.rep, R_LASTPTR))
            goto fail;
        rep_set(st, c.rep, R_COUNT, c.count);
        data_push(st, rep_get(st, c.rep, R_LASTPTR));
        rep_set(st, c.rep, R_LASTPTR, (int64_t)st->ptr);
        enter_child(st, &c, J_MIN_UNTIL_3, rpc + 4, c.toplevel);
        goto entrance;
    }
resume_min_until_3:
    rep_set(st, c.rep, R_LASTPTR, data_pop(st));
    if (ret)
        goto succeed;
    rep_set(st, c.rep, R_COUNT, c.count - 1);
    st->ptr = (size_t)c.pos;
    goto fail;

    /* ---- lookaround ---- */
resume_assert:
    if (!ret)
        goto fail;
    c.pc += 1 + (size_t)CODE(c.pc + 1);
    goto dispatch;
resume_assert_not:
    if (ret) {
        if (c.pushed)
            mark_discard(st, c.lastmark);
        goto fail;
    }
    if (c.pushed)
        mark_pop(st, c.lastmark, false);
    restore_lastmark(st, &c);
    c.pc += 1 + (size_t)CODE(c.pc + 1);
    goto dispatch;

    /* ---- atomic group: the body's first match, no backtracking into it ---- */
resume_atomic:
    if (!ret) {
        st->ptr = (size_t)c.pos;
        goto fail;
    }
    c.pos = (int64_t)st->ptr;
    c.pc += 1 + (size_t)CODE(c.pc + 1);
    goto dispatch;

    /* ---- POSSESSIVE_REPEAT: iterate greedily, never give back ---- */
poss_repeat_min:
    if (c.count < (int64_t)CODE(c.pc + 2)) {
        enter_child(st, &c, J_POSS_REPEAT_1, c.pc + 4, false);
        goto entrance;
    }
    c.pos = -1;     /* differs from any st->ptr: the first pass always runs */
    goto poss_repeat_more;
resume_poss_repeat_1:
    if (!ret) {
        st->ptr = (size_t)c.pos;
        goto fail;
    }
    c.count++;
    goto poss_repeat_min;
poss_repeat_more:
    max = CODE(c.pc + 3);
    if ((c.count < (int64_t)max || max == SRE_MAXREPEAT) && (int64_t)st->ptr != c.pos) {
        save_lastmark(st, &c);
        mark_push(st, c.lastmark);
        c.pos = (int64_t)st->ptr;
        enter_child(st, &c, J_POSS_REPEAT_2, c.pc + 4, false);
        goto entrance;
    }
    goto poss_repeat_done;
resume_poss_repeat_2:
    if (ret) {
        mark_discard(st, c.lastmark);
        c.count++;
        goto poss_repeat_more;
    }
    mark_pop(st, c.lastmark, false);
    restore_lastmark(st, &c);
    /* CPython 3.11 does not put state->ptr back here: the tail goes on
     * from wherever the failed iteration left it ((?:x.+?)?+ matches 'x'
     * in 'x\n'; it can even make a group's span end before its start,
     * which match_new reports as SystemError, as CPython does).  Kept for
     * identical results; st->ptr is always a position inside the subject. */
poss_repeat_done:
    c.pc += 2 + (size_t)CODE(c.pc + 1);
    c.pos = (int64_t)st->ptr;
    goto dispatch;

succeed:
    ret = true;
    goto unwind;
fail:
    ret = false;
unwind:
    if (st->fsp == base)
        return ret;
    frame_pop(st, &c);
    switch (c.jump) {
    case J_BRANCH: goto resume_branch;
    case J_REPEAT_ONE_1:
    case J_REPEAT_ONE_2: goto resume_repeat_one;
    case J_MIN_REPEAT_ONE: goto resume_min_repeat_one;
    case J_REPEAT: goto resume_repeat;
    case J_MAX_UNTIL_1:
    case J_MIN_UNTIL_1: goto resume_until_1;
    case J_MAX_UNTIL_2: goto resume_max_until_2;
    case J_MAX_UNTIL_3: goto resume_max_until_3;
    case J_MIN_UNTIL_2: goto resume_min_until_2;
    case J_MIN_UNTIL_3: goto resume_min_until_3;
    case J_ASSERT: goto resume_assert;
    case J_ASSERT_NOT: goto resume_assert_not;
    case J_POSS_REPEAT_1: goto resume_poss_repeat_1;
    case J_POSS_REPEAT_2: goto resume_poss_repeat_2;
    case J_ATOMIC: goto resume_atomic;
    default: sp_trap("sre: bad resume point");
    }

}

#undef CODE
#undef CH

/* ---- entry points -------------------------------------------------------------*/

void sre_state_init(sp_vm *vm, sre_state *st, sp_u32s code, size_t ngroups)
{
    st->vm = vm;
    st->code = code;
    st->ngroups = ngroups;
    size_t nmarks = sp_size_mul_or_raise(vm, ngroups, 2);
    st->marks_buf = sp_rawbuf_new(vm, sp_size_mul_or_raise(vm, nmarks, sizeof(int64_t)));
    st->marks = sp_rawbuf_i64s(st->marks_buf);
    st->fast = (sp_u32s){ NULL, 0 };
    st->frames_buf = st->data_buf = st->reps_buf = NULL;
    st->frames = st->data = st->reps = (sp_i64s){ NULL, 0 };
}

static void state_reset(sre_state *st)
{
    for (size_t i = 0; i < st->marks.len; i++)
        sp_i64s_set(st->marks, i, -1);
    st->lastmark = st->lastindex = -1;
    st->repeat = -1;
    st->fsp = st->dsp = st->rsp = 0;
}

bool sre_match(sre_state *st)
{
    state_reset(st);
    st->ptr = st->start;
    st->match_start = st->start;
    /* start > end is not refused: CPython lets '' match there */
    return run(st, 0);
}

/* Is ch in the INFO block's first-character set (at code word `set`)? */
static inline bool info_charset_accepts(sre_state *st, size_t set, uint32_t ch)
{
    if (ch < 256 && st->fast.len > 0) {
        uint32_t at = sp_u32s_get(st->fast, 0);
        if (at != 0)
            return (sp_u32s_get(st->fast, at - 1 + ch / 32) >> (ch & 31)) & 1u;
    }
    return in_charset(st, set, ch);
}

/* Does the subject hold the INFO block's literal prefix at position i? */
static bool prefix_at(sre_state *st, size_t i, size_t prefix, uint32_t plen)
{
    if (plen > st->end - i)
        return false;
    for (uint32_t k = 0; k < plen; k++)
        if (ch_at(st, (int64_t)(i + k)) != code_at(st, prefix + k))
            return false;
    return true;
}

bool sre_search(sre_state *st)
{
    size_t ptr = st->start, end = st->end;
    st->match_start = ptr;
    if (ptr > end)
        return false;
    uint32_t flags = 0, plen = 0;
    size_t prefix = 0, charset = 0;
    state_reset(st);
    if (code_at(st, 0) == SRE_INFO) {
        /* <INFO> <skip> <flags> <min> <max> [<len> <skip> prefix overlap | charset] */
        flags = code_at(st, 2);
        uint32_t min = code_at(st, 3);
        if (min > end - ptr)
            return false;
        if (flags & SRE_INFO_PREFIX) {
            plen = code_at(st, 5);
            prefix = 7;
        } else if (flags & SRE_INFO_CHARSET) {
            charset = 5;
        }
    }
    size_t body = code_at(st, 0) == SRE_INFO ? 1 + (size_t)code_at(st, 1) : 0;
    uint32_t first_op = code_at(st, body);
    uint32_t first_arg = first_op == SRE_LITERAL || first_op == SRE_AT ? code_at(st, body + 1) : 0;
    /* the first-character set: 0 none, 1 (chars below 256 only) or 3 */
    uint32_t first_set = st->fast.len >= st->code.len + SRE_FIRST_WORDS ? sp_u32s_get(st->fast, st->code.len) : 0;
    if (first_op == SRE_AT && (first_arg == SRE_AT_BEGINNING || first_arg == SRE_AT_BEGINNING_STRING))
        first_set = 0;
    /* MARK* <REPEAT_ONE> <skip> <min >= 1> <MAXREPEAT> item <SUCCESS>
     * MARK* <LITERAL> c ...: see run_item below */
    size_t run_item = 0, run_min = 0;
    uint32_t run_lit = 0, skips = 0;
    {
        size_t q = body;
        while (code_at(st, q) == SRE_MARK)
            q += 2;
        if (code_at(st, q) == SRE_REPEAT_ONE && code_at(st, q + 2) >= 1 && code_at(st, q + 3) == SRE_MAXREPEAT) {
            size_t t = q + 1 + (size_t)code_at(st, q + 1);
            while (code_at(st, t) == SRE_MARK)
                t += 2;
            if (code_at(st, t) == SRE_LITERAL) {
                run_item = q + 4;
                run_min = code_at(st, q + 2);
                run_lit = code_at(st, t + 1);
            }
        }
    }
    for (;;) {
        /* skip positions where no match can start */
        if (plen > 0) {
            uint32_t first = code_at(st, prefix);
            while (ptr < end && !(ch_at(st, (int64_t)ptr) == first && prefix_at(st, ptr, prefix, plen)))
                ptr++;
            if (ptr >= end)
                return false;
        } else if (charset != 0) {
            while (ptr < end && !info_charset_accepts(st, charset, ch_at(st, (int64_t)ptr)))
                ptr++;
            if (ptr >= end)
                return false;
        } else if (first_set != 0) {
            /* every match consumes a character of the first-character set
             * first; a leading anchor must hold too */
            size_t set = st->code.len + 1;
            if (first_op == SRE_AT && first_arg == SRE_AT_BEGINNING_LINE) {
                /* ^ in MULTILINE: from line start to line start */
                for (; ptr < end; ptr++) {
                    if (ptr > 0 && ch_at(st, (int64_t)ptr - 1) != '\n') {
                        while (ptr < end && ch_at(st, (int64_t)ptr) != '\n')
                            ptr++;
                        if (ptr >= end)
                            break;
                        continue;
                    }
                    uint32_t ch = ch_at(st, (int64_t)ptr);
                    if (ch < 256 ? (sp_u32s_get(st->fast, set + ch / 32) >> (ch & 31)) & 1u : first_set & 2u)
                        break;
                }
            } else if (!st->s.is_wide) {
                /* one byte a character: a walk over the checked sub-span */
                sp_u32s bits = sp_u32s_sub(st->fast, set, 8);
                sp_cbytes b = sp_cbytes_sub(st->s.narrow, ptr, end - ptr);
                size_t k = 0;
                for (; k < b.len; k++) {
                    uint32_t ch = sp_cbytes_get(b, k);
                    if (!((sp_u32s_get(bits, ch >> 5) >> (ch & 31)) & 1u))
                        continue;
                    if (first_op != SRE_AT || at_ok(st, (int64_t)(ptr + k), first_arg))
                        break;
                }
                ptr += k;
            } else {
                for (; ptr < end; ptr++) {
                    uint32_t ch = ch_at(st, (int64_t)ptr);
                    if (ch < 256 ? !((sp_u32s_get(st->fast, set + ch / 32) >> (ch & 31)) & 1u) : !(first_set & 2u))
                        continue;
                    if (first_op != SRE_AT || at_ok(st, (int64_t)ptr, first_arg))
                        break;
                }
            }
            if (ptr >= end)
                return false;
        } else if (first_op == SRE_AT) {
            /* the pattern starts with an anchor: only try where it holds
             * (an AT has no effect but to fail) */
            if ((first_arg == SRE_AT_BEGINNING || first_arg == SRE_AT_BEGINNING_STRING) && ptr > 0)
                return false;
            while (ptr < end && !at_ok(st, (int64_t)ptr, first_arg))
                ptr++;
        } else if (first_op == SRE_LITERAL) {
            /* the pattern starts with a literal character */
            while (ptr < end && ch_at(st, (int64_t)ptr) != first_arg)
                ptr++;
            if (ptr >= end)
                return false;
        }
        st->ptr = ptr;
        if (run_item != 0) {
            /* The pattern is MARKs, a greedy unbounded REPEAT_ONE of an
             * item, MARKs and a literal.  If the item's run from ptr ends
             * at e and no position in ptr+min..e holds the literal, the
             * repeat fails from ptr and from every start up to e (their
             * runs end at e too, with fewer candidate positions): go on
             * from e + 1 without running the matcher. */
            size_t e = ptr + (size_t)count_item(st, run_item, SRE_MAXREPEAT);
            bool none = ptr + run_min > e;
            if (!none) {
                /* (e > ptr here, so end > 0) */
                size_t q = ptr + run_min, last = e < end ? e : end - 1;
                while (q <= last && ch_at(st, (int64_t)q) != run_lit)
                    q++;
                none = q > last;
            }
            if (none) {
                st->must_advance = false;
                if (e >= end)
                    return false;
                ptr = e + 1;
                if (++skips % 1024 == 0)
                    sp_vm_poll(st->vm);
                continue;
            }
        }
        /* marks above lastmark are never read: resetting it is enough */
        st->lastmark = st->lastindex = -1;
        st->repeat = -1;
        st->fsp = st->dsp = st->rsp = 0;
        st->ptr = ptr;
        st->match_start = ptr;
        if (run(st, 0))
            return true;
        st->must_advance = false;
        if (ptr >= end)
            return false;
        ptr++;
        if ((ptr & 1023) == 0)
            sp_vm_poll(st->vm);
    }
}

/* ---- validation -----------------------------------------------------------------*/

static _Noreturn void invalid(sp_vm *vm) { bad_code(vm); }

static uint32_t vget(sp_vm *vm, sp_u32s code, size_t i, size_t end)
{
    if (i >= end || i >= code.len)
        invalid(vm);
    return sp_u32s_get(code, i);
}

/* The end of the charset items starting at pc (after its FAILURE). */
static size_t validate_charset(sp_vm *vm, sp_u32s code, size_t pc, size_t end)
{
    for (;;) {
        switch (vget(vm, code, pc, end)) {
        case SRE_FAILURE: return pc + 1;
        case SRE_NEGATE: pc += 1; break;
        case SRE_LITERAL: vget(vm, code, pc + 1, end); pc += 2; break;
        case SRE_CATEGORY:
            if (vget(vm, code, pc + 1, end) >= SRE_CAT_COUNT)
                invalid(vm);
            pc += 2;
            break;
        case SRE_RANGE: case SRE_RANGE_UNI_IGNORE:
            if (vget(vm, code, pc + 1, end) > vget(vm, code, pc + 2, end))
                invalid(vm);
            pc += 3;
            break;
        case SRE_CHARSET: vget(vm, code, pc + 8, end); pc += 9; break;
        case SRE_BIGCHARSET: {
            uint32_t n = vget(vm, code, pc + 1, end);
            for (uint32_t k = 0; k < 256; k++)
                if (((vget(vm, code, pc + 2 + k / 4, end) >> (8 * (k % 4))) & 0xFF) >= n)
                    invalid(vm);
            size_t last = pc + 2 + 64 + (size_t)n * 8;
            if (last > end)
                invalid(vm);
            pc = last;
            break;
        }
        default: invalid(vm);
        }
    }
}


/* Check the blocks (pairs of start, end) on a work list until it is
 * empty: nested blocks are added to the list, not recursed into. */
void sre_validate(sp_vm *vm, sp_u32s code, size_t ngroups, sp_val in_ops)
{
    if (code.len == 0)
        invalid(vm);
    sp_val todo = sp_list_new(vm, 8);
    sp_list_append(vm, todo, sp_small(0));
    sp_list_append(vm, todo, sp_int_from_size(vm, code.len));
    while (sp_list_len(todo) > 0) {
        size_t end = (size_t)sp_index_ssize(vm, sp_list_pop(vm, todo));
        size_t pc = (size_t)sp_index_ssize(vm, sp_list_pop(vm, todo));
        while (pc < end) {
            sp_vm_poll(vm);
            uint32_t op = vget(vm, code, pc, end);
            switch (op) {
            case SRE_FAILURE: case SRE_SUCCESS: case SRE_ANY: case SRE_ANY_ALL:
                pc += 1;
                break;
            case SRE_AT:
                if (vget(vm, code, pc + 1, end) >= SRE_AT_COUNT)
                    invalid(vm);
                pc += 2;
                break;
            case SRE_CATEGORY:
                if (vget(vm, code, pc + 1, end) >= SRE_CAT_COUNT)
                    invalid(vm);
                pc += 2;
                break;
            case SRE_LITERAL: case SRE_NOT_LITERAL: case SRE_LITERAL_IGNORE: case SRE_NOT_LITERAL_IGNORE:
            case SRE_LITERAL_UNI_IGNORE: case SRE_NOT_LITERAL_UNI_IGNORE:
            case SRE_LITERAL_LOC_IGNORE: case SRE_NOT_LITERAL_LOC_IGNORE:
                vget(vm, code, pc + 1, end);
                pc += 2;
                break;
            case SRE_MARK:
                if (vget(vm, code, pc + 1, end) >= 2 * (uint64_t)ngroups)
                    invalid(vm);
                pc += 2;
                break;
            case SRE_GROUPREF: case SRE_GROUPREF_IGNORE: case SRE_GROUPREF_UNI_IGNORE: case SRE_GROUPREF_LOC_IGNORE:
                if (vget(vm, code, pc + 1, end) >= ngroups)
                    invalid(vm);
                pc += 2;
                break;
            case SRE_GROUPREF_EXISTS: {
                if (vget(vm, code, pc + 1, end) >= ngroups)
                    invalid(vm);
                uint32_t skip = vget(vm, code, pc + 2, end);
                if (skip < 2 || pc + 1 + skip > end)
                    invalid(vm);
                pc += 3;
                break;
            }
            case SRE_IN: case SRE_IN_IGNORE: case SRE_IN_UNI_IGNORE: case SRE_IN_LOC_IGNORE: {
                uint32_t skip = vget(vm, code, pc + 1, end);
                size_t next = pc + 1 + (size_t)skip;
                if (skip < 2 || next > end || validate_charset(vm, code, pc + 2, next) != next)
                    invalid(vm);
                if (in_ops != NULL)
                    sp_list_append(vm, in_ops, sp_int_from_size(vm, pc));
                pc = next;
                break;
            }
            case SRE_INFO: {
                uint32_t skip = vget(vm, code, pc + 1, end);
                size_t next = pc + 1 + (size_t)skip;
                if (skip < 4 || next > end)
                    invalid(vm);
                uint32_t flags = vget(vm, code, pc + 2, end);
                if (flags & SRE_INFO_PREFIX) {
                    uint32_t plen = vget(vm, code, pc + 5, next);
                    if (pc + 7 + 2 * (size_t)plen > next)
                        invalid(vm);
                } else if (flags & SRE_INFO_CHARSET) {
                    if (validate_charset(vm, code, pc + 5, next) != next)
                        invalid(vm);
                    if (in_ops != NULL && pc == 0)
                        sp_list_append(vm, in_ops, sp_small(0));
                }
                pc = next;
                break;
            }
            case SRE_JUMP: {
                uint32_t skip = vget(vm, code, pc + 1, end);
                /* a branch's JUMP leaves its alternative: any forward
                 * target inside the code (reads are checked anyway) */
                if (skip < 1 || pc + 1 + (size_t)skip > code.len)
                    invalid(vm);
                pc += 2;
                break;
            }
            case SRE_BRANCH: {
                size_t q = pc + 1;
                for (;;) {
                    uint32_t skip = vget(vm, code, q, end);
                    if (skip == 0)
                        break;
                    if (skip < 2 || q + skip >= end)
                        invalid(vm);
                    sp_list_append(vm, todo, sp_int_from_size(vm, q + 1));
                    sp_list_append(vm, todo, sp_int_from_size(vm, q + skip));
                    q += skip;
                }
                pc = q + 1;
                break;
            }
            case SRE_REPEAT_ONE: case SRE_MIN_REPEAT_ONE: case SRE_POSSESSIVE_REPEAT_ONE:
            case SRE_REPEAT: case SRE_POSSESSIVE_REPEAT: {
                uint32_t skip = vget(vm, code, pc + 1, end);
                uint32_t min = vget(vm, code, pc + 2, end), max = vget(vm, code, pc + 3, end);
                size_t next = pc + 1 + (size_t)skip;
                if (skip < 3 || next > end || min > max)
                    invalid(vm);
                if (op == SRE_REPEAT || op == SRE_POSSESSIVE_REPEAT) {
                    uint32_t until = vget(vm, code, next, end);
                    if (op == SRE_REPEAT ? (until != SRE_MAX_UNTIL && until != SRE_MIN_UNTIL) : until != SRE_SUCCESS)
                        invalid(vm);
                    sp_list_append(vm, todo, sp_int_from_size(vm, pc + 4));
                    sp_list_append(vm, todo, sp_int_from_size(vm, next));
                    pc = next + 1;
                    break;
                }
                /* one single-character item, then SUCCESS */
                uint32_t item = vget(vm, code, pc + 4, next);
                if (!is_item_op(item) || vget(vm, code, next - 1, end) != SRE_SUCCESS)
                    invalid(vm);
                size_t item_end;
                if (item == SRE_ANY || item == SRE_ANY_ALL)
                    item_end = pc + 5;
                else if (item == SRE_IN || item == SRE_IN_IGNORE || item == SRE_IN_UNI_IGNORE || item == SRE_IN_LOC_IGNORE) {
                    item_end = pc + 5 + (size_t)vget(vm, code, pc + 5, next);
                    if (item_end > next || validate_charset(vm, code, pc + 6, item_end) != item_end)
                        invalid(vm);
                    if (in_ops != NULL)
                        sp_list_append(vm, in_ops, sp_int_from_size(vm, pc + 4));
                } else {
                    item_end = pc + 6;
                    if (item == SRE_CATEGORY && vget(vm, code, pc + 5, next) >= SRE_CAT_COUNT)
                        invalid(vm);
                }
                if (item_end + 1 != next)
                    invalid(vm);
                pc = next;
                break;
            }
            case SRE_ASSERT: case SRE_ASSERT_NOT: {
                uint32_t skip = vget(vm, code, pc + 1, end);
                size_t next = pc + 1 + (size_t)skip;
                vget(vm, code, pc + 2, end);
                if (skip < 3 || next > end || vget(vm, code, next - 1, end) != SRE_SUCCESS)
                    invalid(vm);
                sp_list_append(vm, todo, sp_int_from_size(vm, pc + 3));
                sp_list_append(vm, todo, sp_int_from_size(vm, next));
                pc = next;
                break;
            }
            case SRE_ATOMIC_GROUP: {
                uint32_t skip = vget(vm, code, pc + 1, end);
                size_t next = pc + 1 + (size_t)skip;
                if (skip < 2 || next > end || vget(vm, code, next - 1, end) != SRE_SUCCESS)
                    invalid(vm);
                sp_list_append(vm, todo, sp_int_from_size(vm, pc + 2));
                sp_list_append(vm, todo, sp_int_from_size(vm, next));
                pc = next;
                break;
            }
            default:
                invalid(vm);
            }
        }
    }
}

/* The first-character set of valid code (see SRE_FIRST_WORDS in sre.h):
 * walk every path from the pattern's start (INFO skipped) up to the
 * first op that consumes a character, and add the characters below 256
 * that op accepts to the bitmap out[1..8] (out[0]: 0 no set, else as
 * at fast[code.len] in sre.h).  Zero-width ops
 * (MARK, AT, lookarounds, JUMP) are walked through; BRANCH walks every
 * alternative, a repeat with min 0 both its item/body and its tail.  A
 * path that can reach SUCCESS (or an UNTIL) without consuming, or meets
 * anything else (group references, atomic or possessive groups), means
 * no set: out[0] stays 0.  Paths are walked from a work list and
 * each code position once (all jumps go forward), so the walk is linear
 * in the code and not recursive. */
static void build_first_set(sp_vm *vm, sre_state *st, sp_u32s out)
{
    sp_u32s code = st->code;
    sp_rawbuf *seen_buf = sp_rawbuf_new(vm, code.len);
    sp_bytes seen = sp_rawbuf_span(seen_buf);
    sp_val todo = sp_list_new(vm, 8);
    bool wide = false;
    size_t start = code_at(st, 0) == SRE_INFO ? 1 + (size_t)code_at(st, 1) : 0;
    sp_list_append(vm, todo, sp_int_from_size(vm, start));
    while (sp_list_len(todo) > 0) {
        size_t pc = (size_t)sp_index_ssize(vm, sp_list_pop(vm, todo));
        for (;;) {
            if (pc >= code.len)
                return;
            if (sp_bytes_get(seen, pc))
                break;
            sp_bytes_set(seen, pc, 1);
            uint32_t op = code_at(st, pc);
            sp_vm_poll(vm);
            if (op == SRE_LITERAL) {
                /* (the common case, one bit: no walk over 256 characters) */
                uint32_t c = code_at(st, pc + 1);
                if (c < 256)
                    sp_u32s_set(out, 1 + c / 32, sp_u32s_get(out, 1 + c / 32) | (1u << (c & 31)));
                else
                    wide = true;
                break;
            }
            if (is_item_op(op)) {
                for (uint32_t c = 0; c < 256; c++)
                    if (item_accepts(st, pc, c))
                        sp_u32s_set(out, 1 + c / 32, sp_u32s_get(out, 1 + c / 32) | (1u << (c & 31)));
                wide = true;
                break;
            }
            switch (op) {
            case SRE_FAILURE:
                goto next_path;
            case SRE_MARK: case SRE_AT:
                pc += 2;
                continue;
            case SRE_JUMP:
                pc += 1 + (size_t)code_at(st, pc + 1);
                continue;
            case SRE_ASSERT: case SRE_ASSERT_NOT:
                pc += 1 + (size_t)code_at(st, pc + 1);
                continue;
            case SRE_BRANCH: {
                size_t q = pc + 1;
                while (code_at(st, q) != 0) {
                    sp_list_append(vm, todo, sp_int_from_size(vm, q + 1));
                    q += code_at(st, q);
                }
                goto next_path;
            }
            case SRE_REPEAT_ONE: case SRE_MIN_REPEAT_ONE: case SRE_POSSESSIVE_REPEAT_ONE:
                sp_list_append(vm, todo, sp_int_from_size(vm, pc + 4));
                if (code_at(st, pc + 2) > 0)
                    goto next_path;
                pc += 1 + (size_t)code_at(st, pc + 1);
                continue;
            case SRE_REPEAT:
                /* the body must consume (its UNTIL stops the walk) */
                sp_list_append(vm, todo, sp_int_from_size(vm, pc + 4));
                if (code_at(st, pc + 2) > 0)
                    goto next_path;
                pc += 2 + (size_t)code_at(st, pc + 1);
                continue;
            default:
                /* SUCCESS, MAX_UNTIL/MIN_UNTIL: a path that consumes
                 * nothing; the rest: not analysed */
                return;
            }
        }
next_path:;
    }
    sp_u32s_set(out, 0, wide ? 3u : 1u);
}

/* Precompute, for each IN op (and the INFO charset), which of the
 * characters 0..255 it accepts: most subject characters are there, and a
 * bit test replaces the walk over the set's items.  Then the pattern's
 * first-character set (build_first_set). */
sp_rawbuf *sre_build_fast(sp_vm *vm, sp_u32s code, size_t ngroups)
{
    sp_val ops = sp_list_new(vm, 4);
    sre_validate(vm, code, ngroups, ops);
    sre_state st;
    st.vm = vm;
    st.code = code;
    /* (computed before the table is allocated: it allocates) */
    uint32_t first_words[SRE_FIRST_WORDS] = { 0 };
    sp_u32s first = SP_ARRAY_SPAN(sp_u32s, first_words);
    build_first_set(vm, &st, first);
    size_t n = sp_list_len(ops);
    size_t words = sp_size_add_or_raise(vm, code.len + SRE_FIRST_WORDS, sp_size_mul_or_raise(vm, n, 8));
    sp_rawbuf *b = sp_rawbuf_new(vm, sp_size_mul_or_raise(vm, words, 4));
    sp_u32s fast = sre_rawbuf_u32s(b);
    for (size_t k = 0; k < SRE_FIRST_WORDS; k++)
        sp_u32s_set(fast, code.len + k, sp_u32s_get(first, k));
    for (size_t k = 0; k < n; k++) {
        size_t pc = (size_t)sp_index_ssize(vm, sp_list_get(ops, k));
        size_t at = code.len + SRE_FIRST_WORDS + 8 * k;
        for (uint32_t c = 0; c < 256; c++) {
            bool ok = pc == 0 && code_at(&st, 0) == SRE_INFO ? in_charset(&st, 5, c) : item_accepts(&st, pc, c);
            if (ok)
                sp_u32s_set(fast, at + c / 32, sp_u32s_get(fast, at + c / 32) | (1u << (c & 31)));
        }
        sp_u32s_set(fast, pc, (uint32_t)(at + 1));
    }
    return b;
}

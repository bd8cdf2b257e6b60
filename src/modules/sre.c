/* _sre: re.Pattern, re.Match, the scanner, and the module functions that
 * re/_compiler.py calls.  The matcher itself is sre_engine.c.
 *
 * A Pattern keeps its code words in a rawbuf of uint32 (checked by
 * sre_validate when made).  A subject is read through sre_subject: bytes
 * and ASCII str one byte per character, other str decoded once into a
 * rawbuf of code points (kept by a scanner for its whole life, so that
 * finditer over a non-ASCII str decodes once).  bytearray subjects are
 * re-read at every call: Python code may resize them in between. */
#include "modules/sre.h"
#include "modules/modules.h"
#include "objects/cont.h"
#include "objects/str_internal.h"

#define SRE_MAGIC 20220615
#define SRE_MAXGROUPS 1073741823   /* CPython 3.11 on 64-bit: INT32_MAX / 2 */

typedef struct pattern_obj {
    sp_obj h;
    sp_val pattern;         /* str, bytes or None */
    sp_val code;            /* rawbuf of uint32 */
    size_t codelen;
    int64_t flags;
    size_t groups;          /* capturing groups */
    sp_val groupindex;      /* dict name -> index, or NULL when empty */
    sp_val indexgroup;      /* tuple index -> name or None */
    sp_val fast;            /* rawbuf of uint32: sre_state.fast */
    /* The last non-ASCII str subject and its code points: json's scanner
     * calls match(s, pos) once per token of one big string, and decoding
     * s at every call would make that quadratic.  (A str never changes,
     * and holding it keeps its identity.) */
    sp_val cache_str, cache_buf;
    int isbytes;            /* -1: pattern None */
} pattern_obj;

typedef struct match_obj {
    sp_obj h;
    sp_val string;
    sp_val pattern;         /* the pattern_obj */
    sp_val marks;           /* rawbuf of int64: 2 * (groups + 1), -1 unset */
    sp_val regs;            /* cached tuple or NULL */
    size_t ngroups;         /* groups + 1 */
    int64_t pos, endpos, lastindex;
} match_obj;

/* Where a subject's characters come from (see the top comment). */
enum { SUBJ_NARROW_STR, SUBJ_WIDE, SUBJ_BYTES };
typedef struct subj_src {
    sp_val data;            /* the str, the rawbuf of code points, or a bytes/bytearray */
    int kind;
    size_t len;
    bool isbytes;
} subj_src;

typedef struct scanner_obj {
    sp_obj h;
    sp_val pattern, string;
    sp_val data;            /* subj_src.data */
    int kind;
    size_t len;
    int64_t pos, endpos;    /* as given, clamped */
    size_t start;           /* where the next match/search begins */
    bool must_advance, done;
} scanner_obj;

static void pattern_trace(sp_heap *h, sp_obj *o)
{
    pattern_obj *p = (pattern_obj *)o;
    sp_gc_mark(h, p->pattern);
    sp_gc_mark(h, p->code);
    sp_gc_mark(h, p->groupindex);
    sp_gc_mark(h, p->indexgroup);
    sp_gc_mark(h, p->fast);
    sp_gc_mark(h, p->cache_str);
    sp_gc_mark(h, p->cache_buf);
}

static void match_trace(sp_heap *h, sp_obj *o)
{
    match_obj *m = (match_obj *)o;
    sp_gc_mark(h, m->string);
    sp_gc_mark(h, m->pattern);
    sp_gc_mark(h, m->marks);
    sp_gc_mark(h, m->regs);
}

static void scanner_trace(sp_heap *h, sp_obj *o)
{
    scanner_obj *s = (scanner_obj *)o;
    sp_gc_mark(h, s->pattern);
    sp_gc_mark(h, s->string);
    sp_gc_mark(h, s->data);
}

static pattern_obj *PAT(sp_val v) { return SP_CONT_AS(pattern_obj, v, sp_sre_pattern_def); }
static match_obj *MAT(sp_val v) { return SP_CONT_AS(match_obj, v, sp_sre_match_def); }
static scanner_obj *SCN(sp_val v) { return SP_CONT_AS(scanner_obj, v, sp_sre_scanner_def); }

static sp_u32s pattern_code(pattern_obj *p)
{
    sp_rawbuf *b = SP_AS(sp_rawbuf, p->code, SP_LAYOUT_RAWBUF);
    return sp_u32s_sub(sre_rawbuf_u32s(b), 0, p->codelen);
}

static sp_i64s match_marks(match_obj *m)
{
    return sp_rawbuf_i64s(SP_AS(sp_rawbuf, m->marks, SP_LAYOUT_RAWBUF));
}

/* ---- subjects -------------------------------------------------------------------*/

/* Type-check `string` against the pattern and find its characters, with
 * CPython's messages. */
static subj_src subject_src(sp_vm *vm, pattern_obj *p, sp_val string)
{
    subj_src s = { NULL, SUBJ_BYTES, 0, false };
    if (sp_is_str(string)) {
        if (p->isbytes > 0)
            sp_raise_fmt(vm, vm->e.TypeError, "cannot use a bytes pattern on a string-like object");
        s.len = sp_str_len(string);
        sp_cbytes u = sp_str_bytes(string);
        if (u.len == s.len) {
            s.kind = SUBJ_NARROW_STR;
            s.data = string;
            return s;
        }
        s.kind = SUBJ_WIDE;
        if (p->cache_str == string) {
            s.data = p->cache_buf;
            return s;
        }
        sp_rawbuf *b = sp_rawbuf_new(vm, sp_size_mul_or_raise(vm, s.len, 4));
        u = sp_str_bytes(string);
        sp_u32s w = sre_rawbuf_u32s(b);
        size_t pos = 0;
        for (size_t i = 0; i < s.len; i++)
            sp_u32s_set(w, i, sp_u8_next(u, &pos));
        s.data = (sp_val)b;
        p->cache_str = string;
        p->cache_buf = s.data;
        return s;
    }
    sp_cbytes d;
    if (sp_is_bytes(string) || sp_layout_of(string) == SP_LAYOUT_BYTEARRAY) {
        s.data = string;
    } else if (sp_bytes_buffer(vm, string, &d)) {
        s.data = sp_bytes_new(vm, d);      /* a memoryview's bytes, copied once */
    } else {
        sp_raise_fmt(vm, vm->e.TypeError, "expected string or bytes-like object, got '%T'", string);
    }
    if (p->isbytes == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot use a string pattern on a bytes-like object");
    s.isbytes = true;
    s.len = sp_bytes_data(s.data).len;
    return s;
}

/* The characters now (a bytearray may have changed size since). */
static sre_subject subject_load(const subj_src *src)
{
    sre_subject s = { { NULL, 0 }, { NULL, 0 }, false, 0 };
    switch (src->kind) {
    case SUBJ_NARROW_STR:
        s.narrow = sp_str_bytes(src->data);
        break;
    case SUBJ_WIDE: {
        sp_rawbuf *b = SP_AS(sp_rawbuf, src->data, SP_LAYOUT_RAWBUF);
        s.wide = sp_u32s_sub(sre_rawbuf_u32s(b), 0, src->len);
        s.is_wide = true;
        s.len = src->len;
        return s;
    }
    default:
        s.narrow = sp_bytes_data(src->data);
        break;
    }
    s.len = s.narrow.len;
    return s;
}

/* string[i:j] as CPython's getslice: a str, or bytes for any bytes-like
 * subject (the same object for a whole exact bytes). */
static sp_val subject_slice(sp_vm *vm, sp_val string, const subj_src *src, size_t i, size_t j)
{
    /* j < i happens after CPython 3.11's possessive-repeat quirk (see
     * sre_engine.c): an empty slice, as PyUnicode_Substring gives */
    if (!src->isbytes) {
        size_t n = sp_str_len(string);
        if (j > n)
            j = n;
        if (i > j)
            i = j;
        return sp_str_substr(vm, string, i, j);
    }
    sp_cbytes d = sp_bytes_data(src->data);
    if (j > d.len)
        j = d.len;
    if (i > j)
        i = j;
    if (i == 0 && j == d.len && sp_is_exact(vm, string, vm->t.bytes))
        return string;
    return sp_bytes_new(vm, sp_cbytes_sub(d, i, j - i));
}

/* pos/endpos as CPython's state_init clamps them. */
static void clamp_bounds(sp_vm *vm, sp_val posv, sp_val endv, size_t len, int64_t *pos, int64_t *endpos)
{
    sp_ssize p = posv != NULL ? sp_index_ssize(vm, posv) : 0;
    sp_ssize e = endv != NULL ? sp_index_ssize(vm, endv) : PTRDIFF_MAX;
    if (p < 0)
        p = 0;
    else if ((size_t)p > len)
        p = (sp_ssize)len;
    if (e < 0)
        e = 0;
    else if ((size_t)e > len)
        e = (sp_ssize)len;
    *pos = p;
    *endpos = e;
}

static void state_setup(sp_vm *vm, sre_state *st, pattern_obj *p, const subj_src *src, int64_t pos, int64_t endpos)
{
    sre_state_init(vm, st, pattern_code(p), p->groups);
    st->fast = sre_rawbuf_u32s(SP_AS(sp_rawbuf, p->fast, SP_LAYOUT_RAWBUF));
    st->s = subject_load(src);
    if ((size_t)endpos > st->s.len)
        endpos = (int64_t)st->s.len;
    if ((size_t)pos > st->s.len)
        pos = (int64_t)st->s.len;
    st->start = (size_t)pos;
    st->end = (size_t)endpos;
    st->match_all = false;
    st->must_advance = false;
}

/* Group g of the last match: its span, or false if it did not take part. */
static bool state_group(sre_state *st, size_t g, size_t *a, size_t *b)
{
    if (g == 0) {
        *a = st->match_start;
        *b = st->ptr;
        return true;
    }
    int64_t j = (int64_t)(g - 1) * 2;
    if (j + 1 > st->lastmark)
        return false;
    int64_t x = sp_i64s_get(st->marks, (size_t)j), y = sp_i64s_get(st->marks, (size_t)j + 1);
    if (x < 0 || y < 0)
        return false;
    *a = (size_t)x;
    *b = (size_t)y;
    return true;
}

/* ---- Match objects ----------------------------------------------------------------*/

static sp_val match_new(sp_vm *vm, sp_val pattern, sp_val string, sre_state *st, int64_t pos, int64_t endpos)
{
    pattern_obj *p = PAT(pattern);
    size_t n = p->groups + 1;
    sp_rawbuf *mb = sp_rawbuf_new(vm, sp_size_mul_or_raise(vm, n, 2 * sizeof(int64_t)));
    sp_i64s marks = sp_rawbuf_i64s(mb);
    for (size_t g = 0; g < n; g++) {
        size_t a, b;
        if (state_group(st, g, &a, &b)) {
            if (a > b)
                sp_raise_fmt(vm, vm->e.SystemError,
                             "The span of capturing group is wrong, please report a bug for the re module.");
            sp_i64s_set(marks, 2 * g, (int64_t)a);
            sp_i64s_set(marks, 2 * g + 1, (int64_t)b);
        } else {
            sp_i64s_set(marks, 2 * g, -1);
            sp_i64s_set(marks, 2 * g + 1, -1);
        }
    }
    match_obj *m = (match_obj *)sp_alloc(vm, vm->t.sre_match, sizeof(match_obj));
    m->string = string;
    m->pattern = pattern;
    m->marks = (sp_val)mb;
    m->ngroups = n;
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = st->lastindex;
    return (sp_val)m;
}

/* The group number `index` names (an int or a group name). */
static size_t match_index(sp_vm *vm, match_obj *m, sp_val index)
{
    sp_ssize i = -1;
    if (sp_is_int(index) || sp_type_lookup(vm, sp_type_of(vm, index), vm->n.__index__) != NULL) {
        i = sp_index_clamped(vm, index);
    } else {
        pattern_obj *p = PAT(m->pattern);
        if (p->groupindex != NULL) {
            sp_val v = sp_dict_get(vm, p->groupindex, index);
            if (v != NULL && sp_is_int(v))
                i = sp_index_clamped(vm, v);
        }
    }
    if (i < 0 || (size_t)i >= m->ngroups)
        sp_raise_fmt(vm, vm->e.IndexError, "no such group");
    return (size_t)i;
}

static void match_span_of(match_obj *m, size_t g, int64_t *a, int64_t *b)
{
    sp_i64s marks = match_marks(m);
    *a = sp_i64s_get(marks, 2 * g);
    *b = sp_i64s_get(marks, 2 * g + 1);
}

static sp_val match_group_value(sp_vm *vm, match_obj *m, size_t g, sp_val dflt)
{
    int64_t a, b;
    match_span_of(m, g, &a, &b);
    if (a < 0)
        return dflt;
    pattern_obj *p = PAT(m->pattern);
    subj_src src = { m->string, SUBJ_BYTES, 0, p->isbytes > 0 || !sp_is_str(m->string) };
    if (src.isbytes && !sp_is_bytes(m->string) && sp_layout_of(m->string) != SP_LAYOUT_BYTEARRAY) {
        sp_cbytes d;
        if (!sp_bytes_buffer(vm, m->string, &d))
            sp_raise_fmt(vm, vm->e.TypeError, "expected string or bytes-like object, got '%T'", m->string);
        src.data = sp_bytes_new(vm, d);
    }
    return subject_slice(vm, m->string, &src, (size_t)a, (size_t)b);
}

static sp_val mself(sp_vals args) { sp_val v = sp_vals_get(args, 0); MAT(v); return v; }

static sp_val match_group_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_no_kwargs(vm, "group", kw);
    match_obj *m = MAT(mself(args));
    if (args.len == 1)
        return match_group_value(vm, m, 0, vm->None);
    if (args.len == 2)
        return match_group_value(vm, m, match_index(vm, m, sp_vals_get(args, 1)), vm->None);
    sp_val t = sp_tuple_new(vm, args.len - 1);
    for (size_t i = 1; i < args.len; i++)
        sp_tuple_set(t, i - 1, match_group_value(vm, m, match_index(vm, m, sp_vals_get(args, i)), vm->None));
    return t;
}

static sp_val match_getitem_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val g = sp_cont_onearg(vm, args, kw, "re.Match.__getitem__");
    match_obj *m = MAT(mself(args));
    return match_group_value(vm, m, match_index(vm, m, g), vm->None);
}

static sp_val match_groups_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "default", NULL };
    sp_val a[1] = { NULL };
    sp_parse_args(vm, "groups", sp_vals_from(args, 1), kw, kwlist, 0, SP_VALS(a));
    match_obj *m = MAT(mself(args));
    sp_val dflt = a[0] != NULL ? a[0] : vm->None;
    sp_val t = sp_tuple_new(vm, m->ngroups - 1);
    for (size_t g = 1; g < m->ngroups; g++)
        sp_tuple_set(t, g - 1, match_group_value(vm, m, g, dflt));
    return t;
}

static sp_val match_groupdict_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "default", NULL };
    sp_val a[1] = { NULL };
    sp_parse_args(vm, "groupdict", sp_vals_from(args, 1), kw, kwlist, 0, SP_VALS(a));
    match_obj *m = MAT(mself(args));
    sp_val dflt = a[0] != NULL ? a[0] : vm->None;
    sp_val d = sp_dict_new(vm);
    sp_val gi = PAT(m->pattern)->groupindex;
    if (gi == NULL)
        return d;
    sp_val keys = sp_dict_keys_list(vm, gi);
    for (size_t i = 0; i < sp_list_len(keys); i++) {
        sp_val k = sp_list_get(keys, i);
        sp_dict_set(vm, d, k, match_group_value(vm, m, match_index(vm, m, k), dflt));
    }
    return d;
}

static size_t group_arg(sp_vm *vm, sp_vals args, sp_val kw, const char *name, match_obj *m)
{
    sp_no_kwargs(vm, name, kw);
    if (args.len > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "%s expected at most 1 argument, got %zu", name, args.len - 1);
    return args.len == 2 ? match_index(vm, m, sp_vals_get(args, 1)) : 0;
}

static sp_val match_start_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    match_obj *m = MAT(mself(args));
    int64_t a, b;
    match_span_of(m, group_arg(vm, args, kw, "start", m), &a, &b);
    return sp_cont_i64(vm, a);
}

static sp_val match_end_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    match_obj *m = MAT(mself(args));
    int64_t a, b;
    match_span_of(m, group_arg(vm, args, kw, "end", m), &a, &b);
    return sp_cont_i64(vm, b);
}

static sp_val span_tuple(sp_vm *vm, int64_t a, int64_t b)
{
    return sp_tuple_pack2(vm, sp_cont_i64(vm, a), sp_cont_i64(vm, b));
}

static sp_val match_span_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    match_obj *m = MAT(mself(args));
    int64_t a, b;
    match_span_of(m, group_arg(vm, args, kw, "span", m), &a, &b);
    return span_tuple(vm, a, b);
}

static sp_val match_expand_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "template", NULL };
    sp_val a[1] = { NULL };
    sp_parse_args(vm, "expand", sp_vals_from(args, 1), kw, kwlist, 1, SP_VALS(a));
    sp_val self = mself(args);
    sp_val expand = sp_getattr_cstr(vm, sp_import_cstr(vm, "re"), "_expand");
    sp_val call[3] = { MAT(self)->pattern, self, a[0] };
    return sp_call(vm, expand, SP_VALS(call), NULL);
}

static sp_val match_copy_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cont_noargs(vm, args, kw, "re.Match.__copy__");
    return mself(args);
}

static sp_val match_deepcopy_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cont_onearg(vm, args, kw, "re.Match.__deepcopy__");
    return mself(args);
}

/* repr(v) cut to n code points (CPython's %.<n>R). */
static sp_val repr_cut(sp_vm *vm, sp_val v, size_t n)
{
    sp_val r = sp_repr(vm, v);
    size_t len = sp_str_len(r);
    return len > n ? sp_str_substr(vm, r, 0, n) : r;
}

static sp_val match_repr_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    match_obj *m = MAT(mself(args));
    int64_t a, b;
    match_span_of(m, 0, &a, &b);
    sp_val g = match_group_value(vm, m, 0, vm->None);
    return sp_str_fmt(vm, "<re.Match object; span=(%zd, %zd), match=%U>", (sp_ssize)a, (sp_ssize)b,
                      repr_cut(vm, g, 50));
}

static sp_val match_pos_get(sp_vm *vm, sp_val self) { return sp_cont_i64(vm, MAT(self)->pos); }
static sp_val match_endpos_get(sp_vm *vm, sp_val self) { return sp_cont_i64(vm, MAT(self)->endpos); }
static sp_val match_string_get(sp_vm *vm, sp_val self) { return MAT(self)->string; }
static sp_val match_re_get(sp_vm *vm, sp_val self) { return MAT(self)->pattern; }

static sp_val match_lastindex_get(sp_vm *vm, sp_val self)
{
    match_obj *m = MAT(self);
    return m->lastindex >= 0 ? sp_cont_i64(vm, m->lastindex) : vm->None;
}

static sp_val match_lastgroup_get(sp_vm *vm, sp_val self)
{
    match_obj *m = MAT(self);
    sp_val ig = PAT(m->pattern)->indexgroup;
    if (ig != NULL && m->lastindex >= 0 && (size_t)m->lastindex < sp_tuple_len(ig))
        return sp_tuple_get(ig, (size_t)m->lastindex);
    return vm->None;
}

static sp_val match_regs_get(sp_vm *vm, sp_val self)
{
    match_obj *m = MAT(self);
    if (m->regs != NULL)
        return m->regs;
    sp_val t = sp_tuple_new(vm, m->ngroups);
    for (size_t g = 0; g < m->ngroups; g++) {
        int64_t a, b;
        match_span_of(m, g, &a, &b);
        sp_tuple_set(t, g, span_tuple(vm, a, b));
    }
    MAT(self)->regs = t;
    return t;
}

static sp_val match_new_m(sp_vm *vm, sp_vals args, sp_val kw);

static const sp_methoddef match_methods[] = {
    { "__new__", match_new_m, SP_METH_STATIC, NULL },
    { "group", match_group_m, 0, NULL },
    { "groups", match_groups_m, 0, NULL },
    { "groupdict", match_groupdict_m, 0, NULL },
    { "start", match_start_m, 0, NULL },
    { "end", match_end_m, 0, NULL },
    { "span", match_span_m, 0, NULL },
    { "expand", match_expand_m, 0, NULL },
    { "__getitem__", match_getitem_m, 0, NULL },
    { "__copy__", match_copy_m, 0, NULL },
    { "__deepcopy__", match_deepcopy_m, 0, NULL },
    { "__repr__", match_repr_m, 0, NULL },
    { "__class_getitem__", sp_cont_class_getitem, SP_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef match_getsets[] = {
    { "pos", match_pos_get, NULL, NULL },
    { "endpos", match_endpos_get, NULL, NULL },
    { "lastindex", match_lastindex_get, NULL, NULL },
    { "lastgroup", match_lastgroup_get, NULL, NULL },
    { "string", match_string_get, NULL, NULL },
    { "re", match_re_get, NULL, NULL },
    { "regs", match_regs_get, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_sre_match_def = {
    .name = "re.Match",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(match_obj),
    .trace = match_trace,
    .methods = match_methods,
    .getsets = match_getsets,
    .doc = "The result of re.match() and re.search().\n"
           "Match objects always have a boolean value of True.",
};

/* ---- Pattern methods ----------------------------------------------------------------*/

static sp_val pself(sp_vals args) { sp_val v = sp_vals_get(args, 0); PAT(v); return v; }

/* match / fullmatch / search (string, pos=0, endpos=sys.maxsize) */
static sp_val pattern_find(sp_vm *vm, sp_vals args, sp_val kw, const char *name, int how)
{
    static const char *const kwlist[] = { "string", "pos", "endpos", NULL };
    sp_val a[3] = { NULL, NULL, NULL };
    sp_parse_args(vm, name, sp_vals_from(args, 1), kw, kwlist, 1, SP_VALS(a));
    sp_val self = pself(args);
    pattern_obj *p = PAT(self);
    subj_src src = subject_src(vm, p, a[0]);
    int64_t pos, endpos;
    clamp_bounds(vm, a[1], a[2], src.len, &pos, &endpos);
    sre_state st;
    state_setup(vm, &st, p, &src, pos, endpos);
    st.match_all = how == 1;
    bool found = how == 2 ? sre_search(&st) : sre_match(&st);
    if (!found)
        return vm->None;
    return match_new(vm, self, a[0], &st, pos, endpos);
}

static sp_val pattern_match_m(sp_vm *vm, sp_vals a, sp_val k) { return pattern_find(vm, a, k, "match", 0); }
static sp_val pattern_fullmatch_m(sp_vm *vm, sp_vals a, sp_val k) { return pattern_find(vm, a, k, "fullmatch", 1); }
static sp_val pattern_search_m(sp_vm *vm, sp_vals a, sp_val k) { return pattern_find(vm, a, k, "search", 2); }

/* Group g of the state's match as findall/split show it: unmatched is ""
 * (findall) or None (split). */
static sp_val state_group_value(sp_vm *vm, sre_state *st, sp_val string, const subj_src *src, size_t g, bool empty)
{
    size_t a, b;
    if (state_group(st, g, &a, &b)) {
        if (a > b)
            sp_raise_fmt(vm, vm->e.SystemError,
                         "The span of capturing group is wrong, please report a bug for the re module.");
        return subject_slice(vm, string, src, a, b);
    }
    return empty ? subject_slice(vm, string, src, 0, 0) : vm->None;
}

static sp_val pattern_findall_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "string", "pos", "endpos", NULL };
    sp_val a[3] = { NULL, NULL, NULL };
    sp_parse_args(vm, "findall", sp_vals_from(args, 1), kw, kwlist, 1, SP_VALS(a));
    pattern_obj *p = PAT(pself(args));
    subj_src src = subject_src(vm, p, a[0]);
    int64_t pos, endpos;
    clamp_bounds(vm, a[1], a[2], src.len, &pos, &endpos);
    sre_state st;
    state_setup(vm, &st, p, &src, pos, endpos);
    sp_val list = sp_list_new(vm, 0);
    while (st.start <= st.end) {
        sp_vm_poll(vm);
        if (!sre_search(&st))
            break;
        sp_val item;
        if (p->groups == 0) {
            item = subject_slice(vm, a[0], &src, st.match_start, st.ptr);
        } else if (p->groups == 1) {
            item = state_group_value(vm, &st, a[0], &src, 1, true);
        } else {
            item = sp_tuple_new(vm, p->groups);
            for (size_t g = 1; g <= p->groups; g++)
                sp_tuple_set(item, g - 1, state_group_value(vm, &st, a[0], &src, g, true));
        }
        sp_list_append(vm, list, item);
        st.must_advance = st.ptr == st.match_start;
        st.start = st.ptr;
    }
    return list;
}

static sp_val scanner_new(sp_vm *vm, sp_val self, sp_vals args, sp_val kw, const char *name)
{
    static const char *const kwlist[] = { "string", "pos", "endpos", NULL };
    sp_val a[3] = { NULL, NULL, NULL };
    sp_parse_args(vm, name, args, kw, kwlist, 1, SP_VALS(a));
    subj_src src = subject_src(vm, PAT(self), a[0]);
    int64_t pos, endpos;
    clamp_bounds(vm, a[1], a[2], src.len, &pos, &endpos);
    scanner_obj *s = (scanner_obj *)sp_alloc(vm, vm->t.sre_scanner, sizeof(scanner_obj));
    s->pattern = self;
    s->string = a[0];
    s->data = src.data;
    s->kind = src.kind;
    s->len = src.len;
    s->pos = pos;
    s->endpos = endpos;
    s->start = (size_t)pos;
    return (sp_val)s;
}

static sp_val pattern_scanner_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    return scanner_new(vm, pself(args), sp_vals_from(args, 1), kw, "scanner");
}

static sp_val pattern_finditer_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = scanner_new(vm, pself(args), sp_vals_from(args, 1), kw, "finditer");
    return sp_calliter_new(vm, sp_getattr_cstr(vm, s, "search"), vm->None);
}

/* sub/subn(repl, string, count=0) */
static sp_val pattern_subx(sp_vm *vm, sp_vals args, sp_val kw, const char *name, bool subn)
{
    static const char *const kwlist[] = { "repl", "string", "count", NULL };
    sp_val a[3] = { NULL, NULL, NULL };
    sp_parse_args(vm, name, sp_vals_from(args, 1), kw, kwlist, 2, SP_VALS(a));
    sp_val self = pself(args);
    sp_val repl = a[0], string = a[1];
    sp_ssize count = a[2] != NULL ? sp_index_ssize(vm, a[2]) : 0;
    sp_val filter;
    bool callable;
    if (sp_callable(vm, repl)) {
        filter = repl;
        callable = true;
    } else {
        /* a template without backslashes is used as it is */
        bool literal;
        sp_cbytes t;
        if (sp_is_str(repl))
            literal = sp_cbytes_findbyte(sp_str_bytes(repl), '\\', 0) < 0;
        else if (sp_bytes_buffer(vm, repl, &t))
            literal = sp_cbytes_findbyte(t, '\\', 0) < 0;
        else
            literal = false;
        if (literal) {
            filter = repl;
            callable = false;
        } else {
            sp_val subx = sp_getattr_cstr(vm, sp_import_cstr(vm, "re"), "_subx");
            filter = sp_call2(vm, subx, self, repl);
            callable = sp_callable(vm, filter);
        }
    }
    pattern_obj *p = PAT(self);
    subj_src src = subject_src(vm, p, string);
    sre_state st;
    state_setup(vm, &st, p, &src, 0, (int64_t)src.len);
    sp_val list = sp_list_new(vm, 0);
    size_t i = 0;
    sp_ssize n = 0;
    while (count == 0 || n < count) {
        sp_vm_poll(vm);
        st.s = subject_load(&src);
        if (st.end > st.s.len)
            st.end = st.s.len;
        if (st.start > st.end || !sre_search(&st))
            break;
        size_t b = st.match_start, e = st.ptr;
        if (i < b)
            sp_list_append(vm, list, subject_slice(vm, string, &src, i, b));
        sp_val item = filter;
        if (callable) {
            sp_val m = match_new(vm, self, string, &st, 0, (int64_t)src.len);
            item = sp_call1(vm, filter, m);
        }
        if (item != vm->None)
            sp_list_append(vm, list, item);
        i = e;
        n++;
        st.must_advance = st.ptr == st.match_start;
        st.start = st.ptr;
    }
    if (i < st.end)
        sp_list_append(vm, list, subject_slice(vm, string, &src, i, st.end));
    sp_val joiner = subject_slice(vm, string, &src, 0, 0);
    sp_val result = sp_list_len(list) == 0 ? joiner
                  : sp_call1(vm, sp_getattr_cstr(vm, joiner, "join"), list);
    if (subn)
        return sp_tuple_pack2(vm, result, sp_cont_i64(vm, n));
    return result;
}

static sp_val pattern_sub_m(sp_vm *vm, sp_vals a, sp_val k) { return pattern_subx(vm, a, k, "sub", false); }
static sp_val pattern_subn_m(sp_vm *vm, sp_vals a, sp_val k) { return pattern_subx(vm, a, k, "subn", true); }

static sp_val pattern_split_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "string", "maxsplit", NULL };
    sp_val a[2] = { NULL, NULL };
    sp_parse_args(vm, "split", sp_vals_from(args, 1), kw, kwlist, 1, SP_VALS(a));
    pattern_obj *p = PAT(pself(args));
    sp_val string = a[0];
    sp_ssize maxsplit = a[1] != NULL ? sp_index_ssize(vm, a[1]) : 0;
    subj_src src = subject_src(vm, p, string);
    sre_state st;
    state_setup(vm, &st, p, &src, 0, (int64_t)src.len);
    sp_val list = sp_list_new(vm, 0);
    size_t last = 0;
    sp_ssize n = 0;
    while (maxsplit == 0 || n < maxsplit) {
        sp_vm_poll(vm);
        if (!sre_search(&st))
            break;
        sp_list_append(vm, list, subject_slice(vm, string, &src, last, st.match_start));
        for (size_t g = 1; g <= p->groups; g++)
            sp_list_append(vm, list, state_group_value(vm, &st, string, &src, g, false));
        n++;
        st.must_advance = st.ptr == st.match_start;
        last = st.start = st.ptr;
    }
    sp_list_append(vm, list, subject_slice(vm, string, &src, last, st.end));
    return list;
}

static sp_val pattern_copy_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cont_noargs(vm, args, kw, "re.Pattern.__copy__");
    return pself(args);
}

static sp_val pattern_deepcopy_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cont_onearg(vm, args, kw, "re.Pattern.__deepcopy__");
    return pself(args);
}

/* The names of the flag bits 0..8, in CPython's repr order. */
static const char *flag_name(int bit)
{
    switch (bit) {
    case 0: return "re.TEMPLATE";
    case 1: return "re.IGNORECASE";
    case 2: return "re.LOCALE";
    case 3: return "re.MULTILINE";
    case 4: return "re.DOTALL";
    case 5: return "re.UNICODE";
    case 6: return "re.VERBOSE";
    case 7: return "re.DEBUG";
    default: return "re.ASCII";
    }
}

static sp_val pattern_repr_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    pattern_obj *p = PAT(pself(args));
    int64_t flags = p->flags;
    /* re.UNICODE is the default for str patterns: not shown */
    if (p->isbytes == 0 && (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | 256)) == SRE_FLAG_UNICODE)
        flags &= ~(int64_t)SRE_FLAG_UNICODE;
    sp_val pr = repr_cut(vm, p->pattern, 200);
    if (flags == 0)
        return sp_str_fmt(vm, "re.compile(%U)", pr);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 64);
    sp_strbuf_add_cstr(vm, &b, "re.compile(");
    sp_strbuf_add_str(vm, &b, pr);
    sp_strbuf_add_cstr(vm, &b, ", ");
    bool first = true;
    for (int bit = 0; bit < 9; bit++) {
        int64_t v = (int64_t)1 << bit;
        if (flags & v) {
            if (!first)
                sp_strbuf_add_cstr(vm, &b, "|");
            sp_strbuf_add_cstr(vm, &b, flag_name(bit));
            first = false;
            flags &= ~v;
        }
    }
    if (flags != 0) {
        if (!first)
            sp_strbuf_add_cstr(vm, &b, "|");
        sp_strbuf_add_str(vm, &b, sp_str_fmt(vm, "0x%U", sp_int_to_str(vm, sp_int_from_i64(vm, flags), 16)));
    }
    sp_strbuf_add_cstr(vm, &b, ")");
    return sp_strbuf_finish(vm, &b);
}

static bool pattern_equal(sp_vm *vm, pattern_obj *a, pattern_obj *b)
{
    if (a == b)
        return true;
    if (a->flags != b->flags || a->isbytes != b->isbytes || a->codelen != b->codelen)
        return false;
    sp_u32s ca = pattern_code(a), cb = pattern_code(b);
    for (size_t i = 0; i < a->codelen; i++)
        if (sp_u32s_get(ca, i) != sp_u32s_get(cb, i))
            return false;
    return sp_eq(vm, a->pattern, b->pattern);
}

static sp_val pattern_cmp(sp_vm *vm, sp_vals args, bool eq)
{
    sp_val a = pself(args), b = sp_vals_get(args, 1);
    if (!sp_is_ptr(b) || b->type->def != &sp_sre_pattern_def)
        return vm->NotImplemented;
    return sp_bool(vm, pattern_equal(vm, PAT(a), PAT(b)) == eq);
}

static sp_val pattern_eq_m(sp_vm *vm, sp_vals a, sp_val k) { return pattern_cmp(vm, a, true); }
static sp_val pattern_ne_m(sp_vm *vm, sp_vals a, sp_val k) { return pattern_cmp(vm, a, false); }

static sp_val pattern_hash_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    pattern_obj *p = PAT(pself(args));
    uint64_t h = (uint64_t)sp_hash(vm, p->pattern);
    sp_u32s c = pattern_code(p);
    uint64_t hc = 1469598103934665603ull;
    for (size_t i = 0; i < p->codelen; i++)
        hc = (hc ^ sp_u32s_get(c, i)) * 1099511628211ull;
    h ^= hc ^ (uint64_t)p->flags ^ (uint64_t)(int64_t)p->isbytes ^ (uint64_t)p->codelen;
    int64_t r = (int64_t)(h >> 2);
    if (r == -1)
        r = -2;
    return sp_cont_i64(vm, r);
}

/* As CPython, with the type's full name. */
static sp_val pattern_new_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_raise_fmt(vm, vm->e.TypeError, "cannot create 're.Pattern' instances");
}

static sp_val match_new_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_raise_fmt(vm, vm->e.TypeError, "cannot create 're.Match' instances");
}

static const sp_methoddef pattern_methods[] = {
    { "__new__", pattern_new_m, SP_METH_STATIC, NULL },
    { "match", pattern_match_m, 0, NULL },
    { "fullmatch", pattern_fullmatch_m, 0, NULL },
    { "search", pattern_search_m, 0, NULL },
    { "findall", pattern_findall_m, 0, NULL },
    { "finditer", pattern_finditer_m, 0, NULL },
    { "scanner", pattern_scanner_m, 0, NULL },
    { "sub", pattern_sub_m, 0, NULL },
    { "subn", pattern_subn_m, 0, NULL },
    { "split", pattern_split_m, 0, NULL },
    { "__copy__", pattern_copy_m, 0, NULL },
    { "__deepcopy__", pattern_deepcopy_m, 0, NULL },
    { "__repr__", pattern_repr_m, 0, NULL },
    { "__eq__", pattern_eq_m, 0, NULL },
    { "__ne__", pattern_ne_m, 0, NULL },
    { "__hash__", pattern_hash_m, 0, NULL },
    { "__class_getitem__", sp_cont_class_getitem, SP_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static sp_val pattern_pattern_get(sp_vm *vm, sp_val self) { return PAT(self)->pattern; }
static sp_val pattern_flags_get(sp_vm *vm, sp_val self) { return sp_cont_i64(vm, PAT(self)->flags); }
static sp_val pattern_groups_get(sp_vm *vm, sp_val self) { return sp_cont_size(vm, PAT(self)->groups); }

static sp_val pattern_groupindex_get(sp_vm *vm, sp_val self)
{
    pattern_obj *p = PAT(self);
    if (p->groupindex == NULL)
        return sp_dict_new(vm);
    return sp_call1(vm, (sp_val)vm->t.mappingproxy, p->groupindex);
}

static const sp_getsetdef pattern_getsets[] = {
    { "pattern", pattern_pattern_get, NULL, NULL },
    { "flags", pattern_flags_get, NULL, NULL },
    { "groups", pattern_groups_get, NULL, NULL },
    { "groupindex", pattern_groupindex_get, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_sre_pattern_def = {
    .name = "re.Pattern",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(pattern_obj),
    .trace = pattern_trace,
    .methods = pattern_methods,
    .getsets = pattern_getsets,
    .flags = SP_TF_WEAKREFS,
    .doc = "Compiled regular expression object.",
};

/* ---- the scanner ------------------------------------------------------------------------*/

static sp_val scanner_step(sp_vm *vm, sp_vals args, sp_val kw, bool search)
{
    if (args.len != 1 || (kw != NULL && sp_tuple_len(kw) > 0))
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no arguments", search ? "search" : "match");
    sp_val self = sp_vals_get(args, 0);
    scanner_obj *s = SCN(self);
    if (s->done)
        return vm->None;
    pattern_obj *p = PAT(s->pattern);
    subj_src src = { s->data, s->kind, s->len, s->kind == SUBJ_BYTES };
    sre_state st;
    state_setup(vm, &st, p, &src, s->pos, s->endpos);
    s = SCN(self);
    if (s->start > st.s.len) {
        s->done = true;
        return vm->None;
    }
    st.start = s->start;
    st.must_advance = s->must_advance;
    bool found = search ? sre_search(&st) : sre_match(&st);
    s = SCN(self);
    if (!found) {
        s->done = true;
        return vm->None;
    }
    sp_val m = match_new(vm, s->pattern, s->string, &st, s->pos, s->endpos);
    s = SCN(self);
    s->must_advance = st.ptr == st.match_start;
    s->start = st.ptr;
    return m;
}

static sp_val scanner_match_m(sp_vm *vm, sp_vals a, sp_val k) { return scanner_step(vm, a, k, false); }
static sp_val scanner_search_m(sp_vm *vm, sp_vals a, sp_val k) { return scanner_step(vm, a, k, true); }
static sp_val scanner_pattern_get(sp_vm *vm, sp_val self) { return SCN(self)->pattern; }

static const sp_methoddef scanner_methods[] = {
    { "match", scanner_match_m, 0, NULL },
    { "search", scanner_search_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef scanner_getsets[] = {
    { "pattern", scanner_pattern_get, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_sre_scanner_def = {
    .name = "_sre.SRE_Scanner",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(scanner_obj),
    .trace = scanner_trace,
    .methods = scanner_methods,
    .getsets = scanner_getsets,
    .flags = SP_TF_NOINSTANCE,
};

/* ---- module functions ---------------------------------------------------------------------*/

/* compile(pattern, flags, code, groups, groupindex, indexgroup) */
static sp_val sre_compile_f(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "pattern", "flags", "code", "groups", "groupindex", "indexgroup", NULL };
    sp_val a[6] = { NULL, NULL, NULL, NULL, NULL, NULL };
    sp_parse_args(vm, "compile", args, kw, kwlist, 6, SP_VALS(a));
    sp_val pattern = a[0];
    int64_t flags = sp_index_ssize(vm, a[1]);
    if (!sp_is_list(a[2]))
        sp_raise_fmt(vm, vm->e.TypeError, "compile() argument 'code' must be list, not %s", sp_argtype_name(vm, a[2]));
    sp_ssize groups = sp_index_ssize(vm, a[3]);
    if (!sp_is_dict(a[4]))
        sp_raise_fmt(vm, vm->e.TypeError, "compile() argument 'groupindex' must be dict, not %s", sp_argtype_name(vm, a[4]));
    if (!sp_is_tuple(a[5]))
        sp_raise_fmt(vm, vm->e.TypeError, "compile() argument 'indexgroup' must be tuple, not %s", sp_argtype_name(vm, a[5]));
    if (groups < 0 || groups > SRE_MAXGROUPS)
        sp_raise_fmt(vm, vm->e.RuntimeError, "invalid SRE code");
    size_t n = sp_list_len(a[2]);
    if (n > 0x7FFFFFFF)
        sp_raise_fmt(vm, vm->e.OverflowError, "regular expression code size limit exceeded");
    sp_rawbuf *cb = sp_rawbuf_new(vm, sp_size_mul_or_raise(vm, n == 0 ? 1 : n, 4));
    for (size_t i = 0; i < n && i < sp_list_len(a[2]); i++) {
        sp_val w = sp_list_get(a[2], i);
        int64_t x;
        if (!sp_is_int(w) || !sp_int_to_i64(w, &x) || x < 0 || x > 0xFFFFFFFF)
            sp_raise_fmt(vm, vm->e.OverflowError, "regular expression code size limit exceeded");
        sp_u32s_set(sre_rawbuf_u32s(cb), i, (uint32_t)x);
    }
    if (n > sp_list_len(a[2]))
        n = sp_list_len(a[2]);
    int isbytes = -1;
    if (pattern != vm->None) {
        sp_cbytes d;
        if (sp_is_str(pattern))
            isbytes = 0;
        else if (sp_bytes_buffer(vm, pattern, &d))
            isbytes = 1;
        else
            sp_raise_fmt(vm, vm->e.TypeError, "expected string or bytes-like object, got '%T'", pattern);
    }
    sp_u32s code = sp_u32s_sub(sre_rawbuf_u32s(cb), 0, n);
    sp_rawbuf *fast = sre_build_fast(vm, code, (size_t)groups);
    pattern_obj *p = (pattern_obj *)sp_alloc(vm, vm->t.sre_pattern, sizeof(pattern_obj));
    p->pattern = pattern;
    p->code = (sp_val)cb;
    p->codelen = n;
    p->flags = flags;
    p->groups = (size_t)groups;
    p->groupindex = sp_dict_len(a[4]) > 0 ? sp_dict_copy(vm, a[4]) : NULL;
    p->indexgroup = a[5];
    p->isbytes = isbytes;
    p->fast = (sp_val)fast;
    return (sp_val)p;
}

static uint32_t char_arg(sp_vm *vm, sp_vals args, sp_val kw, const char *name)
{
    static const char *const kwlist[] = { "character", NULL };
    sp_val a[1] = { NULL };
    sp_parse_args(vm, name, args, kw, kwlist, 1, SP_VALS(a));
    if (!sp_is_int(a[0]))
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object cannot be interpreted as an integer", a[0]);
    int64_t x;
    if (!sp_int_to_i64(a[0], &x) || x < INT32_MIN || x > INT32_MAX)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C int");
    return (uint32_t)x;
}

static sp_val sre_ascii_iscased_f(sp_vm *vm, sp_vals args, sp_val kw)
{
    uint32_t ch = char_arg(vm, args, kw, "ascii_iscased");
    return sp_bool(vm, ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')));
}

static sp_val sre_unicode_iscased_f(sp_vm *vm, sp_vals args, sp_val kw)
{
    uint32_t ch = char_arg(vm, args, kw, "unicode_iscased");
    return sp_bool(vm, ch != sre_lower_unicode(ch) || ch != sre_upper_unicode(ch));
}

static sp_val sre_ascii_tolower_f(sp_vm *vm, sp_vals args, sp_val kw)
{
    uint32_t ch = char_arg(vm, args, kw, "ascii_tolower");
    return sp_cont_i64(vm, (int32_t)sre_lower_ascii(ch));
}

static sp_val sre_unicode_tolower_f(sp_vm *vm, sp_vals args, sp_val kw)
{
    uint32_t ch = char_arg(vm, args, kw, "unicode_tolower");
    return sp_cont_i64(vm, (int32_t)sre_lower_unicode(ch));
}

static sp_val sre_getcodesize_f(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "getcodesize", args, kw, 0, 0);
    return sp_small(4);
}

static const sp_methoddef sre_functions[] = {
    { "compile", sre_compile_f, 0, NULL },
    { "getcodesize", sre_getcodesize_f, 0, NULL },
    { "ascii_iscased", sre_ascii_iscased_f, 0, NULL },
    { "unicode_iscased", sre_unicode_iscased_f, 0, NULL },
    { "ascii_tolower", sre_ascii_tolower_f, 0, NULL },
    { "unicode_tolower", sre_unicode_tolower_f, 0, NULL },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_sre(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_sre"));
    sp_module_add_methods(vm, m, sre_functions);
    sp_module_add(vm, m, "MAGIC", sp_small(SRE_MAGIC));
    sp_module_add(vm, m, "CODESIZE", sp_small(4));
    sp_module_add(vm, m, "MAXREPEAT", sp_cont_i64(vm, SRE_MAXREPEAT));
    sp_module_add(vm, m, "MAXGROUPS", sp_cont_i64(vm, SRE_MAXGROUPS));
    return m;
}

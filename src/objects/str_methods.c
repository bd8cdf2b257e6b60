/* str methods other than the core dunders (those are in str.c):
 * searching, splitting, stripping, case mapping, predicates, padding,
 * translate, encode.  Indices seen by Python are code point indices; the
 * work is done on the UTF-8 bytes (UTF-8 is self-synchronising, so a byte
 * match of valid UTF-8 is a character match) and converted at the edges. */
#include "str_internal.h"

/* ------------------------------------------------------------------------
 * Argument helpers
 * --------------------------------------------------------------------- */
static sp_val self_of(sp_vm *vm, sp_vals args, const char *name)
{
    sp_val s = sp_vals_get(args, 0);
    if (!sp_is_str(s))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%T' object", name, s);
    return s;
}

/* The arguments after self, checked for count.  fname follows CPython's
 * wording per kind of method: "str.name" for the no-argument and
 * one-argument methods, "name" for the others. */
static sp_vals rest(sp_vm *vm, sp_vals args, sp_val kw, const char *fname, size_t min, size_t max)
{
    sp_vals r = sp_vals_from(args, 1);
    sp_check_nargs(vm, fname, r, kw, min, max);
    return r;
}

/* Clinic's positional-only wording: "str.NAME() takes no keyword arguments"
 * but "NAME expected at most 2 arguments, got 5". */
static sp_vals rest_pos(sp_vm *vm, sp_vals args, sp_val kw, const char *kwname, const char *fname, size_t min,
                        size_t max)
{
    sp_no_kwargs(vm, kwname, kw);
    return rest(vm, args, kw, fname, min, max);
}

/* The find family's older wording: "find() takes at least 1 argument (0 given)". */
static sp_vals rest_find(sp_vm *vm, sp_vals args, sp_val kw, const char *name)
{
    sp_vals r = sp_vals_from(args, 1);
    if (kw && sp_tuple_len(kw) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "str.%s() takes no keyword arguments", name);
    if (r.len < 1)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes at least 1 argument (0 given)", name);
    if (r.len > 3)
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes at most 3 arguments (%zu given)", name, r.len);
    return r;
}

static sp_val opt(sp_vals a, size_t i)
{
    return i < a.len ? sp_vals_get(a, i) : NULL;
}

static sp_val empty(sp_vm *vm)
{
    return sp_str_new(vm, (sp_cbytes){ NULL, 0 });
}

static bool is_none(sp_vm *vm, sp_val v)
{
    return v == NULL || v == vm->None;
}

sp_ssize sp_str_arg_ssize(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v))
        return (sp_ssize)sp_small_get(v);
    sp_val r = sp_index(vm, v);
    int64_t n;
    if (!sp_int_to_i64(r, &n) || n > (int64_t)PTRDIFF_MAX || n < (int64_t)PTRDIFF_MIN)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C ssize_t");
    return (sp_ssize)n;
}

int sp_str_arg_int(sp_vm *vm, sp_val v)
{
    sp_val r = sp_index(vm, v);
    int64_t n;
    if (!sp_int_to_i64(r, &n) || n > INT32_MAX || n < INT32_MIN)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C int");
    return (int)n;
}

/* A slice-style index argument (None allowed) normalised against len. */
static sp_ssize range_arg(sp_vm *vm, sp_val v, size_t len, sp_ssize dflt)
{
    if (is_none(vm, v))
        return dflt;
    if (!sp_is_int(v) && !sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__))
        sp_raise_fmt(vm, vm->e.TypeError, "slice indices must be integers or None or have an __index__ method");
    sp_ssize i = sp_index_clamped(vm, v);
    if (i < 0) {
        i += (sp_ssize)len;
        if (i < 0)
            i = 0;
    }
    return i;
}

/* start/end as CPython's find family takes them: *s may exceed len (then
 * nothing is found), *e is clamped to len. */
void sp_adjust_range(sp_vm *vm, sp_val start, sp_val end, size_t len, size_t *s, size_t *e)
{
    sp_ssize a = range_arg(vm, start, len, 0);
    sp_ssize b = range_arg(vm, end, len, (sp_ssize)len);
    if ((size_t)b > len)
        b = (sp_ssize)len;
    *s = (size_t)a;
    *e = (size_t)b;
}

/* Code point index of byte offset off. */
static size_t cp_index(sp_val s, size_t off)
{
    sp_str_obj *o = sp_as_str(s);
    if (o->ascii)
        return off;
    sp_cbytes d = sp_str_bytes(s);
    size_t n = 0;
    for (size_t i = 0; i < off; i++)
        if ((sp_cbytes_get(d, i) & 0xC0u) != 0x80u)
            n++;
    return n;
}

/* ---- byte searching ----------------------------------------------------*/
/* First occurrence of needle in hay[from:to], or -1. */
sp_ssize sp_bfind(sp_cbytes hay, sp_cbytes needle, size_t from, size_t to)
{
    if (to > hay.len)
        to = hay.len;
    if (from > to)
        return -1;
    sp_cbytes h = sp_cbytes_sub(hay, 0, to);
    size_t m = needle.len;
    if (m == 1 && to - from <= 32) {
        /* one byte in a short range (name.find("9")): a plain loop costs
         * less than the call to memchr */
        uint8_t c = sp_cbytes_get(needle, 0);
        for (size_t i = from; i < to; i++)
            if (sp_cbytes_get(h, i) == c)
                return (sp_ssize)i;
        return -1;
    }
    if (m >= 2 && m <= 8) {
        /* A short needle: memchr to each occurrence of its first byte,
         * then compare (at most 8 bytes per position: linear), which
         * needs none of memmem's setup per call. */
        uint8_t first = sp_cbytes_get(needle, 0);
        sp_cbytes rest = sp_cbytes_from(needle, 1);
        size_t pos = from;
        while (pos + m <= to) {
            sp_ssize r = sp_cbytes_findbyte(h, first, pos);
            if (r < 0 || (size_t)r + m > to)
                return -1;
            if (sp_cbytes_eq(sp_cbytes_sub(h, (size_t)r + 1, m - 1), rest))
                return r;
            pos = (size_t)r + 1;
        }
        return -1;
    }
    return sp_cbytes_find(h, needle, from);
}

/* Last occurrence of needle in hay[from:to], or -1. */
sp_ssize sp_brfind(sp_cbytes hay, sp_cbytes needle, size_t from, size_t to)
{
    if (to > hay.len)
        to = hay.len;
    if (from > to)
        return -1;
    sp_ssize r = sp_cbytes_rfind(sp_cbytes_sub(hay, from, to - from), needle, to - from);
    return r < 0 ? -1 : r + (sp_ssize)from;
}

/* fmt has one %s: the argument's type name (None shown as "None" when
 * clinic is true, as Argument Clinic's messages do). */
static sp_val str_arg(sp_vm *vm, sp_val v, const char *fmt)
{
    if (!sp_is_str(v))
        sp_raise_fmt(vm, vm->e.TypeError, fmt, sp_type_name(sp_type_of(vm, v)));
    return v;
}

static sp_val str_arg_clinic(sp_vm *vm, sp_val v, const char *fmt)
{
    if (!sp_is_str(v))
        sp_raise_fmt(vm, vm->e.TypeError, fmt, sp_argtype_name(vm, v));
    return v;
}

/* ------------------------------------------------------------------------
 * find / rfind / index / rindex / count
 * --------------------------------------------------------------------- */
/* Returns the code point index of the match or -1. */
static sp_ssize find_impl(sp_vm *vm, sp_vals args, sp_val kw, const char *name, const char *fname, bool reverse)
{
    sp_val s = self_of(vm, args, name);
    sp_vals a = rest_find(vm, args, kw, name);
    (void)fname;
    if (a.len == 1) {
        /* no start/end: the whole str */
        sp_val sub = str_arg(vm, sp_vals_get(a, 0), "must be str, not %s");
        sp_cbytes hay = sp_str_bytes(s), sb = sp_str_bytes(sub);
        sp_ssize r = reverse ? sp_brfind(hay, sb, 0, hay.len) : sp_bfind(hay, sb, 0, hay.len);
        return r < 0 ? -1 : (sp_ssize)cp_index(s, (size_t)r);
    }
    /* CPython converts start/end before it looks at sub's type. */
    size_t len = sp_str_len(s), st, en;
    sp_adjust_range(vm, opt(a, 1), opt(a, 2), len, &st, &en);
    sp_val sub = str_arg(vm, sp_vals_get(a, 0), "must be str, not %s");
    if (st > en)
        return -1;
    size_t bs = sp_str_offset(vm, s, st), be = sp_str_offset(vm, s, en);
    sp_ssize r = reverse ? sp_brfind(sp_str_bytes(s), sp_str_bytes(sub), bs, be)
                         : sp_bfind(sp_str_bytes(s), sp_str_bytes(sub), bs, be);
    if (r < 0)
        return -1;
    return (sp_ssize)cp_index(s, (size_t)r);
}

sp_val sp_strm_find(sp_vm *vm, sp_vals args, sp_val kw)
{
    return sp_int_from_i64(vm, find_impl(vm, args, kw, "find", "str.find", false));
}

sp_val sp_strm_rfind(sp_vm *vm, sp_vals args, sp_val kw)
{
    return sp_int_from_i64(vm, find_impl(vm, args, kw, "rfind", "str.rfind", true));
}

sp_val sp_strm_index(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_ssize r = find_impl(vm, args, kw, "index", "index", false);
    if (r < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "substring not found");
    return sp_int_from_i64(vm, r);
}

sp_val sp_strm_rindex(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_ssize r = find_impl(vm, args, kw, "rindex", "rindex", true);
    if (r < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "substring not found");
    return sp_int_from_i64(vm, r);
}

sp_val sp_strm_count(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "count");
    sp_vals a = rest_find(vm, args, kw, "count");
    /* CPython converts start/end before it looks at sub's type. */
    size_t len = sp_str_len(s), st, en;
    sp_adjust_range(vm, opt(a, 1), opt(a, 2), len, &st, &en);
    sp_val sub = str_arg(vm, sp_vals_get(a, 0), "must be str, not %s");
    if (st > en)
        return sp_small(0);
    sp_cbytes needle = sp_str_bytes(sub);
    if (needle.len == 0)
        return sp_int_from_size(vm, en - st + 1);
    size_t bs = sp_str_offset(vm, s, st), be = sp_str_offset(vm, s, en);
    size_t n = 0;
    sp_cbytes hay = sp_str_bytes(s);
    if (needle.len == 1) {
        /* One ASCII byte: it can't occur inside a multi-byte sequence, so
         * the bytes are counted directly, in one pass. */
        uint8_t c = sp_cbytes_get(needle, 0);
        for (size_t i = bs; i < be; i++)
            n += sp_cbytes_get(hay, i) == c;
        return sp_int_from_size(vm, n);
    }
    for (;;) {
        sp_ssize r = sp_bfind(hay, needle, bs, be);
        if (r < 0)
            break;
        n++;
        bs = (size_t)r + needle.len;
    }
    return sp_int_from_size(vm, n);
}

/* ------------------------------------------------------------------------
 * startswith / endswith
 * --------------------------------------------------------------------- */
static sp_val starts_ends(sp_vm *vm, sp_vals args, sp_val kw, bool ends)
{
    const char *name = ends ? "endswith" : "startswith";
    sp_val s = self_of(vm, args, name);
    sp_vals a = rest_find(vm, args, kw, name);
    sp_val pre = sp_vals_get(a, 0);
    if (a.len == 1 && sp_is_str(pre)) {
        /* no start/end: the prefix or suffix bytes of the whole str */
        sp_cbytes hay = sp_str_bytes(s), cb = sp_str_bytes(pre);
        if (cb.len > hay.len)
            return vm->False;
        return sp_bool(vm, sp_cbytes_eq(sp_cbytes_sub(hay, ends ? hay.len - cb.len : 0, cb.len), cb));
    }
    size_t len = sp_str_len(s), st, en;
    sp_adjust_range(vm, opt(a, 1), opt(a, 2), len, &st, &en);
    if (!sp_is_tuple(pre) && !sp_is_str(pre))
        sp_raise_fmt(vm, vm->e.TypeError, "%s first arg must be str or a tuple of str, not %T", name, pre);
    /* A tuple is checked item by item, as CPython does: a match before a
     * bad item wins. */
    size_t ncand = sp_is_tuple(pre) ? sp_tuple_len(pre) : 1;
    for (size_t i = 0; i < ncand; i++) {
        sp_val c = sp_is_tuple(pre) ? sp_tuple_get(pre, i) : pre;
        if (!sp_is_str(c))
            sp_raise_fmt(vm, vm->e.TypeError, "tuple for %s must only contain str, not %T", name, c);
        if (st > len || en < st)
            continue;
        size_t bs = sp_str_offset(vm, s, st), be = sp_str_offset(vm, s, en);
        sp_cbytes hay = sp_str_bytes(s), cb = sp_str_bytes(c);
        if (cb.len > be - bs)
            continue;
        size_t at = ends ? be - cb.len : bs;
        if (sp_cbytes_eq(sp_cbytes_sub(hay, at, cb.len), cb))
            return vm->True;
    }
    return vm->False;
}

sp_val sp_strm_startswith(sp_vm *vm, sp_vals args, sp_val kw) { return starts_ends(vm, args, kw, false); }
sp_val sp_strm_endswith(sp_vm *vm, sp_vals args, sp_val kw) { return starts_ends(vm, args, kw, true); }

/* ------------------------------------------------------------------------
 * split / rsplit / splitlines / partition / rpartition
 * --------------------------------------------------------------------- */
static sp_ssize maxsplit_arg(sp_vm *vm, sp_val v)
{
    if (v == NULL)
        return -1;
    return sp_str_arg_ssize(vm, v);
}

/* CPython's storage width of a str: 1 (all below U+0100), 2 or 4. */
static int str_kind(sp_val s)
{
    sp_cbytes d = sp_str_bytes(s);
    if (d.len == sp_str_len(s))
        return 1;
    return (int)sp_u8_kind(d);
}

/* CPython's split/rsplit give [self] -- a subclass instance itself --
 * when the separator is stored wider than self (it can't occur in it). */
static bool split_wider_sep(sp_vm *vm, sp_val s, sp_val sep)
{
    return sep && !sp_is_exact(vm, s, vm->t.str) && str_kind(sep) > str_kind(s);
}

static void split_args(sp_vm *vm, sp_vals args, sp_val kw, const char *fname, sp_val *sep, sp_ssize *maxsplit)
{
    static const char *const kwlist[] = { "sep", "maxsplit", NULL };
    sp_val a[2] = { NULL, NULL };
    if ((kw == NULL || sp_tuple_len(kw) == 0) && args.len <= 3) {
        /* positional only (the usual s.split(":")): no keyword matching */
        a[0] = opt(args, 1);
        a[1] = opt(args, 2);
    } else {
        sp_parse_args(vm, fname, sp_vals_from(args, 1), kw, kwlist, 0, SP_VALS(a));
    }
    /* maxsplit is converted first (CPython's argument parsing), sep is
     * checked after. */
    *maxsplit = maxsplit_arg(vm, a[1]);
    *sep = is_none(vm, a[0]) ? NULL : a[0];
    if (*sep && !sp_is_str(*sep))
        sp_raise_fmt(vm, vm->e.TypeError, "must be str or None, not %T", *sep);
    if (*sep && sp_str_bytes(*sep).len == 0)
        sp_raise_fmt(vm, vm->e.ValueError, "empty separator");
}

/* The next sep at or after pos, or -1.  A single-byte separator in a
 * short rest is looked for byte by byte: cheaper than a call to memchr
 * for the usual field of a few bytes. */
static sp_ssize find_sep(sp_cbytes d, sp_cbytes sb, size_t pos)
{
    if (sb.len == 1 && pos <= d.len && d.len - pos <= 32) {
        uint8_t c = sp_cbytes_get(sb, 0);
        for (size_t i = pos; i < d.len; i++)
            if (sp_cbytes_get(d, i) == c)
                return (sp_ssize)i;
        return -1;
    }
    return sp_cbytes_find(d, sb, pos);
}

/* Offsets of the separators split uses (at most maxsplit of them when
 * maxsplit >= 0), the first at.len of them stored in at; returns their
 * number. */
#define SPLIT_KEEP 16u
static size_t find_seps(sp_cbytes d, sp_cbytes sb, sp_ssize maxsplit, sp_sizes at)
{
    size_t n = 0, pos = 0;
    for (sp_ssize left = maxsplit; left != 0; left -= left > 0) {
        sp_ssize r = find_sep(d, sb, pos);
        if (r < 0)
            break;
        if (n < at.len)
            sp_sizes_set(at, n, (size_t)r);
        n++;
        pos = (size_t)r + sb.len;
    }
    return n;
}

sp_val sp_strm_split(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "split"), sep;
    sp_ssize maxsplit;
    split_args(vm, args, kw, "split", &sep, &maxsplit);
    if (split_wider_sep(vm, s, sep))
        return sp_list_from(vm, SP_ONE(sp_vals, s));
    sp_cbytes d = sp_str_bytes(s);
    size_t pos = 0;
    if (sep) {
        sp_cbytes sb = sp_str_bytes(sep);
        /* One pass finds the separators, keeping the first SPLIT_KEEP
         * offsets, so the list is made at its size; only a str with more
         * pieces than that is searched a second time. */
        size_t at[SPLIT_KEEP];
        size_t nsep = find_seps(d, sb, maxsplit, SP_ARRAY_SPAN(sp_sizes, at));
        sp_val out = sp_list_new(vm, nsep + 1);
        d = sp_str_bytes(s);   /* s is immutable and alive: the same bytes */
        for (size_t k = 0; k < nsep; k++) {
            sp_ssize r = k < SPLIT_KEEP ? (sp_ssize)sp_sizes_get(SP_ARRAY_SPAN(sp_sizes, at), k) : find_sep(d, sb, pos);
            if (r < 0)
                sp_trap("str.split: separator count changed");
            sp_list_append(vm, out, sp_str_from_range(vm, s, pos, (size_t)r - pos));
            pos = (size_t)r + sb.len;
        }
        sp_list_append(vm, out, sp_str_from_range(vm, s, pos, d.len - pos));
        return out;
    }
    sp_val out = sp_list_new(vm, 0);
    bool ascii = d.len == sp_str_len(s);
    /* Runs of whitespace separate; leading/trailing whitespace is dropped. */
    for (;;) {
        size_t p = pos;
        while (p < d.len) {
            size_t q = p;
            if (ascii ? !sp_ascii_isspace(sp_cbytes_get(d, p)) : !sp_uc_isspace(sp_u8_next(d, &q)))
                break;
            p = ascii ? p + 1 : q;
        }
        pos = p;
        if (pos >= d.len)
            break;
        if (maxsplit == 0) {
            /* The rest, with its trailing whitespace kept. */
            sp_list_append(vm, out, sp_str_from_range(vm, s, pos, d.len - pos));
            break;
        }
        size_t start = pos;
        while (p < d.len) {
            size_t q = p;
            if (ascii ? sp_ascii_isspace(sp_cbytes_get(d, p)) : sp_uc_isspace(sp_u8_next(d, &q)))
                break;
            p = ascii ? p + 1 : q;
        }
        sp_list_append(vm, out, sp_str_from_range(vm, s, start, p - start));
        pos = p;
        if (maxsplit > 0)
            maxsplit--;
    }
    return out;
}

static void list_reverse(sp_val l)
{
    sp_vals it = sp_list_items(l);
    for (size_t i = 0, j = it.len; i + 1 < j; i++, j--) {
        sp_val t = sp_vals_get(it, i);
        sp_vals_set(it, i, sp_vals_get(it, j - 1));
        sp_vals_set(it, j - 1, t);
    }
}

sp_val sp_strm_rsplit(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "rsplit"), sep;
    sp_ssize maxsplit;
    split_args(vm, args, kw, "rsplit", &sep, &maxsplit);
    if (split_wider_sep(vm, s, sep))
        return sp_list_from(vm, SP_ONE(sp_vals, s));
    sp_val out = sp_list_new(vm, 0);
    sp_cbytes d = sp_str_bytes(s);
    size_t end = d.len;
    if (sep) {
        sp_cbytes sb = sp_str_bytes(sep);
        while (maxsplit != 0) {
            sp_ssize r = sp_brfind(d, sb, 0, end);
            if (r < 0)
                break;
            size_t after = (size_t)r + sb.len;
            sp_list_append(vm, out, sp_str_from_range(vm, s, after, end - after));
            end = (size_t)r;
            if (maxsplit > 0)
                maxsplit--;
        }
        sp_list_append(vm, out, sp_str_from_range(vm, s, 0, end));
        list_reverse(out);
        return out;
    }
    for (;;) {
        size_t p = end;
        while (p > 0) {
            size_t q = p;
            if (!sp_uc_isspace(sp_u8_prev(d, &q)))
                break;
            p = q;
        }
        end = p;
        if (end == 0)
            break;
        if (maxsplit == 0) {
            sp_list_append(vm, out, sp_str_from_range(vm, s, 0, end));
            break;
        }
        while (p > 0) {
            size_t q = p;
            if (sp_uc_isspace(sp_u8_prev(d, &q)))
                break;
            p = q;
        }
        sp_list_append(vm, out, sp_str_from_range(vm, s, p, end - p));
        end = p;
        if (maxsplit > 0)
            maxsplit--;
    }
    list_reverse(out);
    return out;
}

sp_val sp_strm_splitlines(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "keepends", NULL };
    sp_val s = self_of(vm, args, "splitlines");
    sp_val a[1] = { NULL };
    sp_parse_args(vm, "splitlines", sp_vals_from(args, 1), kw, kwlist, 0, SP_VALS(a));
    /* keepends is converted as a C int (so None and "yes" are refused). */
    bool keep = a[0] ? sp_str_arg_int(vm, a[0]) != 0 : false;
    sp_val out = sp_list_new(vm, 0);
    sp_cbytes d = sp_str_bytes(s);
    size_t pos = 0, start = 0;
    while (pos < d.len) {
        size_t at = pos;
        uint32_t cp = sp_u8_next(d, &pos);
        if (!sp_uc_islinebreak(cp))
            continue;
        size_t eol = pos;
        if (cp == '\r' && pos < d.len && sp_cbytes_get(d, pos) == '\n')
            eol = ++pos;
        sp_list_append(vm, out, sp_str_from_range(vm, s, start, (keep ? eol : at) - start));
        start = pos;
    }
    if (start < d.len)
        sp_list_append(vm, out, sp_str_from_range(vm, s, start, d.len - start));
    return out;
}

static sp_val partition_impl(sp_vm *vm, sp_vals args, sp_val kw, bool reverse)
{
    sp_val s = self_of(vm, args, reverse ? "rpartition" : "partition");
    sp_vals a = rest(vm, args, kw, reverse ? "str.rpartition" : "str.partition", 1, 1);
    sp_val sep = str_arg(vm, sp_vals_get(a, 0), "must be str, not %s");
    sp_cbytes d = sp_str_bytes(s), sb = sp_str_bytes(sep);
    if (sb.len == 0)
        sp_raise_fmt(vm, vm->e.ValueError, "empty separator");
    sp_ssize r = reverse ? sp_brfind(d, sb, 0, d.len) : sp_bfind(d, sb, 0, d.len);
    sp_val t = sp_tuple_new(vm, 3);
    if (r < 0) {
        /* CPython puts self and sep themselves in the tuple (a str
         * subclass instance stays one). */
        sp_tuple_set(t, reverse ? 2 : 0, s);
        sp_tuple_set(t, 1, empty(vm));
        sp_tuple_set(t, reverse ? 0 : 2, empty(vm));
        return t;
    }
    size_t after = (size_t)r + sb.len;
    sp_tuple_set(t, 0, sp_str_from_range(vm, s, 0, (size_t)r));
    sp_tuple_set(t, 1, sep);
    sp_tuple_set(t, 2, sp_str_from_range(vm, s, after, d.len - after));
    return t;
}

sp_val sp_strm_partition(sp_vm *vm, sp_vals args, sp_val kw) { return partition_impl(vm, args, kw, false); }
sp_val sp_strm_rpartition(sp_vm *vm, sp_vals args, sp_val kw) { return partition_impl(vm, args, kw, true); }

/* ------------------------------------------------------------------------
 * join
 * --------------------------------------------------------------------- */
sp_val sp_strm_join(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "join");
    sp_vals a = rest(vm, args, kw, "str.join", 1, 1);
    sp_val it = sp_vals_get(a, 0);
    /* Join a snapshot (a tuple), so the items can't change under it.  An
     * exact list or tuple is copied as is; anything else -- subclasses
     * included -- through iter(it), as CPython's PySequence_Fast (an
     * overridden __iter__ counts; it's own __len__ is not consulted). */
    if (sp_is_exact(vm, it, vm->t.list) || sp_is_exact(vm, it, vm->t.tuple))
        return sp_str_join(vm, s, sp_tuple_items(sp_tuple_from_iter(vm, it)));
    sp_type *tp = sp_type_of(vm, it);
    if (!sp_type_lookup(vm, tp, vm->n.__iter__) && !sp_type_lookup(vm, tp, vm->n.__getitem__))
        sp_raise_fmt(vm, vm->e.TypeError, "can only join an iterable");
    sp_val t = sp_tuple_from_iter(vm, sp_iter(vm, it));
    return sp_str_join(vm, s, sp_tuple_items(t));
}

/* ------------------------------------------------------------------------
 * strip / lstrip / rstrip
 * --------------------------------------------------------------------- */
static bool in_chars(sp_cbytes chars, uint32_t cp)
{
    size_t p = 0;
    while (p < chars.len)
        if (sp_u8_next(chars, &p) == cp)
            return true;
    return false;
}

static sp_val strip_impl(sp_vm *vm, sp_vals args, sp_val kw, const char *name, const char *kwname, bool left,
                         bool right)
{
    sp_val s = self_of(vm, args, name);
    sp_vals a = rest_pos(vm, args, kw, kwname, name, 0, 1);
    sp_val chars = opt(a, 0);
    if (is_none(vm, chars))
        chars = NULL;
    else if (!sp_is_str(chars))
        sp_raise_fmt(vm, vm->e.TypeError, "%s arg must be None or str", name);
    sp_cbytes d = sp_str_bytes(s);
    sp_cbytes cs = chars ? sp_str_bytes(chars) : (sp_cbytes){ NULL, 0 };
    size_t st = 0, en = d.len;
    if (!chars && d.len == sp_str_len(s)) {
        /* ASCII text, whitespace: tested on the bytes */
        if (left)
            while (st < en && sp_ascii_isspace(sp_cbytes_get(d, st)))
                st++;
        if (right)
            while (en > st && sp_ascii_isspace(sp_cbytes_get(d, en - 1)))
                en--;
        return sp_str_from_range(vm, s, st, en - st);
    }
    if (left) {
        while (st < en) {
            size_t q = st;
            uint32_t cp = sp_u8_next(d, &q);
            if (chars ? !in_chars(cs, cp) : !sp_uc_isspace(cp))
                break;
            st = q;
        }
    }
    if (right) {
        while (en > st) {
            size_t q = en;
            uint32_t cp = sp_u8_prev(d, &q);
            if (chars ? !in_chars(cs, cp) : !sp_uc_isspace(cp))
                break;
            en = q;
        }
    }
    return sp_str_from_range(vm, s, st, en - st);
}

sp_val sp_strm_strip(sp_vm *vm, sp_vals args, sp_val kw) { return strip_impl(vm, args, kw, "strip", "str.strip", true, true); }
sp_val sp_strm_lstrip(sp_vm *vm, sp_vals args, sp_val kw) { return strip_impl(vm, args, kw, "lstrip", "str.lstrip", true, false); }
sp_val sp_strm_rstrip(sp_vm *vm, sp_vals args, sp_val kw) { return strip_impl(vm, args, kw, "rstrip", "str.rstrip", false, true); }

/* ------------------------------------------------------------------------
 * replace, removeprefix, removesuffix
 * --------------------------------------------------------------------- */
sp_val sp_strm_replace(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "replace");
    sp_vals a = rest_pos(vm, args, kw, "str.replace", "replace", 2, 3);
    sp_val old = str_arg_clinic(vm, sp_vals_get(a, 0), "replace() argument 1 must be str, not %s");
    sp_val new = str_arg_clinic(vm, sp_vals_get(a, 1), "replace() argument 2 must be str, not %s");
    sp_ssize count = a.len > 2 ? sp_str_arg_ssize(vm, sp_vals_get(a, 2)) : -1;
    sp_cbytes d = sp_str_bytes(s), ob = sp_str_bytes(old);
    if (count == 0)
        return sp_str_exact(vm, s);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, d.len);
    if (ob.len == 0) {
        /* Insert `new` before every char and at the end, count times. */
        size_t pos = 0;
        while (pos <= d.len) {
            if (count != 0) {
                sp_strbuf_add_str(vm, &b, new);
                if (count > 0)
                    count--;
            }
            if (pos == d.len)
                break;
            size_t q = pos;
            sp_strbuf_add_codepoint(vm, &b, sp_u8_next(d, &q));
            pos = q;
        }
        return sp_strbuf_finish(vm, &b);
    }
    size_t pos = 0;
    bool any = false;
    while (count != 0) {
        sp_ssize r = sp_bfind(d, ob, pos, d.len);
        if (r < 0)
            break;
        any = true;
        sp_strbuf_add(vm, &b, sp_cbytes_sub(d, pos, (size_t)r - pos));
        sp_strbuf_add_str(vm, &b, new);
        pos = (size_t)r + ob.len;
        if (count > 0)
            count--;
    }
    if (!any)
        return sp_str_exact(vm, s);
    sp_strbuf_add(vm, &b, sp_cbytes_from(d, pos));
    return sp_strbuf_finish(vm, &b);
}

sp_val sp_strm_removeprefix(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "removeprefix");
    sp_vals a = rest(vm, args, kw, "str.removeprefix", 1, 1);
    sp_val p = str_arg_clinic(vm, sp_vals_get(a, 0), "removeprefix() argument must be str, not %s");
    sp_cbytes d = sp_str_bytes(s), pb = sp_str_bytes(p);
    if (pb.len <= d.len && sp_cbytes_eq(sp_cbytes_sub(d, 0, pb.len), pb))
        return sp_str_from_range(vm, s, pb.len, d.len - pb.len);
    return sp_str_exact(vm, s);
}

sp_val sp_strm_removesuffix(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "removesuffix");
    sp_vals a = rest(vm, args, kw, "str.removesuffix", 1, 1);
    sp_val p = str_arg_clinic(vm, sp_vals_get(a, 0), "removesuffix() argument must be str, not %s");
    sp_cbytes d = sp_str_bytes(s), pb = sp_str_bytes(p);
    if (pb.len > 0 && pb.len <= d.len && sp_cbytes_eq(sp_cbytes_sub(d, d.len - pb.len, pb.len), pb))
        return sp_str_from_range(vm, s, 0, d.len - pb.len);
    return sp_str_exact(vm, s);
}

/* ------------------------------------------------------------------------
 * Case mapping
 * --------------------------------------------------------------------- */
/* Unicode's Final_Sigma condition for the capital sigma spanning bytes
 * [at, after): a cased letter before it (skipping case-ignorables) and none
 * after it. */
static bool final_sigma(sp_cbytes d, size_t at, size_t after)
{
    size_t p = at;
    bool before = false;
    while (p > 0) {
        uint32_t c = sp_u8_prev(d, &p);
        if (sp_uc_iscaseignorable(c))
            continue;
        before = sp_uc_iscased(c);
        break;
    }
    if (!before)
        return false;
    p = after;
    while (p < d.len) {
        uint32_t c = sp_u8_next(d, &p);
        if (sp_uc_iscaseignorable(c))
            continue;
        return !sp_uc_iscased(c);
    }
    return true;
}

static void add_lower(sp_vm *vm, sp_strbuf *b, sp_cbytes d, size_t at, size_t after, uint32_t cp)
{
    uint32_t tmp[4];
    sp_u32s out = SP_ARRAY_SPAN(sp_u32s, tmp);
    if (cp == 0x3A3) {
        sp_strbuf_add_codepoint(vm, b, final_sigma(d, at, after) ? 0x3C2 : 0x3C3);
        return;
    }
    size_t n = sp_uc_lower(cp, out);
    for (size_t k = 0; k < n; k++)
        sp_strbuf_add_codepoint(vm, b, sp_u32s_get(out, k));
}

static void add_mapped(sp_vm *vm, sp_strbuf *b, uint32_t cp, size_t (*map)(uint32_t, sp_u32s))
{
    uint32_t tmp[4];
    sp_u32s out = SP_ARRAY_SPAN(sp_u32s, tmp);
    size_t n = map(cp, out);
    for (size_t k = 0; k < n; k++)
        sp_strbuf_add_codepoint(vm, b, sp_u32s_get(out, k));
}

typedef enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE, CASE_FOLD } case_kind;

/* The ASCII byte c at index i under case mapping kind; *prev_cased: whether
 * the byte before was a letter (title case), updated. */
static uint8_t ascii_case(case_kind kind, size_t i, uint8_t c, bool *prev_cased)
{
    bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
    bool to_upper;
    switch (kind) {
    case CASE_LOWER:
    case CASE_FOLD: to_upper = false; break;
    case CASE_UPPER: to_upper = true; break;
    case CASE_SWAP: to_upper = lo; break;
    case CASE_CAPITALIZE: to_upper = i == 0; break;
    default: to_upper = !*prev_cased; break;
    }
    *prev_cased = up || lo;
    if (to_upper && lo)
        return (uint8_t)(c - 32);
    if (!to_upper && up)
        return (uint8_t)(c + 32);
    return c;
}

static sp_val case_impl(sp_vm *vm, sp_vals args, sp_val kw, const char *name, const char *fname, case_kind kind)
{
    sp_val s = self_of(vm, args, name);
    rest(vm, args, kw, fname, 0, 0);
    sp_str_obj *o = sp_as_str(s);
    sp_cbytes d = sp_str_bytes(s);
    if (o->ascii && d.len > 1) {
        /* ASCII maps to ASCII byte for byte: write the result in place
         * (lengths 0 and 1 go through the strbuf for the shared strs). */
        sp_str_obj *r = sp_str_alloc(vm, d.len);
        sp_bytes out = sp_strobj_buf(r);
        d = sp_str_bytes(s);
        switch (kind) {
        case CASE_UPPER:   /* one loop per mapping that needs no state */
            for (size_t i = 0; i < d.len; i++) {
                uint8_t c = sp_cbytes_get(d, i);
                sp_bytes_set(out, i, (uint8_t)(c >= 'a' && c <= 'z' ? c - 32 : c));
            }
            break;
        case CASE_LOWER:
        case CASE_FOLD:
            for (size_t i = 0; i < d.len; i++) {
                uint8_t c = sp_cbytes_get(d, i);
                sp_bytes_set(out, i, (uint8_t)(c >= 'A' && c <= 'Z' ? c + 32 : c));
            }
            break;
        default: {
            bool prev_cased = false;
            for (size_t i = 0; i < d.len; i++)
                sp_bytes_set(out, i, ascii_case(kind, i, sp_cbytes_get(d, i), &prev_cased));
            break;
        }
        }
        return sp_str_seal_known(r, d.len, true);
    }
    sp_strbuf b;
    sp_strbuf_init(vm, &b, d.len);
    if (o->ascii) {
        bool prev_cased = false;
        for (size_t i = 0; i < d.len; i++)
            sp_strbuf_add_ascii_char(vm, &b, (char)ascii_case(kind, i, sp_cbytes_get(d, i), &prev_cased));
        return sp_strbuf_finish(vm, &b);
    }
    size_t pos = 0;
    bool prev_cased = false, first = true;
    while (pos < d.len) {
        size_t at = pos;
        uint32_t cp = sp_u8_next(d, &pos);
        switch (kind) {
        case CASE_LOWER:
            add_lower(vm, &b, d, at, pos, cp);
            break;
        case CASE_UPPER:
            add_mapped(vm, &b, cp, sp_uc_upper);
            break;
        case CASE_FOLD:
            add_mapped(vm, &b, cp, sp_uc_fold);
            break;
        case CASE_SWAP:
            if (sp_uc_isupper(cp))
                add_lower(vm, &b, d, at, pos, cp);
            else if (sp_uc_islower(cp))
                add_mapped(vm, &b, cp, sp_uc_upper);
            else
                sp_strbuf_add_codepoint(vm, &b, cp);
            break;
        case CASE_CAPITALIZE:
            if (first)
                add_mapped(vm, &b, cp, sp_uc_title);
            else
                add_lower(vm, &b, d, at, pos, cp);
            break;
        case CASE_TITLE:
            if (prev_cased)
                add_lower(vm, &b, d, at, pos, cp);
            else
                add_mapped(vm, &b, cp, sp_uc_title);
            prev_cased = sp_uc_iscased(cp);
            break;
        }
        first = false;
    }
    return sp_strbuf_finish(vm, &b);
}

sp_val sp_strm_lower(sp_vm *vm, sp_vals a, sp_val k) { return case_impl(vm, a, k, "lower", "str.lower", CASE_LOWER); }
sp_val sp_strm_upper(sp_vm *vm, sp_vals a, sp_val k) { return case_impl(vm, a, k, "upper", "str.upper", CASE_UPPER); }
sp_val sp_strm_swapcase(sp_vm *vm, sp_vals a, sp_val k) { return case_impl(vm, a, k, "swapcase", "str.swapcase", CASE_SWAP); }
sp_val sp_strm_capitalize(sp_vm *vm, sp_vals a, sp_val k) { return case_impl(vm, a, k, "capitalize", "str.capitalize", CASE_CAPITALIZE); }
sp_val sp_strm_title(sp_vm *vm, sp_vals a, sp_val k) { return case_impl(vm, a, k, "title", "str.title", CASE_TITLE); }
sp_val sp_strm_casefold(sp_vm *vm, sp_vals a, sp_val k) { return case_impl(vm, a, k, "casefold", "str.casefold", CASE_FOLD); }

/* ------------------------------------------------------------------------
 * Predicates
 * --------------------------------------------------------------------- */
static sp_val all_chars(sp_vm *vm, sp_vals args, sp_val kw, const char *name, const char *fname, bool (*pred)(uint32_t))
{
    sp_val s = self_of(vm, args, name);
    rest(vm, args, kw, fname, 0, 0);
    sp_cbytes d = sp_str_bytes(s);
    if (d.len == 0)
        return vm->False;
    size_t pos = 0;
    while (pos < d.len)
        if (!pred(sp_u8_next(d, &pos)))
            return vm->False;
    return vm->True;
}

static bool uc_isalnum(uint32_t c)
{
    return sp_uc_isalpha(c) || sp_uc_isdecimal(c) || sp_uc_isdigit(c) || sp_uc_isnumeric(c);
}

sp_val sp_strm_isdigit(sp_vm *vm, sp_vals a, sp_val k) { return all_chars(vm, a, k, "isdigit", "str.isdigit", sp_uc_isdigit); }
sp_val sp_strm_isdecimal(sp_vm *vm, sp_vals a, sp_val k) { return all_chars(vm, a, k, "isdecimal", "str.isdecimal", sp_uc_isdecimal); }
sp_val sp_strm_isnumeric(sp_vm *vm, sp_vals a, sp_val k) { return all_chars(vm, a, k, "isnumeric", "str.isnumeric", sp_uc_isnumeric); }
sp_val sp_strm_isalpha(sp_vm *vm, sp_vals a, sp_val k) { return all_chars(vm, a, k, "isalpha", "str.isalpha", sp_uc_isalpha); }
sp_val sp_strm_isalnum(sp_vm *vm, sp_vals a, sp_val k) { return all_chars(vm, a, k, "isalnum", "str.isalnum", uc_isalnum); }
sp_val sp_strm_isspace(sp_vm *vm, sp_vals a, sp_val k) { return all_chars(vm, a, k, "isspace", "str.isspace", sp_uc_isspace); }

sp_val sp_strm_isprintable(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "isprintable");
    rest(vm, args, kw, "str.isprintable", 0, 0);
    sp_cbytes d = sp_str_bytes(s);
    size_t pos = 0;
    while (pos < d.len)
        if (!sp_uc_isprintable(sp_u8_next(d, &pos)))
            return vm->False;
    return vm->True;
}

sp_val sp_strm_isascii(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "isascii");
    rest(vm, args, kw, "str.isascii", 0, 0);
    return sp_bool(vm, sp_strobj_core(sp_as_str(s))->ascii);
}

sp_val sp_strm_isupper(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "isupper");
    rest(vm, args, kw, "str.isupper", 0, 0);
    sp_cbytes d = sp_str_bytes(s);
    size_t pos = 0;
    bool cased = false;
    while (pos < d.len) {
        uint32_t c = sp_u8_next(d, &pos);
        if (sp_uc_islower(c) || sp_uc_istitle(c))
            return vm->False;
        if (sp_uc_isupper(c))
            cased = true;
    }
    return sp_bool(vm, cased);
}

sp_val sp_strm_islower(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "islower");
    rest(vm, args, kw, "str.islower", 0, 0);
    sp_cbytes d = sp_str_bytes(s);
    size_t pos = 0;
    bool cased = false;
    while (pos < d.len) {
        uint32_t c = sp_u8_next(d, &pos);
        if (sp_uc_isupper(c) || sp_uc_istitle(c))
            return vm->False;
        if (sp_uc_islower(c))
            cased = true;
    }
    return sp_bool(vm, cased);
}

sp_val sp_strm_istitle(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "istitle");
    rest(vm, args, kw, "str.istitle", 0, 0);
    sp_cbytes d = sp_str_bytes(s);
    size_t pos = 0;
    bool cased = false, prev = false;
    while (pos < d.len) {
        uint32_t c = sp_u8_next(d, &pos);
        if (sp_uc_isupper(c) || sp_uc_istitle(c)) {
            if (prev)
                return vm->False;
            prev = cased = true;
        } else if (sp_uc_islower(c)) {
            if (!prev)
                return vm->False;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return sp_bool(vm, cased);
}

sp_val sp_strm_isidentifier(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "isidentifier");
    rest(vm, args, kw, "str.isidentifier", 0, 0);
    sp_cbytes d = sp_str_bytes(s);
    if (d.len == 0)
        return vm->False;
    size_t pos = 0;
    if (!sp_uc_isxidstart(sp_u8_next(d, &pos)))
        return vm->False;
    while (pos < d.len)
        if (!sp_uc_isxidcontinue(sp_u8_next(d, &pos)))
            return vm->False;
    return vm->True;
}

/* ------------------------------------------------------------------------
 * Padding: center ljust rjust zfill expandtabs
 * --------------------------------------------------------------------- */
static uint32_t fill_arg(sp_vm *vm, sp_val v)
{
    if (!v)
        return ' ';
    if (!sp_is_str(v))
        sp_raise_fmt(vm, vm->e.TypeError, "The fill character must be a unicode character, not %T", v);
    if (sp_str_len(v) != 1)
        sp_raise_fmt(vm, vm->e.TypeError, "The fill character must be exactly one character long");
    return sp_str_codepoint_at(v, 0);
}

static sp_val pad(sp_vm *vm, sp_val s, size_t left, size_t right, uint32_t fill)
{
    if (left == 0 && right == 0)
        return sp_str_exact(vm, s);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, sp_size_add_or_raise(vm, sp_str_bytes(s).len, sp_size_add_or_raise(vm, left, right)));
    sp_strbuf_add_repeat(vm, &b, fill, left);
    sp_strbuf_add_str(vm, &b, s);
    sp_strbuf_add_repeat(vm, &b, fill, right);
    return sp_strbuf_finish(vm, &b);
}

static sp_val justify(sp_vm *vm, sp_vals args, sp_val kw, const char *kwname, const char *name, int mode)
{
    sp_val s = self_of(vm, args, name);
    sp_vals a = rest_pos(vm, args, kw, kwname, name, 1, 2);
    sp_ssize width = sp_str_arg_ssize(vm, sp_vals_get(a, 0));
    uint32_t fill = fill_arg(vm, opt(a, 1));
    size_t len = sp_str_len(s);
    if (width <= (sp_ssize)len)
        return sp_str_exact(vm, s);
    size_t padn = (size_t)width - len, left;
    if (mode < 0)
        left = 0;
    else if (mode > 0)
        left = padn;
    else
        left = padn / 2 + (padn & (size_t)width & 1);
    return pad(vm, s, left, padn - left, fill);
}

sp_val sp_strm_center(sp_vm *vm, sp_vals a, sp_val k) { return justify(vm, a, k, "str.center", "center", 0); }
sp_val sp_strm_ljust(sp_vm *vm, sp_vals a, sp_val k) { return justify(vm, a, k, "str.ljust", "ljust", -1); }
sp_val sp_strm_rjust(sp_vm *vm, sp_vals a, sp_val k) { return justify(vm, a, k, "str.rjust", "rjust", 1); }

sp_val sp_strm_zfill(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "zfill");
    sp_vals a = rest(vm, args, kw, "str.zfill", 1, 1);
    sp_ssize width = sp_str_arg_ssize(vm, sp_vals_get(a, 0));
    size_t len = sp_str_len(s);
    if (width <= (sp_ssize)len)
        return sp_str_exact(vm, s);
    sp_cbytes d = sp_str_bytes(s);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, (size_t)width + d.len);
    size_t from = 0;
    if (d.len > 0 && (sp_cbytes_get(d, 0) == '+' || sp_cbytes_get(d, 0) == '-')) {
        sp_strbuf_add_ascii_char(vm, &b, (char)sp_cbytes_get(d, 0));
        from = 1;
    }
    sp_strbuf_add_repeat(vm, &b, '0', (size_t)width - len);
    sp_strbuf_add(vm, &b, sp_cbytes_from(d, from));
    return sp_strbuf_finish(vm, &b);
}

sp_val sp_strm_expandtabs(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "tabsize", NULL };
    sp_val s = self_of(vm, args, "expandtabs");
    sp_val a[1] = { NULL };
    sp_parse_args(vm, "expandtabs", sp_vals_from(args, 1), kw, kwlist, 0, SP_VALS(a));
    sp_ssize tab = a[0] ? sp_str_arg_int(vm, a[0]) : 8;
    sp_cbytes d = sp_str_bytes(s);
    /* Size the result first (checked), so a huge tab size fails at once. */
    size_t col = 0, pos = 0, total = 0;
    while (pos < d.len) {
        uint32_t cp = sp_u8_next(d, &pos);
        if (cp == '\t') {
            if (tab > 0) {
                size_t n = (size_t)tab - col % (size_t)tab;
                total = sp_size_add_or_raise(vm, total, n);
                col += n;
            }
        } else {
            total = sp_size_add_or_raise(vm, total, sp_u8_cplen(cp));
            col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
        }
    }
    if (total > (size_t)PTRDIFF_MAX)
        sp_raise_fmt(vm, vm->e.OverflowError, "result too long");
    sp_strbuf b;
    sp_strbuf_init(vm, &b, total);
    col = pos = 0;
    while (pos < d.len) {
        uint32_t cp = sp_u8_next(d, &pos);
        if (cp == '\t') {
            if (tab > 0) {
                size_t n = (size_t)tab - col % (size_t)tab;
                sp_strbuf_add_repeat(vm, &b, ' ', n);
                col += n;
            }
        } else {
            sp_strbuf_add_codepoint(vm, &b, cp);
            col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
        }
    }
    return sp_strbuf_finish(vm, &b);
}

/* ------------------------------------------------------------------------
 * translate / maketrans
 * --------------------------------------------------------------------- */
/* table[cp], or NULL when the lookup raises LookupError (char kept). */
static sp_val table_lookup(sp_vm *vm, sp_val table, uint32_t cp)
{
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        sp_val v = sp_getitem(vm, table, sp_small(cp));
        sp_handler_pop(vm, &h);
        return v;
    }
    sp_val exc = vm->exc;
    if (sp_exc_matches(vm, exc, vm->e.LookupError))
        return NULL;
    sp_raise(vm, exc);
}

sp_val sp_strm_translate(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "translate");
    sp_vals a = rest(vm, args, kw, "str.translate", 1, 1);
    sp_val table = sp_vals_get(a, 0);
    sp_cbytes d = sp_str_bytes(s);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, d.len);
    size_t pos = 0;
    while (pos < d.len) {
        uint32_t cp = sp_u8_next(d, &pos);
        sp_val v = table_lookup(vm, table, cp);
        if (v == NULL) {
            sp_strbuf_add_codepoint(vm, &b, cp);
        } else if (v == vm->None) {
            /* deleted */
        } else if (sp_is_int(v)) {
            int64_t i;
            if (!sp_int_to_i64(v, &i) || i < 0 || i > 0x10FFFF)
                sp_raise_fmt(vm, vm->e.ValueError, "character mapping must be in range(0x110000)");
            sp_strbuf_add_codepoint(vm, &b, (uint32_t)i);
        } else if (sp_is_str(v)) {
            sp_strbuf_add_str(vm, &b, v);
        } else {
            sp_raise_fmt(vm, vm->e.TypeError, "character mapping must return integer, None or str");
        }
        d = sp_str_bytes(s);
    }
    return sp_strbuf_finish(vm, &b);
}

/* str.maketrans(x[, y[, z]]): a static method, so args has no self. */
sp_val sp_strm_maketrans(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_no_kwargs(vm, "str.maketrans", kw);
    sp_check_nargs(vm, "maketrans", args, kw, 1, 3);
    sp_val x = sp_vals_get(args, 0), y = opt(args, 1), z = opt(args, 2);
    sp_val out = sp_dict_new(vm);
    if (!y) {
        /* An exact dict (CPython refuses subclasses too). */
        if (!sp_is_exact(vm, x, vm->t.dict))
            sp_raise_fmt(vm, vm->e.TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t it = 0;
        sp_val k, v;
        while (sp_dict_next(x, &it, &k, &v)) {
            if (sp_is_str(k)) {
                if (sp_str_len(k) != 1)
                    sp_raise_fmt(vm, vm->e.ValueError, "string keys in translate table must be of length 1");
                sp_dict_set(vm, out, sp_small(sp_str_codepoint_at(k, 0)), v);
            } else if (sp_is_int(k)) {
                sp_dict_set(vm, out, k, v);
            } else {
                sp_raise_fmt(vm, vm->e.TypeError, "keys in translate table must be strings or integers");
            }
        }
        return out;
    }
    /* Clinic checks y and z before the body looks at x. */
    if (!sp_is_str(y))
        sp_raise_fmt(vm, vm->e.TypeError, "maketrans() argument 2 must be str, not %s", sp_argtype_name(vm, y));
    if (z && !sp_is_str(z))
        sp_raise_fmt(vm, vm->e.TypeError, "maketrans() argument 3 must be str, not %s", sp_argtype_name(vm, z));
    if (!sp_is_str(x))
        sp_raise_fmt(vm, vm->e.TypeError, "first maketrans argument must be a string if there is a second argument");
    if (sp_str_len(x) != sp_str_len(y))
        sp_raise_fmt(vm, vm->e.ValueError, "the first two maketrans arguments must have equal length");
    sp_cbytes xb = sp_str_bytes(x), yb = sp_str_bytes(y);
    size_t p = 0, q = 0;
    while (p < xb.len) {
        uint32_t a = sp_u8_next(xb, &p), c = sp_u8_next(yb, &q);
        sp_dict_set(vm, out, sp_small(a), sp_small(c));
    }
    if (z) {
        sp_cbytes zb = sp_str_bytes(z);
        p = 0;
        while (p < zb.len)
            sp_dict_set(vm, out, sp_small(sp_u8_next(zb, &p)), vm->None);
    }
    return out;
}

/* ------------------------------------------------------------------------
 * encode, __format__
 * --------------------------------------------------------------------- */
sp_val sp_strm_encode(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "encoding", "errors", NULL };
    sp_val s = self_of(vm, args, "encode");
    sp_val a[2] = { NULL, NULL };
    sp_parse_args(vm, "encode", sp_vals_from(args, 1), kw, kwlist, 0, SP_VALS(a));
    if (a[0] && !sp_is_str(a[0]))
        sp_raise_fmt(vm, vm->e.TypeError, "encode() argument 'encoding' must be str, not %s", sp_argtype_name(vm, a[0]));
    if (a[1] && !sp_is_str(a[1]))
        sp_raise_fmt(vm, vm->e.TypeError, "encode() argument 'errors' must be str, not %s", sp_argtype_name(vm, a[1]));
    return sp_codec_encode(vm, s, a[0] ? sp_str_cstr(a[0]) : "utf-8", a[1] ? sp_str_cstr(a[1]) : "strict");
}

sp_val sp_strm___format__(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = self_of(vm, args, "__format__");
    sp_vals a = rest(vm, args, kw, "str.__format__", 1, 1);
    sp_val spec = sp_vals_get(a, 0);
    if (!sp_is_str(spec))
        sp_raise_fmt(vm, vm->e.TypeError, "__format__() argument must be str, not %s", sp_argtype_name(vm, spec));
    /* An empty spec gives str(self): a subclass's __str__ is used. */
    if (sp_str_bytes(spec).len == 0)
        return sp_str(vm, s);
    return sp_format_str(vm, sp_str_exact(vm, s), spec);
}

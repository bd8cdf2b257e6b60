/* bytes: immutable byte strings.  Data inline after the header, with a NUL
 * after len for C callers.  Instances of bytes subclasses keep their data
 * in an exact bytes object (see SP_BYTES_AUX_INDIRECT in str_internal.h). */
#include "str_internal.h"
#include "objects/cont.h"

sp_bytes_obj *sp_bytes_alloc(sp_vm *vm, size_t len)
{
    size_t size = sp_size_add_or_raise(vm, sizeof(sp_bytes_obj), sp_size_add_or_raise(vm, len, 1));
    sp_bytes_obj *o = (sp_bytes_obj *)sp_alloc(vm, vm->t.bytes, size);
    o->len = len;
    o->hash = -1;
    return o;
}

sp_val sp_bytes_new(sp_vm *vm, sp_cbytes data)
{
    if (data.len == 0 && vm->empty_bytes)
        return vm->empty_bytes;
    sp_bytes_obj *o = sp_bytes_alloc(vm, data.len);
    sp_bytes_copy(sp_bytesobj_buf(o), data);
    if (data.len == 0)
        vm->empty_bytes = (sp_val)o;
    return (sp_val)o;
}

sp_cbytes sp_bytes_data(sp_val b)
{
    if (sp_is_ptr(b) && b->type->def->layout == SP_LAYOUT_BYTEARRAY) {
        sp_bytearray_obj *a = SP_AS(sp_bytearray_obj, b, SP_LAYOUT_BYTEARRAY);
        if (!a->buf || a->len == 0)
            return (sp_cbytes){ NULL, 0 };
        sp_rawbuf *rb = SP_AS(sp_rawbuf, a->buf, SP_LAYOUT_RAWBUF);
        return sp_cbytes_sub(sp_cbytes_of(sp_rawbuf_span(rb)), 0, a->len);
    }
    return sp_bytesobj_cbytes(SP_AS(sp_bytes_obj, b, SP_LAYOUT_BYTES));
}

bool sp_bytes_like(sp_val v, sp_cbytes *out)
{
    if (!sp_is_ptr(v))
        return false;
    sp_layout l = v->type->def->layout;
    if (l != SP_LAYOUT_BYTES && l != SP_LAYOUT_BYTEARRAY)
        return false;
    *out = sp_bytes_data(v);
    return true;
}

/* b'...' with CPython's rules: single quotes unless the data has ' and no
 * "; \t \n \r \\ escaped; other bytes outside 0x20..0x7e as \xhh. */
sp_val sp_bytes_repr_data(sp_vm *vm, sp_cbytes d, const char *prefix, const char *suffix)
{
    /* bytearray's repr escapes ' even inside double quotes (CPython does). */
    bool esc_sq = sp_cbytes_of_cstr(suffix).len > 0;
    static const char hex[] = "0123456789abcdef";
    bool has_sq = sp_cbytes_findbyte(d, '\'', 0) >= 0;
    bool has_dq = sp_cbytes_findbyte(d, '"', 0) >= 0;
    char q = has_sq && !has_dq ? '"' : '\'';
    sp_strbuf b;
    sp_strbuf_init(vm, &b, d.len + 8);
    sp_strbuf_add_cstr(vm, &b, prefix);
    sp_strbuf_add_ascii_char(vm, &b, q);
    for (size_t i = 0; i < d.len; i++) {
        uint8_t c = sp_cbytes_get(d, i);
        if (c == (uint8_t)q || c == '\\' || (c == '\'' && esc_sq)) {
            sp_strbuf_add_ascii_char(vm, &b, '\\');
            sp_strbuf_add_ascii_char(vm, &b, (char)c);
        } else if (c == '\t') {
            sp_strbuf_add_cstr(vm, &b, "\\t");
        } else if (c == '\n') {
            sp_strbuf_add_cstr(vm, &b, "\\n");
        } else if (c == '\r') {
            sp_strbuf_add_cstr(vm, &b, "\\r");
        } else if (c < 0x20 || c >= 0x7F) {
            sp_strbuf_add_cstr(vm, &b, "\\x");
            sp_strbuf_add_ascii_char(vm, &b, (char)sp_cbytes_get(SP_CBYTES(hex), c >> 4));
            sp_strbuf_add_ascii_char(vm, &b, (char)sp_cbytes_get(SP_CBYTES(hex), c & 0xFu));
        } else {
            sp_strbuf_add_ascii_char(vm, &b, (char)c);
        }
    }
    sp_strbuf_add_ascii_char(vm, &b, q);
    sp_strbuf_add_cstr(vm, &b, suffix);
    return sp_strbuf_finish(vm, &b);
}

/* ------------------------------------------------------------------------
 * Helpers shared by the bytes and bytearray methods
 * --------------------------------------------------------------------- */
static bool is_bytearray(sp_val v)
{
    return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_BYTEARRAY;
}

/* self's data; self may be bytes or bytearray. */
static sp_cbytes self_data(sp_vm *vm, sp_vals args, const char *name)
{
    sp_val s = sp_vals_get(args, 0);
    sp_cbytes d;
    if (!sp_bytes_like(s, &d))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' for 'bytes' objects doesn't apply to a '%T' object", name, s);
    return d;
}

/* A result of self's kind (bytes for bytes and subclasses). */
static sp_val mk(sp_vm *vm, sp_val self, sp_cbytes data)
{
    if (is_bytearray(self))
        return sp_bytearray_new(vm, data);
    return sp_bytes_new(vm, data);
}

static sp_val self_copy(sp_vm *vm, sp_val self)
{
    if (!is_bytearray(self) && sp_type_of(vm, self) == vm->t.bytes)
        return self;
    return mk(vm, self, sp_bytes_data(self));
}

/* The arguments after self, checked for count, with CPython's wording:
 * "bytes.lower() takes no arguments", "center expected at least 1
 * argument", "find() takes at least 1 argument (0 given)". */
sp_vals sp_bytes_method_args(sp_vm *vm, sp_vals args, sp_val kw, const char *name, size_t min, size_t max)
{
    sp_vals r = sp_vals_from(args, 1);
    bool has_kw = kw && sp_tuple_len(kw) > 0;
    if (!has_kw && r.len >= min && r.len <= max)
        return r;
    const char *fname = name;
    if (has_kw && !(min == 1 && max == 3)) {
        sp_val self = sp_vals_get(args, 0);
        bool ba = is_bytearray(self) || (sp_is_type(self) && sp_is_subtype(sp_as_type(self), vm->t.bytearray));
        sp_raise_fmt(vm, vm->e.TypeError, "%s.%s() takes no keyword arguments", ba ? "bytearray" : "bytes", name);
    }
    if (min == max && max <= 1) {
        sp_val self = sp_vals_get(args, 0);
        bool ba = is_bytearray(self) || (sp_is_type(self) && sp_is_subtype(sp_as_type(self), vm->t.bytearray));
        sp_val q = sp_str_fmt(vm, "%s.%s", ba ? "bytearray" : "bytes", name);
        fname = sp_str_cstr(q);
    } else if (min == 1 && max == 3) {
        if (has_kw)
            sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no keyword arguments", name);
        if (r.len < 1)
            sp_raise_fmt(vm, vm->e.TypeError, "%s() takes at least 1 argument (0 given)", name);
        sp_raise_fmt(vm, vm->e.TypeError, "%s() takes at most 3 arguments (%zu given)", name, r.len);
    }
    sp_check_nargs(vm, fname, r, kw, min, max);
    return r;
}

static sp_val opt(sp_vals a, size_t i)
{
    return i < a.len ? sp_vals_get(a, i) : NULL;
}

static bool is_none(sp_vm *vm, sp_val v)
{
    return v == NULL || v == vm->None;
}

/* bytes, bytearray, or a memoryview (through its tobytes()). */
bool sp_bytes_buffer(sp_vm *vm, sp_val v, sp_cbytes *out)
{
    if (sp_bytes_like(v, out))
        return true;
    return sp_memoryview_bytes(vm, v, out);
}

static sp_cbytes need_buffer(sp_vm *vm, sp_val v)
{
    sp_cbytes d;
    if (!sp_bytes_buffer(vm, v, &d))
        sp_raise_fmt(vm, vm->e.TypeError, "a bytes-like object is required, not '%N'", sp_type_of(vm, v));
    return d;
}

static bool has_index(sp_vm *vm, sp_val v)
{
    return sp_is_int(v) || sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__) != NULL;
}

/* An item index: like sp_index_ssize, but a value too big for an index
 * is an IndexError (CPython's sequence item protocol). */
sp_ssize sp_bytes_item_index(sp_vm *vm, sp_val key)
{
    sp_val i = sp_index(vm, key);
    int64_t x;
    if (!sp_int_to_i64(i, &x) || x < PTRDIFF_MIN || x > PTRDIFF_MAX)
        sp_raise_fmt(vm, vm->e.IndexError, "cannot fit '%T' into an index-sized integer", key);
    return (sp_ssize)x;
}

/* Arguments CPython converts to a C ssize_t / int (width, count,
 * maxsplit / tabsize, bytes_per_sep), with its overflow messages. */
static sp_ssize ssize_arg(sp_vm *vm, sp_val v)
{
    sp_val i = sp_index(vm, v);
    int64_t x;
    if (!sp_int_to_i64(i, &x) || x < PTRDIFF_MIN || x > PTRDIFF_MAX)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C ssize_t");
    return (sp_ssize)x;
}

static sp_ssize int_arg(sp_vm *vm, sp_val v)
{
    sp_val i = sp_index(vm, v);
    int64_t x;
    if (!sp_int_to_i64(i, &x) || x < INT32_MIN || x > INT32_MAX)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C int");
    return (sp_ssize)x;
}

uint8_t sp_byte_value(sp_vm *vm, sp_val v)
{
    sp_val i = sp_index(vm, v);
    int64_t x;
    if (!sp_int_to_i64(i, &x) || x < 0 || x > 255)
        sp_raise_fmt(vm, vm->e.ValueError, "byte must be in range(0, 256)");
    return (uint8_t)x;
}

/* The needle of find/count/index/...: bytes-like or an int in range(256). */
static sp_cbytes needle_arg(sp_vm *vm, sp_val v, uint8_t *one)
{
    sp_cbytes d;
    if (sp_bytes_buffer(vm, v, &d))
        return d;
    if (!has_index(vm, v))
        sp_raise_fmt(vm, vm->e.TypeError, "argument should be integer or bytes-like object, not '%N'", sp_type_of(vm, v));
    *one = sp_byte_value(vm, v);
    return SP_ONE(sp_cbytes, *one);
}

static bool b_isspace(uint8_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D);
}
static bool b_isupper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool b_islower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool b_isalpha(uint8_t c) { return b_isupper(c) || b_islower(c); }
static bool b_isdigit(uint8_t c) { return c >= '0' && c <= '9'; }
static bool b_isalnum(uint8_t c) { return b_isalpha(c) || b_isdigit(c); }

/* ---- a byte builder over a rawbuf ------------------------------------- */
typedef struct { sp_val buf; size_t len; } bb;

static void bb_init(sp_vm *vm, bb *b, size_t cap)
{
    b->buf = (sp_val)sp_rawbuf_new(vm, cap < 16 ? 16 : cap);
    b->len = 0;
}

static void bb_add(sp_vm *vm, bb *b, sp_cbytes data)
{
    sp_rawbuf *rb = SP_AS(sp_rawbuf, b->buf, SP_LAYOUT_RAWBUF);
    size_t need = sp_size_add_or_raise(vm, b->len, data.len);
    if (need > rb->cap) {
        size_t cap = rb->cap * 2 > need ? rb->cap * 2 : need;
        sp_rawbuf *nb = (sp_rawbuf *)sp_rawbuf_new(vm, cap);
        sp_bytes_copy(sp_rawbuf_span(nb), sp_cbytes_sub(sp_cbytes_of(sp_rawbuf_span(rb)), 0, b->len));
        b->buf = (sp_val)nb;
        rb = nb;
    }
    sp_bytes_copy(sp_bytes_sub(sp_rawbuf_span(rb), b->len, data.len), data);
    b->len = need;
}

static void bb_byte(sp_vm *vm, bb *b, uint8_t c)
{
    uint8_t t[1] = { c };
    bb_add(vm, b, SP_CBYTES(t));
}

static sp_cbytes bb_data(bb *b)
{
    sp_rawbuf *rb = SP_AS(sp_rawbuf, b->buf, SP_LAYOUT_RAWBUF);
    return sp_cbytes_sub(sp_cbytes_of(sp_rawbuf_span(rb)), 0, b->len);
}

/* ------------------------------------------------------------------------
 * Construction: bytes(x), bytearray(x)
 * --------------------------------------------------------------------- */
static sp_val iter_cb(sp_vm *vm, void *ud)
{
    return sp_iter(vm, (sp_val)ud);
}

sp_val sp_bytes_from_object(sp_vm *vm, sp_val x, sp_val encoding, sp_val errors, const char *fname)
{
    if (encoding && !sp_is_str(encoding))
        sp_raise_fmt(vm, vm->e.TypeError, "%s() argument 'encoding' must be str, not %s", fname, sp_argtype_name(vm, encoding));
    if (errors && !sp_is_str(errors))
        sp_raise_fmt(vm, vm->e.TypeError, "%s() argument 'errors' must be str, not %s", fname, sp_argtype_name(vm, errors));
    if (encoding || errors) {
        if (!sp_is_str(x))
            sp_raise_fmt(vm, vm->e.TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
        if (!encoding)
            sp_raise_fmt(vm, vm->e.TypeError, "string argument without an encoding");
        if (encoding && !sp_is_str(encoding))
            sp_raise_fmt(vm, vm->e.TypeError, "%s() argument 'encoding' must be str, not %s", fname, sp_argtype_name(vm, encoding));
        if (errors && !sp_is_str(errors))
            sp_raise_fmt(vm, vm->e.TypeError, "%s() argument 'errors' must be str, not %s", fname, sp_argtype_name(vm, errors));
        return sp_codec_encode(vm, x, encoding ? sp_str_cstr(encoding) : "utf-8", errors ? sp_str_cstr(errors) : "strict");
    }
    if (!x)
        return sp_bytes_new(vm, (sp_cbytes){ NULL, 0 });
    if (sp_is_str(x))
        sp_raise_fmt(vm, vm->e.TypeError, "string argument without an encoding");
    sp_cbytes d;
    if (sp_bytes_buffer(vm, x, &d))
        return sp_bytes_new(vm, d);
    sp_val bm = sp_intern_cstr(vm, "__bytes__");
    bool to_bytes = sp_cbytes_eq(sp_cbytes_of_cstr(fname), sp_cbytes_of_cstr("bytes"));
    if (to_bytes && sp_type_lookup(vm, sp_type_of(vm, x), bm)) {
        sp_val r = sp_call_special(vm, x, bm, SP_NOVALS);
        if (!sp_is_bytes(r))
            sp_raise_fmt(vm, vm->e.TypeError, "__bytes__ returned non-bytes (type %T)", r);
        return r;
    }
    /* An __index__ that fails with TypeError falls through to the
     * iterable case, as in CPython. */
    sp_val count = NULL;
    if (has_index(vm, x))
        count = sp_is_int(x) ? x : sp_call_special(vm, x, vm->n.__index__, SP_NOVALS);
    if (count && sp_is_int(count)) {
        int64_t n64 = 0;
        if (!sp_int_to_i64(count, &n64) || n64 > (int64_t)PTRDIFF_MAX)
            sp_raise_fmt(vm, vm->e.OverflowError, "cannot fit '%T' into an index-sized integer", x);
        sp_ssize n = (sp_ssize)n64;
        if (n < 0)
            sp_raise_fmt(vm, vm->e.ValueError, "negative count");
        sp_bytes_obj *o = sp_bytes_alloc(vm, (size_t)n);
        return (sp_val)o;
    }
    sp_type *t = sp_type_of(vm, x);
    /* A TypeError from iter(x) becomes "cannot convert" (CPython). */
    sp_val exc = NULL;
    sp_val iter = sp_pcall(vm, iter_cb, (void *)x, &exc);
    if (iter == NULL) {
        if (sp_exc_matches(vm, exc, vm->e.TypeError))
            sp_raise_fmt(vm, vm->e.TypeError, "cannot convert '%N' object to %s", t, fname);
        sp_raise(vm, exc);
    }
    sp_val items = sp_tuple_from_iter(vm, iter);
    sp_vals it = sp_tuple_items(items);
    sp_bytes_obj *o = sp_bytes_alloc(vm, it.len);
    sp_bytes buf = sp_bytesobj_buf(o);
    for (size_t i = 0; i < it.len; i++) {
        sp_val v = sp_vals_get(it, i);
        if (!has_index(vm, v))
            sp_raise_fmt(vm, vm->e.TypeError, "'%N' object cannot be interpreted as an integer", sp_type_of(vm, v));
        sp_val iv = sp_index(vm, v);
        int64_t bv;
        if (!sp_int_to_i64(iv, &bv) || bv < 0 || bv > 255)
            sp_raise_fmt(vm, vm->e.ValueError, "%s must be in range(0, 256)", sp_cbytes_eq(sp_cbytes_of_cstr(fname), sp_cbytes_of_cstr("bytes")) ? "bytes" : "byte");
        sp_bytes_set(buf, i, (uint8_t)bv);
    }
    return (sp_val)o;
}

static sp_val bytes_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kwlist[] = { "source", "encoding", "errors", NULL };
    sp_val a[4] = { NULL, NULL, NULL, NULL };
    sp_val cls = (sp_val)sp_new_cls(vm, args, vm->t.bytes);
    sp_parse_args(vm, "bytes", sp_vals_from(args, 1), kwnames, kwlist, 0, sp_vals_from(SP_VALS(a), 1));
    sp_val r = sp_bytes_from_object(vm, a[1], a[2], a[3], "bytes");
    sp_type *t = sp_as_type(cls);
    /* bytes(x) returns what x.__bytes__() made, even a subclass instance. */
    if (t == vm->t.bytes)
        return r;
    /* A subclass instance: the data lives in an exact bytes (see
     * SP_BYTES_AUX_INDIRECT). */
    if (sp_type_of(vm, r) != vm->t.bytes)
        r = sp_bytes_new(vm, sp_bytes_data(r));
    sp_val inst = sp_alloc_instance(vm, t);
    sp_bytes_obj *o = SP_AS(sp_bytes_obj, inst, SP_LAYOUT_BYTES);
    o->len = SP_AS(sp_bytes_obj, r, SP_LAYOUT_BYTES)->len;
    o->hash = (int64_t)(uintptr_t)r;
    o->h.aux |= SP_BYTES_AUX_INDIRECT;
    return inst;
}

static void bytes_trace(sp_heap *h, sp_obj *o)
{
    sp_bytes_obj *b = (sp_bytes_obj *)o;
    if (b->h.aux & SP_BYTES_AUX_INDIRECT)
        sp_gc_mark(h, (sp_val)(uintptr_t)b->hash);
}

/* ------------------------------------------------------------------------
 * Core dunders
 * --------------------------------------------------------------------- */
sp_val sp_bytesm___len__(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cbytes d = self_data(vm, args, "__len__");
    return sp_int_from_size(vm, d.len);
}

static sp_val bytes_hash_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = sp_vals_get(args, 0);
    sp_bytes_obj *o = sp_bytesobj_core(SP_AS(sp_bytes_obj, s, SP_LAYOUT_BYTES));
    if (o->hash == -1) {
        int64_t h = 0;
        if (o->len > 0) {
            h = (int64_t)sp_siphash(vm->hashkey, sp_bytesobj_cbytes(o));
            if (h == -1)
                h = -2;
        }
        o->hash = h;
    }
    return sp_int_from_i64(vm, o->hash);
}

static sp_val bytes_repr_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cbytes d = self_data(vm, args, "__repr__");
    sp_val s = sp_vals_get(args, 0);
    if (is_bytearray(s)) {
        sp_type *t = sp_type_of(vm, s);
        sp_val pre = sp_str_fmt(vm, "%N(b", t);
        return sp_bytes_repr_data(vm, d, sp_str_cstr(pre), ")");
    }
    return sp_bytes_repr_data(vm, d, "b", "");
}

sp_val sp_bytesm___getitem__(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__getitem__", sp_vals_from(args, 1), kw, 1, 1);
    sp_val s = sp_vals_get(args, 0), key = sp_vals_get(args, 1);
    bool ba = is_bytearray(s);
    if (sp_is_slice(vm, key)) {
        sp_cbytes d = self_data(vm, args, "__getitem__");
        sp_ssize start, stop, step;
        /* __index__ of the slice may resize a bytearray: adjust to the
         * length read after it. */
        sp_slice_unpack(vm, key, &start, &stop, &step);
        d = sp_bytes_data(s);
        size_t n = sp_slice_adjust(d.len, &start, &stop, step);
        if (step == 1 && n == d.len && !ba)
            return self_copy(vm, s);
        if (step == 1)
            return mk(vm, s, sp_cbytes_sub(d, (size_t)start, n));
        bb b;
        bb_init(vm, &b, n);
        for (size_t k = 0; k < n; k++) {
            size_t i = (size_t)(start + (sp_ssize)k * step);
            bb_byte(vm, &b, i < d.len ? sp_cbytes_get(d, i) : 0);
        }
        return mk(vm, s, bb_data(&b));
    }
    if (!has_index(vm, key))
        sp_raise_fmt(vm, vm->e.TypeError, ba ? "bytearray indices must be integers or slices, not %N" : "byte indices must be integers or slices, not %N", sp_type_of(vm, key));
    sp_ssize i = sp_bytes_item_index(vm, key);
    sp_cbytes d = self_data(vm, args, "__getitem__");
    if (i < 0)
        i += (sp_ssize)d.len;
    if (i < 0 || (size_t)i >= d.len)
        sp_raise_fmt(vm, vm->e.IndexError, ba ? "bytearray index out of range" : "index out of range");
    return sp_small(sp_cbytes_get(d, (size_t)i));
}

sp_val sp_bytesm___contains__(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__contains__", sp_vals_from(args, 1), kw, 1, 1);
    sp_val v = sp_vals_get(args, 1);
    uint8_t one;
    sp_cbytes needle;
    sp_cbytes tmp;
    if (sp_bytes_buffer(vm, v, &tmp))
        needle = tmp;
    else if (has_index(vm, v)) {
        one = sp_byte_value(vm, v);
        needle = SP_ONE(sp_cbytes, one);
    } else
        sp_raise_fmt(vm, vm->e.TypeError, "a bytes-like object is required, not '%N'", sp_type_of(vm, v));
    sp_cbytes d = self_data(vm, args, "__contains__");
    return sp_bool(vm, sp_bfind(d, needle, 0, d.len) >= 0);
}

static sp_val bytes_compare(sp_vm *vm, sp_vals args, sp_val kw, sp_cmpop op)
{
    sp_check_nargs(vm, "comparison", sp_vals_from(args, 1), kw, 1, 1);
    sp_cbytes a = self_data(vm, args, "comparison"), b;
    sp_val o = sp_vals_get(args, 1);
    /* bytes compares only with bytes (bytearray's reflected method does
     * the mixed case); bytearray with any buffer. */
    if (is_bytearray(sp_vals_get(args, 0))) {
        if (!sp_bytes_buffer(vm, o, &b))
            return vm->NotImplemented;
        a = self_data(vm, args, "comparison");
    } else if (sp_layout_of(o) == SP_LAYOUT_BYTES) {
        b = sp_bytes_data(o);
    } else {
        return vm->NotImplemented;
    }
    if (op == SP_EQ || op == SP_NE) {
        bool eq = sp_cbytes_eq(a, b);
        return sp_bool(vm, op == SP_EQ ? eq : !eq);
    }
    int c = sp_cbytes_cmp(a, b);
    bool r = op == SP_LT ? c < 0 : op == SP_LE ? c <= 0 : op == SP_GT ? c > 0 : c >= 0;
    return sp_bool(vm, r);
}

sp_val sp_bytesm___eq__(sp_vm *vm, sp_vals a, sp_val k) { return bytes_compare(vm, a, k, SP_EQ); }
sp_val sp_bytesm___ne__(sp_vm *vm, sp_vals a, sp_val k) { return bytes_compare(vm, a, k, SP_NE); }
sp_val sp_bytesm___lt__(sp_vm *vm, sp_vals a, sp_val k) { return bytes_compare(vm, a, k, SP_LT); }
sp_val sp_bytesm___le__(sp_vm *vm, sp_vals a, sp_val k) { return bytes_compare(vm, a, k, SP_LE); }
sp_val sp_bytesm___gt__(sp_vm *vm, sp_vals a, sp_val k) { return bytes_compare(vm, a, k, SP_GT); }
sp_val sp_bytesm___ge__(sp_vm *vm, sp_vals a, sp_val k) { return bytes_compare(vm, a, k, SP_GE); }

/* A Python class with its own reflected method gets its turn; for the
 * built-in types CPython's sequence error is raised directly. */
static bool defers_to(sp_vm *vm, sp_val other, sp_val rname)
{
    sp_type *t = sp_type_of(vm, other);
    return (t->flags & SP_TF_HEAPTYPE) && sp_type_lookup(vm, t, rname) != NULL;
}

sp_val sp_bytesm___add__(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__add__", sp_vals_from(args, 1), kw, 1, 1);
    sp_val s = sp_vals_get(args, 0), o = sp_vals_get(args, 1);
    sp_cbytes b;
    if (!sp_bytes_buffer(vm, o, &b)) {
        if (defers_to(vm, o, vm->n.__radd__))
            return vm->NotImplemented;
        sp_raise_fmt(vm, vm->e.TypeError, "can't concat %N to %N", sp_type_of(vm, o), sp_type_of(vm, s));
    }
    sp_cbytes a = self_data(vm, args, "__add__");
    /* An empty operand gives back the other one if it is an exact bytes. */
    if (!is_bytearray(s)) {
        if (b.len == 0 && sp_type_of(vm, s) == vm->t.bytes)
            return s;
        if (a.len == 0 && sp_type_of(vm, o) == vm->t.bytes)
            return o;
    }
    bb r;
    bb_init(vm, &r, sp_size_add_or_raise(vm, a.len, b.len));
    bb_add(vm, &r, a);
    bb_add(vm, &r, b);
    return mk(vm, s, bb_data(&r));
}

sp_val sp_bytesm___mul__(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__mul__", sp_vals_from(args, 1), kw, 1, 1);
    sp_val s = sp_vals_get(args, 0), n = sp_vals_get(args, 1);
    if (!has_index(vm, n)) {
        if (defers_to(vm, n, vm->n.__rmul__))
            return vm->NotImplemented;
        sp_raise_fmt(vm, vm->e.TypeError, "can't multiply sequence by non-int of type '%N'", sp_type_of(vm, n));
    }
    sp_ssize k = sp_index_ssize(vm, n);
    sp_cbytes d = self_data(vm, args, "__mul__");
    if (k <= 0 || d.len == 0)
        return mk(vm, s, (sp_cbytes){ NULL, 0 });
    if (k == 1)
        return self_copy(vm, s);
    size_t total;
    if (!sp_size_mul(d.len, (size_t)k, &total) || total > (size_t)PTRDIFF_MAX) {
        if (is_bytearray(s))
            sp_raise_type(vm, vm->e.MemoryError);
        sp_raise_fmt(vm, vm->e.OverflowError, "repeated bytes are too long");
    }
    sp_bytes_obj *o = sp_bytes_alloc(vm, total);
    sp_bytes buf = sp_bytesobj_buf(o);
    for (size_t i = 0; i < (size_t)k; i++)
        sp_bytes_copy(sp_bytes_sub(buf, i * d.len, d.len), d);
    if (is_bytearray(s))
        return sp_bytearray_new(vm, sp_bytesobj_cbytes(o));
    return (sp_val)o;
}

/* other * b after other.__mul__ declined (see str.c's __rmul__). */
sp_val sp_bytesm___rmul__(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__rmul__", sp_vals_from(args, 1), kw, 1, 1);
    sp_val s = sp_vals_get(args, 0), n = sp_vals_get(args, 1);
    if (has_index(vm, n))
        return sp_bytesm___mul__(vm, args, kw);
    sp_layout l = sp_layout_of(n);
    bool seq = l == SP_LAYOUT_LIST || l == SP_LAYOUT_TUPLE || l == SP_LAYOUT_STR;
    sp_raise_fmt(vm, vm->e.TypeError, "can't multiply sequence by non-int of type '%N'", seq ? sp_type_of(vm, s) : sp_type_of(vm, n));
}

sp_val sp_bytesm___mod__(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__mod__", sp_vals_from(args, 1), kw, 1, 1);
    sp_val s = sp_vals_get(args, 0);
    sp_val r = sp_bytes_percent_format(vm, s, sp_vals_get(args, 1));
    return mk(vm, s, sp_bytes_data(r));
}

sp_val sp_bytesm___rmod__(sp_vm *vm, sp_vals args, sp_val kw)
{
    return vm->NotImplemented;
}

/* ------------------------------------------------------------------------
 * decode, hex, fromhex
 * --------------------------------------------------------------------- */
sp_val sp_bytesm_decode(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "encoding", "errors", NULL };
    sp_val a[2] = { NULL, NULL };
    sp_parse_args(vm, "decode", sp_vals_from(args, 1), kw, kwlist, 0, SP_VALS(a));
    if (a[0] && !sp_is_str(a[0]))
        sp_raise_fmt(vm, vm->e.TypeError, "decode() argument 'encoding' must be str, not %s", sp_argtype_name(vm, a[0]));
    if (a[1] && !sp_is_str(a[1]))
        sp_raise_fmt(vm, vm->e.TypeError, "decode() argument 'errors' must be str, not %s", sp_argtype_name(vm, a[1]));
    sp_cbytes d = self_data(vm, args, "decode");
    const char *enc = a[0] ? sp_str_cstr(a[0]) : "utf-8";
    const char *err = a[1] ? sp_str_cstr(a[1]) : "strict";
    if (!a[0])
        return sp_str_decode_utf8(vm, d, err);
    /* CPython decodes nothing without looking the codec up. */
    if (d.len == 0)
        return sp_str_from_cstr(vm, "");
    return sp_codec_decode(vm, d, enc, err);
}

sp_val sp_bytesm_hex(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "sep", "bytes_per_sep", NULL };
    static const char hex[] = "0123456789abcdef";
    sp_val a[2] = { NULL, NULL };
    sp_parse_args(vm, "hex", sp_vals_from(args, 1), kw, kwlist, 0, SP_VALS(a));
    uint8_t sep = 0;
    /* CPython's order: bytes_per_sep, then len(sep), its type, ASCII. */
    sp_ssize per = a[1] ? int_arg(vm, a[1]) : 1;
    if (a[0]) {
        if (sp_len(vm, a[0]) != 1)
            sp_raise_fmt(vm, vm->e.ValueError, "sep must be length 1.");
        sp_cbytes sd;
        if (sp_is_str(a[0]))
            sd = sp_str_bytes(a[0]);
        else if (sp_layout_of(a[0]) == SP_LAYOUT_BYTES)
            sd = sp_bytes_data(a[0]);
        else
            sp_raise_fmt(vm, vm->e.TypeError, "sep must be str or bytes.");
        if (sp_cbytes_get(sd, 0) >= 0x80)
            sp_raise_fmt(vm, vm->e.ValueError, "sep must be ASCII.");
        sep = sp_cbytes_get(sd, 0);
    }
    sp_cbytes d = self_data(vm, args, "hex");
    sp_strbuf b;
    sp_strbuf_init(vm, &b, d.len * 3);
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    for (size_t i = 0; i < d.len; i++) {
        if (sep && group > 0 && i > 0) {
            /* positive bytes_per_sep counts groups from the right */
            bool cut = per > 0 ? (d.len - i) % group == 0 : i % group == 0;
            if (cut)
                sp_strbuf_add_ascii_char(vm, &b, (char)sep);
        }
        uint8_t c = sp_cbytes_get(d, i);
        sp_strbuf_add_ascii_char(vm, &b, (char)sp_cbytes_get(SP_CBYTES(hex), c >> 4));
        sp_strbuf_add_ascii_char(vm, &b, (char)sp_cbytes_get(SP_CBYTES(hex), c & 0xFu));
    }
    return sp_strbuf_finish(vm, &b);
}


/* classmethod: args[0] is the class. */
sp_val sp_bytesm_fromhex(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_vals a = sp_bytes_method_args(vm, args, kw, "fromhex", 1, 1);
    sp_val cls = sp_vals_get(args, 0);
    sp_val s = sp_vals_get(a, 0);
    if (!sp_is_str(s))
        sp_raise_fmt(vm, vm->e.TypeError, "fromhex() argument must be str, not %s", sp_argtype_name(vm, s));
    sp_cbytes d = sp_str_bytes(s);
    bb b;
    bb_init(vm, &b, d.len / 2);
    size_t i = 0;
    while (i < d.len) {
        uint8_t c = sp_cbytes_get(d, i);
        if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
            i++;
            continue;
        }
        int hi = sp_hex_digit(c);
        if (hi < 0)
            sp_raise_fmt(vm, vm->e.ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", i);
        int lo = i + 1 < d.len ? sp_hex_digit(sp_cbytes_get(d, i + 1)) : -1;
        if (lo < 0)
            sp_raise_fmt(vm, vm->e.ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", i + 1);
        bb_byte(vm, &b, (uint8_t)(hi * 16 + lo));
        i += 2;
    }
    sp_val r = sp_bytes_new(vm, bb_data(&b));
    if (sp_is_type(cls) && sp_as_type(cls) == vm->t.bytearray)
        return sp_bytearray_new(vm, bb_data(&b));
    if (sp_is_type(cls) && sp_as_type(cls) != vm->t.bytes)
        return sp_call1(vm, cls, r);
    return r;
}

/* ------------------------------------------------------------------------
 * Searching
 * --------------------------------------------------------------------- */
static sp_ssize bfind_impl(sp_vm *vm, sp_vals args, sp_val kw, const char *fname, bool reverse)
{
    sp_vals a = sp_bytes_method_args(vm, args, kw, fname, 1, 3);
    /* CPython converts start/end before looking at the needle. */
    sp_cbytes d = self_data(vm, args, fname);
    size_t st, en;
    sp_adjust_range(vm, opt(a, 1), opt(a, 2), d.len, &st, &en);
    uint8_t one;
    sp_cbytes needle = needle_arg(vm, sp_vals_get(a, 0), &one);
    d = self_data(vm, args, fname);
    if (st > en)
        return -1;
    return reverse ? sp_brfind(d, needle, st, en) : sp_bfind(d, needle, st, en);
}

sp_val sp_bytesm_find(sp_vm *vm, sp_vals a, sp_val k) { return sp_int_from_i64(vm, bfind_impl(vm, a, k, "find", false)); }
sp_val sp_bytesm_rfind(sp_vm *vm, sp_vals a, sp_val k) { return sp_int_from_i64(vm, bfind_impl(vm, a, k, "rfind", true)); }

sp_val sp_bytesm_index(sp_vm *vm, sp_vals a, sp_val k)
{
    sp_ssize r = bfind_impl(vm, a, k, "index", false);
    if (r < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "subsection not found");
    return sp_int_from_i64(vm, r);
}

sp_val sp_bytesm_rindex(sp_vm *vm, sp_vals a, sp_val k)
{
    sp_ssize r = bfind_impl(vm, a, k, "rindex", true);
    if (r < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "subsection not found");
    return sp_int_from_i64(vm, r);
}

sp_val sp_bytesm_count(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_vals a = sp_bytes_method_args(vm, args, kw, "count", 1, 3);
    sp_cbytes d = self_data(vm, args, "count");
    size_t st, en;
    sp_adjust_range(vm, opt(a, 1), opt(a, 2), d.len, &st, &en);
    uint8_t one;
    sp_cbytes needle = needle_arg(vm, sp_vals_get(a, 0), &one);
    d = self_data(vm, args, "count");
    if (st > en)
        return sp_small(0);
    if (needle.len == 0)
        return sp_int_from_size(vm, en - st + 1);
    size_t n = 0;
    for (;;) {
        sp_ssize r = sp_bfind(d, needle, st, en);
        if (r < 0)
            break;
        n++;
        st = (size_t)r + needle.len;
    }
    return sp_int_from_size(vm, n);
}

static sp_val b_starts_ends(sp_vm *vm, sp_vals args, sp_val kw, bool ends)
{
    const char *name = ends ? "endswith" : "startswith";
    sp_vals a = sp_bytes_method_args(vm, args, kw, name, 1, 3);
    sp_val pre = sp_vals_get(a, 0);
    sp_cbytes d = self_data(vm, args, name);
    size_t st, en;
    sp_adjust_range(vm, opt(a, 1), opt(a, 2), d.len, &st, &en);
    d = self_data(vm, args, name);
    size_t n = sp_is_tuple(pre) ? sp_tuple_len(pre) : 1;
    sp_cbytes tmp;
    if (!sp_is_tuple(pre) && !sp_bytes_buffer(vm, pre, &tmp))
        sp_raise_fmt(vm, vm->e.TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", name, pre);
    for (size_t i = 0; i < n; i++) {
        sp_val c = sp_is_tuple(pre) ? sp_tuple_get(pre, i) : pre;
        sp_cbytes cb;
        if (!sp_bytes_buffer(vm, c, &cb))
            sp_raise_fmt(vm, vm->e.TypeError, "a bytes-like object is required, not '%N'", sp_type_of(vm, c));
        if (st > d.len || en < st || cb.len > en - st)
            continue;
        size_t at = ends ? en - cb.len : st;
        if (sp_cbytes_eq(sp_cbytes_sub(d, at, cb.len), cb))
            return vm->True;
    }
    return vm->False;
}

sp_val sp_bytesm_startswith(sp_vm *vm, sp_vals a, sp_val k) { return b_starts_ends(vm, a, k, false); }
sp_val sp_bytesm_endswith(sp_vm *vm, sp_vals a, sp_val k) { return b_starts_ends(vm, a, k, true); }

/* ------------------------------------------------------------------------
 * split family
 * --------------------------------------------------------------------- */
/* *sep is NULL for whitespace splitting, else the separator's bytes in *sb. */
static void b_split_args(sp_vm *vm, sp_vals args, sp_val kw, const char *fname, sp_val *sep, sp_cbytes *sb, sp_ssize *maxsplit)
{
    static const char *const kwlist[] = { "sep", "maxsplit", NULL };
    sp_val a[2] = { NULL, NULL };
    sp_parse_args(vm, fname, sp_vals_from(args, 1), kw, kwlist, 0, SP_VALS(a));
    /* maxsplit is converted first (CPython's argument clinic order). */
    *maxsplit = a[1] ? ssize_arg(vm, a[1]) : -1;
    *sep = is_none(vm, a[0]) ? NULL : a[0];
    *sb = (sp_cbytes){ NULL, 0 };
    if (*sep) {
        *sb = need_buffer(vm, *sep);
        if (sb->len == 0)
            sp_raise_fmt(vm, vm->e.ValueError, "empty separator");
    }
}

sp_val sp_bytesm_split(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = sp_vals_get(args, 0), sep;
    sp_ssize maxsplit;
    sp_cbytes sb;
    b_split_args(vm, args, kw, "split", &sep, &sb, &maxsplit);
    sp_cbytes d = self_data(vm, args, "split");
    sp_val out = sp_list_new(vm, 0);
    size_t pos = 0;
    if (sep) {
        while (maxsplit != 0) {
            sp_ssize r = sp_bfind(d, sb, pos, d.len);
            if (r < 0)
                break;
            sp_list_append(vm, out, mk(vm, s, sp_cbytes_sub(d, pos, (size_t)r - pos)));
            pos = (size_t)r + sb.len;
            if (maxsplit > 0)
                maxsplit--;
        }
        sp_list_append(vm, out, mk(vm, s, sp_cbytes_from(d, pos)));
        return out;
    }
    for (;;) {
        while (pos < d.len && b_isspace(sp_cbytes_get(d, pos)))
            pos++;
        if (pos >= d.len)
            break;
        if (maxsplit == 0) {
            sp_list_append(vm, out, mk(vm, s, sp_cbytes_from(d, pos)));
            break;
        }
        size_t start = pos;
        while (pos < d.len && !b_isspace(sp_cbytes_get(d, pos)))
            pos++;
        sp_list_append(vm, out, mk(vm, s, sp_cbytes_sub(d, start, pos - start)));
        if (maxsplit > 0)
            maxsplit--;
    }
    return out;
}

static void reverse_list(sp_val l)
{
    sp_vals it = sp_list_items(l);
    for (size_t i = 0, j = it.len; i + 1 < j; i++, j--) {
        sp_val t = sp_vals_get(it, i);
        sp_vals_set(it, i, sp_vals_get(it, j - 1));
        sp_vals_set(it, j - 1, t);
    }
}

sp_val sp_bytesm_rsplit(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = sp_vals_get(args, 0), sep;
    sp_ssize maxsplit;
    sp_cbytes sb;
    b_split_args(vm, args, kw, "rsplit", &sep, &sb, &maxsplit);
    sp_cbytes d = self_data(vm, args, "rsplit");
    sp_val out = sp_list_new(vm, 0);
    size_t end = d.len;
    if (sep) {
        while (maxsplit != 0) {
            sp_ssize r = sp_brfind(d, sb, 0, end);
            if (r < 0)
                break;
            size_t after = (size_t)r + sb.len;
            sp_list_append(vm, out, mk(vm, s, sp_cbytes_sub(d, after, end - after)));
            end = (size_t)r;
            if (maxsplit > 0)
                maxsplit--;
        }
        sp_list_append(vm, out, mk(vm, s, sp_cbytes_sub(d, 0, end)));
        reverse_list(out);
        return out;
    }
    for (;;) {
        while (end > 0 && b_isspace(sp_cbytes_get(d, end - 1)))
            end--;
        if (end == 0)
            break;
        if (maxsplit == 0) {
            sp_list_append(vm, out, mk(vm, s, sp_cbytes_sub(d, 0, end)));
            break;
        }
        size_t p = end;
        while (p > 0 && !b_isspace(sp_cbytes_get(d, p - 1)))
            p--;
        sp_list_append(vm, out, mk(vm, s, sp_cbytes_sub(d, p, end - p)));
        end = p;
        if (maxsplit > 0)
            maxsplit--;
    }
    reverse_list(out);
    return out;
}

sp_val sp_bytesm_splitlines(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "keepends", NULL };
    sp_val a[1] = { NULL };
    sp_parse_args(vm, "splitlines", sp_vals_from(args, 1), kw, kwlist, 0, SP_VALS(a));
    /* keepends is a C int in CPython: __index__, not truth. */
    bool keep = a[0] ? int_arg(vm, a[0]) != 0 : false;
    sp_val s = sp_vals_get(args, 0);
    sp_cbytes d = self_data(vm, args, "splitlines");
    sp_val out = sp_list_new(vm, 0);
    size_t pos = 0, start = 0;
    while (pos < d.len) {
        uint8_t c = sp_cbytes_get(d, pos);
        if (c != '\n' && c != '\r') {
            pos++;
            continue;
        }
        size_t at = pos++;
        if (c == '\r' && pos < d.len && sp_cbytes_get(d, pos) == '\n')
            pos++;
        sp_list_append(vm, out, mk(vm, s, sp_cbytes_sub(d, start, (keep ? pos : at) - start)));
        start = pos;
    }
    if (start < d.len)
        sp_list_append(vm, out, mk(vm, s, sp_cbytes_from(d, start)));
    return out;
}

static sp_val b_partition(sp_vm *vm, sp_vals args, sp_val kw, bool reverse)
{
    sp_vals a = sp_bytes_method_args(vm, args, kw, reverse ? "rpartition" : "partition", 1, 1);
    sp_val s = sp_vals_get(args, 0);
    sp_cbytes sb = need_buffer(vm, sp_vals_get(a, 0));
    if (sb.len == 0)
        sp_raise_fmt(vm, vm->e.ValueError, "empty separator");
    sp_cbytes d = self_data(vm, args, "partition");
    sp_ssize r = reverse ? sp_brfind(d, sb, 0, d.len) : sp_bfind(d, sb, 0, d.len);
    sp_val t = sp_tuple_new(vm, 3);
    sp_val e = mk(vm, s, (sp_cbytes){ NULL, 0 });
    if (r < 0) {
        sp_tuple_set(t, reverse ? 2 : 0, is_bytearray(s) ? self_copy(vm, s) : s);
        sp_tuple_set(t, 1, e);
        sp_tuple_set(t, reverse ? 0 : 2, mk(vm, s, (sp_cbytes){ NULL, 0 }));
        return t;
    }
    sp_tuple_set(t, 0, mk(vm, s, sp_cbytes_sub(d, 0, (size_t)r)));
    /* bytes.partition returns the separator argument itself (CPython). */
    sp_val sepv = sp_vals_get(a, 0);
    sp_tuple_set(t, 1, is_bytearray(s) ? mk(vm, s, sb) : sepv);
    sp_tuple_set(t, 2, mk(vm, s, sp_cbytes_from(d, (size_t)r + sb.len)));
    return t;
}

sp_val sp_bytesm_partition(sp_vm *vm, sp_vals a, sp_val k) { return b_partition(vm, a, k, false); }
sp_val sp_bytesm_rpartition(sp_vm *vm, sp_vals a, sp_val k) { return b_partition(vm, a, k, true); }

sp_val sp_bytesm_join(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_vals a = sp_bytes_method_args(vm, args, kw, "join", 1, 1);
    sp_val s = sp_vals_get(args, 0);
    sp_val src = sp_vals_get(a, 0);
    sp_type *srct = sp_type_of(vm, src);
    if (!sp_type_lookup(vm, srct, vm->n.__iter__) && !sp_type_lookup(vm, srct, vm->n.__getitem__))
        sp_raise_fmt(vm, vm->e.TypeError, "can only join an iterable");
    /* A snapshot; not an exact list or tuple: through iter(src), as
     * CPython's PySequence_Fast. */
    if (!sp_is_exact(vm, src, vm->t.list) && !sp_is_exact(vm, src, vm->t.tuple))
        src = sp_iter(vm, src);
    sp_val items = sp_tuple_from_iter(vm, src);
    sp_vals it = sp_tuple_items(items);
    sp_cbytes sep = self_data(vm, args, "join");
    /* b''.join([x]) is x for an exact bytes x (CPython). */
    if (it.len == 1 && !is_bytearray(s) && sp_type_of(vm, sp_vals_get(it, 0)) == vm->t.bytes)
        return sp_vals_get(it, 0);
    /* The result's size first (checked), so that a join that can't fit
     * fails at once instead of filling the heap on the way. */
    size_t total = 0;
    for (size_t i = 0; i < it.len; i++) {
        sp_cbytes d;
        if (!sp_bytes_buffer(vm, sp_vals_get(it, i), &d))
            sp_raise_fmt(vm, vm->e.TypeError, "sequence item %zu: expected a bytes-like object, %T found", i, sp_vals_get(it, i));
        total = sp_size_add_or_raise(vm, total, d.len);
        if (i > 0)
            total = sp_size_add_or_raise(vm, total, sep.len);
    }
    bb b;
    bb_init(vm, &b, total);
    for (size_t i = 0; i < it.len; i++) {
        sp_cbytes d;
        if (!sp_bytes_buffer(vm, sp_vals_get(it, i), &d))
            sp_raise_fmt(vm, vm->e.TypeError, "sequence item %zu: expected a bytes-like object, %T found", i, sp_vals_get(it, i));
        if (i > 0)
            bb_add(vm, &b, sep);
        bb_add(vm, &b, d);
    }
    return mk(vm, s, bb_data(&b));
}

/* ------------------------------------------------------------------------
 * strip, replace, removeprefix/suffix
 * --------------------------------------------------------------------- */
static sp_val b_strip(sp_vm *vm, sp_vals args, sp_val kw, const char *name, bool left, bool right)
{
    sp_vals a = sp_bytes_method_args(vm, args, kw, name, 0, 1);
    sp_val s = sp_vals_get(args, 0);
    sp_val chars = opt(a, 0);
    sp_cbytes cs = { NULL, 0 };
    bool ws = is_none(vm, chars);
    if (!ws)
        cs = need_buffer(vm, chars);
    sp_cbytes d = self_data(vm, args, name);
    size_t st = 0, en = d.len;
    if (left)
        while (st < en && (ws ? b_isspace(sp_cbytes_get(d, st)) : sp_cbytes_findbyte(cs, sp_cbytes_get(d, st), 0) >= 0))
            st++;
    if (right)
        while (en > st && (ws ? b_isspace(sp_cbytes_get(d, en - 1)) : sp_cbytes_findbyte(cs, sp_cbytes_get(d, en - 1), 0) >= 0))
            en--;
    if (st == 0 && en == d.len)
        return self_copy(vm, s);
    return mk(vm, s, sp_cbytes_sub(d, st, en - st));
}

sp_val sp_bytesm_strip(sp_vm *vm, sp_vals a, sp_val k) { return b_strip(vm, a, k, "strip", true, true); }
sp_val sp_bytesm_lstrip(sp_vm *vm, sp_vals a, sp_val k) { return b_strip(vm, a, k, "lstrip", true, false); }
sp_val sp_bytesm_rstrip(sp_vm *vm, sp_vals a, sp_val k) { return b_strip(vm, a, k, "rstrip", false, true); }

sp_val sp_bytesm_replace(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_vals a = sp_bytes_method_args(vm, args, kw, "replace", 2, 3);
    sp_val s = sp_vals_get(args, 0);
    sp_cbytes old = need_buffer(vm, sp_vals_get(a, 0));
    sp_cbytes new = need_buffer(vm, sp_vals_get(a, 1));
    sp_ssize count = a.len > 2 ? ssize_arg(vm, sp_vals_get(a, 2)) : -1;
    sp_cbytes d = self_data(vm, args, "replace");
    /* Nothing to do: CPython hands back self (a copy for bytearray). */
    if (count == 0 || (old.len == 0 && new.len == 0) || (old.len > 0 && sp_bfind(d, old, 0, d.len) < 0))
        return self_copy(vm, s);
    bb b;
    bb_init(vm, &b, d.len);
    size_t pos = 0;
    if (old.len == 0) {
        while (pos <= d.len) {
            if (count != 0) {
                bb_add(vm, &b, new);
                if (count > 0)
                    count--;
            }
            if (pos == d.len)
                break;
            bb_byte(vm, &b, sp_cbytes_get(d, pos++));
        }
        return mk(vm, s, bb_data(&b));
    }
    while (count != 0) {
        sp_ssize r = sp_bfind(d, old, pos, d.len);
        if (r < 0)
            break;
        bb_add(vm, &b, sp_cbytes_sub(d, pos, (size_t)r - pos));
        bb_add(vm, &b, new);
        pos = (size_t)r + old.len;
        if (count > 0)
            count--;
    }
    bb_add(vm, &b, sp_cbytes_from(d, pos));
    return mk(vm, s, bb_data(&b));
}

sp_val sp_bytesm_removeprefix(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_vals a = sp_bytes_method_args(vm, args, kw, "removeprefix", 1, 1);
    sp_val s = sp_vals_get(args, 0);
    sp_cbytes p = need_buffer(vm, sp_vals_get(a, 0));
    sp_cbytes d = self_data(vm, args, "removeprefix");
    if (p.len <= d.len && sp_cbytes_eq(sp_cbytes_sub(d, 0, p.len), p))
        return mk(vm, s, sp_cbytes_from(d, p.len));
    return self_copy(vm, s);
}

sp_val sp_bytesm_removesuffix(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_vals a = sp_bytes_method_args(vm, args, kw, "removesuffix", 1, 1);
    sp_val s = sp_vals_get(args, 0);
    sp_cbytes p = need_buffer(vm, sp_vals_get(a, 0));
    sp_cbytes d = self_data(vm, args, "removesuffix");
    if (p.len > 0 && p.len <= d.len && sp_cbytes_eq(sp_cbytes_sub(d, d.len - p.len, p.len), p))
        return mk(vm, s, sp_cbytes_sub(d, 0, d.len - p.len));
    return self_copy(vm, s);
}

/* ------------------------------------------------------------------------
 * ASCII case mapping and predicates
 * --------------------------------------------------------------------- */
typedef enum { BC_UPPER, BC_LOWER, BC_SWAP, BC_CAP, BC_TITLE } bcase;

static sp_val b_case(sp_vm *vm, sp_vals args, sp_val kw, const char *name, bcase kind)
{
    sp_bytes_method_args(vm, args, kw, name, 0, 0);
    sp_val s = sp_vals_get(args, 0);
    sp_cbytes d = self_data(vm, args, name);
    bb b;
    bb_init(vm, &b, d.len);
    bool prev = false;
    for (size_t i = 0; i < d.len; i++) {
        uint8_t c = sp_cbytes_get(d, i);
        bool up;
        switch (kind) {
        case BC_UPPER: up = true; break;
        case BC_LOWER: up = false; break;
        case BC_SWAP: up = b_islower(c); break;
        case BC_CAP: up = i == 0; break;
        default: up = !prev; break;
        }
        prev = b_isalpha(c);
        if (up && b_islower(c))
            c = (uint8_t)(c - 32);
        else if (!up && b_isupper(c))
            c = (uint8_t)(c + 32);
        bb_byte(vm, &b, c);
    }
    return mk(vm, s, bb_data(&b));
}

sp_val sp_bytesm_upper(sp_vm *vm, sp_vals a, sp_val k) { return b_case(vm, a, k, "upper", BC_UPPER); }
sp_val sp_bytesm_lower(sp_vm *vm, sp_vals a, sp_val k) { return b_case(vm, a, k, "lower", BC_LOWER); }
sp_val sp_bytesm_swapcase(sp_vm *vm, sp_vals a, sp_val k) { return b_case(vm, a, k, "swapcase", BC_SWAP); }
sp_val sp_bytesm_capitalize(sp_vm *vm, sp_vals a, sp_val k) { return b_case(vm, a, k, "capitalize", BC_CAP); }
sp_val sp_bytesm_title(sp_vm *vm, sp_vals a, sp_val k) { return b_case(vm, a, k, "title", BC_TITLE); }

static sp_val b_all(sp_vm *vm, sp_vals args, sp_val kw, const char *name, bool (*pred)(uint8_t))
{
    sp_bytes_method_args(vm, args, kw, name, 0, 0);
    sp_cbytes d = self_data(vm, args, name);
    if (d.len == 0)
        return vm->False;
    for (size_t i = 0; i < d.len; i++)
        if (!pred(sp_cbytes_get(d, i)))
            return vm->False;
    return vm->True;
}

sp_val sp_bytesm_isdigit(sp_vm *vm, sp_vals a, sp_val k) { return b_all(vm, a, k, "isdigit", b_isdigit); }
sp_val sp_bytesm_isalpha(sp_vm *vm, sp_vals a, sp_val k) { return b_all(vm, a, k, "isalpha", b_isalpha); }
sp_val sp_bytesm_isalnum(sp_vm *vm, sp_vals a, sp_val k) { return b_all(vm, a, k, "isalnum", b_isalnum); }
sp_val sp_bytesm_isspace(sp_vm *vm, sp_vals a, sp_val k) { return b_all(vm, a, k, "isspace", b_isspace); }

sp_val sp_bytesm_isascii(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_bytes_method_args(vm, args, kw, "isascii", 0, 0);
    sp_cbytes d = self_data(vm, args, "isascii");
    for (size_t i = 0; i < d.len; i++)
        if (sp_cbytes_get(d, i) >= 0x80)
            return vm->False;
    return vm->True;
}

static sp_val b_cased(sp_vm *vm, sp_vals args, sp_val kw, const char *name, bool upper)
{
    sp_bytes_method_args(vm, args, kw, name, 0, 0);
    sp_cbytes d = self_data(vm, args, name);
    bool cased = false;
    for (size_t i = 0; i < d.len; i++) {
        uint8_t c = sp_cbytes_get(d, i);
        if (upper ? b_islower(c) : b_isupper(c))
            return vm->False;
        if (upper ? b_isupper(c) : b_islower(c))
            cased = true;
    }
    return sp_bool(vm, cased);
}

sp_val sp_bytesm_isupper(sp_vm *vm, sp_vals a, sp_val k) { return b_cased(vm, a, k, "isupper", true); }
sp_val sp_bytesm_islower(sp_vm *vm, sp_vals a, sp_val k) { return b_cased(vm, a, k, "islower", false); }

sp_val sp_bytesm_istitle(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_bytes_method_args(vm, args, kw, "istitle", 0, 0);
    sp_cbytes d = self_data(vm, args, "istitle");
    bool cased = false, prev = false;
    for (size_t i = 0; i < d.len; i++) {
        uint8_t c = sp_cbytes_get(d, i);
        if (b_isupper(c)) {
            if (prev)
                return vm->False;
            prev = cased = true;
        } else if (b_islower(c)) {
            if (!prev)
                return vm->False;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return sp_bool(vm, cased);
}

/* ------------------------------------------------------------------------
 * Padding, expandtabs, translate, maketrans
 * --------------------------------------------------------------------- */
static sp_val b_justify(sp_vm *vm, sp_vals args, sp_val kw, const char *name, int mode)
{
    sp_vals a = sp_bytes_method_args(vm, args, kw, name, 1, 2);
    sp_val s = sp_vals_get(args, 0);
    sp_ssize width = ssize_arg(vm, sp_vals_get(a, 0));
    uint8_t fill = ' ';
    if (a.len > 1) {
        sp_cbytes f;
        if (!sp_bytes_like(sp_vals_get(a, 1), &f) || f.len != 1)
            sp_raise_fmt(vm, vm->e.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, sp_argtype_name(vm, sp_vals_get(a, 1)));
        fill = sp_cbytes_get(f, 0);
    }
    sp_cbytes d = self_data(vm, args, name);
    if (width <= (sp_ssize)d.len)
        return self_copy(vm, s);
    size_t padn = (size_t)width - d.len;
    size_t left = mode < 0 ? 0 : mode > 0 ? padn : padn / 2 + (padn & (size_t)width & 1);
    bb b;
    bb_init(vm, &b, (size_t)width);
    for (size_t i = 0; i < left; i++)
        bb_byte(vm, &b, fill);
    bb_add(vm, &b, d);
    for (size_t i = left; i < padn; i++)
        bb_byte(vm, &b, fill);
    return mk(vm, s, bb_data(&b));
}

sp_val sp_bytesm_center(sp_vm *vm, sp_vals a, sp_val k) { return b_justify(vm, a, k, "center", 0); }
sp_val sp_bytesm_ljust(sp_vm *vm, sp_vals a, sp_val k) { return b_justify(vm, a, k, "ljust", -1); }
sp_val sp_bytesm_rjust(sp_vm *vm, sp_vals a, sp_val k) { return b_justify(vm, a, k, "rjust", 1); }

sp_val sp_bytesm_zfill(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_vals a = sp_bytes_method_args(vm, args, kw, "zfill", 1, 1);
    sp_val s = sp_vals_get(args, 0);
    sp_ssize width = ssize_arg(vm, sp_vals_get(a, 0));
    sp_cbytes d = self_data(vm, args, "zfill");
    if (width <= (sp_ssize)d.len)
        return self_copy(vm, s);
    bb b;
    bb_init(vm, &b, (size_t)width);
    size_t from = 0;
    if (d.len > 0 && (sp_cbytes_get(d, 0) == '+' || sp_cbytes_get(d, 0) == '-')) {
        bb_byte(vm, &b, sp_cbytes_get(d, 0));
        from = 1;
    }
    for (size_t i = d.len; i < (size_t)width; i++)
        bb_byte(vm, &b, '0');
    bb_add(vm, &b, sp_cbytes_from(d, from));
    return mk(vm, s, bb_data(&b));
}

sp_val sp_bytesm_expandtabs(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "tabsize", NULL };
    sp_val a[1] = { NULL };
    sp_parse_args(vm, "expandtabs", sp_vals_from(args, 1), kw, kwlist, 0, SP_VALS(a));
    sp_ssize tab = a[0] ? int_arg(vm, a[0]) : 8;
    sp_val s = sp_vals_get(args, 0);
    sp_cbytes d = self_data(vm, args, "expandtabs");
    /* Size the result first, so a huge tab size fails at once. */
    size_t col = 0, total = 0;
    for (size_t i = 0; i < d.len; i++) {
        uint8_t c = sp_cbytes_get(d, i);
        if (c == '\t') {
            if (tab > 0) {
                size_t n = (size_t)tab - col % (size_t)tab;
                total = sp_size_add_or_raise(vm, total, n);
                col += n;
            }
        } else {
            total = sp_size_add_or_raise(vm, total, 1);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    if (total > (size_t)PTRDIFF_MAX)
        sp_raise_fmt(vm, vm->e.OverflowError, "result too long");
    sp_bytes_obj *o = sp_bytes_alloc(vm, total);
    sp_bytes out = sp_bytesobj_buf(o);
    size_t w = 0;
    col = 0;
    for (size_t i = 0; i < d.len; i++) {
        uint8_t c = sp_cbytes_get(d, i);
        if (c == '\t') {
            if (tab > 0) {
                size_t n = (size_t)tab - col % (size_t)tab;
                sp_bytes_fill(sp_bytes_sub(out, w, n), ' ');
                w += n;
                col += n;
            }
        } else {
            sp_bytes_set(out, w++, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return is_bytearray(s) ? sp_bytearray_new(vm, sp_bytesobj_cbytes(o)) : (sp_val)o;
}

sp_val sp_bytesm_translate(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "", "delete", NULL };
    sp_val a[2] = { NULL, NULL };
    if (args.len - (kw ? sp_tuple_len(kw) : 0) < 2)
        sp_raise_fmt(vm, vm->e.TypeError, "translate() takes at least 1 positional argument (0 given)");
    sp_parse_args(vm, "translate", sp_vals_from(args, 1), kw, kwlist, 1, SP_VALS(a));
    sp_val s = sp_vals_get(args, 0);
    sp_cbytes table = { NULL, 0 };
    if (!is_none(vm, a[0])) {
        table = need_buffer(vm, a[0]);
        if (table.len != 256)
            sp_raise_fmt(vm, vm->e.ValueError, "translation table must be 256 characters long");
    }
    sp_cbytes del = a[1] ? need_buffer(vm, a[1]) : (sp_cbytes){ NULL, 0 };
    sp_cbytes d = self_data(vm, args, "translate");
    bb b;
    bb_init(vm, &b, d.len);
    bool changed = false;
    for (size_t i = 0; i < d.len; i++) {
        uint8_t c = sp_cbytes_get(d, i);
        if (del.len && sp_cbytes_findbyte(del, c, 0) >= 0) {
            changed = true;
            continue;
        }
        uint8_t to = table.len ? sp_cbytes_get(table, c) : c;
        changed |= to != c;
        bb_byte(vm, &b, to);
    }
    /* An unchanged exact bytes is returned as is (CPython). */
    if (!changed)
        return self_copy(vm, s);
    return mk(vm, s, bb_data(&b));
}

/* static method: no self. */
sp_val sp_bytesm_maketrans(sp_vm *vm, sp_vals args, sp_val kw)
{
    if (kw && sp_tuple_len(kw) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "bytes.maketrans() takes no keyword arguments");
    sp_check_nargs(vm, "maketrans", args, kw, 2, 2);
    sp_cbytes from = need_buffer(vm, sp_vals_get(args, 0));
    sp_cbytes to = need_buffer(vm, sp_vals_get(args, 1));
    if (from.len != to.len)
        sp_raise_fmt(vm, vm->e.ValueError, "maketrans arguments must have same length");
    sp_bytes_obj *o = sp_bytes_alloc(vm, 256);
    sp_bytes buf = sp_bytesobj_buf(o);
    for (size_t i = 0; i < 256; i++)
        sp_bytes_set(buf, i, (uint8_t)i);
    for (size_t i = 0; i < from.len; i++)
        sp_bytes_set(buf, sp_cbytes_get(from, i), sp_cbytes_get(to, i));
    return (sp_val)o;
}

/* ------------------------------------------------------------------------
 * Iterators (bytes and bytearray share the layout)
 * --------------------------------------------------------------------- */
typedef struct bytes_iter {
    sp_obj h;
    sp_val seq;     /* NULL once exhausted */
    size_t index;
} bytes_iter;

static void bytes_iter_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((bytes_iter *)o)->seq);
}

static bytes_iter *as_bytes_iter(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || (v->type->def != &sp_bytes_iterator_def && v->type->def != &sp_bytearray_iterator_def))
        sp_raise_fmt(vm, vm->e.TypeError, "expected a bytes iterator, not %T", v);
    return (bytes_iter *)v;
}

sp_val sp_bytes_iter_new(sp_vm *vm, sp_val seq)
{
    sp_type *t = is_bytearray(seq) ? vm->t.bytearray_iterator : vm->t.bytes_iterator;
    bytes_iter *it = (bytes_iter *)sp_alloc(vm, t, sizeof(bytes_iter));
    it->seq = seq;
    return (sp_val)it;
}

static sp_val bytes_iter_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    self_data(vm, args, "__iter__");
    return sp_bytes_iter_new(vm, sp_vals_get(args, 0));
}

static sp_val bytes_iter_iter_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    return (sp_val)as_bytes_iter(vm, sp_vals_get(args, 0));
}

/* The next byte as an int, or NULL once exhausted (sp_cont_iternext's
 * protocol). */
sp_val sp_bytes_iter_next(sp_vm *vm, sp_val self)
{
    bytes_iter *it = as_bytes_iter(vm, self);
    if (!it->seq)
        return NULL;
    sp_cbytes d = sp_bytes_data(it->seq);
    if (it->index >= d.len) {
        it->seq = NULL;
        return NULL;
    }
    return sp_small(sp_cbytes_get(d, it->index++));
}

static sp_val bytes_iter_next_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val r = sp_bytes_iter_next(vm, sp_vals_get(args, 0));
    if (r == NULL)
        sp_raise_type(vm, vm->e.StopIteration);
    return r;
}

static sp_val bytes_iter_length_hint_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    bytes_iter *it = as_bytes_iter(vm, sp_vals_get(args, 0));
    if (!it->seq)
        return sp_small(0);
    size_t n = sp_bytes_data(it->seq).len;
    return sp_int_from_size(vm, n > it->index ? n - it->index : 0);
}

static const sp_methoddef bytes_iter_methods[] = {
    { "__iter__", bytes_iter_iter_m, 0, NULL },
    { "__next__", bytes_iter_next_m, 0, NULL },
    { "__length_hint__", bytes_iter_length_hint_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_bytes_iterator_def = {
    .name = "bytes_iterator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(bytes_iter),
    .trace = bytes_iter_trace,
    .methods = bytes_iter_methods,
    .flags = SP_TF_NOINSTANCE,
};

const sp_typedef sp_bytearray_iterator_def = {
    .name = "bytearray_iterator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(bytes_iter),
    .trace = bytes_iter_trace,
    .methods = bytes_iter_methods,
    .flags = SP_TF_NOINSTANCE,
};

/* ------------------------------------------------------------------------
 * The bytes type
 * --------------------------------------------------------------------- */
static sp_val bytes_getnewargs_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_cbytes d = self_data(vm, args, "__getnewargs__");
    sp_val t = sp_tuple_new(vm, 1);
    sp_tuple_set(t, 0, sp_bytes_new(vm, d));
    return t;
}

static sp_val bytes_bytes_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    return self_copy(vm, sp_vals_get(args, 0));
}

#define SP_BYTES_ENTRY(name) { #name, sp_bytesm_##name, 0, NULL },
static const sp_methoddef bytes_methods[] = {
    { "__new__", bytes_new_m, SP_METH_STATIC, NULL },
    { "__repr__", bytes_repr_m, 0, NULL },
    { "__str__", bytes_repr_m, 0, NULL },
    { "__hash__", bytes_hash_m, 0, NULL },
    { "__iter__", bytes_iter_m, 0, NULL },
    { "__getnewargs__", bytes_getnewargs_m, 0, NULL },
    { "__bytes__", bytes_bytes_m, 0, NULL },
    { "fromhex", sp_bytesm_fromhex, SP_METH_CLASS, NULL },
    { "maketrans", sp_bytesm_maketrans, SP_METH_STATIC, NULL },
    SP_BYTES_METHODS_X(SP_BYTES_ENTRY)
    { NULL, NULL, 0, NULL },
};
#undef SP_BYTES_ENTRY

const sp_typedef sp_bytes_def = {
    .name = "bytes",
    .layout = SP_LAYOUT_BYTES,
    .size = sizeof(sp_bytes_obj),
    .trace = bytes_trace,
    .methods = bytes_methods,
    .flags = SP_TF_BASETYPE,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes",
};

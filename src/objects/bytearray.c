/* bytearray: a mutable byte string.  The bytes live in a rawbuf of
 * capacity >= len (NULL while the capacity is 0).  Every resize allocates
 * the new buffer first and then switches (allocate first, then mutate);
 * a resize while memoryviews are exported raises BufferError.  The
 * non-mutating methods are bytes.c's, shared through SP_BYTES_METHODS_X. */
#include "str_internal.h"
#include "core/gc.h"

static sp_bytearray_obj *as_ba(sp_vm *vm, sp_val v, const char *name)
{
    if (!sp_is_ptr(v) || v->type->def->layout != SP_LAYOUT_BYTEARRAY)
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' for 'bytearray' objects doesn't apply to a '%T' object", name, v);
    return SP_AS(sp_bytearray_obj, v, SP_LAYOUT_BYTEARRAY);
}

static size_t ba_cap(sp_bytearray_obj *o)
{
    return o->buf ? SP_AS(sp_rawbuf, o->buf, SP_LAYOUT_RAWBUF)->cap : 0;
}

static sp_bytes ba_span(sp_bytearray_obj *o)
{
    if (!o->buf)
        return (sp_bytes){ NULL, 0 };
    return sp_bytes_sub(sp_rawbuf_span(SP_AS(sp_rawbuf, o->buf, SP_LAYOUT_RAWBUF)), 0, o->len);
}

/* Make room for n bytes (len unchanged). */
static void ba_check_resize(sp_vm *vm, sp_bytearray_obj *o);

static void ba_reserve(sp_vm *vm, sp_bytearray_obj *o, size_t n)
{
    if (n <= ba_cap(o))
        return;
    ba_check_resize(vm, o);
    size_t cap = ba_cap(o) + ba_cap(o) / 2;
    if (cap < n)
        cap = n;
    if (cap < 8)
        cap = 8;
    sp_rawbuf *nb = (sp_rawbuf *)sp_rawbuf_new(vm, cap);
    sp_bytes_copy(sp_rawbuf_span(nb), sp_cbytes_of(ba_span(o)));
    o->buf = (sp_val)nb;
}

/* CPython refuses to resize while memoryviews are exported.  A view
 * that became garbage gives its export back only when collected (no
 * reference counts here), so collect once before refusing. */
static void ba_check_resize(sp_vm *vm, sp_bytearray_obj *o)
{
    if (o->exports == 0)
        return;
    sp_heap_collect(vm->heap);
    if (o->exports > 0)
        sp_raise_fmt(vm, vm->e.BufferError, "Existing exports of data: object cannot be re-sized");
}

/* Replace bytes [start, start+dellen) with data (which must not alias the
 * buffer: callers copy first). */
static void ba_splice(sp_vm *vm, sp_bytearray_obj *o, size_t start, size_t dellen, sp_cbytes data)
{
    if (dellen != data.len)
        ba_check_resize(vm, o);
    size_t newlen = sp_size_add_or_raise(vm, o->len - dellen, data.len);
    ba_reserve(vm, o, newlen);
    size_t tail = o->len - start - dellen;
    if (newlen > 0) {
        sp_bytes full = sp_rawbuf_span(SP_AS(sp_rawbuf, o->buf, SP_LAYOUT_RAWBUF));
        /* Move the tail (overlapping copies are fine), then write data. */
        sp_bytes_copy(sp_bytes_sub(full, start + data.len, tail), sp_cbytes_of(sp_bytes_sub(full, start + dellen, tail)));
        sp_bytes_copy(sp_bytes_sub(full, start, data.len), data);
    }
    o->len = newlen;
}

sp_val sp_bytearray_new(sp_vm *vm, sp_cbytes data)
{
    sp_bytearray_obj *o = (sp_bytearray_obj *)sp_alloc(vm, vm->t.bytearray, sizeof(sp_bytearray_obj));
    if (data.len > 0) {
        sp_rawbuf *rb = (sp_rawbuf *)sp_rawbuf_new(vm, data.len);
        sp_bytes_copy(sp_rawbuf_span(rb), data);
        o->buf = (sp_val)rb;
        o->len = data.len;
    }
    return (sp_val)o;
}

/* A private copy of a bytes-like value (so a splice can't read the buffer
 * it is writing); iterables of ints are collected. */
static sp_cbytes assign_source(sp_vm *vm, sp_val v)
{
    sp_cbytes d;
    if (sp_bytes_like(v, &d))
        return sp_bytes_data(sp_bytes_new(vm, d));
    if (sp_is_ptr(v) && v->type == vm->t.memoryview && !sp_memoryview_contiguous(vm, v))
        sp_raise_fmt(vm, vm->e.TypeError, "can't set bytearray slice from memoryview");
    if (sp_memoryview_bytes(vm, v, &d))
        return d;
    /* CPython refuses numbers and str outright, and converts the rest
     * as bytearray(v) would. */
    sp_type *t = sp_type_of(vm, v);
    if (sp_is_str(v) || sp_is_int(v) || sp_is_float(v) || sp_layout_of(v) == SP_LAYOUT_COMPLEX ||
        sp_type_lookup(vm, t, vm->n.__index__) || sp_type_lookup(vm, t, sp_intern_cstr(vm, "__float__")) ||
        sp_type_lookup(vm, t, sp_intern_cstr(vm, "__int__")))
        sp_raise_fmt(vm, vm->e.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return sp_bytes_data(sp_bytes_from_object(vm, v, NULL, NULL, "bytearray"));
}

/* ------------------------------------------------------------------------
 * Construction
 * --------------------------------------------------------------------- */
static sp_val ba_new_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val cls = (sp_val)sp_new_cls(vm, args, vm->t.bytearray);
    if (sp_as_type(cls) == vm->t.bytearray)
        return (sp_val)sp_alloc(vm, vm->t.bytearray, sizeof(sp_bytearray_obj));
    return sp_alloc_instance(vm, sp_as_type(cls));
}

static sp_val ba_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kwlist[] = { "source", "encoding", "errors", NULL };
    sp_val a[4] = { NULL, NULL, NULL, NULL };
    if (args.len < 1)
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor '__init__' of 'bytearray' object needs an argument");
    a[0] = sp_vals_get(args, 0);
    sp_parse_args(vm, "bytearray", sp_vals_from(args, 1), kwnames, kwlist, 0, sp_vals_from(SP_VALS(a), 1));
    sp_bytearray_obj *o = as_ba(vm, a[0], "__init__");
    /* CPython empties the bytearray first (refused while exported), so a
     * failing source leaves it empty. */
    if (o->len != 0) {
        ba_check_resize(vm, o);
        ba_splice(vm, o, 0, o->len, (sp_cbytes){ NULL, 0 });
    }
    sp_val src = NULL;
    if (a[1] || a[2] || a[3])
        src = sp_bytes_from_object(vm, a[1], a[2], a[3], "bytearray");
    sp_cbytes d = src ? sp_bytes_data(src) : (sp_cbytes){ NULL, 0 };
    ba_splice(vm, o, 0, o->len, d);
    return vm->None;
}

/* ------------------------------------------------------------------------
 * Item access and mutation
 * --------------------------------------------------------------------- */
/* An index argument CPython converts to a C ssize_t. */
static sp_ssize ssize_arg(sp_vm *vm, sp_val v)
{
    sp_val i = sp_index(vm, v);
    int64_t x;
    if (!sp_int_to_i64(i, &x) || x < PTRDIFF_MIN || x > PTRDIFF_MAX)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C ssize_t");
    return (sp_ssize)x;
}

static bool index_like(sp_vm *vm, sp_val v)
{
    return sp_is_int(v) || sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__) != NULL;
}

static size_t norm_index(sp_vm *vm, sp_val key, size_t len, const char *msg)
{
    sp_ssize i = sp_bytes_item_index(vm, key);
    if (i < 0)
        i += (sp_ssize)len;
    if (i < 0 || (size_t)i >= len)
        sp_raise_fmt(vm, vm->e.IndexError, "%s", msg);
    return (size_t)i;
}

static void ba_del_extended(sp_vm *vm, sp_bytearray_obj *o, sp_ssize start, sp_ssize step, size_t n);

static sp_val ba_setitem_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__setitem__", sp_vals_from(args, 1), kw, 2, 2);
    sp_bytearray_obj *o = as_ba(vm, sp_vals_get(args, 0), "__setitem__");
    sp_val key = sp_vals_get(args, 1), value = sp_vals_get(args, 2);
    if (sp_is_slice(vm, key)) {
        sp_cbytes src = assign_source(vm, value);
        sp_ssize start, stop, step;
        /* __index__ may resize: adjust to the length read after it. */
        sp_slice_unpack(vm, key, &start, &stop, &step);
        size_t n = sp_slice_adjust(o->len, &start, &stop, step);
        if (step == 1) {
            size_t st = (size_t)start;
            size_t dl = stop > start ? (size_t)(stop - start) : 0;
            ba_splice(vm, o, st, dl, src);
            return vm->None;
        }
        /* Assigning nothing to an extended slice deletes it (CPython). */
        if (src.len == 0) {
            if (n > 0)
                ba_del_extended(vm, o, start, step, n);
            return vm->None;
        }
        if (src.len != n)
            sp_raise_fmt(vm, vm->e.ValueError, "attempt to assign bytes of size %zu to extended slice of size %zu", src.len, n);
        sp_bytes buf = ba_span(o);
        for (size_t k = 0; k < n; k++)
            sp_bytes_set(buf, (size_t)(start + (sp_ssize)k * step), sp_cbytes_get(src, k));
        return vm->None;
    }
    if (!index_like(vm, key))
        sp_raise_fmt(vm, vm->e.TypeError, "bytearray indices must be integers or slices, not %N", sp_type_of(vm, key));
    /* CPython's order: the index, then the value, then the range. */
    sp_ssize i = sp_bytes_item_index(vm, key);
    uint8_t b = sp_byte_value(vm, value);
    if (i < 0)
        i += (sp_ssize)o->len;
    if (i < 0 || (size_t)i >= o->len)
        sp_raise_fmt(vm, vm->e.IndexError, "bytearray index out of range");
    sp_bytes_set(ba_span(o), (size_t)i, b);
    return vm->None;
}

/* Delete the n > 0 items of an extended slice (step != 1). */
static void ba_del_extended(sp_vm *vm, sp_bytearray_obj *o, sp_ssize start, sp_ssize step, size_t n)
{
    ba_check_resize(vm, o);
    /* Compact in place, skipping the deleted positions. */
    if (step < 0) {
        start = start + (sp_ssize)(n - 1) * step;
        step = -step;
    }
    sp_bytes buf = ba_span(o);
    size_t w = (size_t)start, r = (size_t)start, k = 0;
    for (; r < o->len; r++) {
        if (k < n && r == (size_t)start + k * (size_t)step) {
            k++;
            continue;
        }
        sp_bytes_set(buf, w++, sp_bytes_get(buf, r));
    }
    o->len = w;
}

static sp_val ba_delitem_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__delitem__", sp_vals_from(args, 1), kw, 1, 1);
    sp_bytearray_obj *o = as_ba(vm, sp_vals_get(args, 0), "__delitem__");
    sp_val key = sp_vals_get(args, 1);
    if (sp_is_slice(vm, key)) {
        sp_ssize start, stop, step;
        /* __index__ may resize: adjust to the length read after it. */
        sp_slice_unpack(vm, key, &start, &stop, &step);
        size_t n = sp_slice_adjust(o->len, &start, &stop, step);
        if (n == 0)
            return vm->None;
        if (step == 1) {
            ba_splice(vm, o, (size_t)start, n, (sp_cbytes){ NULL, 0 });
            return vm->None;
        }
        ba_del_extended(vm, o, start, step, n);
        return vm->None;
    }
    if (!index_like(vm, key))
        sp_raise_fmt(vm, vm->e.TypeError, "bytearray indices must be integers or slices, not %N", sp_type_of(vm, key));
    size_t i = norm_index(vm, key, o->len, "bytearray index out of range");
    ba_splice(vm, o, i, 1, (sp_cbytes){ NULL, 0 });
    return vm->None;
}

static sp_val ba_append_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_bytes_method_args(vm, args, kw, "append", 1, 1);
    sp_bytearray_obj *o = as_ba(vm, sp_vals_get(args, 0), "append");
    uint8_t b = sp_byte_value(vm, sp_vals_get(args, 1));
    uint8_t t[1] = { b };
    ba_splice(vm, o, o->len, 0, SP_CBYTES(t));
    return vm->None;
}

static void ba_extend(sp_vm *vm, sp_bytearray_obj *o, sp_val v)
{
    sp_cbytes d;
    if (sp_bytes_like(v, &d)) {
        ba_splice(vm, o, o->len, 0, sp_bytes_data(sp_bytes_new(vm, d)));
        return;
    }
    if (sp_is_ptr(v) && v->type == vm->t.memoryview && !sp_memoryview_contiguous(vm, v))
        sp_raise_fmt(vm, vm->e.TypeError, "can't set bytearray slice from memoryview");
    if (sp_memoryview_bytes(vm, v, &d)) {
        ba_splice(vm, o, o->len, 0, d);
        return;
    }
    sp_type *t = sp_type_of(vm, v);
    if (!sp_is_str(v) && !sp_type_lookup(vm, t, vm->n.__iter__) && !sp_type_lookup(vm, t, vm->n.__getitem__))
        sp_raise_fmt(vm, vm->e.TypeError, "can't extend bytearray with %N", t);
    sp_val b = sp_bytes_from_object(vm, sp_is_str(v) ? sp_list_from_iter(vm, v) : v, NULL, NULL, "bytearray");
    ba_splice(vm, o, o->len, 0, sp_bytes_data(b));
}

static sp_val ba_extend_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_bytes_method_args(vm, args, kw, "extend", 1, 1);
    ba_extend(vm, as_ba(vm, sp_vals_get(args, 0), "extend"), sp_vals_get(args, 1));
    return vm->None;
}

static sp_val ba_iadd_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__iadd__", sp_vals_from(args, 1), kw, 1, 1);
    sp_bytearray_obj *o = as_ba(vm, sp_vals_get(args, 0), "__iadd__");
    sp_val v = sp_vals_get(args, 1);
    sp_cbytes d;
    /* b += b: CPython holds an export of the operand while resizing. */
    if (v == sp_vals_get(args, 0) && o->len > 0)
        sp_raise_fmt(vm, vm->e.BufferError, "Existing exports of data: object cannot be re-sized");
    if (sp_memoryview_bytes(vm, v, &d))
        ba_splice(vm, o, o->len, 0, d);
    else if (!sp_bytes_like(v, &d))
        sp_raise_fmt(vm, vm->e.TypeError, "can't concat %N to bytearray", sp_type_of(vm, v));
    else
        ba_splice(vm, o, o->len, 0, sp_bytes_data(sp_bytes_new(vm, d)));
    return sp_vals_get(args, 0);
}

static sp_val ba_imul_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__imul__", sp_vals_from(args, 1), kw, 1, 1);
    sp_bytearray_obj *o = as_ba(vm, sp_vals_get(args, 0), "__imul__");
    sp_val n = sp_vals_get(args, 1);
    if (!index_like(vm, n))
        sp_raise_fmt(vm, vm->e.TypeError, "can't multiply sequence by non-int of type '%N'", sp_type_of(vm, n));
    sp_ssize k = sp_index_ssize(vm, n);
    sp_val copy = sp_bytes_new(vm, sp_cbytes_of(ba_span(o)));
    sp_cbytes d = sp_bytes_data(copy);
    if (k <= 0) {
        ba_splice(vm, o, 0, o->len, (sp_cbytes){ NULL, 0 });
        return sp_vals_get(args, 0);
    }
    size_t total;
    if (!sp_size_mul(d.len, (size_t)k, &total) || total > (size_t)PTRDIFF_MAX)
        sp_raise_type(vm, vm->e.MemoryError);
    ba_reserve(vm, o, total);
    for (size_t i = 1; i < (size_t)k; i++)
        ba_splice(vm, o, o->len, 0, d);
    return sp_vals_get(args, 0);
}

static sp_val ba_pop_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_bytes_method_args(vm, args, kw, "pop", 0, 1);
    sp_bytearray_obj *o = as_ba(vm, sp_vals_get(args, 0), "pop");
    sp_ssize i = args.len > 1 ? ssize_arg(vm, sp_vals_get(args, 1)) : -1;
    if (o->len == 0)
        sp_raise_fmt(vm, vm->e.IndexError, "pop from empty bytearray");
    if (i < 0)
        i += (sp_ssize)o->len;
    if (i < 0 || (size_t)i >= o->len)
        sp_raise_fmt(vm, vm->e.IndexError, "pop index out of range");
    uint8_t b = sp_bytes_get(ba_span(o), (size_t)i);
    ba_splice(vm, o, (size_t)i, 1, (sp_cbytes){ NULL, 0 });
    return sp_small(b);
}

static sp_val ba_insert_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_bytes_method_args(vm, args, kw, "insert", 2, 2);
    sp_bytearray_obj *o = as_ba(vm, sp_vals_get(args, 0), "insert");
    sp_ssize i = ssize_arg(vm, sp_vals_get(args, 1));
    uint8_t b = sp_byte_value(vm, sp_vals_get(args, 2));
    if (i < 0) {
        i += (sp_ssize)o->len;
        if (i < 0)
            i = 0;
    }
    if ((size_t)i > o->len)
        i = (sp_ssize)o->len;
    uint8_t t[1] = { b };
    ba_splice(vm, o, (size_t)i, 0, SP_CBYTES(t));
    return vm->None;
}

static sp_val ba_remove_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_bytes_method_args(vm, args, kw, "remove", 1, 1);
    sp_bytearray_obj *o = as_ba(vm, sp_vals_get(args, 0), "remove");
    uint8_t b = sp_byte_value(vm, sp_vals_get(args, 1));
    sp_ssize at = sp_cbytes_findbyte(sp_cbytes_of(ba_span(o)), b, 0);
    if (at < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "value not found in bytearray");
    ba_splice(vm, o, (size_t)at, 1, (sp_cbytes){ NULL, 0 });
    return vm->None;
}

static sp_val ba_clear_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_bytes_method_args(vm, args, kw, "clear", 0, 0);
    sp_bytearray_obj *o = as_ba(vm, sp_vals_get(args, 0), "clear");
    ba_splice(vm, o, 0, o->len, (sp_cbytes){ NULL, 0 });
    return vm->None;
}

static sp_val ba_reverse_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_bytes_method_args(vm, args, kw, "reverse", 0, 0);
    sp_bytearray_obj *o = as_ba(vm, sp_vals_get(args, 0), "reverse");
    sp_bytes buf = ba_span(o);
    for (size_t i = 0, j = buf.len; i + 1 < j; i++, j--) {
        uint8_t t = sp_bytes_get(buf, i);
        sp_bytes_set(buf, i, sp_bytes_get(buf, j - 1));
        sp_bytes_set(buf, j - 1, t);
    }
    return vm->None;
}

static sp_val ba_copy_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_bytes_method_args(vm, args, kw, "copy", 0, 0);
    sp_bytearray_obj *o = as_ba(vm, sp_vals_get(args, 0), "copy");
    return sp_bytearray_new(vm, sp_cbytes_of(ba_span(o)));
}

static sp_val ba_alloc_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_bytes_method_args(vm, args, kw, "__alloc__", 0, 0);
    sp_bytearray_obj *o = as_ba(vm, sp_vals_get(args, 0), "__alloc__");
    return sp_int_from_size(vm, o->len + 1 > ba_cap(o) ? o->len + 1 : ba_cap(o));
}

static sp_val ba_repr_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = sp_vals_get(args, 0);
    sp_bytearray_obj *o = as_ba(vm, s, "__repr__");
    sp_val pre = sp_str_fmt(vm, "%N(b", sp_type_of(vm, s));
    return sp_bytes_repr_data(vm, sp_cbytes_of(ba_span(o)), sp_str_cstr(pre), ")");
}

static sp_val ba_iter_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    as_ba(vm, sp_vals_get(args, 0), "__iter__");
    return sp_bytes_iter_new(vm, sp_vals_get(args, 0));
}

/* Pickling, as CPython: protocols < 3 keep Python 2's (str, 'latin-1')
 * form; the state is __getstate__()'s (None without instance attributes). */
static sp_val ba_reduce(sp_vm *vm, sp_val self, int64_t proto)
{
    sp_bytearray_obj *o = as_ba(vm, self, "__reduce__");
    sp_val state = sp_call0(vm, sp_getattr_cstr(vm, self, "__getstate__"));
    sp_val args;
    if (proto < 3) {
        sp_val text = sp_codec_decode(vm, sp_cbytes_of(ba_span(o)), "latin-1", "strict");
        args = sp_tuple_pack2(vm, text, sp_str_from_cstr(vm, "latin-1"));
    } else if (o->len > 0) {
        args = sp_tuple_new(vm, 1);
        sp_tuple_set(args, 0, sp_bytes_new(vm, sp_cbytes_of(ba_span(o))));
    } else {
        args = sp_tuple_new(vm, 0);
    }
    sp_val r = sp_tuple_new(vm, 3);
    sp_tuple_set(r, 0, (sp_val)sp_type_of(vm, self));
    sp_tuple_set(r, 1, args);
    sp_tuple_set(r, 2, state);
    return r;
}

static sp_val ba_reduce_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_bytes_method_args(vm, args, kw, "__reduce__", 0, 0);
    return ba_reduce(vm, sp_vals_get(args, 0), 2);
}

static sp_val ba_reduce_ex_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_vals a = sp_bytes_method_args(vm, args, kw, "__reduce_ex__", 0, 1);
    int64_t proto = 0;
    if (a.len > 0) {
        sp_val p = sp_index(vm, sp_vals_get(a, 0));
        if (!sp_int_to_i64(p, &proto) || proto > INT32_MAX || proto < INT32_MIN)
            sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C int");
    }
    return ba_reduce(vm, sp_vals_get(args, 0), proto);
}

static sp_val ba_maketrans_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    if (kw && sp_tuple_len(kw) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "bytearray.maketrans() takes no keyword arguments");
    return sp_bytesm_maketrans(vm, args, kw);
}

static void ba_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((sp_bytearray_obj *)o)->buf);
}

#define SP_BYTES_ENTRY(name) { #name, sp_bytesm_##name, 0, NULL },
static const sp_methoddef bytearray_methods[] = {
    { "__new__", ba_new_m, SP_METH_STATIC, NULL },
    { "__init__", ba_init_m, 0, NULL },
    { "__repr__", ba_repr_m, 0, NULL },
    { "__str__", ba_repr_m, 0, NULL },
    { "__iter__", ba_iter_m, 0, NULL },
    { "__setitem__", ba_setitem_m, 0, NULL },
    { "__delitem__", ba_delitem_m, 0, NULL },
    { "__iadd__", ba_iadd_m, 0, NULL },
    { "__imul__", ba_imul_m, 0, NULL },
    { "__alloc__", ba_alloc_m, 0, NULL },
    { "__reduce__", ba_reduce_m, 0, NULL },
    { "__reduce_ex__", ba_reduce_ex_m, 0, NULL },
    { "append", ba_append_m, 0, NULL },
    { "extend", ba_extend_m, 0, NULL },
    { "pop", ba_pop_m, 0, NULL },
    { "insert", ba_insert_m, 0, NULL },
    { "remove", ba_remove_m, 0, NULL },
    { "clear", ba_clear_m, 0, NULL },
    { "reverse", ba_reverse_m, 0, NULL },
    { "copy", ba_copy_m, 0, NULL },
    { "fromhex", sp_bytesm_fromhex, SP_METH_CLASS, NULL },
    { "maketrans", ba_maketrans_m, SP_METH_STATIC, NULL },
    SP_BYTES_METHODS_X(SP_BYTES_ENTRY)
    { NULL, NULL, 0, NULL },
};
#undef SP_BYTES_ENTRY

const sp_typedef sp_bytearray_def = {
    .name = "bytearray",
    .layout = SP_LAYOUT_BYTEARRAY,
    .size = sizeof(sp_bytearray_obj),
    .trace = ba_trace,
    .methods = bytearray_methods,
    .flags = SP_TF_BASETYPE,
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray",
};

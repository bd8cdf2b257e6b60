/* memoryview: a one-dimensional, format 'B' view of a bytes or bytearray
 * (the common case; no general buffer protocol, no cast()).
 *
 * Safety: a view keeps (obj, start, step, len) and re-checks the
 * underlying object's current length on every access, so a bytearray
 * that shrank under a view yields IndexError, never a stale read.  (It
 * does not count exports: without a deallocation hook a forgotten view
 * would block the bytearray's resizing forever.)
 */
#include "sp.h"
#include "objects/typeobj.h"

typedef struct mview_obj {
    sp_obj h;
    sp_val obj;             /* bytes or bytearray; NULL once released */
    size_t start;
    sp_ssize step;
    size_t len;
    bool readonly;
} mview_obj;

static mview_obj *as_mview(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || v->type != vm->t.memoryview)
        sp_trap("bad downcast to mview_obj");
    return (mview_obj *)v;
}

static mview_obj *live(sp_vm *vm, sp_val v)
{
    mview_obj *m = as_mview(vm, v);
    if (m->obj == NULL)
        sp_raise_fmt(vm, vm->e.ValueError, "operation forbidden on released memoryview object");
    return m;
}

/* Byte offset of item i in the underlying object, checked against its
 * current size. */
static size_t item_offset(sp_vm *vm, mview_obj *m, size_t i)
{
    int64_t off = (int64_t)m->start + (int64_t)i * (int64_t)m->step;
    sp_cbytes data = sp_bytes_data(m->obj);
    if (off < 0 || (uint64_t)off >= data.len)
        sp_raise_fmt(vm, vm->e.IndexError, "index out of bounds on dimension 1");
    return (size_t)off;
}

static uint8_t item_get(sp_vm *vm, mview_obj *m, size_t i)
{
    size_t off = item_offset(vm, m, i);
    return sp_cbytes_get(sp_bytes_data(m->obj), off);
}

static sp_val view_new(sp_vm *vm, sp_val obj, size_t start, sp_ssize step, size_t len, bool readonly)
{
    mview_obj *m = (mview_obj *)sp_alloc(vm, vm->t.memoryview, sizeof(mview_obj));
    m->obj = obj;
    m->start = start;
    m->step = step;
    m->len = len;
    m->readonly = readonly;
    return (sp_val)m;
}

static sp_val mv_new(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "object", NULL };
    sp_val out[1] = { NULL };
    sp_parse_args(vm, "memoryview", sp_vals_from(args, 1), kwnames, kw, 1, SP_VALS(out));
    sp_val o = out[0];
    if (sp_is_ptr(o) && o->type == vm->t.memoryview) {
        mview_obj *src = live(vm, o);
        return view_new(vm, src->obj, src->start, src->step, src->len, src->readonly);
    }
    if (!sp_is_bytes(o) && !(sp_is_ptr(o) && o->type->def->layout == SP_LAYOUT_BYTEARRAY))
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview: a bytes-like object is required, not '%T'", o);
    return view_new(vm, o, 0, 1, sp_bytes_data(o).len, sp_is_bytes(o));
}

static sp_val mv_tobytes_val(sp_vm *vm, mview_obj *m)
{
    sp_rawbuf *rb = sp_rawbuf_new(vm, m->len);
    sp_bytes span = sp_rawbuf_span(rb);
    for (size_t i = 0; i < m->len; i++)
        sp_bytes_set(span, i, item_get(vm, m, i));
    return sp_bytes_new(vm, sp_cbytes_sub(sp_cbytes_of(span), 0, m->len));
}

static sp_val mv_len(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_int_from_size(vm, live(vm, sp_vals_get(args, 0))->len);
}

static sp_val mv_getitem(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    mview_obj *m = live(vm, sp_vals_get(args, 0));
    sp_val key = sp_vals_get(args, 1);
    if (sp_is_slice(vm, key)) {
        sp_ssize start, stop, step;
        size_t n = sp_slice_indices(vm, key, m->len, &start, &stop, &step);
        int64_t nstart = (int64_t)m->start + (int64_t)start * (int64_t)m->step;
        if (nstart < 0)
            nstart = 0;
        return view_new(vm, m->obj, (size_t)nstart, step * m->step, n, m->readonly);
    }
    if (key == vm->Ellipsis)
        return sp_vals_get(args, 0);
    if (sp_is_tuple(key))
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview: invalid slice key");
    if (!sp_is_int(key) && sp_type_lookup(vm, sp_type_of(vm, key), vm->n.__index__) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview: invalid slice key");
    sp_ssize i = sp_index_ssize(vm, key);
    if (i < 0)
        i += (sp_ssize)m->len;
    if (i < 0 || (size_t)i >= m->len)
        sp_raise_fmt(vm, vm->e.IndexError, "index out of bounds on dimension 1");
    return sp_small(item_get(vm, m, (size_t)i));
}

static void set_byte(sp_vm *vm, mview_obj *m, size_t i, uint8_t b)
{
    size_t off = item_offset(vm, m, i);
    sp_bytearray_obj *a = SP_AS(sp_bytearray_obj, m->obj, SP_LAYOUT_BYTEARRAY);
    sp_rawbuf *rb = SP_AS(sp_rawbuf, a->buf, SP_LAYOUT_RAWBUF);
    sp_bytes_set(sp_bytes_sub(sp_rawbuf_span(rb), 0, a->len), off, b);
}

static sp_val mv_setitem(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    mview_obj *m = live(vm, sp_vals_get(args, 0));
    if (m->readonly)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot modify read-only memory");
    sp_val key = sp_vals_get(args, 1), value = sp_vals_get(args, 2);
    if (sp_is_slice(vm, key)) {
        sp_ssize start, stop, step;
        size_t n = sp_slice_indices(vm, key, m->len, &start, &stop, &step);
        sp_val src = value;
        if (sp_is_ptr(src) && src->type == vm->t.memoryview)
            src = mv_tobytes_val(vm, live(vm, src));
        if (!sp_is_bytes(src) && !(sp_is_ptr(src) && src->type->def->layout == SP_LAYOUT_BYTEARRAY))
            sp_raise_fmt(vm, vm->e.TypeError, "a bytes-like object is required, not '%T'", value);
        /* Copy first: src may be this very buffer. */
        sp_val copy = sp_bytes_new(vm, sp_bytes_data(src));
        sp_cbytes d = sp_bytes_data(copy);
        if (d.len != n)
            sp_raise_fmt(vm, vm->e.ValueError,
                         "memoryview assignment: lvalue and rvalue have different structures");
        for (size_t k = 0; k < n; k++)
            set_byte(vm, m, (size_t)(start + (sp_ssize)k * step), sp_cbytes_get(d, k));
        return vm->None;
    }
    sp_ssize i = sp_index_ssize(vm, key);
    if (i < 0)
        i += (sp_ssize)m->len;
    if (i < 0 || (size_t)i >= m->len)
        sp_raise_fmt(vm, vm->e.IndexError, "index out of bounds on dimension 1");
    if (!sp_is_int(value))
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview: invalid type for format 'B'");
    int64_t b;
    if (!sp_int_to_i64(value, &b) || b < 0 || b > 255)
        sp_raise_fmt(vm, vm->e.ValueError, "memoryview: invalid value for format 'B'");
    set_byte(vm, m, (size_t)i, (uint8_t)b);
    return vm->None;
}

static sp_val mv_tobytes(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return mv_tobytes_val(vm, live(vm, sp_vals_get(args, 0)));
}

static sp_val mv_tolist(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    mview_obj *m = live(vm, sp_vals_get(args, 0));
    sp_val l = sp_list_new(vm, m->len);
    for (size_t i = 0; i < m->len; i++)
        sp_list_append(vm, l, sp_small(item_get(vm, m, i)));
    return l;
}

static sp_val mv_iter(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_iter(vm, mv_tolist(vm, args, kwnames));
}

static sp_val mv_hex(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val b = mv_tobytes_val(vm, live(vm, sp_vals_get(args, 0)));
    return sp_call_tuple_dict(vm, sp_getattr_cstr(vm, b, "hex"), sp_tuple_from(vm, sp_vals_from(args, 1)), NULL);
}

static sp_val mv_release(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    as_mview(vm, sp_vals_get(args, 0))->obj = NULL;
    return vm->None;
}

static sp_val mv_enter(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    live(vm, sp_vals_get(args, 0));
    return sp_vals_get(args, 0);
}

static sp_val mv_exit(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    as_mview(vm, sp_vals_get(args, 0))->obj = NULL;
    return vm->False;
}

static sp_val mv_eq(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0), o = sp_vals_get(args, 1);
    mview_obj *m = as_mview(vm, self);
    if (self == o)
        return vm->True;
    if (m->obj == NULL)
        return vm->False;
    sp_val other;
    if (sp_is_ptr(o) && o->type == vm->t.memoryview) {
        mview_obj *mo = as_mview(vm, o);
        if (mo->obj == NULL)
            return vm->False;
        other = mv_tobytes_val(vm, mo);
    } else if (sp_is_bytes(o) || (sp_is_ptr(o) && o->type->def->layout == SP_LAYOUT_BYTEARRAY)) {
        other = o;
    } else {
        return vm->NotImplemented;
    }
    sp_val mine = mv_tobytes_val(vm, m);
    return sp_bool(vm, sp_cbytes_eq(sp_bytes_data(mine), sp_bytes_data(other)));
}

static sp_val mv_hash(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    mview_obj *m = live(vm, sp_vals_get(args, 0));
    if (!m->readonly)
        sp_raise_fmt(vm, vm->e.ValueError, "cannot hash writable memoryview object");
    return sp_int_from_i64(vm, sp_hash(vm, mv_tobytes_val(vm, m)));
}

static sp_val mv_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    if (as_mview(vm, self)->obj == NULL)
        return sp_obj_addr_repr(vm, "<released memory at ", self, ">");
    return sp_obj_addr_repr(vm, "<memory at ", self, ">");
}

static sp_val mv_get_obj(sp_vm *vm, sp_val self) { return live(vm, self)->obj; }
static sp_val mv_get_nbytes(sp_vm *vm, sp_val self) { return sp_int_from_size(vm, live(vm, self)->len); }
static sp_val mv_get_readonly(sp_vm *vm, sp_val self) { return sp_bool(vm, live(vm, self)->readonly); }
static sp_val mv_get_itemsize(sp_vm *vm, sp_val self) { live(vm, self); return sp_small(1); }
static sp_val mv_get_format(sp_vm *vm, sp_val self) { live(vm, self); return sp_str_from_cstr(vm, "B"); }
static sp_val mv_get_ndim(sp_vm *vm, sp_val self) { live(vm, self); return sp_small(1); }
static sp_val mv_get_shape(sp_vm *vm, sp_val self)
{
    sp_val t = sp_tuple_new(vm, 1);
    sp_tuple_set(t, 0, sp_int_from_size(vm, live(vm, self)->len));
    return t;
}
static sp_val mv_get_strides(sp_vm *vm, sp_val self)
{
    sp_val t = sp_tuple_new(vm, 1);
    sp_tuple_set(t, 0, sp_int_from_i64(vm, live(vm, self)->step));
    return t;
}
static sp_val mv_get_contiguous(sp_vm *vm, sp_val self)
{
    mview_obj *m = live(vm, self);
    return sp_bool(vm, m->step == 1 || m->len <= 1);
}

static const sp_methoddef mv_methods[] = {
    { "__new__", mv_new, SP_METH_STATIC, NULL },
    { "__len__", mv_len, 0, NULL },
    { "__getitem__", mv_getitem, 0, NULL },
    { "__setitem__", mv_setitem, 0, NULL },
    { "__iter__", mv_iter, 0, NULL },
    { "__eq__", mv_eq, 0, NULL },
    { "__hash__", mv_hash, 0, NULL },
    { "__repr__", mv_repr, 0, NULL },
    { "__enter__", mv_enter, 0, NULL },
    { "__exit__", mv_exit, 0, NULL },
    { "__bytes__", mv_tobytes, 0, NULL },
    { "tobytes", mv_tobytes, 0, NULL },
    { "tolist", mv_tolist, 0, NULL },
    { "hex", mv_hex, 0, NULL },
    { "release", mv_release, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef mv_getsets[] = {
    { "obj", mv_get_obj, NULL, NULL },
    { "nbytes", mv_get_nbytes, NULL, NULL },
    { "readonly", mv_get_readonly, NULL, NULL },
    { "itemsize", mv_get_itemsize, NULL, NULL },
    { "format", mv_get_format, NULL, NULL },
    { "ndim", mv_get_ndim, NULL, NULL },
    { "shape", mv_get_shape, NULL, NULL },
    { "strides", mv_get_strides, NULL, NULL },
    { "contiguous", mv_get_contiguous, NULL, NULL },
    { "c_contiguous", mv_get_contiguous, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void mv_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((mview_obj *)o)->obj);
}

const sp_typedef sp_memoryview_def = {
    .name = "memoryview",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(mview_obj),
    .trace = mv_trace,
    .methods = mv_methods,
    .getsets = mv_getsets,
    .doc = "Create a new memoryview object which references the given object.",
};

/* memoryview over bytes and bytearray: one-dimensional views of unsigned
 * bytes (format 'B').  A view holds its object and a (start, len, step)
 * window; every access re-reads the object's current data and checks the
 * window against it, so a bytearray resized under a view can never be read
 * out of bounds.  (CPython instead forbids resizing while a view exists; we
 * don't count exports, because a view collected without release() could
 * not give its export back -- see docs/differences.md.) */
#include "str_internal.h"

typedef struct mview {
    sp_obj h;
    sp_val obj;         /* bytes or bytearray */
    size_t start;       /* byte offset of item 0 */
    size_t len;         /* items */
    sp_ssize step;      /* byte distance between items (nonzero) */
    bool released;
    bool readonly;
} mview;

static void mview_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((mview *)o)->obj);
}

static bool is_mview(sp_val v)
{
    return sp_is_ptr(v) && v->type->def == &sp_memoryview_def;
}

static mview *as_mview(sp_vm *vm, sp_val v)
{
    if (!is_mview(v))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a 'memoryview' object but received a '%T'", v);
    return (mview *)v;
}

static mview *live(sp_vm *vm, sp_val v)
{
    mview *m = as_mview(vm, v);
    if (m->released)
        sp_raise_fmt(vm, vm->e.ValueError, "operation forbidden on released memoryview object");
    return m;
}

/* The underlying data, checked to still cover the window. */
static sp_cbytes mv_data(sp_vm *vm, mview *m)
{
    sp_cbytes d = sp_bytes_data(m->obj);
    if (m->len > 0) {
        size_t last = (size_t)((sp_ssize)m->start + (sp_ssize)(m->len - 1) * m->step);
        if (m->start >= d.len || last >= d.len)
            sp_raise_fmt(vm, vm->e.ValueError, "memoryview: underlying buffer was resized");
    }
    return d;
}

static size_t mv_pos(mview *m, size_t i)
{
    return (size_t)((sp_ssize)m->start + (sp_ssize)i * m->step);
}

/* The viewed bytes as a new bytes object. */
static sp_val mv_tobytes(sp_vm *vm, mview *m)
{
    sp_cbytes d = mv_data(vm, m);
    if (m->step == 1)
        return sp_bytes_new(vm, sp_cbytes_sub(d, m->start, m->len));
    sp_bytes_obj *o = sp_bytes_alloc(vm, m->len);
    sp_bytes out = sp_bytesobj_buf(o);
    for (size_t i = 0; i < m->len; i++)
        sp_bytes_set(out, i, sp_cbytes_get(d, mv_pos(m, i)));
    return (sp_val)o;
}

/* For sp_bytes_like: a contiguous live view's bytes (no allocation). */
bool sp_memoryview_span(sp_val v, sp_cbytes *out)
{
    if (!is_mview(v))
        return false;
    mview *m = (mview *)v;
    if (m->released || m->step != 1)
        return false;
    sp_cbytes d = sp_bytes_data(m->obj);
    if (m->start > d.len || m->len > d.len - m->start)
        return false;
    *out = sp_cbytes_sub(d, m->start, m->len);
    return true;
}

static sp_val mv_new(sp_vm *vm, sp_val obj, size_t start, size_t len, sp_ssize step, bool readonly)
{
    mview *m = (mview *)sp_alloc(vm, vm->t.memoryview, sizeof(mview));
    m->obj = obj;
    m->start = start;
    m->len = len;
    m->step = step;
    m->readonly = readonly;
    return (sp_val)m;
}

static sp_val mv_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kwlist[] = { "", "object", NULL };
    sp_val a[2] = { NULL, NULL };
    sp_parse_args(vm, "memoryview", args, kwnames, kwlist, 2, SP_VALS(a));
    sp_val obj = a[1];
    if (is_mview(obj)) {
        mview *src = live(vm, obj);
        return mv_new(vm, src->obj, src->start, src->len, src->step, src->readonly);
    }
    if (!sp_is_ptr(obj) || (obj->type->def->layout != SP_LAYOUT_BYTES && obj->type->def->layout != SP_LAYOUT_BYTEARRAY))
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview: a bytes-like object is required, not '%N'", sp_type_of(vm, obj));
    bool ro = obj->type->def->layout == SP_LAYOUT_BYTES;
    return mv_new(vm, obj, 0, sp_bytes_data(obj).len, 1, ro);
}

static sp_val mv_len_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    mview *m = live(vm, sp_vals_get(args, 0));
    return sp_int_from_size(vm, m->len);
}

static bool index_like(sp_vm *vm, sp_val v)
{
    return sp_is_int(v) || sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__) != NULL;
}

static size_t mv_index(sp_vm *vm, mview *m, sp_val key)
{
    sp_ssize i = sp_index_ssize(vm, key);
    if (i < 0)
        i += (sp_ssize)m->len;
    if (i < 0 || (size_t)i >= m->len)
        sp_raise_fmt(vm, vm->e.IndexError, "index out of bounds on dimension 1");
    return (size_t)i;
}

static sp_val mv_getitem_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__getitem__", sp_vals_from(args, 1), kw, 1, 1);
    mview *m = live(vm, sp_vals_get(args, 0));
    sp_val key = sp_vals_get(args, 1);
    if (sp_is_slice(vm, key)) {
        sp_ssize start, stop, step;
        size_t n = sp_slice_indices(vm, key, m->len, &start, &stop, &step);
        size_t first = n > 0 ? mv_pos(m, (size_t)start) : m->start;
        return mv_new(vm, m->obj, first, n, m->step * step, m->readonly);
    }
    if (!index_like(vm, key))
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview: invalid slice key");
    size_t i = mv_index(vm, m, key);
    sp_cbytes d = mv_data(vm, m);
    return sp_small(sp_cbytes_get(d, mv_pos(m, i)));
}

static sp_val mv_setitem_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__setitem__", sp_vals_from(args, 1), kw, 2, 2);
    mview *m = live(vm, sp_vals_get(args, 0));
    sp_val key = sp_vals_get(args, 1), value = sp_vals_get(args, 2);
    if (m->readonly)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot modify read-only memory");
    sp_bytearray_obj *ba = SP_AS(sp_bytearray_obj, m->obj, SP_LAYOUT_BYTEARRAY);
    if (sp_is_slice(vm, key)) {
        sp_ssize start, stop, step;
        size_t n = sp_slice_indices(vm, key, m->len, &start, &stop, &step);
        sp_cbytes src;
        if (!sp_bytes_like(value, &src))
            sp_raise_fmt(vm, vm->e.TypeError, "a bytes-like object is required, not '%N'", sp_type_of(vm, value));
        if (src.len != n)
            sp_raise_fmt(vm, vm->e.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        sp_val copy = sp_bytes_new(vm, src);   /* the source may be this buffer */
        src = sp_bytes_data(copy);
        mv_data(vm, m);
        sp_bytes buf = sp_bytes_sub(sp_rawbuf_span(SP_AS(sp_rawbuf, ba->buf, SP_LAYOUT_RAWBUF)), 0, ba->len);
        for (size_t k = 0; k < n; k++)
            sp_bytes_set(buf, mv_pos(m, (size_t)(start + (sp_ssize)k * step)), sp_cbytes_get(src, k));
        return vm->None;
    }
    if (!index_like(vm, key))
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview: invalid slice key");
    size_t i = mv_index(vm, m, key);
    sp_val iv = sp_is_int(value) ? value : NULL;
    int64_t b;
    if (!iv || !sp_int_to_i64(iv, &b) || b < 0 || b > 255)
        sp_raise_fmt(vm, vm->e.ValueError, "memoryview: invalid value for format 'B'");
    mv_data(vm, m);
    sp_bytes buf = sp_bytes_sub(sp_rawbuf_span(SP_AS(sp_rawbuf, ba->buf, SP_LAYOUT_RAWBUF)), 0, ba->len);
    sp_bytes_set(buf, mv_pos(m, i), (uint8_t)b);
    return vm->None;
}

static sp_val mv_tobytes_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    static const char *const kwlist[] = { "order", NULL };
    sp_val a[1] = { NULL };
    sp_parse_args(vm, "tobytes", sp_vals_from(args, 1), kw, kwlist, 0, SP_VALS(a));
    return mv_tobytes(vm, live(vm, sp_vals_get(args, 0)));
}

static sp_val mv_tolist_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "memoryview.tolist", sp_vals_from(args, 1), kw, 0, 0);
    mview *m = live(vm, sp_vals_get(args, 0));
    sp_cbytes d = mv_data(vm, m);
    sp_val l = sp_list_new(vm, m->len);
    for (size_t i = 0; i < m->len; i++)
        sp_list_append(vm, l, sp_small(sp_cbytes_get(d, mv_pos(m, i))));
    return l;
}

static sp_val mv_hex_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    mview *m = live(vm, sp_vals_get(args, 0));
    sp_val b = mv_tobytes(vm, m);
    sp_val f = sp_getattr_cstr(vm, b, "hex");
    sp_vals rest = sp_vals_from(args, 1);
    return sp_call(vm, f, rest, kw);
}

static sp_val mv_release_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "memoryview.release", sp_vals_from(args, 1), kw, 0, 0);
    as_mview(vm, sp_vals_get(args, 0))->released = true;
    return vm->None;
}

static sp_val mv_enter_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    live(vm, sp_vals_get(args, 0));
    return sp_vals_get(args, 0);
}

static sp_val mv_exit_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    as_mview(vm, sp_vals_get(args, 0))->released = true;
    return vm->False;
}

static sp_val mv_eq_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__eq__", sp_vals_from(args, 1), kw, 1, 1);
    mview *m = as_mview(vm, sp_vals_get(args, 0));
    sp_val o = sp_vals_get(args, 1);
    if (o == sp_vals_get(args, 0))
        return vm->True;
    if (m->released)
        return vm->False;
    sp_val other;
    if (is_mview(o)) {
        if (((mview *)o)->released)
            return vm->False;
        other = mv_tobytes(vm, (mview *)o);
    } else {
        sp_cbytes od;
        if (!sp_bytes_like(o, &od))
            return vm->NotImplemented;
        other = sp_bytes_new(vm, od);
    }
    return sp_bool(vm, sp_cbytes_eq(sp_bytes_data(mv_tobytes(vm, m)), sp_bytes_data(other)));
}

static sp_val mv_ne_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val r = mv_eq_m(vm, args, kw);
    if (r == vm->NotImplemented)
        return r;
    return sp_bool(vm, r != vm->True);
}

static sp_val mv_hash_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    mview *m = live(vm, sp_vals_get(args, 0));
    if (!m->readonly)
        sp_raise_fmt(vm, vm->e.ValueError, "cannot hash writable memoryview object");
    return sp_int_from_i64(vm, sp_hash(vm, mv_tobytes(vm, m)));
}

static sp_val mv_iter_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    return sp_iter(vm, mv_tolist_m(vm, args, kw));
}

static sp_val mv_repr_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    mview *m = as_mview(vm, sp_vals_get(args, 0));
    return sp_str_fmt(vm, m->released ? "<released memory at 0x%lx>" : "<memory at 0x%lx>", (unsigned long)(uintptr_t)m);
}

static sp_val mv_cast_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "cast", sp_vals_from(args, 1), kw, 1, 2);
    mview *m = live(vm, sp_vals_get(args, 0));
    sp_val fmt = sp_vals_get(args, 1);
    if (!sp_is_str(fmt) || (!sp_str_eq_cstr(fmt, "B") && !sp_str_eq_cstr(fmt, "b") && !sp_str_eq_cstr(fmt, "c")))
        sp_raise_fmt(vm, vm->e.ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    return mv_new(vm, m->obj, m->start, m->len, m->step, m->readonly);
}

static sp_val mv_toreadonly_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    mview *m = live(vm, sp_vals_get(args, 0));
    return mv_new(vm, m->obj, m->start, m->len, m->step, true);
}

/* ---- attributes ---------------------------------------------------------*/
static sp_val mv_get_obj(sp_vm *vm, sp_val self) { return live(vm, self)->obj; }
static sp_val mv_get_nbytes(sp_vm *vm, sp_val self) { return sp_int_from_size(vm, live(vm, self)->len); }
static sp_val mv_get_readonly(sp_vm *vm, sp_val self) { return sp_bool(vm, live(vm, self)->readonly); }
static sp_val mv_get_itemsize(sp_vm *vm, sp_val self) { live(vm, self); return sp_small(1); }
static sp_val mv_get_format(sp_vm *vm, sp_val self) { live(vm, self); return sp_str_from_cstr(vm, "B"); }
static sp_val mv_get_ndim(sp_vm *vm, sp_val self) { live(vm, self); return sp_small(1); }
static sp_val mv_get_released(sp_vm *vm, sp_val self) { return sp_bool(vm, as_mview(vm, self)->released); }

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
    mview *m = live(vm, self);
    return sp_bool(vm, m->step == 1 || m->len <= 1);
}

static const sp_getsetdef mv_getsets[] = {
    { "obj", mv_get_obj, NULL, NULL },
    { "nbytes", mv_get_nbytes, NULL, NULL },
    { "readonly", mv_get_readonly, NULL, NULL },
    { "itemsize", mv_get_itemsize, NULL, NULL },
    { "format", mv_get_format, NULL, NULL },
    { "ndim", mv_get_ndim, NULL, NULL },
    { "shape", mv_get_shape, NULL, NULL },
    { "strides", mv_get_strides, NULL, NULL },
    { "released", mv_get_released, NULL, NULL },
    { "contiguous", mv_get_contiguous, NULL, NULL },
    { "c_contiguous", mv_get_contiguous, NULL, NULL },
    { "f_contiguous", mv_get_contiguous, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const sp_methoddef mv_methods[] = {
    { "__new__", mv_new_m, SP_METH_STATIC, NULL },
    { "__len__", mv_len_m, 0, NULL },
    { "__getitem__", mv_getitem_m, 0, NULL },
    { "__setitem__", mv_setitem_m, 0, NULL },
    { "__eq__", mv_eq_m, 0, NULL },
    { "__ne__", mv_ne_m, 0, NULL },
    { "__hash__", mv_hash_m, 0, NULL },
    { "__iter__", mv_iter_m, 0, NULL },
    { "__repr__", mv_repr_m, 0, NULL },
    { "__enter__", mv_enter_m, 0, NULL },
    { "__exit__", mv_exit_m, 0, NULL },
    { "tobytes", mv_tobytes_m, 0, NULL },
    { "tolist", mv_tolist_m, 0, NULL },
    { "hex", mv_hex_m, 0, NULL },
    { "release", mv_release_m, 0, NULL },
    { "cast", mv_cast_m, 0, NULL },
    { "toreadonly", mv_toreadonly_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_memoryview_def = {
    .name = "memoryview",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(mview),
    .trace = mview_trace,
    .methods = mv_methods,
    .getsets = mv_getsets,
    .flags = 0,
    .doc = "Create a new memoryview object which references the given object.",
};

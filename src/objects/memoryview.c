/* memoryview: a typed, possibly multi-dimensional view of a bytes or
 * bytearray (the only exporters SafePy has), as CPython 3.11's: native
 * single-character formats (cast), shape and strides, slicing of the
 * first dimension, item assignment into a bytearray, release().
 *
 * Safety: a view keeps (obj, start, shape, strides) and re-checks the
 * underlying object's current length on every access, so a stale view
 * can only raise IndexError, never read out of bounds.
 *
 * Exports: a live view of a bytearray counts one export on it, and the
 * bytearray refuses to resize while any are counted (BufferError), as in
 * CPython.  release() gives the export back; a view that simply becomes
 * garbage gives it back in its finalizer, and the bytearray collects once
 * before refusing (see bytearray.c), which stands in for CPython's
 * reference counting.  Items are read and written in the machine's
 * native byte order, which SafePy assumes little-endian as CPython's
 * native formats are on its supported targets.
 */
#include "sp.h"
#include "objects/typeobj.h"
#include "objects/str_internal.h"
#include <float.h>
#include <math.h>

#define MV_MAX_NDIM 64

typedef struct mview_obj {
    sp_obj h;
    sp_val obj;             /* the exporter; NULL once released */
    sp_val base;            /* the exporter as .obj reports it (kept after release) */
    sp_val shape;           /* tuple of ndim ints */
    sp_val strides;         /* tuple of ndim ints (bytes) */
    sp_val format;          /* str, as given to cast ("B", "@i", ...) */
    int64_t start;          /* byte offset of item (0, ..., 0) */
    int64_t hash;           /* -1: not computed */
    uint32_t itemsize;
    uint32_t ndim;
    char fmt;               /* the format letter */
    bool readonly;
    bool counted;           /* holds one export on a bytearray */
} mview_obj;

typedef struct mview_iter {
    sp_obj h;
    sp_val view;            /* NULL once exhausted */
    size_t index;
} mview_iter;

static mview_obj *as_mview(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || v->type != vm->t.memoryview)
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor for 'memoryview' objects doesn't apply to a '%T' object", v);
    return (mview_obj *)v;
}

static mview_obj *live(sp_vm *vm, sp_val v)
{
    mview_obj *m = as_mview(vm, v);
    if (m->obj == NULL)
        sp_raise_fmt(vm, vm->e.ValueError, "operation forbidden on released memoryview object");
    return m;
}

static bool is_bytearray(sp_val v)
{
    return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_BYTEARRAY;
}

static int64_t tup_i64(sp_val t, size_t i)
{
    int64_t x = 0;
    sp_int_to_i64(sp_tuple_get(t, i), &x);
    return x;
}

static int64_t dim(mview_obj *m, size_t k) { return tup_i64(m->shape, k); }
static int64_t stride(mview_obj *m, size_t k) { return tup_i64(m->strides, k); }

static size_t nitems(mview_obj *m)
{
    size_t n = 1;
    for (size_t k = 0; k < m->ndim; k++)
        n *= (size_t)dim(m, k);
    return n;
}

/* Size of a native format letter, 0 if SafePy (like CPython 3.11's
 * memoryview) does not know it. */
static uint32_t fmt_size(char c)
{
    switch (c) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
    }
}

static bool byte_fmt(char c) { return c == 'B' || c == 'b' || c == 'c'; }

/* ---- construction and exports ---------------------------------------- */

static void mv_finalize(sp_obj *o)
{
    mview_obj *m = (mview_obj *)o;
    /* The bytearray may be garbage too: its memory is still there until
     * every finalizer of this collection has run. */
    if (m->counted && m->obj != NULL) {
        sp_bytearray_obj *a = (sp_bytearray_obj *)m->obj;
        if (a->exports > 0)
            a->exports--;
    }
    m->counted = false;
}

static sp_val tuple1(sp_vm *vm, int64_t x)
{
    sp_val t = sp_tuple_new(vm, 1);
    sp_tuple_set(t, 0, sp_int_from_i64(vm, x));
    return t;
}

static mview_obj *view_alloc(sp_vm *vm, sp_val obj, sp_val base)
{
    mview_obj *m = (mview_obj *)sp_alloc_finalized(vm, vm->t.memoryview, sizeof(mview_obj));
    m->hash = -1;
    m->base = base;
    m->obj = obj;
    if (is_bytearray(obj)) {
        SP_AS(sp_bytearray_obj, obj, SP_LAYOUT_BYTEARRAY)->exports++;
        m->counted = true;
    }
    return m;
}

/* A copy of src's geometry (fields filled by the caller as needed). */
static mview_obj *view_copy(sp_vm *vm, mview_obj *src)
{
    sp_val shape = src->shape, strides = src->strides, format = src->format;
    mview_obj *m = view_alloc(vm, src->obj, src->base);
    m->shape = shape;
    m->strides = strides;
    m->format = format;
    m->start = src->start;
    m->itemsize = src->itemsize;
    m->ndim = src->ndim;
    m->fmt = src->fmt;
    m->readonly = src->readonly;
    return m;
}

static sp_val view_of_bytes(sp_vm *vm, sp_val o)
{
    size_t len = sp_bytes_data(o).len;
    sp_val shape = tuple1(vm, (int64_t)len), strides = tuple1(vm, 1);
    sp_val format = sp_str_from_cstr(vm, "B");
    mview_obj *m = view_alloc(vm, o, o);
    m->shape = shape;
    m->strides = strides;
    m->format = format;
    m->itemsize = 1;
    m->ndim = 1;
    m->fmt = 'B';
    m->readonly = !is_bytearray(o);
    return (sp_val)m;
}

static bool exporter(sp_val o)
{
    return sp_is_ptr(o) && (o->type->def->layout == SP_LAYOUT_BYTES || o->type->def->layout == SP_LAYOUT_BYTEARRAY);
}

static sp_val mv_new(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "object", NULL };
    sp_val out[1] = { NULL };
    sp_vals rest = sp_vals_from(args, 1);
    size_t nkw = kwnames ? sp_tuple_len(kwnames) : 0;
    if (rest.len > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview() takes at most 1 argument (%zu given)", rest.len);
    if (rest.len == 1 && nkw == 1 && !sp_eq(vm, sp_tuple_get(kwnames, 0), sp_str_from_cstr(vm, "object")))
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview() missing required argument 'object' (pos 1)");
    if (rest.len == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview() missing required argument 'object' (pos 1)");
    sp_parse_args(vm, "memoryview", rest, kwnames, kw, 1, SP_VALS(out));
    sp_val o = out[0];
    if (sp_is_ptr(o) && o->type == vm->t.memoryview)
        return (sp_val)view_copy(vm, live(vm, o));
    if (!exporter(o))
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview: a bytes-like object is required, not '%T'", o);
    return view_of_bytes(vm, o);
}

/* ---- raw access ----------------------------------------------------------- */

/* Byte offset of an item, checked against the exporter's current size. */
static size_t checked_off(sp_vm *vm, mview_obj *m, int64_t off)
{
    /* An __index__ or __float__ may have released the view meanwhile. */
    if (m->obj == NULL)
        sp_raise_fmt(vm, vm->e.ValueError, "operation forbidden on released memoryview object");
    sp_cbytes data = sp_bytes_data(m->obj);
    if (off < 0 || (uint64_t)off + m->itemsize > data.len)
        sp_raise_fmt(vm, vm->e.IndexError, "index out of bounds on dimension 1");
    return (size_t)off;
}

static uint64_t read_raw(sp_vm *vm, mview_obj *m, int64_t off)
{
    size_t o = checked_off(vm, m, off);
    sp_cbytes data = sp_bytes_data(m->obj);
    uint64_t u = 0;
    for (uint32_t k = 0; k < m->itemsize; k++)
        u |= (uint64_t)sp_cbytes_get(data, o + k) << (8 * k);
    return u;
}

static void write_raw(sp_vm *vm, mview_obj *m, int64_t off, uint64_t u)
{
    size_t o = checked_off(vm, m, off);
    sp_bytearray_obj *a = SP_AS(sp_bytearray_obj, m->obj, SP_LAYOUT_BYTEARRAY);
    sp_bytes buf = sp_bytes_sub(sp_rawbuf_span(SP_AS(sp_rawbuf, a->buf, SP_LAYOUT_RAWBUF)), 0, a->len);
    for (uint32_t k = 0; k < m->itemsize; k++)
        sp_bytes_set(buf, o + k, (uint8_t)(u >> (8 * k)));
}

static int64_t sign_extend(uint64_t u, uint32_t size)
{
    if (size >= 8)
        return (int64_t)u;
    uint64_t bit = (uint64_t)1 << (8 * size - 1);
    return (int64_t)((u ^ bit) - bit);
}

static sp_val unpack(sp_vm *vm, mview_obj *m, int64_t off)
{
    uint64_t u = read_raw(vm, m, off);
    switch (m->fmt) {
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n':
        return sp_int_from_i64(vm, sign_extend(u, m->itemsize));
    case 'f': {
        union { uint32_t u; float f; } x = { (uint32_t)u };
        return sp_float_new(vm, (double)x.f);
    }
    case 'd': {
        union { uint64_t u; double d; } x = { u };
        return sp_float_new(vm, x.d);
    }
    case '?':
        return sp_bool(vm, u != 0);
    case 'c': {
        uint8_t c[1] = { (uint8_t)u };
        return sp_bytes_new(vm, SP_CBYTES(c));
    }
    default:
        return sp_int_from_u64(vm, u);
    }
}

_Noreturn static void bad_value(sp_vm *vm, mview_obj *m, bool type)
{
    sp_raise_fmt(vm, type ? vm->e.TypeError : vm->e.ValueError, "memoryview: invalid %s for format '%s'",
                 type ? "type" : "value", sp_str_cstr(m->format));
}

static sp_val float_of_cb(sp_vm *vm, void *ud)
{
    return sp_float_new(vm, sp_float_of(vm, (sp_val)ud));
}

static void pack(sp_vm *vm, mview_obj *m, int64_t off, sp_val v)
{
    uint64_t u;
    switch (m->fmt) {
    case 'f': case 'd': {
        /* CPython turns the conversion's TypeError into "invalid type"
         * and its OverflowError/ValueError into "invalid value". */
        sp_val exc = NULL;
        sp_val fv = sp_pcall(vm, float_of_cb, (void *)v, &exc);
        if (fv == NULL) {
            if (sp_exc_matches(vm, exc, vm->e.TypeError))
                bad_value(vm, m, true);
            if (sp_exc_matches(vm, exc, vm->e.OverflowError) || sp_exc_matches(vm, exc, vm->e.ValueError))
                bad_value(vm, m, false);
            sp_raise(vm, exc);
        }
        double d = sp_float_get(fv);
        if (m->fmt == 'f') {
            /* Out of float's range rounds to +-FLT_MAX or overflows to
             * +-inf (IEEE rounding), without an out-of-range C cast. */
            double lim = 3.4028235677973366e38;   /* 2**128 - 2**103 */
            if (d >= lim)
                d = (double)INFINITY;
            else if (d <= -lim)
                d = -(double)INFINITY;
            else if (d > (double)FLT_MAX)
                d = (double)FLT_MAX;
            else if (d < -(double)FLT_MAX)
                d = -(double)FLT_MAX;
            union { float f; uint32_t u; } x = { (float)d };
            u = x.u;
        } else {
            union { double d; uint64_t u; } x = { d };
            u = x.u;
        }
        break;
    }
    case '?':
        u = sp_truthy(vm, v) ? 1 : 0;
        break;
    case 'c': {
        if (sp_layout_of(v) != SP_LAYOUT_BYTES)
            bad_value(vm, m, true);
        sp_cbytes d = sp_bytes_data(v);
        if (d.len != 1)
            bad_value(vm, m, false);
        u = sp_cbytes_get(d, 0);
        break;
    }
    default: {
        if (!sp_is_int(v) && !sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__))
            bad_value(vm, m, true);
        sp_val i = sp_index(vm, v);
        bool is_signed = m->fmt == 'b' || m->fmt == 'h' || m->fmt == 'i' || m->fmt == 'l' || m->fmt == 'q' || m->fmt == 'n';
        uint32_t bits = 8 * m->itemsize;
        int64_t x;
        if (sp_int_to_i64(i, &x)) {
            if (is_signed) {
                if (bits < 64 && (x < -((int64_t)1 << (bits - 1)) || x >= ((int64_t)1 << (bits - 1))))
                    bad_value(vm, m, false);
            } else if (x < 0 || (bits < 64 && (uint64_t)x >= ((uint64_t)1 << bits))) {
                bad_value(vm, m, false);
            }
            u = (uint64_t)x;
        } else {
            /* Beyond int64: only a 64-bit unsigned item can hold it. */
            if (is_signed || bits < 64 || sp_int_sign(i) < 0 ||
                sp_int_cmp(i, sp_int_from_u64(vm, UINT64_MAX)) > 0)
                bad_value(vm, m, false);
            sp_val low = sp_int_sub(vm, i, sp_int_from_u64(vm, (uint64_t)1 << 63));
            int64_t y = 0;
            sp_int_to_i64(low, &y);
            u = (uint64_t)y + ((uint64_t)1 << 63);
        }
        break;
    }
    }
    write_raw(vm, m, off, u);
}

/* ---- C-order traversal ----------------------------------------------------- */

static void copy_dim(sp_vm *vm, mview_obj *m, uint32_t k, int64_t off, bool fortran, sp_bytes out, size_t *w)
{
    sp_check_stack(vm);
    if (k == m->ndim) {
        size_t o = checked_off(vm, m, off);
        sp_cbytes data = sp_bytes_data(m->obj);
        sp_bytes_copy(sp_bytes_sub(out, *w, m->itemsize), sp_cbytes_sub(data, o, m->itemsize));
        *w += m->itemsize;
        return;
    }
    (void)fortran;
    int64_t n = dim(m, k), st = stride(m, k);
    for (int64_t i = 0; i < n; i++)
        copy_dim(vm, m, k + 1, off + i * st, fortran, out, w);
}

/* Fortran order: the first index varies fastest. */
static void copy_dim_f(sp_vm *vm, mview_obj *m, uint32_t k, int64_t off, sp_bytes out, size_t *w)
{
    sp_check_stack(vm);
    if (k == 0) {
        int64_t n = dim(m, 0), st = stride(m, 0);
        sp_cbytes data = sp_bytes_data(m->obj);
        for (int64_t i = 0; i < n; i++) {
            size_t o = checked_off(vm, m, off + i * st);
            sp_bytes_copy(sp_bytes_sub(out, *w, m->itemsize), sp_cbytes_sub(data, o, m->itemsize));
            *w += m->itemsize;
        }
        return;
    }
    int64_t n = dim(m, k), st = stride(m, k);
    for (int64_t i = 0; i < n; i++)
        copy_dim_f(vm, m, k - 1, off + i * st, out, w);
}

static sp_val to_bytes(sp_vm *vm, mview_obj *m, bool fortran)
{
    if (m->obj == NULL)
        sp_raise_fmt(vm, vm->e.ValueError, "operation forbidden on released memoryview object");
    size_t total = nitems(m) * m->itemsize;
    sp_rawbuf *rb = sp_rawbuf_new(vm, total);
    sp_bytes out = sp_bytes_sub(sp_rawbuf_span(rb), 0, total);
    size_t w = 0;
    if (fortran && m->ndim > 0)
        copy_dim_f(vm, m, m->ndim - 1, m->start, out, &w);
    else
        copy_dim(vm, m, 0, m->start, false, out, &w);
    return sp_bytes_new(vm, sp_cbytes_of(out));
}

/* For bytes.c and bytearray.c: the bytes of a memoryview, in C order. */
bool sp_memoryview_bytes(sp_vm *vm, sp_val v, sp_cbytes *out)
{
    if (!sp_is_ptr(v) || v->type != vm->t.memoryview)
        return false;
    *out = sp_bytes_data(to_bytes(vm, live(vm, v), false));
    return true;
}

static sp_val list_dim(sp_vm *vm, mview_obj *m, uint32_t k, int64_t off)
{
    sp_check_stack(vm);
    int64_t n = dim(m, k), st = stride(m, k);
    sp_val l = sp_list_new(vm, (size_t)n);
    for (int64_t i = 0; i < n; i++)
        sp_list_append(vm, l, k + 1 == m->ndim ? unpack(vm, m, off + i * st) : list_dim(vm, m, k + 1, off + i * st));
    return l;
}

/* ---- contiguity ------------------------------------------------------------ */

static bool c_contig(mview_obj *m)
{
    if (nitems(m) == 0)
        return true;
    int64_t sd = m->itemsize;
    for (size_t k = m->ndim; k-- > 0;) {
        if (dim(m, k) > 1 && stride(m, k) != sd)
            return false;
        sd *= dim(m, k);
    }
    return true;
}

static bool f_contig(mview_obj *m)
{
    if (nitems(m) == 0)
        return true;
    int64_t sd = m->itemsize;
    for (size_t k = 0; k < m->ndim; k++) {
        if (dim(m, k) > 1 && stride(m, k) != sd)
            return false;
        sd *= dim(m, k);
    }
    return true;
}

/* For bytearray.c: buffers taken "simple" (bytearray slice assignment)
 * must be C-contiguous. */
bool sp_memoryview_contiguous(sp_vm *vm, sp_val v)
{
    return c_contig(live(vm, v));
}

static void release(sp_vm *vm, mview_obj *m);

/* ---- indexing ---------------------------------------------------------------- */

static bool index_like(sp_vm *vm, sp_val v)
{
    return sp_is_int(v) || sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__index__) != NULL;
}

/* Offset of index i on dimension k (IndexError names the dimension). */
static int64_t dim_offset(sp_vm *vm, mview_obj *m, uint32_t k, sp_val key)
{
    sp_ssize i = sp_bytes_item_index(vm, key);
    int64_t n = dim(m, k);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        sp_raise_fmt(vm, vm->e.IndexError, "index out of bounds on dimension %u", k + 1);
    return (int64_t)i * stride(m, k);
}

static bool all_index(sp_vm *vm, sp_val t)
{
    for (size_t i = 0; i < sp_tuple_len(t); i++)
        if (!index_like(vm, sp_tuple_get(t, i)))
            return false;
    return true;
}

static bool all_slices(sp_vm *vm, sp_val t)
{
    for (size_t i = 0; i < sp_tuple_len(t); i++)
        if (!sp_is_slice(vm, sp_tuple_get(t, i)))
            return false;
    return true;
}

/* The offset of the item a full tuple of indices names. */
static int64_t multi_offset(sp_vm *vm, mview_obj *m, sp_val key)
{
    size_t n = sp_tuple_len(key);
    if (n < m->ndim)
        sp_raise_fmt(vm, vm->e.NotImplementedError, "sub-views are not implemented");
    if (n > m->ndim)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot index %u-dimension view with %zu-element tuple", m->ndim, n);
    int64_t off = m->start;
    for (uint32_t k = 0; k < m->ndim; k++)
        off += dim_offset(vm, m, k, sp_tuple_get(key, k));
    return off;
}

static sp_val mv_getitem(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    mview_obj *m = live(vm, self);
    sp_val key = sp_vals_get(args, 1);
    if (m->ndim == 0) {
        if (key == vm->Ellipsis)
            return self;
        if (sp_is_tuple(key) && sp_tuple_len(key) == 0)
            return unpack(vm, m, m->start);
        sp_raise_fmt(vm, vm->e.TypeError, "invalid indexing of 0-dim memory");
    }
    if (index_like(vm, key)) {
        if (m->ndim != 1)
            sp_raise_fmt(vm, vm->e.NotImplementedError, "multi-dimensional sub-views are not implemented");
        return unpack(vm, m, m->start + dim_offset(vm, m, 0, key));
    }
    if (sp_is_slice(vm, key)) {
        sp_ssize start, stop, step;
        /* __index__ may release the view: check it again after. */
        sp_slice_unpack(vm, key, &start, &stop, &step);
        m = live(vm, sp_vals_get(args, 0));
        size_t n = sp_slice_adjust((size_t)dim(m, 0), &start, &stop, step);
        mview_obj *r = view_copy(vm, live(vm, self));
        int64_t st0 = stride(m, 0);
        r->start = m->start + (int64_t)start * st0;
        sp_val shape = sp_tuple_from(vm, sp_tuple_items(m->shape));
        sp_val strides = sp_tuple_from(vm, sp_tuple_items(m->strides));
        sp_tuple_set(shape, 0, sp_int_from_size(vm, n));
        sp_tuple_set(strides, 0, sp_int_from_i64(vm, st0 * step));
        r->shape = shape;
        r->strides = strides;
        return (sp_val)r;
    }
    if (sp_is_tuple(key) && all_index(vm, key))
        return unpack(vm, m, multi_offset(vm, m, key));
    if (sp_is_tuple(key) && all_slices(vm, key))
        sp_raise_fmt(vm, vm->e.NotImplementedError, "multi-dimensional slicing is not implemented");
    sp_raise_fmt(vm, vm->e.TypeError, "memoryview: invalid slice key");
}

/* Formats CPython treats as the same for assignment ('@i' is 'i'). */
static bool same_format(mview_obj *a, mview_obj *b)
{
    return a->fmt == b->fmt && a->itemsize == b->itemsize;
}

static sp_val mv_setitem(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    mview_obj *m = live(vm, sp_vals_get(args, 0));
    if (m->readonly)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot modify read-only memory");
    sp_val key = sp_vals_get(args, 1), value = sp_vals_get(args, 2);
    if (m->ndim == 0) {
        if (key == vm->Ellipsis || (sp_is_tuple(key) && sp_tuple_len(key) == 0)) {
            pack(vm, m, m->start, value);
            return vm->None;
        }
        sp_raise_fmt(vm, vm->e.TypeError, "invalid indexing of 0-dim memory");
    }
    if (index_like(vm, key)) {
        if (m->ndim > 1)
            sp_raise_fmt(vm, vm->e.NotImplementedError, "sub-views are not implemented");
        pack(vm, m, m->start + dim_offset(vm, m, 0, key), value);
        return vm->None;
    }
    if (sp_is_slice(vm, key) && m->ndim == 1) {
        /* The source as a view: a memoryview, or bytes-like as 'B'. */
        sp_val src = value;
        bool temp = false;
        if (!(sp_is_ptr(src) && src->type == vm->t.memoryview)) {
            if (!exporter(src))
                sp_raise_fmt(vm, vm->e.TypeError, "a bytes-like object is required, not '%T'", value);
            src = view_of_bytes(vm, src);
            temp = true;
        }
        mview_obj *sv = live(vm, src);
        sp_ssize start, stop, step;
        /* __index__ may release either view: check them again after. */
        sp_slice_unpack(vm, key, &start, &stop, &step);
        m = live(vm, sp_vals_get(args, 0));
        sv = live(vm, src);
        size_t n = sp_slice_adjust((size_t)dim(m, 0), &start, &stop, step);
        if (!same_format(m, sv) || sv->ndim != 1 || (size_t)dim(sv, 0) != n)
            sp_raise_fmt(vm, vm->e.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        /* Copy first: src may be this very buffer. */
        sp_cbytes d = sp_bytes_data(to_bytes(vm, sv, false));
        if (temp)
            release(vm, sv);   /* give the source bytearray's export back now */
        int64_t st0 = stride(m, 0);
        for (size_t k = 0; k < n; k++) {
            uint64_t u = 0;
            for (uint32_t j = 0; j < m->itemsize; j++)
                u |= (uint64_t)sp_cbytes_get(d, k * m->itemsize + j) << (8 * j);
            write_raw(vm, m, m->start + (start + (int64_t)k * step) * st0, u);
        }
        return vm->None;
    }
    if (sp_is_tuple(key) && all_index(vm, key)) {
        pack(vm, m, multi_offset(vm, m, key), value);
        return vm->None;
    }
    if (sp_is_slice(vm, key) || (sp_is_tuple(key) && all_slices(vm, key)))
        sp_raise_fmt(vm, vm->e.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
    sp_raise_fmt(vm, vm->e.TypeError, "memoryview: invalid slice key");
}

static sp_val mv_delitem(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    mview_obj *m = live(vm, sp_vals_get(args, 0));
    if (m->readonly)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot modify read-only memory");
    sp_raise_fmt(vm, vm->e.TypeError, "cannot delete memory");
}

static sp_val mv_len(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    mview_obj *m = live(vm, sp_vals_get(args, 0));
    return sp_int_from_i64(vm, m->ndim == 0 ? 1 : dim(m, 0));
}

/* ---- methods --------------------------------------------------------------- */

static void no_args(sp_vm *vm, sp_vals args, sp_val kw, const char *name)
{
    size_t nkw = kw ? sp_tuple_len(kw) : 0;
    if (nkw > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview.%s() takes no keyword arguments", name);
    if (args.len > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview.%s() takes no arguments (%zu given)", name, args.len - 1);
}

static sp_val mv_tobytes(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "order", NULL };
    sp_val a[1] = { NULL };
    sp_parse_args(vm, "tobytes", sp_vals_from(args, 1), kwnames, kw, 0, SP_VALS(a));
    mview_obj *m = live(vm, sp_vals_get(args, 0));
    bool fortran = false;
    if (a[0] && a[0] != vm->None) {
        if (!sp_is_str(a[0]))
            sp_raise_fmt(vm, vm->e.TypeError, "tobytes() argument 'order' must be str or None, not %s", sp_argtype_name(vm, a[0]));
        sp_cbytes o = sp_str_bytes(a[0]);
        uint8_t c = o.len == 1 ? sp_cbytes_get(o, 0) : 0;
        if (c != 'C' && c != 'F' && c != 'A')
            sp_raise_fmt(vm, vm->e.ValueError, "order must be 'C', 'F' or 'A'");
        fortran = c == 'F' || (c == 'A' && f_contig(m) && !c_contig(m));
    }
    return to_bytes(vm, m, fortran);
}

static sp_val mv_tolist(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    no_args(vm, args, kwnames, "tolist");
    mview_obj *m = live(vm, sp_vals_get(args, 0));
    if (m->ndim == 0)
        return unpack(vm, m, m->start);
    return list_dim(vm, m, 0, m->start);
}

static sp_val mv_iter(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    mview_obj *m = live(vm, sp_vals_get(args, 0));
    if (m->ndim == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "invalid indexing of 0-dim memory");
    if (m->ndim != 1)
        sp_raise_fmt(vm, vm->e.NotImplementedError, "multi-dimensional sub-views are not implemented");
    mview_iter *it = (mview_iter *)sp_alloc(vm, vm->t.memory_iterator, sizeof(mview_iter));
    it->view = sp_vals_get(args, 0);
    return (sp_val)it;
}

/* Reads the view live, item by item, as CPython's memory_iterator. */
static sp_val mvit_next(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    if (!sp_is_ptr(self) || self->type != vm->t.memory_iterator)
        sp_raise_fmt(vm, vm->e.TypeError, "expected a memory_iterator, not %T", self);
    mview_iter *it = (mview_iter *)self;
    if (it->view == NULL)
        sp_raise_type(vm, vm->e.StopIteration);
    mview_obj *m = as_mview(vm, it->view);
    if (it->index >= (size_t)(m->obj ? dim(m, 0) : 0) && m->obj != NULL) {
        it->view = NULL;
        sp_raise_type(vm, vm->e.StopIteration);
    }
    m = live(vm, it->view);
    size_t i = it->index++;
    return unpack(vm, m, m->start + (int64_t)i * stride(m, 0));
}

static sp_val mvit_iter(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_vals_get(args, 0);
}

static void mvit_trace(sp_heap *h, sp_obj *o)
{
    sp_gc_mark(h, ((mview_iter *)o)->view);
}

static const sp_methoddef mvit_methods[] = {
    { "__iter__", mvit_iter, 0, NULL },
    { "__next__", mvit_next, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_memory_iterator_def = {
    .name = "memory_iterator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(mview_iter),
    .trace = mvit_trace,
    .methods = mvit_methods,
    .flags = SP_TF_NOINSTANCE,
};

static sp_val mv_hex(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val b = to_bytes(vm, live(vm, sp_vals_get(args, 0)), false);
    return sp_call(vm, sp_getattr_cstr(vm, b, "hex"), sp_vals_from(args, 1), kwnames);
}

static void release(sp_vm *vm, mview_obj *m)
{
    if (m->counted && m->obj != NULL) {
        sp_bytearray_obj *a = SP_AS(sp_bytearray_obj, m->obj, SP_LAYOUT_BYTEARRAY);
        if (a->exports > 0)
            a->exports--;
    }
    m->counted = false;
    m->obj = NULL;
}

static sp_val mv_release(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    no_args(vm, args, kwnames, "release");
    release(vm, as_mview(vm, sp_vals_get(args, 0)));
    return vm->None;
}

static sp_val mv_enter(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    live(vm, sp_vals_get(args, 0));
    return sp_vals_get(args, 0);
}

static sp_val mv_exit(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    release(vm, as_mview(vm, sp_vals_get(args, 0)));
    return vm->None;
}

static sp_val mv_toreadonly(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    no_args(vm, args, kwnames, "toreadonly");
    mview_obj *r = view_copy(vm, live(vm, sp_vals_get(args, 0)));
    r->readonly = true;
    return (sp_val)r;
}

static sp_val mv_cast(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kw[] = { "format", "shape", NULL };
    sp_val a[2] = { NULL, NULL };
    size_t nkw = kwnames ? sp_tuple_len(kwnames) : 0;
    if (args.len - nkw < 2) {
        bool named = false;
        for (size_t i = 0; i < nkw; i++)
            named |= sp_eq(vm, sp_tuple_get(kwnames, i), sp_str_from_cstr(vm, "format"));
        if (!named)
            sp_raise_fmt(vm, vm->e.TypeError, "cast() missing required argument 'format' (pos 1)");
    }
    sp_parse_args(vm, "cast", sp_vals_from(args, 1), kwnames, kw, 1, SP_VALS(a));
    mview_obj *m = live(vm, sp_vals_get(args, 0));
    if (!sp_is_str(a[0]))
        sp_raise_fmt(vm, vm->e.TypeError, "cast() argument 'format' must be str, not %s", sp_argtype_name(vm, a[0]));
    sp_val shape = a[1];
    /* CPython's flag, not PyBuffer_IsContiguous: an empty stepped 1-D
     * view is "contiguous" but cannot be cast. */
    bool flag = m->ndim == 0 ? true : m->ndim == 1 ? (dim(m, 0) == 1 || stride(m, 0) == (int64_t)m->itemsize) : c_contig(m);
    if (!flag)
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview: casts are restricted to C-contiguous views");
    bool zero = false;
    for (size_t k = 0; k < m->ndim; k++)
        zero |= dim(m, k) == 0;
    if ((shape || m->ndim != 1) && zero)
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview: cannot cast view with zeros in shape or strides");
    sp_vals dims = SP_NOVALS;
    if (shape) {
        if (!sp_is_tuple(shape) && sp_layout_of(shape) != SP_LAYOUT_LIST)
            sp_raise_fmt(vm, vm->e.TypeError, "shape must be a list or a tuple");
        shape = sp_tuple_from_iter(vm, shape);
        dims = sp_tuple_items(shape);
        if (dims.len > MV_MAX_NDIM)
            sp_raise_fmt(vm, vm->e.ValueError, "memoryview: number of dimensions must not exceed 64");
        if (m->ndim != 1 && dims.len != 1)
            sp_raise_fmt(vm, vm->e.TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    sp_cbytes f = sp_str_bytes(a[0]);
    size_t at = f.len > 0 && sp_cbytes_get(f, 0) == '@' ? 1 : 0;
    char c = f.len == at + 1 ? (char)sp_cbytes_get(f, at) : 0;
    uint32_t size = fmt_size(c);
    if (size == 0)
        sp_raise_fmt(vm, vm->e.ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    if (!byte_fmt(m->fmt) && !byte_fmt(c))
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview: cannot cast between two non-byte formats");
    size_t nbytes = nitems(m) * m->itemsize;
    if (nbytes % size != 0)
        sp_raise_fmt(vm, vm->e.TypeError, "memoryview: length is not a multiple of itemsize");
    sp_val newshape, newstrides;
    if (!shape) {
        newshape = tuple1(vm, (int64_t)(nbytes / size));
        newstrides = tuple1(vm, size);
    } else {
        uint64_t prod = 1;
        for (size_t k = 0; k < dims.len; k++) {
            sp_val d = sp_vals_get(dims, k);
            if (!sp_is_int(d))
                sp_raise_fmt(vm, vm->e.TypeError, "memoryview.cast(): elements of shape must be integers");
            int64_t x;
            if (!sp_int_to_i64(d, &x))
                sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C ssize_t");
            if (x <= 0)
                sp_raise_fmt(vm, vm->e.ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            if (!sp_size_mul(prod, (uint64_t)x, &prod) || prod > (uint64_t)PTRDIFF_MAX / size)
                sp_raise_fmt(vm, vm->e.ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
        }
        if (prod * size != nbytes)
            sp_raise_fmt(vm, vm->e.TypeError, "memoryview: product(shape) * itemsize != buffer size");
        newshape = sp_tuple_new(vm, dims.len);
        newstrides = sp_tuple_new(vm, dims.len);
        int64_t sd = size;
        for (size_t k = dims.len; k-- > 0;) {
            sp_val d = sp_vals_get(dims, k);
            int64_t x = 0;
            sp_int_to_i64(d, &x);
            sp_tuple_set(newshape, k, sp_int_from_i64(vm, x));
            sp_tuple_set(newstrides, k, sp_int_from_i64(vm, sd));
            sd *= x;
        }
    }
    sp_val format = sp_str_new(vm, f);
    mview_obj *r = view_copy(vm, m);
    r->shape = newshape;
    r->strides = newstrides;
    r->format = format;
    r->ndim = (uint32_t)sp_tuple_len(newshape);
    r->itemsize = size;
    r->fmt = c;
    return (sp_val)r;
}

/* ---- comparison and hash -------------------------------------------------- */

/* other as a view: a memoryview, or bytes/bytearray as 'B'; NULL if not
 * a buffer. */
static mview_obj *as_view(sp_vm *vm, sp_val o)
{
    if (sp_is_ptr(o) && o->type == vm->t.memoryview)
        return as_mview(vm, o);
    if (exporter(o)) {
        mview_obj *v = (mview_obj *)view_of_bytes(vm, o);
        release(vm, v);   /* a temporary: hold no export */
        v->obj = o;
        return v;
    }
    return NULL;
}

static bool items_equal(sp_vm *vm, mview_obj *a, mview_obj *b, uint32_t k, int64_t oa, int64_t ob)
{
    sp_check_stack(vm);
    int64_t n = dim(a, k), sa = stride(a, k), sb = stride(b, k);
    for (int64_t i = 0; i < n; i++) {
        int64_t pa = oa + i * sa, pb = ob + i * sb;
        if (k + 1 < a->ndim) {
            if (!items_equal(vm, a, b, k + 1, pa, pb))
                return false;
        } else if (!sp_eq(vm, unpack(vm, a, pa), unpack(vm, b, pb))) {
            return false;
        }
    }
    return true;
}

static sp_val mv_eq(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0), o = sp_vals_get(args, 1);
    mview_obj *m = as_mview(vm, self);
    mview_obj *w = as_view(vm, o);
    if (w == NULL)
        return vm->NotImplemented;
    /* Identity counts only for released views (a NaN item is unequal to
     * itself, as in CPython). */
    if (m->obj == NULL || w->obj == NULL)
        return sp_bool(vm, self == o);
    if (m->ndim != w->ndim)
        return vm->False;
    for (size_t k = 0; k < m->ndim; k++)
        if (dim(m, k) != dim(w, k))
            return vm->False;
    if (m->ndim == 0)
        return sp_bool(vm, sp_eq(vm, unpack(vm, m, m->start), unpack(vm, w, w->start)));
    return sp_bool(vm, items_equal(vm, m, w, 0, m->start, w->start));
}

static sp_val mv_ne(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val r = mv_eq(vm, args, kwnames);
    if (r == vm->NotImplemented)
        return r;
    return sp_bool(vm, r == vm->False);
}

static sp_val mv_hash(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    mview_obj *m = as_mview(vm, sp_vals_get(args, 0));
    if (m->hash == -1) {
        live(vm, sp_vals_get(args, 0));
        if (!m->readonly)
            sp_raise_fmt(vm, vm->e.ValueError, "cannot hash writable memoryview object");
        if (!byte_fmt(m->fmt))
            sp_raise_fmt(vm, vm->e.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        /* The exporter must be hashable too (a read-only view of a
         * bytearray is not). */
        sp_hash(vm, m->base);
        m->hash = sp_hash(vm, to_bytes(vm, m, false));
    }
    return sp_int_from_i64(vm, m->hash);
}

static sp_val mv_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = sp_vals_get(args, 0);
    if (as_mview(vm, self)->obj == NULL)
        return sp_obj_addr_repr(vm, "<released memory at ", self, ">");
    return sp_obj_addr_repr(vm, "<memory at ", self, ">");
}

/* ---- attributes ------------------------------------------------------------ */

static sp_val mv_get_obj(sp_vm *vm, sp_val self) { return live(vm, self)->base; }
static sp_val mv_get_nbytes(sp_vm *vm, sp_val self)
{
    mview_obj *m = live(vm, self);
    return sp_int_from_size(vm, nitems(m) * m->itemsize);
}
static sp_val mv_get_readonly(sp_vm *vm, sp_val self) { return sp_bool(vm, live(vm, self)->readonly); }
static sp_val mv_get_itemsize(sp_vm *vm, sp_val self) { return sp_int_from_size(vm, live(vm, self)->itemsize); }
static sp_val mv_get_format(sp_vm *vm, sp_val self) { return live(vm, self)->format; }
static sp_val mv_get_ndim(sp_vm *vm, sp_val self) { return sp_int_from_size(vm, live(vm, self)->ndim); }
static sp_val mv_get_shape(sp_vm *vm, sp_val self) { return live(vm, self)->shape; }
static sp_val mv_get_strides(sp_vm *vm, sp_val self) { return live(vm, self)->strides; }
static sp_val mv_get_suboffsets(sp_vm *vm, sp_val self) { live(vm, self); return sp_tuple_new(vm, 0); }
static sp_val mv_get_c_contiguous(sp_vm *vm, sp_val self) { return sp_bool(vm, c_contig(live(vm, self))); }
static sp_val mv_get_f_contiguous(sp_vm *vm, sp_val self) { return sp_bool(vm, f_contig(live(vm, self))); }
static sp_val mv_get_contiguous(sp_vm *vm, sp_val self)
{
    mview_obj *m = live(vm, self);
    return sp_bool(vm, c_contig(m) || f_contig(m));
}

static const sp_methoddef mv_methods[] = {
    { "__new__", mv_new, SP_METH_STATIC, NULL },
    { "__len__", mv_len, 0, NULL },
    { "__getitem__", mv_getitem, 0, NULL },
    { "__setitem__", mv_setitem, 0, NULL },
    { "__delitem__", mv_delitem, 0, NULL },
    { "__iter__", mv_iter, 0, NULL },
    { "__eq__", mv_eq, 0, NULL },
    { "__ne__", mv_ne, 0, NULL },
    { "__hash__", mv_hash, 0, NULL },
    { "__repr__", mv_repr, 0, NULL },
    { "__enter__", mv_enter, 0, NULL },
    { "__exit__", mv_exit, 0, NULL },
    { "tobytes", mv_tobytes, 0, NULL },
    { "tolist", mv_tolist, 0, NULL },
    { "toreadonly", mv_toreadonly, 0, NULL },
    { "cast", mv_cast, 0, NULL },
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
    { "suboffsets", mv_get_suboffsets, NULL, NULL },
    { "contiguous", mv_get_contiguous, NULL, NULL },
    { "c_contiguous", mv_get_c_contiguous, NULL, NULL },
    { "f_contiguous", mv_get_f_contiguous, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void mv_trace(sp_heap *h, sp_obj *o)
{
    mview_obj *m = (mview_obj *)o;
    sp_gc_mark(h, m->obj);
    sp_gc_mark(h, m->base);
    sp_gc_mark(h, m->shape);
    sp_gc_mark(h, m->strides);
    sp_gc_mark(h, m->format);
}

const sp_typedef sp_memoryview_def = {
    .name = "memoryview",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(mview_obj),
    .trace = mv_trace,
    .finalize = mv_finalize,
    .methods = mv_methods,
    .getsets = mv_getsets,
    .doc = "Create a new memoryview object which references the given object.",
};

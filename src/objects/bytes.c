/* bytes: immutable byte strings.  Data inline after the header, with a NUL
 * after len for C callers.  Instances of bytes subclasses keep their data
 * in an exact bytes object (see SP_BYTES_AUX_INDIRECT in str_internal.h). */
#include "str_internal.h"

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
        if (c == (uint8_t)q || c == '\\') {
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

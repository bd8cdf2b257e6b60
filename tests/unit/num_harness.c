/* Differential harness for the numeric types, independent of the rest of
 * the VM: a minimal fake runtime (malloc'd objects, a tiny str, raise by
 * longjmp) around src/objects/{int,bool,float,complex,format}.c.
 *
 * Input lines (from tests/unit/num_cases.py):  TYPE METHOD ARG...
 * with ARG = i:<decimal> | f:<hex float> | c:<hex>,<hex> | s:<hex utf-8> | N (None)
 * Output: repr(result) or "ExcType: message", one line per case.
 *
 *   make && cc -DSP_BUILD_CORE -Isrc -O1 -g tests/unit/num_harness.c \
 *     src/core/{bigint,span,trap,utf8}.c src/objects/{int,bool,float,complex,format}.c \
 *     build/stubs.c -lm -o /tmp/numh
 *   python3.11 tests/unit/num_cases.py | tee /tmp/in | /tmp/numh > /tmp/got
 *   python3.11 tests/unit/num_cases.py --expect > /tmp/want; diff /tmp/want /tmp/got
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "objects/int.h"

SP_UNSAFE_BUFFERS_BEGIN

static jmp_buf on_raise;
static char raised[4096];

static sp_typedef exc_defs[] = {
#define SP_EXC(id, base) { .name = #id, .layout = SP_LAYOUT_EXC, .size = sizeof(sp_exc_obj) },
#include "objects/exceptions.def"
#undef SP_EXC
};

static sp_type *mktype(const sp_typedef *def)
{
    sp_type *t = calloc(1, sizeof *t);
    t->def = def;
    t->instance_size = def->size;
    return t;
}

sp_obj *sp_alloc(sp_vm *vm, sp_type *type, size_t size)
{
    sp_obj *o = calloc(1, size + 1);
    o->type = type;
    return o;
}

sp_val sp_alloc_instance(sp_vm *vm, sp_type *type) { return sp_alloc(vm, type, type->instance_size); }

sp_rawbuf *sp_rawbuf_new(sp_vm *vm, size_t cap)
{
    sp_rawbuf *b = (sp_rawbuf *)sp_alloc(vm, vm->t.rawbuf, sizeof(sp_rawbuf) + cap + 1);
    b->cap = cap;
    return b;
}

size_t sp_size_add_or_raise(sp_vm *vm, size_t a, size_t b) { return a + b; }
size_t sp_size_mul_or_raise(sp_vm *vm, size_t a, size_t b) { return a * b; }

sp_obj *sp_as_layout(sp_val v, sp_layout layout, const char *what)
{
    if (!sp_is_ptr(v) || v->type->def->layout != layout)
        sp_trap(what);
    return v;
}

const char *sp_type_name(sp_type *t) { return t->def->name; }

/* ---- str --------------------------------------------------------------- */
sp_val sp_str_new(sp_vm *vm, sp_cbytes u)
{
    sp_str_obj *s = (sp_str_obj *)sp_alloc(vm, vm->t.str, sizeof(sp_str_obj) + u.len + 1);
    if (u.len) memcpy(s->data, u.ptr, u.len);
    s->len = u.len;
    size_t n = 0;
    for (size_t i = 0; i < u.len; i++)
        n += (u.ptr[i] & 0xc0) != 0x80;
    s->nchars = n;
    s->ascii = n == u.len;
    return (sp_val)s;
}
sp_val sp_str_from_cstr(sp_vm *vm, const char *c) { return sp_str_new(vm, sp_cbytes_of_cstr(c)); }
sp_val sp_str_decode_utf8(sp_vm *vm, sp_cbytes b, const char *e) { return sp_str_new(vm, b); }
sp_cbytes sp_str_bytes(sp_val s) { sp_str_obj *o = (sp_str_obj *)s; return (sp_cbytes){ o->data, o->len }; }
const char *sp_str_cstr(sp_val s) { return (const char *)((sp_str_obj *)s)->data; }
size_t sp_str_len(sp_val s) { return ((sp_str_obj *)s)->nchars; }
bool sp_str_eq_cstr(sp_val s, const char *c) { return strcmp(sp_str_cstr(s), c) == 0; }
uint32_t sp_str_codepoint_at(sp_val s, size_t idx)
{
    sp_str_obj *o = (sp_str_obj *)s;
    size_t i = 0, k = 0;
    for (;;) {
        uint8_t c = o->data[i];
        size_t n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        if (k == idx) {
            uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1fu) : n == 3 ? (c & 0x0fu) : (c & 0x07u);
            for (size_t j = 1; j < n; j++)
                cp = (cp << 6) | (o->data[i + j] & 0x3fu);
            return cp;
        }
        i += n;
        k++;
    }
}
static size_t enc(uint32_t cp, char *o)
{
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) { o[0] = (char)(0xc0 | (cp >> 6)); o[1] = (char)(0x80 | (cp & 0x3f)); return 2; }
    if (cp < 0x10000) { o[0] = (char)(0xe0 | (cp >> 12)); o[1] = (char)(0x80 | ((cp >> 6) & 0x3f)); o[2] = (char)(0x80 | (cp & 0x3f)); return 3; }
    o[0] = (char)(0xf0 | (cp >> 18)); o[1] = (char)(0x80 | ((cp >> 12) & 0x3f)); o[2] = (char)(0x80 | ((cp >> 6) & 0x3f)); o[3] = (char)(0x80 | (cp & 0x3f)); return 4;
}
sp_val sp_str_from_codepoint(sp_vm *vm, uint32_t cp) { char b[4]; return sp_str_new(vm, (sp_cbytes){ (uint8_t *)b, enc(cp, b) }); }

/* strbuf: a malloc'd buffer (test only) */
void sp_strbuf_init(sp_vm *vm, sp_strbuf *b, size_t cap) { b->buf = (sp_val)calloc(1, 1 << 16); b->len = 0; }
void sp_strbuf_add(sp_vm *vm, sp_strbuf *b, sp_cbytes u) { if (u.len) memcpy((char *)b->buf + b->len, u.ptr, u.len); b->len += u.len; }
void sp_strbuf_add_cstr(sp_vm *vm, sp_strbuf *b, const char *s) { sp_strbuf_add(vm, b, sp_cbytes_of_cstr(s)); }
void sp_strbuf_add_str(sp_vm *vm, sp_strbuf *b, sp_val s) { sp_strbuf_add(vm, b, sp_str_bytes(s)); }
void sp_strbuf_add_codepoint(sp_vm *vm, sp_strbuf *b, uint32_t cp) { char t[4]; sp_strbuf_add(vm, b, (sp_cbytes){ (uint8_t *)t, enc(cp, t) }); }
sp_val sp_strbuf_finish(sp_vm *vm, sp_strbuf *b) { return sp_str_new(vm, (sp_cbytes){ (uint8_t *)b->buf, b->len }); }

/* ---- protocol bits ----------------------------------------------------- */
static sp_val find_method(sp_type *t, const char *name)
{
    for (; t; t = t->base)
        for (const sp_methoddef *m = t->def->methods; m && m->name; m++)
            if (strcmp(m->name, name) == 0)
                return (sp_val)m;
    return NULL;
}

sp_val sp_repr(sp_vm *vm, sp_val v)
{
    if (v == NULL)
        return sp_str_from_cstr(vm, "<NULL>");
    if (v == vm->None)
        return sp_str_from_cstr(vm, "None");
    if (v == vm->NotImplemented)
        return sp_str_from_cstr(vm, "NotImplemented");
    sp_type *t = sp_type_of(vm, v);
    if (t == vm->t.str) {
        /* repr with Python's quote choice, enough for the tests */
        sp_cbytes b = sp_str_bytes(v);
        bool sq = memchr(b.ptr, '\'', b.len) != NULL, dq = memchr(b.ptr, '"', b.len) != NULL;
        char q = sq && !dq ? '"' : '\'';
        sp_strbuf sb;
        sp_strbuf_init(vm, &sb, 0);
        sp_strbuf_add(vm, &sb, (sp_cbytes){ (uint8_t *)&q, 1 });
        for (size_t i = 0; i < b.len; i++) {
            char tmp[8];
            uint8_t c = b.ptr[i];
            if (c == '\\' || c == (uint8_t)q) { tmp[0] = '\\'; tmp[1] = (char)c; sp_strbuf_add(vm, &sb, (sp_cbytes){ (uint8_t *)tmp, 2 }); }
            else if (c < 32 || c == 127) { snprintf(tmp, sizeof tmp, c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : "\\x%02x", c); sp_strbuf_add_cstr(vm, &sb, tmp); }
            else sp_strbuf_add(vm, &sb, (sp_cbytes){ &b.ptr[i], 1 });
        }
        sp_strbuf_add(vm, &sb, (sp_cbytes){ (uint8_t *)&q, 1 });
        return sp_strbuf_finish(vm, &sb);
    }
    if (t == vm->t.tuple) {
        sp_tuple_obj *tp = (sp_tuple_obj *)v;
        sp_strbuf sb;
        sp_strbuf_init(vm, &sb, 0);
        sp_strbuf_add_cstr(vm, &sb, "(");
        for (size_t i = 0; i < tp->len; i++) {
            if (i)
                sp_strbuf_add_cstr(vm, &sb, ", ");
            sp_strbuf_add_str(vm, &sb, sp_repr(vm, tp->items[i]));
        }
        sp_strbuf_add_cstr(vm, &sb, tp->len == 1 ? ",)" : ")");
        return sp_strbuf_finish(vm, &sb);
    }
    if (t == vm->t.bytes) {
        sp_bytes_obj *bo = (sp_bytes_obj *)v;
        sp_strbuf sb;
        sp_strbuf_init(vm, &sb, 0);
        sp_strbuf_add_cstr(vm, &sb, "b'");
        for (size_t i = 0; i < bo->len; i++) {
            char tmp[8];
            uint8_t c = bo->data[i];
            if (c >= 32 && c < 127 && c != '\\' && c != '\'') { tmp[0] = (char)c; tmp[1] = 0; }
            else snprintf(tmp, sizeof tmp, "\\x%02x", c);
            sp_strbuf_add_cstr(vm, &sb, tmp);
        }
        sp_strbuf_add_cstr(vm, &sb, "'");
        return sp_strbuf_finish(vm, &sb);
    }
    const sp_methoddef *m = (const sp_methoddef *)find_method(t, "__repr__");
    if (!m)
        return sp_str_from_cstr(vm, "<?>");
    return m->fn(vm, (sp_vals){ &v, 1 }, NULL);
}
sp_val sp_str(sp_vm *vm, sp_val v) { return sp_type_of(vm, v) == vm->t.str ? v : sp_repr(vm, v); }

sp_val sp_str_vfmt(sp_vm *vm, const char *f, va_list ap)
{
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 0);
    for (; *f; f++) {
        char tmp[64];
        if (*f != '%') { sp_strbuf_add(vm, &b, (sp_cbytes){ (const uint8_t *)f, 1 }); continue; }
        f++;
        switch (*f) {
        case 's': sp_strbuf_add_cstr(vm, &b, va_arg(ap, const char *)); break;
        case 'd': snprintf(tmp, sizeof tmp, "%d", va_arg(ap, int)); sp_strbuf_add_cstr(vm, &b, tmp); break;
        case 'c': sp_strbuf_add_codepoint(vm, &b, (uint32_t)va_arg(ap, int)); break;
        case 'z': f++; snprintf(tmp, sizeof tmp, *f == 'd' ? "%zd" : "%zu", va_arg(ap, size_t)); sp_strbuf_add_cstr(vm, &b, tmp); break;
        case 'l': f += 2; snprintf(tmp, sizeof tmp, "%lld", va_arg(ap, long long)); sp_strbuf_add_cstr(vm, &b, tmp); break;
        case 'R': sp_strbuf_add_str(vm, &b, sp_repr(vm, va_arg(ap, sp_val))); break;
        case 'S': sp_strbuf_add_str(vm, &b, sp_str(vm, va_arg(ap, sp_val))); break;
        case 'U': sp_strbuf_add_str(vm, &b, va_arg(ap, sp_val)); break;
        case 'T': sp_strbuf_add_cstr(vm, &b, sp_type_of(vm, va_arg(ap, sp_val))->def->name); break;
        case 'N': sp_strbuf_add_cstr(vm, &b, va_arg(ap, sp_type *)->def->name); break;
        default: sp_strbuf_add_cstr(vm, &b, "%"); break;
        }
    }
    return sp_strbuf_finish(vm, &b);
}
sp_val sp_str_fmt(sp_vm *vm, const char *f, ...) { va_list ap; va_start(ap, f); sp_val r = sp_str_vfmt(vm, f, ap); va_end(ap); return r; }

_Noreturn void sp_raise_fmt(sp_vm *vm, sp_type *type, const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    sp_val m = sp_str_vfmt(vm, f, ap);
    va_end(ap);
    snprintf(raised, sizeof raised, "%s: %s", type->def->name, sp_str_cstr(m));
    longjmp(on_raise, 1);
}
static sp_type *last_exc_type;
sp_val sp_exc_new(sp_vm *vm, sp_type *type, sp_vals args)
{
    last_exc_type = type;
    return sp_repr(vm, sp_tuple_from(vm, args));
}
_Noreturn void sp_raise(sp_vm *vm, sp_val exc)
{
    snprintf(raised, sizeof raised, "%s: %s", last_exc_type->def->name, sp_str_cstr(exc));
    longjmp(on_raise, 1);
}
_Noreturn void sp_raise_memory(sp_vm *vm) { snprintf(raised, sizeof raised, "MemoryError: "); longjmp(on_raise, 1); }

sp_val sp_tuple_from(sp_vm *vm, sp_vals items)
{
    sp_tuple_obj *t = (sp_tuple_obj *)sp_alloc(vm, vm->t.tuple, sizeof(sp_tuple_obj) + items.len * sizeof(sp_val));
    t->len = items.len;
    for (size_t i = 0; i < items.len; i++)
        t->items[i] = items.ptr[i];
    return (sp_val)t;
}
sp_val sp_tuple_pack2(sp_vm *vm, sp_val a, sp_val b) { sp_val x[2] = { a, b }; return sp_tuple_from(vm, SP_VALS(x)); }
sp_val sp_bytes_new(sp_vm *vm, sp_cbytes d)
{
    sp_bytes_obj *o = (sp_bytes_obj *)sp_alloc(vm, vm->t.bytes, sizeof(sp_bytes_obj) + d.len + 1);
    memcpy(o->data, d.ptr, d.len);
    o->len = d.len;
    return (sp_val)o;
}
sp_cbytes sp_bytes_data(sp_val b) { sp_bytes_obj *o = (sp_bytes_obj *)b; return (sp_cbytes){ o->data, o->len }; }

void sp_check_nargs(sp_vm *vm, const char *fn, sp_vals args, sp_val kw, size_t mn, size_t mx)
{
    if (args.len < mn || args.len > mx)
        sp_raise_fmt(vm, vm->e.TypeError, "%s: bad arg count", fn);
}
void sp_no_kwargs(sp_vm *vm, const char *fn, sp_val kw) { }
void sp_parse_args(sp_vm *vm, const char *fn, sp_vals args, sp_val kw, const char *const *kwlist, size_t req, sp_vals out)
{
    if (args.len > out.len || args.len < req)
        sp_raise_fmt(vm, vm->e.TypeError, "%s: bad arg count", fn);
    for (size_t i = 0; i < args.len; i++)
        out.ptr[i] = args.ptr[i];
}
sp_val sp_index(sp_vm *vm, sp_val v)
{
    if (!sp_is_int(v))
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object cannot be interpreted as an integer", v);
    return v;
}
sp_ssize sp_index_ssize(sp_vm *vm, sp_val v) { return (sp_ssize)sp_int_as_i64(vm, v); }
bool sp_truthy(sp_vm *vm, sp_val v) { return v == vm->True || (sp_is_int(v) && !sp_int_is_zero(v)); }
static sp_val find_method(sp_type *t, const char *name);
sp_val sp_call_special(sp_vm *vm, sp_val o, sp_val name, sp_vals args)
{
    const sp_methoddef *m = (const sp_methoddef *)find_method(sp_type_of(vm, o), sp_str_cstr(name));
    if (!m)
        return NULL;
    sp_val a[8] = { o };
    for (size_t i = 0; i < args.len; i++)
        a[i + 1] = args.ptr[i];
    return m->fn(vm, (sp_vals){ a, args.len + 1 }, NULL);
}
sp_val sp_type_lookup(sp_vm *vm, sp_type *t, sp_val name) { return NULL; }
sp_val sp_dict_get_cstr(sp_vm *vm, sp_val d, const char *k) { return NULL; }
void sp_expect_str(sp_vm *vm, sp_val v, const char *what)
{
    if (!sp_is_str(v))
        sp_raise_fmt(vm, vm->e.TypeError, "%s must be str, not %T", what, v);
}
sp_heap_stats sp_heap_get_stats(sp_heap *h) { return (sp_heap_stats){ .max_bytes = (size_t)4 << 30 }; }
sp_val sp_abs(sp_vm *vm, sp_val v) { return sp_int_abs(vm, v); }

/* ---- driver -------------------------------------------------------------- */
static sp_vm *vm;

static sp_val parse_arg(char *a)
{
    if (strcmp(a, "N") == 0)
        return vm->None;
    if (strcmp(a, "T") == 0)
        return vm->True;
    if (strcmp(a, "F") == 0)
        return vm->False;
    if (a[0] == 'i')
        return sp_int_from_str(vm, sp_cbytes_of_cstr(a + 2), 10);
    if (a[0] == 'f')
        return sp_float_new(vm, strtod(a + 2, NULL));
    if (a[0] == 'c') {
        char *comma = strchr(a, ',');
        *comma = 0;
        return sp_complex_new(vm, strtod(a + 2, NULL), strtod(comma + 1, NULL));
    }
    if (a[0] == 's' || a[0] == 'b') {
        size_t n = strlen(a + 2) / 2;
        uint8_t *buf = malloc(n + 1);
        for (size_t i = 0; i < n; i++) {
            unsigned x;
            sscanf(a + 2 + 2 * i, "%2x", &x);
            buf[i] = (uint8_t)x;
        }
        return a[0] == 's' ? sp_str_new(vm, (sp_cbytes){ buf, n }) : sp_bytes_new(vm, (sp_cbytes){ buf, n });
    }
    if (a[0] == 't') {
        if (strcmp(a + 2, "int") == 0) return (sp_val)vm->t.int_;
        if (strcmp(a + 2, "float") == 0) return (sp_val)vm->t.float_;
        if (strcmp(a + 2, "complex") == 0) return (sp_val)vm->t.complex;
        return (sp_val)vm->t.bool_;
    }
    sp_trap("bad arg");
}

int main(void)
{
    vm = calloc(1, sizeof *vm);
#define SP_TYPE(field, def, base) vm->t.field = mktype(&def);
#include "objects/types.def"
#undef SP_TYPE
    vm->t.bool_->base = vm->t.int_;
    static const sp_typedef str_def = { .name = "str", .layout = SP_LAYOUT_STR };
    static const sp_typedef tuple_def = { .name = "tuple", .layout = SP_LAYOUT_TUPLE };
    static const sp_typedef bytes_def = { .name = "bytes", .layout = SP_LAYOUT_BYTES };
    static const sp_typedef type_def = { .name = "type", .layout = SP_LAYOUT_TYPE };
    vm->t.str->def = &str_def;
    vm->t.tuple->def = &tuple_def;
    vm->t.bytes->def = &bytes_def;
    vm->t.type->def = &type_def;
#define SP_TYPE(field, def, base) vm->t.field->h.type = vm->t.type;
#include "objects/types.def"
#undef SP_TYPE
    size_t k = 0;
#define SP_EXC(id, base) vm->e.id = mktype(&exc_defs[k++]);
#include "objects/exceptions.def"
#undef SP_EXC
#define SP_NAME(id) vm->n.id = sp_str_from_cstr(vm, #id);
#define SP_NAME2(field, text) vm->n.field = sp_str_from_cstr(vm, text);
#include "vm/names.def"
#undef SP_NAME
#undef SP_NAME2
    vm->None = sp_alloc(vm, vm->t.NoneType, sizeof(sp_obj));
    vm->NotImplemented = sp_alloc(vm, vm->t.NotImplementedType, sizeof(sp_obj));
    sp_bigint_obj *t = (sp_bigint_obj *)sp_alloc(vm, vm->t.bool_, sizeof(sp_bigint_obj) + 4);
    t->sign = 1; t->nlimbs = 1; t->limbs[0] = 1;
    vm->True = (sp_val)t;
    vm->False = sp_alloc(vm, vm->t.bool_, sizeof(sp_bigint_obj) + 4);
    char line[1 << 16];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        char *tname = strtok(line, " "), *meth = strtok(NULL, " ");
        sp_val args[8];
        size_t n = 0;
        for (char *a; (a = strtok(NULL, " ")) != NULL;)
            args[n++] = a[0] == '@' ? NULL : parse_arg(a);
        if (setjmp(on_raise) == 0) {
            sp_type *ty = strcmp(tname, "int") == 0 ? vm->t.int_ : strcmp(tname, "float") == 0 ? vm->t.float_
                        : strcmp(tname, "complex") == 0 ? vm->t.complex : vm->t.bool_;
            const sp_methoddef *m = NULL;
            sp_val r;
            if (strcmp(meth, "builtin") == 0) {
                const char *bn = sp_str_cstr(args[0]);
                for (const sp_methoddef *b = sp_builtins_num; b->name; b++)
                    if (strcmp(b->name, bn) == 0)
                        m = b;
                r = m->fn(vm, (sp_vals){ args + 1, n - 1 }, NULL);
            } else if (strcmp(meth, "format") == 0) {
                r = sp_is_float(args[0]) ? sp_format_float(vm, sp_float_get(args[0]), args[1])
                  : sp_is_int(args[0]) ? sp_format_int(vm, args[0], args[1])
                  : sp_is_str(args[0]) ? sp_format_str(vm, args[0], args[1])
                  : sp_format_complex(vm, ((sp_complex_obj *)args[0])->real, ((sp_complex_obj *)args[0])->imag, args[1]);
            } else if (meth[0] == '.') {
                for (const sp_getsetdef *g = ty->def->getsets; g && g->name; g++)
                    if (strcmp(g->name, meth + 1) == 0)
                        r = g->get(vm, args[0]);
            } else {
                m = (const sp_methoddef *)find_method(ty, meth);
                if (!m) {
                    printf("NO METHOD %s\n", meth);
                    continue;
                }
                r = m->fn(vm, (sp_vals){ args, n }, NULL);
            }
            printf("%s\n", sp_str_cstr(sp_repr(vm, r)));
        } else {
            printf("%s\n", raised);
        }
        fflush(stdout);
    }
    return 0;
}

SP_UNSAFE_BUFFERS_END

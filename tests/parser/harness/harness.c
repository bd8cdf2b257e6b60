/* A minimal stand-in runtime for testing the parser alone, while the real
 * objects (str, list, int, exceptions, GC) are being written by others.
 * NOT part of SafePy: objects are malloc'd and never freed.  Build with
 * tests/parser/harness/build.sh.  Usage: harness FILE [exec|eval|single]
 * prints ast.dump() or "ErrorName: msg (lineno, offset, end_lineno,
 * end_offset) text".  Raw buffer access is fine here (test code). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "parser/parser.h"

static sp_typedef td_str = { .name = "str", .layout = SP_LAYOUT_STR };
static sp_typedef td_bytes = { .name = "bytes", .layout = SP_LAYOUT_BYTES };
static sp_typedef td_list = { .name = "list", .layout = SP_LAYOUT_LIST };
static sp_typedef td_tuple = { .name = "tuple", .layout = SP_LAYOUT_TUPLE };
static sp_typedef td_float = { .name = "float", .layout = SP_LAYOUT_FLOAT };
static sp_typedef td_complex = { .name = "complex", .layout = SP_LAYOUT_COMPLEX };
static sp_typedef td_int = { .name = "int", .layout = SP_LAYOUT_INT };
static sp_typedef td_exc = { .name = "exc", .layout = SP_LAYOUT_EXC };
static sp_typedef td_other = { .name = "other", .layout = SP_LAYOUT_OTHER };
static sp_typedef td_va = { .name = "valarray", .layout = SP_LAYOUT_VALARRAY };
static sp_typedef td_rb = { .name = "rawbuf", .layout = SP_LAYOUT_RAWBUF };

static sp_type T_str, T_bytes, T_list, T_tuple, T_float, T_complex, T_int, T_other, T_va, T_rb, T_astnode;
static sp_type E_syntax, E_indent, E_tab, E_system, E_recursion, E_memory;
static sp_val S_None, S_True, S_False, S_Ellipsis;

sp_obj *sp_alloc(sp_vm *vm, sp_type *type, size_t size)
{
    sp_obj *o = calloc(1, size + 1);
    o->type = type;
    return o;
}
sp_valarray *sp_valarray_new(sp_vm *vm, size_t cap)
{
    sp_valarray *a = (sp_valarray *)sp_alloc(vm, &T_va, sizeof(sp_valarray) + cap * sizeof(sp_val));
    a->cap = cap;
    return a;
}
sp_rawbuf *sp_rawbuf_new(sp_vm *vm, size_t cap)
{
    sp_rawbuf *a = (sp_rawbuf *)sp_alloc(vm, &T_rb, sizeof(sp_rawbuf) + cap);
    a->cap = cap;
    return a;
}
size_t sp_size_add_or_raise(sp_vm *vm, size_t a, size_t b) { return a + b; }
size_t sp_size_mul_or_raise(sp_vm *vm, size_t a, size_t b) { return a * b; }
void sp_vals_copy(sp_vals dst, sp_vals src) { memmove(dst.ptr, src.ptr, src.len * sizeof(sp_val)); }
void sp_bytes_copy(sp_bytes dst, sp_cbytes src) { memmove(dst.ptr, src.ptr, src.len); }
bool sp_cbytes_eq(sp_cbytes a, sp_cbytes b) { return a.len == b.len && memcmp(a.ptr, b.ptr, a.len) == 0; }
sp_obj *sp_as_layout(sp_val v, sp_layout layout, const char *what) { return v; }

/* str */
sp_val sp_str_new(sp_vm *vm, sp_cbytes u)
{
    sp_str_obj *s = (sp_str_obj *)sp_alloc(vm, &T_str, sizeof(sp_str_obj) + u.len + 1);
    memcpy(s->data, u.ptr, u.len);
    s->len = u.len;
    return (sp_val)s;
}
sp_val sp_str_from_cstr(sp_vm *vm, const char *s) { return sp_str_new(vm, (sp_cbytes){ (const uint8_t *)s, strlen(s) }); }
sp_val sp_str_decode_utf8(sp_vm *vm, sp_cbytes b, const char *e) { return sp_str_new(vm, b); }
sp_val sp_intern(sp_vm *vm, sp_val s) { return s; }
sp_val sp_intern_cstr(sp_vm *vm, const char *s) { return sp_str_from_cstr(vm, s); }
const char *sp_str_cstr(sp_val s) { return (const char *)((sp_str_obj *)s)->data; }
sp_cbytes sp_str_bytes(sp_val s) { return (sp_cbytes){ ((sp_str_obj *)s)->data, ((sp_str_obj *)s)->len }; }
sp_val sp_str_concat(sp_vm *vm, sp_val a, sp_val b)
{
    size_t la = ((sp_str_obj *)a)->len, lb = ((sp_str_obj *)b)->len;
    char *buf = malloc(la + lb + 1);
    memcpy(buf, sp_str_cstr(a), la);
    memcpy(buf + la, sp_str_cstr(b), lb);
    return sp_str_new(vm, (sp_cbytes){ (uint8_t *)buf, la + lb });
}
static void put_utf8(char **o, uint32_t cp)
{
    char *p = *o;
    if (cp < 0x80) *p++ = (char)cp;
    else if (cp < 0x800) { *p++ = (char)(0xC0 | (cp >> 6)); *p++ = (char)(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) { *p++ = (char)(0xE0 | (cp >> 12)); *p++ = (char)(0x80 | ((cp >> 6) & 0x3F)); *p++ = (char)(0x80 | (cp & 0x3F)); }
    else { *p++ = (char)(0xF0 | (cp >> 18)); *p++ = (char)(0x80 | ((cp >> 12) & 0x3F)); *p++ = (char)(0x80 | ((cp >> 6) & 0x3F)); *p++ = (char)(0x80 | (cp & 0x3F)); }
    *o = p;
}
sp_val sp_str_vfmt(sp_vm *vm, const char *fmt, va_list ap)
{
    char buf[8192], *o = buf;
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') { *o++ = *f; continue; }
        f++;
        if (*f == 's') { const char *s = va_arg(ap, const char *); o += sprintf(o, "%s", s ? s : "(null)"); }
        else if (*f == 'd') o += sprintf(o, "%d", va_arg(ap, int));
        else if (*f == 'c') put_utf8(&o, (uint32_t)va_arg(ap, int));
        else if (*f == 'x') o += sprintf(o, "%x", va_arg(ap, int));
        else if (*f == 'U') { sp_val s = va_arg(ap, sp_val); o += sprintf(o, "%s", sp_str_cstr(s)); }
        else if (f[0] == 'l' && f[1] == 'l' && f[2] == 'd') { o += sprintf(o, "%lld", va_arg(ap, long long)); f += 2; }
        else if (*f == '%') *o++ = '%';
    }
    return sp_str_new(vm, (sp_cbytes){ (uint8_t *)buf, (size_t)(o - buf) });
}
sp_val sp_str_fmt(sp_vm *vm, const char *fmt, ...)
{
    va_list ap; va_start(ap, fmt); sp_val r = sp_str_vfmt(vm, fmt, ap); va_end(ap); return r;
}
void sp_strbuf_init(sp_vm *vm, sp_strbuf *b, size_t cap) { b->buf = (sp_val)malloc(cap + 1); b->len = 0; b->nchars = cap + 1; }
void sp_strbuf_add(sp_vm *vm, sp_strbuf *b, sp_cbytes u)
{
    if (b->len + u.len + 1 > b->nchars) { b->nchars = (b->len + u.len + 1) * 2; b->buf = realloc(b->buf, b->nchars); }
    memcpy((char *)b->buf + b->len, u.ptr, u.len);
    b->len += u.len;
}
void sp_strbuf_add_cstr(sp_vm *vm, sp_strbuf *b, const char *s) { sp_strbuf_add(vm, b, (sp_cbytes){ (const uint8_t *)s, strlen(s) }); }
void sp_strbuf_add_str(sp_vm *vm, sp_strbuf *b, sp_val s) { sp_strbuf_add(vm, b, sp_str_bytes(s)); }
sp_val sp_strbuf_finish(sp_vm *vm, sp_strbuf *b) { return sp_str_new(vm, (sp_cbytes){ (uint8_t *)b->buf, b->len }); }

/* list / tuple */
sp_val sp_list_new(sp_vm *vm, size_t cap) { return sp_alloc(vm, &T_list, sizeof(sp_list_obj)); }
void sp_list_append(sp_vm *vm, sp_val l, sp_val v)
{
    sp_list_obj *o = (sp_list_obj *)l;
    sp_valarray *a = (sp_valarray *)o->items;
    if (!a || a->cap == o->len) {
        sp_valarray *n = sp_valarray_new(vm, o->len * 2 + 4);
        if (a) memcpy(n->items, a->items, o->len * sizeof(sp_val));
        o->items = (sp_val)n;
        a = n;
    }
    a->items[o->len++] = v;
}
size_t sp_list_len(sp_val l) { return ((sp_list_obj *)l)->len; }
sp_val sp_list_get(sp_val l, size_t i) { return ((sp_valarray *)((sp_list_obj *)l)->items)->items[i]; }
sp_vals sp_list_items(sp_val l)
{
    sp_list_obj *o = (sp_list_obj *)l;
    return (sp_vals){ o->items ? ((sp_valarray *)o->items)->items : NULL, o->len };
}
sp_val sp_tuple_new(sp_vm *vm, size_t n)
{
    sp_tuple_obj *t = (sp_tuple_obj *)sp_alloc(vm, &T_tuple, sizeof(sp_tuple_obj) + n * sizeof(sp_val));
    t->len = n;
    return (sp_val)t;
}
void sp_tuple_set(sp_val t, size_t i, sp_val v) { ((sp_tuple_obj *)t)->items[i] = v; }

/* numbers */
sp_val sp_int_from_i64(sp_vm *vm, int64_t i) { return sp_small(i); }
sp_val sp_int_from_str(sp_vm *vm, sp_cbytes text, int base)
{
    /* fake big int: keep the digits (decimal only prints right) */
    sp_str_obj *s = (sp_str_obj *)sp_str_new(vm, text);
    s->h.type = &T_int;
    return (sp_val)s;
}
sp_val sp_float_new(sp_vm *vm, double d) { sp_float_obj *f = (sp_float_obj *)sp_alloc(vm, &T_float, sizeof *f); f->value = d; return (sp_val)f; }
sp_val sp_float_from_str(sp_vm *vm, sp_cbytes t)
{
    char buf[512]; size_t n = t.len < 511 ? t.len : 511;
    memcpy(buf, t.ptr, n); buf[n] = 0;
    return sp_float_new(vm, strtod(buf, NULL));
}
sp_val sp_complex_new(sp_vm *vm, double r, double i) { sp_complex_obj *c = (sp_complex_obj *)sp_alloc(vm, &T_complex, sizeof *c); c->real = r; c->imag = i; return (sp_val)c; }
sp_val sp_bytes_new(sp_vm *vm, sp_cbytes d)
{
    sp_bytes_obj *b = (sp_bytes_obj *)sp_alloc(vm, &T_bytes, sizeof(sp_bytes_obj) + d.len + 1);
    memcpy(b->data, d.ptr, d.len);
    b->len = d.len;
    return (sp_val)b;
}

static void float_repr(char *out, double d, bool complex_style)
{
    if (isinf(d)) { strcpy(out, d > 0 ? "inf" : "-inf"); return; }
    if (isnan(d)) { strcpy(out, "nan"); return; }
    char e[64];
    int p;
    for (p = 1; p <= 17; p++) {
        snprintf(e, sizeof e, "%.*e", p - 1, d);
        if (strtod(e, NULL) == d) break;
    }
    /* e: [-]d.ddde[+-]XX */
    char digits[32]; int nd = 0; const char *q = e; bool neg = false;
    if (*q == '-') { neg = true; q++; }
    for (; *q != 'e'; q++) if (*q != '.') digits[nd++] = *q;
    int exp = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    char *o = out;
    if (neg) *o++ = '-';
    if (exp >= -5 && exp < 16) {
        if (exp < 0) {
            o += sprintf(o, "0.");
            for (int i = 0; i < -exp - 1; i++) *o++ = '0';
            o += sprintf(o, "%s", digits);
        } else {
            for (int i = 0; i <= exp || i < nd; i++) {
                if (i == exp + 1) *o++ = '.';
                *o++ = i < nd ? digits[i] : '0';
            }
            if (nd <= exp + 1 && !complex_style) o += sprintf(o, ".0");
        }
    } else {
        *o++ = digits[0];
        if (nd > 1) { *o++ = '.'; o += sprintf(o, "%s", digits + 1); }
        o += sprintf(o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
    *o = 0;
}

static sp_val str_repr(sp_vm *vm, sp_cbytes s, bool bytes)
{
    bool sq = memchr(s.ptr, '\'', s.len) != NULL, dq = memchr(s.ptr, '"', s.len) != NULL;
    char q = sq && !dq ? '"' : '\'';
    char *buf = malloc(s.len * 10 + 4), *o = buf;
    if (bytes) *o++ = 'b';
    *o++ = q;
    for (size_t i = 0; i < s.len; i++) {
        unsigned c = s.ptr[i];
        if (!bytes && c >= 0x80) {
            /* decode one code point and escape the usual non-printables */
            unsigned cp, n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            cp = c & (n == 4 ? 7 : n == 3 ? 15 : 31);
            for (unsigned k = 1; k < n; k++) cp = (cp << 6) | (s.ptr[i + k] & 0x3F);
            bool np = cp < 0xA1 || cp == 0xAD || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
                      (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF || (cp >= 0xE000 && cp <= 0xF8FF) ||
                      cp == 0xFFFE || cp == 0xFFFF || cp == 0x1680 || (cp >= 0xFFF0 && cp <= 0xFFF8) || cp >= 0xF0000 || (cp >= 0xD800 && cp <= 0xDFFF);
            if (np) {
                if (cp < 0x100) o += sprintf(o, "\\x%02x", cp);
                else if (cp < 0x10000) o += sprintf(o, "\\u%04x", cp);
                else o += sprintf(o, "\\U%08x", cp);
            } else {
                memcpy(o, s.ptr + i, n);
                o += n;
            }
            i += n - 1;
            continue;
        }
        if (c == (unsigned)q || c == '\\') { *o++ = '\\'; *o++ = (char)c; }
        else if (c == '\n') o += sprintf(o, "\\n");
        else if (c == '\r') o += sprintf(o, "\\r");
        else if (c == '\t') o += sprintf(o, "\\t");
        else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) o += sprintf(o, "\\x%02x", c);
        else *o++ = (char)c;
    }
    *o++ = q;
    return sp_str_new(vm, (sp_cbytes){ (uint8_t *)buf, (size_t)(o - buf) });
}

sp_val sp_repr(sp_vm *vm, sp_val v)
{
    char buf[128];
    if (sp_is_small(v)) { snprintf(buf, sizeof buf, "%lld", (long long)sp_small_get(v)); return sp_str_from_cstr(vm, buf); }
    if (v == S_None) return sp_str_from_cstr(vm, "None");
    if (v == S_True) return sp_str_from_cstr(vm, "True");
    if (v == S_False) return sp_str_from_cstr(vm, "False");
    if (v == S_Ellipsis) return sp_str_from_cstr(vm, "Ellipsis");
    if (v->type == &T_str) return str_repr(vm, sp_str_bytes(v), false);
    if (v->type == &T_bytes) return str_repr(vm, (sp_cbytes){ ((sp_bytes_obj *)v)->data, ((sp_bytes_obj *)v)->len }, true);
    if (v->type == &T_int) return sp_str_new(vm, sp_str_bytes(v));
    if (v->type == &T_float) { float_repr(buf, ((sp_float_obj *)v)->value, false); return sp_str_from_cstr(vm, buf); }
    if (v->type == &T_complex) { float_repr(buf, ((sp_complex_obj *)v)->imag, true); strcat(buf, "j"); return sp_str_from_cstr(vm, buf); }
    return sp_str_from_cstr(vm, "<?>");
}

/* exceptions */
sp_val sp_exc_new(sp_vm *vm, sp_type *type, sp_vals args)
{
    sp_exc_obj *e = (sp_exc_obj *)sp_alloc(vm, type, sizeof *e);
    sp_val t = sp_tuple_new(vm, args.len);
    for (size_t i = 0; i < args.len; i++) sp_tuple_set(t, i, args.ptr[i]);
    e->args = t;
    return (sp_val)e;
}
_Noreturn void sp_raise(sp_vm *vm, sp_val exc)
{
    sp_handler *h = vm->handler;
    if (!h) { fprintf(stderr, "harness: uncaught\n"); exit(3); }
    vm->exc = exc;
    vm->handler = h->prev;
    longjmp(h->buf, 1);
}
_Noreturn void sp_raise_fmt(sp_vm *vm, sp_type *type, const char *fmt, ...)
{
    va_list ap; va_start(ap, fmt); sp_val m = sp_str_vfmt(vm, fmt, ap); va_end(ap);
    sp_val a[1] = { m };
    sp_raise(vm, sp_exc_new(vm, type, (sp_vals){ a, 1 }));
}
_Noreturn void sp_raise_c_stack(sp_vm *vm) { sp_raise_fmt(vm, &E_recursion, "maximum recursion depth exceeded"); }
sp_val sp_pcall(sp_vm *vm, sp_val (*fn)(sp_vm *vm, void *ud), void *ud, sp_val *exc)
{
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        sp_val r = fn(vm, ud);
        sp_handler_pop(vm, &h);
        return r;
    }
    *exc = vm->exc;
    return NULL;
}

static const char *tname(sp_type *t)
{
    if (t == &E_indent) return "IndentationError";
    if (t == &E_tab) return "TabError";
    if (t == &E_syntax) return "SyntaxError";
    if (t == &E_recursion) return "RecursionError";
    if (t == &E_memory) return "MemoryError";
    return "Error";
}

int main(int argc, char **argv)
{
    static sp_vm vmv;
    sp_vm *vm = &vmv;
    sp_type *ts[] = { &T_str, &T_bytes, &T_list, &T_tuple, &T_float, &T_complex, &T_int, &T_other, &T_va, &T_rb, &T_astnode };
    const sp_typedef *ds[] = { &td_str, &td_bytes, &td_list, &td_tuple, &td_float, &td_complex, &td_int, &td_other, &td_va, &td_rb, &sp_astnode_def };
    for (int i = 0; i < 11; i++) ts[i]->def = ds[i];
    sp_type *es[] = { &E_syntax, &E_indent, &E_tab, &E_system, &E_recursion, &E_memory };
    for (int i = 0; i < 6; i++) es[i]->def = &td_exc;
    vm->t.astnode = &T_astnode;
    vm->t.str = &T_str;
    vm->e.SyntaxError = &E_syntax;
    vm->e.IndentationError = &E_indent;
    vm->e.TabError = &E_tab;
    vm->e.SystemError = &E_system;
    vm->e.RecursionError = &E_recursion;
    vm->e.MemoryError = &E_memory;
    S_None = sp_alloc(vm, &T_other, 16); S_True = sp_alloc(vm, &T_other, 16);
    S_False = sp_alloc(vm, &T_other, 16); S_Ellipsis = sp_alloc(vm, &T_other, 16);
    vm->None = S_None; vm->True = S_True; vm->False = S_False; vm->Ellipsis = S_Ellipsis;
    char here;
    vm->c_stack_limit = (uintptr_t)&here - 6 * 1024 * 1024;

    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    static uint8_t src[1 << 24];
    size_t n = fread(src, 1, sizeof src, f);
    fclose(f);
    sp_compile_mode mode = SP_MODE_EXEC;
    if (argc > 2 && !strcmp(argv[2], "eval")) mode = SP_MODE_EVAL;
    if (argc > 2 && !strcmp(argv[2], "single")) mode = SP_MODE_SINGLE;
    bool attrs = argc > 3 && !strcmp(argv[3], "attrs");
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        sp_val tree = sp_parse(vm, (sp_cbytes){ src, n }, sp_str_from_cstr(vm, argv[1]), mode);
        sp_val d = sp_ast_dump_ex(vm, tree, attrs);
        printf("%s\n", sp_str_cstr(d));
        return 0;
    }
    sp_exc_obj *e = (sp_exc_obj *)vm->exc;
    sp_tuple_obj *a = (sp_tuple_obj *)e->args;
    printf("%s: %s", tname(e->h.type), sp_str_cstr(a->items[0]));
    if (a->len > 1) {
        sp_tuple_obj *loc = (sp_tuple_obj *)a->items[1];
        printf(" (%lld, %lld, %lld, %lld)", (long long)sp_small_get(loc->items[1]), (long long)sp_small_get(loc->items[2]),
               (long long)sp_small_get(loc->items[4]), (long long)sp_small_get(loc->items[5]));
    }
    printf("\n");
    return 1;
}
void sp_gc_mark(sp_heap *h, sp_val v) { }
bool sp_str_eq_cstr(sp_val s, const char *c) { return strcmp(sp_str_cstr(s), c) == 0; }
_Noreturn void sp_raise_memory(sp_vm *vm) { sp_raise_fmt(vm, &E_memory, "(memory)"); }
sp_cbytes sp_bytes_data(sp_val b) { return (sp_cbytes){ ((sp_bytes_obj *)b)->data, ((sp_bytes_obj *)b)->len }; }
sp_ssize sp_cbytes_find(sp_cbytes hay, sp_cbytes needle, size_t start)
{
    for (size_t i = start; i + needle.len <= hay.len; i++)
        if (memcmp(hay.ptr + i, needle.ptr, needle.len) == 0) return (sp_ssize)i;
    return -1;
}
int sp_cbytes_cmp(sp_cbytes a, sp_cbytes b)
{
    size_t n = a.len < b.len ? a.len : b.len;
    int c = memcmp(a.ptr, b.ptr, n);
    if (c) return c;
    return a.len < b.len ? -1 : a.len > b.len;
}
bool sp_exc_matches(sp_vm *vm, sp_val exc, sp_type *type)
{
    sp_type *t = exc->type;
    if (t == type) return true;
    if (type == &E_syntax && (t == &E_indent || t == &E_tab)) return true;
    if (type == &E_indent && t == &E_tab) return true;
    return false;
}

/* Code objects: the compiler's output, immutable once made. */
#include <stdio.h>
#include "code.h"

const char *sp_opcode_name(uint32_t op)
{
    switch (op) {
#define OP(name, kind, comment) case SP_OP_##name: return #name;
#include "opcodes.def"
#undef OP
    }
    return "?";
}

int sp_opcode_argkind(uint32_t op)
{
    switch (op) {
#define OP(name, kind, comment) case SP_OP_##name: return SP_ARG_##kind;
#include "opcodes.def"
#undef OP
    }
    return SP_ARG_NONE;
}

sp_val sp_u32buf_new(sp_vm *vm, size_t n)
{
    sp_rawbuf *b = sp_rawbuf_new(vm, sp_size_mul_or_raise(vm, n, 4));
    return (sp_val)b;
}

int sp_code_line(sp_code_obj *co, size_t i)
{
    if (co->lines == NULL || co->ncode == 0)
        return (int)co->firstlineno;
    if (i >= co->ncode)
        i = co->ncode - 1;
    return (int)sp_u32s_get(sp_rawbuf_u32s(co->lines), i * 4);
}

static void code_trace(sp_heap *h, sp_obj *o)
{
    sp_code_obj *co = (sp_code_obj *)o;
    sp_gc_mark(h, (sp_val)co->code);
    sp_gc_mark(h, co->lines);
    sp_gc_mark(h, co->exctable);
    sp_gc_mark(h, (sp_val)co->consts);
    sp_gc_mark(h, (sp_val)co->names);
    sp_gc_mark(h, co->varnames);
    sp_gc_mark(h, co->cellvars);
    sp_gc_mark(h, co->freevars);
    sp_gc_mark(h, co->cell2arg);
    sp_gc_mark(h, co->filename);
    sp_gc_mark(h, co->name);
    sp_gc_mark(h, co->qualname);
    sp_gc_mark(h, co->cache);
    sp_gc_mark(h, co->poly);
    sp_gc_mark(h, co->spare);
}

static sp_code_obj *self_code(sp_vm *vm, sp_val self)
{
    if (!sp_is_ptr(self) || self->type->def->layout != SP_LAYOUT_CODE)
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a 'code' object");
    return (sp_code_obj *)self;
}

static sp_val code_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_code_obj *co = self_code(vm, sp_vals_get(args, 0));
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)co);
    return sp_str_fmt(vm, "<code object %U at %s, file \"%U\", line %d>", co->name, addr, co->filename,
                      (int)co->firstlineno);
}

/* Position of instruction i: line, end line, col, end col (-1: unknown). */
void sp_code_position(sp_code_obj *co, size_t i, int *line, int *end_line, int *col, int *end_col)
{
    *line = *end_line = *col = *end_col = -1;
    if (co->lines == NULL || i >= co->ncode)
        return;
    sp_u32s p = sp_rawbuf_u32s(co->lines);
    uint32_t l = sp_u32s_get(p, i * 4), el = sp_u32s_get(p, i * 4 + 1);
    uint32_t c = sp_u32s_get(p, i * 4 + 2), ec = sp_u32s_get(p, i * 4 + 3);
    *line = l > 0 ? (int)l : -1;
    if (el != 0xffffffffu && c != 0xffffffffu && ec != 0xffffffffu) {
        *end_line = (int)el;
        *col = (int)c;
        *end_col = (int)ec;
    }
}

static sp_val pos_val(sp_vm *vm, int v)
{
    return v < 0 ? vm->None : sp_small(v);
}

/* co_positions(): one (line, end_line, col, end_col) per 2-byte code unit,
 * as CPython's; SafePy's instruction i is CPython's offset 2*i. */
static sp_val code_positions(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_code_obj *co = self_code(vm, sp_vals_get(args, 0));
    sp_val list = sp_list_new(vm, co->ncode);
    for (size_t i = 0; i < co->ncode; i++) {
        int l, el, c, ec;
        sp_code_position(co, i, &l, &el, &c, &ec);
        sp_val t = sp_tuple_new(vm, 4);
        sp_tuple_set(t, 0, pos_val(vm, l));
        sp_tuple_set(t, 1, pos_val(vm, el));
        sp_tuple_set(t, 2, pos_val(vm, c));
        sp_tuple_set(t, 3, pos_val(vm, ec));
        sp_list_append(vm, list, t);
    }
    return sp_iter(vm, list);
}

/* co_lines(): (start, end, line) byte ranges. */
static sp_val code_lines(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_code_obj *co = self_code(vm, sp_vals_get(args, 0));
    sp_val list = sp_list_new(vm, 0);
    size_t start = 0;
    for (size_t i = 0; i <= co->ncode; i++) {
        if (i < co->ncode && i > start && sp_code_line(co, i) == sp_code_line(co, start))
            continue;
        if (i > start) {
            sp_val t = sp_tuple_new(vm, 3);
            int l = sp_code_line(co, start);
            sp_tuple_set(t, 0, sp_small((int64_t)start * 2));
            sp_tuple_set(t, 1, sp_small((int64_t)i * 2));
            sp_tuple_set(t, 2, l > 0 ? sp_small(l) : vm->None);
            sp_list_append(vm, list, t);
        }
        start = i;
    }
    return sp_iter(vm, list);
}

/* replace(**changes): a copy with some fields changed.  SafePy never
 * builds a code object from parts (DESIGN: only the compiler makes them),
 * so only the fields no instruction depends on may change: the names, the
 * file name, the first line number and the CO_ITERABLE_COROUTINE flag
 * (types.coroutine sets it).  Every other field of CPython's replace() is
 * refused with ValueError; an unknown keyword is a TypeError as there. */
static sp_val code_replace(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const known[] = {
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
        "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
        "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable",
    };
    sp_code_obj *co = self_code(vm, sp_vals_get(args, 0));
    size_t nk = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    if (args.len != 1 + nk)
        sp_raise_fmt(vm, vm->e.TypeError, "replace() takes no positional arguments");
    sp_val name = co->name, qualname = co->qualname, filename = co->filename;
    uint32_t flags = co->flags, firstlineno = co->firstlineno;
    for (size_t k = 0; k < nk; k++) {
        sp_val key = sp_tuple_get(kwnames, k), v = sp_vals_get(args, 1 + k);
        sp_cstrs names = SP_ARRAY_SPAN(sp_cstrs, known);
        bool is_known = false;
        for (size_t i = 0; i < names.len && !is_known; i++)
            is_known = sp_str_eq_cstr(key, sp_cstrs_get(names, i));
        if (!is_known)
            sp_raise_fmt(vm, vm->e.TypeError, "'%U' is an invalid keyword argument for replace()", key);
        if (sp_str_eq_cstr(key, "co_name") || sp_str_eq_cstr(key, "co_qualname") || sp_str_eq_cstr(key, "co_filename")) {
            if (!sp_is_str(v))
                sp_raise_fmt(vm, vm->e.TypeError, "replace() argument '%U' must be str, not %T", key, v);
            if (sp_str_eq_cstr(key, "co_name"))
                name = v;
            else if (sp_str_eq_cstr(key, "co_qualname"))
                qualname = v;
            else
                filename = v;
        } else if (sp_str_eq_cstr(key, "co_flags") || sp_str_eq_cstr(key, "co_firstlineno")) {
            int64_t n;
            if (!sp_is_int(v) || !sp_int_to_i64(v, &n))
                sp_raise_fmt(vm, vm->e.TypeError, "replace() argument '%U' must be int, not %T", key, v);
            if (n < 0 || n > (int64_t)INT32_MAX)
                sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C int");
            if (sp_str_eq_cstr(key, "co_firstlineno")) {
                firstlineno = (uint32_t)n;
            } else {
                if (((uint32_t)n ^ co->flags) & ~SP_CO_ITERABLE_COROUTINE)
                    sp_raise_fmt(vm, vm->e.ValueError,
                                 "code.replace(): SafePy changes no co_flags bit but CO_ITERABLE_COROUTINE");
                flags = (uint32_t)n;
            }
        } else {
            sp_raise_fmt(vm, vm->e.ValueError, "code.replace(): SafePy does not change %U of a code object", key);
        }
    }
    sp_code_obj *nc = (sp_code_obj *)sp_alloc(vm, vm->t.code, sizeof(sp_code_obj));
    sp_obj h = nc->h;
    *nc = *co;
    nc->h = h;
    nc->cache = NULL;
    nc->poly = NULL;
    nc->spare = NULL;
    nc->nspare = 0;
    nc->name = name;
    nc->qualname = qualname;
    nc->filename = filename;
    nc->flags = flags;
    nc->firstlineno = firstlineno;
    return (sp_val)nc;
}

static const sp_methoddef code_methods[] = {
    { "__repr__", code_repr, 0, NULL },
    { "replace", code_replace, 0, NULL },
    { "co_positions", code_positions, 0, NULL },
    { "co_lines", code_lines, 0, NULL },
    { NULL, NULL, 0, NULL },
};

#define CODE_GET_VAL(field)                                                    \
    static sp_val code_get_##field(sp_vm *vm, sp_val self)                    \
    {                                                                          \
        sp_val v = (sp_val)self_code(vm, self)->field;                         \
        return v ? v : vm->None;                                               \
    }
#define CODE_GET_INT(field)                                                    \
    static sp_val code_get_##field(sp_vm *vm, sp_val self)                    \
    {                                                                          \
        return sp_int_from_i64(vm, (int64_t)self_code(vm, self)->field);       \
    }
CODE_GET_VAL(consts)
CODE_GET_VAL(names)
CODE_GET_VAL(varnames)
CODE_GET_VAL(cellvars)
CODE_GET_VAL(freevars)
CODE_GET_VAL(filename)
CODE_GET_VAL(name)
CODE_GET_VAL(qualname)
CODE_GET_INT(argcount)
CODE_GET_INT(posonlyargcount)
CODE_GET_INT(kwonlyargcount)
CODE_GET_INT(flags)
CODE_GET_INT(nlocals)
CODE_GET_INT(stacksize)
CODE_GET_INT(firstlineno)

static const sp_getsetdef code_getsets[] = {
    { "co_consts", code_get_consts, NULL, NULL },
    { "co_names", code_get_names, NULL, NULL },
    { "co_varnames", code_get_varnames, NULL, NULL },
    { "co_cellvars", code_get_cellvars, NULL, NULL },
    { "co_freevars", code_get_freevars, NULL, NULL },
    { "co_filename", code_get_filename, NULL, NULL },
    { "co_name", code_get_name, NULL, NULL },
    { "co_qualname", code_get_qualname, NULL, NULL },
    { "co_argcount", code_get_argcount, NULL, NULL },
    { "co_posonlyargcount", code_get_posonlyargcount, NULL, NULL },
    { "co_kwonlyargcount", code_get_kwonlyargcount, NULL, NULL },
    { "co_flags", code_get_flags, NULL, NULL },
    { "co_nlocals", code_get_nlocals, NULL, NULL },
    { "co_stacksize", code_get_stacksize, NULL, NULL },
    { "co_firstlineno", code_get_firstlineno, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_code_def = {
    .name = "code",
    .layout = SP_LAYOUT_CODE,
    .size = sizeof(sp_code_obj),
    .trace = code_trace,
    .methods = code_methods,
    .getsets = code_getsets,
    .flags = SP_TF_NOINSTANCE,
};

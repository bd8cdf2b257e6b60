/* Code generation: statements, scopes and the driver (sp_compile).
 * Expressions are in compile_expr.c, match statements in compile_match.c. */
#include "unit.h"
#include "cg.h"

#define N(v) ((sp_node *)sp_as_node(vm, (v)))

/* ---- errors ----------------------------------------------------------------*/
_Noreturn void sp_compiler_syntax_error(sp_vm *vm, sp_val filename, sp_cbytes source, int line, int col, int end_line,
                                  int end_col, sp_val msg)
{
    /* The source line, as SyntaxError.text. */
    sp_val text = vm->None;
    if (source.ptr != NULL && line > 0) {
        size_t pos = 0;
        int l = 1;
        while (l < line && pos < source.len) {
            sp_ssize nl = sp_cbytes_findbyte(source, '\n', pos);
            if (nl < 0) {
                pos = source.len;
                break;
            }
            pos = (size_t)nl + 1;
            l++;
        }
        if (l == line && pos <= source.len) {
            sp_ssize nl = sp_cbytes_findbyte(source, '\n', pos);
            size_t end = nl < 0 ? source.len : (size_t)nl + 1;
            text = sp_str_decode_utf8(vm, sp_cbytes_sub(source, pos, end - pos), "replace");
        }
    }
    sp_val loc[6] = { filename ? filename : vm->None, sp_small(line), sp_small(col), text, sp_small(end_line),
                      sp_small(end_col) };
    sp_val args[2] = { msg, sp_tuple_from(vm, SP_VALS(loc)) };
    sp_val exc = sp_exc_new(vm, vm->e.SyntaxError, SP_VALS(args));
    sp_raise(vm, exc);
}

_Noreturn void cg_error(unit *u, sp_val node, sp_val msg)
{
    sp_vm *vm = u->c->vm;
    sp_node *n = N(node);
    sp_compiler_syntax_error(vm, u->c->filename, u->c->source, n->lineno, n->col_offset + 1, n->end_lineno,
                       n->end_col_offset + 1, msg);
}

_Noreturn void sp_compiler_error(sp_vm *vm, sp_val filename, sp_val node, const char *msg, sp_val arg)
{
    sp_node *n = N(node);
    sp_val m = arg ? sp_str_fmt(vm, msg, arg) : sp_str_from_cstr(vm, msg);
    sp_compiler_syntax_error(vm, filename, (sp_cbytes){ NULL, 0 }, n->lineno, n->col_offset + 1, n->end_lineno,
                       n->end_col_offset + 1, m);
}

/* ---- emitting --------------------------------------------------------------*/
void cg_emit(unit *u, unsigned op, uint32_t arg)
{
    sp_vm *vm = u->c->vm;
    if (arg > SP_MAX_OPARG)
        sp_raise_fmt(vm, vm->e.SystemError, "compiler: argument too large");
    if (u->ninstr == u->icap) {
        size_t ncap = u->icap * 2;
        sp_val nb = sp_u32buf_new(vm, ncap * INSTR_WORDS);
        sp_u32s dst = sp_rawbuf_u32s(nb);
        sp_u32s src = sp_rawbuf_u32s(u->instrs);
        for (size_t i = 0; i < u->ninstr * INSTR_WORDS; i++)
            sp_u32s_set(dst, i, sp_u32s_get(src, i));
        u->instrs = nb;
        u->icap = ncap;
    }
    sp_u32s ins = sp_rawbuf_u32s(u->instrs);
    size_t i = u->ninstr++;
    size_t at = i * INSTR_WORDS;
    bool known = u->lineno > 0 && u->col >= 0 && u->end_col >= 0 && u->end_lineno >= u->lineno;
    sp_u32s_set(ins, at, op);
    sp_u32s_set(ins, at + 1, arg);
    sp_u32s_set(ins, at + 2, (uint32_t)(u->lineno > 0 ? u->lineno : 0));
    sp_u32s_set(ins, at + 3, u->nh > 0 ? (uint32_t)sp_i32s_get(SP_ARRAY_SPAN(sp_i32s, u->hstack), (size_t)u->nh - 1) + 1 : 0);
    sp_u32s_set(ins, at + 4, known ? (uint32_t)u->end_lineno : 0xffffffffu);
    sp_u32s_set(ins, at + 5, known ? (uint32_t)u->col : 0xffffffffu);
    sp_u32s_set(ins, at + 6, known ? (uint32_t)u->end_col : 0xffffffffu);
    sp_u32s_set(ins, at + 7, 0);
}

int cg_new_label(unit *u)
{
    sp_vm *vm = u->c->vm;
    if (u->nlabels == u->lcap) {
        size_t ncap = u->lcap * 2;
        sp_val nb = sp_u32buf_new(vm, ncap);
        sp_u32s dst = sp_rawbuf_u32s(nb);
        sp_u32s src = sp_rawbuf_u32s(u->labels);
        for (size_t i = 0; i < u->nlabels; i++)
            sp_u32s_set(dst, i, sp_u32s_get(src, i));
        u->labels = nb;
        u->lcap = ncap;
    }
    sp_u32s_set(sp_rawbuf_u32s(u->labels), u->nlabels, 0xffffffffu);
    return (int)u->nlabels++;
}

void cg_label(unit *u, int label)
{
    sp_u32s_set(sp_rawbuf_u32s(u->labels), (size_t)label, (uint32_t)u->ninstr);
}

void cg_jump(unit *u, unsigned op, int label)
{
    cg_emit(u, op, (uint32_t)label);
}

/* CPython's limit on nested blocks, reported at the statement being
 * compiled (with its position, as CPython does). */
static _Noreturn void too_many_blocks(unit *u)
{
    sp_vm *vm = u->c->vm;
    sp_compiler_syntax_error(vm, u->c->filename, u->c->source, u->lineno, u->col + 1, u->end_lineno,
                             u->end_col + 1, sp_str_from_cstr(vm, "too many statically nested blocks"));
}

/* Open / close an exception handler region (label = the handler). */
void cg_push_handler(unit *u, int label)
{
    if (u->nh >= MAX_BLOCKS)
        too_many_blocks(u);
    cg_emit(u, SP_OP_SETUP_FINALLY, (uint32_t)label);
    sp_i32s_set(SP_ARRAY_SPAN(sp_i32s, u->hstack), (size_t)u->nh, label);
    u->nh++;
}

void cg_pop_handler(unit *u)
{
    if (u->nh <= 0)
        sp_trap("compiler: handler stack underflow");
    u->nh--;
    cg_emit(u, SP_OP_POP_BLOCK, 0);
}

static uint32_t add_to(unit *u, sp_val list, sp_val map, sp_val key)
{
    sp_vm *vm = u->c->vm;
    sp_val idx = sp_dict_get(vm, map, key);
    if (idx != NULL)
        return (uint32_t)sp_small_get(idx);
    size_t n = sp_list_len(list);
    sp_list_append(vm, list, key);
    sp_dict_set(vm, map, key, sp_small((int64_t)n));
    return (uint32_t)n;
}

uint32_t cg_const(unit *u, sp_val v)
{
    sp_vm *vm = u->c->vm;
    /* Only str constants are shared through the map: other kinds compare
     * equal across types (1 == 1.0 == True). */
    if (sp_is_str(v))
        return add_to(u, u->consts, u->constmap, v);
    /* The others are shared only when identical: the map's key is then the
     * value's word as an int (never equal to a str key).  The list keeps
     * the object alive, so its address can't be reused meanwhile.  (A
     * linear search here made a literal of n numbers cost O(n^2).) */
    sp_val key = sp_int_from_u64(vm, (uint64_t)(uintptr_t)v);
    sp_val idx = sp_dict_get(vm, u->constmap, key);
    if (idx != NULL)
        return (uint32_t)sp_small_get(idx);
    size_t n = sp_list_len(u->consts);
    sp_list_append(vm, u->consts, v);
    sp_dict_set(vm, u->constmap, key, sp_small((int64_t)n));
    return (uint32_t)n;
}

void cg_load_const(unit *u, sp_val v)
{
    cg_emit(u, SP_OP_LOAD_CONST, cg_const(u, v));
}

uint32_t cg_name(unit *u, sp_val name)
{
    return add_to(u, u->names, u->namemap, name);
}

/* An attribute name, mangled inside a class. */
uint32_t cg_attr_name(unit *u, sp_val name)
{
    return add_to(u, u->names, u->namemap, sp_ste_mangle(u->c->vm, u->ste, name));
}

uint32_t cg_varname(unit *u, sp_val name)
{
    return add_to(u, u->varnames, u->varmap, name);
}

static uint32_t deref_index(unit *u, sp_val name)
{
    sp_vm *vm = u->c->vm;
    sp_val idx = sp_dict_get(vm, u->cellmap, name);
    if (idx != NULL)
        return (uint32_t)sp_small_get(idx);
    idx = sp_dict_get(vm, u->freemap, name);
    if (idx != NULL)
        return (uint32_t)(sp_list_len(u->cellvars) + (size_t)sp_small_get(idx));
    sp_raise_fmt(vm, vm->e.SystemError, "compiler: no cell for '%U' in %U", name, u->name);
}

uint32_t cg_closure_index(unit *u, sp_val name)
{
    return deref_index(u, name);
}

/* Load / store / delete a name according to its scope. */
void cg_nameop(unit *u, sp_val name, int ctx)
{
    sp_vm *vm = u->c->vm;
    name = sp_ste_mangle(vm, u->ste, name);
    int sc = sp_ste_scope(vm, u->ste, name);
    int flags = sp_ste_flags(vm, u->ste, name);
    enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME } kind = OP_NAME;
    switch (sc) {
    case SC_FREE:
        kind = OP_DEREF;
        if (u->kind == STE_CLASS && ctx == SP_CTX_LOAD)
            kind = OP_DEREF + 10;
        break;
    case SC_CELL:
        kind = OP_DEREF;
        break;
    case SC_LOCAL:
        kind = u->kind == STE_FUNCTION ? OP_FAST : OP_NAME;
        break;
    case SC_GLOBAL_IMPLICIT:
        kind = u->kind == STE_FUNCTION ? OP_GLOBAL : OP_NAME;
        break;
    case SC_GLOBAL_EXPLICIT:
        kind = OP_GLOBAL;
        break;
    default:
        kind = u->kind == STE_FUNCTION ? OP_GLOBAL : OP_NAME;
        break;
    }
    (void)flags;
    if (u->kind == STE_CLASS && sc == SC_FREE && (flags & DEF_FREE_CLASS))
        kind = OP_NAME;
    unsigned op;
    uint32_t arg;
    switch ((int)kind) {
    case OP_FAST:
        arg = cg_varname(u, name);
        op = ctx == SP_CTX_LOAD ? SP_OP_LOAD_FAST : ctx == SP_CTX_STORE ? SP_OP_STORE_FAST : SP_OP_DELETE_FAST;
        break;
    case OP_GLOBAL:
        arg = cg_name(u, name);
        op = ctx == SP_CTX_LOAD ? SP_OP_LOAD_GLOBAL : ctx == SP_CTX_STORE ? SP_OP_STORE_GLOBAL : SP_OP_DELETE_GLOBAL;
        break;
    case OP_DEREF:
        arg = deref_index(u, name);
        op = ctx == SP_CTX_LOAD ? SP_OP_LOAD_DEREF : ctx == SP_CTX_STORE ? SP_OP_STORE_DEREF : SP_OP_DELETE_DEREF;
        break;
    case OP_DEREF + 10:
        arg = deref_index(u, name);
        op = SP_OP_LOAD_CLASSDEREF;
        break;
    default:
        arg = cg_name(u, name);
        op = ctx == SP_CTX_LOAD ? SP_OP_LOAD_NAME : ctx == SP_CTX_STORE ? SP_OP_STORE_NAME : SP_OP_DELETE_NAME;
        break;
    }
    cg_emit(u, op, arg);
}

void cg_set_line(unit *u, sp_val node)
{
    sp_vm *vm = u->c->vm;
    sp_node *n = N(node);
    if (n->lineno > 0) {
        u->lineno = n->lineno;
        u->end_lineno = n->end_lineno;
        u->col = n->col_offset;
        u->end_col = n->end_col_offset;
    }
}

void cg_line_only(unit *u, int line)
{
    u->lineno = line;
    u->end_lineno = line;
    u->col = -1;
    u->end_col = -1;
}

/* CPython's update_start_location_to_match_attr: an attribute spanning
 * lines is located at its last line. */
void cg_attr_pos(unit *u, sp_node *attr)
{
    if (u->lineno == attr->end_lineno)
        return;
    u->lineno = attr->end_lineno;
    int len = (int)sp_str_len(attr->u.Attribute.attr);
    if (len <= attr->end_col_offset) {
        u->col = attr->end_col_offset - len;
    } else {
        u->col = -1;
        u->end_col = -1;
    }
    if (u->end_lineno < u->lineno)
        u->end_lineno = u->lineno;
    if (u->lineno == u->end_lineno && u->end_col < u->col)
        u->end_col = u->col;
}

/* ---- units -------------------------------------------------------------------*/
/* Enter a new scope for `node` (a def, lambda, class or comprehension). */
void cg_enter(comp *c, unit *u, sp_val node, sp_val name)
{
    sp_vm *vm = c->vm;
    sp_val ste = sp_symtable_lookup(&c->st, node);
    int kind = (int)ste_int(ste, STE_KIND);
    sp_node *n = N(node);
    sp_unit_init(c, u, ste, name, kind, n->lineno);
    u->parent = c->u;
    c->u = u;
    /* Parameters first, then the cells and free variables. */
    sp_val params = ste_get(ste, STE_VARNAMES);
    for (size_t i = 0; i < sp_list_len(params); i++)
        cg_varname(u, sp_list_get(params, i));
    sp_val syms = ste_get(ste, STE_SYMBOLS);
    sp_val keys = sp_dict_keys_list(vm, syms);
    for (size_t i = 0; i < sp_list_len(keys); i++) {
        sp_val k = sp_list_get(keys, i);
        int sc = sp_ste_scope(vm, ste, k);
        if (sc == SC_CELL)
            add_to(u, u->cellvars, u->cellmap, k);
    }
    for (size_t i = 0; i < sp_list_len(keys); i++) {
        sp_val k = sp_list_get(keys, i);
        int sc = sp_ste_scope(vm, ste, k);
        int fl = sp_ste_flags(vm, ste, k);
        if (sc == SC_FREE || (fl & DEF_FREE_CLASS))
            add_to(u, u->freevars, u->freemap, k);
    }
    /* __qualname__ */
    unit *p = u->parent;
    if (p == NULL || p->kind == STE_MODULE) {
        u->qualname = name;
    } else if (p->kind == STE_FUNCTION) {
        u->qualname = sp_str_fmt(vm, "%U.<locals>.%U", p->qualname, name);
    } else {
        int psc = sp_ste_scope(vm, p->ste, name);
        if (psc == SC_GLOBAL_EXPLICIT)
            u->qualname = name;
        else
            u->qualname = sp_str_fmt(vm, "%U.%U", p->qualname, name);
    }
    int64_t sf = ste_int(ste, STE_FLAGS);
    if (kind == STE_FUNCTION) {
        u->flags |= SP_CO_OPTIMIZED | SP_CO_NEWLOCALS;
        if (sf & STEF_NESTED)
            u->flags |= SP_CO_NESTED;
        if ((sf & STEF_GENERATOR) && (sf & STEF_COROUTINE)) {
            u->flags |= SP_CO_ASYNC_GENERATOR;
            u->is_async_gen = true;
        } else if (sf & STEF_GENERATOR) {
            u->flags |= SP_CO_GENERATOR;
        } else if (sf & STEF_COROUTINE) {
            u->flags |= SP_CO_COROUTINE;
        }
        if (sf & STEF_VARARGS)
            u->flags |= SP_CO_VARARGS;
        if (sf & STEF_VARKW)
            u->flags |= SP_CO_VARKEYWORDS;
    }
    if (sp_list_len(u->freevars) == 0 && sp_list_len(u->cellvars) == 0)
        u->flags |= SP_CO_NOFREE;
}

sp_val cg_leave(comp *c)
{
    unit *u = c->u;
    sp_val code = sp_unit_assemble(u);
    c->u = u->parent;
    return code;
}

/* Push the closure tuple for child code `code` and return MAKE_FUNCTION's
 * closure flag (0 if the child has no free variables). */
uint32_t cg_closure(unit *u, sp_val code)
{
    sp_code_obj *co = sp_as_code(code);
    if (co->nfrees == 0)
        return 0;
    for (size_t i = 0; i < co->nfrees; i++)
        cg_emit(u, SP_OP_LOAD_CLOSURE, cg_closure_index(u, sp_tuple_get(co->freevars, i)));
    cg_emit(u, SP_OP_BUILD_TUPLE, co->nfrees);
    return SP_MF_CLOSURE;
}

/* ---- frame blocks and unwinding -------------------------------------------------*/
void cg_push_fblock(unit *u, int kind, int start, int exit, sp_val datum, int nh)
{
    sp_vm *vm = u->c->vm;
    if (u->nfb >= 20)
        too_many_blocks(u);
    sp_valarray *b = sp_valarray_new(vm, FB_NFIELDS);
    sp_vals f = sp_valarray_span(b);
    sp_vals_set(f, FB_F_KIND, sp_small(kind));
    sp_vals_set(f, FB_F_START, sp_small(start));
    sp_vals_set(f, FB_F_EXIT, sp_small(exit));
    sp_vals_set(f, FB_F_DATUM, datum);
    sp_vals_set(f, FB_F_NH, sp_small(nh));
    sp_vals_set(f, FB_F_PREV, u->fbtop);
    u->fbtop = (sp_val)b;
    u->nfb++;
}

void cg_pop_fblock(unit *u)
{
    u->fbtop = fb_get(u->fbtop, FB_F_PREV);
    u->nfb--;
}

static void call_exit_none(unit *u)
{
    cg_emit(u, SP_OP_PUSH_NULL, 0);
    cg_load_const(u, u->c->vm->None);
    cg_load_const(u, u->c->vm->None);
    cg_load_const(u, u->c->vm->None);
    cg_emit(u, SP_OP_CALL, 3);
}

static void cg_del_name_cleanup(unit *u, sp_val name)
{
    cg_load_const(u, u->c->vm->None);
    cg_nameop(u, name, SP_CTX_STORE);
    cg_nameop(u, name, SP_CTX_DEL);
}

/* Emit the code that leaves fblock b (for return/break/continue). */
static void unwind_fblock(unit *u, fblock b, bool preserve_tos)
{
    sp_vm *vm = u->c->vm;
    int kind = fb_int(b, FB_F_KIND);
    switch (kind) {
    case FB_WHILE:
    case FB_EXCEPTION_HANDLER:
        return;
    case FB_FOR:
        if (preserve_tos)
            cg_emit(u, SP_OP_SWAP, 2);
        cg_emit(u, SP_OP_POP_TOP, 0);
        return;
    case FB_ASYNC_FOR:
        if (preserve_tos)
            cg_emit(u, SP_OP_SWAP, 2);
        cg_emit(u, SP_OP_POP_TOP, 0);
        return;
    case FB_TRY_EXCEPT:
        u->nh = fb_int(b, FB_F_NH);
        return;
    case FB_FINALLY_TRY: {
        u->nh = fb_int(b, FB_F_NH);
        /* The finally body runs outside this block: pop it meanwhile. */
        fblock saved_top = u->fbtop;
        int save_nfb = u->nfb;
        u->fbtop = fb_get(b, FB_F_PREV);
        u->nfb = 0;
        for (fblock p = u->fbtop; p != NULL; p = fb_get(p, FB_F_PREV))
            u->nfb++;
        if (preserve_tos)
            cg_push_fblock(u, FB_POP_VALUE, -1, -1, NULL, u->nh);
        cg_stmts(u, fb_get(b, FB_F_DATUM));
        if (preserve_tos)
            cg_pop_fblock(u);
        u->nfb = save_nfb;
        u->fbtop = saved_top;
        return;
    }
    case FB_FINALLY_END:
        /* Inside a finally body entered by an exception: [prev, exc]. */
        if (preserve_tos)
            cg_emit(u, SP_OP_SWAP, 2);
        cg_emit(u, SP_OP_POP_TOP, 0);   /* exc */
        u->nh = fb_int(b, FB_F_NH);
        if (preserve_tos)
            cg_emit(u, SP_OP_SWAP, 2);
        cg_emit(u, SP_OP_POP_EXCEPT, 0);
        return;
    case FB_WITH:
    case FB_ASYNC_WITH:
        u->nh = fb_int(b, FB_F_NH);
        if (preserve_tos)
            cg_emit(u, SP_OP_SWAP, 2);
        call_exit_none(u);
        if (kind == FB_ASYNC_WITH)
            cg_await(u);
        cg_emit(u, SP_OP_POP_TOP, 0);
        return;
    case FB_HANDLER_CLEANUP:
        u->nh = fb_int(b, FB_F_NH);
        if (preserve_tos)
            cg_emit(u, SP_OP_SWAP, 2);
        cg_emit(u, SP_OP_POP_EXCEPT, 0);
        if (fb_get(b, FB_F_DATUM) != NULL)
            cg_del_name_cleanup(u, fb_get(b, FB_F_DATUM));
        return;
    case FB_POP_VALUE:
        if (preserve_tos)
            cg_emit(u, SP_OP_SWAP, 2);
        cg_emit(u, SP_OP_POP_TOP, 0);
        return;
    }
    (void)vm;
}

/* Unwind every block down to (not including) the innermost loop; return
 * it, or NULL if there is none.  For return (loop_only false) unwind all. */
static fblock unwind_to(unit *u, bool loop_only, bool preserve_tos)
{
    for (fblock b = u->fbtop; b != NULL; b = fb_get(b, FB_F_PREV)) {
        int kind = fb_int(b, FB_F_KIND);
        if (loop_only && (kind == FB_WHILE || kind == FB_FOR || kind == FB_ASYNC_FOR))
            return b;
        unwind_fblock(u, b, preserve_tos);
    }
    return NULL;
}

/* ---- statements ------------------------------------------------------------------*/
static bool is_docstring(sp_vm *vm, sp_val body)
{
    if (body == NULL || sp_list_len(body) == 0)
        return false;
    sp_node *s = N(sp_list_get(body, 0));
    if (s->kind != SP_AST_Expr)
        return false;
    sp_node *e = N(s->u.Expr.value);
    return e->kind == SP_AST_Constant && sp_is_str(e->u.Constant.value);
}

static bool find_annotations(sp_vm *vm, sp_val body)
{
    if (body == NULL)
        return false;
    for (size_t i = 0; i < sp_list_len(body); i++) {
        sp_node *s = N(sp_list_get(body, i));
        switch ((sp_ast_kind)s->kind) {
        case SP_AST_AnnAssign:
            return true;
        case SP_AST_For: case SP_AST_AsyncFor: case SP_AST_While: case SP_AST_If:
            if (find_annotations(vm, s->u.For.body) || find_annotations(vm, s->u.For.orelse))
                return true;
            break;
        case SP_AST_With: case SP_AST_AsyncWith:
            if (find_annotations(vm, s->u.With.body))
                return true;
            break;
        case SP_AST_Try: case SP_AST_TryStar:
            if (find_annotations(vm, s->u.Try.body) || find_annotations(vm, s->u.Try.orelse) ||
                find_annotations(vm, s->u.Try.finalbody))
                return true;
            for (size_t k = 0; k < sp_list_len(s->u.Try.handlers); k++)
                if (find_annotations(vm, N(sp_list_get(s->u.Try.handlers, k))->u.ExceptHandler.body))
                    return true;
            break;
        case SP_AST_Match:
            for (size_t k = 0; k < sp_list_len(s->u.Match.cases); k++)
                if (find_annotations(vm, N(sp_list_get(s->u.Match.cases, k))->u.match_case.body))
                    return true;
            break;
        default:
            break;
        }
    }
    return false;
}

/* Function body (def or lambda): returns the code object. */
static sp_val compile_function_body(unit *u, sp_node *s, sp_val node, sp_val name, sp_val args, sp_val body, bool lambda)
{
    comp *c = u->c;
    sp_vm *vm = c->vm;
    unit nu = { 0 };
    cg_enter(c, &nu, node, name);
    sp_node *a = N(args);
    nu.posonly = (int)sp_list_len(a->u.arguments.posonlyargs);
    nu.argcount = nu.posonly + (int)sp_list_len(a->u.arguments.args);
    nu.kwonly = (int)sp_list_len(a->u.arguments.kwonlyargs);
    if (lambda) {
        cg_const(&nu, vm->None);   /* co_consts[0]: no docstring */
        cg_set_line(&nu, body);
        cg_expr(&nu, body);
        if (nu.flags & (SP_CO_GENERATOR | SP_CO_ASYNC_GENERATOR)) {
            cg_emit(&nu, SP_OP_POP_TOP, 0);
            cg_load_const(&nu, vm->None);
        }
        cg_emit(&nu, SP_OP_RETURN_VALUE, 0);
    } else {
        size_t start = 0;
        if (is_docstring(vm, body)) {
            cg_const(&nu, N(N(sp_list_get(body, 0))->u.Expr.value)->u.Constant.value);
            start = 1;
        } else {
            cg_const(&nu, vm->None);
        }
        for (size_t i = start; i < sp_list_len(body); i++)
            cg_stmt(&nu, sp_list_get(body, i));
        /* The implicit return takes the line of the last instruction. */
        if (nu.ninstr > 0) {
            sp_u32s ins = sp_rawbuf_u32s(nu.instrs);
            cg_line_only(&nu, (int)sp_u32s_get(ins, (nu.ninstr - 1) * INSTR_WORDS + 2));
        } else {
            cg_line_only(&nu, s->lineno);
        }
        cg_load_const(&nu, vm->None);
        cg_emit(&nu, SP_OP_RETURN_VALUE, 0);
    }
    return cg_leave(c);
}

/* The source text of a node (for `from __future__ import annotations`),
 * or NULL when the source isn't available. */
static sp_val node_source(unit *u, sp_node *n)
{
    sp_vm *vm = u->c->vm;
    sp_cbytes src = u->c->source;
    if (src.ptr == NULL || n->lineno <= 0 || n->end_lineno < n->lineno)
        return NULL;
    size_t pos = 0;
    for (int l = 1; l < n->lineno; l++) {
        sp_ssize nl = sp_cbytes_findbyte(src, '\n', pos);
        if (nl < 0)
            return NULL;
        pos = (size_t)nl + 1;
    }
    size_t start = pos + (size_t)n->col_offset;
    for (int l = n->lineno; l < n->end_lineno; l++) {
        sp_ssize nl = sp_cbytes_findbyte(src, '\n', pos);
        if (nl < 0)
            return NULL;
        pos = (size_t)nl + 1;
    }
    size_t end = pos + (size_t)n->end_col_offset;
    if (start > end || end > src.len)
        return NULL;
    sp_val text = sp_str_decode_utf8(vm, sp_cbytes_sub(src, start, end - start), "replace");
    /* A multi-line annotation becomes one line, as unparse would. */
    if (n->end_lineno > n->lineno) {
        sp_val parts = sp_call0(vm, sp_getattr_cstr(vm, text, "split"));
        text = sp_str_join(vm, sp_str_from_cstr(vm, " "), sp_list_items(parts));
    }
    return text;
}

/* An annotation: evaluated, or its source text under PEP 563. */
void cg_annotation(unit *u, sp_val node)
{
    sp_vm *vm = u->c->vm;
    if (u->c->future_annotations) {
        sp_val text = node_source(u, N(node));
        if (text != NULL) {
            cg_load_const(u, text);
            return;
        }
    }
    cg_expr(u, node);
}

static uint32_t cg_annotations(unit *u, sp_val args, sp_val returns)
{
    sp_vm *vm = u->c->vm;
    sp_node *a = N(args);
    uint32_t n = 0;
    sp_val lists[3] = { a->u.arguments.posonlyargs, a->u.arguments.args, a->u.arguments.kwonlyargs };
    for (int k = 0; k < 3; k++) {
        sp_val l = sp_vals_get(SP_VALS(lists), (size_t)k);
        for (size_t i = 0; i < sp_list_len(l); i++) {
            sp_node *p = N(sp_list_get(l, i));
            if (p->u.arg.annotation) {
                cg_load_const(u, sp_ste_mangle(vm, u->ste, p->u.arg.arg));
                cg_annotation(u, p->u.arg.annotation);
                n++;
            }
            if (k == 1 && i + 1 == sp_list_len(l) && a->u.arguments.vararg) {
                /* vararg comes after the positional args */
            }
        }
        if (k == 1 && a->u.arguments.vararg) {
            sp_node *p = N(a->u.arguments.vararg);
            if (p->u.arg.annotation) {
                cg_load_const(u, sp_ste_mangle(vm, u->ste, p->u.arg.arg));
                cg_annotation(u, p->u.arg.annotation);
                n++;
            }
        }
    }
    if (a->u.arguments.kwarg) {
        sp_node *p = N(a->u.arguments.kwarg);
        if (p->u.arg.annotation) {
            cg_load_const(u, sp_ste_mangle(vm, u->ste, p->u.arg.arg));
            cg_annotation(u, p->u.arg.annotation);
            n++;
        }
    }
    if (returns) {
        cg_load_const(u, sp_intern_cstr(vm, "return"));
        cg_annotation(u, returns);
        n++;
    }
    if (n == 0)
        return 0;
    cg_emit(u, SP_OP_BUILD_MAP, n);
    return SP_MF_ANNOTATIONS;
}

/* Defaults and keyword defaults; returns the MAKE_FUNCTION flags. */
static uint32_t cg_defaults(unit *u, sp_val args)
{
    sp_vm *vm = u->c->vm;
    sp_node *a = N(args);
    uint32_t flags = 0;
    sp_val defs = a->u.arguments.defaults;
    if (sp_list_len(defs) > 0) {
        for (size_t i = 0; i < sp_list_len(defs); i++)
            cg_expr(u, sp_list_get(defs, i));
        cg_emit(u, SP_OP_BUILD_TUPLE, (uint32_t)sp_list_len(defs));
        flags |= SP_MF_DEFAULTS;
    }
    uint32_t nkw = 0;
    for (size_t i = 0; i < sp_list_len(a->u.arguments.kwonlyargs); i++) {
        sp_val d = sp_list_get(a->u.arguments.kw_defaults, i);
        if (d != NULL) {
            cg_load_const(u, sp_ste_mangle(vm, u->ste, N(sp_list_get(a->u.arguments.kwonlyargs, i))->u.arg.arg));
            cg_expr(u, d);
            nkw++;
        }
    }
    if (nkw > 0) {
        cg_emit(u, SP_OP_BUILD_MAP, nkw);
        flags |= SP_MF_KWDEFAULTS;
    }
    return flags;
}

void cg_make_function(unit *u, sp_val code, uint32_t flags)
{
    flags |= cg_closure(u, code);
    cg_load_const(u, code);
    cg_emit(u, SP_OP_MAKE_FUNCTION, flags);
}

static void cg_decorators_pre(unit *u, sp_val decos)
{
    for (size_t i = 0; i < sp_list_len(decos); i++) {
        cg_expr(u, sp_list_get(decos, i));
        cg_emit(u, SP_OP_PUSH_NULL, 0);
    }
}

static void cg_decorators_post(unit *u, sp_val decos)
{
    for (size_t i = 0; i < sp_list_len(decos); i++)
        cg_emit(u, SP_OP_CALL, 1);
}

static void cg_funcdef(unit *u, sp_node *s, sp_val node)
{
    sp_val decos = s->u.FunctionDef.decorator_list;
    cg_decorators_pre(u, decos);
    uint32_t flags = cg_defaults(u, s->u.FunctionDef.args);
    flags |= cg_annotations(u, s->u.FunctionDef.args, s->u.FunctionDef.returns);
    int first = s->lineno;
    if (sp_list_len(decos) > 0)
        first = ((sp_node *)sp_list_get(decos, 0))->lineno;
    sp_val code = compile_function_body(u, s, node, s->u.FunctionDef.name, s->u.FunctionDef.args,
                                        s->u.FunctionDef.body, false);
    sp_as_code(code)->firstlineno = (uint32_t)first;
    cg_make_function(u, code, flags);
    cg_decorators_post(u, decos);
    cg_nameop(u, s->u.FunctionDef.name, SP_CTX_STORE);
}

void cg_lambda(unit *u, sp_node *e, sp_val node)
{
    sp_vm *vm = u->c->vm;
    uint32_t flags = cg_defaults(u, e->u.Lambda.args);
    sp_val code = compile_function_body(u, e, node, sp_intern_cstr(vm, "<lambda>"), e->u.Lambda.args,
                                        e->u.Lambda.body, true);
    cg_make_function(u, code, flags);
}

static void cg_classdef(unit *u, sp_node *s, sp_val node)
{
    comp *c = u->c;
    sp_vm *vm = c->vm;
    sp_val decos = s->u.ClassDef.decorator_list;
    cg_decorators_pre(u, decos);
    /* The body. */
    unit nu = { 0 };
    cg_enter(c, &nu, node, s->u.ClassDef.name);
    cg_line_only(&nu, s->lineno);
    cg_nameop(&nu, vm->n.__name__, SP_CTX_LOAD);
    cg_nameop(&nu, vm->n.__module__, SP_CTX_STORE);
    cg_load_const(&nu, nu.qualname);
    cg_nameop(&nu, vm->n.__qualname__, SP_CTX_STORE);
    sp_val body = s->u.ClassDef.body;
    size_t start = 0;
    if (find_annotations(vm, body))
        cg_emit(&nu, SP_OP_SETUP_ANNOTATIONS, 0);
    if (is_docstring(vm, body)) {
        cg_set_line(&nu, sp_list_get(body, 0));
        cg_load_const(&nu, N(N(sp_list_get(body, 0))->u.Expr.value)->u.Constant.value);
        cg_nameop(&nu, vm->n.__doc__, SP_CTX_STORE);
        start = 1;
    }
    for (size_t i = start; i < sp_list_len(body); i++)
        cg_stmt(&nu, sp_list_get(body, i));
    cg_line_only(&nu, -1);
    if (ste_int(nu.ste, STE_FLAGS) & STEF_NEEDS_CLASSCELL) {
        cg_emit(&nu, SP_OP_LOAD_CLOSURE, deref_index(&nu, vm->n.__class__));
        cg_emit(&nu, SP_OP_COPY, 1);
        cg_nameop(&nu, vm->n.__classcell__, SP_CTX_STORE);
    } else {
        cg_load_const(&nu, vm->None);
    }
    cg_emit(&nu, SP_OP_RETURN_VALUE, 0);
    sp_val code = cg_leave(c);
    cg_set_line(u, node);
    /* __build_class__(func, name, *bases, **keywords) */
    cg_emit(u, SP_OP_LOAD_BUILD_CLASS, 0);
    cg_emit(u, SP_OP_PUSH_NULL, 0);
    cg_make_function(u, code, 0);
    cg_load_const(u, s->u.ClassDef.name);
    cg_call_helper(u, 2, s->u.ClassDef.bases, s->u.ClassDef.keywords);
    cg_decorators_post(u, decos);
    cg_nameop(u, s->u.ClassDef.name, SP_CTX_STORE);
}

static void cg_return(unit *u, sp_node *s, sp_val node)
{
    sp_vm *vm = u->c->vm;
    if (u->kind != STE_FUNCTION)
        cg_error(u, node, sp_str_fmt(vm, "'return' outside function"));
    if (s->u.Return.value && u->is_async_gen)
        cg_error(u, node, sp_str_fmt(vm, "'return' with value in async generator"));
    bool preserve = s->u.Return.value != NULL;
    if (preserve)
        cg_expr(u, s->u.Return.value);
    int save_nh = u->nh;
    unwind_to(u, false, preserve);
    cg_set_line(u, node);
    if (!preserve)
        cg_load_const(u, vm->None);
    cg_emit(u, SP_OP_RETURN_VALUE, 0);
    u->nh = save_nh;
}

static void cg_break_continue(unit *u, sp_val node, bool is_break)
{
    sp_vm *vm = u->c->vm;
    int save_nh = u->nh;
    bool in_loop = false;
    for (fblock b = u->fbtop; b != NULL; b = fb_get(b, FB_F_PREV)) {
        int k = fb_int(b, FB_F_KIND);
        if (k == FB_WHILE || k == FB_FOR || k == FB_ASYNC_FOR) {
            in_loop = true;
            break;
        }
    }
    if (!in_loop)
        cg_error(u, node, sp_str_fmt(vm, is_break ? "'break' outside loop" : "'continue' not properly in loop"));
    fblock loop = unwind_to(u, true, false);
    if (loop == NULL)
        cg_error(u, node, sp_str_fmt(vm, is_break ? "'break' outside loop" : "'continue' not properly in loop"));
    if (is_break) {
        unwind_fblock(u, loop, false);
        cg_jump(u, SP_OP_JUMP, fb_int(loop, FB_F_EXIT));
    } else {
        cg_jump(u, SP_OP_JUMP, fb_int(loop, FB_F_START));
    }
    u->nh = save_nh;
}

static void cg_if(unit *u, sp_node *s)
{
    int end = cg_new_label(u);
    bool has_else = sp_list_len(s->u.If.orelse) > 0;
    int next = has_else ? cg_new_label(u) : end;
    cg_jump_if(u, s->u.If.test, false, next);
    cg_stmts(u, s->u.If.body);
    if (has_else) {
        cg_jump(u, SP_OP_JUMP, end);
        cg_label(u, next);
        cg_stmts(u, s->u.If.orelse);
    }
    cg_label(u, end);
}

static void cg_while(unit *u, sp_node *s)
{
    int loop = cg_new_label(u), body = cg_new_label(u), anchor = cg_new_label(u), end = cg_new_label(u);
    cg_label(u, loop);
    cg_jump_if(u, s->u.While.test, false, anchor);
    cg_label(u, body);
    cg_push_fblock(u, FB_WHILE, loop, end, NULL, u->nh);
    cg_stmts(u, s->u.While.body);
    cg_pop_fblock(u);
    cg_jump(u, SP_OP_JUMP, loop);
    cg_label(u, anchor);
    cg_stmts(u, s->u.While.orelse);
    cg_label(u, end);
}

static void cg_for(unit *u, sp_node *s, sp_val node)
{
    int start = cg_new_label(u), cleanup = cg_new_label(u), end = cg_new_label(u);
    cg_iter_operand(u, s->u.For.iter);
    cg_set_line(u, node);
    cg_emit(u, SP_OP_GET_ITER, 0);
    cg_label(u, start);
    cg_jump(u, SP_OP_FOR_ITER, cleanup);
    cg_push_fblock(u, FB_FOR, start, end, NULL, u->nh);
    cg_store(u, s->u.For.target);
    cg_stmts(u, s->u.For.body);
    cg_pop_fblock(u);
    cg_set_line(u, node);
    cg_jump(u, SP_OP_JUMP, start);
    cg_label(u, cleanup);
    cg_stmts(u, s->u.For.orelse);
    cg_label(u, end);
}

static void cg_async_for(unit *u, sp_node *s, sp_val node)
{
    sp_vm *vm = u->c->vm;
    if (!(u->flags & (SP_CO_COROUTINE | SP_CO_ASYNC_GENERATOR)))
        cg_error(u, node, sp_str_fmt(vm, "'async for' outside async function"));
    int start = cg_new_label(u), except = cg_new_label(u), end = cg_new_label(u);
    cg_iter_operand(u, s->u.For.iter);
    cg_emit(u, SP_OP_GET_AITER, 0);
    cg_label(u, start);
    int nh = u->nh;
    cg_push_handler(u, except);
    cg_emit(u, SP_OP_GET_ANEXT, 0);
    cg_load_const(u, vm->None);
    cg_await_loop(u);
    cg_pop_handler(u);
    cg_push_fblock(u, FB_ASYNC_FOR, start, end, NULL, nh);
    cg_store(u, s->u.For.target);
    cg_stmts(u, s->u.For.body);
    cg_pop_fblock(u);
    cg_jump(u, SP_OP_JUMP, start);
    cg_label(u, except);
    cg_emit(u, SP_OP_END_ASYNC_FOR, 0);
    cg_stmts(u, s->u.For.orelse);
    cg_label(u, end);
}

static void cg_try_except(unit *u, sp_node *s, sp_val node)
{
    sp_vm *vm = u->c->vm;
    int body = cg_new_label(u), except = cg_new_label(u), orelse = cg_new_label(u), end = cg_new_label(u),
        cleanup = cg_new_label(u);
    (void)body;
    int nh0 = u->nh;
    cg_push_handler(u, except);
    cg_push_fblock(u, FB_TRY_EXCEPT, -1, -1, NULL, nh0);
    cg_stmts(u, s->u.Try.body);
    cg_pop_fblock(u);
    cg_pop_handler(u);
    cg_label(u, orelse);
    cg_stmts(u, s->u.Try.orelse);
    cg_jump(u, SP_OP_JUMP, end);
    /* The handlers: [exc] on the stack. */
    cg_label(u, except);
    cg_push_handler(u, cleanup);
    int nhc = u->nh;
    cg_emit(u, SP_OP_PUSH_EXC_INFO, 0);
    cg_push_fblock(u, FB_EXCEPTION_HANDLER, -1, -1, NULL, nh0);
    size_t nhandlers = sp_list_len(s->u.Try.handlers);
    for (size_t i = 0; i < nhandlers; i++) {
        sp_val hv = sp_list_get(s->u.Try.handlers, i);
        sp_node *h = N(hv);
        u->nh = nhc;
        cg_set_line(u, hv);
        if (h->u.ExceptHandler.type == NULL && i + 1 < nhandlers)
            cg_error(u, hv, sp_str_fmt(vm, "default 'except:' must be last"));
        int next = cg_new_label(u);
        if (h->u.ExceptHandler.type) {
            cg_expr(u, h->u.ExceptHandler.type);
            cg_emit(u, SP_OP_CHECK_EXC_MATCH, 0);
            cg_jump(u, SP_OP_POP_JUMP_IF_FALSE, next);
        }
        sp_val name = h->u.ExceptHandler.name;
        if (name) {
            int cleanup_end = cg_new_label(u);
            cg_nameop(u, name, SP_CTX_STORE);
            cg_push_handler(u, cleanup_end);
            cg_push_fblock(u, FB_HANDLER_CLEANUP, -1, -1, name, nh0);
            cg_stmts(u, h->u.ExceptHandler.body);
            cg_pop_fblock(u);
            cg_pop_handler(u);
            u->nh = nh0;
            cg_emit(u, SP_OP_POP_BLOCK, 0);
            cg_emit(u, SP_OP_POP_EXCEPT, 0);
            cg_del_name_cleanup(u, name);
            cg_jump(u, SP_OP_JUMP, end);
            /* An exception in the body: clear the name, re-raise. */
            u->nh = nhc;
            cg_label(u, cleanup_end);
            cg_del_name_cleanup(u, name);
            cg_emit(u, SP_OP_RERAISE, 0);
        } else {
            cg_emit(u, SP_OP_POP_TOP, 0);
            cg_push_fblock(u, FB_HANDLER_CLEANUP, -1, -1, NULL, nh0);
            cg_stmts(u, h->u.ExceptHandler.body);
            cg_pop_fblock(u);
            u->nh = nh0;
            cg_emit(u, SP_OP_POP_BLOCK, 0);
            cg_emit(u, SP_OP_POP_EXCEPT, 0);
            cg_jump(u, SP_OP_JUMP, end);
        }
        u->nh = nhc;
        cg_label(u, next);
    }
    cg_pop_fblock(u);
    u->nh = nhc;
    cg_emit(u, SP_OP_RERAISE, 0);
    /* cleanup: [prev, exc2] -> restore exc_info, re-raise */
    u->nh = nh0;
    cg_label(u, cleanup);
    cg_emit(u, SP_OP_SWAP, 2);
    cg_emit(u, SP_OP_POP_EXCEPT, 0);
    cg_emit(u, SP_OP_RERAISE, 0);
    cg_label(u, end);
    (void)node;
}

static void cg_try_finally(unit *u, sp_node *s, sp_val node)
{
    int end = cg_new_label(u), handler = cg_new_label(u), cleanup = cg_new_label(u);
    int nh0 = u->nh;
    cg_push_handler(u, handler);
    cg_push_fblock(u, FB_FINALLY_TRY, -1, -1, s->u.Try.finalbody, nh0);
    if (sp_list_len(s->u.Try.handlers) > 0)
        cg_try_except(u, s, node);
    else
        cg_stmts(u, s->u.Try.body);
    cg_pop_fblock(u);
    cg_pop_handler(u);
    cg_stmts(u, s->u.Try.finalbody);
    cg_jump(u, SP_OP_JUMP, end);
    /* Exceptional path: [exc] */
    cg_label(u, handler);
    cg_push_handler(u, cleanup);
    cg_emit(u, SP_OP_PUSH_EXC_INFO, 0);
    cg_push_fblock(u, FB_FINALLY_END, -1, -1, NULL, nh0);
    cg_stmts(u, s->u.Try.finalbody);
    cg_pop_fblock(u);
    cg_emit(u, SP_OP_RERAISE, 0);
    u->nh = nh0;
    cg_label(u, cleanup);
    cg_emit(u, SP_OP_SWAP, 2);
    cg_emit(u, SP_OP_POP_EXCEPT, 0);
    cg_emit(u, SP_OP_RERAISE, 0);
    cg_label(u, end);
}

static void cg_with(unit *u, sp_node *s, sp_val node, size_t pos, bool is_async)
{
    sp_vm *vm = u->c->vm;
    if (is_async && !(u->flags & (SP_CO_COROUTINE | SP_CO_ASYNC_GENERATOR)))
        cg_error(u, node, sp_str_fmt(vm, "'async with' outside async function"));
    sp_node *item = N(sp_list_get(s->u.With.items, pos));
    int handler = cg_new_label(u), cleanup = cg_new_label(u), suppress = cg_new_label(u), end = cg_new_label(u);
    cg_expr(u, item->u.withitem.context_expr);
    cg_set_line(u, node);
    if (is_async) {
        cg_emit(u, SP_OP_BEFORE_ASYNC_WITH, 0);
        cg_emit(u, SP_OP_GET_AWAITABLE, 1);
        cg_load_const(u, vm->None);
        cg_await_loop(u);
    } else {
        cg_emit(u, SP_OP_BEFORE_WITH, 0);
    }
    if (item->u.withitem.optional_vars)
        cg_store(u, item->u.withitem.optional_vars);
    else
        cg_emit(u, SP_OP_POP_TOP, 0);
    int nh0 = u->nh;
    cg_push_handler(u, handler);
    cg_push_fblock(u, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1, NULL, nh0);
    if (pos + 1 < sp_list_len(s->u.With.items))
        cg_with(u, s, node, pos + 1, is_async);
    else
        cg_stmts(u, s->u.With.body);
    cg_pop_fblock(u);
    cg_pop_handler(u);
    cg_set_line(u, node);
    call_exit_none(u);
    if (is_async)
        cg_await(u);
    cg_emit(u, SP_OP_POP_TOP, 0);
    cg_jump(u, SP_OP_JUMP, end);
    /* [exit, exc] */
    cg_label(u, handler);
    cg_push_handler(u, cleanup);
    cg_emit(u, SP_OP_PUSH_EXC_INFO, 0);
    cg_emit(u, SP_OP_WITH_EXCEPT_START, 0);
    if (is_async)
        cg_await(u);
    cg_jump(u, SP_OP_POP_JUMP_IF_TRUE, suppress);
    cg_emit(u, SP_OP_RERAISE, 0);
    cg_label(u, suppress);
    cg_emit(u, SP_OP_POP_TOP, 0);
    cg_pop_handler(u);
    cg_emit(u, SP_OP_POP_EXCEPT, 0);
    cg_emit(u, SP_OP_POP_TOP, 0);
    cg_jump(u, SP_OP_JUMP, end);
    u->nh = nh0;
    cg_label(u, cleanup);
    cg_emit(u, SP_OP_SWAP, 2);
    cg_emit(u, SP_OP_POP_EXCEPT, 0);
    cg_emit(u, SP_OP_RERAISE, 0);
    cg_label(u, end);
}

static void cg_raise(unit *u, sp_node *s)
{
    uint32_t n = 0;
    if (s->u.Raise.exc) {
        cg_expr(u, s->u.Raise.exc);
        n = 1;
        if (s->u.Raise.cause) {
            cg_expr(u, s->u.Raise.cause);
            n = 2;
        }
    }
    cg_emit(u, SP_OP_RAISE_VARARGS, n);
}

static void cg_assert(unit *u, sp_node *s)
{
    int end = cg_new_label(u);
    cg_jump_if(u, s->u.Assert.test, true, end);
    cg_emit(u, SP_OP_LOAD_ASSERTION_ERROR, 0);
    if (s->u.Assert.msg) {
        cg_emit(u, SP_OP_PUSH_NULL, 0);
        cg_expr(u, s->u.Assert.msg);
        cg_emit(u, SP_OP_CALL, 1);
    }
    cg_emit(u, SP_OP_RAISE_VARARGS, 1);
    cg_label(u, end);
}

static void cg_import(unit *u, sp_node *s)
{
    sp_vm *vm = u->c->vm;
    for (size_t i = 0; i < sp_list_len(s->u.Import.names); i++) {
        sp_node *a = N(sp_list_get(s->u.Import.names, i));
        sp_val name = a->u.alias.name;
        cg_load_const(u, sp_small(0));
        cg_load_const(u, vm->None);
        cg_emit(u, SP_OP_IMPORT_NAME, cg_name(u, name));
        sp_cbytes b = sp_str_bytes(name);
        if (a->u.alias.asname) {
            /* import a.b.c as d: d is a.b.c */
            size_t pos = 0;
            sp_ssize dot = sp_cbytes_findbyte(b, '.', 0);
            while (dot >= 0) {
                pos = (size_t)dot + 1;
                sp_ssize nd = sp_cbytes_findbyte(b, '.', pos);
                size_t e = nd < 0 ? b.len : (size_t)nd;
                sp_val part = sp_intern(vm, sp_str_new(vm, sp_cbytes_sub(b, pos, e - pos)));
                cg_emit(u, SP_OP_IMPORT_FROM, cg_name(u, part));
                cg_emit(u, SP_OP_SWAP, 2);
                cg_emit(u, SP_OP_POP_TOP, 0);
                dot = nd;
            }
            cg_nameop(u, a->u.alias.asname, SP_CTX_STORE);
        } else {
            sp_ssize dot = sp_cbytes_findbyte(b, '.', 0);
            sp_val store = dot < 0 ? name : sp_intern(vm, sp_str_new(vm, sp_cbytes_sub(b, 0, (size_t)dot)));
            cg_nameop(u, store, SP_CTX_STORE);
        }
    }
}

static void cg_import_from(unit *u, sp_node *s, sp_val node)
{
    sp_vm *vm = u->c->vm;
    sp_val names = s->u.ImportFrom.names;
    size_t n = sp_list_len(names);
    sp_val fromlist = sp_tuple_new(vm, n);
    for (size_t i = 0; i < n; i++)
        sp_tuple_set(fromlist, i, N(sp_list_get(names, i))->u.alias.name);
    cg_load_const(u, sp_small(s->u.ImportFrom.level ? sp_small_get(s->u.ImportFrom.level) : 0));
    cg_load_const(u, fromlist);
    sp_val mod = s->u.ImportFrom.module ? s->u.ImportFrom.module : vm->empty_str;
    cg_emit(u, SP_OP_IMPORT_NAME, cg_name(u, mod));
    for (size_t i = 0; i < n; i++) {
        sp_node *a = N(sp_list_get(names, i));
        if (sp_str_eq_cstr(a->u.alias.name, "*")) {
            cg_emit(u, SP_OP_IMPORT_STAR, 0);
            return;
        }
        cg_emit(u, SP_OP_IMPORT_FROM, cg_name(u, a->u.alias.name));
        cg_nameop(u, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, SP_CTX_STORE);
    }
    cg_emit(u, SP_OP_POP_TOP, 0);
    (void)node;
}

static void cg_annassign(unit *u, sp_node *s)
{
    sp_vm *vm = u->c->vm;
    sp_node *t = N(s->u.AnnAssign.target);
    if (s->u.AnnAssign.value) {
        cg_expr(u, s->u.AnnAssign.value);
        cg_store(u, s->u.AnnAssign.target);
    }
    if (t->kind == SP_AST_Name) {
        if (sp_small_get(s->u.AnnAssign.simple) && u->kind != STE_FUNCTION) {
            /* __annotations__[name] = annotation */
            cg_annotation(u, s->u.AnnAssign.annotation);
            cg_nameop(u, vm->n.__annotations__, SP_CTX_LOAD);
            cg_load_const(u, t->u.Name.id);
            cg_emit(u, SP_OP_STORE_SUBSCR, 0);
        }
    } else if (u->kind != STE_FUNCTION) {
        /* Complex targets: the annotation is evaluated, the target isn't stored. */
        if (!s->u.AnnAssign.value) {
            if (t->kind == SP_AST_Attribute) {
                cg_expr(u, t->u.Attribute.value);
                cg_emit(u, SP_OP_POP_TOP, 0);
            } else if (t->kind == SP_AST_Subscript) {
                cg_expr(u, t->u.Subscript.value);
                cg_emit(u, SP_OP_POP_TOP, 0);
                cg_expr(u, t->u.Subscript.slice);
                cg_emit(u, SP_OP_POP_TOP, 0);
            }
        }
        cg_annotation(u, s->u.AnnAssign.annotation);
        cg_emit(u, SP_OP_POP_TOP, 0);
    }
}

/* The elements of a Tuple or List node without a starred element, else
 * NULL. */
static sp_val plain_elts(sp_vm *vm, sp_node *e)
{
    sp_val elts;
    if (e->kind == SP_AST_Tuple)
        elts = e->u.Tuple.elts;
    else if (e->kind == SP_AST_List)
        elts = e->u.List.elts;
    else
        return NULL;
    for (size_t i = 0; i < sp_list_len(elts); i++)
        if (N(sp_list_get(elts, i))->kind == SP_AST_Starred)
            return NULL;
    return elts;
}

/* `a, b = x, y` and `a, b, c = x, y, z` (one target): the values are
 * pushed and reordered in place (SWAP) instead of packed into a tuple and
 * unpacked; as before, all of them are evaluated first and the targets
 * stored left to right.  False for any other assignment. */
static bool cg_swap_assign(unit *u, sp_node *s)
{
    sp_vm *vm = u->c->vm;
    if (sp_list_len(s->u.Assign.targets) != 1)
        return false;
    sp_node *v = N(s->u.Assign.value);
    if (v->kind != SP_AST_Tuple)
        return false;
    sp_val targets = plain_elts(vm, N(sp_list_get(s->u.Assign.targets, 0)));
    sp_val values = plain_elts(vm, v);
    size_t n = targets ? sp_list_len(targets) : 0;
    if (n < 2 || n > 3 || values == NULL || sp_list_len(values) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        cg_expr(u, sp_list_get(values, i));
    cg_emit(u, SP_OP_SWAP, (uint32_t)n);
    for (size_t i = 0; i < n; i++)
        cg_store(u, sp_list_get(targets, i));
    return true;
}

/* The target's load and store are placed at the target (the
 * traceback's carets under `a[i]`, `o.x`, `x`), the operation at the
 * statement, as CPython places them. */
static void cg_augassign(unit *u, sp_node *s)
{
    sp_vm *vm = u->c->vm;
    sp_node *t = N(s->u.AugAssign.target);
    uint32_t op = (uint32_t)sp_small_get(s->u.AugAssign.op) + 16;
    uint32_t temp_b = cg_temp_marks(NULL, N(s->u.AugAssign.value));
    int line = u->lineno, end_line = u->end_lineno, col = u->col, end_col = u->end_col;
    switch ((sp_ast_kind)t->kind) {
    case SP_AST_Name:
        cg_set_line(u, s->u.AugAssign.target);
        cg_nameop(u, t->u.Name.id, SP_CTX_LOAD);
        break;
    case SP_AST_Attribute:
        cg_expr(u, t->u.Attribute.value);
        cg_set_line(u, s->u.AugAssign.target);
        cg_attr_pos(u, t);
        cg_emit(u, SP_OP_COPY, 1);
        cg_emit(u, SP_OP_LOAD_ATTR, cg_attr_name(u, t->u.Attribute.attr));
        break;
    case SP_AST_Subscript:
        /* CPython's COPY 2, COPY 2, BINARY_SUBSCR ... SWAP 3, SWAP 2,
         * STORE_SUBSCR in two instructions. */
        cg_expr(u, t->u.Subscript.value);
        cg_expr(u, t->u.Subscript.slice);
        cg_set_line(u, s->u.AugAssign.target);
        cg_emit(u, SP_OP_BINARY_SUBSCR_KEEP, 0);
        break;
    default:
        cg_error(u, (sp_val)t, sp_str_fmt(vm, "illegal expression for augmented assignment"));
    }
    u->lineno = line, u->end_lineno = end_line, u->col = col, u->end_col = end_col;
    cg_expr(u, s->u.AugAssign.value);
    cg_emit(u, SP_OP_BINARY_OP, op | temp_b);
    cg_set_line(u, s->u.AugAssign.target);
    switch ((sp_ast_kind)t->kind) {
    case SP_AST_Name:
        cg_nameop(u, t->u.Name.id, SP_CTX_STORE);
        break;
    case SP_AST_Attribute:
        cg_attr_pos(u, t);
        cg_emit(u, SP_OP_SWAP, 2);
        cg_emit(u, SP_OP_STORE_ATTR, cg_attr_name(u, t->u.Attribute.attr));
        break;
    default:
        cg_emit(u, SP_OP_STORE_SUBSCR_AUG, 0);
        break;
    }
    u->lineno = line, u->end_lineno = end_line, u->col = col, u->end_col = end_col;
}

static void cg_delete(unit *u, sp_val target)
{
    sp_vm *vm = u->c->vm;
    sp_node *t = N(target);
    switch ((sp_ast_kind)t->kind) {
    case SP_AST_Name:
        cg_nameop(u, t->u.Name.id, SP_CTX_DEL);
        break;
    case SP_AST_Attribute:
        cg_expr(u, t->u.Attribute.value);
        cg_emit(u, SP_OP_DELETE_ATTR, cg_attr_name(u, t->u.Attribute.attr));
        break;
    case SP_AST_Subscript:
        cg_expr(u, t->u.Subscript.value);
        cg_expr(u, t->u.Subscript.slice);
        cg_emit(u, SP_OP_DELETE_SUBSCR, 0);
        break;
    case SP_AST_Tuple:
    case SP_AST_List:
        for (size_t i = 0; i < sp_list_len(t->u.Tuple.elts); i++)
            cg_delete(u, sp_list_get(t->u.Tuple.elts, i));
        break;
    default:
        cg_error(u, target, sp_str_fmt(vm, "cannot delete expression"));
    }
}

void cg_stmt(unit *u, sp_val node)
{
    comp *c = u->c;
    sp_vm *vm = c->vm;
    sp_check_stack(vm);
    sp_node *s = N(node);
    cg_set_line(u, node);
    switch ((sp_ast_kind)s->kind) {
    case SP_AST_FunctionDef:
    case SP_AST_AsyncFunctionDef:
        cg_funcdef(u, s, node);
        break;
    case SP_AST_ClassDef:
        cg_classdef(u, s, node);
        break;
    case SP_AST_Return:
        cg_return(u, s, node);
        break;
    case SP_AST_Delete:
        for (size_t i = 0; i < sp_list_len(s->u.Delete.targets); i++)
            cg_delete(u, sp_list_get(s->u.Delete.targets, i));
        break;
    case SP_AST_Assign: {
        if (cg_swap_assign(u, s))
            break;
        cg_expr(u, s->u.Assign.value);
        size_t n = sp_list_len(s->u.Assign.targets);
        for (size_t i = 0; i < n; i++) {
            if (i + 1 < n)
                cg_emit(u, SP_OP_COPY, 1);
            cg_store(u, sp_list_get(s->u.Assign.targets, i));
        }
        break;
    }
    case SP_AST_AugAssign:
        cg_augassign(u, s);
        break;
    case SP_AST_AnnAssign:
        cg_annassign(u, s);
        break;
    case SP_AST_For:
        cg_for(u, s, node);
        break;
    case SP_AST_AsyncFor:
        cg_async_for(u, s, node);
        break;
    case SP_AST_While:
        cg_while(u, s);
        break;
    case SP_AST_If:
        cg_if(u, s);
        break;
    case SP_AST_With:
        cg_with(u, s, node, 0, false);
        break;
    case SP_AST_AsyncWith:
        cg_with(u, s, node, 0, true);
        break;
    case SP_AST_Match:
        cg_match(u, s, node);
        break;
    case SP_AST_Raise:
        cg_raise(u, s);
        break;
    case SP_AST_Try:
        if (sp_list_len(s->u.Try.finalbody) > 0)
            cg_try_finally(u, s, node);
        else
            cg_try_except(u, s, node);
        break;
    case SP_AST_TryStar:
        if (sp_list_len(s->u.Try.finalbody) > 0) {
            /* try-except-star-finally: the except* part inside a try/finally */
            int end = cg_new_label(u), handler = cg_new_label(u), cleanup = cg_new_label(u);
            int nh0 = u->nh;
            cg_push_handler(u, handler);
            cg_push_fblock(u, FB_FINALLY_TRY, -1, -1, s->u.Try.finalbody, nh0);
            cg_try_star(u, s, node);
            cg_pop_fblock(u);
            cg_pop_handler(u);
            cg_stmts(u, s->u.Try.finalbody);
            cg_jump(u, SP_OP_JUMP, end);
            cg_label(u, handler);
            cg_push_handler(u, cleanup);
            cg_emit(u, SP_OP_PUSH_EXC_INFO, 0);
            cg_push_fblock(u, FB_FINALLY_END, -1, -1, NULL, nh0);
            cg_stmts(u, s->u.Try.finalbody);
            cg_pop_fblock(u);
            cg_emit(u, SP_OP_RERAISE, 0);
            u->nh = nh0;
            cg_label(u, cleanup);
            cg_emit(u, SP_OP_SWAP, 2);
            cg_emit(u, SP_OP_POP_EXCEPT, 0);
            cg_emit(u, SP_OP_RERAISE, 0);
            cg_label(u, end);
        } else {
            cg_try_star(u, s, node);
        }
        break;
    case SP_AST_Assert:
        cg_assert(u, s);
        break;
    case SP_AST_Import:
        cg_import(u, s);
        break;
    case SP_AST_ImportFrom:
        cg_import_from(u, s, node);
        break;
    case SP_AST_Global:
    case SP_AST_Nonlocal:
    case SP_AST_Pass:
        break;
    case SP_AST_Expr: {
        sp_node *e = N(s->u.Expr.value);
        if (c->interactive && u->kind == STE_MODULE) {
            cg_expr(u, s->u.Expr.value);
            cg_emit(u, SP_OP_PRINT_EXPR, 0);
            break;
        }
        if (e->kind == SP_AST_Constant)
            break;
        cg_expr(u, s->u.Expr.value);
        cg_emit(u, SP_OP_POP_TOP, 0);
        break;
    }
    case SP_AST_Break:
        cg_break_continue(u, node, true);
        break;
    case SP_AST_Continue:
        cg_break_continue(u, node, false);
        break;
    default:
        cg_error(u, node, sp_str_fmt(vm, "unsupported statement %s", sp_ast_kind_name(s->kind)));
    }
}

void cg_stmts(unit *u, sp_val body)
{
    if (body == NULL)
        return;
    for (size_t i = 0; i < sp_list_len(body); i++)
        cg_stmt(u, sp_list_get(body, i));
}

/* from __future__ imports: at the top (after the docstring); only
 * `annotations` changes the code generated. */
static void check_future(unit *u, sp_val body)
{
    sp_vm *vm = u->c->vm;
    bool at_top = true;
    for (size_t i = 0; i < sp_list_len(body); i++) {
        sp_node *s = N(sp_list_get(body, i));
        bool is_future = s->kind == SP_AST_ImportFrom && s->u.ImportFrom.module != NULL &&
                         sp_str_eq_cstr(s->u.ImportFrom.module, "__future__");
        if (!is_future) {
            if (!(i == 0 && is_docstring(vm, body)))
                at_top = false;
            continue;
        }
        if (!at_top)
            cg_error(u, (sp_val)s, sp_str_fmt(vm, "from __future__ imports must occur at the beginning of the file"));
        for (size_t k = 0; k < sp_list_len(s->u.ImportFrom.names); k++) {
            sp_val name = N(sp_list_get(s->u.ImportFrom.names, k))->u.alias.name;
            bool ok = false;
            for (int j = 0; j < 10; j++) {
                const char *kn = j == 0 ? "nested_scopes" : j == 1 ? "generators" : j == 2 ? "division"
                               : j == 3 ? "absolute_import" : j == 4 ? "with_statement" : j == 5 ? "print_function"
                               : j == 6 ? "unicode_literals" : j == 7 ? "barry_as_FLUFL" : j == 8 ? "generator_stop"
                               : "annotations";
                if (sp_str_eq_cstr(name, kn))
                    ok = true;
            }
            if (sp_str_eq_cstr(name, "braces"))
                cg_error(u, (sp_val)s, sp_str_fmt(vm, "not a chance"));
            if (!ok)
                cg_error(u, (sp_val)s, sp_str_fmt(vm, "future feature %U is not defined", name));
            if (sp_str_eq_cstr(name, "annotations"))
                u->c->future_annotations = true;
        }
    }
}

/* ---- the driver ---------------------------------------------------------------------*/
sp_val sp_compile_ast(sp_vm *vm, sp_val mod, sp_val filename, sp_compile_mode mode)
{
    return sp_compile_ast_src(vm, mod, filename, mode, (sp_cbytes){ NULL, 0 });
}

sp_val sp_compile(sp_vm *vm, sp_cbytes source, sp_val filename, sp_compile_mode mode)
{
    sp_check_stack(vm);
    sp_val mod = sp_parse(vm, source, filename, mode);
    return sp_compile_ast_src(vm, mod, filename, mode, source);
}
sp_val sp_compile_ast_src(sp_vm *vm, sp_val mod, sp_val filename, sp_compile_mode mode, sp_cbytes source)
{
    comp c = { 0 };
    c.vm = vm;
    c.filename = filename;
    c.source = source;
    c.mode = (int)mode;
    c.interactive = mode == SP_MODE_SINGLE;
    c.st.vm = vm;
    c.st.filename = filename;
    c.st.source = source;
    sp_symtable_build(&c.st, mod);
    unit u = { 0 };
    sp_unit_init(&c, &u, c.st.top, sp_intern_cstr(vm, "<module>"), STE_MODULE, 1);
    c.u = &u;
    sp_node *m = N(mod);
    if (m->kind != SP_AST_Expression)
        check_future(&u, m->u.Module.body);
    if (m->kind == SP_AST_Expression) {
        cg_set_line(&u, m->u.Expression.body);
        cg_expr(&u, m->u.Expression.body);
        cg_emit(&u, SP_OP_RETURN_VALUE, 0);
    } else {
        sp_val body = m->u.Module.body;
        size_t start = 0;
        if (find_annotations(vm, body))
            cg_emit(&u, SP_OP_SETUP_ANNOTATIONS, 0);
        if (!c.interactive && is_docstring(vm, body)) {
            cg_set_line(&u, sp_list_get(body, 0));
            cg_load_const(&u, N(N(sp_list_get(body, 0))->u.Expr.value)->u.Constant.value);
            cg_nameop(&u, vm->n.__doc__, SP_CTX_STORE);
            start = 1;
        }
        for (size_t i = start; i < sp_list_len(body); i++)
            cg_stmt(&u, sp_list_get(body, i));
        cg_load_const(&u, vm->None);
        cg_emit(&u, SP_OP_RETURN_VALUE, 0);
    }
    return sp_unit_assemble(&u);
}

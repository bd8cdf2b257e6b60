/* Assembly: labels resolved to positions, the maximal stack depth and the
 * exception table computed by a flow analysis, and the code object made. */
#include "unit.h"

void sp_unit_init(comp *c, unit *u, sp_val ste, sp_val name, int kind, int firstlineno)
{
    sp_vm *vm = c->vm;
    u->c = c;
    u->ste = ste;
    u->kind = kind;
    u->name = name;
    u->icap = 64;
    u->instrs = sp_u32buf_new(vm, u->icap * INSTR_WORDS);
    u->lcap = 16;
    u->labels = sp_u32buf_new(vm, u->lcap);
    u->consts = sp_list_new(vm, 0);
    u->constmap = sp_dict_new(vm);
    u->names = sp_list_new(vm, 0);
    u->namemap = sp_dict_new(vm);
    u->varnames = sp_list_new(vm, 0);
    u->varmap = sp_dict_new(vm);
    u->cellvars = sp_list_new(vm, 0);
    u->cellmap = sp_dict_new(vm);
    u->freevars = sp_list_new(vm, 0);
    u->freemap = sp_dict_new(vm);
    u->firstlineno = firstlineno;
    u->lineno = firstlineno;
    u->end_lineno = firstlineno;
    u->col = -1;
    u->end_col = -1;
}

int sp_op_stack_effect(uint32_t op, uint32_t arg, bool jump)
{
    int n = (int)arg;
    switch ((sp_opcode)op) {
    case SP_OP_NOP: case SP_OP_SWAP: case SP_OP_DELETE_FAST: case SP_OP_DELETE_DEREF:
    case SP_OP_DELETE_NAME: case SP_OP_DELETE_GLOBAL: case SP_OP_JUMP: case SP_OP_JUMP_FOR_ITER: case SP_OP_KW_NAMES:
    case SP_OP_POP_BLOCK: case SP_OP_SETUP_ANNOTATIONS:
    case SP_OP_UNARY_NEGATIVE: case SP_OP_UNARY_POSITIVE: case SP_OP_UNARY_INVERT: case SP_OP_UNARY_NOT:
    case SP_OP_LOAD_ATTR: case SP_OP_GET_ITER: case SP_OP_LIST_TO_TUPLE: case SP_OP_GET_YIELD_FROM_ITER:
    case SP_OP_GET_AWAITABLE: case SP_OP_GET_AITER: case SP_OP_ASYNC_GEN_WRAP: case SP_OP_YIELD_VALUE:
    case SP_OP_CHECK_EXC_MATCH: case SP_OP_CHECK_EG_MATCH:
        return 0;
    case SP_OP_SETUP_FINALLY:
        return jump ? 1 : 0;
    case SP_OP_POP_TOP: case SP_OP_STORE_FAST: case SP_OP_STORE_FAST_LOAD_FAST: case SP_OP_STORE_DEREF: case SP_OP_STORE_NAME:
    case SP_OP_STORE_GLOBAL: case SP_OP_DELETE_ATTR: case SP_OP_BINARY_SUBSCR: case SP_OP_BINARY_OP:
    case SP_OP_COMPARE_OP: case SP_OP_IS_OP: case SP_OP_CONTAINS_OP: case SP_OP_LIST_APPEND:
    case SP_OP_SET_ADD: case SP_OP_LIST_EXTEND: case SP_OP_SET_UPDATE: case SP_OP_DICT_UPDATE:
    case SP_OP_DICT_MERGE: case SP_OP_POP_JUMP_IF_FALSE: case SP_OP_POP_JUMP_IF_TRUE:
    case SP_OP_POP_JUMP_IF_NONE: case SP_OP_POP_JUMP_IF_NOT_NONE: case SP_OP_RETURN_VALUE:
    case SP_OP_POP_EXCEPT: case SP_OP_RERAISE: case SP_OP_IMPORT_NAME: case SP_OP_IMPORT_STAR:
    case SP_OP_PRINT_EXPR: case SP_OP_PREP_RERAISE_STAR:
        return -1;
    case SP_OP_PUSH_NULL: case SP_OP_COPY: case SP_OP_LOAD_CONST: case SP_OP_LOAD_FAST:
    case SP_OP_LOAD_FAST_ATTR: case SP_OP_LOAD_FAST_METHOD: case SP_OP_LOAD_FAST_LOAD_FAST:
    case SP_OP_LOAD_FAST_LOAD_CONST: case SP_OP_LOAD_GLOBAL_NULL:
    case SP_OP_LOAD_FAST_BINARY_OP: case SP_OP_LOAD_CONST_BINARY_OP: case SP_OP_LOAD_FAST_LOAD_CONST_BINARY_OP:
    case SP_OP_LOAD_FAST_LOAD_FAST_BINARY_OP: case SP_OP_LOAD_FAST_COMPARE_OP: case SP_OP_LOAD_CONST_COMPARE_OP:
    case SP_OP_LOAD_FAST_LOAD_CONST_COMPARE_OP: case SP_OP_LOAD_FAST_CALL: case SP_OP_LOAD_FAST_BINARY_SUBSCR:
    case SP_OP_LOAD_DEREF: case SP_OP_LOAD_CLASSDEREF: case SP_OP_LOAD_CLOSURE: case SP_OP_LOAD_NAME:
    case SP_OP_LOAD_GLOBAL: case SP_OP_LOAD_METHOD: case SP_OP_PUSH_EXC_INFO: case SP_OP_LOAD_ASSERTION_ERROR:
    case SP_OP_BEFORE_WITH: case SP_OP_BEFORE_ASYNC_WITH: case SP_OP_WITH_EXCEPT_START: case SP_OP_IMPORT_FROM:
    case SP_OP_GET_ANEXT: case SP_OP_LOAD_BUILD_CLASS: case SP_OP_LOAD_LOCALS: case SP_OP_GET_LEN:
    case SP_OP_MATCH_MAPPING: case SP_OP_MATCH_SEQUENCE: case SP_OP_MATCH_KEYS:
        return 1;
    case SP_OP_COPY_DICT_WITHOUT_KEYS:
        return 0;
    case SP_OP_STORE_ATTR: case SP_OP_DELETE_SUBSCR: case SP_OP_END_ASYNC_FOR:
        return -2;
    case SP_OP_STORE_SUBSCR: case SP_OP_STORE_SUBSCR_AUG:
        return -3;
    case SP_OP_BINARY_SUBSCR_KEEP:
        return 1;
    case SP_OP_MAP_ADD:
        return -2;
    case SP_OP_BUILD_SLICE:
        return 1 - n;
    case SP_OP_BUILD_TUPLE: case SP_OP_BUILD_LIST: case SP_OP_BUILD_SET: case SP_OP_BUILD_STRING:
        return 1 - n;
    case SP_OP_BUILD_MAP:
        return 1 - 2 * n;
    case SP_OP_BUILD_CONST_KEY_MAP:
        return -n;
    case SP_OP_FORMAT_VALUE:
        return (n & 4) ? -1 : 0;
    case SP_OP_JUMP_IF_FALSE_OR_POP: case SP_OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case SP_OP_FOR_ITER:
        return jump ? -1 : 1;
    case SP_OP_SEND:
        return jump ? -1 : 0;
    case SP_OP_CALL:
        return -1 - n;
    case SP_OP_CALL_FUNCTION_EX:
        return -2 - (n & 1);
    case SP_OP_MAKE_FUNCTION:
        return -(((n & 1) != 0) + ((n & 2) != 0) + ((n & 4) != 0) + ((n & 8) != 0));
    case SP_OP_RAISE_VARARGS:
        return -n;
    case SP_OP_UNPACK_SEQUENCE:
        return n - 1;
    case SP_OP_UNPACK_EX:
        return (n & 0xff) + (n >> 8);
    case SP_OP_MATCH_CLASS:
        return -2;
    case SP_OP__COUNT:
        break;
    }
    return 0;
}

static bool is_terminal(uint32_t op)
{
    return op == SP_OP_JUMP || op == SP_OP_RETURN_VALUE || op == SP_OP_RERAISE || op == SP_OP_RAISE_VARARGS;
}

static bool has_jump(uint32_t op)
{
    return sp_opcode_argkind(op) == SP_ARG_JUMP;
}

/* The pair opcode of an instruction `op` followed by one `next`, or NOP. */
static unsigned pair_op(unsigned op, unsigned next)
{
    if (op == SP_OP_LOAD_FAST) {
        switch (next) {
        case SP_OP_LOAD_ATTR: return SP_OP_LOAD_FAST_ATTR;
        case SP_OP_LOAD_METHOD: return SP_OP_LOAD_FAST_METHOD;
        case SP_OP_LOAD_FAST: return SP_OP_LOAD_FAST_LOAD_FAST;
        case SP_OP_LOAD_CONST: return SP_OP_LOAD_FAST_LOAD_CONST;
        case SP_OP_BINARY_OP: return SP_OP_LOAD_FAST_BINARY_OP;
        case SP_OP_COMPARE_OP: return SP_OP_LOAD_FAST_COMPARE_OP;
        case SP_OP_CALL: return SP_OP_LOAD_FAST_CALL;
        case SP_OP_BINARY_SUBSCR: return SP_OP_LOAD_FAST_BINARY_SUBSCR;
        default: return SP_OP_NOP;
        }
    }
    if (op == SP_OP_LOAD_CONST && next == SP_OP_BINARY_OP)
        return SP_OP_LOAD_CONST_BINARY_OP;
    if (op == SP_OP_LOAD_CONST && next == SP_OP_COMPARE_OP)
        return SP_OP_LOAD_CONST_COMPARE_OP;
    if (op == SP_OP_STORE_FAST && next == SP_OP_LOAD_FAST)
        return SP_OP_STORE_FAST_LOAD_FAST;
    if (op == SP_OP_LOAD_GLOBAL && next == SP_OP_PUSH_NULL)
        return SP_OP_LOAD_GLOBAL_NULL;
    return SP_OP_NOP;
}

sp_val sp_unit_assemble(unit *u)
{
    sp_vm *vm = u->c->vm;
    size_t n = u->ninstr;
    sp_u32s ins = sp_rawbuf_u32s(u->instrs);
    sp_u32s labs = sp_rawbuf_u32s(u->labels);
    /* Code, lines and resolved jumps. */
    sp_val codebuf = sp_u32buf_new(vm, n ? n : 1);
    sp_val linebuf = sp_u32buf_new(vm, (n ? n : 1) * 4);
    sp_u32s code = sp_rawbuf_u32s(codebuf);
    sp_u32s lines = sp_rawbuf_u32s(linebuf);
    for (size_t i = 0; i < n; i++) {
        unsigned op = sp_u32s_get(ins, i * INSTR_WORDS);
        uint32_t arg = sp_u32s_get(ins, i * INSTR_WORDS + 1);
        if (has_jump(op))
            arg = sp_u32s_get(labs, arg);
        sp_u32s_set(code, i, sp_instr(op, arg));
        /* positions: line, end line, col, end col */
        sp_u32s_set(lines, i * 4, sp_u32s_get(ins, i * INSTR_WORDS + 2));
        sp_u32s_set(lines, i * 4 + 1, sp_u32s_get(ins, i * INSTR_WORDS + 4));
        sp_u32s_set(lines, i * 4 + 2, sp_u32s_get(ins, i * INSTR_WORDS + 5));
        sp_u32s_set(lines, i * 4 + 3, sp_u32s_get(ins, i * INSTR_WORDS + 6));
    }
    /* A JUMP to a RETURN_VALUE (the end of `return a if c else b`, of a
     * branch of an if/else that returns) is that RETURN_VALUE, with its
     * position: the same effect (the value is on the stack either way,
     * and a return can't raise) in one instruction instead of two. */
    for (size_t i = 0; i < n; i++) {
        uint32_t w = sp_u32s_get(code, i);
        if (sp_instr_op(w) != SP_OP_JUMP || sp_instr_arg(w) >= n)
            continue;
        size_t t = sp_instr_arg(w);
        if (sp_instr_op(sp_u32s_get(code, t)) != SP_OP_RETURN_VALUE)
            continue;
        sp_u32s_set(code, i, sp_u32s_get(code, t));
        for (size_t k = 0; k < 4; k++)
            sp_u32s_set(lines, i * 4 + k, sp_u32s_get(lines, t * 4 + k));
    }
    /* Stack depth by flow analysis: depth[i] is the depth before i. */
    sp_val depthbuf = sp_u32buf_new(vm, n + 1);
    sp_u32s depth = sp_rawbuf_u32s(depthbuf);
    for (size_t i = 0; i <= n; i++)
        sp_u32s_set(depth, i, 0xffffffffu);
    sp_val workbuf = sp_u32buf_new(vm, n + 1);
    sp_u32s work = sp_rawbuf_u32s(workbuf);
    size_t nwork = 0;
    int maxdepth = 0;
    if (n > 0) {
        sp_u32s_set(depth, 0, 0);
        sp_u32s_set(work, nwork++, 0);
    }
    while (nwork > 0) {
        size_t i = sp_u32s_get(work, --nwork);
        int d = (int)sp_u32s_get(depth, i);
        for (;;) {
            if (i >= n)
                break;
            uint32_t w = sp_u32s_get(code, i);
            unsigned op = sp_instr_op(w);
            uint32_t arg = sp_instr_arg(w);
            if (has_jump(op)) {
                int jd = d + sp_op_stack_effect(op, arg, true);
                if (jd > maxdepth)
                    maxdepth = jd;
                if (jd < 0)
                    sp_trap("compiler: negative stack depth");
                if (sp_u32s_get(depth, arg) == 0xffffffffu) {
                    sp_u32s_set(depth, arg, (uint32_t)jd);
                    sp_u32s_set(work, nwork++, arg);
                }
            }
            if (is_terminal(op))
                break;
            d += sp_op_stack_effect(op, arg, false);
            if (d < 0)
                sp_trap("compiler: negative stack depth");
            if (d > maxdepth)
                maxdepth = d;
            i++;
            if (sp_u32s_get(depth, i) != 0xffffffffu)
                break;
            sp_u32s_set(depth, i, (uint32_t)d);
        }
    }
    /* Exception table: runs of instructions with the same handler. */
    size_t nexc = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t h = sp_u32s_get(ins, i * INSTR_WORDS + 3);
        if (h != 0 && (i == 0 || sp_u32s_get(ins, (i - 1) * INSTR_WORDS + 3) != h))
            nexc++;
    }
    sp_val excbuf = NULL;
    if (nexc > 0) {
        excbuf = sp_u32buf_new(vm, nexc * 4);
        sp_u32s et = sp_rawbuf_u32s(excbuf);
        size_t k = 0;
        for (size_t i = 0; i < n;) {
            uint32_t h = sp_u32s_get(ins, i * INSTR_WORDS + 3);
            size_t j = i + 1;
            while (j < n && sp_u32s_get(ins, j * INSTR_WORDS + 3) == h)
                j++;
            if (h != 0) {
                uint32_t target = sp_u32s_get(labs, h - 1);
                uint32_t td = sp_u32s_get(depth, target);
                sp_u32s_set(et, k * 4, (uint32_t)i);
                sp_u32s_set(et, k * 4 + 1, (uint32_t)j);
                sp_u32s_set(et, k * 4 + 2, target);
                sp_u32s_set(et, k * 4 + 3, td == 0xffffffffu ? 0 : td - 1);
                k++;
            }
            i = j;
        }
    }
    /* Pairs: an instruction whose next is one of a few partners becomes
     * a pair opcode (pair_op) that does both in one dispatch (eval.c):
     * LOAD_FAST + LOAD_ATTR / LOAD_METHOD (the attribute cache's hit),
     * LOAD_FAST + LOAD_FAST / LOAD_CONST, STORE_FAST + LOAD_FAST,
     * LOAD_GLOBAL + PUSH_NULL, LOAD_FAST + CALL / BINARY_SUBSCR (the last
     * argument; the key, not pushed), and LOAD_FAST or LOAD_CONST +
     * BINARY_OP or COMPARE_OP (the right operand, not pushed: the pair
     * runs that word too, as if dispatched); and triples, LOAD_FAST +
     * LOAD_CONST + BINARY_OP or COMPARE_OP (`i + 1`, `n < 2`: 2.4% and 1%
     * of the dispatches over bench/ before) and LOAD_FAST + LOAD_FAST +
     * BINARY_OP (1.5%).  A JUMP to a FOR_ITER (the back edge of a
     * `for`) becomes JUMP_FOR_ITER, which runs the FOR_ITER too.  The
     * second word stays as it is, with its own position and cache entry:
     * the pair reads only its argument, and when the pair can't do the
     * second part (a miss, an unbound local) it leaves pc on it, so a
     * jump to it, a miss and an error there run as before.  Left to
     * right: the second word may itself become the first of a pair, which
     * changes nothing for the pair before it.  No stack depth changes (and
     * the flow analysis is done already). */
    for (size_t i = 0; i + 1 < n; i++) {
        uint32_t w = sp_u32s_get(code, i);
        unsigned op = pair_op(sp_instr_op(w), sp_instr_op(sp_u32s_get(code, i + 1)));
        if (sp_instr_op(w) == SP_OP_JUMP && sp_instr_arg(w) < n &&
            sp_instr_op(sp_u32s_get(code, sp_instr_arg(w))) == SP_OP_FOR_ITER)
            op = SP_OP_JUMP_FOR_ITER;
        unsigned third = i + 2 < n ? sp_instr_op(sp_u32s_get(code, i + 2)) : SP_OP_NOP;
        if (op == SP_OP_LOAD_FAST_LOAD_CONST && third == SP_OP_BINARY_OP)
            op = SP_OP_LOAD_FAST_LOAD_CONST_BINARY_OP;
        else if (op == SP_OP_LOAD_FAST_LOAD_CONST && third == SP_OP_COMPARE_OP)
            op = SP_OP_LOAD_FAST_LOAD_CONST_COMPARE_OP;
        else if (op == SP_OP_LOAD_FAST_LOAD_FAST && third == SP_OP_BINARY_OP)
            op = SP_OP_LOAD_FAST_LOAD_FAST_BINARY_OP;
        if (op != SP_OP_NOP)
            sp_u32s_set(code, i, sp_instr(op, sp_instr_arg(w)));
    }
    /* The code object. */
    sp_code_obj *co = (sp_code_obj *)sp_alloc(vm, vm->t.code, sizeof(sp_code_obj));
    co->code = SP_AS(sp_rawbuf, codebuf, SP_LAYOUT_RAWBUF);
    co->lines = linebuf;
    co->exctable = excbuf;
    co->ncode = n;
    co->nexc = nexc;
    co->consts = SP_AS(sp_tuple_obj, sp_tuple_from(vm, sp_list_items(u->consts)), SP_LAYOUT_TUPLE);
    co->names = SP_AS(sp_tuple_obj, sp_tuple_from(vm, sp_list_items(u->names)), SP_LAYOUT_TUPLE);
    co->varnames = sp_tuple_from(vm, sp_list_items(u->varnames));
    co->cellvars = sp_tuple_from(vm, sp_list_items(u->cellvars));
    co->freevars = sp_tuple_from(vm, sp_list_items(u->freevars));
    co->filename = u->c->filename;
    co->name = u->name;
    co->qualname = u->qualname ? u->qualname : u->name;
    co->argcount = (uint32_t)u->argcount;
    co->posonlyargcount = (uint32_t)u->posonly;
    co->kwonlyargcount = (uint32_t)u->kwonly;
    co->flags = u->flags;
    co->nlocals = (uint32_t)sp_list_len(u->varnames);
    co->ncells = (uint32_t)sp_list_len(u->cellvars);
    co->nfrees = (uint32_t)sp_list_len(u->freevars);
    co->stacksize = (uint32_t)maxdepth + 2;
    co->firstlineno = (uint32_t)u->firstlineno;
    /* Arguments that live in cells. */
    size_t ncells = co->ncells;
    bool any = false;
    sp_val c2a = sp_tuple_new(vm, ncells);
    size_t nargs = (size_t)u->argcount + (size_t)u->kwonly + ((u->flags & SP_CO_VARARGS) ? 1 : 0) +
                   ((u->flags & SP_CO_VARKEYWORDS) ? 1 : 0);
    for (size_t i = 0; i < ncells; i++) {
        sp_val name = sp_list_get(u->cellvars, i);
        int64_t idx = -1;
        for (size_t a = 0; a < nargs && a < sp_list_len(u->varnames); a++) {
            if (sp_str_eq(sp_list_get(u->varnames, a), name)) {
                idx = (int64_t)a;
                any = true;
                break;
            }
        }
        sp_tuple_set(c2a, i, sp_small(idx));
    }
    co->cell2arg = any ? c2a : NULL;
    return (sp_val)co;
}

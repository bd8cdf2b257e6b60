/* Code generation for match statements (PEP 634) and try/except*.
 *
 * A pattern consumes the value on top of the stack.  While it runs, more
 * values may sit above the case's base (sequence items, the keys of a
 * mapping pattern...); `on_top` counts them.  A failed check jumps to
 * fail_label(pc, n), which pops the n values above the base and goes to the
 * context's failure target. */
#include "cg.h"

#define N(v) ((sp_node *)sp_as_node(vm, (v)))
#define MAX_POP 64

typedef struct pctx {
    int on_top;               /* values above the base */
    int target;               /* where a failure ends up, after the pops */
    int32_t pops[MAX_POP];    /* label popping n values, or -1 */
    sp_val names;             /* list of names bound so far */
} pctx;

static int fail_label(unit *u, pctx *pc, int n)
{
    sp_vm *vm = u->c->vm;
    if (n < 0 || n >= MAX_POP)
        sp_raise_fmt(vm, vm->e.SyntaxError, "too many sub-patterns");
    sp_i32s pops = SP_ARRAY_SPAN(sp_i32s, pc->pops);
    if (sp_i32s_get(pops, (size_t)n) < 0)
        sp_i32s_set(pops, (size_t)n, cg_new_label(u));
    return sp_i32s_get(pops, (size_t)n);
}

static void jump_fail(unit *u, pctx *pc, unsigned op)
{
    cg_jump(u, op, fail_label(u, pc, pc->on_top));
}

static void pctx_init(pctx *pc, int target, sp_val names)
{
    pc->on_top = 0;
    pc->target = target;
    for (int i = 0; i < MAX_POP; i++)
        sp_i32s_set(SP_ARRAY_SPAN(sp_i32s, pc->pops), (size_t)i, -1);
    pc->names = names;
}

/* Emit the pop chain of a context. */
static void pctx_finish(unit *u, pctx *pc)
{
    sp_i32s pops = SP_ARRAY_SPAN(sp_i32s, pc->pops);
    int top = -1;
    for (int i = MAX_POP - 1; i >= 0; i--)
        if (sp_i32s_get(pops, (size_t)i) >= 0) {
            top = i;
            break;
        }
    if (top < 0)
        return;
    for (int i = top; i >= 1; i--) {
        if (sp_i32s_get(pops, (size_t)i) >= 0)
            cg_label(u, sp_i32s_get(pops, (size_t)i));
        cg_emit(u, SP_OP_POP_TOP, 0);
    }
    if (sp_i32s_get(pops, 0) >= 0)
        cg_label(u, sp_i32s_get(pops, 0));
    cg_jump(u, SP_OP_JUMP, pc->target);
}

static void store_capture(unit *u, pctx *pc, sp_val node, sp_val name)
{
    sp_vm *vm = u->c->vm;
    for (size_t i = 0; i < sp_list_len(pc->names); i++)
        if (sp_str_eq(sp_list_get(pc->names, i), name))
            cg_error(u, node, sp_str_fmt(vm, "multiple assignments to name %R in pattern", name));
    sp_list_append(vm, pc->names, name);
    cg_nameop(u, name, SP_CTX_STORE);
    pc->on_top--;
}

static bool irrefutable(sp_vm *vm, sp_val pv)
{
    sp_node *p = N(pv);
    if (p->kind == SP_AST_MatchAs)
        return p->u.MatchAs.pattern == NULL || irrefutable(vm, p->u.MatchAs.pattern);
    if (p->kind == SP_AST_MatchOr) {
        for (size_t i = 0; i < sp_list_len(p->u.MatchOr.patterns); i++)
            if (irrefutable(vm, sp_list_get(p->u.MatchOr.patterns, i)))
                return true;
    }
    return false;
}

static void cg_pattern(unit *u, pctx *pc, sp_val pv);

static void cg_subpatterns(unit *u, pctx *pc, sp_val pats)
{
    sp_vm *vm = u->c->vm;
    for (size_t i = 0; i < sp_list_len(pats); i++) {
        sp_val p = sp_list_get(pats, i);
        sp_node *n = N(p);
        if (n->kind == SP_AST_MatchStar) {
            if (n->u.MatchStar.name)
                store_capture(u, pc, p, n->u.MatchStar.name);
            else {
                cg_emit(u, SP_OP_POP_TOP, 0);
                pc->on_top--;
            }
        } else {
            cg_pattern(u, pc, p);
        }
    }
}

static void cg_pattern(unit *u, pctx *pc, sp_val pv)
{
    sp_vm *vm = u->c->vm;
    sp_check_stack(vm);
    sp_node *p = N(pv);
    cg_set_line(u, pv);
    switch ((sp_ast_kind)p->kind) {
    case SP_AST_MatchValue:
        cg_expr(u, p->u.MatchValue.value);
        cg_emit(u, SP_OP_COMPARE_OP, SP_EQ);
        pc->on_top--;
        jump_fail(u, pc, SP_OP_POP_JUMP_IF_FALSE);
        break;
    case SP_AST_MatchSingleton:
        cg_load_const(u, p->u.MatchSingleton.value);
        cg_emit(u, SP_OP_IS_OP, 0);
        pc->on_top--;
        jump_fail(u, pc, SP_OP_POP_JUMP_IF_FALSE);
        break;
    case SP_AST_MatchAs:
        if (p->u.MatchAs.pattern == NULL) {
            if (p->u.MatchAs.name)
                store_capture(u, pc, pv, p->u.MatchAs.name);
            else {
                cg_emit(u, SP_OP_POP_TOP, 0);
                pc->on_top--;
            }
            break;
        }
        cg_emit(u, SP_OP_COPY, 1);
        pc->on_top++;
        cg_pattern(u, pc, p->u.MatchAs.pattern);
        store_capture(u, pc, pv, p->u.MatchAs.name);
        break;
    case SP_AST_MatchOr: {
        int success = cg_new_label(u);
        size_t n = sp_list_len(p->u.MatchOr.patterns);
        sp_val first_names = NULL;
        sp_val base_names = pc->names;
        for (size_t i = 0; i < n; i++) {
            int next = cg_new_label(u);
            pctx alt;
            sp_val names = sp_list_from(vm, sp_list_items(base_names));
            pctx_init(&alt, next, names);
            cg_emit(u, SP_OP_COPY, 1);
            alt.on_top = 1;
            cg_pattern(u, &alt, sp_list_get(p->u.MatchOr.patterns, i));
            /* success: the original is still under */
            cg_emit(u, SP_OP_POP_TOP, 0);
            cg_jump(u, SP_OP_JUMP, success);
            pctx_finish(u, &alt);
            cg_label(u, next);
            if (first_names == NULL) {
                first_names = names;
            } else {
                bool same = sp_list_len(names) == sp_list_len(first_names);
                for (size_t k = 0; same && k < sp_list_len(names); k++) {
                    bool found = false;
                    for (size_t j = 0; j < sp_list_len(first_names); j++)
                        if (sp_str_eq(sp_list_get(names, k), sp_list_get(first_names, j)))
                            found = true;
                    same = found;
                }
                if (!same)
                    cg_error(u, pv, sp_str_fmt(vm, "alternative patterns bind different names"));
            }
        }
        /* Every alternative failed: the original is on top. */
        jump_fail(u, pc, SP_OP_JUMP);
        cg_label(u, success);
        pc->on_top--;
        if (first_names != NULL)
            for (size_t k = sp_list_len(base_names); k < sp_list_len(first_names); k++)
                sp_list_append(vm, pc->names, sp_list_get(first_names, k));
        break;
    }
    case SP_AST_MatchSequence: {
        sp_val pats = p->u.MatchSequence.patterns;
        size_t n = sp_list_len(pats);
        size_t star = (size_t)-1;
        for (size_t i = 0; i < n; i++) {
            if (N(sp_list_get(pats, i))->kind == SP_AST_MatchStar) {
                if (star != (size_t)-1)
                    cg_error(u, pv, sp_str_fmt(vm, "multiple starred names in sequence pattern"));
                star = i;
            }
        }
        cg_emit(u, SP_OP_MATCH_SEQUENCE, 0);
        pc->on_top++;
        pc->on_top--;
        jump_fail(u, pc, SP_OP_POP_JUMP_IF_FALSE);
        cg_emit(u, SP_OP_GET_LEN, 0);
        cg_load_const(u, sp_small((int64_t)(star == (size_t)-1 ? n : n - 1)));
        cg_emit(u, SP_OP_COMPARE_OP, star == (size_t)-1 ? SP_EQ : SP_GE);
        jump_fail(u, pc, SP_OP_POP_JUMP_IF_FALSE);
        if (star == (size_t)-1) {
            cg_emit(u, SP_OP_UNPACK_SEQUENCE, (uint32_t)n);
            pc->on_top += (int)n - 1;
        } else {
            cg_emit(u, SP_OP_UNPACK_EX, (uint32_t)(star | ((n - star - 1) << 8)));
            pc->on_top += (int)n - 1;
        }
        cg_subpatterns(u, pc, pats);
        break;
    }
    case SP_AST_MatchMapping: {
        sp_val keys = p->u.MatchMapping.keys;
        size_t n = sp_list_len(keys);
        cg_emit(u, SP_OP_MATCH_MAPPING, 0);
        jump_fail(u, pc, SP_OP_POP_JUMP_IF_FALSE);
        if (n == 0 && p->u.MatchMapping.rest == NULL) {
            cg_emit(u, SP_OP_POP_TOP, 0);
            pc->on_top--;
            break;
        }
        if (n > 0) {
            cg_emit(u, SP_OP_GET_LEN, 0);
            cg_load_const(u, sp_small((int64_t)n));
            cg_emit(u, SP_OP_COMPARE_OP, SP_GE);
            jump_fail(u, pc, SP_OP_POP_JUMP_IF_FALSE);
        }
        for (size_t i = 0; i < n; i++) {
            sp_node *k = N(sp_list_get(keys, i));
            if (k->kind != SP_AST_Constant && k->kind != SP_AST_Attribute)
                cg_error(u, (sp_val)k, sp_str_fmt(vm, "mapping pattern keys may only match literals and attribute lookups"));
            cg_expr(u, (sp_val)k);
        }
        cg_emit(u, SP_OP_BUILD_TUPLE, (uint32_t)n);
        pc->on_top++;
        cg_emit(u, SP_OP_MATCH_KEYS, 0);
        pc->on_top++;
        cg_emit(u, SP_OP_COPY, 1);
        jump_fail(u, pc, SP_OP_POP_JUMP_IF_NONE);
        cg_emit(u, SP_OP_UNPACK_SEQUENCE, (uint32_t)n);
        pc->on_top += (int)n - 1;
        cg_subpatterns(u, pc, p->u.MatchMapping.patterns);
        /* [subject, keys] */
        if (p->u.MatchMapping.rest) {
            cg_emit(u, SP_OP_COPY_DICT_WITHOUT_KEYS, 0);
            store_capture(u, pc, pv, p->u.MatchMapping.rest);
            cg_emit(u, SP_OP_POP_TOP, 0);
            pc->on_top--;
        } else {
            cg_emit(u, SP_OP_POP_TOP, 0);
            cg_emit(u, SP_OP_POP_TOP, 0);
            pc->on_top -= 2;
        }
        break;
    }
    case SP_AST_MatchClass: {
        sp_val pats = p->u.MatchClass.patterns;
        sp_val kwd = p->u.MatchClass.kwd_attrs;
        size_t np = sp_list_len(pats), nk = sp_list_len(kwd);
        cg_expr(u, p->u.MatchClass.cls);
        sp_val names = sp_tuple_new(vm, nk);
        for (size_t i = 0; i < nk; i++)
            sp_tuple_set(names, i, sp_list_get(kwd, i));
        cg_load_const(u, names);
        cg_emit(u, SP_OP_MATCH_CLASS, (uint32_t)np);
        cg_emit(u, SP_OP_COPY, 1);
        jump_fail(u, pc, SP_OP_POP_JUMP_IF_NONE);
        if (np + nk == 0) {
            cg_emit(u, SP_OP_POP_TOP, 0);
            pc->on_top--;
            break;
        }
        cg_emit(u, SP_OP_UNPACK_SEQUENCE, (uint32_t)(np + nk));
        pc->on_top += (int)(np + nk) - 1;
        cg_subpatterns(u, pc, pats);
        cg_subpatterns(u, pc, p->u.MatchClass.kwd_patterns);
        break;
    }
    case SP_AST_MatchStar:
        cg_error(u, pv, sp_str_fmt(vm, "can't use starred name here"));
    default:
        cg_error(u, pv, sp_str_fmt(vm, "unsupported pattern"));
    }
}

void cg_match(unit *u, sp_node *s, sp_val node)
{
    sp_vm *vm = u->c->vm;
    int end = cg_new_label(u);
    cg_expr(u, s->u.Match.subject);
    size_t ncases = sp_list_len(s->u.Match.cases);
    for (size_t i = 0; i < ncases; i++) {
        sp_val cv = sp_list_get(s->u.Match.cases, i);
        sp_node *c = N(cv);
        sp_val pat = c->u.match_case.pattern;
        if (i + 1 < ncases && c->u.match_case.guard == NULL && irrefutable(vm, pat)) {
            sp_node *pn = N(pat);
            if (pn->kind == SP_AST_MatchAs && pn->u.MatchAs.name)
                cg_error(u, pat, sp_str_fmt(vm, "name capture %R makes remaining patterns unreachable", pn->u.MatchAs.name));
            cg_error(u, pat, sp_str_fmt(vm, "wildcard makes remaining patterns unreachable"));
        }
        int next = cg_new_label(u);
        pctx pc;
        pctx_init(&pc, next, sp_list_new(vm, 0));
        cg_set_line(u, pat);
        cg_emit(u, SP_OP_COPY, 1);
        pc.on_top = 1;
        cg_pattern(u, &pc, pat);
        if (c->u.match_case.guard)
            cg_jump_if(u, c->u.match_case.guard, false, fail_label(u, &pc, 0));
        cg_emit(u, SP_OP_POP_TOP, 0);
        cg_stmts(u, c->u.match_case.body);
        cg_jump(u, SP_OP_JUMP, end);
        pctx_finish(u, &pc);
        cg_label(u, next);
    }
    cg_emit(u, SP_OP_POP_TOP, 0);
    cg_label(u, end);
    (void)node;
}

/* ---- try / except* ---------------------------------------------------------------*/
void cg_try_star(unit *u, sp_node *s, sp_val node)
{
    sp_vm *vm = u->c->vm;
    int except = cg_new_label(u), end = cg_new_label(u), cleanup = cg_new_label(u), reraise = cg_new_label(u);
    int nh0 = u->nh;
    cg_push_handler(u, except);
    cg_push_fblock(u, FB_TRY_EXCEPT, -1, -1, NULL, nh0);
    cg_stmts(u, s->u.Try.body);
    cg_pop_fblock(u);
    cg_pop_handler(u);
    cg_stmts(u, s->u.Try.orelse);
    cg_jump(u, SP_OP_JUMP, end);
    /* [exc] */
    cg_label(u, except);
    cg_push_handler(u, cleanup);
    int nhc = u->nh;
    cg_emit(u, SP_OP_PUSH_EXC_INFO, 0);           /* prev orig */
    cg_emit(u, SP_OP_BUILD_LIST, 0);              /* prev orig list */
    cg_emit(u, SP_OP_COPY, 2);                    /* prev orig list rest */
    cg_push_fblock(u, FB_EXCEPTION_HANDLER, -1, -1, NULL, nh0);
    size_t n = sp_list_len(s->u.Try.handlers);
    for (size_t i = 0; i < n; i++) {
        sp_val hv = sp_list_get(s->u.Try.handlers, i);
        sp_node *h = N(hv);
        u->nh = nhc;
        cg_set_line(u, hv);
        int no_match = cg_new_label(u), next = cg_new_label(u), handler_exc = cg_new_label(u);
        if (h->u.ExceptHandler.type == NULL)
            cg_error(u, hv, sp_str_fmt(vm, "expected ':'"));
        cg_expr(u, h->u.ExceptHandler.type);
        cg_emit(u, SP_OP_CHECK_EG_MATCH, 0);      /* ... rest match */
        cg_emit(u, SP_OP_COPY, 1);
        cg_jump(u, SP_OP_POP_JUMP_IF_NONE, no_match);
        sp_val name = h->u.ExceptHandler.name;
        if (name)
            cg_nameop(u, name, SP_CTX_STORE);
        else
            cg_emit(u, SP_OP_POP_TOP, 0);
        cg_push_handler(u, handler_exc);
        cg_push_fblock(u, FB_HANDLER_CLEANUP, -1, -1, name, nh0);
        cg_stmts(u, h->u.ExceptHandler.body);
        cg_pop_fblock(u);
        cg_pop_handler(u);
        if (name) {
            cg_load_const(u, vm->None);
            cg_nameop(u, name, SP_CTX_STORE);
            cg_nameop(u, name, SP_CTX_DEL);
        }
        cg_jump(u, SP_OP_JUMP, next);
        /* An exception from the handler body: [prev orig list rest raised];
         * LIST_APPEND's argument counts from the top after the pop, so 2
         * is the list. */
        cg_label(u, handler_exc);
        cg_emit(u, SP_OP_LIST_APPEND, 2);
        if (name) {
            cg_load_const(u, vm->None);
            cg_nameop(u, name, SP_CTX_STORE);
            cg_nameop(u, name, SP_CTX_DEL);
        }
        cg_jump(u, SP_OP_JUMP, next);
        cg_label(u, no_match);
        cg_emit(u, SP_OP_POP_TOP, 0);
        cg_label(u, next);
    }
    cg_pop_fblock(u);
    u->nh = nhc;
    /* prev orig list rest */
    cg_emit(u, SP_OP_LIST_APPEND, 1);
    cg_emit(u, SP_OP_PREP_RERAISE_STAR, 0);       /* prev result */
    cg_emit(u, SP_OP_COPY, 1);
    cg_jump(u, SP_OP_POP_JUMP_IF_NOT_NONE, reraise);
    cg_emit(u, SP_OP_POP_TOP, 0);
    u->nh = nh0;
    cg_emit(u, SP_OP_POP_BLOCK, 0);
    cg_emit(u, SP_OP_POP_EXCEPT, 0);
    cg_jump(u, SP_OP_JUMP, end);
    /* The re-raise is outside the cleanup handler (CPython's POP_BLOCK
     * there): under it, the cleanup would find `result` where `prev` was
     * and leave it as the handled exception (sys.exc_info() and the
     * __context__ of every later exception). */
    u->nh = nh0;
    cg_label(u, reraise);
    cg_emit(u, SP_OP_POP_BLOCK, 0);
    cg_emit(u, SP_OP_SWAP, 2);
    cg_emit(u, SP_OP_POP_EXCEPT, 0);
    cg_emit(u, SP_OP_RERAISE, 0);
    u->nh = nh0;
    cg_label(u, cleanup);
    cg_emit(u, SP_OP_SWAP, 2);
    cg_emit(u, SP_OP_POP_EXCEPT, 0);
    cg_emit(u, SP_OP_RERAISE, 0);
    cg_label(u, end);
    (void)node;
}

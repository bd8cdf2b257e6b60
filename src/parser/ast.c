/* AST nodes: allocation, the GC descriptor, and ast.dump().
 *
 * sp_ast_dump prints exactly what CPython 3.11's ast.dump(node) prints with
 * its default arguments: every field by name, optional fields omitted when
 * None, lists printed even when empty, constants by repr.
 */
#include "parse_int.h"

static void astnode_trace(sp_heap *h, sp_obj *o)
{
    sp_node *n = (sp_node *)o;
    sp_vals f = SP_VALS(n->u.f);
    for (size_t i = 0; i < f.len; i++)
        sp_gc_mark(h, sp_vals_get(f, i));
}

const sp_typedef sp_astnode_def = {
    .name = "ast_node",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_node),
    .trace = astnode_trace,
    .flags = SP_TF_NOINSTANCE,
};

sp_node *sp_node_new(sp_vm *vm, sp_ast_kind kind, int32_t lineno, int32_t col, int32_t end_lineno, int32_t end_col)
{
    sp_node *n = (sp_node *)sp_alloc(vm, vm->t.astnode, sizeof(sp_node));
    n->kind = (uint32_t)kind;
    n->lineno = lineno;
    n->col_offset = col;
    n->end_lineno = end_lineno;
    n->end_col_offset = end_col;
    return n;
}

sp_node *sp_as_node(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || v->type != vm->t.astnode)
        sp_trap("sp_as_node: not an AST node");
    return (sp_node *)v;
}

const char *sp_ast_kind_name(sp_ast_kind kind)
{
    switch (kind) {
#define SP_AST_NAME(name) case SP_AST_##name: return #name;
    SP_AST_KINDS(SP_AST_NAME)
#undef SP_AST_NAME
    default: return "?";
    }
}

/* Field names in Python.asdl order; '?' marks an optional field (omitted
 * by ast.dump when None). */
static const char *kind_fields(sp_ast_kind k)
{
    switch (k) {
    case SP_AST_Module: return "body,type_ignores";
    case SP_AST_Interactive: return "body";
    case SP_AST_Expression: return "body";
    case SP_AST_FunctionDef: case SP_AST_AsyncFunctionDef:
        return "name,args,body,decorator_list,returns?,type_comment?";
    case SP_AST_ClassDef: return "name,bases,keywords,body,decorator_list";
    case SP_AST_Return: return "value?";
    case SP_AST_Delete: return "targets";
    case SP_AST_Assign: return "targets,value,type_comment?";
    case SP_AST_AugAssign: return "target,op,value";
    case SP_AST_AnnAssign: return "target,annotation,value?,simple";
    case SP_AST_For: case SP_AST_AsyncFor: return "target,iter,body,orelse,type_comment?";
    case SP_AST_While: return "test,body,orelse";
    case SP_AST_If: return "test,body,orelse";
    case SP_AST_With: case SP_AST_AsyncWith: return "items,body,type_comment?";
    case SP_AST_Match: return "subject,cases";
    case SP_AST_Raise: return "exc?,cause?";
    case SP_AST_Try: case SP_AST_TryStar: return "body,handlers,orelse,finalbody";
    case SP_AST_Assert: return "test,msg?";
    case SP_AST_Import: return "names";
    case SP_AST_ImportFrom: return "module?,names,level?";
    case SP_AST_Global: case SP_AST_Nonlocal: return "names";
    case SP_AST_Expr: return "value";
    case SP_AST_Pass: case SP_AST_Break: case SP_AST_Continue: return "";
    case SP_AST_BoolOp: return "op,values";
    case SP_AST_NamedExpr: return "target,value";
    case SP_AST_BinOp: return "left,op,right";
    case SP_AST_UnaryOp: return "op,operand";
    case SP_AST_Lambda: return "args,body";
    case SP_AST_IfExp: return "test,body,orelse";
    case SP_AST_Dict: return "keys,values";
    case SP_AST_Set: return "elts";
    case SP_AST_ListComp: case SP_AST_SetComp: case SP_AST_GeneratorExp: return "elt,generators";
    case SP_AST_DictComp: return "key,value,generators";
    case SP_AST_Await: return "value";
    case SP_AST_Yield: return "value?";
    case SP_AST_YieldFrom: return "value";
    case SP_AST_Compare: return "left,ops,comparators";
    case SP_AST_Call: return "func,args,keywords";
    case SP_AST_FormattedValue: return "value,conversion,format_spec?";
    case SP_AST_JoinedStr: return "values";
    case SP_AST_Constant: return "value,kind?";
    case SP_AST_Attribute: return "value,attr,ctx";
    case SP_AST_Subscript: return "value,slice,ctx";
    case SP_AST_Starred: return "value,ctx";
    case SP_AST_Name: return "id,ctx";
    case SP_AST_List: case SP_AST_Tuple: return "elts,ctx";
    case SP_AST_Slice: return "lower?,upper?,step?";
    case SP_AST_comprehension: return "target,iter,ifs,is_async";
    case SP_AST_ExceptHandler: return "type?,name?,body";
    case SP_AST_arguments: return "posonlyargs,args,vararg?,kwonlyargs,kw_defaults,kwarg?,defaults";
    case SP_AST_arg: return "arg,annotation?,type_comment?";
    case SP_AST_keyword: return "arg?,value";
    case SP_AST_alias: return "name,asname?";
    case SP_AST_withitem: return "context_expr,optional_vars?";
    case SP_AST_match_case: return "pattern,guard?,body";
    case SP_AST_MatchValue: return "value";
    case SP_AST_MatchSingleton: return "value";
    case SP_AST_MatchSequence: return "patterns";
    case SP_AST_MatchMapping: return "keys,patterns,rest?";
    case SP_AST_MatchClass: return "cls,patterns,kwd_attrs,kwd_patterns";
    case SP_AST_MatchStar: return "name?";
    case SP_AST_MatchAs: return "pattern?,name?";
    case SP_AST_MatchOr: return "patterns";
    default: return "";
    }
}

static const char *binop_name(int64_t op)
{
    switch (op) {
    case SP_OP_ADD: return "Add()";
    case SP_OP_SUB: return "Sub()";
    case SP_OP_MUL: return "Mult()";
    case SP_OP_MATMUL: return "MatMult()";
    case SP_OP_TRUEDIV: return "Div()";
    case SP_OP_FLOORDIV: return "FloorDiv()";
    case SP_OP_MOD: return "Mod()";
    case SP_OP_POW: return "Pow()";
    case SP_OP_LSHIFT: return "LShift()";
    case SP_OP_RSHIFT: return "RShift()";
    case SP_OP_AND: return "BitAnd()";
    case SP_OP_OR: return "BitOr()";
    case SP_OP_XOR: return "BitXor()";
    default: return "?";
    }
}

static const char *unop_name(int64_t op)
{
    switch (op) {
    case SP_UNARY_INVERT: return "Invert()";
    case SP_UNARY_NOT: return "Not()";
    case SP_UNARY_UADD: return "UAdd()";
    case SP_UNARY_USUB: return "USub()";
    default: return "?";
    }
}

static const char *cmpop_name(int64_t op)
{
    switch (op) {
    case SP_CMP_EQ: return "Eq()";
    case SP_CMP_NOTEQ: return "NotEq()";
    case SP_CMP_LT: return "Lt()";
    case SP_CMP_LTE: return "LtE()";
    case SP_CMP_GT: return "Gt()";
    case SP_CMP_GTE: return "GtE()";
    case SP_CMP_IS: return "Is()";
    case SP_CMP_ISNOT: return "IsNot()";
    case SP_CMP_IN: return "In()";
    case SP_CMP_NOTIN: return "NotIn()";
    default: return "?";
    }
}

static const char *ctx_name(int64_t c)
{
    switch (c) {
    case SP_CTX_LOAD: return "Load()";
    case SP_CTX_STORE: return "Store()";
    case SP_CTX_DEL: return "Del()";
    default: return "?";
    }
}

static void dump(sp_vm *vm, sp_strbuf *b, sp_val v, bool attrs);

/* Node classes with position attributes (stmt, expr, excepthandler, arg,
 * keyword, alias, pattern). */
static bool has_attributes(sp_ast_kind k)
{
    switch (k) {
    case SP_AST_Module: case SP_AST_Interactive: case SP_AST_Expression:
    case SP_AST_comprehension: case SP_AST_arguments: case SP_AST_withitem:
    case SP_AST_match_case:
        return false;
    default:
        return true;
    }
}

static void dump_list(sp_vm *vm, sp_strbuf *b, sp_val list, const char *(*enum_name)(int64_t), bool attrs)
{
    sp_strbuf_add_cstr(vm, b, "[");
    size_t n = sp_list_len(list);
    for (size_t i = 0; i < n; i++) {
        if (i)
            sp_strbuf_add_cstr(vm, b, ", ");
        sp_val x = sp_list_get(list, i);
        if (enum_name && x && sp_is_small(x))
            sp_strbuf_add_cstr(vm, b, enum_name(sp_small_get(x)));
        else
            dump(vm, b, x, attrs);
    }
    sp_strbuf_add_cstr(vm, b, "]");
}

static void dump(sp_vm *vm, sp_strbuf *b, sp_val v, bool attrs)
{
    sp_check_stack(vm);
    if (v == NULL) {
        sp_strbuf_add_cstr(vm, b, "None");
        return;
    }
    if (sp_is_list(v)) {
        dump_list(vm, b, v, NULL, attrs);
        return;
    }
    if (!sp_is_ptr(v) || v->type != vm->t.astnode) {
        sp_strbuf_add_str(vm, b, sp_repr(vm, v));
        return;
    }
    sp_node *n = (sp_node *)v;
    sp_ast_kind k = (sp_ast_kind)n->kind;
    sp_strbuf_add_cstr(vm, b, sp_ast_kind_name(k));
    sp_strbuf_add_cstr(vm, b, "(");
    sp_cbytes fields = sp_cstr_span(kind_fields(k));
    sp_vals f = SP_VALS(n->u.f);
    size_t fi = 0, i = 0;
    bool first = true;
    while (i < fields.len) {
        size_t j = i;
        while (j < fields.len && sp_cbytes_get(fields, j) != ',')
            j++;
        sp_cbytes name = sp_cbytes_sub(fields, i, j - i);
        bool optional = name.len && sp_cbytes_get(name, name.len - 1) == '?';
        if (optional)
            name = sp_cbytes_sub(name, 0, name.len - 1);
        sp_val x = sp_vals_get(f, fi);
        if (!(x == NULL && optional)) {
            if (!first)
                sp_strbuf_add_cstr(vm, b, ", ");
            first = false;
            sp_strbuf_add(vm, b, name);
            sp_strbuf_add_cstr(vm, b, "=");
            if (sp_cbytes_eq_cstr(name, "ctx")) {
                sp_strbuf_add_cstr(vm, b, ctx_name(sp_small_get(x)));
            } else if (sp_cbytes_eq_cstr(name, "op")) {
                int64_t op = sp_small_get(x);
                if (k == SP_AST_BoolOp)
                    sp_strbuf_add_cstr(vm, b, op == SP_BOOL_AND ? "And()" : "Or()");
                else if (k == SP_AST_UnaryOp)
                    sp_strbuf_add_cstr(vm, b, unop_name(op));
                else
                    sp_strbuf_add_cstr(vm, b, binop_name(op));
            } else if (sp_cbytes_eq_cstr(name, "ops")) {
                dump_list(vm, b, x, cmpop_name, attrs);
            } else if (x != NULL && sp_is_small(x)) {
                sp_strbuf_add_str(vm, b, sp_str_fmt(vm, "%lld", (long long)sp_small_get(x)));
            } else {
                dump(vm, b, x, attrs);
            }
        }
        fi++;
        i = j + 1;
    }
    if (attrs && has_attributes(k)) {
        sp_strbuf_add_str(vm, b, sp_str_fmt(vm, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                                            first ? "" : ", ", (int)n->lineno, (int)n->col_offset, (int)n->end_lineno, (int)n->end_col_offset));
    }
    sp_strbuf_add_cstr(vm, b, ")");
}

sp_val sp_ast_dump(sp_vm *vm, sp_val node)
{
    return sp_ast_dump_ex(vm, node, false);
}

sp_val sp_ast_dump_ex(sp_vm *vm, sp_val node, bool include_attributes)
{
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 256);
    dump(vm, &b, node, include_attributes);
    return sp_strbuf_finish(vm, &b);
}

/* Symbol tables: which names are local, global, free or cells in each
 * scope (module, class, function, lambda, comprehension).
 *
 * Two passes.  The first walks the tree, making one entry per scope and
 * recording how each name is used (DEF_* flags).  The second resolves each
 * name's scope (SC_*): a name used but not bound in a function is looked up
 * in the enclosing function scopes (class scopes are skipped, as CPython
 * does); the binding scope then holds it in a cell and every scope in
 * between passes it along as a free variable. */
#include "compiler.h"

#define N(v) ((sp_node *)sp_as_node(st->vm, (v)))

static _Noreturn void st_error(sp_symtable *st, sp_node *n, sp_val msg)
{
    sp_compiler_syntax_error(st->vm, st->filename, st->source, n->lineno, n->col_offset + 1, n->end_lineno,
                       n->end_col_offset + 1, msg);
}

static sp_val node_key(sp_vm *vm, sp_val node)
{
    return sp_int_from_i64(vm, (int64_t)(intptr_t)node);
}

static sp_val ste_new(sp_symtable *st, sp_val parent, sp_val name, int kind, sp_val node)
{
    sp_vm *vm = st->vm;
    sp_val ste = (sp_val)sp_valarray_new(vm, STE_NFIELDS);
    ste_set(ste, STE_SYMBOLS, sp_dict_new(vm));
    ste_set(ste, STE_CHILDREN, sp_list_new(vm, 0));
    ste_set(ste, STE_NAME, name);
    ste_set(ste, STE_KIND, sp_small(kind));
    ste_set(ste, STE_PARENT, parent);
    ste_set(ste, STE_VARNAMES, sp_list_new(vm, 0));
    int flags = 0;
    if (parent != NULL && ste_int(parent, STE_KIND) != STE_MODULE)
        flags |= STEF_NESTED;
    ste_set(ste, STE_FLAGS, sp_small(flags));
    ste_set(ste, STE_NODE, node);
    ste_set(ste, STE_DECLS, sp_dict_new(vm));
    if (parent != NULL)
        sp_list_append(vm, ste_get(parent, STE_CHILDREN), ste);
    if (node != NULL)
        sp_dict_set(vm, st->map, node_key(vm, node), ste);
    return ste;
}

static void ste_flag(sp_val ste, int flag)
{
    ste_set(ste, STE_FLAGS, sp_small(ste_int(ste, STE_FLAGS) | flag));
}

int sp_ste_flags(sp_vm *vm, sp_val ste, sp_val name)
{
    sp_val v = sp_dict_get(vm, ste_get(ste, STE_SYMBOLS), name);
    return v ? (int)(sp_small_get(v) & 0xff) | (int)(sp_small_get(v) & DEF_COMP_ITER) : 0;
}

int sp_ste_scope(sp_vm *vm, sp_val ste, sp_val name)
{
    sp_val v = sp_dict_get(vm, ste_get(ste, STE_SYMBOLS), name);
    return v ? (int)((sp_small_get(v) >> 8) & 0xf) : SC_NONE;
}

static int64_t sym_get(sp_vm *vm, sp_val ste, sp_val name)
{
    sp_val v = sp_dict_get(vm, ste_get(ste, STE_SYMBOLS), name);
    return v ? sp_small_get(v) : 0;
}

static void sym_put(sp_vm *vm, sp_val ste, sp_val name, int64_t v)
{
    sp_dict_set(vm, ste_get(ste, STE_SYMBOLS), name, sp_small(v));
}

/* Mangle __private names inside a class: __spam -> _Class__spam
 * (CPython's rule: two leading underscores, not two trailing, no dot; the
 * class name without its leading underscores; none if that is empty). */
sp_val sp_ste_mangle(sp_vm *vm, sp_val ste, sp_val name)
{
    sp_cbytes b = sp_str_bytes(name);
    if (b.len < 3 || sp_cbytes_get(b, 0) != '_' || sp_cbytes_get(b, 1) != '_')
        return name;
    if (sp_cbytes_get(b, b.len - 1) == '_' && sp_cbytes_get(b, b.len - 2) == '_')
        return name;
    if (sp_cbytes_findbyte(b, '.', 0) >= 0)
        return name;
    sp_val cls = NULL;
    for (sp_val p = ste; p != NULL; p = ste_get(p, STE_PARENT)) {
        if (ste_int(p, STE_KIND) == STE_CLASS) {
            cls = ste_get(p, STE_NAME);
            break;
        }
    }
    if (cls == NULL)
        return name;
    sp_cbytes c = sp_str_bytes(cls);
    size_t i = 0;
    while (i < c.len && sp_cbytes_get(c, i) == '_')
        i++;
    if (i == c.len)
        return name;
    return sp_intern(vm, sp_str_fmt(vm, "_%U%U", sp_str_new(vm, sp_cbytes_from(c, i)), name));
}

static sp_val mangle(sp_symtable *st, sp_val ste, sp_val name)
{
    return sp_ste_mangle(st->vm, ste, name);
}

static void add_def(sp_symtable *st, sp_val ste, sp_val name, int flag, sp_node *where)
{
    sp_vm *vm = st->vm;
    name = mangle(st, ste, name);
    int64_t old = sym_get(vm, ste, name);
    if ((flag & DEF_PARAM) && (old & DEF_PARAM))
        st_error(st, where, sp_str_fmt(vm, "duplicate argument '%U' in function definition", name));
    sym_put(vm, ste, name, old | flag);
    if (flag & DEF_PARAM)
        sp_list_append(vm, ste_get(ste, STE_VARNAMES), name);
}

static void visit_expr(sp_symtable *st, sp_val ste, sp_val e);
static void visit_stmts(sp_symtable *st, sp_val ste, sp_val body);
static void visit_pattern(sp_symtable *st, sp_val ste, sp_val p);
static void mark_comp_iter(sp_symtable *st, sp_val ste, sp_val target);

static void visit_exprs(sp_symtable *st, sp_val ste, sp_val list)
{
    if (list == NULL)
        return;
    size_t n = sp_list_len(list);
    for (size_t i = 0; i < n; i++) {
        sp_val e = sp_list_get(list, i);
        if (e != NULL)
            visit_expr(st, ste, e);
    }
}

static void visit_params(sp_symtable *st, sp_val ste, sp_val args)
{
    sp_vm *vm = st->vm; (void)vm;
    sp_node *a = N(args);
    sp_val lists[3] = { a->u.arguments.posonlyargs, a->u.arguments.args, NULL };
    for (int k = 0; k < 2; k++) {
        sp_val l = sp_vals_get(SP_VALS(lists), (size_t)k);
        for (size_t i = 0; i < sp_list_len(l); i++) {
            sp_node *p = N(sp_list_get(l, i));
            add_def(st, ste, p->u.arg.arg, DEF_PARAM, p);
        }
    }
    for (size_t i = 0; i < sp_list_len(a->u.arguments.kwonlyargs); i++) {
        sp_node *p = N(sp_list_get(a->u.arguments.kwonlyargs, i));
        add_def(st, ste, p->u.arg.arg, DEF_PARAM, p);
    }
    if (a->u.arguments.vararg) {
        sp_node *p = N(a->u.arguments.vararg);
        add_def(st, ste, p->u.arg.arg, DEF_PARAM, p);
        ste_flag(ste, STEF_VARARGS);
    }
    if (a->u.arguments.kwarg) {
        sp_node *p = N(a->u.arguments.kwarg);
        add_def(st, ste, p->u.arg.arg, DEF_PARAM, p);
        ste_flag(ste, STEF_VARKW);
    }
}

/* Annotations and defaults are evaluated in the enclosing scope. */
static void visit_arg_annotations(sp_symtable *st, sp_val ste, sp_val args)
{
    sp_node *a = N(args);
    sp_val lists[3] = { a->u.arguments.posonlyargs, a->u.arguments.args, a->u.arguments.kwonlyargs };
    for (int k = 0; k < 3; k++) {
        sp_val l = sp_vals_get(SP_VALS(lists), (size_t)k);
        for (size_t i = 0; i < sp_list_len(l); i++) {
            sp_node *p = N(sp_list_get(l, i));
            if (p->u.arg.annotation)
                visit_expr(st, ste, p->u.arg.annotation);
        }
    }
    if (a->u.arguments.vararg && N(a->u.arguments.vararg)->u.arg.annotation)
        visit_expr(st, ste, N(a->u.arguments.vararg)->u.arg.annotation);
    if (a->u.arguments.kwarg && N(a->u.arguments.kwarg)->u.arg.annotation)
        visit_expr(st, ste, N(a->u.arguments.kwarg)->u.arg.annotation);
}

static void visit_defaults(sp_symtable *st, sp_val ste, sp_val args)
{
    sp_node *a = N(args);
    visit_exprs(st, ste, a->u.arguments.defaults);
    visit_exprs(st, ste, a->u.arguments.kw_defaults);
}

static bool ste_is_function(sp_val ste) { return ste_int(ste, STE_KIND) == STE_FUNCTION; }

static void visit_comprehension(sp_symtable *st, sp_val ste, sp_node *e, sp_val gens, sp_val elt, sp_val val, int extra)
{
    sp_vm *vm = st->vm;
    /* The first iterable is evaluated in the enclosing scope. */
    sp_node *first = N(sp_list_get(gens, 0));
    visit_expr(st, ste, first->u.comprehension.iter);
    const char *nm = e->kind == SP_AST_ListComp ? "<listcomp>" : e->kind == SP_AST_SetComp ? "<setcomp>"
                     : e->kind == SP_AST_DictComp ? "<dictcomp>" : "<genexpr>";
    sp_val c = ste_new(st, ste, sp_intern_cstr(vm, nm), STE_FUNCTION, (sp_val)e);
    ste_flag(c, STEF_COMPREHENSION | extra);
    if (e->kind == SP_AST_GeneratorExp)
        ste_flag(c, STEF_GENERATOR | STEF_GENEXP);
    add_def(st, c, sp_intern_cstr(vm, ".0"), DEF_PARAM, e);
    for (size_t i = 0; i < sp_list_len(gens); i++) {
        sp_node *g = N(sp_list_get(gens, i));
        if (sp_small_get(g->u.comprehension.is_async))
            ste_flag(c, STEF_COROUTINE);
        visit_expr(st, c, g->u.comprehension.target);
        mark_comp_iter(st, c, g->u.comprehension.target);
        if (i > 0)
            visit_expr(st, c, g->u.comprehension.iter);
        visit_exprs(st, c, g->u.comprehension.ifs);
    }
    if (val)
        visit_expr(st, c, val);
    visit_expr(st, c, elt);
    if ((ste_int(c, STE_FLAGS) & STEF_GENERATOR) && e->kind != SP_AST_GeneratorExp) {
        st_error(st, e, sp_str_fmt(vm, "'yield' inside %s comprehension",
                                   e->kind == SP_AST_ListComp ? "list" : e->kind == SP_AST_SetComp ? "set" : "dict"));
    }
}

static void visit_expr(sp_symtable *st, sp_val ste, sp_val ev)
{
    sp_vm *vm = st->vm;
    sp_check_stack(vm);
    sp_node *e = N(ev);
    switch ((sp_ast_kind)e->kind) {
    case SP_AST_BoolOp: visit_exprs(st, ste, e->u.BoolOp.values); break;
    case SP_AST_NamedExpr: {
        visit_expr(st, ste, e->u.NamedExpr.value);
        /* The target binds in the nearest non-comprehension scope. */
        sp_val s = ste;
        while (ste_int(s, STE_FLAGS) & STEF_COMPREHENSION) {
            sp_val tname = N(e->u.NamedExpr.target)->u.Name.id;
            if (sym_get(vm, s, tname) & DEF_COMP_ITER)
                st_error(st, e, sp_str_fmt(vm, "assignment expression cannot rebind comprehension iteration variable '%U'", tname));
            s = ste_get(s, STE_PARENT);
        }
        if (ste_int(s, STE_KIND) == STE_CLASS && s != ste)
            st_error(st, e, sp_str_fmt(vm, "assignment expression within a comprehension cannot be used in a class body"));
        sp_val tname = N(e->u.NamedExpr.target)->u.Name.id;
        /* Declared `global` in the function: the comprehension(s) between
         * bind the global too (checked before add_def adds DEF_LOCAL). */
        bool declared_global = (sym_get(vm, s, tname) & DEF_GLOBAL) != 0;
        add_def(st, s, tname, DEF_LOCAL, e);
        if (s != ste) {
            /* Used as free in the comprehension(s) between. */
            for (sp_val c = ste; c != s; c = ste_get(c, STE_PARENT))
                add_def(st, c, tname, DEF_NONLOCAL, e);
            if (ste_int(s, STE_KIND) == STE_MODULE || declared_global) {
                for (sp_val c = ste; c != s; c = ste_get(c, STE_PARENT)) {
                    int64_t old = sym_get(vm, c, tname);
                    sym_put(vm, c, tname, (old & ~(int64_t)DEF_NONLOCAL) | DEF_GLOBAL);
                }
            }
        }
        break;
    }
    case SP_AST_BinOp: visit_expr(st, ste, e->u.BinOp.left); visit_expr(st, ste, e->u.BinOp.right); break;
    case SP_AST_UnaryOp: visit_expr(st, ste, e->u.UnaryOp.operand); break;
    case SP_AST_Lambda: {
        visit_defaults(st, ste, e->u.Lambda.args);
        sp_val f = ste_new(st, ste, sp_intern_cstr(vm, "<lambda>"), STE_FUNCTION, ev);
        ste_flag(f, STEF_LAMBDA);
        visit_params(st, f, e->u.Lambda.args);
        visit_expr(st, f, e->u.Lambda.body);
        break;
    }
    case SP_AST_IfExp:
        visit_expr(st, ste, e->u.IfExp.test);
        visit_expr(st, ste, e->u.IfExp.body);
        visit_expr(st, ste, e->u.IfExp.orelse);
        break;
    case SP_AST_Dict: visit_exprs(st, ste, e->u.Dict.keys); visit_exprs(st, ste, e->u.Dict.values); break;
    case SP_AST_Set: visit_exprs(st, ste, e->u.Set.elts); break;
    case SP_AST_ListComp:
    case SP_AST_SetComp:
    case SP_AST_GeneratorExp:
        visit_comprehension(st, ste, e, e->u.ListComp.generators, e->u.ListComp.elt, NULL, 0);
        break;
    case SP_AST_DictComp:
        visit_comprehension(st, ste, e, e->u.DictComp.generators, e->u.DictComp.key, e->u.DictComp.value, 0);
        break;
    case SP_AST_Await:
        visit_expr(st, ste, e->u.Await.value);
        /* await in a comprehension makes it asynchronous */
        if (ste_int(ste, STE_FLAGS) & STEF_COMPREHENSION)
            ste_flag(ste, STEF_COROUTINE);
        break;
    case SP_AST_Yield:
    case SP_AST_YieldFrom:
        if (ste_int(ste, STE_KIND) != STE_FUNCTION || (ste_int(ste, STE_FLAGS) & STEF_LAMBDA && 0))
            st_error(st, e, sp_str_fmt(vm, "'yield' outside function"));
        if (e->u.Yield.value)
            visit_expr(st, ste, e->u.Yield.value);
        if ((ste_int(ste, STE_FLAGS) & STEF_COMPREHENSION) && !(ste_int(ste, STE_FLAGS) & STEF_GENEXP))
            ste_flag(ste, STEF_GENERATOR);
        else if (ste_int(ste, STE_FLAGS) & STEF_GENEXP)
            st_error(st, e, sp_str_fmt(vm, "'yield' inside generator expression"));
        else
            ste_flag(ste, STEF_GENERATOR);
        break;
    case SP_AST_Compare: visit_expr(st, ste, e->u.Compare.left); visit_exprs(st, ste, e->u.Compare.comparators); break;
    case SP_AST_Call: {
        visit_expr(st, ste, e->u.Call.func);
        visit_exprs(st, ste, e->u.Call.args);
        sp_val kws = e->u.Call.keywords;
        for (size_t i = 0; i < sp_list_len(kws); i++)
            visit_expr(st, ste, N(sp_list_get(kws, i))->u.keyword.value);
        break;
    }
    case SP_AST_FormattedValue:
        visit_expr(st, ste, e->u.FormattedValue.value);
        if (e->u.FormattedValue.format_spec)
            visit_expr(st, ste, e->u.FormattedValue.format_spec);
        break;
    case SP_AST_JoinedStr: visit_exprs(st, ste, e->u.JoinedStr.values); break;
    case SP_AST_Constant: break;
    case SP_AST_Attribute: visit_expr(st, ste, e->u.Attribute.value); break;
    case SP_AST_Subscript: visit_expr(st, ste, e->u.Subscript.value); visit_expr(st, ste, e->u.Subscript.slice); break;
    case SP_AST_Starred: visit_expr(st, ste, e->u.Starred.value); break;
    case SP_AST_Name: {
        int ctx = (int)sp_small_get(e->u.Name.ctx);
        if (ctx == SP_CTX_LOAD) {
            add_def(st, ste, e->u.Name.id, DEF_USE, e);
            /* super() needs __class__ */
            if (ste_is_function(ste) && sp_str_eq_cstr(e->u.Name.id, "super"))
                add_def(st, ste, vm->n.__class__, DEF_USE, e);
        } else {
            add_def(st, ste, e->u.Name.id, DEF_LOCAL, e);
        }
        break;
    }
    case SP_AST_List: visit_exprs(st, ste, e->u.List.elts); break;
    case SP_AST_Tuple: visit_exprs(st, ste, e->u.Tuple.elts); break;
    case SP_AST_Slice:
        if (e->u.Slice.lower) visit_expr(st, ste, e->u.Slice.lower);
        if (e->u.Slice.upper) visit_expr(st, ste, e->u.Slice.upper);
        if (e->u.Slice.step) visit_expr(st, ste, e->u.Slice.step);
        break;
    default:
        st_error(st, e, sp_str_fmt(vm, "unexpected expression node %s", sp_ast_kind_name(e->kind)));
    }
}

/* Comprehension targets are marked so that walrus can detect rebinding. */
static void mark_comp_iter(sp_symtable *st, sp_val ste, sp_val target)
{
    sp_vm *vm = st->vm;
    sp_node *t = N(target);
    if (t->kind == SP_AST_Name) {
        sym_put(vm, ste, t->u.Name.id, sym_get(vm, ste, t->u.Name.id) | DEF_COMP_ITER);
    } else if (t->kind == SP_AST_Tuple || t->kind == SP_AST_List) {
        for (size_t i = 0; i < sp_list_len(t->u.Tuple.elts); i++)
            mark_comp_iter(st, ste, sp_list_get(t->u.Tuple.elts, i));
    } else if (t->kind == SP_AST_Starred) {
        mark_comp_iter(st, ste, t->u.Starred.value);
    }
}

static void visit_function(sp_symtable *st, sp_val ste, sp_node *s, bool is_async)
{
    sp_vm *vm = st->vm;
    visit_exprs(st, ste, s->u.FunctionDef.decorator_list);
    visit_defaults(st, ste, s->u.FunctionDef.args);
    visit_arg_annotations(st, ste, s->u.FunctionDef.args);
    if (s->u.FunctionDef.returns)
        visit_expr(st, ste, s->u.FunctionDef.returns);
    add_def(st, ste, s->u.FunctionDef.name, DEF_LOCAL, s);
    sp_val f = ste_new(st, ste, s->u.FunctionDef.name, STE_FUNCTION, (sp_val)s);
    if (is_async)
        ste_flag(f, STEF_COROUTINE);
    visit_params(st, f, s->u.FunctionDef.args);
    visit_stmts(st, f, s->u.FunctionDef.body);
    (void)vm;
}

static void visit_decl(sp_symtable *st, sp_val ste, sp_node *s, bool is_global)
{
    sp_vm *vm = st->vm;
    sp_val names = is_global ? s->u.Global.names : s->u.Nonlocal.names;
    for (size_t i = 0; i < sp_list_len(names); i++) {
        sp_val name = mangle(st, ste, sp_list_get(names, i));
        int64_t old = sym_get(vm, ste, name);
        const char *kind = is_global ? "global" : "nonlocal";
        if (!is_global && ste_int(ste, STE_KIND) == STE_MODULE)
            st_error(st, s, sp_str_fmt(vm, "nonlocal declaration not allowed at module level"));
        if (old & DEF_PARAM)
            st_error(st, s, sp_str_fmt(vm, "name '%U' is parameter and %s", name, kind));
        if (is_global && (old & DEF_NONLOCAL))
            st_error(st, s, sp_str_fmt(vm, "name '%U' is nonlocal and global", name));
        if (!is_global && (old & DEF_GLOBAL))
            st_error(st, s, sp_str_fmt(vm, "name '%U' is nonlocal and global", name));
        if (old & DEF_ANNOT)
            st_error(st, s, sp_str_fmt(vm, "annotated name '%U' can't be %s", name, kind));
        if (old & DEF_LOCAL)
            st_error(st, s, sp_str_fmt(vm, "name '%U' is assigned to before %s declaration", name, kind));
        if (old & DEF_USE)
            st_error(st, s, sp_str_fmt(vm, "name '%U' is used prior to %s declaration", name, kind));
        sym_put(vm, ste, name, old | (is_global ? DEF_GLOBAL : DEF_NONLOCAL));
        sp_dict_set(vm, ste_get(ste, STE_DECLS), name, (sp_val)s);
    }
}

static void visit_alias_list(sp_symtable *st, sp_val ste, sp_node *s, sp_val names, bool from)
{
    sp_vm *vm = st->vm;
    for (size_t i = 0; i < sp_list_len(names); i++) {
        sp_node *a = N(sp_list_get(names, i));
        sp_val store = a->u.alias.asname;
        if (store == NULL) {
            sp_val nm = a->u.alias.name;
            if (sp_str_eq_cstr(nm, "*")) {
                if (ste_int(ste, STE_KIND) != STE_MODULE)
                    st_error(st, s, sp_str_fmt(vm, "import * only allowed at module level"));
                continue;
            }
            /* import a.b.c binds a */
            sp_cbytes b = sp_str_bytes(nm);
            sp_ssize dot = from ? -1 : sp_cbytes_findbyte(b, '.', 0);
            store = dot < 0 ? nm : sp_intern(vm, sp_str_new(vm, sp_cbytes_sub(b, 0, (size_t)dot)));
        }
        add_def(st, ste, store, DEF_LOCAL | DEF_IMPORT, a);
    }
}

static void visit_stmt(sp_symtable *st, sp_val ste, sp_val sv)
{
    sp_vm *vm = st->vm;
    sp_check_stack(vm);
    sp_node *s = N(sv);
    switch ((sp_ast_kind)s->kind) {
    case SP_AST_FunctionDef: visit_function(st, ste, s, false); break;
    case SP_AST_AsyncFunctionDef: visit_function(st, ste, s, true); break;
    case SP_AST_ClassDef: {
        visit_exprs(st, ste, s->u.ClassDef.decorator_list);
        visit_exprs(st, ste, s->u.ClassDef.bases);
        for (size_t i = 0; i < sp_list_len(s->u.ClassDef.keywords); i++)
            visit_expr(st, ste, N(sp_list_get(s->u.ClassDef.keywords, i))->u.keyword.value);
        add_def(st, ste, s->u.ClassDef.name, DEF_LOCAL, s);
        sp_val c = ste_new(st, ste, s->u.ClassDef.name, STE_CLASS, sv);
        visit_stmts(st, c, s->u.ClassDef.body);
        break;
    }
    case SP_AST_Return:
        if (s->u.Return.value) {
            visit_expr(st, ste, s->u.Return.value);
            ste_flag(ste, STEF_RETURNS_VALUE);
        }
        break;
    case SP_AST_Delete: visit_exprs(st, ste, s->u.Delete.targets); break;
    case SP_AST_Assign: visit_exprs(st, ste, s->u.Assign.targets); visit_expr(st, ste, s->u.Assign.value); break;
    case SP_AST_AugAssign: {
        sp_node *t = N(s->u.AugAssign.target);
        if (t->kind == SP_AST_Name)
            add_def(st, ste, t->u.Name.id, DEF_LOCAL | DEF_USE, t);
        else
            visit_expr(st, ste, s->u.AugAssign.target);
        visit_expr(st, ste, s->u.AugAssign.value);
        break;
    }
    case SP_AST_AnnAssign: {
        sp_node *t = N(s->u.AnnAssign.target);
        if (t->kind == SP_AST_Name) {
            int64_t old = sym_get(vm, ste, t->u.Name.id);
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) && sp_small_get(s->u.AnnAssign.simple))
                st_error(st, s, sp_str_fmt(vm, "annotated name '%U' can't be %s", t->u.Name.id,
                                           (old & DEF_GLOBAL) ? "global" : "nonlocal"));
            if (sp_small_get(s->u.AnnAssign.simple))
                add_def(st, ste, t->u.Name.id, DEF_LOCAL | DEF_ANNOT, t);
            else if (s->u.AnnAssign.value)
                add_def(st, ste, t->u.Name.id, DEF_LOCAL, t);
        } else {
            visit_expr(st, ste, s->u.AnnAssign.target);
        }
        visit_expr(st, ste, s->u.AnnAssign.annotation);
        if (s->u.AnnAssign.value)
            visit_expr(st, ste, s->u.AnnAssign.value);
        break;
    }
    case SP_AST_For:
    case SP_AST_AsyncFor:
        visit_expr(st, ste, s->u.For.target);
        visit_expr(st, ste, s->u.For.iter);
        visit_stmts(st, ste, s->u.For.body);
        visit_stmts(st, ste, s->u.For.orelse);
        break;
    case SP_AST_While:
    case SP_AST_If:
        visit_expr(st, ste, s->u.If.test);
        visit_stmts(st, ste, s->u.If.body);
        visit_stmts(st, ste, s->u.If.orelse);
        break;
    case SP_AST_With:
    case SP_AST_AsyncWith:
        for (size_t i = 0; i < sp_list_len(s->u.With.items); i++) {
            sp_node *w = N(sp_list_get(s->u.With.items, i));
            visit_expr(st, ste, w->u.withitem.context_expr);
            if (w->u.withitem.optional_vars)
                visit_expr(st, ste, w->u.withitem.optional_vars);
        }
        visit_stmts(st, ste, s->u.With.body);
        break;
    case SP_AST_Match:
        visit_expr(st, ste, s->u.Match.subject);
        for (size_t i = 0; i < sp_list_len(s->u.Match.cases); i++) {
            sp_node *c = N(sp_list_get(s->u.Match.cases, i));
            visit_pattern(st, ste, c->u.match_case.pattern);
            if (c->u.match_case.guard)
                visit_expr(st, ste, c->u.match_case.guard);
            visit_stmts(st, ste, c->u.match_case.body);
        }
        break;
    case SP_AST_Raise:
        if (s->u.Raise.exc) visit_expr(st, ste, s->u.Raise.exc);
        if (s->u.Raise.cause) visit_expr(st, ste, s->u.Raise.cause);
        break;
    case SP_AST_Try:
    case SP_AST_TryStar:
        visit_stmts(st, ste, s->u.Try.body);
        for (size_t i = 0; i < sp_list_len(s->u.Try.handlers); i++) {
            sp_node *h = N(sp_list_get(s->u.Try.handlers, i));
            if (h->u.ExceptHandler.type)
                visit_expr(st, ste, h->u.ExceptHandler.type);
            if (h->u.ExceptHandler.name)
                add_def(st, ste, h->u.ExceptHandler.name, DEF_LOCAL, h);
            visit_stmts(st, ste, h->u.ExceptHandler.body);
        }
        visit_stmts(st, ste, s->u.Try.orelse);
        visit_stmts(st, ste, s->u.Try.finalbody);
        break;
    case SP_AST_Assert:
        visit_expr(st, ste, s->u.Assert.test);
        if (s->u.Assert.msg) visit_expr(st, ste, s->u.Assert.msg);
        break;
    case SP_AST_Import: visit_alias_list(st, ste, s, s->u.Import.names, false); break;
    case SP_AST_ImportFrom: visit_alias_list(st, ste, s, s->u.ImportFrom.names, true); break;
    case SP_AST_Global: visit_decl(st, ste, s, true); break;
    case SP_AST_Nonlocal: visit_decl(st, ste, s, false); break;
    case SP_AST_Expr: visit_expr(st, ste, s->u.Expr.value); break;
    case SP_AST_Pass:
    case SP_AST_Break:
    case SP_AST_Continue:
        break;
    default:
        st_error(st, s, sp_str_fmt(vm, "unexpected statement node %s", sp_ast_kind_name(s->kind)));
    }
}

static void visit_stmts(sp_symtable *st, sp_val ste, sp_val body)
{
    if (body == NULL)
        return;
    for (size_t i = 0; i < sp_list_len(body); i++)
        visit_stmt(st, ste, sp_list_get(body, i));
}

static void visit_pattern(sp_symtable *st, sp_val ste, sp_val pv)
{
    sp_vm *vm = st->vm;
    sp_check_stack(vm);
    sp_node *p = N(pv);
    switch ((sp_ast_kind)p->kind) {
    case SP_AST_MatchValue: visit_expr(st, ste, p->u.MatchValue.value); break;
    case SP_AST_MatchSingleton: break;
    case SP_AST_MatchSequence:
        for (size_t i = 0; i < sp_list_len(p->u.MatchSequence.patterns); i++)
            visit_pattern(st, ste, sp_list_get(p->u.MatchSequence.patterns, i));
        break;
    case SP_AST_MatchMapping:
        visit_exprs(st, ste, p->u.MatchMapping.keys);
        for (size_t i = 0; i < sp_list_len(p->u.MatchMapping.patterns); i++)
            visit_pattern(st, ste, sp_list_get(p->u.MatchMapping.patterns, i));
        if (p->u.MatchMapping.rest)
            add_def(st, ste, p->u.MatchMapping.rest, DEF_LOCAL, p);
        break;
    case SP_AST_MatchClass:
        visit_expr(st, ste, p->u.MatchClass.cls);
        for (size_t i = 0; i < sp_list_len(p->u.MatchClass.patterns); i++)
            visit_pattern(st, ste, sp_list_get(p->u.MatchClass.patterns, i));
        for (size_t i = 0; i < sp_list_len(p->u.MatchClass.kwd_patterns); i++)
            visit_pattern(st, ste, sp_list_get(p->u.MatchClass.kwd_patterns, i));
        break;
    case SP_AST_MatchStar:
        if (p->u.MatchStar.name)
            add_def(st, ste, p->u.MatchStar.name, DEF_LOCAL, p);
        break;
    case SP_AST_MatchAs:
        if (p->u.MatchAs.pattern)
            visit_pattern(st, ste, p->u.MatchAs.pattern);
        if (p->u.MatchAs.name)
            add_def(st, ste, p->u.MatchAs.name, DEF_LOCAL, p);
        break;
    case SP_AST_MatchOr:
        for (size_t i = 0; i < sp_list_len(p->u.MatchOr.patterns); i++)
            visit_pattern(st, ste, sp_list_get(p->u.MatchOr.patterns, i));
        break;
    default:
        st_error(st, p, sp_str_fmt(vm, "unexpected pattern node"));
    }
}

/* ---- pass 2: resolution ---------------------------------------------------*/

/* Find name's binding in the function scopes enclosing `from`; mark it a
 * cell there and free in every scope between.  Returns true if found. */
static bool find_binding(sp_symtable *st, sp_val from, sp_val name)
{
    sp_vm *vm = st->vm;
    sp_val path[256];
    size_t npath = 0;
    for (sp_val p = ste_get(from, STE_PARENT); p != NULL; p = ste_get(p, STE_PARENT)) {
        int kind = (int)ste_int(p, STE_KIND);
        if (kind == STE_MODULE)
            return false;
        int64_t v = sym_get(vm, p, name);
        if (kind == STE_CLASS) {
            if (sp_str_eq(name, vm->n.__class__)) {
                sym_put(vm, p, name, (v & 0xff) | ((int64_t)SC_CELL << 8));
                ste_flag(p, STEF_NEEDS_CLASSCELL);
                goto found;
            }
            if (npath < 256)
                sp_vals_set(SP_VALS(path), npath++, p);
            continue;
        }
        if (v & DEF_GLOBAL)
            return false;
        if (v & DEF_NONLOCAL) {
            if (npath < 256)
                sp_vals_set(SP_VALS(path), npath++, p);
            continue;
        }
        if (v & (DEF_LOCAL | DEF_PARAM)) {
            sym_put(vm, p, name, (v & ~(int64_t)0xf00) | ((int64_t)SC_CELL << 8));
            goto found;
        }
        if (npath < 256)
            sp_vals_set(SP_VALS(path), npath++, p);
    }
    return false;
found:
    for (size_t i = 0; i < npath; i++) {
        sp_val p = sp_vals_get(SP_VALS(path), i);
        int64_t v = sym_get(vm, p, name);
        int sc = (int)((v >> 8) & 0xf);
        if (ste_int(p, STE_KIND) == STE_CLASS) {
            /* A class passes the cell to its methods; its own uses of a
             * name it binds stay in its namespace. */
            if (v & (DEF_LOCAL | DEF_PARAM))
                sym_put(vm, p, name, v | DEF_FREE_CLASS);
            else
                sym_put(vm, p, name, (v & 0xff) | ((int64_t)SC_FREE << 8));
        } else if (sc != SC_CELL) {
            sym_put(vm, p, name, (v & 0xff) | ((int64_t)SC_FREE << 8));
        }
    }
    return true;
}

static void resolve(sp_symtable *st, sp_val ste)
{
    sp_vm *vm = st->vm;
    sp_check_stack(vm);
    int kind = (int)ste_int(ste, STE_KIND);
    sp_val syms = ste_get(ste, STE_SYMBOLS);
    sp_val keys = sp_dict_keys_list(vm, syms);
    for (size_t i = 0; i < sp_list_len(keys); i++) {
        sp_val name = sp_list_get(keys, i);
        int64_t v = sym_get(vm, ste, name);
        int sc = (int)((v >> 8) & 0xf);
        if (sc != SC_NONE)
            continue;   /* already set by a child's resolution */
        if (v & DEF_GLOBAL) {
            sc = SC_GLOBAL_EXPLICIT;
        } else if (v & DEF_NONLOCAL) {
            if (!find_binding(st, ste, name)) {
                sp_val decl = sp_dict_get(vm, ste_get(ste, STE_DECLS), name);
                sp_node *n = N(decl ? decl : ste_get(ste, STE_NODE));
                st_error(st, n, sp_str_fmt(vm, "no binding for nonlocal '%U' found", name));
            }
            sc = SC_FREE;
        } else if (v & (DEF_LOCAL | DEF_PARAM)) {
            sc = kind == STE_MODULE ? SC_GLOBAL_IMPLICIT : SC_LOCAL;
        } else if (kind == STE_MODULE) {
            sc = SC_GLOBAL_IMPLICIT;
        } else {
            sc = find_binding(st, ste, name) ? SC_FREE : SC_GLOBAL_IMPLICIT;
        }
        v = sym_get(vm, ste, name);   /* find_binding may have changed it */
        int now = (int)((v >> 8) & 0xf);
        if (now == SC_NONE)
            sym_put(vm, ste, name, (v & ~(int64_t)0xf00) | ((int64_t)sc << 8));
    }
    sp_val children = ste_get(ste, STE_CHILDREN);
    for (size_t i = 0; i < sp_list_len(children); i++)
        resolve(st, sp_list_get(children, i));
}

void sp_symtable_build(sp_symtable *st, sp_val mod)
{
    sp_vm *vm = st->vm;
    st->map = sp_dict_new(vm);
    st->top = ste_new(st, NULL, sp_intern_cstr(vm, "top"), STE_MODULE, mod);
    sp_node *m = N(mod);
    if (m->kind == SP_AST_Expression)
        visit_expr(st, st->top, m->u.Expression.body);
    else
        visit_stmts(st, st->top, m->u.Module.body);
    resolve(st, st->top);
}

sp_val sp_symtable_lookup(sp_symtable *st, sp_val node)
{
    sp_val ste = sp_dict_get(st->vm, st->map, node_key(st->vm, node));
    if (ste == NULL)
        sp_trap("symtable: no entry for a scope node");
    return ste;
}

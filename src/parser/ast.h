/* The abstract syntax tree, as CPython 3.11's Python.asdl defines it.
 *
 * Every node is a GC heap object of type vm->t.astnode (so a SyntaxError
 * raised half-way through leaves no leak, and the tree can later be shown
 * to Python's `ast` module).  All fields of all nodes are sp_val:
 *   - a child node:           an sp_node (NULL when optional and absent)
 *   - a sequence (stmt*, ...): a list (sp_list), never NULL, maybe empty
 *   - an identifier:          an interned str (NULL when optional and absent)
 *   - a constant:             the Python value (int, float, complex, str,
 *                             bytes, True, False, None, Ellipsis)
 *   - an enum (operator, expr_context, ...): a small int, sp_small(SP_OP_*)
 *   - a flag (is_async, simple) / level: a small int
 * so that the node's trace function marks u.f[] and nothing else.
 *
 * Field names and order are exactly those of Python.asdl (3.11), so that
 * `ast.dump()` output can be compared with CPython's.
 */
#ifndef SP_AST_H
#define SP_AST_H

#include "../sp.h"

#define SP_AST_KINDS(X)                                                     \
    /* mod */                                                               \
    X(Module) X(Interactive) X(Expression)                                  \
    /* stmt */                                                              \
    X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete)      \
    X(Assign) X(AugAssign) X(AnnAssign) X(For) X(AsyncFor) X(While) X(If)   \
    X(With) X(AsyncWith) X(Match) X(Raise) X(Try) X(TryStar) X(Assert)      \
    X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(Expr) X(Pass) X(Break)  \
    X(Continue)                                                             \
    /* expr */                                                              \
    X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict)   \
    X(Set) X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Await)      \
    X(Yield) X(YieldFrom) X(Compare) X(Call) X(FormattedValue) X(JoinedStr) \
    X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) X(List)        \
    X(Tuple) X(Slice)                                                       \
    /* the rest */                                                          \
    X(comprehension) X(ExceptHandler) X(arguments) X(arg) X(keyword)        \
    X(alias) X(withitem) X(match_case)                                      \
    /* pattern */                                                           \
    X(MatchValue) X(MatchSingleton) X(MatchSequence) X(MatchMapping)        \
    X(MatchClass) X(MatchStar) X(MatchAs) X(MatchOr)

typedef enum sp_ast_kind {
#define SP_AST_ENUM(name) SP_AST_##name,
    SP_AST_KINDS(SP_AST_ENUM)
#undef SP_AST_ENUM
    SP_AST_KIND_COUNT
} sp_ast_kind;

/* expr_context */
enum { SP_CTX_LOAD = 1, SP_CTX_STORE, SP_CTX_DEL };
/* boolop */
enum { SP_BOOL_AND = 1, SP_BOOL_OR };
/* operator: the same numbering as sp_binop in sp.h (Add = SP_OP_ADD ...) */
/* unaryop */
enum { SP_UNARY_INVERT = 1, SP_UNARY_NOT, SP_UNARY_UADD, SP_UNARY_USUB };
/* cmpop */
enum {
    SP_CMP_EQ = 1, SP_CMP_NOTEQ, SP_CMP_LT, SP_CMP_LTE, SP_CMP_GT, SP_CMP_GTE,
    SP_CMP_IS, SP_CMP_ISNOT, SP_CMP_IN, SP_CMP_NOTIN
};

#define SP_AST_MAXFIELDS 7

typedef struct sp_node {
    sp_obj h;
    uint32_t kind;               /* sp_ast_kind */
    int32_t lineno, col_offset;  /* 1-based line, 0-based UTF-8 byte column */
    int32_t end_lineno, end_col_offset;
    union {
        sp_val f[SP_AST_MAXFIELDS];
        /* mod */
        struct { sp_val body, type_ignores; } Module;
        struct { sp_val body; } Interactive;
        struct { sp_val body; } Expression;
        /* stmt */
        struct { sp_val name, args, body, decorator_list, returns, type_comment; } FunctionDef; /* and AsyncFunctionDef */
        struct { sp_val name, bases, keywords, body, decorator_list; } ClassDef;
        struct { sp_val value; } Return;
        struct { sp_val targets; } Delete;
        struct { sp_val targets, value, type_comment; } Assign;
        struct { sp_val target, op, value; } AugAssign;
        struct { sp_val target, annotation, value, simple; } AnnAssign;
        struct { sp_val target, iter, body, orelse, type_comment; } For; /* and AsyncFor */
        struct { sp_val test, body, orelse; } While;
        struct { sp_val test, body, orelse; } If;
        struct { sp_val items, body, type_comment; } With; /* and AsyncWith */
        struct { sp_val subject, cases; } Match;
        struct { sp_val exc, cause; } Raise;
        struct { sp_val body, handlers, orelse, finalbody; } Try; /* and TryStar */
        struct { sp_val test, msg; } Assert;
        struct { sp_val names; } Import;
        struct { sp_val module, names, level; } ImportFrom;
        struct { sp_val names; } Global;
        struct { sp_val names; } Nonlocal;
        struct { sp_val value; } Expr;
        /* expr */
        struct { sp_val op, values; } BoolOp;
        struct { sp_val target, value; } NamedExpr;
        struct { sp_val left, op, right; } BinOp;
        struct { sp_val op, operand; } UnaryOp;
        struct { sp_val args, body; } Lambda;
        struct { sp_val test, body, orelse; } IfExp;
        struct { sp_val keys, values; } Dict;   /* a NULL key is **mapping */
        struct { sp_val elts; } Set;
        struct { sp_val elt, generators; } ListComp; /* and SetComp, GeneratorExp */
        struct { sp_val key, value, generators; } DictComp;
        struct { sp_val value; } Await;
        struct { sp_val value; } Yield;
        struct { sp_val value; } YieldFrom;
        struct { sp_val left, ops, comparators; } Compare; /* ops: list of small ints */
        struct { sp_val func, args, keywords; } Call;
        struct { sp_val value, conversion, format_spec; } FormattedValue; /* conversion: small int, -1 or 's' 'r' 'a' */
        struct { sp_val values; } JoinedStr;
        struct { sp_val value, kind; } Constant;
        struct { sp_val value, attr, ctx; } Attribute;
        struct { sp_val value, slice, ctx; } Subscript;
        struct { sp_val value, ctx; } Starred;
        struct { sp_val id, ctx; } Name;
        struct { sp_val elts, ctx; } List;
        struct { sp_val elts, ctx; } Tuple;
        struct { sp_val lower, upper, step; } Slice;
        /* the rest */
        struct { sp_val target, iter, ifs, is_async; } comprehension;
        struct { sp_val type, name, body; } ExceptHandler;
        struct { sp_val posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults; } arguments;
        struct { sp_val arg, annotation, type_comment; } arg;
        struct { sp_val arg, value; } keyword;      /* arg NULL: **kwargs */
        struct { sp_val name, asname; } alias;
        struct { sp_val context_expr, optional_vars; } withitem;
        struct { sp_val pattern, guard, body; } match_case;
        /* pattern */
        struct { sp_val value; } MatchValue;
        struct { sp_val value; } MatchSingleton;
        struct { sp_val patterns; } MatchSequence;
        struct { sp_val keys, patterns, rest; } MatchMapping;
        struct { sp_val cls, patterns, kwd_attrs, kwd_patterns; } MatchClass;
        struct { sp_val name; } MatchStar;
        struct { sp_val pattern, name; } MatchAs;
        struct { sp_val patterns; } MatchOr;
    } u;
} sp_node;

/* A new node with all fields NULL. */
sp_node *sp_node_new(sp_vm *vm, sp_ast_kind kind, int32_t lineno, int32_t col, int32_t end_lineno, int32_t end_col);
/* Checked downcast of an AST value (trap if not a node). */
sp_node *sp_as_node(sp_vm *vm, sp_val v);
const char *sp_ast_kind_name(sp_ast_kind kind);
/* ast.dump()-compatible text of a tree (for tests: safepy --dump-ast). */
sp_val sp_ast_dump(sp_vm *vm, sp_val node);
/* The same with include_attributes=True (positions). */
sp_val sp_ast_dump_ex(sp_vm *vm, sp_val node, bool include_attributes);

#endif

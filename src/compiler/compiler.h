/* The compiler's internal interface: symbol tables (symtable.c), code
 * generation (compile.c, compile_expr.c, compile_match.c) and assembly
 * (assemble.c).
 *
 * All state lives in the GC heap or in C locals (scanned conservatively):
 * a symbol-table entry ("ste") is a valarray with the fields STE_*; the
 * instruction list of a unit is a rawbuf of 4 u32 per instruction.
 */
#ifndef SP_COMPILER_H
#define SP_COMPILER_H

#include "../vm/code.h"
#include "../parser/ast.h"

/* ---- symbol tables -------------------------------------------------------*/
enum {
    STE_SYMBOLS,    /* dict: name -> small int (DEF_* | SC_* << 8) */
    STE_CHILDREN,   /* list of ste, in source order */
    STE_NAME,       /* str */
    STE_KIND,       /* small int: STE_MODULE ... */
    STE_PARENT,     /* ste or NULL */
    STE_VARNAMES,   /* list: parameters in order */
    STE_FLAGS,      /* small int: STEF_* */
    STE_NODE,       /* the AST node */
    STE_DECLS,      /* dict: name -> its global/nonlocal statement */
    STE_NFIELDS
};
enum { STE_MODULE, STE_FUNCTION, STE_CLASS };

#define STEF_GENERATOR 0x1
#define STEF_COROUTINE 0x2
#define STEF_VARARGS 0x4
#define STEF_VARKW 0x8
#define STEF_COMPREHENSION 0x10
#define STEF_LAMBDA 0x20
#define STEF_NESTED 0x40
#define STEF_GENEXP 0x80
#define STEF_NEEDS_CLASSCELL 0x100
#define STEF_RETURNS_VALUE 0x200

#define DEF_GLOBAL 0x1
#define DEF_LOCAL 0x2
#define DEF_PARAM 0x4
#define DEF_NONLOCAL 0x8
#define DEF_USE 0x10
#define DEF_ANNOT 0x20
#define DEF_IMPORT 0x40
#define DEF_FREE_CLASS 0x80
#define DEF_COMP_ITER 0x1000   /* bound as a comprehension's loop variable */

enum { SC_NONE, SC_LOCAL, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL };

typedef struct sp_symtable {
    sp_vm *vm;
    sp_val filename;
    sp_cbytes source;
    sp_val top;      /* the module's ste */
    sp_val map;      /* dict: node address (int) -> ste */
} sp_symtable;

void sp_symtable_build(sp_symtable *st, sp_val mod);
sp_val sp_symtable_lookup(sp_symtable *st, sp_val node);
static inline sp_val ste_get(sp_val ste, int field)
{
    return sp_vals_get(sp_valarray_span((sp_valarray *)ste), (size_t)field);
}
static inline void ste_set(sp_val ste, int field, sp_val v)
{
    sp_vals_set(sp_valarray_span((sp_valarray *)ste), (size_t)field, v);
}
static inline int64_t ste_int(sp_val ste, int field) { return sp_small_get(ste_get(ste, field)); }
/* The resolved scope of name in ste (SC_*), and its DEF_* flags. */
int sp_ste_scope(sp_vm *vm, sp_val ste, sp_val name);
int sp_ste_flags(sp_vm *vm, sp_val ste, sp_val name);
/* name mangled for the class enclosing ste (__x -> _C__x). */
sp_val sp_ste_mangle(sp_vm *vm, sp_val ste, sp_val name);

/* SyntaxError at a node (or at line/col). */
_Noreturn void sp_compiler_syntax_error(sp_vm *vm, sp_val filename, sp_cbytes source, int line, int col, int end_line, int end_col, sp_val msg);

#endif

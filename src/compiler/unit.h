/* One compilation unit (a module, class body, function, lambda or
 * comprehension) being turned into a code object.  Private to
 * src/compiler/. */
#ifndef SP_UNIT_H
#define SP_UNIT_H

#include "compiler.h"

#define MAX_BLOCKS 64
#define INSTR_WORDS 8

enum fb_kind {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH, FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER, FB_ASYNC_FOR
};

/* A frame block (loop, try, with...) is a valarray: */
enum { FB_F_KIND, FB_F_START, FB_F_EXIT, FB_F_DATUM, FB_F_NH, FB_F_PREV, FB_NFIELDS };
/* kind, start: continue target label, exit: break target label,
 * datum: finally body / handler name, nh: handler stack height outside the
 * block, prev: the enclosing block. */
typedef sp_val fblock;
static inline sp_val fb_get(fblock b, int f) { return sp_vals_get(sp_valarray_span((sp_valarray *)b), (size_t)f); }
static inline int fb_int(fblock b, int f) { return (int)sp_small_get(fb_get(b, f)); }

typedef struct comp comp;

typedef struct unit {
    comp *c;
    struct unit *parent;
    sp_val ste;
    int kind;           /* STE_MODULE / STE_FUNCTION / STE_CLASS */
    sp_val name, qualname;
    sp_val instrs;      /* rawbuf: INSTR_WORDS u32 per instruction (op, arg, line, handler label + 1,
                           end line, col, end col, unused) */
    size_t ninstr, icap;
    sp_val labels;      /* rawbuf: u32 position per label */
    size_t nlabels, lcap;
    sp_val consts, constmap;
    sp_val names, namemap;
    sp_val varnames, varmap;
    sp_val cellvars, cellmap;
    sp_val freevars, freemap;
    int32_t hstack[MAX_BLOCKS];
    int nh;
    fblock fbtop;       /* innermost frame block or NULL */
    int nfb;
    int argcount, posonly, kwonly;
    uint32_t flags;
    int firstlineno, lineno;
    int end_lineno, col, end_col;   /* the rest of the current position (-1: unknown) */
    bool is_async_gen;
} unit;

struct comp {
    sp_vm *vm;
    sp_symtable st;
    sp_val filename;
    sp_cbytes source;
    int mode;
    unit *u;
    int interactive;
    bool future_annotations;   /* from __future__ import annotations */
};

/* assemble.c */
sp_val sp_unit_assemble(unit *u);
void sp_unit_init(comp *c, unit *u, sp_val ste, sp_val name, int kind, int firstlineno);

#endif

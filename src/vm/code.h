/* Code objects, functions, cells, frames and generators: the objects of
 * the interpreter loop (src/vm/code.c, function.c, frame.c, eval.c,
 * generator.c, traceback.c) and of the compiler that makes code objects.
 */
#ifndef SP_CODE_H
#define SP_CODE_H

#include "../sp.h"

/* ---- opcodes ------------------------------------------------------------*/
typedef enum sp_opcode {
#define OP(name, kind, comment) SP_OP_##name,
#include "opcodes.def"
#undef OP
    SP_OP__COUNT
} sp_opcode;

enum { SP_ARG_NONE, SP_ARG_CONST, SP_ARG_NAME, SP_ARG_LOCAL, SP_ARG_DEREF, SP_ARG_JUMP, SP_ARG_COUNT };

const char *sp_opcode_name(uint32_t op);
int sp_opcode_argkind(uint32_t op);

static inline uint32_t sp_instr(unsigned op, uint32_t arg) { return (uint32_t)op | (arg << 8); }
static inline unsigned sp_instr_op(uint32_t ins) { return ins & 0xffu; }
static inline uint32_t sp_instr_arg(uint32_t ins) { return ins >> 8; }
#define SP_MAX_OPARG 0xffffffu

/* Flags added to the argument of BINARY_OP (the operator, +16 in place)
 * and COMPARE_OP (the sp_cmpop) by the compiler: the right (b), resp.
 * left (a), operand is the value of a BinOp expression, computed just
 * before by that expression's own BINARY_OP and only on the value stack
 * since (the interpreter's float temporaries, eval.c). */
#define SP_ARG_B_TEMP 0x20u
#define SP_ARG_A_TEMP 0x40u
#define SP_ARG_TEMPS (SP_ARG_B_TEMP | SP_ARG_A_TEMP)

/* MAKE_FUNCTION flags (CPython's values) */
#define SP_MF_DEFAULTS 0x1u
#define SP_MF_KWDEFAULTS 0x2u
#define SP_MF_ANNOTATIONS 0x4u
#define SP_MF_CLOSURE 0x8u

/* co_flags (CPython's values) */
#define SP_CO_OPTIMIZED 0x1u
#define SP_CO_NEWLOCALS 0x2u
#define SP_CO_VARARGS 0x4u
#define SP_CO_VARKEYWORDS 0x8u
#define SP_CO_NESTED 0x10u
#define SP_CO_GENERATOR 0x20u
#define SP_CO_NOFREE 0x40u
#define SP_CO_COROUTINE 0x80u
#define SP_CO_ITERABLE_COROUTINE 0x100u
#define SP_CO_ASYNC_GENERATOR 0x200u

/* ---- code objects -------------------------------------------------------
 * Immutable after the compiler made it.  The instructions, the line of
 * each instruction and the exception table live in rawbufs.
 * Exception table: 4 u32 per entry (start, end, target, depth): an
 * exception at instruction i with start <= i < end pops the value stack to
 * `depth` items, pushes the exception and jumps to target.  Entries are
 * ordered so that the first match is the innermost handler. */
typedef struct sp_code_obj {
    sp_obj h;
    /* code, consts and names are typed (checked once, when the compiler
     * makes the code object; code.replace copies them): the loop reads
     * them on every call and return without a layout check. */
    sp_rawbuf *code;        /* ncode u32 instructions */
    sp_val lines;           /* rawbuf: ncode u32 line numbers */
    sp_val exctable;        /* rawbuf: nexc * 4 u32, or NULL */
    sp_tuple_obj *consts;
    sp_tuple_obj *names;    /* of str */
    sp_val varnames;        /* tuple of str: the fast locals, arguments first */
    sp_val cellvars;        /* tuple of str */
    sp_val freevars;        /* tuple of str */
    sp_val cell2arg;        /* tuple: for each cellvar, the argument index or -1; NULL if none */
    sp_val filename, name, qualname;
    sp_val cache;           /* valarray: the inline caches (eval.c), or NULL */
    sp_val poly;            /* valarray of ncode: the extra ways of the sites whose
                               type-keyed cache saw several types (eval.c), or NULL */
    sp_val spare;           /* frames of this code ready for reuse, linked by
                               their `back`, or NULL (frame.c) */
    size_t ncode, nexc;
    uint32_t argcount, posonlyargcount, kwonlyargcount;
    uint32_t flags, nlocals, ncells, nfrees, stacksize, firstlineno;
    uint32_t nspare;        /* length of the spare list */
} sp_code_obj;

static inline sp_code_obj *sp_as_code(sp_val v) { return SP_AS(sp_code_obj, v, SP_LAYOUT_CODE); }
static inline sp_u32s sp_rawbuf_u32s(sp_val rawbuf)
{
    sp_rawbuf *b = SP_AS(sp_rawbuf, rawbuf, SP_LAYOUT_RAWBUF);
    return sp_trailing_as_sp_u32s(b->data, b->cap);
}
/* Code object co's instructions. */
static inline sp_u32s sp_code_words(const sp_code_obj *co)
{
    return sp_trailing_as_sp_u32s(co->code->data, co->code->cap);
}
/* A rawbuf of n u32 (for the compiler). */
sp_val sp_u32buf_new(sp_vm *vm, size_t n);
/* Line of instruction i. */
int sp_code_line(sp_code_obj *co, size_t i);
void sp_code_position(sp_code_obj *co, size_t i, int *line, int *end_line, int *col, int *end_col);

/* ---- functions and cells ------------------------------------------------*/
typedef struct sp_function_obj {
    sp_obj h;
    sp_val dict;            /* __dict__ (first: dict_offset is fixed) */
    sp_val code;
    sp_val globals;
    sp_val builtins;        /* dict */
    sp_val name, qualname, module, doc;
    sp_val defaults;        /* tuple or NULL */
    sp_val kwdefaults;      /* dict or NULL */
    sp_val closure;         /* tuple of cells or NULL */
    sp_val annotations;     /* dict or NULL */
} sp_function_obj;

static inline sp_function_obj *sp_as_function(sp_val v) { return SP_AS(sp_function_obj, v, SP_LAYOUT_FUNCTION); }
sp_val sp_function_new(sp_vm *vm, sp_val code, sp_val globals, sp_val qualname);
sp_val sp_cell_new(sp_vm *vm, sp_val value);
static inline sp_cell_obj *sp_as_cell(sp_val v) { return SP_AS(sp_cell_obj, v, SP_LAYOUT_CELL); }
/* The builtins dict that goes with globals (globals["__builtins__"] or the VM's). */
sp_val sp_builtins_for(sp_vm *vm, sp_val globals);

/* ---- frames ---------------------------------------------------------------
 * slots: nlocals fast locals, then ncells + nfrees cells, then the value
 * stack (stacksize).  sp indexes the stack's top within slots. */
typedef struct sp_frame_obj {
    sp_obj h;
    sp_val code;            /* code object */
    sp_val func;            /* function or NULL */
    sp_val globals, builtins;
    sp_val locals;          /* dict (module / class bodies, exec) or NULL */
    sp_val back;            /* calling frame or NULL */
    sp_val gen;             /* owning generator / coroutine, or NULL */
    sp_val exc_saved;       /* a generator's frame FOR_ITER or SEND resumed in the
                               loop (`resumed`): the caller's exc_info, restored
                               when it yields, returns or raises */
    sp_val ret_self;        /* an __init__ the loop pushed for a class call: the
                               instance, which its return gives the caller (the
                               value returned must be None); a binary dunder the
                               loop pushed for BINARY_OP: the operator as a small
                               int (a NotImplemented return raises its TypeError);
                               else NULL */
    size_t depth;           /* vm->depth while it runs */
    uint32_t pc;            /* next instruction */
    uint32_t lasti;         /* the instruction executing / last executed */
    uint32_t sp;            /* stack top, index into slots */
    uint32_t nslots;
    uint8_t entry;          /* returning from it leaves the C loop */
    uint8_t yielded;        /* its last exit was a yield */
    uint8_t done;           /* returned or raised: can't resume */
    uint8_t pooled;         /* pushed by the loop's CALL: may be recycled on return */
    uint8_t escaped;        /* handed to Python (sys._getframe, f_back, a traceback,
                               gi_frame): never recycled */
    uint8_t resumed;        /* a generator's frame the loop's FOR_ITER or SEND
                               resumed: its yield and return go back there */
    sp_val slots[];
} sp_frame_obj;

/* Checked downcast by exact type (frames share the OTHER layout). */
static inline sp_obj *sp_as_exact(sp_vm *vm, sp_val v, sp_type *t, const char *what)
{
    if (!sp_is_ptr(v) || v->type != t)
        sp_trap_str(what);
    return v;
}
#define sp_as_frame(vm, v) ((sp_frame_obj *)sp_as_exact((vm), (v), (vm)->t.frame, "sp_as_frame: not a frame"))
/* nslots is the slot count sp_frame_new allocated; it never changes. */
static inline sp_vals sp_frame_slots(sp_frame_obj *f) { return sp_trailing_vals(f->slots, f->nslots); }
sp_frame_obj *sp_frame_new(sp_vm *vm, sp_val code, sp_val globals, sp_val builtins, sp_val locals, sp_val func);
/* Frame recycling.  A frame the loop pushed for a call and that nothing
 * outside the loop ever saw is, once it returned, garbage the loop alone
 * knows about: sp_frame_release keeps it (cleared) on its code's spare
 * list (at most SP_FRAME_SPARES: the deepest recursion's worth is not
 * kept), and the next sp_frame_new for that code reuses it instead of
 * allocating.  Everything that hands a frame to Python calls
 * sp_frame_escape first, which marks it and its callers as never to be
 * recycled (a traceback, sys._getframe, f_back, gi_frame), so a frame
 * object Python holds never changes under it. */
#define SP_FRAME_SPARES 32u
/* co is f's code. */
static inline __attribute__((always_inline)) void sp_frame_release_co(sp_vm *vm, sp_frame_obj *f, sp_code_obj *co)
{
    if (!f->pooled || f->escaped || f->gen != NULL || f->entry || co->nspare >= SP_FRAME_SPARES)
        return;
    /* Keep only the code (and the next spare): the function, its
     * globals and the caller must not be kept alive by a frame nobody
     * can see.  Only the slots below the stack pointer the frame
     * returned with can hold anything: the loop keeps every slot above
     * it NULL (the stale-slot rule, eval.c; debug builds check). */
    sp_vals s = sp_frame_slots(f);
    size_t top = f->sp < s.len ? f->sp : s.len;
    if (SP_DEBUG_CHECKS)
        for (size_t i = top; i < s.len; i++)
            if (sp_vals_get(s, i) != NULL)
                sp_trap("sp_frame_release: a slot above the stack pointer is not NULL");
    for (size_t i = 0; i < top; i++)
        sp_vals_set(s, i, NULL);
    f->func = f->globals = f->builtins = f->locals = f->ret_self = NULL;
    f->back = co->spare;
    co->spare = (sp_val)f;
    co->nspare++;
}
static inline void sp_frame_release(sp_vm *vm, sp_frame_obj *f)
{
    sp_frame_release_co(vm, f, sp_as_code(f->code));
}
/* A frame of co from its spare list, reset as sp_frame_new would make it
 * for a call of func (the loop's fast path for plain calls); NULL if the
 * list is empty. */
static inline __attribute__((always_inline)) sp_frame_obj *sp_frame_reuse(sp_vm *vm, sp_code_obj *co, sp_function_obj *fn, sp_val func)
{
    if (co->spare == NULL)
        return NULL;
    sp_frame_obj *f = sp_as_frame(vm, co->spare);
    co->spare = f->back;
    co->nspare--;
    f->func = func;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = f->back = f->gen = f->exc_saved = f->ret_self = NULL;
    f->depth = 0;
    f->pc = f->lasti = 0;
    f->sp = co->nlocals + co->ncells + co->nfrees;
    f->entry = f->yielded = f->done = f->pooled = f->escaped = f->resumed = 0;
    return f;
}
/* Make f's cells (an argument captured by a closure starts in its cell)
 * and copy in fn's closure (function.c). */
sp_frame_obj *sp_frame_cells(sp_vm *vm, sp_function_obj *fn, sp_code_obj *co, sp_frame_obj *f);
int sp_frame_lineno(sp_frame_obj *f);
/* For zero-argument super(): the __class__ cell's value (a type) and the
 * first argument of the running function.  NULL when both are there, else
 * CPython's RuntimeError message for what is missing (a "%T" in it stands
 * for *type, the cell's value). */
const char *sp_frame_super_args(sp_vm *vm, sp_val *type, sp_val *obj);

/* ---- the loop (eval.c) ---------------------------------------------------*/
/* Run `frame` (made by sp_frame_new / a generator) in a new loop
 * invocation until it returns or yields.  If `throw` is not NULL, resume
 * by raising it at the current instruction. */
sp_val sp_eval_frame(sp_vm *vm, sp_frame_obj *frame, sp_val throw);
/* Bind args/kwnames to a new frame for func (no run). */
sp_frame_obj *sp_function_frame(sp_vm *vm, sp_val func, sp_vals args, sp_val kwnames);
/* "module.qualname()" for messages about a callable. */
sp_val sp_function_str(sp_vm *vm, sp_val func);
/* The pattern-matching instructions (match.c); returns the new sp. */
uint32_t sp_eval_match_op(sp_vm *vm, uint32_t op, uint32_t arg, sp_vals s, uint32_t sp);
/* Set exc.__context__ to the exception being handled (as a raise does). */
void sp_eval_set_context(sp_vm *vm, sp_val exc);

/* ---- generators (generator.c) -------------------------------------------*/
typedef struct sp_gen_obj {
    sp_obj h;
    sp_val frame;           /* NULL once finished */
    sp_val name, qualname;
    sp_val code;
    sp_val extra;           /* async generators: the running asend/athrow */
    sp_val exc_state;       /* its exc_info while suspended, or NULL */
    uint8_t running;
    uint8_t closed;
    uint8_t hooks_done;
} sp_gen_obj;

sp_val sp_gen_new(sp_vm *vm, sp_frame_obj *frame, sp_val func);
/* Resume: send value (None to start) or throw exc.  Returns the yielded
 * value and sets *done = false, or the return value with *done = true. */
sp_val sp_gen_resume(sp_vm *vm, sp_val gen, sp_val value, sp_val exc, bool *done);
bool sp_is_generator(sp_vm *vm, sp_val v);
/* For the collector (no allocation, no exception): whether generator or
 * coroutine `o` is suspended where a handler (try, with) would run when
 * it is closed. */
bool sp_gen_wants_close(sp_vm *vm, sp_obj *o);
/* Its finalization: close() (src/vm/finalize.c reports what it raises). */
void sp_gen_finalize(sp_vm *vm, sp_val gen);
bool sp_is_coroutine(sp_vm *vm, sp_val v);
/* The wrapped value an async generator's yield produces. */
sp_val sp_async_gen_wrap(sp_vm *vm, sp_val v);

/* ---- tracebacks (traceback.c) --------------------------------------------*/
typedef struct sp_traceback_obj {
    sp_obj h;
    sp_val next;            /* traceback or NULL */
    sp_val frame;
    int32_t lasti, lineno;
} sp_traceback_obj;

/* ---- compiler (src/compiler/) --------------------------------------------*/
sp_val sp_compile_ast(sp_vm *vm, sp_val mod, sp_val filename, sp_compile_mode mode);
/* Stack effect of op with arg; jump: along the jump edge. */
int sp_op_stack_effect(uint32_t op, uint32_t arg, bool jump);
/* Raise SyntaxError(msg) located at node. */
_Noreturn void sp_compiler_error(sp_vm *vm, sp_val filename, sp_val node, const char *msg, sp_val arg);

#endif

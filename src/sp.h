/* The internal API every part of SafePy codes against.
 *
 * Conventions
 *  - Every function that can fail raises (sp_raise, never returns) instead
 *    of returning an error code.  A NULL sp_val result means "absent"
 *    (not found, iterator exhausted), never "error".
 *  - Allocation failure raises MemoryError.
 *  - Prototypes are one line each (tools/gen_stubs.py reads them).
 *  - The file after each section names the file that implements it.
 */
#ifndef SP_SP_H
#define SP_SP_H

#include <stdarg.h>
#include "core/core.h"
#include "core/objspan.h"
#include "core/gc.h"
#include "objects/object.h"
#include "vm/vm.h"

/* The C descriptors of the built-in types (types.def). */
#define SP_TYPE(field, def, base) extern const sp_typedef def;
#include "objects/types.def"
#undef SP_TYPE

/* ========================================================================
 * Allocation (src/vm/alloc.c)
 * ===================================================================== */
/* A zeroed instance of `type` of `size` bytes; raises MemoryError.
 * Inline: every object of the VM comes through here, and the heap's own
 * common case is a frameless function (gc.c), so the call it saves is a
 * few percent of a float loop.  Instances of classes may get a __del__
 * (even later, assigned to the class): candidates for Python-level
 * finalization (finalize.c). */
static inline sp_obj *sp_alloc(sp_vm *vm, sp_type *type, size_t size)
{
    uint32_t flags = type != NULL && (type->flags & SP_TF_HEAPTYPE) ? SP_GC_PYFIN : 0;
    sp_obj *o = sp_heap_alloc(vm->heap, type, size, flags);
    if (__builtin_expect(o == NULL, 0))
        sp_raise_memory(vm);
    return o;
}
/* Like sp_alloc, with the finalizer flag set. */
sp_obj *sp_alloc_finalized(sp_vm *vm, sp_type *type, size_t size);
/* A new instance of a (possibly heap) type with its dict and slots:
 * size = type->instance_size. */
sp_val sp_alloc_instance(sp_vm *vm, sp_type *type);
/* Internal arrays (cap may be 0). */
sp_valarray *sp_valarray_new(sp_vm *vm, size_t cap);
sp_rawbuf *sp_rawbuf_new(sp_vm *vm, size_t cap);
/* Checked size arithmetic that raises MemoryError on overflow. */
size_t sp_size_add_or_raise(sp_vm *vm, size_t a, size_t b);
size_t sp_size_mul_or_raise(sp_vm *vm, size_t a, size_t b);

/* Their storage: cap is set from the allocated size and never changes. */
static inline sp_vals sp_valarray_span(sp_valarray *a) { return sp_trailing_vals(a->items, a->cap); }
static inline sp_bytes sp_rawbuf_span(sp_rawbuf *b) { return sp_trailing_bytes(b->data, b->cap); }
/* A rawbuf's bytes as wider elements (tables, instructions). */
_Static_assert(offsetof(sp_rawbuf, data) % 8 == 0, "rawbuf data must be 8-aligned in its object");
static inline sp_u16s sp_rawbuf_u16s(sp_rawbuf *b) { return sp_trailing_as_sp_u16s(b->data, b->cap); }
static inline sp_i32s sp_rawbuf_i32s(sp_rawbuf *b) { return sp_trailing_as_sp_i32s(b->data, b->cap); }
static inline sp_i64s sp_rawbuf_i64s(sp_rawbuf *b) { return sp_trailing_as_sp_i64s(b->data, b->cap); }

/* ========================================================================
 * Types and checked downcasts (src/objects/type.c)
 * ===================================================================== */
/* A NULL value reaching these is a SafePy bug; it must end in a trap,
 * not a null dereference. */
static inline sp_type *sp_type_of(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v))
        return vm->t.int_;
    if (v == NULL)
        sp_trap("sp_type_of: NULL value");
    return v->type;
}
/* The layout of v's type ("int" layout for small ints). */
static inline sp_layout sp_layout_of(sp_val v)
{
    if (sp_is_small(v))
        return SP_LAYOUT_INT;
    if (v == NULL)
        sp_trap("sp_layout_of: NULL value");
    return v->type->def->layout;
}
/* Exact type test (no subclasses). */
static inline bool sp_is_exact(sp_vm *vm, sp_val v, sp_type *t) { return sp_type_of(vm, v) == t; }
bool sp_is_subtype(sp_type *a, sp_type *b);            /* a is b or subclass (via mro) */
/* The class a built-in base.__new__ was called with (args[0]).  sp_call
 * has already checked it with CPython's errors (sp_new_check_cls, type.c):
 * a type, a subtype of base; anything else here is a SafePy bug (trap). */
sp_type *sp_new_cls(sp_vm *vm, sp_vals args, sp_type *base);
bool sp_isinstance(sp_vm *vm, sp_val v, sp_type *t);   /* no __instancecheck__ */
/* Type checks by layout (include subclasses). */
static inline bool sp_is_int(sp_val v) { return sp_layout_of(v) == SP_LAYOUT_INT; } /* includes bool */
static inline bool sp_is_float(sp_val v) { return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_FLOAT; }
static inline bool sp_is_str(sp_val v) { return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_STR; }
static inline bool sp_is_bytes(sp_val v) { return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_BYTES; }
static inline bool sp_is_tuple(sp_val v) { return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_TUPLE; }
static inline bool sp_is_list(sp_val v) { return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_LIST; }
static inline bool sp_is_dict(sp_val v) { return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_DICT; }
static inline bool sp_is_type(sp_val v) { return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_TYPE; }
static inline bool sp_is_exc(sp_val v) { return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_EXC; }
static inline bool sp_is_module(sp_val v) { return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_MODULE; }
/* Checked downcasts: trap (a SafePy bug) if v doesn't have the layout.
 * Check with sp_is_* or sp_expect_* first when the value comes from Python. */
sp_obj *sp_as_layout(sp_val v, sp_layout layout, const char *what);
/* The inline check SP_AS uses; the trap itself is out of line. */
static inline sp_obj *sp_as_layout_inline(sp_val v, sp_layout layout, const char *what)
{
    if (__builtin_expect(sp_is_ptr(v) && v->type != NULL && v->type->layout_tag == (uint32_t)layout + 1, 1))
        return v;
    return sp_as_layout(v, layout, what);
}
#define SP_AS(T, v, LAYOUT) ((T *)sp_as_layout_inline((v), (LAYOUT), #T))
static inline sp_str_obj *sp_as_str(sp_val v) { return SP_AS(sp_str_obj, v, SP_LAYOUT_STR); }
static inline sp_tuple_obj *sp_as_tuple(sp_val v) { return SP_AS(sp_tuple_obj, v, SP_LAYOUT_TUPLE); }
static inline sp_list_obj *sp_as_list(sp_val v) { return SP_AS(sp_list_obj, v, SP_LAYOUT_LIST); }
static inline sp_type *sp_as_type(sp_val v) { return SP_AS(sp_type, v, SP_LAYOUT_TYPE); }
static inline sp_exc_obj *sp_as_exc(sp_val v) { return SP_AS(sp_exc_obj, v, SP_LAYOUT_EXC); }
static inline sp_module_obj *sp_as_module(sp_val v) { return SP_AS(sp_module_obj, v, SP_LAYOUT_MODULE); }
static inline sp_float_obj *sp_as_float(sp_val v) { return SP_AS(sp_float_obj, v, SP_LAYOUT_FLOAT); }
/* Raise TypeError "<what> must be str, not <type>" unless v is a str. */
void sp_expect_str(sp_vm *vm, sp_val v, const char *what);

/* Make the type object for a built-in descriptor (VM init). */
sp_type *sp_type_from_def(sp_vm *vm, const sp_typedef *def, sp_type *base);
/* Create a class: what `class` statements and type(name, bases, dict) do
 * after the metaclass is chosen. */
sp_val sp_type_new(sp_vm *vm, sp_type *metatype, sp_val name, sp_val bases, sp_val dict);
/* types.GenericAlias(origin, args): what list[int] returns (__class_getitem__). */
sp_val sp_generic_alias_new(sp_vm *vm, sp_val origin, sp_val args);
/* A str's hash (SipHash of CPython's internal form), cached in the str. */
int64_t sp_str_hash_compute(sp_vm *vm, sp_val s);
static inline int64_t sp_str_hash(sp_vm *vm, sp_val s)
{
    sp_str_obj *o = sp_as_str(s);
    return o->hash != -1 ? o->hash : sp_str_hash_compute(vm, s);
}
/* Look `name` up along type's MRO, without descriptors; NULL if absent. */
sp_val sp_type_lookup(sp_vm *vm, sp_type *type, sp_val name);
/* The __name__ of a type as a C string (valid while the type lives). */
const char *sp_type_name(sp_type *type);
/* Add a C method / attribute to a type's dict (module init). */
void sp_type_add_methods(sp_vm *vm, sp_type *type, const sp_methoddef *defs);
void sp_type_set_attr_cstr(sp_vm *vm, sp_type *type, const char *name, sp_val value);
/* Extra words of a heap-type instance (dict slot, __slots__ values). */
sp_val sp_obj_get_dict(sp_vm *vm, sp_val obj);          /* NULL if none */
sp_val sp_obj_get_slot(sp_vm *vm, sp_val obj, size_t i);
void sp_obj_set_slot(sp_vm *vm, sp_val obj, size_t i, sp_val v);

/* ========================================================================
 * The object protocol (src/objects/abstract.c)
 * These dispatch on the type: fast paths for built-ins, then the dunder
 * method looked up on the type (never on the instance), as CPython does.
 * ===================================================================== */
sp_val sp_repr(sp_vm *vm, sp_val v);            /* always a str */
sp_val sp_str(sp_vm *vm, sp_val v);             /* always a str */
sp_val sp_ascii(sp_vm *vm, sp_val v);
int64_t sp_hash(sp_vm *vm, sp_val v);           /* TypeError if unhashable */
bool sp_truthy(sp_vm *vm, sp_val v);
sp_val sp_format(sp_vm *vm, sp_val v, sp_val spec);   /* format(v, spec) */

typedef enum sp_cmpop { SP_LT, SP_LE, SP_EQ, SP_NE, SP_GT, SP_GE } sp_cmpop;
sp_val sp_richcmp(sp_vm *vm, sp_val a, sp_val b, sp_cmpop op);
bool sp_richcmp_bool(sp_vm *vm, sp_val a, sp_val b, sp_cmpop op);
/* a == b with the identity shortcut containers use (x is y implies equal). */
bool sp_eq(sp_vm *vm, sp_val a, sp_val b);

typedef enum sp_binop {
    SP_OP_ADD, SP_OP_SUB, SP_OP_MUL, SP_OP_MATMUL, SP_OP_TRUEDIV,
    SP_OP_FLOORDIV, SP_OP_MOD, SP_OP_POW, SP_OP_LSHIFT, SP_OP_RSHIFT,
    SP_OP_AND, SP_OP_OR, SP_OP_XOR,
    SP_OP_COUNT
} sp_binop;
sp_val sp_binary(sp_vm *vm, sp_binop op, sp_val a, sp_val b);
sp_val sp_inplace(sp_vm *vm, sp_binop op, sp_val a, sp_val b);   /* a op= b */
sp_val sp_pow3(sp_vm *vm, sp_val a, sp_val b, sp_val mod);       /* pow(a, b, mod) */
sp_val sp_neg(sp_vm *vm, sp_val v);
sp_val sp_pos(sp_vm *vm, sp_val v);
sp_val sp_invert(sp_vm *vm, sp_val v);
sp_val sp_abs(sp_vm *vm, sp_val v);
/* The symbol of a binary op ("+", "**", ...) for error messages. */
const char *sp_binop_symbol(sp_binop op);
const char *sp_inplace_symbol(sp_binop op);   /* "+=", ... */

sp_val sp_getattr(sp_vm *vm, sp_val obj, sp_val name);      /* AttributeError */
sp_val sp_getattr_opt(sp_vm *vm, sp_val obj, sp_val name);  /* NULL if AttributeError */
sp_val sp_getattr_cstr(sp_vm *vm, sp_val obj, const char *name);
void sp_setattr(sp_vm *vm, sp_val obj, sp_val name, sp_val value);
void sp_delattr(sp_vm *vm, sp_val obj, sp_val name);
bool sp_hasattr(sp_vm *vm, sp_val obj, sp_val name);
/* object.__getattribute__ / __setattr__ (the generic algorithm). */
sp_val sp_generic_getattr(sp_vm *vm, sp_val obj, sp_val name, bool raise);
void sp_generic_setattr(sp_vm *vm, sp_val obj, sp_val name, sp_val value);
/* Look up a method for a call obj.name(...): returns the unbound function
 * and sets *self to obj when the result wants self prepended (a plain
 * function or method descriptor found on the type), else the bound
 * attribute and *self = NULL.  Raises AttributeError if absent. */
sp_val sp_lookup_method(sp_vm *vm, sp_val obj, sp_val name, sp_val *self);
/* type(obj).name looked up, bound, and called: obj.__dunder__(args...).
 * Returns NULL (without calling) if the type has no such attribute. */
sp_val sp_call_special(sp_vm *vm, sp_val obj, sp_val name, sp_vals args);

sp_val sp_getitem(sp_vm *vm, sp_val obj, sp_val key);
void sp_setitem(sp_vm *vm, sp_val obj, sp_val key, sp_val value);
void sp_delitem(sp_vm *vm, sp_val obj, sp_val key);
bool sp_contains(sp_vm *vm, sp_val container, sp_val item);   /* item in container */
size_t sp_len(sp_vm *vm, sp_val v);             /* len(): TypeError / ValueError / OverflowError */
/* __index__: an int (TypeError otherwise), and as a C integer (OverflowError
 * "cannot fit 'int' into an index-sized integer" when too big). */
sp_val sp_index(sp_vm *vm, sp_val v);
/* sp_index as an exact int (True -> 1, int subclasses -> int), as PyNumber_Index. */
sp_val sp_index_exact(sp_vm *vm, sp_val v);
sp_ssize sp_index_ssize(sp_vm *vm, sp_val v);
/* Like sp_index_ssize, but clamps huge values (slices). */
sp_ssize sp_index_clamped(sp_vm *vm, sp_val v);

sp_val sp_iter(sp_vm *vm, sp_val v);            /* iter(v) */
sp_val sp_next(sp_vm *vm, sp_val it);           /* NULL when exhausted (no StopIteration) */
/* The iterator iter() makes for objects with __getitem__ only (vm->t.iterator; src/objects/ branch cont). */
sp_val sp_seqiter_new(sp_vm *vm, sp_val seq);
/* list(iterable) / tuple(iterable), with fast paths. */
sp_val sp_list_from_iter(sp_vm *vm, sp_val iterable);
sp_val sp_tuple_from_iter(sp_vm *vm, sp_val iterable);

/* Call anything callable.  args holds positional then keyword values;
 * kwnames is NULL or a tuple of the keyword names. */
sp_val sp_call(sp_vm *vm, sp_val callable, sp_vals args, sp_val kwnames);
sp_val sp_call0(sp_vm *vm, sp_val callable);
sp_val sp_call1(sp_vm *vm, sp_val callable, sp_val a);
sp_val sp_call2(sp_vm *vm, sp_val callable, sp_val a, sp_val b);
/* Call with a tuple of positional args and a dict of keywords (either may
 * be NULL): f(*args, **kwargs). */
sp_val sp_call_tuple_dict(sp_vm *vm, sp_val callable, sp_val args, sp_val kwargs);
bool sp_callable(sp_vm *vm, sp_val v);

/* ========================================================================
 * C-function argument parsing (src/objects/args.c)
 * ===================================================================== */
/* Bind args/kwnames to `out` by position and by the names in `kwlist`
 * ("" for positional-only).  The first `required` are
 * required.  Missing optional entries are left NULL.  Raises TypeError with
 * CPython's messages ("f() takes at most 2 arguments (3 given)", "f()
 * missing required argument 'x' (pos 1)", "'x' is an invalid keyword
 * argument for f()").  out.len is the number of parameters. */
void sp_parse_args_span(sp_vm *vm, const char *fname, sp_vals args, sp_val kwnames, sp_cstrs kwlist, size_t required, sp_vals out);
/* kwlist: a C array of the parameter names (at least out.len of them; a
 * NULL after them is allowed), made a span here from its own size. */
#define sp_parse_args(vm, fname, args, kwnames, kwlist, required, out) \
    sp_parse_args_span(vm, fname, args, kwnames, SP_ARRAY_SPAN(sp_cstrs, kwlist), required, out)
/* The common case of no keywords: check the count and fail as CPython:
 * "f() takes exactly one argument (2 given)", "f expected at most 2
 * arguments, got 3". */
void sp_check_nargs(sp_vm *vm, const char *fname, sp_vals args, sp_val kwnames, size_t min, size_t max);
/* (For methods, pass the arguments after self: sp_vals_from(args, 1).) */
void sp_no_kwargs(sp_vm *vm, const char *fname, sp_val kwnames);

/* ========================================================================
 * Built-in function objects and descriptors (src/objects/descr.c)
 * ===================================================================== */
sp_val sp_builtin_new(sp_vm *vm, const sp_methoddef *def, sp_val self, sp_val module);
sp_val sp_method_new(sp_vm *vm, sp_val func, sp_val self);   /* bound method */
sp_val sp_property_new(sp_vm *vm, sp_val fget, sp_val fset, sp_val fdel, sp_val doc);

/* ========================================================================
 * Modules (src/objects/module.c)
 * ===================================================================== */
sp_val sp_module_new(sp_vm *vm, sp_val name);
sp_val sp_module_dict(sp_val module);
/* Set module.name = value (module init). */
void sp_module_add(sp_vm *vm, sp_val module, const char *name, sp_val value);
void sp_module_add_methods(sp_vm *vm, sp_val module, const sp_methoddef *defs);

/* ========================================================================
 * Exceptions (src/objects/exceptions.c)
 * ===================================================================== */
/* Instantiate an exception class with args (may be called for any class). */
sp_val sp_exc_new(sp_vm *vm, sp_type *type, sp_vals args);
sp_val sp_exc_new_msg(sp_vm *vm, sp_type *type, sp_val msg);
sp_val sp_exc_get_traceback(sp_val exc);
void sp_exc_set_traceback(sp_vm *vm, sp_val exc, sp_val tb);
void sp_exc_set_context(sp_vm *vm, sp_val exc, sp_val context);
void sp_exc_set_cause(sp_vm *vm, sp_val exc, sp_val cause);
/* The exception class's "Module.Name" as shown in tracebacks. */
sp_val sp_exc_qualified_name(sp_vm *vm, sp_type *type);
/* Raise StopIteration(value). */
_Noreturn void sp_raise_stop_iteration(sp_vm *vm, sp_val value);
sp_val sp_exc_prep_reraise_star(sp_vm *vm, sp_val orig, sp_val list);   /* excgroup.c: what leaves a try/except* */
/* Raise KeyError(key) (the key itself, not its repr, is the argument). */
_Noreturn void sp_raise_key_error(sp_vm *vm, sp_val key);
/* TypeError "unhashable type: 'list'" */
_Noreturn void sp_raise_unhashable(sp_vm *vm, sp_val v);
/* AttributeError "'X' object has no attribute 'name'" (with .name/.obj set) */
_Noreturn void sp_raise_no_attr(sp_vm *vm, sp_val obj, sp_val name);

/* ========================================================================
 * int (src/objects/int.c; limb kernels in src/core/bigint.c)
 * ===================================================================== */
sp_val sp_int_from_i64(sp_vm *vm, int64_t i);
sp_val sp_int_from_u64(sp_vm *vm, uint64_t u);
sp_val sp_int_from_size(sp_vm *vm, size_t n);
/* true if v (an int) fits in int64; stores it. */
bool sp_int_to_i64(sp_val v, int64_t *out);
/* int64 or OverflowError "Python int too large to convert to C long". */
int64_t sp_int_as_i64(sp_vm *vm, sp_val v);
/* Parse digits (after sign/prefix handling of int(str, base)); raises
 * ValueError "invalid literal for int() with base 10: 'x'". */
sp_val sp_int_from_str(sp_vm *vm, sp_cbytes text, int base);
sp_val sp_int_from_double(sp_vm *vm, double d);        /* truncates; OverflowError/ValueError for inf/nan */
double sp_int_to_double(sp_vm *vm, sp_val v);          /* OverflowError "int too large to convert to float" */
sp_val sp_int_to_str(sp_vm *vm, sp_val v, int base);   /* base 2/8/10/16, no prefix */
int sp_int_sign(sp_val v);                             /* -1, 0, 1 */
int sp_int_cmp(sp_val a, sp_val b);                    /* both ints */
sp_val sp_int_add(sp_vm *vm, sp_val a, sp_val b);
sp_val sp_int_sub(sp_vm *vm, sp_val a, sp_val b);
sp_val sp_int_mul(sp_vm *vm, sp_val a, sp_val b);
sp_val sp_int_floordiv(sp_vm *vm, sp_val a, sp_val b); /* ZeroDivisionError */
sp_val sp_int_mod(sp_vm *vm, sp_val a, sp_val b);
sp_val sp_int_neg(sp_vm *vm, sp_val a);
int64_t sp_int_hash(sp_val v);
/* bool */
static inline sp_val sp_bool(sp_vm *vm, bool b) { return b ? vm->True : vm->False; }

/* The decimal digits of v, a '-' first if it is negative, written at the
 * end of out (20 bytes are enough): the offset where they start. */
static inline size_t sp_i64_dec(int64_t v, sp_bytes out)
{
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    size_t k = out.len;
    do {
        sp_bytes_set(out, --k, (uint8_t)('0' + u % 10));
        u /= 10;
    } while (u != 0);
    if (v < 0)
        sp_bytes_set(out, --k, '-');
    return k;
}

/* The value of the hexadecimal digit c (either case), or -1. */
static inline int sp_hex_digit(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return (int)(c - 'A' + 10);
    return -1;
}

/* ========================================================================
 * float, complex (src/objects/float.c, complex.c)
 * ===================================================================== */
/* A new (exact) float.  Inline, and straight to the heap (float is not a
 * heap type: sp_alloc's finalization flag never applies): BINARY_OP's
 * float fast paths make one per operation. */
static inline sp_val sp_float_new(sp_vm *vm, double d)
{
    sp_obj *o = sp_heap_alloc(vm->heap, vm->t.float_, sizeof(sp_float_obj), 0);
    if (__builtin_expect(o == NULL, 0))
        sp_raise_memory(vm);
    ((sp_float_obj *)o)->value = d;
    return (sp_val)o;
}
static inline double sp_float_get(sp_val v) { return sp_as_float(v)->value; }
/* a op b as float.__op__ computes it; NULL if op isn't one of float's or b is a zero divisor. */
sp_val sp_float_binary(sp_vm *vm, sp_binop op, double a, double b);
/* float(x) protocol: __float__, __index__; TypeError otherwise. */
double sp_float_of(sp_vm *vm, sp_val v);
/* repr(float): shortest string that round-trips, CPython's format. */
sp_val sp_float_repr(sp_vm *vm, double d);
/* Parse a float literal / float(str); NULL if the text is not a float. */
sp_val sp_float_from_str(sp_vm *vm, sp_cbytes text);
int64_t sp_float_hash(double d);
sp_val sp_complex_new(sp_vm *vm, double real, double imag);
/* Argument count check of a float/complex method (args[0] is self; min and
 * max count the others) in CPython's wording: "float.hex() takes no
 * arguments (1 given)" for a name with a "type." prefix, else a slot
 * wrapper's "expected 1 argument, got 2". */
void sp_num_check_args(sp_vm *vm, const char *name, sp_vals args, sp_val kw, size_t min, size_t max);

/* ========================================================================
 * Formatting mini-language (src/objects/format.c)
 * ===================================================================== */
/* format(v, spec) for the built-in kinds. */
sp_val sp_format_int(sp_vm *vm, sp_val v, sp_val spec);
sp_val sp_format_float(sp_vm *vm, double d, sp_val spec);
sp_val sp_format_str(sp_vm *vm, sp_val s, sp_val spec);

/* ========================================================================
 * str (src/objects/str.c)
 * ===================================================================== */
/* A new str from UTF-8 (must be valid UTF-8: checked; trap if not -- use
 * sp_str_decode_utf8 for untrusted bytes). */
sp_val sp_str_new(sp_vm *vm, sp_cbytes utf8);
sp_val sp_str_from_cstr(sp_vm *vm, const char *s);
/* Decode untrusted bytes; UnicodeDecodeError (errors="strict") */
sp_val sp_str_decode_utf8(sp_vm *vm, sp_cbytes bytes, const char *errors);
/* The interned str for s (same object for equal strings). */
sp_val sp_intern(sp_vm *vm, sp_val s);
sp_val sp_intern_cstr(sp_vm *vm, const char *s);
/* Printf-like: %s (C string), %d (int), %zd (sp_ssize), %zu (size_t),
 * %lld (long long), %c (int as a code point), %R (repr of sp_val), %S
 * (str of sp_val), %U (a str sp_val as is), %T (type name of an sp_val),
 * %N (name of an sp_type *), %%. */
sp_val sp_str_fmt(sp_vm *vm, const char *fmt, ...);
sp_val sp_str_vfmt(sp_vm *vm, const char *fmt, va_list ap);
/* The UTF-8 bytes (valid while the str lives) and a NUL-terminated view. */
sp_cbytes sp_str_bytes(sp_val s);
const char *sp_str_cstr(sp_val s);
size_t sp_str_len(sp_val s);                   /* code points */
bool sp_str_eq(sp_val a, sp_val b);             /* both str */
bool sp_str_eq_cstr(sp_val s, const char *c);
int sp_str_cmp(sp_val a, sp_val b);             /* code point order */
sp_val sp_str_concat(sp_vm *vm, sp_val a, sp_val b);
/* `sub in s` for a str s (TypeError for a non-str sub, as str.__contains__). */
bool sp_str_contains(sp_vm *vm, sp_val s, sp_val sub);
/* s[i] as a 1-char str (i already normalised, 0 <= i < len). */
sp_val sp_str_char_at(sp_vm *vm, sp_val s, size_t i);
uint32_t sp_str_codepoint_at(sp_val s, size_t i);
sp_val sp_str_from_codepoint(sp_vm *vm, uint32_t cp);
/* sep.join(items) for a span of str values. */
sp_val sp_str_join(sp_vm *vm, sp_val sep, sp_vals items);
/* s[key] for a str s (str.__getitem__: an index or a slice). */
sp_val sp_str_getitem(sp_vm *vm, sp_val s, sp_val key);
/* s[i] for an ASCII str s (exact or not) and an index in range (negative
 * counts from the end): the cached one-character str; NULL for anything
 * else (sp_str_getitem then answers or raises). */
sp_val sp_str_item_ascii(sp_vm *vm, sp_val s, int64_t i);
/* fmt % args for a str fmt (str.__mod__). */
sp_val sp_str_percent_format(sp_vm *vm, sp_val fmt, sp_val args);
/* Growable UTF-8 builder (GC-safe): the first SP_STRBUF_SMALL bytes go to
 * `small` inside the struct (buf == NULL), more to a rawbuf in `buf`. */
#define SP_STRBUF_SMALL 64u
typedef struct sp_strbuf { sp_val buf; size_t len; size_t nchars; bool ascii; uint8_t small[SP_STRBUF_SMALL]; } sp_strbuf;
void sp_strbuf_init(sp_vm *vm, sp_strbuf *b, size_t cap);
void sp_strbuf_add(sp_vm *vm, sp_strbuf *b, sp_cbytes utf8);
void sp_strbuf_add_cstr(sp_vm *vm, sp_strbuf *b, const char *s);
void sp_strbuf_add_str(sp_vm *vm, sp_strbuf *b, sp_val s);
void sp_strbuf_add_codepoint(sp_vm *vm, sp_strbuf *b, uint32_t cp);
sp_val sp_strbuf_finish(sp_vm *vm, sp_strbuf *b);
/* repr of a str with CPython's quoting rules. */
sp_val sp_str_repr(sp_vm *vm, sp_val s);

/* ========================================================================
 * bytes, bytearray (src/objects/bytes.c, bytearray.c)
 * ===================================================================== */
sp_val sp_bytes_new(sp_vm *vm, sp_cbytes data);
sp_cbytes sp_bytes_data(sp_val b);              /* bytes or bytearray */
sp_val sp_bytearray_new(sp_vm *vm, sp_cbytes data);
/* __index__ of an item key; IndexError when it does not fit an sp_ssize. */
sp_ssize sp_bytes_item_index(sp_vm *vm, sp_val key);
/* The arguments after self of a bytes/bytearray method, counted and
 * keyword-checked with CPython's messages ("bytearray.append() takes no
 * keyword arguments"). */
/* If v is a memoryview: its bytes in C order (ValueError if released). */
bool sp_memoryview_bytes(sp_vm *vm, sp_val v, sp_cbytes *out);
/* Any buffer CPython would accept as bytes-like: bytes, bytearray (their
 * data, no copy) or a memoryview (its bytes in C order, a copy; ValueError
 * if released).  false for anything else. */
bool sp_bytes_buffer(sp_vm *vm, sp_val v, sp_cbytes *out);
bool sp_memoryview_contiguous(sp_vm *vm, sp_val v);
sp_vals sp_bytes_method_args(sp_vm *vm, sp_vals args, sp_val kw, const char *name, size_t min, size_t max);

/* ========================================================================
 * tuple (src/objects/tuple.c)
 * ===================================================================== */
/* A tuple of n items, all None; fill with sp_tuple_set before sharing. */
sp_val sp_tuple_new(sp_vm *vm, size_t n);
sp_val sp_tuple_from(sp_vm *vm, sp_vals items);
sp_val sp_tuple_pack2(sp_vm *vm, sp_val a, sp_val b);
void sp_tuple_set(sp_val t, size_t i, sp_val v);
/* len is the allocated item count, fixed at allocation (tuple.c). */
static inline sp_vals sp_tuple_items(sp_val t) { sp_tuple_obj *p = sp_as_tuple(t); return sp_trailing_vals(p->items, p->len); }
static inline size_t sp_tuple_len(sp_val t) { return sp_as_tuple(t)->len; }
/* t[i]; a trap if out of range. */
static inline sp_val sp_tuple_get(sp_val t, size_t i) { return sp_vals_get(sp_tuple_items(t), i); }

/* ========================================================================
 * list (src/objects/list.c)
 * ===================================================================== */
sp_val sp_list_new(sp_vm *vm, size_t cap);      /* empty, with capacity */
sp_val sp_list_from(sp_vm *vm, sp_vals items);
void sp_list_append(sp_vm *vm, sp_val list, sp_val v);
void sp_list_extend(sp_vm *vm, sp_val list, sp_val iterable);
size_t sp_list_len(sp_val l);
sp_val sp_list_get(sp_val l, size_t i);         /* trap if out of range */
void sp_list_set(sp_val l, size_t i, sp_val v);
sp_val sp_list_pop(sp_vm *vm, sp_val l);        /* last item; IndexError if empty */
void sp_list_sort(sp_vm *vm, sp_val l, sp_val key, bool reverse);
/* The live items (valid until the list is resized). */
sp_vals sp_list_items(sp_val l);
/* operator.length_hint(o, dflt), as list()/tuple()/extend() consult it. */
sp_ssize sp_list_length_hint(sp_vm *vm, sp_val o, sp_ssize dflt);
/* start/stop arguments (args[2], args[3]) of list.index / tuple.index. */
void sp_seq_index_bounds(sp_vm *vm, sp_vals args, size_t len, size_t *start, size_t *stop);

/* ========================================================================
 * dict (src/objects/dict.c)  -- insertion ordered
 * ===================================================================== */
sp_val sp_dict_new(sp_vm *vm);
sp_val sp_dict_get(sp_vm *vm, sp_val d, sp_val key);        /* NULL if absent */
void sp_dict_set(sp_vm *vm, sp_val d, sp_val key, sp_val value);
bool sp_dict_del(sp_vm *vm, sp_val d, sp_val key);          /* false if absent */
/* String-keyed fast paths (key must be a str). */
sp_val sp_dict_get_str(sp_vm *vm, sp_val d, sp_val key);
sp_val sp_dict_get_cstr(sp_vm *vm, sp_val d, const char *key);
void sp_dict_set_cstr(sp_vm *vm, sp_val d, const char *key, sp_val value);
size_t sp_dict_len(sp_val d);
/* Iterate: size_t pos = 0; while (sp_dict_next(d, &pos, &k, &v)) ... */
bool sp_dict_next(sp_val d, size_t *pos, sp_val *key, sp_val *value);
sp_val sp_dict_copy(sp_vm *vm, sp_val d);
void sp_dict_update(sp_vm *vm, sp_val d, sp_val other);     /* dict.update(other) */
void sp_dict_clear(sp_vm *vm, sp_val d);
sp_val sp_dict_keys_list(sp_vm *vm, sp_val d);

/* ========================================================================
 * set, frozenset (src/objects/set.c)
 * ===================================================================== */
sp_val sp_set_new(sp_vm *vm);
sp_val sp_frozenset_new(sp_vm *vm, sp_val iterable);   /* iterable may be NULL */
void sp_set_add(sp_vm *vm, sp_val s, sp_val key);
bool sp_set_contains(sp_vm *vm, sp_val s, sp_val key);
bool sp_set_contains_small(sp_vm *vm, sp_val s, sp_val key);   /* key a small int */
void sp_set_update(sp_vm *vm, sp_val s, sp_val iterable);      /* s.update(iterable) */
size_t sp_set_len(sp_val s);
/* a | b, a & b, a - b, a ^ b of two exact sets or frozensets (what the
 * operators' dunders give them, without the protocol); NULL for any
 * other operands or operator. */
sp_val sp_set_binary(sp_vm *vm, sp_binop op, sp_val a, sp_val b);

/* ========================================================================
 * range, slice (src/objects/range.c, slice.c)
 * ===================================================================== */
sp_val sp_slice_new(sp_vm *vm, sp_val start, sp_val stop, sp_val step);
bool sp_is_slice(sp_vm *vm, sp_val v);
/* range(*args) for one to three small ints (a zero step excluded), without
 * the call of range.__new__; NULL for anything else.  iter(r) of an
 * exact range. */
sp_val sp_range_call_small(sp_vm *vm, sp_vals args);
sp_val sp_range_iter_new(sp_vm *vm, sp_val r);
/* slice.indices(len) as C sizes; returns the slice length. */
size_t sp_slice_indices(sp_vm *vm, sp_val slice, size_t len, sp_ssize *start, sp_ssize *stop, sp_ssize *step);
/* The same in two steps, for MUTABLE sequences: unpacking runs __index__
 * (any Python code, which may resize the sequence), so adjust to the
 * length read after it.  Returns the slice length. */
void sp_slice_unpack(sp_vm *vm, sp_val slice, sp_ssize *start, sp_ssize *stop, sp_ssize *step);
size_t sp_slice_adjust(size_t len, sp_ssize *start, sp_ssize *stop, sp_ssize step);
/* obj[start:stop:step] and obj[start:stop:step] = v without a slice
 * object, for the loop (BUILD_SLICE before BINARY_SUBSCR/STORE_SUBSCR):
 * the result (true for the store) when obj is an exact list, tuple or str
 * (a list for the store) and the bounds are small ints or None; NULL
 * (false) for anything else, left to the slice object's full path. */
sp_val sp_slice_subscr(sp_vm *vm, sp_val obj, sp_val start, sp_val stop, sp_val step);
bool sp_slice_store(sp_vm *vm, sp_val obj, sp_val start, sp_val stop, sp_val step, sp_val v);

/* ========================================================================
 * Functions, code, frames, the interpreter (src/vm/, src/compiler/)
 * ===================================================================== */
typedef enum sp_compile_mode { SP_MODE_EXEC, SP_MODE_EVAL, SP_MODE_SINGLE } sp_compile_mode;
/* Source -> code object.  Raises SyntaxError / IndentationError. */
sp_val sp_compile(sp_vm *vm, sp_cbytes source, sp_val filename, sp_compile_mode mode);
/* Run a module-level code object with these globals (and locals, which may
 * be NULL = the globals). */
sp_val sp_eval_code(sp_vm *vm, sp_val code, sp_val globals, sp_val locals);
/* Call a Python function object (used by sp_call). */
sp_val sp_function_call(sp_vm *vm, sp_val func, sp_vals args, sp_val kwnames);
bool sp_is_function(sp_vm *vm, sp_val v);
/* The current frame's globals / locals (builtins globals() / locals()). */
sp_val sp_current_globals(sp_vm *vm);
sp_val sp_current_locals(sp_vm *vm);
/* Print exc with its traceback in CPython's format to sys.stderr. */
void sp_print_exception(sp_vm *vm, sp_val exc);
/* The same, but never raises: if printing fails (e.g. no memory left), it
 * is tried again without the traceback, context and cause (which it
 * drops), and then the exception's class name is written straight to fd 2
 * (src/vm/traceback.c). */
void sp_print_exception_safe(sp_vm *vm, sp_val exc);
/* The part of CPython's default sys.unraisablehook report after "Exception
 * ignored in: ...": exc's own traceback and "Type: str" (no cause, context
 * or notes; ": " even when str() is empty).  May raise. */
void sp_print_unraisable_exc(sp_vm *vm, sp_val exc);
/* Build the traceback entry list for the frame stack at a raise (VM). */
void sp_traceback_add(sp_vm *vm, sp_val exc, sp_val frame);
/* Call before handing a frame object to Python code: the loop never
 * recycles it (nor its callers) afterwards (src/vm/frame.c). */
void sp_frame_escape(sp_vm *vm, sp_val frame);

/* ========================================================================
 * Front end (src/parser/)
 * ===================================================================== */
/* Parse into an AST (see src/parser/ast.h); raises SyntaxError. */
sp_val sp_parse(sp_vm *vm, sp_cbytes source, sp_val filename, sp_compile_mode mode);
/* The Unicode 14.0 name of cp (unicodedata.name) written into out
 * (88 bytes always suffice); its length, or 0 if cp has no name. */
size_t sp_unicode_name(uint32_t cp, sp_bytes out);

/* ========================================================================
 * Import, builtins, sys (src/vm/import.c, src/modules/)
 * ===================================================================== */
sp_val sp_import(sp_vm *vm, sp_val name, sp_val globals, sp_val fromlist, int level);
sp_val sp_import_cstr(sp_vm *vm, const char *name);
/* `from module import name` (IMPORT_FROM): the attribute, or a submodule in
 * sys.modules; else ImportError "cannot import name 'x' from 'm' (path)". */
sp_val sp_import_from(sp_vm *vm, sp_val module, sp_val name);
/* Write to sys.stdout / sys.stderr (falls back to fd 1/2 before sys exists). */
void sp_write_stdout(sp_vm *vm, sp_val str);
void sp_write_stderr(sp_vm *vm, sp_val str);
void sp_write_stderr_cstr(sp_vm *vm, const char *s);

/* ========================================================================
 * Builtin functions, one NULL-terminated table per area, assembled into the
 * builtins module by src/modules/builtins.c.  Weak: a table nobody has
 * written yet is simply absent (its address is NULL).
 * ===================================================================== */
/* isinstance issubclass id hash getattr setattr hasattr delattr callable
 * repr vars dir (src/objects/ -- the type system) */
extern const sp_methoddef sp_builtins_types[] __attribute__((weak));
/* abs divmod pow round hex oct bin (src/objects/int.c ...) */
extern const sp_methoddef sp_builtins_num[] __attribute__((weak));
/* chr ord ascii format (src/objects/str.c ...) */
extern const sp_methoddef sp_builtins_str[] __attribute__((weak));
/* len sorted min max sum any all iter next (src/objects/ containers) */
extern const sp_methoddef sp_builtins_cont[] __attribute__((weak));
/* __build_class__ globals locals exec eval compile (src/vm/) */
extern const sp_methoddef sp_builtins_vm[] __attribute__((weak));
/* print input open __import__ (src/modules/io.c, src/vm/import.c) */
extern const sp_methoddef sp_builtins_sys[] __attribute__((weak));
/* exit quit copyright credits license help: site.py's objects (src/objects/builtins_site.c) */
void sp_builtins_site_init(sp_vm *vm, sp_val mod);

/* ========================================================================
 * VM life cycle (src/vm/vm.c)
 * ===================================================================== */
typedef struct sp_config {
    size_t max_heap;            /* bytes; 0 = default */
    bool gc_stress;
    const sp_platform *platform;
    const char *lib_dir;        /* SafePy's lib/ */
    const char *stdlib_dir;     /* CPython stdlib dir, may be NULL */
    uint64_t max_ticks;         /* tick budget over the VM's life; 0 = none (service.c) */
    int64_t max_time;           /* ns of wall time from sp_vm_new; 0 = none */
} sp_config;

sp_vm *sp_vm_new(const sp_config *config);
void sp_vm_free(sp_vm *vm);
/* Run a file / a string / a module as __main__.  Returns the exit status
 * (0, 1 after an uncaught exception (printed), or SystemExit's). */
int sp_run_main_file(sp_vm *vm, const char *path, void *stack_base);
int sp_run_main_string(sp_vm *vm, sp_cbytes source, const char *filename, void *stack_base);
int sp_run_main_module(sp_vm *vm, const char *module, void *stack_base);
/* The end of the interpreter's life (CPython's finalization): the atexit
 * handlers, then the finalizers of what is still alive, then the standard
 * streams flushed.  Once, after the last program: the command line after
 * it (any mode), the embedding API in safepy_free. */
void sp_vm_shutdown(sp_vm *vm, void *stack_base);

/* Python-level finalization (src/vm/finalize.c): __del__ and the closing
 * of generators garbage while suspended.  sp_finalizer_wanted is the
 * heap's wants_finalizer hook; sp_run_finalizers runs the queued ones (at
 * safe points, gc.collect()); sp_finalize_at_exit also the live ones. */
bool sp_finalizer_wanted(sp_heap *h, sp_obj *o, void *ud);
void sp_run_finalizers(sp_vm *vm);
void sp_finalize_at_exit(sp_vm *vm);

/* Init functions each subsystem provides, called in this order by
 * sp_vm_new after all type objects exist (src/vm/inits.def lists them). */
#define SP_INIT(fn) void fn(sp_vm *vm);
#include "vm/inits.def"
#undef SP_INIT

#endif

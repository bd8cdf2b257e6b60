/* The object protocol: what every operator, attribute access and call
 * does, dispatched on the type.  Fast paths for the exact built-in types,
 * then the dunder method looked up on the type (never on the instance),
 * with CPython's rules for reflected operands and NotImplemented.
 */
#include "sp.h"
#include "objects/typeobj.h"
#include "objects/cont.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "vm/vm.h"

/* ---- calling descriptors found on a type --------------------------------- */

/* self prepended to args, into buf when it fits, else a valarray. */
static sp_vals prepend(sp_vm *vm, sp_vals buf, sp_val self, sp_vals args)
{
    size_t n = args.len + 1;
    sp_vals a;
    if (n <= buf.len) {
        a = sp_vals_sub(buf, 0, n);
    } else {
        sp_valarray *arr = sp_valarray_new(vm, n);
        a = sp_vals_sub(sp_valarray_span(arr), 0, n);
    }
    sp_vals_set(a, 0, self);
    sp_vals_copy(sp_vals_from(a, 1), args);
    return a;
}

sp_val sp_call_with_self(sp_vm *vm, sp_val f, sp_val self, sp_vals args, sp_val kwnames)
{
    sp_val buf[8];
    sp_vals a = prepend(vm, SP_VALS(buf), self, args);
    return sp_call(vm, f, a, kwnames);
}

/* descr (found on type(self)) called as self.name(*rest). */
static sp_val call_descr(sp_vm *vm, sp_val descr, sp_val self, sp_vals rest)
{
    if (sp_is_ptr(descr)) {
        sp_type *dt = descr->type;
        if (dt == vm->t.method_descriptor) {
            /* Found on the type along the MRO: self is an instance. */
            sp_val buf[8];
            sp_vals a = prepend(vm, SP_VALS(buf), self, rest);
            return ((sp_methoddescr_obj *)descr)->def->fn(vm, a, NULL);
        }
        if (dt == vm->t.function)
            return sp_call_with_self(vm, descr, self, rest, NULL);
    }
    sp_val bound = sp_descr_get(vm, descr, self, sp_type_of(vm, self));
    return sp_call(vm, bound, rest, NULL);
}

sp_val sp_call_special(sp_vm *vm, sp_val obj, sp_val name, sp_vals args)
{
    sp_val descr = sp_type_lookup(vm, sp_type_of(vm, obj), name);
    if (descr == NULL)
        return NULL;
    return call_descr(vm, descr, obj, args);
}

static sp_val call_special0(sp_vm *vm, sp_val obj, sp_val descr)
{
    return call_descr(vm, descr, obj, SP_NOVALS);
}

static sp_val call_special1(sp_vm *vm, sp_val obj, sp_val descr, sp_val a)
{
    sp_val args[1] = { a };
    return call_descr(vm, descr, obj, SP_VALS(args));
}

/* A dunder set to None in a class body still fills CPython's type slot,
 * and the slot then calls None (only __hash__, __iter__, __reversed__,
 * __contains__ are special-cased to mean "not supported"). */
static _Noreturn void none_not_callable(sp_vm *vm)
{
    sp_raise_fmt(vm, vm->e.TypeError, "'NoneType' object is not callable");
}

static sp_val lookup(sp_vm *vm, sp_val obj, sp_val name)
{
    return sp_type_lookup(vm, sp_type_of(vm, obj), name);
}

/* ---- repr / str / hash / bool / format -------------------------------------- */

sp_val sp_repr(sp_vm *vm, sp_val v)
{
    sp_check_stack(vm);
    if (sp_is_small(v))
        return sp_int_to_str(vm, v, 10);
    sp_type *t = v->type;
    if (t == vm->t.str)
        return sp_str_repr(vm, v);
    if (t == vm->t.NoneType)
        return sp_intern_cstr(vm, "None");
    sp_val f = sp_type_lookup(vm, t, vm->n.__repr__);
    if (f == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object has no __repr__", v);
    /* As CPython, nested reprs count against the recursion limit (a raise
     * restores vm->depth through the handler). */
    size_t depth = vm->depth;
    if (depth >= vm->recursion_limit)
        sp_raise_fmt(vm, vm->e.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    vm->depth = depth + 1;
    sp_val r = call_special0(vm, v, f);
    vm->depth = depth;
    if (!sp_is_str(r))
        sp_raise_fmt(vm, vm->e.TypeError, "__repr__ returned non-string (type %T)", r);
    return r;
}

sp_val sp_str(sp_vm *vm, sp_val v)
{
    sp_check_stack(vm);
    if (sp_is_small(v))
        return sp_int_to_str(vm, v, 10);
    if (v->type == vm->t.str)
        return v;
    sp_val f = sp_type_lookup(vm, v->type, vm->n.__str__);
    if (f == NULL)
        return sp_repr(vm, v);
    if (vm->depth >= vm->recursion_limit)
        sp_raise_fmt(vm, vm->e.RecursionError, "maximum recursion depth exceeded while getting the str of an object");
    vm->depth++;
    sp_val r = call_special0(vm, v, f);
    vm->depth--;
    if (!sp_is_str(r))
        sp_raise_fmt(vm, vm->e.TypeError, "__str__ returned non-string (type %T)", r);
    return r;
}

static void add_hex(sp_vm *vm, sp_strbuf *b, uint32_t cp, int digits)
{
    static const char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; i--)
        sp_strbuf_add_codepoint(vm, b, (uint32_t)(uint8_t)sp_cbytes_get(SP_CBYTES(hex), (cp >> (4 * i)) & 0xfu));
}

sp_val sp_ascii(sp_vm *vm, sp_val v)
{
    sp_val r = sp_repr(vm, v);
    if (sp_as_str(r)->ascii)
        return r;
    size_t n = sp_str_len(r);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, n + 16);
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = sp_str_codepoint_at(r, i);
        if (cp < 0x80) {
            sp_strbuf_add_codepoint(vm, &b, cp);
        } else if (cp < 0x100) {
            sp_strbuf_add_cstr(vm, &b, "\\x");
            add_hex(vm, &b, cp, 2);
        } else if (cp < 0x10000) {
            sp_strbuf_add_cstr(vm, &b, "\\u");
            add_hex(vm, &b, cp, 4);
        } else {
            sp_strbuf_add_cstr(vm, &b, "\\U");
            add_hex(vm, &b, cp, 8);
        }
    }
    return sp_strbuf_finish(vm, &b);
}

int64_t sp_hash(sp_vm *vm, sp_val v)
{
    sp_check_stack(vm);
    if (sp_is_small(v))
        return sp_int_hash(v);
    sp_type *t = v->type;
    if (t == vm->t.str)
        return sp_str_hash(vm, v);
    sp_val f = sp_type_lookup(vm, t, vm->n.__hash__);
    if (f == NULL || f == vm->None)
        sp_raise_unhashable(vm, v);
    sp_val r = call_special0(vm, v, f);
    if (!sp_is_int(r))
        sp_raise_fmt(vm, vm->e.TypeError, "__hash__ method should return an integer");
    /* As CPython: a result that fits the hash width is used as is (only
     * -1, the error marker there, becomes -2); a bigger int is reduced
     * with the numeric hash. */
    int64_t h;
    if (sp_int_to_i64(r, &h))
        return h == -1 ? -2 : h;
    h = sp_int_hash(r);
    return h == -1 ? -2 : h;
}

/* Everything but small ints, True, False and None (sp_truthy's fast
 * cases, kept apart so that they need no stack frame). */
__attribute__((noinline)) static bool truthy_slow(sp_vm *vm, sp_val v)
{
    sp_type *t = v->type;
    if (t == vm->t.str)
        return sp_str_len(v) != 0;
    if (t == vm->t.list)
        return sp_list_len(v) != 0;
    if (t == vm->t.tuple)
        return sp_tuple_len(v) != 0;
    if (t == vm->t.dict)
        return sp_dict_len(v) != 0;
    sp_check_stack(vm);
    /* __bool__ = None (or __len__ = None) still fills CPython's slot,
     * which then calls None. */
    sp_val f = sp_type_lookup(vm, t, vm->n.__bool__);
    if (f == vm->None)
        none_not_callable(vm);
    if (f) {
        sp_val r = call_special0(vm, v, f);
        if (r == vm->True)
            return true;
        if (r == vm->False)
            return false;
        sp_raise_fmt(vm, vm->e.TypeError, "__bool__ should return bool, returned %T", r);
    }
    f = sp_type_lookup(vm, t, vm->n.__len__);
    if (f)
        return sp_len(vm, v) != 0;
    return true;
}

bool sp_truthy(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v))
        return sp_small_get(v) != 0;
    if (v == vm->True)
        return true;
    if (v == vm->False || v == vm->None)
        return false;
    return truthy_slow(vm, v);
}

sp_val sp_format(sp_vm *vm, sp_val v, sp_val spec)
{
    sp_check_stack(vm);
    if (spec == NULL)
        spec = vm->empty_str ? vm->empty_str : sp_str_from_cstr(vm, "");
    if (sp_is_ptr(v) && v->type == vm->t.str && sp_str_len(spec) == 0)
        return v;
    /* int.__format__ and float.__format__ of the exact types (which can't
     * be replaced), without the lookup and the call. */
    if (sp_is_str(spec)) {
        if (sp_is_small(v))
            return sp_format_int(vm, v, spec);
        if (sp_is_ptr(v) && v->type == vm->t.float_)
            return sp_format_float(vm, sp_float_get(v), spec);
    }
    sp_val f = lookup(vm, v, vm->n.__format__);
    if (f == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "Type %T doesn't define __format__", v);
    sp_val r = call_special1(vm, v, f, spec);
    if (!sp_is_str(r))
        sp_raise_fmt(vm, vm->e.TypeError, "__format__ must return a str, not %T", r);
    return r;
}

/* ---- comparisons -------------------------------------------------------------- */

static const char *cmp_symbol(sp_cmpop op)
{
    switch (op) {
    case SP_LT: return "<";
    case SP_LE: return "<=";
    case SP_EQ: return "==";
    case SP_NE: return "!=";
    case SP_GT: return ">";
    default: return ">=";
    }
}

static sp_val cmp_name(sp_vm *vm, sp_cmpop op)
{
    switch (op) {
    case SP_LT: return vm->n.__lt__;
    case SP_LE: return vm->n.__le__;
    case SP_EQ: return vm->n.__eq__;
    case SP_NE: return vm->n.__ne__;
    case SP_GT: return vm->n.__gt__;
    default: return vm->n.__ge__;
    }
}

static sp_cmpop cmp_swapped(sp_cmpop op)
{
    switch (op) {
    case SP_LT: return SP_GT;
    case SP_LE: return SP_GE;
    case SP_GT: return SP_LT;
    case SP_GE: return SP_LE;
    default: return op;
    }
}

static bool cmp_result(int c, sp_cmpop op)
{
    switch (op) {
    case SP_LT: return c < 0;
    case SP_LE: return c <= 0;
    case SP_EQ: return c == 0;
    case SP_NE: return c != 0;
    case SP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* The comparison methods, with CPython's order: a reflected method of a
 * proper subclass first, then a's, then b's reflected one. */
static sp_val richcmp_slots(sp_vm *vm, sp_val a, sp_val b, sp_cmpop op, sp_type *ta, sp_type *tb)
{
    sp_cmpop rop = cmp_swapped(op);
    bool tried_reflected = false;
    sp_val r;
    /* A right operand of a proper subclass goes first. */
    if (ta != tb && sp_is_subtype(tb, ta)) {
        sp_val f = sp_type_lookup(vm, tb, cmp_name(vm, rop));
        if (f == vm->None)
            none_not_callable(vm);
        if (f) {
            tried_reflected = true;
            r = call_special1(vm, b, f, a);
            if (r != vm->NotImplemented)
                return r;
        }
    }
    sp_val f = sp_type_lookup(vm, ta, cmp_name(vm, op));
    if (f == vm->None)
        none_not_callable(vm);
    if (f) {
        r = call_special1(vm, a, f, b);
        if (r != vm->NotImplemented)
            return r;
    }
    if (!tried_reflected) {
        f = sp_type_lookup(vm, tb, cmp_name(vm, rop));
        if (f == vm->None)
            none_not_callable(vm);
        if (f) {
            r = call_special1(vm, b, f, a);
            if (r != vm->NotImplemented)
                return r;
        }
    }
    if (op == SP_EQ)
        return sp_bool(vm, a == b);
    if (op == SP_NE)
        return sp_bool(vm, a != b);
    sp_raise_fmt(vm, vm->e.TypeError, "'%s' not supported between instances of '%T' and '%T'", cmp_symbol(op), a,
                 b);
}

/* The value of v, whose type the caller has just compared with
 * vm->t.float_ (so the layout check of sp_float_get is already done). */
static inline double exact_float_value(sp_val v) { return ((sp_float_obj *)v)->value; }

/* |i| <= 2^53: a double holds i exactly. */
#define SP_EXACT_DBL ((int64_t)1 << 53)
static inline bool exact_dbl(int64_t i) { return i <= SP_EXACT_DBL && i >= -SP_EXACT_DBL; }
static bool small_exact_dbl(sp_val v) { return sp_is_small(v) && exact_dbl(sp_small_get(v)); }

static inline bool cmp_dbl(double x, double y, sp_cmpop op)
{
    switch (op) {
    case SP_LT: return x < y;
    case SP_LE: return x <= y;
    case SP_EQ: return x == y;
    case SP_NE: return x != y;
    case SP_GT: return x > y;
    default: return x >= y;
    }
}

/* Everything sp_richcmp's fast cases leave: two strs, then the
 * comparison methods. */
__attribute__((noinline)) static sp_val richcmp_slow(sp_vm *vm, sp_val a, sp_val b, sp_cmpop op)
{
    sp_type *ta = sp_type_of(vm, a), *tb = sp_type_of(vm, b);
    if (ta == vm->t.str && tb == vm->t.str) {
        if (op == SP_EQ || op == SP_NE)
            return sp_bool(vm, sp_str_eq(a, b) == (op == SP_EQ));
        return sp_bool(vm, cmp_result(sp_str_cmp(a, b), op));
    }
    /* As CPython, nested comparisons (tuples of tuples) count against the
     * recursion limit; a raise restores vm->depth through the handler. */
    sp_check_stack(vm);
    size_t depth = vm->depth;
    if (depth >= vm->recursion_limit)
        sp_raise_fmt(vm, vm->e.RecursionError, "maximum recursion depth exceeded in comparison");
    vm->depth = depth + 1;
    /* two exact tuples: tuple's comparison (which can't be replaced)
     * without the dunder lookup and call */
    sp_val r = ta == vm->t.tuple && tb == vm->t.tuple ? sp_cont_seq_richcmp(vm, a, b, sp_cont_tuple_items, op)
                                                      : richcmp_slots(vm, a, b, op, ta, tb);
    vm->depth = depth;
    return r;
}

/* Two small ints, and exact floats with exact floats or small ints of at
 * most 53 bits (exactly representable, so the double comparison is
 * CPython's exact one; NaN compares unordered, as float's methods), need
 * no stack frame; the rest is out of line. */
sp_val sp_richcmp(sp_vm *vm, sp_val a, sp_val b, sp_cmpop op)
{
    if (sp_is_small(a)) {
        if (sp_is_small(b)) {
            int64_t x = sp_small_get(a), y = sp_small_get(b);
            return sp_bool(vm, cmp_result(x < y ? -1 : x > y, op));
        }
        if (sp_is_ptr(b) && b->type == vm->t.float_ && exact_dbl(sp_small_get(a)))
            return sp_bool(vm, cmp_dbl((double)sp_small_get(a), exact_float_value(b), op));
    } else if (sp_is_ptr(a) && a->type == vm->t.float_) {
        double x = exact_float_value(a);
        if (sp_is_ptr(b) && b->type == vm->t.float_)
            return sp_bool(vm, cmp_dbl(x, exact_float_value(b), op));
        if (small_exact_dbl(b))
            return sp_bool(vm, cmp_dbl(x, (double)sp_small_get(b), op));
    }
    return richcmp_slow(vm, a, b, op);
}

bool sp_richcmp_bool(sp_vm *vm, sp_val a, sp_val b, sp_cmpop op)
{
    if (sp_is_small(a) && sp_is_small(b)) {
        int64_t x = sp_small_get(a), y = sp_small_get(b);
        return cmp_result(x < y ? -1 : x > y, op);
    }
    sp_val r = sp_richcmp(vm, a, b, op);
    if (r == vm->True)
        return true;
    if (r == vm->False)
        return false;
    return sp_truthy(vm, r);
}

bool sp_eq(sp_vm *vm, sp_val a, sp_val b)
{
    if (a == b)
        return true;
    if (sp_is_small(a) && sp_is_small(b))
        return false;
    return sp_richcmp_bool(vm, a, b, SP_EQ);
}

/* ---- binary operators ---------------------------------------------------------- */

const char *sp_binop_symbol(sp_binop op)
{
    switch (op) {
    case SP_OP_ADD: return "+";
    case SP_OP_SUB: return "-";
    case SP_OP_MUL: return "*";
    case SP_OP_MATMUL: return "@";
    case SP_OP_TRUEDIV: return "/";
    case SP_OP_FLOORDIV: return "//";
    case SP_OP_MOD: return "%";
    case SP_OP_POW: return "**";
    case SP_OP_LSHIFT: return "<<";
    case SP_OP_RSHIFT: return ">>";
    case SP_OP_AND: return "&";
    case SP_OP_OR: return "|";
    case SP_OP_XOR: return "^";
    default: return "?";
    }
}

const char *sp_inplace_symbol(sp_binop op)
{
    switch (op) {
    case SP_OP_ADD: return "+=";
    case SP_OP_SUB: return "-=";
    case SP_OP_MUL: return "*=";
    case SP_OP_MATMUL: return "@=";
    case SP_OP_TRUEDIV: return "/=";
    case SP_OP_FLOORDIV: return "//=";
    case SP_OP_MOD: return "%=";
    case SP_OP_POW: return "**=";
    case SP_OP_LSHIFT: return "<<=";
    case SP_OP_RSHIFT: return ">>=";
    case SP_OP_AND: return "&=";
    case SP_OP_OR: return "|=";
    case SP_OP_XOR: return "^=";
    default: return "?=";
    }
}

/* The method names of op: forward, reflected, in-place. */
static void op_names(sp_vm *vm, sp_binop op, sp_val *fwd, sp_val *rev, sp_val *inp)
{
    switch (op) {
    case SP_OP_ADD: *fwd = vm->n.__add__; *rev = vm->n.__radd__; *inp = vm->n.__iadd__; break;
    case SP_OP_SUB: *fwd = vm->n.__sub__; *rev = vm->n.__rsub__; *inp = vm->n.__isub__; break;
    case SP_OP_MUL: *fwd = vm->n.__mul__; *rev = vm->n.__rmul__; *inp = vm->n.__imul__; break;
    case SP_OP_MATMUL: *fwd = vm->n.__matmul__; *rev = vm->n.__rmatmul__; *inp = vm->n.__imatmul__; break;
    case SP_OP_TRUEDIV: *fwd = vm->n.__truediv__; *rev = vm->n.__rtruediv__; *inp = vm->n.__itruediv__; break;
    case SP_OP_FLOORDIV: *fwd = vm->n.__floordiv__; *rev = vm->n.__rfloordiv__; *inp = vm->n.__ifloordiv__; break;
    case SP_OP_MOD: *fwd = vm->n.__mod__; *rev = vm->n.__rmod__; *inp = vm->n.__imod__; break;
    case SP_OP_POW: *fwd = vm->n.__pow__; *rev = vm->n.__rpow__; *inp = vm->n.__ipow__; break;
    case SP_OP_LSHIFT: *fwd = vm->n.__lshift__; *rev = vm->n.__rlshift__; *inp = vm->n.__ilshift__; break;
    case SP_OP_RSHIFT: *fwd = vm->n.__rshift__; *rev = vm->n.__rrshift__; *inp = vm->n.__irshift__; break;
    case SP_OP_AND: *fwd = vm->n.__and__; *rev = vm->n.__rand__; *inp = vm->n.__iand__; break;
    case SP_OP_OR: *fwd = vm->n.__or__; *rev = vm->n.__ror__; *inp = vm->n.__ior__; break;
    default: *fwd = vm->n.__xor__; *rev = vm->n.__rxor__; *inp = vm->n.__ixor__; break;
    }
}

/* Small-int and float fast paths; NULL when they don't apply. */
/* An int64 result: the small int itself when it fits, without a call. */
static inline sp_val int_result(sp_vm *vm, int64_t r) { return sp_fits_small(r) ? sp_small(r) : sp_int_from_i64(vm, r); }

/* Two small ints (binary_fast's first case). */
static inline sp_val small_binary(sp_vm *vm, sp_binop op, sp_val a, sp_val b)
{
    int64_t x = sp_small_get(a), y = sp_small_get(b), r;
    switch (op) {
    case SP_OP_ADD:
        if (sp_i64_add(x, y, &r))
            return int_result(vm, r);
        return NULL;
    case SP_OP_SUB:
        if (sp_i64_sub(x, y, &r))
            return int_result(vm, r);
        return NULL;
    case SP_OP_MUL:
        if (sp_i64_mul(x, y, &r))
            return int_result(vm, r);
        return NULL;
    case SP_OP_AND: return sp_small(x & y);
    case SP_OP_OR: return sp_small(x | y);
    case SP_OP_XOR: return sp_small(x ^ y);
    case SP_OP_FLOORDIV:
    case SP_OP_MOD:
        if (y != 0 && y != -1) {
            /* y == -1 is left to int.c: the smallest small int // -1
             * is not small. */
            int64_t q, m;
            sp_small_divmod(x, y, &q, &m);
            return op == SP_OP_MOD ? sp_small(m) : sp_small(q);
        }
        return NULL;
    case SP_OP_TRUEDIV:
        /* CPython's long_true_divide: both exactly representable
         * (|v| <= 2^53), one correctly rounded IEEE division. */
        if (y != 0 && exact_dbl(x) && exact_dbl(y))
            return sp_float_new(vm, (double)x / (double)y);
        return NULL;
    case SP_OP_RSHIFT:
        /* Arithmetic shift = floor division by 2^y, as Python's >>. */
        if (y >= 0)
            return sp_small(y > 63 ? (x < 0 ? -1 : 0) : x >> y);
        return NULL;
    case SP_OP_LSHIFT:
        if (y >= 0 && y < 62 && sp_i64_mul(x, (int64_t)1 << y, &r))
            return int_result(vm, r);
        return NULL;
    default:
        return NULL;
    }
}

/* A bool with a small int (`n += x == y`, `bits << 1 | flag`), or two
 * bools under an operator other than & | ^: the small ints' result.  bool
 * is int's subclass and its own operators are only & | ^ (and their
 * reflections), which give int's result unless both operands are bools;
 * built-in types can't be given others.  NULL for anything else, and
 * where small_binary has no fast answer (a zero divisor, ...). */
static sp_val bool_binary(sp_vm *vm, sp_binop op, sp_val a, sp_val b)
{
    sp_val x = a == vm->True ? sp_small(1) : a == vm->False ? sp_small(0) : a;
    sp_val y = b == vm->True ? sp_small(1) : b == vm->False ? sp_small(0) : b;
    if (!sp_is_small(x) || !sp_is_small(y) || (x == a && y == b))
        return NULL;
    if (x != a && y != b && (op == SP_OP_AND || op == SP_OP_OR || op == SP_OP_XOR))
        return NULL;
    return small_binary(vm, op, x, y);
}

/* The rest of binary_fast: floats, str concatenation, bools with ints. */
__attribute__((noinline)) static sp_val binary_fast_obj(sp_vm *vm, sp_binop op, sp_val a, sp_val b)
{
    /* Exact floats, and exact floats with small ints (int.__op__ returns
     * NotImplemented for a float, and float.__rop__ converts the int:
     * a small int converts exactly or correctly rounded, as
     * PyLong_AsDouble). */
    double x, y;
    sp_type *ft = vm->t.float_;
    if (sp_is_ptr(a) && a->type == ft) {
        x = exact_float_value(a);
        if (sp_is_ptr(b) && b->type == ft)
            y = exact_float_value(b);
        else if (sp_is_small(b))
            y = (double)sp_small_get(b);
        else
            goto other;
    } else if (sp_is_small(a) && sp_is_ptr(b) && b->type == ft) {
        x = (double)sp_small_get(a);
        y = exact_float_value(b);
    } else {
        goto other;
    }
    switch (op) {   /* the common three without another call */
    case SP_OP_ADD: return sp_float_new(vm, x + y);
    case SP_OP_SUB: return sp_float_new(vm, x - y);
    case SP_OP_MUL: return sp_float_new(vm, x * y);
    default: return sp_float_binary(vm, op, x, y);
    }
other:
    if (op == SP_OP_ADD && sp_is_ptr(a) && sp_is_ptr(b) && a->type == vm->t.str && b->type == vm->t.str)
        return sp_str_concat(vm, a, b);
    return bool_binary(vm, op, a, b);
}

static sp_val binary_fast(sp_vm *vm, sp_binop op, sp_val a, sp_val b)
{
    if (sp_is_small(a) && sp_is_small(b))
        return small_binary(vm, op, a, b);
    return binary_fast_obj(vm, op, a, b);
}

/* a.__op__(b) / b.__rop__(a) with subclass priority; NotImplemented if
 * neither applies. */
static sp_val binary_slots(sp_vm *vm, sp_val fwd, sp_val rev, sp_val a, sp_val b)
{
    sp_type *ta = sp_type_of(vm, a), *tb = sp_type_of(vm, b);
    sp_val fa = sp_type_lookup(vm, ta, fwd);
    sp_val fb = NULL;
    if (ta != tb) {
        fb = sp_type_lookup(vm, tb, rev);
        if (fb && fb == sp_type_lookup(vm, ta, rev))
            fb = NULL;
    }
    sp_val r;
    if (fa) {
        if (fb && sp_is_subtype(tb, ta)) {
            if (fb == vm->None)
                none_not_callable(vm);
            r = call_special1(vm, b, fb, a);
            if (r != vm->NotImplemented)
                return r;
            fb = NULL;
        }
        if (fa == vm->None)
            none_not_callable(vm);
        r = call_special1(vm, a, fa, b);
        if (r != vm->NotImplemented)
            return r;
    }
    if (fb) {
        if (fb == vm->None)
            none_not_callable(vm);
        r = call_special1(vm, b, fb, a);
        if (r != vm->NotImplemented)
            return r;
    }
    return vm->NotImplemented;
}

/* The built-in sequences that repeat with `*` (CPython's sq_repeat). */
static bool is_repeatable(sp_vm *vm, sp_val v)
{
    sp_type *t = sp_type_of(vm, v);
    return sp_is_subtype(t, vm->t.list) || sp_is_subtype(t, vm->t.tuple) || sp_is_subtype(t, vm->t.str)
           || sp_is_subtype(t, vm->t.bytes) || sp_is_subtype(t, vm->t.bytearray);
}

static _Noreturn void binop_error(sp_vm *vm, const char *sym, sp_binop op, sp_val a, sp_val b)
{
    /* seq * x where neither side knew what to do: CPython's sequence
     * repeat complains about the other operand. */
    if (op == SP_OP_MUL) {
        if (is_repeatable(vm, a))
            sp_raise_fmt(vm, vm->e.TypeError, "can't multiply sequence by non-int of type '%T'", b);
        if (is_repeatable(vm, b))
            sp_raise_fmt(vm, vm->e.TypeError, "can't multiply sequence by non-int of type '%T'", a);
    }
    if (op == SP_OP_POW)
        sym = "** or pow()";
    sp_raise_fmt(vm, vm->e.TypeError, "unsupported operand type(s) for %s: '%T' and '%T'", sym, a, b);
}

__attribute__((noinline)) static sp_val binary_slow(sp_vm *vm, sp_binop op, sp_val a, sp_val b)
{
    sp_val r;
    sp_check_stack(vm);
    /* exact str % x: str.__mod__, unless x is an instance of a str
     * subclass (whose __rmod__ would go first) */
    if (op == SP_OP_MOD && sp_is_ptr(a) && a->type == vm->t.str
        && !(sp_is_ptr(b) && b->type != vm->t.str && sp_is_str(b)))
        return sp_str_percent_format(vm, a, b);
    /* Exact sets and frozensets: their dunders' work, without the lookups. */
    if (op == SP_OP_OR || op == SP_OP_AND || op == SP_OP_SUB || op == SP_OP_XOR) {
        r = sp_set_binary(vm, op, a, b);
        if (r != NULL)
            return r;
    }
    sp_val fwd, rev, inp;
    op_names(vm, op, &fwd, &rev, &inp);
    r = binary_slots(vm, fwd, rev, a, b);
    if (r != vm->NotImplemented)
        return r;
    binop_error(vm, sp_binop_symbol(op), op, a, b);
}

__attribute__((noinline)) static sp_val inplace_slow(sp_vm *vm, sp_binop op, sp_val a, sp_val b)
{
    sp_val r;
    sp_check_stack(vm);
    sp_val fwd, rev, inp;
    op_names(vm, op, &fwd, &rev, &inp);
    sp_val fi = lookup(vm, a, inp);
    if (fi == vm->None)
        none_not_callable(vm);
    if (fi) {
        r = call_special1(vm, a, fi, b);
        if (r != vm->NotImplemented)
            return r;
    }
    r = binary_slots(vm, fwd, rev, a, b);
    if (r != vm->NotImplemented)
        return r;
    if (op == SP_OP_MUL && (is_repeatable(vm, a) || is_repeatable(vm, b)))
        binop_error(vm, "*=", op, a, b);
    sp_raise_fmt(vm, vm->e.TypeError, "unsupported operand type(s) for %s: '%T' and '%T'", sp_inplace_symbol(op), a, b);
}

/* The operators: binary_fast's cases without a stack frame, the dunder
 * protocol out of line. */
sp_val sp_binary(sp_vm *vm, sp_binop op, sp_val a, sp_val b)
{
    sp_val r = binary_fast(vm, op, a, b);
    return r ? r : binary_slow(vm, op, a, b);
}

sp_val sp_inplace(sp_vm *vm, sp_binop op, sp_val a, sp_val b)
{
    sp_val r = binary_fast(vm, op, a, b);
    return r ? r : inplace_slow(vm, op, a, b);
}

/* The layout whose built-in __pow__ type t uses (SP_LAYOUT_OTHER if a
 * Python class in its MRO defines its own). */
static sp_layout pow3_builtin(sp_vm *vm, sp_type *t)
{
    sp_val f = sp_type_lookup(vm, t, vm->n.__pow__);
    if (f == NULL || sp_is_function(vm, f))
        return SP_LAYOUT_OTHER;
    return t->def->layout;
}

static _Noreturn void pow3_float_error(sp_vm *vm)
{
    sp_raise_fmt(vm, vm->e.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
}

/* What complex's power can convert: int, float, complex (and subclasses). */
static bool pow3_complexish(sp_vm *vm, sp_val v)
{
    return sp_is_int(v) || sp_is_float(v) || sp_isinstance(vm, v, vm->t.complex);
}

sp_val sp_pow3(sp_vm *vm, sp_val a, sp_val b, sp_val mod)
{
    if (mod == NULL || mod == vm->None)
        return sp_binary(vm, SP_OP_POW, a, b);
    sp_check_stack(vm);
    /* CPython's ternary_op: the nb_power of a's type, then of b's, then
     * of mod's, each called with (a, b, mod).  A Python class's slot only
     * ever calls a.__pow__ (three-argument power uses no __rpow__); float's
     * rejects any modulus at once, complex's any modulus once both
     * operands convert; int's wants three ints (a.__pow__ covers it). */
    sp_type *ta = sp_type_of(vm, a), *tb = sp_type_of(vm, b), *tm = sp_type_of(vm, mod);
    if (pow3_builtin(vm, ta) == SP_LAYOUT_FLOAT)
        pow3_float_error(vm);
    sp_val f = lookup(vm, a, vm->n.__pow__);
    if (f && f != vm->None) {
        sp_val args[2] = { b, mod };
        sp_val r = call_descr(vm, f, a, SP_VALS(args));
        if (r != vm->NotImplemented)
            return r;
    }
    sp_type *others[2] = { tb != ta ? tb : NULL, tm != ta && tm != tb ? tm : NULL };
    for (size_t i = 0; i < 2; i++) {
        sp_type *t = i == 0 ? others[0] : others[1];
        if (t == NULL)
            continue;
        sp_layout k = pow3_builtin(vm, t);
        if (k == SP_LAYOUT_FLOAT)
            pow3_float_error(vm);
        if (k == SP_LAYOUT_COMPLEX && pow3_complexish(vm, a) && pow3_complexish(vm, b))
            sp_raise_fmt(vm, vm->e.ValueError, "complex modulo");
    }
    sp_raise_fmt(vm, vm->e.TypeError, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b, mod);
}

static sp_val unary(sp_vm *vm, sp_val v, sp_val name, const char *what)
{
    sp_check_stack(vm);
    sp_val f = lookup(vm, v, name);
    if (f == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "bad operand type for %s: '%T'", what, v);
    if (f == vm->None)
        none_not_callable(vm);
    return call_special0(vm, v, f);
}

sp_val sp_neg(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v) && sp_small_get(v) != SP_SMALL_MIN)
        return sp_small(-sp_small_get(v));
    if (sp_is_ptr(v) && v->type == vm->t.float_)
        return sp_float_new(vm, -sp_float_get(v));
    return unary(vm, v, vm->n.__neg__, "unary -");
}

sp_val sp_pos(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v))
        return v;
    return unary(vm, v, vm->n.__pos__, "unary +");
}

sp_val sp_invert(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v))
        return sp_small(~sp_small_get(v));
    return unary(vm, v, vm->n.__invert__, "unary ~");
}

sp_val sp_abs(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v) && sp_small_get(v) != SP_SMALL_MIN) {
        int64_t x = sp_small_get(v);
        return sp_small(x < 0 ? -x : x);
    }
    return unary(vm, v, vm->n.__abs__, "abs()");
}

/* ---- attributes ----------------------------------------------------------------- */

static bool is_cfn(sp_vm *vm, sp_val descr, sp_cfunc fn)
{
    return sp_is_ptr(descr) && descr->type == vm->t.method_descriptor && ((sp_methoddescr_obj *)descr)->def->fn == fn;
}

static _Noreturn void raise_type_attr(sp_vm *vm, sp_val type, sp_val name)
{
    sp_val msg = sp_str_fmt(vm, "type object '%s' has no attribute '%U'", sp_type_name((sp_type *)type), name);
    sp_val exc = sp_exc_new_msg(vm, vm->e.AttributeError, msg);
    sp_val d = sp_obj_get_dict(vm, exc);
    if (d) {
        sp_dict_set(vm, d, vm->n.name, name);
        sp_dict_set(vm, d, vm->n.obj, type);
    }
    sp_raise(vm, exc);
}

sp_val sp_type_getattr(sp_vm *vm, sp_val tv, sp_val name, bool raise)
{
    sp_type *t = (sp_type *)tv;
    sp_type *meta = sp_type_of(vm, tv);
    sp_val meta_attr = sp_type_lookup(vm, meta, name);
    if (meta_attr && sp_is_data_descr(vm, meta_attr))
        return sp_descr_get(vm, meta_attr, tv, meta);
    sp_val attr = sp_type_lookup(vm, t, name);
    if (attr)
        return sp_descr_get(vm, attr, NULL, t);
    if (meta_attr)
        return sp_descr_get(vm, meta_attr, tv, meta);
    if (raise)
        raise_type_attr(vm, tv, name);
    return NULL;
}

__attribute__((noinline)) static uint32_t slot_flags_compute(sp_vm *vm, sp_type *t)
{
    uint32_t f = SP_SLOT_VALID;
    sp_val ga = sp_type_lookup(vm, t, vm->n.__getattribute__);
    if (is_cfn(vm, ga, sp_object_getattribute_fn))
        f |= SP_SLOT_GA_GENERIC;
    else if (is_cfn(vm, ga, sp_type_getattribute_fn))
        f |= SP_SLOT_GA_TYPE;
    else if (is_cfn(vm, ga, sp_module_getattribute_fn))
        f |= SP_SLOT_GA_MODULE;
    if (sp_type_lookup(vm, t, vm->n.__getattr__))
        f |= SP_SLOT_GETATTR;
    sp_val sa = sp_type_lookup(vm, t, vm->n.__setattr__);
    if (sa == NULL || is_cfn(vm, sa, sp_object_setattr_fn))
        f |= SP_SLOT_SA_GENERIC;
    else if (is_cfn(vm, sa, sp_type_setattr_fn))
        f |= SP_SLOT_SA_TYPE;
    sp_val da = sp_type_lookup(vm, t, vm->n.__delattr__);
    if (da == NULL || is_cfn(vm, da, sp_object_delattr_fn))
        f |= SP_SLOT_DA_GENERIC;
    else if (is_cfn(vm, da, sp_type_delattr_fn))
        f |= SP_SLOT_DA_TYPE;
    if (sp_type_may_cache(t)) {
        t->slot_flags = f;
        t->slot_version = t->version;
    }
    return f;
}

/* The remembered flags need no stack frame; computing them is out of line. */
uint32_t sp_type_slot_flags(sp_vm *vm, sp_type *t)
{
    if (t->slot_version == t->version && (t->slot_flags & SP_SLOT_VALID))
        return t->slot_flags;
    return slot_flags_compute(vm, t);
}

/* __getattribute__ of the built-in kinds, called without a Python call. */
static sp_val getattr_raw(sp_vm *vm, sp_val obj, sp_val name, sp_val ga, bool raise)
{
    if (is_cfn(vm, ga, sp_object_getattribute_fn))
        return sp_generic_getattr(vm, obj, name, raise);
    if (is_cfn(vm, ga, sp_type_getattribute_fn))
        return sp_type_getattr(vm, obj, name, raise);
    if (is_cfn(vm, ga, sp_module_getattribute_fn))
        return sp_module_getattr(vm, obj, name, raise);
    return call_special1(vm, obj, ga, name);
}

static sp_val getattr_impl(sp_vm *vm, sp_val obj, sp_val name, bool raise)
{
    sp_check_stack(vm);
    sp_type *tp = sp_type_of(vm, obj);
    uint32_t flags = sp_type_slot_flags(vm, tp);
    if (!(flags & SP_SLOT_GETATTR)) {
        if (flags & SP_SLOT_GA_GENERIC)
            return sp_generic_getattr(vm, obj, name, raise);
        if (flags & SP_SLOT_GA_TYPE)
            return sp_type_getattr(vm, obj, name, raise);
        if (flags & SP_SLOT_GA_MODULE)
            return sp_module_getattr(vm, obj, name, raise);
    }
    sp_val ga = sp_type_lookup(vm, tp, vm->n.__getattribute__);
    sp_val hook = sp_type_lookup(vm, tp, vm->n.__getattr__);
    if (hook == NULL)
        return getattr_raw(vm, obj, name, ga, raise);
    /* With __getattr__: an AttributeError from __getattribute__ falls back. */
    sp_handler h;
    volatile sp_val r = NULL;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        r = getattr_raw(vm, obj, name, ga, false);
        sp_handler_pop(vm, &h);
    } else {
        if (!sp_exc_matches(vm, vm->exc, vm->e.AttributeError))
            sp_raise(vm, vm->exc);
        r = NULL;
    }
    if (r)
        return r;
    return call_special1(vm, obj, hook, name);
}

sp_val sp_getattr(sp_vm *vm, sp_val obj, sp_val name)
{
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "attribute name must be string, not '%T'", name);
    return getattr_impl(vm, obj, name, true);
}

/* Class attributes whose __get__ can't raise AttributeError. */
static bool plain_class_attr(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v))
        return true;
    sp_type *t = v->type;
    return t == vm->t.function || t == vm->t.method_descriptor || t == vm->t.classmethod_descriptor
           || t == vm->t.builtin_function || t == vm->t.staticmethod || t == vm->t.str || t == vm->t.NoneType
           || t == vm->t.int_ || t == vm->t.bool_ || t == vm->t.tuple || t == vm->t.list || t == vm->t.dict
           || t == vm->t.type;
}

sp_val sp_getattr_opt(sp_vm *vm, sp_val obj, sp_val name)
{
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "attribute name must be string, not '%T'", name);
    /* The common case needs no handler: the generic algorithm over class
     * attributes that can't raise. */
    sp_type *tp = sp_type_of(vm, obj);
    uint32_t flags = sp_type_slot_flags(vm, tp);
    if ((flags & SP_SLOT_GA_GENERIC) && !(flags & SP_SLOT_GETATTR)) {
        sp_val descr = sp_type_lookup(vm, tp, name);
        if (descr == NULL || plain_class_attr(vm, descr)) {
            sp_val d = sp_is_ptr(obj) && tp->dict_offset ? sp_obj_peek_dict(vm, obj) : NULL;
            sp_val v = d ? sp_dict_get_str(vm, d, name) : NULL;
            if (v)
                return v;
            return descr ? sp_descr_get(vm, descr, obj, tp) : NULL;
        }
    }
    sp_handler h;
    volatile sp_val r = NULL;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        r = getattr_impl(vm, obj, name, false);
        sp_handler_pop(vm, &h);
        return r;
    }
    if (!sp_exc_matches(vm, vm->exc, vm->e.AttributeError))
        sp_raise(vm, vm->exc);
    return NULL;
}

sp_val sp_getattr_cstr(sp_vm *vm, sp_val obj, const char *name)
{
    return sp_getattr(vm, obj, sp_intern_cstr(vm, name));
}

bool sp_hasattr(sp_vm *vm, sp_val obj, sp_val name)
{
    return sp_getattr_opt(vm, obj, name) != NULL;
}

static void setattr_impl(sp_vm *vm, sp_val obj, sp_val name, sp_val value)
{
    sp_check_stack(vm);
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "attribute name must be string, not '%T'", name);
    sp_type *tp = sp_type_of(vm, obj);
    uint32_t flags = sp_type_slot_flags(vm, tp);
    if (flags & (value ? SP_SLOT_SA_GENERIC : SP_SLOT_DA_GENERIC)) {
        sp_generic_setattr(vm, obj, name, value);
        return;
    }
    if (flags & (value ? SP_SLOT_SA_TYPE : SP_SLOT_DA_TYPE)) {
        sp_type_setattr(vm, obj, name, value);
        return;
    }
    sp_val key = value ? vm->n.__setattr__ : vm->n.__delattr__;
    sp_val sa = sp_type_lookup(vm, tp, key);
    if (value) {
        sp_val args[2] = { name, value };
        call_descr(vm, sa, obj, SP_VALS(args));
    } else {
        call_special1(vm, obj, sa, name);
    }
}

void sp_setattr(sp_vm *vm, sp_val obj, sp_val name, sp_val value)
{
    setattr_impl(vm, obj, name, value);
}

void sp_delattr(sp_vm *vm, sp_val obj, sp_val name)
{
    setattr_impl(vm, obj, name, NULL);
}

sp_val sp_lookup_method(sp_vm *vm, sp_val obj, sp_val name, sp_val *self)
{
    sp_type *tp = sp_type_of(vm, obj);
    if (sp_type_slot_flags(vm, tp) & SP_SLOT_GA_GENERIC) {
        sp_val descr = sp_type_lookup(vm, tp, name);
        if (descr && sp_is_ptr(descr)
            && (descr->type == vm->t.function || descr->type == vm->t.method_descriptor)) {
            /* An instance attribute shadows a method. */
            sp_val d = tp->dict_offset ? sp_obj_peek_dict(vm, obj) : NULL;
            sp_val v = d ? sp_dict_get_str(vm, d, name) : NULL;
            if (v) {
                *self = NULL;
                return v;
            }
            if (descr->type == vm->t.method_descriptor) {
                sp_methoddescr_obj *md = (sp_methoddescr_obj *)descr;
                if (!sp_is_subtype(tp, md->owner)) {
                    *self = NULL;
                    return sp_getattr(vm, obj, name);
                }
            }
            *self = obj;
            return descr;
        }
    }
    *self = NULL;
    return sp_getattr(vm, obj, name);
}

/* ---- items ----------------------------------------------------------------------- */

/* Normalised index into a sequence of length n, or -1. */
static sp_ssize seq_index(sp_val key, size_t n)
{
    if (!sp_is_small(key))
        return -1;
    int64_t i = sp_small_get(key);
    if (i < 0)
        i += (int64_t)n;
    if (i < 0 || (uint64_t)i >= n)
        return -1;
    return (sp_ssize)i;
}

sp_val sp_getitem(sp_vm *vm, sp_val obj, sp_val key)
{
    if (sp_is_ptr(obj)) {
        sp_type *t = obj->type;
        if (t == vm->t.list) {
            sp_ssize i = seq_index(key, sp_list_len(obj));
            if (i >= 0)
                return sp_list_get(obj, (size_t)i);
            if (sp_is_ptr(key) && key->type == vm->t.slice) {
                /* list.__getitem__ of a slice, as list.c does it: the
                 * bounds' __index__ may run Python code (and resize the
                 * list), so the length is read after it. */
                sp_check_stack(vm);
                sp_ssize start, stop, step;
                sp_slice_unpack(vm, key, &start, &stop, &step);
                size_t n = sp_slice_adjust(sp_list_len(obj), &start, &stop, step);
                return sp_list_slice(vm, obj, start, stop, step, n);
            }
        } else if (t == vm->t.tuple) {
            sp_ssize i = seq_index(key, sp_tuple_len(obj));
            if (i >= 0)
                return sp_tuple_get(obj, (size_t)i);
        } else if (t == vm->t.dict) {
            /* dict.__getitem__ of an exact dict (no __missing__); a
             * key's __hash__/__eq__ may recurse. */
            sp_check_stack(vm);
            sp_val v = sp_dict_get(vm, obj, key);
            if (v != NULL)
                return v;
            sp_raise_key_error(vm, key);
        } else if (t == vm->t.str) {
            /* str.__getitem__ of an exact str (a key's __index__ may run
             * Python code) */
            sp_check_stack(vm);
            return sp_str_getitem(vm, obj, key);
        }
    }
    sp_check_stack(vm);
    sp_val f = lookup(vm, obj, vm->n.__getitem__);
    if (f == vm->None)
        none_not_callable(vm);
    if (f)
        return call_special1(vm, obj, f, key);
    if (sp_is_type(obj)) {
        /* type[int] is special-cased, as in CPython. */
        if (obj == (sp_val)vm->t.type)
            return sp_generic_alias_new(vm, obj, key);
        sp_val cg = sp_getattr_opt(vm, obj, vm->n.__class_getitem__);
        if (cg)
            return sp_call1(vm, cg, key);
        sp_raise_fmt(vm, vm->e.TypeError, "type '%s' is not subscriptable", sp_type_name((sp_type *)obj));
    }
    sp_raise_fmt(vm, vm->e.TypeError, "'%T' object is not subscriptable", obj);
}

/* A class that defines only one of __setitem__ / __delitem__ still gets
 * CPython's assignment slot, which then fails to find the other method:
 * AttributeError naming it. */
static void missing_item_method(sp_vm *vm, sp_val obj, sp_val other, sp_val name)
{
    sp_val g = lookup(vm, obj, other);
    if (g != NULL && sp_is_function(vm, g)) {
        sp_val a[1] = { name };
        sp_raise(vm, sp_exc_new(vm, vm->e.AttributeError, SP_VALS(a)));
    }
}

void sp_setitem(sp_vm *vm, sp_val obj, sp_val key, sp_val value)
{
    /* list.__setitem__ with an index in range and dict.__setitem__, on
     * the exact types (whose methods can't be replaced). */
    if (sp_is_ptr(obj)) {
        sp_type *t = obj->type;
        if (t == vm->t.list) {
            sp_ssize i = seq_index(key, sp_list_len(obj));
            if (i >= 0) {
                sp_list_set(obj, (size_t)i, value);
                return;
            }
        } else if (t == vm->t.dict) {
            sp_check_stack(vm);
            sp_dict_set(vm, obj, key, value);
            return;
        }
    }
    sp_check_stack(vm);
    sp_val f = lookup(vm, obj, vm->n.__setitem__);
    if (f == NULL)
        missing_item_method(vm, obj, vm->n.__delitem__, vm->n.__setitem__);
    if (f == vm->None)
        none_not_callable(vm);
    if (f == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object does not support item assignment", obj);
    sp_val args[2] = { key, value };
    call_descr(vm, f, obj, SP_VALS(args));
}

void sp_delitem(sp_vm *vm, sp_val obj, sp_val key)
{
    sp_check_stack(vm);
    sp_val f = lookup(vm, obj, vm->n.__delitem__);
    if (f == NULL)
        missing_item_method(vm, obj, vm->n.__setitem__, vm->n.__delitem__);
    if (f == vm->None)
        none_not_callable(vm);
    if (f == NULL) {
        if (lookup(vm, obj, vm->n.__getitem__))
            sp_raise_fmt(vm, vm->e.TypeError, "'%T' object doesn't support item deletion", obj);
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object does not support item deletion", obj);
    }
    call_special1(vm, obj, f, key);
}

static sp_val contains_iter(sp_vm *vm, void *ud)
{
    return sp_iter(vm, (sp_val)ud);
}

bool sp_contains(sp_vm *vm, sp_val container, sp_val item)
{
    sp_check_stack(vm);
    /* __contains__ of the exact built-in containers, without the method
     * call (a set is looked up as a frozenset: left to set.c). */
    if (sp_is_ptr(container)) {
        sp_type *t = container->type;
        if (t == vm->t.dict)
            return sp_dict_get(vm, container, item) != NULL;
        if (t == vm->t.str)
            return sp_str_contains(vm, container, item);
        if (t == vm->t.list)
            return sp_cont_seq_contains(vm, container, sp_cont_list_items, item);
        if (t == vm->t.tuple)
            return sp_cont_seq_contains(vm, container, sp_cont_tuple_items, item);
        if ((t == vm->t.set || t == vm->t.frozenset) && !sp_is_anyset(item))
            return sp_set_contains(vm, container, item);
    }
    sp_val f = lookup(vm, container, vm->n.__contains__);
    if (f && f != vm->None)
        return sp_truthy(vm, call_special1(vm, container, f, item));
    if (f == vm->None)
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object is not a container", container);
    sp_val itf = lookup(vm, container, vm->n.__iter__);
    sp_val gi = lookup(vm, container, vm->n.__getitem__);
    if ((itf == NULL || itf == vm->None) && (gi == NULL || gi == vm->None))
        sp_raise_fmt(vm, vm->e.TypeError, "argument of type '%T' is not iterable", container);
    /* Any TypeError from getting the iterator reads as "not iterable". */
    sp_val exc = NULL;
    sp_val it = sp_pcall(vm, contains_iter, container, &exc);
    if (it == NULL) {
        if (sp_exc_matches(vm, exc, vm->e.TypeError))
            sp_raise_fmt(vm, vm->e.TypeError, "argument of type '%T' is not iterable", container);
        sp_raise(vm, exc);
    }
    for (;;) {
        sp_val x = sp_next(vm, it);
        if (x == NULL)
            return false;
        if (sp_eq(vm, x, item))
            return true;
    }
}

size_t sp_len(sp_vm *vm, sp_val v)
{
    if (sp_is_ptr(v)) {
        sp_type *t = v->type;
        if (t == vm->t.str)
            return sp_str_len(v);
        if (t == vm->t.list)
            return sp_list_len(v);
        if (t == vm->t.tuple)
            return sp_tuple_len(v);
        if (t == vm->t.dict)
            return sp_dict_len(v);
    }
    sp_check_stack(vm);
    sp_val f = lookup(vm, v, vm->n.__len__);
    if (f == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "object of type '%T' has no len()", v);
    /* __len__ = None still fills CPython's slot, which then calls None. */
    if (f == vm->None)
        none_not_callable(vm);
    sp_val r = call_special0(vm, v, f);
    r = sp_index(vm, r);
    if (sp_int_sign(r) < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "__len__() should return >= 0");
    int64_t n;
    if (!sp_int_to_i64(r, &n) || n > (int64_t)PTRDIFF_MAX)
        sp_raise_fmt(vm, vm->e.OverflowError, "cannot fit 'int' into an index-sized integer");
    return (size_t)n;
}

sp_val sp_index(sp_vm *vm, sp_val v)
{
    if (sp_is_int(v))
        return v;
    sp_check_stack(vm);
    sp_val f = lookup(vm, v, vm->n.__index__);
    if (f == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object cannot be interpreted as an integer", v);
    if (f == vm->None)
        none_not_callable(vm);
    sp_val r = call_special0(vm, v, f);
    if (!sp_is_int(r))
        sp_raise_fmt(vm, vm->e.TypeError, "__index__ returned non-int (type %T)", r);
    return r;
}

sp_val sp_index_exact(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v))
        return v;
    sp_val r = sp_index(vm, v);
    if (r == vm->True)
        return sp_small(1);
    if (r == vm->False)
        return sp_small(0);
    if (!sp_is_small(r) && !sp_is_exact(vm, r, vm->t.int_))
        r = sp_int_add(vm, r, sp_small(0));
    return r;
}

sp_ssize sp_index_ssize(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v))
        return (sp_ssize)sp_small_get(v);
    sp_val r = sp_index(vm, v);
    int64_t n;
    if (!sp_int_to_i64(r, &n) || n > (int64_t)PTRDIFF_MAX || n < (int64_t)PTRDIFF_MIN)
        sp_raise_fmt(vm, vm->e.OverflowError, "cannot fit '%T' into an index-sized integer", v);
    return (sp_ssize)n;
}

sp_ssize sp_index_clamped(sp_vm *vm, sp_val v)
{
    if (sp_is_small(v))
        return (sp_ssize)sp_small_get(v);
    sp_val r = sp_index(vm, v);
    int64_t n;
    if (!sp_int_to_i64(r, &n))
        return sp_int_sign(r) < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    return (sp_ssize)n;
}

/* ---- iteration -------------------------------------------------------------------- */

sp_val sp_iter(sp_vm *vm, sp_val v)
{
    if (sp_is_ptr(v)) {
        /* Exact built-in types, whose __iter__ can't be replaced: the
         * containers' iterators made directly, and the iterators that
         * are their own. */
        sp_type *t = v->type;
        if (t == vm->t.list)
            return sp_list_iter_new(vm, v);
        if (t == vm->t.tuple)
            return sp_tuple_iter_new(vm, v);
        if (t == vm->t.dict)
            return sp_dict_iter_new(vm, v, SP_DV_KEYS, false);
        if (t == vm->t.range)
            return sp_range_iter_new(vm, v);
        if (t == vm->t.enumerate || t == vm->t.zip || t == vm->t.generator || t == vm->t.list_iterator
            || t == vm->t.dict_keyiterator || t == vm->t.dict_itemiterator || t == vm->t.map)
            return v;
    }
    sp_check_stack(vm);
    sp_val f = lookup(vm, v, vm->n.__iter__);
    if (f == NULL || f == vm->None) {
        sp_val gi = lookup(vm, v, vm->n.__getitem__);
        if (f == NULL && gi && gi != vm->None)
            return sp_seqiter_new(vm, v);
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object is not iterable", v);
    }
    sp_val it = call_special0(vm, v, f);
    /* __next__ = None still makes an iterator (CPython fills the slot). */
    sp_val nx = lookup(vm, it, vm->n.__next__);
    if (nx == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "iter() returned non-iterator of type '%T'", it);
    return it;
}

sp_val sp_next(sp_vm *vm, sp_val it)
{
    /* The built-in iterators step without a __next__ call and its
     * StopIteration; sp_cont_iternext also counts the tick (C loops over
     * iterators must meet the tick budget). */
    bool handled;
    sp_val v = sp_cont_iternext(vm, it, &handled);
    if (handled)
        return v;
    sp_check_stack(vm);
    if (sp_is_ptr(it) && it->type == vm->t.generator) {
        /* generator.__next__ without the lookup, the method call and
         * its StopIteration: the end is `done` (PEP 479 made any
         * StopIteration from the body a RuntimeError). */
        bool done = false;
        sp_val r = sp_gen_resume(vm, it, vm->None, NULL, &done);
        return done ? NULL : r;
    }
    sp_val f = lookup(vm, it, vm->n.__next__);
    if (f == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object is not an iterator", it);
    if (f == vm->None)
        none_not_callable(vm);
    sp_handler h;
    volatile sp_val r = NULL;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        r = call_special0(vm, it, f);
        sp_handler_pop(vm, &h);
        return r;
    }
    if (!sp_exc_matches(vm, vm->exc, vm->e.StopIteration))
        sp_raise(vm, vm->exc);
    return NULL;
}

sp_val sp_list_from_iter(sp_vm *vm, sp_val iterable)
{
    if (sp_is_ptr(iterable)) {
        if (iterable->type == vm->t.list)
            return sp_list_from(vm, sp_list_items(iterable));
        if (iterable->type == vm->t.tuple)
            return sp_list_from(vm, sp_tuple_items(iterable));
    }
    sp_val out = sp_list_new(vm, 0);
    sp_val it = sp_iter(vm, iterable);
    for (;;) {
        sp_val x = sp_next(vm, it);
        if (x == NULL)
            return out;
        sp_list_append(vm, out, x);
    }
}

sp_val sp_tuple_from_iter(sp_vm *vm, sp_val iterable)
{
    if (sp_is_ptr(iterable)) {
        if (iterable->type == vm->t.tuple)
            return iterable;
        if (iterable->type == vm->t.list)
            return sp_tuple_from(vm, sp_list_items(iterable));
    }
    sp_val l = sp_list_from_iter(vm, iterable);
    return sp_tuple_from(vm, sp_list_items(l));
}

/* ---- calls ------------------------------------------------------------------------- */

static size_t positional_count(sp_vals args, sp_val kwnames)
{
    size_t nk = kwnames ? sp_tuple_len(kwnames) : 0;
    return args.len >= nk ? args.len - nk : 0;
}

/* A method_descriptor called with no self, or a self of the wrong type:
 * CPython's TypeErrors. */
static __attribute__((noinline, noreturn)) void method_descr_bad_self(sp_vm *vm, sp_methoddescr_obj *d, sp_vals args,
                                                                      sp_val kwnames)
{
    if (positional_count(args, kwnames) == 0) {
        if (d->slot_args != SP_SLOT_NONE)
            sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' of '%s' object needs an argument", d->def->name,
                         sp_type_name(d->owner));
        sp_raise_fmt(vm, vm->e.TypeError, "unbound method %U.%s() needs an argument", d->owner->qualname,
                     d->def->name);
    }
    sp_val self = sp_vals_get(args, 0);
    if (sp_is_slot_name(d->def->name))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' requires a '%s' object but received a '%T'", d->def->name,
                     sp_type_name(d->owner), self);
    sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                 d->def->name, sp_type_name(d->owner), self);
}

/* A method_descriptor d called with args[0] as self (kwnames NULL or
 * non-empty): self must be an instance of d's class -- one compare when
 * it is exactly of that class -- and a slot wrapper's arguments are
 * checked; then d's C function gets args as they are, no copy. */
static inline sp_val call_method_descr(sp_vm *vm, sp_methoddescr_obj *d, sp_vals args, sp_val kwnames)
{
    vm->calling = (sp_val)d;
    if (positional_count(args, kwnames) == 0)
        method_descr_bad_self(vm, d, args, kwnames);
    sp_val self = sp_vals_get(args, 0);
    if (!(sp_is_ptr(self) && self->type == d->owner) && !sp_isinstance(vm, self, d->owner))
        method_descr_bad_self(vm, d, args, kwnames);
    if (d->slot_args != SP_SLOT_NONE)
        sp_slot_check_args(vm, d->def, d->slot_args, sp_vals_from(args, 1), kwnames);
    return d->def->fn(vm, args, kwnames);
}

static __attribute__((noinline)) sp_val call_method_descr_full(sp_vm *vm, sp_methoddescr_obj *d, sp_vals args,
                                                                sp_val kwnames)
{
    sp_check_stack(vm);
    if (kwnames && sp_tuple_len(kwnames) == 0)
        kwnames = NULL;
    return call_method_descr(vm, d, args, kwnames);
}

sp_val sp_call_method_descr(sp_vm *vm, sp_val callable, sp_vals args, sp_val kwnames)
{
    if (!sp_is_ptr(callable) || callable->type != vm->t.method_descriptor)
        return sp_call(vm, callable, args, kwnames);
    sp_methoddescr_obj *d = (sp_methoddescr_obj *)callable;
    /* The usual case needs no register saved: positional arguments
     * only, self exactly of the descriptor's class, no slot wrapper, the
     * C stack well within its limit.  Everything else out of line. */
    char here;
    if (kwnames != NULL || args.len == 0 || d->slot_args != SP_SLOT_NONE || (uintptr_t)&here < vm->c_stack_limit)
        return call_method_descr_full(vm, d, args, kwnames);
    sp_val self = sp_vals_get(args, 0);
    if (!sp_is_ptr(self) || self->type != d->owner)
        return call_method_descr_full(vm, d, args, kwnames);
    vm->calling = callable;
    return d->def->fn(vm, args, NULL);
}

/* A built-in with a bound self: self put before args.  Out of line, so
 * that the common call (no self) has no argument buffer in its frame:
 * the stack scan is conservative, and a stale pointer left in an unused
 * buffer would keep its object alive as long as the call lasts. */
__attribute__((noinline)) static sp_val call_builtin_bound(sp_vm *vm, sp_builtin_obj *b, sp_vals args,
                                                          sp_val kwnames)
{
    if (b->slot_args != SP_SLOT_NONE)
        sp_slot_check_args(vm, b->def, b->slot_args, args, kwnames);
    sp_val buf[8];
    sp_vals a = prepend(vm, SP_VALS(buf), b->self, args);
    return b->def->fn(vm, a, kwnames);
}

sp_val sp_call_builtin(sp_vm *vm, sp_val callable, sp_vals args, sp_val kwnames)
{
    if (!sp_is_ptr(callable) || callable->type != vm->t.builtin_function)
        return sp_call(vm, callable, args, kwnames);
    sp_check_stack(vm);
    sp_builtin_obj *b = (sp_builtin_obj *)callable;
    vm->calling = callable;
    if (b->self && !(b->def->flags & SP_METH_STATIC))
        return call_builtin_bound(vm, b, args, kwnames);
    if (b->slot_args == SP_SLOT_NEW)
        sp_new_check_cls(vm, b, args, kwnames);
    return b->def->fn(vm, args, kwnames);
}

sp_val sp_call(sp_vm *vm, sp_val callable, sp_vals args, sp_val kwnames)
{
    sp_check_stack(vm);
    if (kwnames && sp_tuple_len(kwnames) == 0)
        kwnames = NULL;
    if (sp_is_ptr(callable)) {
        sp_type *t = callable->type;
        if (t == vm->t.function)
            return sp_function_call(vm, callable, args, kwnames);
        if (t == vm->t.builtin_function)
            return sp_call_builtin(vm, callable, args, kwnames);
        if (t == vm->t.method) {
            sp_method_obj *m = (sp_method_obj *)callable;
            return sp_call_with_self(vm, m->func, m->self, args, kwnames);
        }
        if (t == vm->t.method_descriptor)
            return call_method_descr(vm, (sp_methoddescr_obj *)callable, args, kwnames);
        if (t == vm->t.classmethod_descriptor) {
            sp_methoddescr_obj *d = (sp_methoddescr_obj *)callable;
            vm->calling = callable;
            if (positional_count(args, kwnames) == 0)
                sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' of '%s' object needs an argument", d->def->name,
                             sp_type_name(d->owner));
            sp_val self = sp_vals_get(args, 0);
            if (!sp_is_type(self))
                sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' for type '%s' needs a type, not a '%T' as arg 2",
                             d->def->name, sp_type_name(d->owner), self);
            if (!sp_is_subtype((sp_type *)self, d->owner))
                sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                             d->def->name, sp_type_name(d->owner), sp_type_name((sp_type *)self));
            return d->def->fn(vm, args, kwnames);
        }
        /* A class: type.__call__, unless its metaclass has another (type
         * itself, a built-in, can't be given one). */
        if (t == vm->t.type)
            return sp_type_call(vm, (sp_type *)callable, args, kwnames);
        if (t->def->layout == SP_LAYOUT_TYPE) {
            sp_val c = sp_type_lookup(vm, t, vm->n.__call__);
            if (is_cfn(vm, c, sp_type_call_fn))
                return sp_type_call(vm, (sp_type *)callable, args, kwnames);
        }
    }
    sp_type *t = sp_type_of(vm, callable);
    sp_val c = sp_type_lookup(vm, t, vm->n.__call__);
    if (c == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "'%T' object is not callable", callable);
    if (sp_is_ptr(c) && (c->type == vm->t.function || c->type == vm->t.method_descriptor))
        return sp_call_with_self(vm, c, callable, args, kwnames);
    return sp_call(vm, sp_descr_get(vm, c, callable, t), args, kwnames);
}

sp_val sp_call0(sp_vm *vm, sp_val callable)
{
    return sp_call(vm, callable, SP_NOVALS, NULL);
}

sp_val sp_call1(sp_vm *vm, sp_val callable, sp_val a)
{
    sp_val args[1] = { a };
    return sp_call(vm, callable, SP_VALS(args), NULL);
}

sp_val sp_call2(sp_vm *vm, sp_val callable, sp_val a, sp_val b)
{
    sp_val args[2] = { a, b };
    return sp_call(vm, callable, SP_VALS(args), NULL);
}

sp_val sp_call_tuple_dict(sp_vm *vm, sp_val callable, sp_val args, sp_val kwargs)
{
    size_t np = args ? sp_tuple_len(args) : 0;
    size_t nk = kwargs ? sp_dict_len(kwargs) : 0;
    if (nk == 0)
        return sp_call(vm, callable, args ? sp_tuple_items(args) : SP_NOVALS, NULL);
    size_t n = sp_size_add_or_raise(vm, np, nk);
    sp_valarray *arr = sp_valarray_new(vm, n);
    sp_vals a = sp_vals_sub(sp_valarray_span(arr), 0, n);
    if (np)
        sp_vals_copy(a, sp_tuple_items(args));
    sp_val names = sp_tuple_new(vm, nk);
    size_t pos = 0, i = 0;
    sp_val k, v;
    while (sp_dict_next(kwargs, &pos, &k, &v) && i < nk) {
        if (!sp_is_str(k))
            sp_raise_fmt(vm, vm->e.TypeError, "keywords must be strings");
        sp_tuple_set(names, i, k);
        sp_vals_set(a, np + i, v);
        i++;
    }
    return sp_call(vm, callable, a, names);
}

bool sp_callable(sp_vm *vm, sp_val v)
{
    if (sp_is_ptr(v)) {
        sp_type *t = v->type;
        if (t == vm->t.function || t == vm->t.builtin_function || t == vm->t.method || t->def->layout == SP_LAYOUT_TYPE)
            return true;
    }
    return lookup(vm, v, vm->n.__call__) != NULL;
}

/* Internals of the numeric types shared by int.c, bool.c, float.c,
 * complex.c and format.c (not part of the general API in sp.h).
 *
 * An int is any value with SP_LAYOUT_INT:
 *   - a tagged small int (|v| < 2^62);
 *   - an exact big int (sp_bigint_obj: sign +-1, normalised limbs, value
 *     outside the small range);
 *   - True / False (bool instances in the big-int layout: 1 limb / 0 limbs);
 *   - an instance of a Python subclass of int.  Such an instance is made by
 *     sp_alloc_instance (its __dict__ and __slots__ sit after the fixed part
 *     sp_int_def.size), so its value can't live in its own limbs: it is
 *     "boxed" (aux bit SP_INT_AUX_BOXED) and holds an exact int in `box`.
 * sp_intview gives one read-only view of all of these.
 */
#ifndef SP_OBJECTS_INT_H
#define SP_OBJECTS_INT_H

#include "sp.h"

#define SP_INT_AUX_BOXED 0x1u

/* Shares the first fields with sp_bigint_obj; `box` overlays limbs[0..1]. */
typedef struct sp_intbox_obj {
    sp_obj h;
    int32_t sign;
    uint32_t nlimbs;        /* 0 */
    sp_val box;             /* exact int (small or sp_bigint_obj) */
} sp_intbox_obj;

/* Read-only view of an int: sign (-1, 0, 1) and normalised magnitude.
 * For small ints the limbs live in buf, so the view must not be copied
 * (pass it by pointer). */
typedef struct sp_intview {
    int sign;
    sp_u32s mag;
    uint32_t buf[2];
} sp_intview;

/* nlimbs never exceeds the count allocated (sp_bigint_alloc sets it; the
 * normalisation in sp_bigint_finish only lowers it). */
static inline sp_u32s sp_bigint_limbs(sp_bigint_obj *b) { return sp_trailing_u32s(b->limbs, b->nlimbs); }

/* The exact int equal to v (unboxes subclass instances and bools). */
sp_val sp_int_exact(sp_vm *vm, sp_val v);
void sp_int_view(sp_val v, sp_intview *out);
/* A fresh big int with room for n limbs (nlimbs = n, all zero, sign +1). */
sp_bigint_obj *sp_bigint_alloc(sp_vm *vm, size_t n);
/* Normalise b (used as scratch result) into an int value with this sign. */
sp_val sp_bigint_finish(sp_vm *vm, sp_bigint_obj *b, int sign);
/* An int from a sign and a magnitude (copied). */
sp_val sp_int_from_mag(sp_vm *vm, int sign, sp_u32s mag);

bool sp_int_is_zero(sp_val v);
size_t sp_int_bit_length(sp_val v);
sp_val sp_int_abs(sp_vm *vm, sp_val v);
sp_val sp_int_truediv(sp_vm *vm, sp_val a, sp_val b);
/* pow(a, b[, m]); m may be NULL.  Negative b without m -> float. */
sp_val sp_int_pow(sp_vm *vm, sp_val a, sp_val b, sp_val m);
sp_val sp_int_lshift(sp_vm *vm, sp_val a, sp_val b);
sp_val sp_int_rshift(sp_vm *vm, sp_val a, sp_val b);
sp_val sp_int_and(sp_vm *vm, sp_val a, sp_val b);
sp_val sp_int_or(sp_vm *vm, sp_val a, sp_val b);
sp_val sp_int_xor(sp_vm *vm, sp_val a, sp_val b);
sp_val sp_int_invert(sp_vm *vm, sp_val a);
/* Floor division and modulo together; either out pointer may be NULL.
 * `what` selects the ZeroDivisionError message. */
void sp_int_divmod(sp_vm *vm, sp_val a, sp_val b, sp_val *q, sp_val *r, const char *what);
/* Exact comparison of an int with a double: -1, 0, 1; 2 if d is NaN. */
int sp_int_cmp_double(sp_vm *vm, sp_val v, double d);
/* round(v, ndigits) for ndigits < 0 (half to even). */
sp_val sp_int_round(sp_vm *vm, sp_val v, sp_val ndigits);
/* The text of a str as int()/float() parse it: Unicode decimal digits
 * and spaces mapped to ASCII, other non-ASCII chars to '?'. */
sp_cbytes sp_str_numeric_ascii(sp_vm *vm, sp_val s);
/* Digit limit for int <-> str conversion: vm->registry["sys.int_max_str_digits"]
 * (set by sys.set_int_max_str_digits in src/modules/sys.c), default 4300. */
int64_t sp_int_max_str_digits(sp_vm *vm);
void sp_int_set_max_str_digits(sp_vm *vm, int64_t n);

/* TypeError "f() takes at most N positional arguments (M given)" when more
 * than max positional arguments follow the first `skip` (self/cls). */
void sp_num_max_positional(sp_vm *vm, const char *fname, sp_vals args, sp_val kwnames, size_t skip, size_t max, bool exactly);

/* float helpers (float.c) */
sp_val sp_float_pow(sp_vm *vm, double a, double b);
/* Python's float repr into a C buffer: 'r' repr, or 'e'/'f'/'g' with a
 * precision, with CPython's conventions; returns the length. */
size_t sp_double_to_cstr(sp_bytes out, double d, char code, int prec, bool alt);
/* Parse a float from text (whitespace already stripped, no underscores
 * check): returns false if not a valid float literal. */
bool sp_parse_double(sp_cbytes text, double *out);
sp_val sp_float_round(sp_vm *vm, double d, sp_val ndigits);

/* format.c helpers for complex */
sp_val sp_format_complex(sp_vm *vm, double re, double im, sp_val spec);

/* complex.c: (ar + ai j) ** (br + bi j) with CPython's errors. */
sp_val sp_complex_pow_parts(sp_vm *vm, double ar, double ai, double br, double bi);
sp_val sp_complex_repr_val(sp_vm *vm, double re, double im);

/* Python's floor division and modulo of two small ints' values, y not 0
 * or -1 (the caller's cases: 0 raises, and the smallest small int // -1
 * is not small): C truncates, Python floors, so the remainder takes the
 * divisor's sign.  Shared by abstract.c's small-int paths and the loop's. */
static inline void sp_small_divmod(int64_t x, int64_t y, int64_t *q, int64_t *m)
{
    int64_t qq = x / y, mm = x % y;
    if (mm != 0 && ((mm < 0) != (y < 0))) {
        qq--;
        mm += y;
    }
    *q = qq;
    *m = mm;
}

#endif

/* _decimal_fast: C fast paths installed on _pydecimal's own Decimal class.
 *
 * SafePy has no libmpdec, so `decimal` is the stdlib's _pydecimal (through
 * lib/_decimal.py).  Its representation stays: a Decimal has the four slots
 * _exp (int, or 'n'/'N'/'F' for specials), _int (str of digits, no leading
 * zero except "0"), _sign (0/1) and _is_special.  install(_pydecimal)
 * replaces methods of _pydecimal.Decimal (*, +, - and their reflections,
 * quantize, str, repr, unary -, + and abs, the comparisons, hash, bool)
 * with C functions that compute the result only when they can prove it
 * and its signals are what _pydecimal would produce:
 *   - self (and a Decimal operand) exactly of class Decimal, finite, with
 *     at most 38 digits (products and aligned sums then fit in 128 bits);
 *     an int operand exactly int or bool that fits in 64 bits;
 *   - no context argument; the current context from the ContextVar (none
 *     set yet: Python makes one), with an empty _ignored_flags list, exact
 *     dicts for flags and traps, small int prec/Emin/Emax/clamp and one of
 *     the eight rounding strings;
 *   - no signal but Inexact and Rounded, and those untrapped: exponents
 *     that would be clamped, subnormal or overflow, InvalidOperation cases
 *     and trapped signals all go to the saved Python method, called with
 *     the same arguments, before anything was changed.
 * Rounding is done on the digit string exactly as _pydecimal's
 * _round_* functions do it, and a raised signal is stored the way
 * Context._raise_error stores it: context.flags[signal] = 1.
 *
 * Per-interpreter state (the class, the ContextVar, the signal classes,
 * the rounding strings, the saved methods, the attribute names, caches;
 * never a C static: statics are no GC roots, and several interpreters
 * share the process) is a tuple: the last installed one in
 * vm->decimal_state (a GC root: found in O(1) on every call), and one per
 * installed class in vm->registry["_decimal_fast.all"] (a second copy of
 * _pydecimal, as test.support.import_fresh_module makes, gets its own).
 * It caches the last context read (see load_ctx_cached) and the digit
 * strs of coefficients below 10,000 (coeff_str). */
#include "objects/typeobj.h"
#include "objects/int.h"
#include "objects/dict.h"
#include "objects/str_internal.h"
#include "modules/modules.h"

typedef unsigned __int128 u128;

/* ---- the state tuple -------------------------------------------------------*/

/* The caches, items of the state tuple itself (one span, no tuple in a
 * tuple to check on each use): entry numbers (C_*, see current_context)
 * and the last context read (CC_*, see load_ctx_cached). */
enum { C_CV_IX, C_CTX_IX, C_TRAPS_IX, C_FLAGS_IX, C_LEN };
enum { CC_DICT, CC_VERSION, CC_P0, CC_V0 = CC_P0 + 8, CC_PREC = CC_V0 + 8, CC_EMIN, CC_EMAX, CC_ROUNDING, CC_CLAMP, CC_LEN };

enum {
    ST_DECIMAL, ST_CVAR, ST_INEXACT, ST_ROUNDED,
    ST_CONTEXT, ST_CONTEXT_VERSION,  /* Context, its version at install (None: no dict reads) */
    ST_H_CVAR, ST_H_INEXACT, ST_H_ROUNDED,   /* their (identity) hashes, small ints */
    ST_C0,                           /* C_LEN entry numbers, small ints */
    ST_CC0 = ST_C0 + C_LEN,          /* the CC_LEN items of the last context read */
    ST_STRS = ST_CC0 + CC_LEN,       /* the digit strs of 0 .. NSTRS-1, made when first needed */
    ST_SLOT_EXP, ST_SLOT_INT, ST_SLOT_SIGN, ST_SLOT_SPECIAL,   /* small ints */
    ST_SLOTS,                        /* the four, 8 bits each in that order: one read */
    ST_N_PREC, ST_N_ROUNDING, ST_N_EMIN, ST_N_EMAX, ST_N_CLAMP, ST_N_FLAGS, ST_N_TRAPS, ST_N_IGNORED,
    ST_ROUND0,                       /* the 8 rounding strings, in enum rmode order */
    ST_ORIG0 = ST_ROUND0 + 8,        /* the saved methods, in fast_methods order */
};

/* _pydecimal's rounding modes. */
enum rmode { R_DOWN, R_HALF_UP, R_HALF_EVEN, R_CEILING, R_FLOOR, R_UP, R_HALF_DOWN, R_05UP };
static const char *rmode_name(size_t r)
{
    switch (r) {
    case R_DOWN: return "ROUND_DOWN";
    case R_HALF_UP: return "ROUND_HALF_UP";
    case R_HALF_EVEN: return "ROUND_HALF_EVEN";
    case R_CEILING: return "ROUND_CEILING";
    case R_FLOOR: return "ROUND_FLOOR";
    case R_UP: return "ROUND_UP";
    case R_HALF_DOWN: return "ROUND_HALF_DOWN";
    default: return "ROUND_05UP";
    }
}

enum {
    M_MUL, M_RMUL, M_ADD, M_RADD, M_SUB, M_RSUB, M_QUANTIZE, M_STR, M_REPR,
    M_EQ, M_LT, M_LE, M_GT, M_GE, M_HASH, M_BOOL, M_NEG, M_POS, M_ABS, M_COUNT
};
#define ST_COUNT (ST_ORIG0 + M_COUNT)

/* Exponents, precisions and bounds beyond this go to Python: sums of a
 * few of them stay far inside int64_t. */
#define BOUND ((int64_t)100000000000000000LL)   /* 10**17 */
#define MAXDIG 38                                 /* 10**38 < 2**128 */
#define NSTRS 10000                               /* coefficients whose str is shared */

/* The state is passed around as its tuple's items (a span: one bounds
 * check per read, no downcast). */
static sp_val st_item(sp_vals st, size_t i) { return sp_vals_get(st, i); }
static size_t st_slot(sp_vals st, size_t i) { return (size_t)sp_small_get(st_item(st, i)); }

/* The state of the installed class that self is an instance of, or NULL. */
static sp_val find_state(sp_vm *vm, sp_val self)
{
    sp_val st = vm->decimal_state;
    if (st == NULL || vm->registry == NULL)
        return NULL;
    sp_type *t = sp_type_of(vm, self);
    if ((sp_val)t == sp_tuple_get(st, ST_DECIMAL))
        return st;
    sp_val all = sp_dict_get_cstr(vm, vm->registry, "_decimal_fast.all");
    if (all == NULL)
        return NULL;
    sp_vals mro = sp_tuple_items(t->mro);
    for (size_t i = 0; i < mro.len; i++) {
        sp_val s = sp_dict_get(vm, all, sp_vals_get(mro, i));
        if (s != NULL)
            return s;
    }
    return NULL;
}

/* The saved Python method m, called as the C one was. */
static sp_val slow(sp_vm *vm, sp_vals st, int m, sp_vals args, sp_val kwnames)
{
    return sp_call(vm, st_item(st, ST_ORIG0 + (size_t)m), args, kwnames);
}

/* A state for self's class, which must exist: the C method is only ever
 * installed together with its state. */
static inline sp_vals need_state(sp_vm *vm, sp_vals args)
{
    /* the common case: self of the last installed class */
    if (args.len > 0 && vm->decimal_state != NULL) {
        sp_val self = sp_vals_get(args, 0);
        sp_vals items = sp_tuple_items(vm->decimal_state);
        if (sp_is_ptr(self) && (sp_val)self->type == sp_vals_get(items, ST_DECIMAL))
            return items;
    }
    sp_val st = args.len > 0 ? find_state(vm, sp_vals_get(args, 0)) : NULL;
    if (st == NULL)
        sp_raise_fmt(vm, vm->e.SystemError, "_decimal_fast: no state for this Decimal class");
    return sp_tuple_items(st);
}

/* ---- reading operands ------------------------------------------------------*/

/* A finite operand: sign, coefficient digits (ASCII, no leading zero but
 * for "0") and exponent. */
typedef struct fin {
    int sign;
    int64_t exp;
    u128 val;               /* the coefficient's value (< 10**38) */
    sp_cbytes digits;       /* points into an immutable str, or into buf */
    uint8_t buf[24];        /* an int operand's digits */
} fin;

static bool fin_zero(const fin *f) { return f->digits.len == 1 && sp_cbytes_get(f->digits, 0) == '0'; }

/* The words after the header of a plain class instance o, as a span,
 * and where its slots start in it; an empty span if o's allocation memo
 * does not cover them (then the slow accessors are used). */
static inline sp_vals inst_words(sp_obj *o, size_t *base)
{
    sp_type *t = o->type;
    size_t words = o->aux >> SP_AUX_WORDS_SHIFT;
    size_t first = t->slots_offset / sizeof(sp_val);
    if (!(t->flags & SP_TF_PLAIN_EXTRAS) || words <= SP_HEADER_WORDS || first < SP_HEADER_WORDS)
        return SP_NOVALS;
    *base = first - SP_HEADER_WORDS;
    return sp_trailing_vals(((sp_instance_words *)o)->words, words - SP_HEADER_WORDS);
}

static inline bool load_decimal(sp_vm *vm, sp_vals st, sp_val v, fin *f)
{
    if (!sp_is_ptr(v) || (sp_val)v->type != st_item(st, ST_DECIMAL))
        return false;
    size_t base = 0;
    sp_vals w = inst_words(v, &base);
    sp_val special, sign, exp, s;
    size_t packed = st_slot(st, ST_SLOTS);
    size_t ke = base + (packed & 255), ki = base + ((packed >> 8) & 255);
    size_t ks = base + ((packed >> 16) & 255), kp = base + (packed >> 24);
    if (kp < w.len && ks < w.len && ke < w.len && ki < w.len) {
        special = sp_vals_get(w, kp);
        sign = sp_vals_get(w, ks);
        exp = sp_vals_get(w, ke);
        s = sp_vals_get(w, ki);
    } else {
        special = sp_obj_get_slot_hot(vm, v, st_slot(st, ST_SLOT_SPECIAL));
        sign = sp_obj_get_slot_hot(vm, v, st_slot(st, ST_SLOT_SIGN));
        exp = sp_obj_get_slot_hot(vm, v, st_slot(st, ST_SLOT_EXP));
        s = sp_obj_get_slot_hot(vm, v, st_slot(st, ST_SLOT_INT));
    }
    if (special != vm->False)
        return false;
    if (sign != sp_small(0) && sign != sp_small(1))
        return false;
    if (exp == NULL || !sp_is_small(exp) || sp_small_get(exp) > BOUND || sp_small_get(exp) < -BOUND)
        return false;
    if (s == NULL || !sp_is_ptr(s) || s->type != vm->t.str)
        return false;
    sp_cbytes d = sp_strobj_cbytes(sp_as_str(s));
    if (d.len == 0 || d.len > MAXDIG)
        return false;
    /* checked and valued in one pass: 64-bit for the first 19 digits */
    size_t n64 = d.len < 19 ? d.len : 19;
    uint64_t lo = 0;
    for (size_t i = 0; i < n64; i++) {
        uint8_t c = sp_cbytes_get(d, i);
        if (c < '0' || c > '9')
            return false;
        lo = lo * 10 + (uint64_t)(c - '0');
    }
    u128 val = lo;
    for (size_t i = n64; i < d.len; i++) {
        uint8_t c = sp_cbytes_get(d, i);
        if (c < '0' || c > '9')
            return false;
        val = val * 10 + (u128)(c - '0');
    }
    if (d.len > 1 && sp_cbytes_get(d, 0) == '0')
        return false;
    f->val = val;
    f->sign = (int)sp_small_get(sign);
    f->exp = sp_small_get(exp);
    f->digits = d;
    return true;
}

/* An exact int or bool (what _convert_other makes a Decimal of). */
static bool load_int(sp_vm *vm, sp_val v, fin *f)
{
    sp_type *t = sp_type_of(vm, v);
    if (t != vm->t.int_ && t != vm->t.bool_)
        return false;
    int64_t i;
    if (!sp_int_to_i64(v, &i))
        return false;
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    uint8_t rev[24];
    sp_bytes r = SP_BYTES(rev);
    size_t n = 0;
    do {
        sp_bytes_set(r, n++, (uint8_t)('0' + m % 10));
        m /= 10;
    } while (m != 0);
    sp_bytes b = SP_BYTES(f->buf);
    for (size_t k = 0; k < n; k++)
        sp_bytes_set(b, k, sp_bytes_get(r, n - 1 - k));
    f->sign = i < 0;
    f->exp = 0;
    f->val = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    f->digits = sp_cbytes_sub(sp_cbytes_of(b), 0, n);
    return true;
}

static bool load_operand(sp_vm *vm, sp_vals st, sp_val v, fin *f)
{
    return load_decimal(vm, st, v, f) || load_int(vm, v, f);
}

/* ---- the context -----------------------------------------------------------*/

typedef struct dctx {
    sp_val flags, traps;
    int64_t prec, emin, emax;
    int rounding;           /* enum rmode */
    int clamp;
} dctx;

static bool small_in(sp_val v, int64_t lo, int64_t hi, int64_t *out)
{
    if (v == NULL || !sp_is_small(v) || sp_small_get(v) < lo || sp_small_get(v) > hi)
        return false;
    *out = sp_small_get(v);
    return true;
}

/* The rounding mode named by s, or -1. */
static int rmode_of(sp_vals st, sp_val s)
{
    for (int r = 0; r < 8; r++)
        if (s == st_item(st, ST_ROUND0 + (size_t)r))
            return r;
    if (!sp_is_str(s))
        return -1;
    for (int r = 0; r < 8; r++)
        if (sp_str_eq(s, st_item(st, ST_ROUND0 + (size_t)r)))
            return r;
    return -1;
}

/* Finding the context fast.  ST_C0.. are, private to this file,
 * of entry numbers where keys were found last time: of
 * _current_context_var in the current context's mapping; of the eight
 * attributes (ST_N_* order) in the Context instance dict, 7 bits each in
 * one small int; of Inexact and Rounded (31 bits each) in the traps and
 * in the flags dict.  dict.h's sp_dict_entry_if reads entry n only if
 * its key is that very object (a deleted entry loses its key), so a
 * number from another dict or from before a rebuild is merely a miss:
 * the key is looked up again.  The instance dict is used only when the
 * context is exactly _pydecimal's Context, unchanged since install (so no
 * class attribute can shadow an instance attribute: install checked);
 * else getattr. */
#define IX_BITS 7u

static inline size_t cache_ix(sp_vals st, size_t i) { return (size_t)sp_small_get(sp_vals_get(st, ST_C0 + i)); }
static void cache_set(sp_vals st, size_t i, uint64_t v) { sp_vals_set(st, ST_C0 + i, sp_small((int64_t)v)); }

/* _current_context_var.get(), or NULL if it has no value. */
static inline sp_val current_context(sp_vm *vm, sp_vals st)
{
    sp_val vars = sp_context_vars(vm), var = st_item(st, ST_CVAR);
    if (vars != NULL) {
        sp_val v = sp_dict_entry_if(vars, cache_ix(st, C_CV_IX), var);
        if (v != NULL)
            return v;
    }
    sp_val ctx = sp_contextvar_peek(vm, var, sp_small_get(st_item(st, ST_H_CVAR)));
    if (ctx != NULL && vars != NULL) {
        /* a ContextVar key: no Python code runs in the lookup */
        sp_ssize k = sp_dict_find_index(vm, vars, var);
        if (k >= 0)
            cache_set(st, C_CV_IX, (uint64_t)k);
    }
    return ctx;
}

static inline sp_val ctx_dict(sp_vm *vm, sp_vals st, sp_val ctx)
{
    sp_val cls = st_item(st, ST_CONTEXT), ver = st_item(st, ST_CONTEXT_VERSION);
    if (!sp_is_ptr(ctx) || (sp_val)ctx->type != cls || !sp_is_small(ver)
        || ctx->type->version != (uint64_t)sp_small_get(ver))
        return NULL;
    sp_val d = sp_obj_peek_dict_hot(vm, ctx);
    return d != NULL && sp_is_exact(vm, d, vm->t.dict) ? d : NULL;
}

/* The eight attributes from d at the remembered entry numbers; false on
 * a miss.  sp_dict_entry_if's test (entry n holds that very key) done
 * eight times over one look at the dict's entries. */
static bool ctx_entries(sp_vals st, sp_val d, sp_vals v)
{
    uint64_t packed = cache_ix(st, C_CTX_IX);
    sp_dict_obj *o = sp_as_dict(d);
    size_t nentries = o->nentries;
    sp_vals e = sp_dict_entries_(o->entries);
    sp_vals names = sp_vals_sub(st, ST_N_PREC, 8);
    for (size_t i = 0; i < 8; i++) {
        size_t n = (size_t)((packed >> (IX_BITS * i)) & ((1u << IX_BITS) - 1));
        if (n >= nentries || sp_vals_get(e, 2 * n) != sp_vals_get(names, i))
            return false;
        sp_vals_set(v, i, sp_vals_get(e, 2 * n + 1));
    }
    return true;
}

/* The context's eight attributes (ST_N_* order) into v. */
static bool ctx_values(sp_vm *vm, sp_vals st, sp_val ctx, sp_vals v)
{
    sp_val d = ctx_dict(vm, st, ctx);
    if (d != NULL && ctx_entries(st, d, v))
        return true;
    if (d != NULL) {
        uint64_t packed = 0;
        bool fits = true;
        for (size_t i = 0; i < 8; i++) {
            /* interned str keys: no Python code runs */
            sp_ssize k = sp_dict_find_index(vm, d, st_item(st, ST_N_PREC + i));
            fits = fits && k >= 0 && k < (1 << IX_BITS);
            if (fits)
                packed |= (uint64_t)k << (IX_BITS * i);
        }
        if (fits) {
            cache_set(st, C_CTX_IX, packed);
            if (ctx_entries(st, d, v))
                return true;
        }
    }
    for (size_t i = 0; i < 8; i++) {
        sp_val a = sp_getattr_opt(vm, ctx, st_item(st, ST_N_PREC + i));
        if (a == NULL)
            return false;
        sp_vals_set(v, i, a);
    }
    return true;
}

/* The last context read, so that a context used again is not checked
 * again: ST_CC0.. hold (CC_* order) the Context instance dict
 * it was read from, that dict's version (dict.h D5: it changes with
 * every insertion, deletion, clear and resize, so the keys stay where
 * CC_P0.. say -- 2n + 1, entry n's value -- while it is unchanged),
 * the eight values read
 * (ST_N_* order) and what they gave.  The values are compared on each
 * use (ctx.prec = 5 replaces a value, which leaves the version as it
 * is); the _ignored_flags list, changed in place, is checked each time,
 * and so are the traps and flags read when a signal is raised.  The
 * tuple keeps the dict alive, so no other dict can take its place. */

static void cc_fill(dctx *c, sp_vals cc, sp_vals v)
{
    c->flags = sp_vals_get(v, ST_N_FLAGS - ST_N_PREC);
    c->traps = sp_vals_get(v, ST_N_TRAPS - ST_N_PREC);
    c->prec = sp_small_get(sp_vals_get(cc, CC_PREC));
    c->emin = sp_small_get(sp_vals_get(cc, CC_EMIN));
    c->emax = sp_small_get(sp_vals_get(cc, CC_EMAX));
    c->rounding = (int)sp_small_get(sp_vals_get(cc, CC_ROUNDING));
    c->clamp = (int)sp_small_get(sp_vals_get(cc, CC_CLAMP));
}

/* The context from the cache: true if ctx's dict is the cached one,
 * unchanged (same version, same eight values). */
static bool load_ctx_cached(sp_vm *vm, sp_vals st, sp_val ctx, dctx *c)
{
    sp_vals cc = sp_vals_sub(st, ST_CC0, CC_LEN);
    sp_val d = ctx_dict(vm, st, ctx);
    if (d == NULL || d != sp_vals_get(cc, CC_DICT))
        return false;
    sp_dict_obj *o = sp_as_dict(d);
    if (!sp_is_small(sp_vals_get(cc, CC_VERSION)) || o->version != (uint64_t)sp_small_get(sp_vals_get(cc, CC_VERSION)))
        return false;
    sp_vals e = sp_dict_entries_(o->entries);
    sp_vals v = sp_vals_sub(cc, CC_V0, 8), pos = sp_vals_sub(cc, CC_P0, 8);
    for (size_t i = 0; i < 8; i++)
        if (sp_vals_get(e, (size_t)sp_small_get(sp_vals_get(pos, i))) != sp_vals_get(v, i))
            return false;
    sp_val ign = sp_vals_get(v, ST_N_IGNORED - ST_N_PREC);
    if (sp_list_len(ign) != 0)      /* an exact list: checked when cached */
        return false;
    cc_fill(c, cc, v);
    return true;
}

static bool load_ctx(sp_vm *vm, sp_vals st, dctx *c)
{
    sp_val ctx = current_context(vm, st);
    if (ctx == NULL)
        return false;
    if (load_ctx_cached(vm, st, ctx, c))
        return true;
    sp_val a[8];
    sp_vals v = SP_VALS(a);
    if (!ctx_values(vm, st, ctx, v))
        return false;
    sp_val ign = sp_vals_get(v, ST_N_IGNORED - ST_N_PREC);
    if (!sp_is_exact(vm, ign, vm->t.list) || sp_list_len(ign) != 0)
        return false;
    c->flags = sp_vals_get(v, ST_N_FLAGS - ST_N_PREC);
    c->traps = sp_vals_get(v, ST_N_TRAPS - ST_N_PREC);
    if (!sp_is_exact(vm, c->flags, vm->t.dict) || !sp_is_exact(vm, c->traps, vm->t.dict))
        return false;
    int64_t clamp;
    if (!small_in(sp_vals_get(v, ST_N_PREC - ST_N_PREC), 1, BOUND, &c->prec)
        || !small_in(sp_vals_get(v, ST_N_EMIN - ST_N_PREC), -BOUND, 0, &c->emin)
        || !small_in(sp_vals_get(v, ST_N_EMAX - ST_N_PREC), 0, BOUND, &c->emax)
        || !small_in(sp_vals_get(v, ST_N_CLAMP - ST_N_PREC), 0, 1, &clamp))
        return false;
    c->clamp = (int)clamp;
    c->rounding = rmode_of(st, sp_vals_get(v, ST_N_ROUNDING - ST_N_PREC));
    if (c->rounding < 0)
        return false;
    /* Cache it if the values came from the instance dict at the entry
     * numbers of C_CTX_IX (ctx_values read them there, or by getattr). */
    sp_val d = ctx_dict(vm, st, ctx);
    sp_val b[8];
    sp_vals w = SP_VALS(b);
    if (d != NULL && sp_as_dict(d)->version <= (uint64_t)SP_SMALL_MAX && ctx_entries(st, d, w)) {
        bool same = true;
        for (size_t i = 0; i < 8; i++)
            same = same && sp_vals_get(w, i) == sp_vals_get(v, i);
        if (same) {
            sp_vals t = sp_vals_sub(st, ST_CC0, CC_LEN);
            sp_vals_set(t, CC_DICT, d);
            sp_vals_set(t, CC_VERSION, sp_small((int64_t)sp_as_dict(d)->version));
            /* where the values are in the entries: 2n + 1 for entry n */
            uint64_t packed = cache_ix(st, C_CTX_IX);
            for (size_t i = 0; i < 8; i++)
                sp_vals_set(t, CC_P0 + i, sp_small((int64_t)(2 * ((packed >> (IX_BITS * i)) & ((1u << IX_BITS) - 1)) + 1)));
            for (size_t i = 0; i < 8; i++)
                sp_vals_set(t, CC_V0 + i, sp_vals_get(v, i));
            sp_vals_set(t, CC_PREC, sp_small(c->prec));
            sp_vals_set(t, CC_EMIN, sp_small(c->emin));
            sp_vals_set(t, CC_EMAX, sp_small(c->emax));
            sp_vals_set(t, CC_ROUNDING, sp_small(c->rounding));
            sp_vals_set(t, CC_CLAMP, sp_small(c->clamp));
        }
    }
    return true;
}

/* The remembered entry number of signal sig (ST_INEXACT or ST_ROUNDED)
 * in the traps or flags dict d (cache slot i), looked up again if entry
 * n of d does not hold sig. */
static size_t sig_entry(sp_vm *vm, sp_vals st, size_t i, sp_val d, size_t sig)
{
    uint64_t packed = cache_ix(st, i);
    size_t n = (size_t)(sig == ST_INEXACT ? packed & 0x7fffffffu : packed >> 31);
    if (sp_dict_entry_if(d, n, st_item(st, sig)) != NULL)
        return n;
    /* class keys hash by identity (install checked their metaclass) */
    sp_ssize ki = sp_dict_find_index(vm, d, st_item(st, ST_INEXACT));
    sp_ssize kr = sp_dict_find_index(vm, d, st_item(st, ST_ROUNDED));
    if (ki >= 0 && kr >= 0 && ki < ((sp_ssize)1 << 31) && kr < ((sp_ssize)1 << 30))
        cache_set(st, i, (uint64_t)ki | ((uint64_t)kr << 31));
    return (size_t)(sig == ST_INEXACT ? ki : kr);     /* (size_t)-1: absent */
}

/* What Context._raise_error does for an untrapped signal: flags[sig] = 1. */
static void raise_flag(sp_vm *vm, sp_vals st, const dctx *c, size_t sig)
{
    size_t n = sig_entry(vm, st, C_FLAGS_IX, c->flags, sig);
    if (!sp_dict_entry_replace(c->flags, n, st_item(st, sig), sp_small(1)))
        sp_dict_set_hashed(vm, c->flags, st_item(st, sig), sp_small_get(st_item(st, sig + ST_H_INEXACT - ST_INEXACT)),
                           sp_small(1));
}

/* Entry numbers of Inexact and Rounded in the traps or flags dict d
 * (cache slot i), both checked to hold those keys (one look at the
 * entries); false if either is absent. */
static bool sig_pos(sp_vm *vm, sp_vals st, size_t i, sp_val d, size_t *ki, size_t *kr, sp_vals *ents)
{
    uint64_t packed = cache_ix(st, i);
    size_t a = (size_t)(packed & 0x7fffffffu), b = (size_t)(packed >> 31);
    sp_dict_obj *o = sp_as_dict(d);
    if (a < o->nentries && b < o->nentries) {
        sp_vals e = sp_dict_entries_(o->entries);
        if (sp_vals_get(e, 2 * a) == st_item(st, ST_INEXACT) && sp_vals_get(e, 2 * b) == st_item(st, ST_ROUNDED)) {
            *ki = a;
            *kr = b;
            *ents = e;
            return true;
        }
    }
    size_t x = sig_entry(vm, st, i, d, ST_INEXACT), y = sig_entry(vm, st, i, d, ST_ROUNDED);
    if (x == (size_t)-1 || y == (size_t)-1)
        return false;
    *ki = x;
    *kr = y;
    *ents = sp_dict_entries_(sp_as_dict(d)->entries);   /* no Python code ran: the same dict */
    return true;
}

/* May Rounded (and Inexact, if inexact) be raised without trapping?
 * Only a trap that is False or 0 is known not to fire; anything else goes
 * to Python (a missing key too: _raise_error's KeyError). */
static bool rounding_untrapped(sp_vm *vm, sp_vals st, const dctx *c, bool inexact)
{
    size_t ki, kr;
    sp_vals e;
    if (!sig_pos(vm, st, C_TRAPS_IX, c->traps, &ki, &kr, &e))
        return false;
    sp_val tr = sp_vals_get(e, 2 * kr + 1);
    if (tr != vm->False && tr != sp_small(0))
        return false;
    if (!inexact)
        return true;
    sp_val ti = sp_vals_get(e, 2 * ki + 1);
    return ti == vm->False || ti == sp_small(0);
}

/* Raise Inexact (if inexact), then Rounded, untrapped: flags[sig] = 1. */
static void raise_rounding(sp_vm *vm, sp_vals st, const dctx *c, bool inexact)
{
    size_t ki, kr;
    sp_vals e;
    if (sig_pos(vm, st, C_FLAGS_IX, c->flags, &ki, &kr, &e)) {
        if (inexact)
            sp_vals_set(e, 2 * ki + 1, sp_small(1));
        sp_vals_set(e, 2 * kr + 1, sp_small(1));
        return;
    }
    if (inexact)
        raise_flag(vm, st, c, ST_INEXACT);
    raise_flag(vm, st, c, ST_ROUNDED);
}

/* ---- digit strings ---------------------------------------------------------*/

/* A coefficient being built: digits d[start .. start+len).  Two spare
 * bytes in front take a carry. */
#define DBUF 96
typedef struct dig {
    uint8_t d[DBUF];
    size_t start, len;
} dig;

static sp_bytes dig_span(dig *g) { return SP_BYTES(g->d); }
static uint8_t dig_at(dig *g, size_t i) { return sp_bytes_get(dig_span(g), g->start + i); }

static void dig_set_cbytes(dig *g, sp_cbytes s)
{
    sp_bytes b = dig_span(g);
    g->start = 2;
    g->len = s.len;
    sp_bytes_copy(sp_bytes_sub(b, 2, s.len), s);
}

static void dig_set_u128(dig *g, u128 c)
{
    /* written from the last digit back, two at a time below 2**64 */
    uint8_t tmp[48];
    sp_bytes r = SP_BYTES(tmp);
    size_t k = r.len;
    while (c > UINT64_MAX) {
        /* one 128-bit division per 19 digits, then 64-bit ones */
        u128 q = c / 10000000000000000000ull;
        uint64_t lo = (uint64_t)(c - q * 10000000000000000000ull);
        for (int i = 0; i < 19; i++) {
            sp_bytes_set(r, --k, (uint8_t)('0' + lo % 10));
            lo /= 10;
        }
        c = q;
    }
    uint64_t m = (uint64_t)c;
    while (m >= 100) {
        unsigned d = (unsigned)(m % 100);
        m /= 100;
        sp_bytes_set(r, --k, (uint8_t)('0' + d % 10));
        sp_bytes_set(r, --k, (uint8_t)('0' + d / 10));
    }
    if (m >= 10)
        sp_bytes_set(r, --k, (uint8_t)('0' + m % 10));
    sp_bytes_set(r, --k, (uint8_t)('0' + (m >= 10 ? m / 10 : m)));
    g->start = 2;
    g->len = r.len - k;
    sp_bytes_copy(sp_bytes_sub(dig_span(g), 2, g->len), sp_cbytes_from(sp_cbytes_of(r), k));
}

/* Append n zeros (false if they don't fit). */
static bool dig_pad(dig *g, int64_t n)
{
    if (n < 0 || (uint64_t)n > DBUF - g->start - g->len)
        return false;
    sp_bytes b = dig_span(g);
    for (int64_t k = 0; k < n; k++)
        sp_bytes_set(b, g->start + g->len++, '0');
    return true;
}

static bool dig_is_zero(dig *g) { return g->len == 1 && dig_at(g, 0) == '0'; }

/* Are digits from `from` on all zeros (_all_zeros(_int, from))? */
static bool dig_zeros_from(dig *g, size_t from)
{
    for (size_t i = from; i < g->len; i++)
        if (dig_at(g, i) != '0')
            return false;
    return true;
}

/* _pydecimal's rounding functions: keep the first `keep` digits
 * (0 <= keep < len) of a nonzero coefficient; 1: round away from zero,
 * 0: the dropped digits are all zeros, -1: truncate a nonzero tail. */
static int round_down(dig *g, size_t keep) { return dig_zeros_from(g, keep) ? 0 : -1; }

static int round_half_up(dig *g, size_t keep)
{
    if (dig_at(g, keep) >= '5')
        return 1;
    return round_down(g, keep);
}

static bool exact_half(dig *g, size_t keep) { return dig_at(g, keep) == '5' && dig_zeros_from(g, keep + 1); }

static int round_digits(dig *g, size_t keep, int sign, int mode)
{
    switch (mode) {
    case R_DOWN:
        return round_down(g, keep);
    case R_UP:
        return -round_down(g, keep);
    case R_HALF_UP:
        return round_half_up(g, keep);
    case R_HALF_DOWN:
        return exact_half(g, keep) ? -1 : round_half_up(g, keep);
    case R_HALF_EVEN:
        if (exact_half(g, keep) && (keep == 0 || (dig_at(g, keep - 1) - '0') % 2 == 0))
            return -1;
        return round_half_up(g, keep);
    case R_CEILING:
        return sign ? round_down(g, keep) : -round_down(g, keep);
    case R_FLOOR:
        return !sign ? round_down(g, keep) : -round_down(g, keep);
    default: { /* R_05UP */
        uint8_t last = keep > 0 ? dig_at(g, keep - 1) : '0';
        if (keep > 0 && last != '0' && last != '5')
            return round_down(g, keep);
        return -round_down(g, keep);
    }
    }
}

/* Keep `keep` digits; "0" if none; +1 if changed > 0 (may add a digit). */
static void dig_cut(dig *g, size_t keep, int changed)
{
    if (keep == 0) {
        sp_bytes_set(dig_span(g), g->start, '0');
        g->len = 1;
    } else {
        g->len = keep;
    }
    if (changed <= 0)
        return;
    sp_bytes b = dig_span(g);
    size_t i = g->start + g->len;
    for (;;) {
        i--;
        uint8_t c = sp_bytes_get(b, i);
        if (c != '9') {
            sp_bytes_set(b, i, (uint8_t)(c + 1));
            break;
        }
        sp_bytes_set(b, i, '0');
        if (i == g->start) {
            sp_bytes_set(b, i - 1, '1');
            g->start--;
            g->len++;
            break;
        }
    }
}

/* ---- results ---------------------------------------------------------------*/

/* _dec_from_triple(sign, digits, exp) for a finite number. */
/* The _int str of coefficient g: shared (ST_STRS) for one of at most four
 * digits, without a leading zero (a str is immutable: _pydecimal makes a
 * new one each time, but no code can tell). */
static sp_val coeff_str(sp_vm *vm, sp_vals st, dig *g)
{
    sp_cbytes d = sp_cbytes_sub(sp_cbytes_of(dig_span(g)), g->start, g->len);
    if (d.len > 4 || (d.len > 1 && sp_cbytes_get(d, 0) == '0'))
        return sp_str_new_ascii(vm, d);
    size_t v = 0;
    for (size_t i = 0; i < d.len; i++)
        v = v * 10 + (size_t)(sp_cbytes_get(d, i) - '0');
    sp_val strs = st_item(st, ST_STRS);
    sp_val s = sp_tuple_get(strs, v);
    if (s != vm->None)
        return s;
    s = sp_str_new_ascii(vm, d);
    sp_tuple_set(strs, v, s);
    return s;
}

static sp_val make_dec(sp_vm *vm, sp_vals st, int sign, dig *g, int64_t exp)
{
    sp_val s = coeff_str(vm, st, g);
    sp_val o = sp_object_new_instance(vm, (sp_type *)st_item(st, ST_DECIMAL));
    size_t base = 0;
    sp_vals w = inst_words(o, &base);
    size_t packed = st_slot(st, ST_SLOTS);
    size_t ke = base + (packed & 255), ki = base + ((packed >> 8) & 255);
    size_t ks = base + ((packed >> 16) & 255), kp = base + (packed >> 24);
    if (ke < w.len && ki < w.len && ks < w.len && kp < w.len) {
        sp_vals_set(w, ke, sp_small(exp));
        sp_vals_set(w, ki, s);
        sp_vals_set(w, ks, sp_small(sign));
        sp_vals_set(w, kp, vm->False);
        return o;
    }
    sp_obj_set_slot_hot(vm, o, st_slot(st, ST_SLOT_EXP), sp_small(exp));
    sp_obj_set_slot_hot(vm, o, st_slot(st, ST_SLOT_INT), s);
    sp_obj_set_slot_hot(vm, o, st_slot(st, ST_SLOT_SIGN), sp_small(sign));
    sp_obj_set_slot_hot(vm, o, st_slot(st, ST_SLOT_SPECIAL), vm->False);
    return o;
}

/* Decimal._fix for sign/g/exp: round to the context's precision.  NULL
 * when a signal other than an untrapped Inexact/Rounded would be raised
 * (nothing changed then). */
static sp_val fix(sp_vm *vm, sp_vals st, const dctx *c, int sign, dig *g, int64_t exp)
{
    int64_t etiny = c->emin - c->prec + 1, etop = c->emax - c->prec + 1;
    if (dig_is_zero(g)) {
        int64_t exp_max = c->clamp ? etop : c->emax;
        if (exp < etiny || exp > exp_max)
            return NULL;    /* Clamped */
        return make_dec(vm, st, sign, g, exp);
    }
    int64_t exp_min = (int64_t)g->len + exp - c->prec;
    if (exp_min > etop || exp_min < etiny)
        return NULL;        /* Overflow, Subnormal */
    if (exp < exp_min) {
        size_t keep = (size_t)(c->prec);   /* len + exp - exp_min: 1 <= keep < len */
        int changed = round_digits(g, keep, sign, c->rounding);
        if (!rounding_untrapped(vm, st, c, changed != 0))
            return NULL;
        dig_cut(g, keep, changed);
        if ((int64_t)g->len > c->prec) {
            g->len--;
            exp_min++;
        }
        if (exp_min > etop)
            return NULL;    /* Overflow after rounding */
        sp_val r = make_dec(vm, st, sign, g, exp_min);
        raise_rounding(vm, st, c, changed != 0);
        return r;
    }
    if (c->clamp && exp > etop)
        return NULL;        /* fold-down: Clamped */
    return make_dec(vm, st, sign, g, exp);
}

/* ---- multiplication --------------------------------------------------------*/

/* The operands of a binary method (self a finite Decimal, the other a
 * Decimal or an int the fast paths take) and the current context; false
 * when the fast path does not apply. */
static bool load_binary(sp_vm *vm, sp_vals st, sp_vals args, fin *a, fin *b, dctx *c)
{
    return load_decimal(vm, st, sp_vals_get(args, 0), a) && load_operand(vm, st, sp_vals_get(args, 1), b) &&
           load_ctx(vm, st, c);
}

static sp_val mul_fast(sp_vm *vm, sp_vals st, sp_vals args, sp_val kwnames)
{
    if (args.len != 2 || kwnames != NULL)
        return NULL;
    fin a, b;
    dctx c;
    if (!load_binary(vm, st, args, &a, &b, &c))
        return NULL;
    dig g;
    if (fin_zero(&a) || fin_zero(&b)) {
        dig_set_cbytes(&g, sp_cbytes_of_cstr("0"));
    } else {
        if (a.digits.len + b.digits.len > MAXDIG)
            return NULL;
        dig_set_u128(&g, a.val * b.val);
    }
    return fix(vm, st, &c, a.sign ^ b.sign, &g, a.exp + b.exp);
}

static sp_val dec_mul(sp_vm *vm, sp_vals args, sp_val kwnames, int m)
{
    sp_vals st = need_state(vm, args);
    sp_val r = mul_fast(vm, st, args, kwnames);
    return r != NULL ? r : slow(vm, st, m, args, kwnames);
}

static sp_val dec_mul_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return dec_mul(vm, args, kwnames, M_MUL); }
static sp_val dec_rmul_m(sp_vm *vm, sp_vals args, sp_val kwnames) { return dec_mul(vm, args, kwnames, M_RMUL); }

/* ---- addition --------------------------------------------------------------*/

/* a + b as Decimal.__add__ computes it. */
static sp_val add_fin(sp_vm *vm, sp_vals st, const dctx *c, fin *a, fin *b)
{
    int64_t exp = a->exp < b->exp ? a->exp : b->exp;
    int negativezero = c->rounding == R_FLOOR && a->sign != b->sign;
    dig g;
    bool za = fin_zero(a), zb = fin_zero(b);
    if (za && zb) {
        dig_set_cbytes(&g, sp_cbytes_of_cstr("0"));
        int sign = a->sign < b->sign ? a->sign : b->sign;
        return fix(vm, st, c, negativezero ? 1 : sign, &g, exp);
    }
    if (za || zb) {
        /* the other one, padded down to max(exp, its exp - prec - 1) */
        fin *o = za ? b : a;
        int64_t e = o->exp - c->prec - 1;
        if (e < exp)
            e = exp;
        if ((int64_t)o->digits.len + (o->exp - e) > DBUF - 4)
            return NULL;
        dig_set_cbytes(&g, o->digits);
        if (!dig_pad(&g, o->exp - e))
            return NULL;
        return fix(vm, st, c, o->sign, &g, e);
    }
    /* both nonzero: exact sum at the smaller exponent, when it fits */
    int64_t la = (int64_t)a->digits.len + (a->exp - exp), lb = (int64_t)b->digits.len + (b->exp - exp);
    if (la > MAXDIG || lb > MAXDIG)
        return NULL;
    u128 x = a->val, y = b->val;
    for (int64_t k = exp; k < a->exp; k++)
        x *= 10;
    for (int64_t k = exp; k < b->exp; k++)
        y *= 10;
    int sign;
    if (a->sign == b->sign) {
        sign = a->sign;
        x += y;             /* < 2 * 10**38 < 2**128 */
    } else if (x == y) {
        dig_set_cbytes(&g, sp_cbytes_of_cstr("0"));
        return fix(vm, st, c, negativezero, &g, exp);
    } else if (x > y) {
        sign = a->sign;
        x -= y;
    } else {
        sign = b->sign;
        x = y - x;
    }
    dig_set_u128(&g, x);
    return fix(vm, st, c, sign, &g, exp);
}

/* self + other (neg: self - other; rev: other - self). */
static sp_val add_fast(sp_vm *vm, sp_vals st, sp_vals args, sp_val kwnames, bool neg, bool rev)
{
    if (args.len != 2 || kwnames != NULL)
        return NULL;
    fin a, b;
    dctx c;
    if (!load_binary(vm, st, args, &a, &b, &c))
        return NULL;
    if (neg) {
        if (rev)
            a.sign ^= 1;
        else
            b.sign ^= 1;
    }
    return add_fin(vm, st, &c, &a, &b);
}

static sp_val dec_add(sp_vm *vm, sp_vals args, sp_val kwnames, int m, bool neg, bool rev)
{
    sp_vals st = need_state(vm, args);
    sp_val r = add_fast(vm, st, args, kwnames, neg, rev);
    return r != NULL ? r : slow(vm, st, m, args, kwnames);
}

static sp_val dec_add_m(sp_vm *vm, sp_vals a, sp_val k) { return dec_add(vm, a, k, M_ADD, false, false); }
static sp_val dec_radd_m(sp_vm *vm, sp_vals a, sp_val k) { return dec_add(vm, a, k, M_RADD, false, false); }
static sp_val dec_sub_m(sp_vm *vm, sp_vals a, sp_val k) { return dec_add(vm, a, k, M_SUB, true, false); }
static sp_val dec_rsub_m(sp_vm *vm, sp_vals a, sp_val k) { return dec_add(vm, a, k, M_RSUB, true, true); }

/* ---- quantize --------------------------------------------------------------*/

static sp_val quantize_fast(sp_vm *vm, sp_vals st, sp_vals args, sp_val kwnames)
{
    /* quantize(exp), quantize(exp, rounding), quantize(exp, rounding=r);
     * a context argument goes to Python. */
    size_t nkw = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    if (nkw > 1 || args.len < 2 || args.len > 3)
        return NULL;
    if (nkw == 1 && (args.len != 3 || (sp_tuple_get(kwnames, 0) != st_item(st, ST_N_ROUNDING)
                                       && !sp_str_eq_cstr(sp_tuple_get(kwnames, 0), "rounding"))))
        return NULL;
    fin a, q;
    dctx c;
    if (!load_binary(vm, st, args, &a, &q, &c))
        return NULL;
    int mode = c.rounding;
    if (args.len == 3 && sp_vals_get(args, 2) != vm->None) {
        mode = rmode_of(st, sp_vals_get(args, 2));
        if (mode < 0)
            return NULL;
    }
    int64_t e = q.exp, etiny = c.emin - c.prec + 1, etop = c.emax - c.prec + 1;
    if (e < etiny || e > c.emax)
        return NULL;        /* InvalidOperation */
    dig g;
    if (fin_zero(&a)) {
        if (c.clamp && e > etop)
            return NULL;    /* Clamped by _fix */
        dig_set_cbytes(&g, sp_cbytes_of_cstr("0"));
        return make_dec(vm, st, a.sign, &g, e);
    }
    int64_t nd = (int64_t)a.digits.len;
    int64_t adj = a.exp + nd - 1;
    if (adj > c.emax || adj - e + 1 > c.prec)
        return NULL;        /* InvalidOperation */
    int changed = 0;
    dig_set_cbytes(&g, a.digits);
    if (a.exp >= e) {
        if (!dig_pad(&g, a.exp - e))
            return NULL;
    } else {
        int64_t keep = nd + a.exp - e;
        if (keep < 0) {
            /* far below the target: rounds like 1E(e-1) */
            dig_set_cbytes(&g, sp_cbytes_of_cstr("1"));
            keep = 0;
        }
        changed = round_digits(&g, (size_t)keep, a.sign, mode);
        dig_cut(&g, (size_t)keep, changed == 1 ? 1 : 0);
    }
    bool zero = dig_is_zero(&g);
    if (e + (int64_t)g.len - 1 > c.emax || (int64_t)g.len > c.prec)
        return NULL;        /* InvalidOperation */
    if (!zero && e + (int64_t)g.len - 1 < c.emin)
        return NULL;        /* Subnormal */
    if (c.clamp && e > etop)
        return NULL;        /* Clamped by _fix */
    bool rounds = e > a.exp;
    if (rounds && !rounding_untrapped(vm, st, &c, changed != 0))
        return NULL;
    sp_val r = make_dec(vm, st, a.sign, &g, e);
    if (rounds)
        raise_rounding(vm, st, &c, changed != 0);
    return r;
}

static sp_val dec_quantize_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_vals st = need_state(vm, args);
    sp_val r = quantize_fast(vm, st, args, kwnames);
    return r != NULL ? r : slow(vm, st, M_QUANTIZE, args, kwnames);
}

/* ---- str and repr ----------------------------------------------------------*/

/* str(self) when no exponent is needed (exp <= 0 and the number is not
 * below 1e-6): then the context is not consulted. */
static sp_val str_fast(sp_vm *vm, sp_vals st, sp_vals args, sp_val kwnames, bool repr)
{
    if (args.len != 1 || kwnames != NULL)
        return NULL;
    fin a;
    if (!load_decimal(vm, st, sp_vals_get(args, 0), &a))
        return NULL;
    int64_t n = (int64_t)a.digits.len;
    int64_t left = a.exp + n;
    if (a.exp > 0 || left <= -6)
        return NULL;
    uint8_t out[80];
    sp_bytes o = SP_BYTES(out);
    size_t k = 0;
    if (repr) {
        sp_bytes_copy(sp_bytes_sub(o, 0, 9), sp_cbytes_of_cstr("Decimal('"));
        k = 9;
    }
    if (a.sign)
        sp_bytes_set(o, k++, '-');
    if (left <= 0) {
        sp_bytes_set(o, k++, '0');
        sp_bytes_set(o, k++, '.');
        for (int64_t z = 0; z < -left; z++)
            sp_bytes_set(o, k++, '0');
        sp_bytes_copy(sp_bytes_sub(o, k, (size_t)n), a.digits);
        k += (size_t)n;
    } else {
        sp_bytes_copy(sp_bytes_sub(o, k, (size_t)left), sp_cbytes_sub(a.digits, 0, (size_t)left));
        k += (size_t)left;
        if (left < n) {
            sp_bytes_set(o, k++, '.');
            sp_bytes_copy(sp_bytes_sub(o, k, (size_t)(n - left)), sp_cbytes_from(a.digits, (size_t)left));
            k += (size_t)(n - left);
        }
    }
    if (repr) {
        sp_bytes_set(o, k++, '\'');
        sp_bytes_set(o, k++, ')');
    }
    return sp_str_new_ascii(vm, sp_cbytes_sub(sp_cbytes_of(o), 0, k));
}

static sp_val dec_str_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_vals st = need_state(vm, args);
    sp_val r = str_fast(vm, st, args, kwnames, false);
    return r != NULL ? r : slow(vm, st, M_STR, args, kwnames);
}

static sp_val dec_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_vals st = need_state(vm, args);
    sp_val r = str_fast(vm, st, args, kwnames, true);
    return r != NULL ? r : slow(vm, st, M_REPR, args, kwnames);
}

/* ---- comparisons, hash, bool ----------------------------------------------*/

/* Decimal._cmp of two finite numbers: -1, 0, 1.  With no NaN and an
 * exact int or Decimal operand, _convert_for_comparison and the NaN
 * checks change nothing and consult no context. */
static int cmp_fin(const fin *a, const fin *b)
{
    bool za = fin_zero(a), zb = fin_zero(b);
    if (za || zb) {
        if (za && zb)
            return 0;
        if (za)
            return b->sign ? 1 : -1;
        return a->sign ? -1 : 1;
    }
    if (a->sign != b->sign)
        return a->sign ? -1 : 1;
    int s = a->sign ? -1 : 1;
    int64_t adja = a->exp + (int64_t)a->digits.len, adjb = b->exp + (int64_t)b->digits.len;
    if (adja != adjb)
        return adja > adjb ? s : -s;
    /* same adjusted exponent: the digits, the shorter padded with zeros */
    size_t n = a->digits.len > b->digits.len ? a->digits.len : b->digits.len;
    for (size_t i = 0; i < n; i++) {
        uint8_t x = i < a->digits.len ? sp_cbytes_get(a->digits, i) : '0';
        uint8_t y = i < b->digits.len ? sp_cbytes_get(b->digits, i) : '0';
        if (x != y)
            return x > y ? s : -s;
    }
    return 0;
}

static sp_val dec_compare(sp_vm *vm, sp_vals args, sp_val kwnames, int m)
{
    sp_vals st = need_state(vm, args);
    fin a, b;
    if (args.len == 2 && kwnames == NULL && load_decimal(vm, st, sp_vals_get(args, 0), &a)
        && load_operand(vm, st, sp_vals_get(args, 1), &b)) {
        int c = cmp_fin(&a, &b);
        bool r = m == M_EQ ? c == 0 : m == M_LT ? c < 0 : m == M_LE ? c <= 0 : m == M_GT ? c > 0 : c >= 0;
        return sp_bool(vm, r);
    }
    return slow(vm, st, m, args, kwnames);
}

static sp_val dec_eq_m(sp_vm *vm, sp_vals a, sp_val k) { return dec_compare(vm, a, k, M_EQ); }
static sp_val dec_lt_m(sp_vm *vm, sp_vals a, sp_val k) { return dec_compare(vm, a, k, M_LT); }
static sp_val dec_le_m(sp_vm *vm, sp_vals a, sp_val k) { return dec_compare(vm, a, k, M_LE); }
static sp_val dec_gt_m(sp_vm *vm, sp_vals a, sp_val k) { return dec_compare(vm, a, k, M_GT); }
static sp_val dec_ge_m(sp_vm *vm, sp_vals a, sp_val k) { return dec_compare(vm, a, k, M_GE); }

/* The numeric hash (sys.hash_info: modulus 2**61 - 1), as Decimal.__hash__
 * computes it for a finite number: int(_int) * 10**_exp modulo M, with
 * 10**-1 taken as 10**(M-2); negated for a negative nonzero number; -1
 * becomes -2. */
#define HASH_M ((uint64_t)0x1fffffffffffffffULL)

static uint64_t mulmod(uint64_t a, uint64_t b) { return (uint64_t)(((u128)a * b) % HASH_M); }

static uint64_t powmod(uint64_t b, uint64_t e)
{
    uint64_t r = 1;
    while (e != 0) {
        if (e & 1)
            r = mulmod(r, b);
        b = mulmod(b, b);
        e >>= 1;
    }
    return r;
}

static sp_val dec_hash_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_vals st = need_state(vm, args);
    fin a;
    if (args.len != 1 || kwnames != NULL || !load_decimal(vm, st, sp_vals_get(args, 0), &a))
        return slow(vm, st, M_HASH, args, kwnames);
    uint64_t c = 0;
    for (size_t i = 0; i < a.digits.len; i++)
        c = (uint64_t)(((u128)c * 10 + (sp_cbytes_get(a.digits, i) - '0')) % HASH_M);
    uint64_t e = a.exp >= 0 ? powmod(10, (uint64_t)a.exp) : powmod(powmod(10, HASH_M - 2), (uint64_t)-a.exp);
    int64_t h = (int64_t)mulmod(c, e);
    if (a.sign && !fin_zero(&a))
        h = -h;
    return sp_small(h == -1 ? -2 : h);
}

/* self._is_special or self._int != '0' */
static sp_val dec_bool_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_vals st = need_state(vm, args);
    sp_val self = args.len == 1 && kwnames == NULL ? sp_vals_get(args, 0) : NULL;
    if (self != NULL && sp_is_ptr(self) && (sp_val)self->type == st_item(st, ST_DECIMAL)) {
        sp_val special = sp_obj_get_slot_hot(vm, self, st_slot(st, ST_SLOT_SPECIAL));
        sp_val s = sp_obj_get_slot_hot(vm, self, st_slot(st, ST_SLOT_INT));
        if (special == vm->True)
            return vm->True;
        if (special == vm->False && s != NULL && sp_is_exact(vm, s, vm->t.str))
            return sp_bool(vm, !sp_str_eq_cstr(s, "0"));
    }
    return slow(vm, st, M_BOOL, args, kwnames);
}

/* ---- unary minus, plus, abs -------------------------------------------------*/

/* -x, +x, abs(x): the sign (a zero loses its minus unless the rounding is
 * ROUND_FLOOR; abs() always gives a plus), then _fix. */
static sp_val dec_unary(sp_vm *vm, sp_vals args, sp_val kwnames, int m)
{
    sp_vals st = need_state(vm, args);
    fin a;
    dctx c;
    if (args.len == 1 && kwnames == NULL && load_decimal(vm, st, sp_vals_get(args, 0), &a) && load_ctx(vm, st, &c)) {
        int sign;
        if (m == M_ABS)
            sign = 0;
        else if (fin_zero(&a) && c.rounding != R_FLOOR)
            sign = 0;
        else
            sign = m == M_NEG ? a.sign ^ 1 : a.sign;
        dig g;
        dig_set_cbytes(&g, a.digits);
        sp_val r = fix(vm, st, &c, sign, &g, a.exp);
        if (r != NULL)
            return r;
    }
    return slow(vm, st, m, args, kwnames);
}

static sp_val dec_neg_m(sp_vm *vm, sp_vals a, sp_val k) { return dec_unary(vm, a, k, M_NEG); }
static sp_val dec_pos_m(sp_vm *vm, sp_vals a, sp_val k) { return dec_unary(vm, a, k, M_POS); }
static sp_val dec_abs_m(sp_vm *vm, sp_vals a, sp_val k) { return dec_unary(vm, a, k, M_ABS); }

/* ---- install ---------------------------------------------------------------*/

/* In enum order M_*: the names of the replaced methods. */
static const sp_methoddef fast_methods[] = {
    { "__mul__", dec_mul_m, 0, NULL },
    { "__rmul__", dec_rmul_m, 0, NULL },
    { "__add__", dec_add_m, 0, NULL },
    { "__radd__", dec_radd_m, 0, NULL },
    { "__sub__", dec_sub_m, 0, NULL },
    { "__rsub__", dec_rsub_m, 0, NULL },
    { "quantize", dec_quantize_m, 0, NULL },
    { "__str__", dec_str_m, 0, NULL },
    { "__repr__", dec_repr_m, 0, NULL },
    { "__eq__", dec_eq_m, 0, NULL },
    { "__lt__", dec_lt_m, 0, NULL },
    { "__le__", dec_le_m, 0, NULL },
    { "__gt__", dec_gt_m, 0, NULL },
    { "__ge__", dec_ge_m, 0, NULL },
    { "__hash__", dec_hash_m, 0, NULL },
    { "__bool__", dec_bool_m, 0, NULL },
    { "__neg__", dec_neg_m, 0, NULL },
    { "__pos__", dec_pos_m, 0, NULL },
    { "__abs__", dec_abs_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

/* The slots, in ST_SLOT_* order. */
static const char *slot_name(size_t i)
{
    switch (i) {
    case 0: return "_exp";
    case 1: return "_int";
    case 2: return "_sign";
    default: return "_is_special";
    }
}

/* The context attributes, in ST_N_* order. */
static const char *ctx_name(size_t i)
{
    switch (i) {
    case 0: return "prec";
    case 1: return "rounding";
    case 2: return "Emin";
    case 3: return "Emax";
    case 4: return "clamp";
    case 5: return "flags";
    case 6: return "traps";
    default: return "_ignored_flags";
    }
}

static sp_val mod_attr(sp_vm *vm, sp_val mod, const char *name)
{
    return sp_getattr(vm, mod, sp_intern_cstr(vm, name));
}

/* install(_pydecimal): put the fast paths on _pydecimal.Decimal.  Returns
 * False (changing nothing) if that class already has them. */
static sp_val install_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "install", args, kwnames, 1, 1);
    sp_val mod = sp_vals_get(args, 0);
    sp_val dec = mod_attr(vm, mod, "Decimal");
    if (!sp_is_type(dec) || !(((sp_type *)dec)->flags & SP_TF_HEAPTYPE))
        sp_raise_fmt(vm, vm->e.TypeError, "install: Decimal is not a class");
    sp_type *t = (sp_type *)dec;
    sp_val st = sp_tuple_new(vm, ST_COUNT);
    sp_tuple_set(st, ST_DECIMAL, dec);
    sp_tuple_set(st, ST_CVAR, mod_attr(vm, mod, "_current_context_var"));
    sp_tuple_set(st, ST_INEXACT, mod_attr(vm, mod, "Inexact"));
    sp_tuple_set(st, ST_ROUNDED, mod_attr(vm, mod, "Rounded"));
    /* Context attributes may be read from the instance dict if no class
     * attribute has one of their names. */
    sp_val cc = mod_attr(vm, mod, "Context");
    sp_tuple_set(st, ST_CONTEXT, cc);
    sp_tuple_set(st, ST_CONTEXT_VERSION, vm->None);
    if (sp_is_type(cc)) {
        bool shadowed = false;
        for (size_t i = 0; i < 8; i++)
            shadowed = shadowed || sp_type_lookup(vm, (sp_type *)cc, sp_intern_cstr(vm, ctx_name(i))) != NULL;
        if (!shadowed && ((sp_type *)cc)->version <= (uint64_t)SP_SMALL_MAX)
            sp_tuple_set(st, ST_CONTEXT_VERSION, sp_small((int64_t)((sp_type *)cc)->version));
    }
    if (!sp_is_contextvar(sp_tuple_get(st, ST_CVAR)))
        sp_raise_fmt(vm, vm->e.TypeError, "install: _current_context_var is not a ContextVar");
    /* Lookups with the keys' hashes computed once: a ContextVar and a
     * class whose metaclass is type hash by identity, and objects don't
     * move. */
    for (size_t i = ST_INEXACT; i <= ST_ROUNDED; i++)
        if (!sp_is_type(sp_tuple_get(st, i)) || sp_type_of(vm, sp_tuple_get(st, i)) != vm->t.type)
            sp_raise_fmt(vm, vm->e.TypeError, "install: a signal is not a plain class");
    sp_tuple_set(st, ST_H_CVAR, sp_small(sp_dict_key_hash(vm, sp_tuple_get(st, ST_CVAR))));
    sp_tuple_set(st, ST_H_INEXACT, sp_small(sp_dict_key_hash(vm, sp_tuple_get(st, ST_INEXACT))));
    sp_tuple_set(st, ST_H_ROUNDED, sp_small(sp_dict_key_hash(vm, sp_tuple_get(st, ST_ROUNDED))));
    for (size_t i = 0; i < C_LEN; i++)
        sp_tuple_set(st, ST_C0 + i, sp_small(0));
    for (size_t i = 0; i < CC_LEN; i++)
        sp_tuple_set(st, ST_CC0 + i, vm->None);
    sp_val strs = sp_tuple_new(vm, NSTRS);
    for (size_t i = 0; i < NSTRS; i++)
        sp_tuple_set(strs, i, vm->None);
    sp_tuple_set(st, ST_STRS, strs);
    size_t packed = 0;
    for (size_t i = 0; i < 4; i++) {
        sp_val d = sp_dict_get_str(vm, t->dict, sp_intern_cstr(vm, slot_name(i)));
        if (d == NULL || !sp_is_exact(vm, d, vm->t.member_descriptor) || ((sp_memberdescr_obj *)d)->owner != t)
            sp_raise_fmt(vm, vm->e.TypeError, "install: Decimal.%s is not a slot", slot_name(i));
        size_t ix = ((sp_memberdescr_obj *)d)->index;
        if (ix > 255)
            sp_raise_fmt(vm, vm->e.TypeError, "install: Decimal.%s is slot %zu", slot_name(i), ix);
        sp_tuple_set(st, ST_SLOT_EXP + i, sp_small((int64_t)ix));
        packed |= ix << (8 * i);
    }
    sp_tuple_set(st, ST_SLOTS, sp_small((int64_t)packed));
    for (size_t i = 0; i < 8; i++)
        sp_tuple_set(st, ST_N_PREC + i, sp_intern_cstr(vm, ctx_name(i)));
    for (size_t i = 0; i < 8; i++)
        sp_tuple_set(st, ST_ROUND0 + i, mod_attr(vm, mod, rmode_name(i)));
    for (size_t m = 0; m < M_COUNT; m++) {
        const sp_methoddef *def = sp_table_entry(fast_methods, sizeof *fast_methods, m);
        sp_val orig = sp_dict_get_str(vm, t->dict, sp_intern_cstr(vm, def->name));
        if (orig == NULL)
            sp_raise_fmt(vm, vm->e.TypeError, "install: Decimal has no %s", def->name);
        if (sp_is_exact(vm, orig, vm->t.method_descriptor))
            return vm->False;   /* installed already */
        sp_tuple_set(st, ST_ORIG0 + m, orig);
    }
    if (vm->registry == NULL)
        vm->registry = sp_dict_new(vm);
    sp_val all = sp_dict_get_cstr(vm, vm->registry, "_decimal_fast.all");
    if (all == NULL) {
        all = sp_dict_new(vm);
        sp_dict_set_cstr(vm, vm->registry, "_decimal_fast.all", all);
    }
    sp_dict_set(vm, all, dec, st);
    vm->decimal_state = st;
    sp_type_add_methods(vm, t, fast_methods);
    /* Plain method descriptors, not slot wrappers: they take _pydecimal's
     * extra arguments (context=..., eng=...) and hand them on. */
    for (size_t m = 0; m < M_COUNT; m++) {
        const sp_methoddef *def = sp_table_entry(fast_methods, sizeof *fast_methods, m);
        sp_val d = sp_dict_get_str(vm, t->dict, sp_intern_cstr(vm, def->name));
        if (d != NULL && sp_is_exact(vm, d, vm->t.method_descriptor))
            ((sp_methoddescr_obj *)d)->slot_args = SP_SLOT_NONE;
    }
    return vm->True;
}

static const sp_methoddef module_methods[] = {
    { "install", install_m, 0, "install(_pydecimal): C fast paths on _pydecimal.Decimal" },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_decimal_fast(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_decimal_fast"));
    sp_module_add_methods(vm, m, module_methods);
    return m;
}

/* _random: the Mersenne Twister generator behind random.Random.
 *
 * MT19937 as Matsumoto and Nishimura published it (init_genrand,
 * init_by_array, the twist and the tempering), seeded and read exactly as
 * CPython 3.11 does so that the same seed gives the same numbers:
 *   - seed(n) for an int: the 32-bit words of abs(n), least significant
 *     first (one zero word for 0), through init_by_array; any other
 *     object: its hash, taken as an unsigned 64-bit number (random.py
 *     turns str/bytes into ints itself before calling here);
 *   - seed(None): 624 words of OS entropy (the platform layer), or the
 *     clocks if it has none;
 *   - random(): (a * 2**26 + b) / 2**53 with a, b the top 27 and 26 bits
 *     of two outputs;
 *   - getrandbits(k): k bits from ceil(k / 32) outputs, least significant
 *     word first, the last one shifted right to fit.
 * The state (624 words and the position) lives in the object, reached
 * through a checked span. */
#include "objects/cont.h"
#include "objects/int.h"
#include "objects/typeobj.h"
#include "modules/modules.h"

#define MT_N 624
#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfu
#define MT_UPPER 0x80000000u
#define MT_LOWER 0x7fffffffu

typedef struct random_obj {
    sp_obj h;
    uint32_t index;          /* next word of mt to hand out; MT_N: twist first */
    uint32_t mt[MT_N];
} random_obj;

static random_obj *RND(sp_val v) { return SP_CONT_AS(random_obj, v, sp_Random_def); }

/* A scratch rawbuf's bytes as 32-bit words: its cap is set from the
 * allocation and never changes, and its data is 8-aligned in the object
 * (sp.h's _Static_assert), as code.h's sp_rawbuf_u32s relies on too. */
static sp_u32s rawbuf_words(sp_rawbuf *b) { return sp_trailing_as_sp_u32s(b->data, b->cap); }
static sp_u32s mt_span(random_obj *r) { return SP_ARRAY_SPAN(sp_u32s, r->mt); }

static void init_genrand(random_obj *r, uint32_t s)
{
    sp_u32s mt = mt_span(r);
    sp_u32s_set(mt, 0, s);
    for (uint32_t i = 1; i < MT_N; i++) {
        uint32_t prev = sp_u32s_get(mt, i - 1);
        sp_u32s_set(mt, i, 1812433253u * (prev ^ (prev >> 30)) + i);
    }
    r->index = MT_N;
}

static void init_by_array(sp_vm *vm, random_obj *r, sp_u32s key)
{
    sp_u32s mt = mt_span(r);
    init_genrand(r, 19650218u);
    uint32_t i = 1;
    size_t j = 0;
    for (size_t k = key.len > MT_N ? key.len : MT_N; k > 0; k--) {
        if ((k & 4095) == 0)
            sp_vm_poll(vm);   /* a seed may have millions of words */
        uint32_t prev = sp_u32s_get(mt, i - 1);
        uint32_t v = (sp_u32s_get(mt, i) ^ ((prev ^ (prev >> 30)) * 1664525u)) + sp_u32s_get(key, j) + (uint32_t)j;
        sp_u32s_set(mt, i, v);
        i++;
        j++;
        if (i >= MT_N) {
            sp_u32s_set(mt, 0, sp_u32s_get(mt, MT_N - 1));
            i = 1;
        }
        if (j >= key.len)
            j = 0;
    }
    for (uint32_t k = MT_N - 1; k > 0; k--) {
        uint32_t prev = sp_u32s_get(mt, i - 1);
        sp_u32s_set(mt, i, (sp_u32s_get(mt, i) ^ ((prev ^ (prev >> 30)) * 1566083941u)) - i);
        i++;
        if (i >= MT_N) {
            sp_u32s_set(mt, 0, sp_u32s_get(mt, MT_N - 1));
            i = 1;
        }
    }
    sp_u32s_set(mt, 0, 0x80000000u);   /* a non-zero initial state */
}

static uint32_t twist_word(uint32_t y) { return (y >> 1) ^ ((y & 1u) ? MT_MATRIX_A : 0u); }

static uint32_t genrand_uint32(random_obj *r)
{
    sp_u32s mt = mt_span(r);
    if (r->index >= MT_N) {
        for (uint32_t k = 0; k < MT_N; k++) {
            uint32_t y = (sp_u32s_get(mt, k) & MT_UPPER) | (sp_u32s_get(mt, (k + 1) % MT_N) & MT_LOWER);
            sp_u32s_set(mt, k, sp_u32s_get(mt, (k + MT_M) % MT_N) ^ twist_word(y));
        }
        r->index = 0;
    }
    uint32_t y = sp_u32s_get(mt, r->index++);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* ---- seeding -------------------------------------------------------------*/

static void seed_entropy(sp_vm *vm, sp_val self)
{
    sp_rawbuf *buf = sp_rawbuf_new(vm, MT_N * sizeof(uint32_t));
    sp_bytes raw = sp_rawbuf_span(buf);
    sp_u32s key = rawbuf_words(buf);
    if (vm->platform == NULL || vm->platform->entropy == NULL || vm->platform->entropy(raw) < 0) {
        /* No entropy: the clocks, as CPython falls back on time and pid. */
        int64_t t = vm->platform != NULL && vm->platform->time_ns != NULL ? vm->platform->time_ns() : 0;
        int64_t m = vm->platform != NULL && vm->platform->monotonic_ns != NULL ? vm->platform->monotonic_ns() : 0;
        uint32_t words[4] = { (uint32_t)t, (uint32_t)((uint64_t)t >> 32), (uint32_t)m, (uint32_t)((uint64_t)m >> 32) };
        init_by_array(vm, RND(self), SP_ARRAY_SPAN(sp_u32s, words));
        return;
    }
    init_by_array(vm, RND(self), sp_u32s_sub(key, 0, MT_N));
}

static void random_seed(sp_vm *vm, sp_val self, sp_val arg)
{
    RND(self);
    if (arg == NULL || arg == vm->None) {
        seed_entropy(vm, self);
        return;
    }
    if (sp_is_int(arg)) {
        /* int's own abs, never a subclass's __abs__. */
        sp_val n = sp_int_abs(vm, sp_int_exact(vm, arg));
        sp_intview iv;
        sp_int_view(n, &iv);
        if (iv.mag.len == 0) {
            uint32_t zero[1] = { 0 };
            init_by_array(vm, RND(self), SP_ARRAY_SPAN(sp_u32s, zero));
        } else {
            init_by_array(vm, RND(self), iv.mag);
        }
        return;
    }
    uint64_t h = (uint64_t)sp_hash(vm, arg);
    uint32_t words[2] = { (uint32_t)h, (uint32_t)(h >> 32) };
    sp_u32s key = SP_ARRAY_SPAN(sp_u32s, words);
    init_by_array(vm, RND(self), sp_u32s_sub(key, 0, (h >> 32) != 0 ? 2 : 1));
}

/* ---- methods -------------------------------------------------------------*/

static sp_val rself(sp_vals args)
{
    sp_val s = sp_vals_get(args, 0);
    RND(s);
    return s;
}

static sp_val random_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_as_type(sp_vals_get(args, 0));
    return cls == vm->t.Random ? sp_alloc(vm, cls, sizeof(random_obj)) : sp_alloc_instance(vm, cls);
}

static sp_val random_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = rself(args);
    size_t nkw = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    /* Keywords are refused unless a subclass brought its own __init__
     * (which then called this one). */
    sp_type *t = sp_type_of(vm, self);
    if (nkw > 0 && (t == vm->t.Random
                    || sp_type_lookup(vm, t, vm->n.__init__) == sp_type_lookup(vm, vm->t.Random, vm->n.__init__)))
        sp_raise_fmt(vm, vm->e.TypeError, "Random() takes no keyword arguments");
    size_t np = args.len - 1 - nkw;
    if (np > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "Random() requires 0 or 1 argument");
    random_seed(vm, self, np == 1 ? sp_vals_get(args, 1) : NULL);
    return vm->None;
}

static sp_val random_seed_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nargs(vm, args, kwnames, "Random.seed", 0, 1);
    random_seed(vm, rself(args), args.len > 1 ? sp_vals_get(args, 1) : NULL);
    return vm->None;
}

static sp_val random_random_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "Random.random");
    random_obj *r = RND(rself(args));
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return sp_float_new(vm, ((double)a * 67108864.0 + (double)b) * (1.0 / 9007199254740992.0));
}

static sp_val random_getrandbits_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val karg = sp_cont_onearg(vm, args, kwnames, "Random.getrandbits");
    sp_val self = rself(args);
    sp_val kv = sp_index(vm, karg);
    int64_t k;
    if (!sp_int_to_i64(kv, &k) || k > INT32_MAX || k < INT32_MIN)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C int");
    if (k < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "number of bits must be non-negative");
    if (k == 0)
        return sp_small(0);
    if (k <= 32)
        return sp_small((int64_t)(genrand_uint32(RND(self)) >> (32 - k)));
    size_t words = (size_t)(k - 1) / 32 + 1;
    sp_rawbuf *buf = sp_rawbuf_new(vm, sp_size_mul_or_raise(vm, words, sizeof(uint32_t)));
    sp_u32s out = rawbuf_words(buf);
    random_obj *r = RND(self);
    for (size_t i = 0; i < words; i++, k -= 32) {
        if ((i & 1023) == 0)
            sp_vm_poll(vm);
        uint32_t w = genrand_uint32(r);
        if (k < 32)
            w >>= 32 - k;
        sp_u32s_set(out, i, w);
    }
    return sp_int_from_mag(vm, 1, sp_u32s_sub(out, 0, words));
}

static sp_val random_getstate_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "Random.getstate");
    sp_val self = rself(args);
    sp_val t = sp_tuple_new(vm, MT_N + 1);
    random_obj *r = RND(self);
    sp_u32s mt = mt_span(r);
    for (size_t i = 0; i < MT_N; i++)
        sp_tuple_set(t, i, sp_small((int64_t)sp_u32s_get(mt, i)));
    sp_tuple_set(t, MT_N, sp_small((int64_t)r->index));
    return t;
}

/* A state word as PyLong_AsUnsignedLong reads it (ints only), kept to
 * its low 32 bits as CPython stores it. */
static uint32_t state_word(sp_vm *vm, sp_val v)
{
    if (!sp_is_int(v))
        sp_raise_fmt(vm, vm->e.TypeError, "an integer is required");
    int sign = sp_int_sign(v);
    if (sign < 0)
        sp_raise_fmt(vm, vm->e.OverflowError, "can't convert negative value to unsigned int");
    if (sp_int_bit_length(v) > 64)
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C unsigned long");
    sp_intview iv;
    sp_int_view(v, &iv);
    return iv.mag.len == 0 ? 0 : sp_u32s_get(iv.mag, 0);
}

static sp_val random_setstate_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val state = sp_cont_onearg(vm, args, kwnames, "Random.setstate");
    sp_val self = rself(args);
    if (!sp_is_tuple(state))
        sp_raise_fmt(vm, vm->e.TypeError, "state vector must be a tuple");
    if (sp_tuple_len(state) != MT_N + 1)
        sp_raise_fmt(vm, vm->e.ValueError, "state vector is the wrong size");
    /* Read everything first: a bad element leaves the state unchanged. */
    uint32_t words[MT_N];
    sp_u32s w = SP_ARRAY_SPAN(sp_u32s, words);
    for (size_t i = 0; i < MT_N; i++)
        sp_u32s_set(w, i, state_word(vm, sp_tuple_get(state, i)));
    sp_val iv = sp_index(vm, sp_tuple_get(state, MT_N));
    int64_t index;
    if (!sp_int_to_i64(iv, &index))
        sp_raise_fmt(vm, vm->e.OverflowError, "Python int too large to convert to C long");
    if (index < 0 || index > MT_N)
        sp_raise_fmt(vm, vm->e.ValueError, "invalid state");
    random_obj *r = RND(self);
    sp_u32s mt = mt_span(r);
    for (size_t i = 0; i < MT_N; i++)
        sp_u32s_set(mt, i, sp_u32s_get(w, i));
    r->index = (uint32_t)index;
    return vm->None;
}

static const sp_methoddef random_methods[] = {
    { "__new__", random_new_m, SP_METH_STATIC, NULL },
    { "__init__", random_init_m, 0, NULL },
    { "seed", random_seed_m, 0, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier." },
    { "random", random_random_m, 0, "random() -> x in the interval [0, 1)." },
    { "getrandbits", random_getrandbits_m, 0, "getrandbits(k) -> x.  Generates an int with k random bits." },
    { "getstate", random_getstate_m, 0, "getstate() -> tuple containing the current state." },
    { "setstate", random_setstate_m, 0, "setstate(state) -> None.  Restores generator state." },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_Random_def = {
    .name = "_random.Random",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(random_obj),
    .methods = random_methods,
    .flags = SP_TF_BASETYPE,
    .doc = "Random() -> create a random number generator with its own internal state.",
};

sp_val sp_module_init_random(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_random"));
    sp_module_add(vm, m, "Random", (sp_val)vm->t.Random);
    return m;
}

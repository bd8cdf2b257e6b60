/* set, frozenset and set_iterator.
 *
 * An open-addressed table of (hash, key) entries, probed as CPython does
 * (a few linear probes, then perturbation), with the same sizes and the
 * same growth rule -- so that a set of small ints iterates in the same
 * order as on CPython, which programs print.
 *
 *   keys    valarray[mask+1]: NULL for an unused or dummy entry
 *   hashes  rawbuf of mask+1 int64: 0 for unused, -1 for dummy
 *   fill    active + dummy entries;  used: active entries
 *
 * Invariants: fill*5 < (mask+1)*3 after every insertion; an unused entry
 * ends every probe sequence; used <= fill <= mask.  keys == NULL is the
 * empty table (mask 7, nothing allocated yet).
 *
 * Lookups call __eq__, which may mutate the set: after each call the probe
 * checks that the table and the compared entry are unchanged and restarts
 * otherwise. */
#include "objects/cont.h"
#include "objects/dict.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define MAX_RESTARTS 100

typedef struct sp_set_obj {
    sp_obj h;
    size_t fill, used, mask, finger;
    sp_val keys;       /* valarray or NULL */
    sp_val hashes;     /* rawbuf or NULL */
    int64_t hash;      /* frozenset: cached hash, -1 = not yet */
} sp_set_obj;

typedef struct setiter_obj {
    sp_obj h;
    sp_val set;        /* NULL once exhausted */
    size_t pos, used, len;
} setiter_obj;

bool sp_is_anyset(sp_val v) { return sp_is_ptr(v) && v->type->def->layout == SP_LAYOUT_SET; }

static sp_set_obj *S(sp_val v) { return SP_AS(sp_set_obj, v, SP_LAYOUT_SET); }

static bool is_frozen(sp_vm *vm, sp_val v) { return v->type->def == &sp_frozenset_def; }

static void set_trace(sp_heap *h, sp_obj *o)
{
    sp_set_obj *s = (sp_set_obj *)o;
    sp_gc_mark(h, s->keys);
    sp_gc_mark(h, s->hashes);
}

static sp_vals keys_of(sp_set_obj *s)
{
    return s->keys == NULL ? SP_NOVALS : sp_valarray_span((sp_valarray *)s->keys);
}

static sp_i64s hashes_of(sp_set_obj *s)
{
    if (s->hashes == NULL)
        return (sp_i64s){ NULL, 0 };
    return sp_rawbuf_i64s((sp_rawbuf *)s->hashes);
}

static void alloc_table(sp_vm *vm, sp_set_obj *s, size_t size)
{
    sp_val k = (sp_val)sp_valarray_new(vm, size);
    sp_val h = (sp_val)sp_rawbuf_new(vm, sp_size_mul_or_raise(vm, size, sizeof(int64_t)));
    s->keys = k;
    s->hashes = h;
    s->mask = size - 1;
    s->fill = 0;
    s->used = 0;
}

static sp_val set_alloc(sp_vm *vm, sp_type *type)
{
    sp_val v = (type == vm->t.set || type == vm->t.frozenset)
        ? sp_alloc(vm, type, sizeof(sp_set_obj)) : sp_alloc_instance(vm, type);
    sp_set_obj *s = S(v);
    s->mask = MINSIZE - 1;
    s->hash = -1;
    return v;
}

/* Insert into a table known not to contain key and to have no dummies. */
static void insert_clean(sp_vals keys, sp_i64s hashes, size_t mask, sp_val key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        size_t e = i;
        if (sp_vals_get(keys, e) == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (sp_vals_get(keys, e) == NULL)
                    goto found;
            }
        }
        /* The next probe starts from i, not from the last linear probe
         * (CPython's order, which decides the iteration order). */
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
        continue;
    found:
        sp_vals_set(keys, e, key);
        sp_i64s_set(hashes, e, hash);
        return;
    }
}

/* Rebuild with a table of more than minused slots (power of two >= 8). */
static void set_resize(sp_vm *vm, sp_val sv, size_t minused)
{
    size_t size = MINSIZE;
    while (size <= minused) {
        if (size > ((size_t)1 << 58))
            sp_raise_memory(vm);
        size <<= 1;
    }
    sp_valarray *ka = sp_valarray_new(vm, size);
    sp_rawbuf *ha = sp_rawbuf_new(vm, size * sizeof(int64_t));
    sp_vals nk = sp_valarray_span(ka);
    sp_i64s nh = sp_rawbuf_i64s(ha);
    sp_set_obj *s = S(sv);
    sp_vals ok = keys_of(s);
    sp_i64s oh = hashes_of(s);
    for (size_t i = 0; i < ok.len; i++) {
        sp_val k = sp_vals_get(ok, i);
        if (k != NULL)
            insert_clean(nk, nh, size - 1, k, sp_i64s_get(oh, i));
    }
    s->keys = (sp_val)ka;
    s->hashes = (sp_val)ha;
    s->mask = size - 1;
    s->fill = s->used;
}

static void ensure_table(sp_vm *vm, sp_set_obj *s)
{
    if (s->keys == NULL)
        alloc_table(vm, s, MINSIZE);
}

/* Index of key's entry, or -1. */
static sp_ssize set_lookup(sp_vm *vm, sp_val sv, sp_val key, int64_t hash)
{
    int restarts = 0;     /* bounded, as in dict.c */
restart:
    if (restarts++ > MAX_RESTARTS)
        sp_raise_fmt(vm, vm->e.RuntimeError, "set changed size during lookup");
    sp_set_obj *s = S(sv);
    if (s->keys == NULL)
        return -1;
    size_t mask = s->mask;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    bool key_str = sp_is_ptr(key) && key->type == vm->t.str;
    /* The table's buffers, read once: an __eq__ that replaced them sends
     * the probe back to restart. */
    sp_vals keys = keys_of(s);
    sp_i64s hashes = hashes_of(s);
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t e = i;; e++) {
            sp_val k = sp_vals_get(keys, e);
            int64_t h = sp_i64s_get(hashes, e);
            if (k == NULL && h == 0)
                return -1;
            if (k != NULL && h == hash) {
                if (k == key)
                    return (sp_ssize)e;
                if (key_str && sp_is_ptr(k) && k->type == vm->t.str) {
                    if (sp_str_eq(k, key))
                        return (sp_ssize)e;
                } else if (!(sp_is_small(k) && sp_is_small(key))) {
                    sp_val table = s->keys;
                    bool eq = sp_dict_key_eq(vm, k, key);
                    s = S(sv);
                    if (s->keys != table || sp_vals_get(keys_of(s), e) != k)
                        goto restart;
                    if (eq)
                        return (sp_ssize)e;
                }
            }
            if (probes == 0)
                break;
            probes--;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
}

/* Add key; false if it was already there. */
static bool set_add_hashed(sp_vm *vm, sp_val sv, sp_val key, int64_t hash)
{
    sp_set_obj *s = S(sv);
    ensure_table(vm, s);
    int restarts = 0;
restart:
    if (restarts++ > MAX_RESTARTS)
        sp_raise_fmt(vm, vm->e.RuntimeError, "set changed size during lookup");
    s = S(sv);
    if (s->keys == NULL)
        ensure_table(vm, s);
    size_t mask = s->mask;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    sp_ssize freeslot = -1;
    bool key_str = sp_is_ptr(key) && key->type == vm->t.str;
    sp_vals keys = keys_of(s);   /* as in set_lookup */
    sp_i64s hashes = hashes_of(s);
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t e = i;; e++) {
            sp_val k = sp_vals_get(keys, e);
            int64_t h = sp_i64s_get(hashes, e);
            if (k == NULL && h == 0) {
                i = e;
                goto found_unused;
            }
            if (k != NULL && h == hash) {
                if (k == key)
                    return false;
                if (key_str && sp_is_ptr(k) && k->type == vm->t.str) {
                    if (sp_str_eq(k, key))
                        return false;
                } else if (!(sp_is_small(k) && sp_is_small(key))) {
                    sp_val table = s->keys;
                    bool eq = sp_dict_key_eq(vm, k, key);
                    if (eq)
                        return false;
                    s = S(sv);
                    if (s->keys != table || sp_vals_get(keys_of(s), e) != k)
                        goto restart;
                }
            } else if (k == NULL && h == -1) {
                /* The last dummy of the probe sequence is reused (CPython
                 * 3.11's choice, which fixes the iteration order). */
                freeslot = (sp_ssize)e;
            }
            if (probes == 0)
                break;
            probes--;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
found_unused:
    if (freeslot >= 0) {
        /* Reuse a dummy: fill doesn't change. */
        sp_vals_set(keys, (size_t)freeslot, key);
        sp_i64s_set(hashes, (size_t)freeslot, hash);
        s->used++;
        return true;
    }
    sp_vals_set(keys, i, key);
    sp_i64s_set(hashes, i, hash);
    s->fill++;
    s->used++;
    if (s->fill * 5 >= mask * 3)
        set_resize(vm, sv, s->used > 50000 ? s->used * 2 : s->used * 4);
    return true;
}

/* A set argument of a lookup is looked up as the equal frozenset. */
static sp_val lookup_key(sp_vm *vm, sp_val key)
{
    if (sp_is_anyset(key) && !is_frozen(vm, key))
        return sp_frozenset_new(vm, key);
    return key;
}

static bool set_discard_hashed(sp_vm *vm, sp_val sv, sp_val key, int64_t hash)
{
    sp_ssize i = set_lookup(vm, sv, key, hash);
    if (i < 0)
        return false;
    sp_set_obj *s = S(sv);
    sp_vals_set(keys_of(s), (size_t)i, NULL);
    sp_i64s_set(hashes_of(s), (size_t)i, -1);
    s->used--;
    return true;
}

static bool set_discard(sp_vm *vm, sp_val sv, sp_val key)
{
    return set_discard_hashed(vm, sv, key, sp_dict_key_hash(vm, key));
}

sp_val sp_set_new(sp_vm *vm) { return set_alloc(vm, vm->t.set); }
size_t sp_set_len(sp_val s) { return S(s)->used; }

void sp_set_add(sp_vm *vm, sp_val s, sp_val key)
{
    set_add_hashed(vm, s, key, sp_dict_key_hash(vm, key));
}

/* key in s (a set or frozenset) for a small int key (sp.h): int's hash
 * without the dispatch, and the probe without set_lookup's equality
 * tests while every entry of the key's hash met is a small int (equal
 * only if identical).  Any other entry of that hash (a float, True, an
 * object with its own __eq__) goes to set_lookup, which can run Python
 * code. */
bool sp_set_contains_small(sp_vm *vm, sp_val sv, sp_val key)
{
    int64_t hash = sp_int_hash(key);
    sp_set_obj *s = S(sv);
    if (s->keys == NULL)
        return false;
    sp_vals keys = keys_of(s);
    sp_i64s hashes = hashes_of(s);
    size_t mask = s->mask;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t e = i;; e++) {
            sp_val k = sp_vals_get(keys, e);
            int64_t h = sp_i64s_get(hashes, e);
            if (k == NULL) {
                if (h == 0)
                    return false;
            } else if (h == hash) {
                if (k == key)
                    return true;
                if (!sp_is_small(k))
                    return set_lookup(vm, sv, key, hash) >= 0;
            }
            if (probes == 0)
                break;
            probes--;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
}

bool sp_set_contains(sp_vm *vm, sp_val s, sp_val key)
{
    if (sp_is_small(key))
        return sp_set_contains_small(vm, s, key);
    return set_lookup(vm, s, key, sp_dict_key_hash(vm, key)) >= 0;
}

static void set_clear(sp_set_obj *s)
{
    s->keys = NULL;
    s->hashes = NULL;
    s->mask = MINSIZE - 1;
    s->fill = s->used = 0;
    /* finger is kept: CPython's clear doesn't reset where pop() starts. */
}

/* ---- bulk operations -----------------------------------------------------*/

/* CPython's set_merge: add every element of the set `other`. */
static void merge_set(sp_vm *vm, sp_val sv, sp_val other)
{
    if (sv == other || S(other)->used == 0)
        return;
    sp_set_obj *s = S(sv), *o = S(other);
    if ((s->fill + o->used) * 5 >= s->mask * 3)
        set_resize(vm, sv, (s->used + o->used) * 2);
    s = S(sv);
    o = S(other);
    ensure_table(vm, s);
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        /* Same size, no dummies: copy the slots as they are. */
        sp_vals_copy(keys_of(s), keys_of(o));
        sp_bytes_copy(sp_rawbuf_span((sp_rawbuf *)s->hashes), sp_cbytes_of(sp_rawbuf_span((sp_rawbuf *)o->hashes)));
        s->fill = o->fill;
        s->used = o->used;
        return;
    }
    if (s->fill == 0) {
        /* Empty target: clean insertions in the source's slot order. */
        sp_vals ok = keys_of(o);
        sp_i64s oh = hashes_of(o);
        for (size_t i = 0; i < ok.len; i++) {
            sp_val k = sp_vals_get(ok, i);
            if (k != NULL)
                insert_clean(keys_of(s), hashes_of(s), s->mask, k, sp_i64s_get(oh, i));
        }
        s->fill = s->used = o->used;
        return;
    }
    for (size_t i = 0; i <= S(other)->mask && S(other)->keys != NULL; i++) {
        o = S(other);
        sp_val k = sp_vals_get(keys_of(o), i);
        if (k != NULL)
            set_add_hashed(vm, sv, k, sp_i64s_get(hashes_of(o), i));
    }
}

/* s.update(other); also the interpreter's SET_UPDATE, so that displays
 * get the same table work, hence CPython's iteration order. */
void sp_set_update(sp_vm *vm, sp_val sv, sp_val other)
{
    if (sp_is_anyset(other)) {
        merge_set(vm, sv, other);
        return;
    }
    if (sp_is_exact(vm, other, vm->t.dict)) {
        size_t n = sp_dict_len(other);
        sp_set_obj *s = S(sv);
        if ((s->fill + n) * 5 >= s->mask * 3)
            set_resize(vm, sv, (s->used + n) * 2);
    }
    sp_val it = sp_iter(vm, other);
    for (;;) {
        sp_val k = sp_cont_next(vm, it);
        if (k == NULL)
            break;
        sp_set_add(vm, sv, k);
    }
}

sp_val sp_frozenset_new(sp_vm *vm, sp_val iterable)
{
    sp_val s = set_alloc(vm, vm->t.frozenset);
    if (iterable != NULL)
        sp_set_update(vm, s, iterable);
    return s;
}

/* A new set of the base type of `like` (set or frozenset), filled. */
static sp_val new_like(sp_vm *vm, sp_val like, sp_val iterable)
{
    sp_type *t = like->type;
    if (t != vm->t.set && t != vm->t.frozenset)
        t = sp_isinstance(vm, like, vm->t.frozenset) ? vm->t.frozenset : vm->t.set;
    sp_val s = set_alloc(vm, t);
    if (iterable != NULL)
        sp_set_update(vm, s, iterable);
    return s;
}

/* Next active entry at or after *pos. */
static sp_val set_next_entry(sp_val sv, size_t *pos, int64_t *hash)
{
    sp_set_obj *s = S(sv);
    sp_vals k = keys_of(s);
    while (*pos < k.len) {
        size_t i = (*pos)++;
        sp_val key = sp_vals_get(k, i);
        if (key != NULL) {
            if (hash != NULL)
                *hash = sp_i64s_get(hashes_of(s), i);
            return key;
        }
    }
    return NULL;
}

static sp_val set_intersection(sp_vm *vm, sp_val sv, sp_val other)
{
    sp_val r = new_like(vm, sv, NULL);
    if (sp_is_anyset(other)) {
        sp_val a = sv, b = other;
        if (sp_set_len(b) > sp_set_len(a)) {
            a = other;
            b = sv;
        }
        /* Walk the smaller one (b), keep what the larger (a) has. */
        size_t pos = 0;
        int64_t h;
        sp_val k;
        while ((k = set_next_entry(b, &pos, &h)) != NULL) {
            if (set_lookup(vm, a, k, h) >= 0)
                set_add_hashed(vm, r, k, h);
        }
        return r;
    }
    sp_val it = sp_iter(vm, other);
    for (;;) {
        sp_val k = sp_cont_next(vm, it);
        if (k == NULL)
            break;
        int64_t h = sp_dict_key_hash(vm, k);
        if (set_lookup(vm, sv, k, h) >= 0)
            set_add_hashed(vm, r, k, h);
    }
    return r;
}

static void set_difference_update(sp_vm *vm, sp_val sv, sp_val other)
{
    if (sv == other) {
        set_clear(S(sv));
        return;
    }
    if (sp_is_anyset(other)) {
        size_t pos = 0;
        int64_t h;
        sp_val k;
        while ((k = set_next_entry(other, &pos, &h)) != NULL)
            set_discard_hashed(vm, sv, k, h);
    } else {
        sp_val it = sp_iter(vm, other);
        for (;;) {
            sp_val k = sp_cont_next(vm, it);
            if (k == NULL)
                break;
            set_discard(vm, sv, k);
        }
    }
    /* Too many dummies (over a quarter of the table): rebuild, with
     * the same size rule as an insertion -- CPython does this, and the
     * rebuilt table decides the iteration order. */
    sp_set_obj *s = S(sv);
    if (s->keys != NULL && s->fill - s->used > s->mask / 4)
        set_resize(vm, sv, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static sp_val set_difference(sp_vm *vm, sp_val sv, sp_val other)
{
    size_t other_size;
    if (sp_is_anyset(other))
        other_size = sp_set_len(other);
    else if (sp_is_exact(vm, other, vm->t.dict))
        other_size = sp_dict_len(other);
    else {
        sp_val r = new_like(vm, sv, sv);
        set_difference_update(vm, r, other);
        return r;
    }
    if ((sp_set_len(sv) >> 2) > other_size) {
        sp_val r = new_like(vm, sv, sv);
        set_difference_update(vm, r, other);
        return r;
    }
    sp_val r = new_like(vm, sv, NULL);
    size_t pos = 0;
    int64_t h;
    sp_val k;
    while ((k = set_next_entry(sv, &pos, &h)) != NULL) {
        bool in = !sp_is_anyset(other) ? sp_dict_get(vm, other, k) != NULL : set_lookup(vm, other, k, h) >= 0;
        if (!in)
            set_add_hashed(vm, r, k, h);
    }
    return r;
}

static void set_symdiff_update(sp_vm *vm, sp_val sv, sp_val other)
{
    if (sv == other) {
        set_clear(S(sv));
        return;
    }
    if (sp_is_exact(vm, other, vm->t.dict)) {
        /* A dict is walked in its own order (not via a temporary set). */
        size_t dpos = 0;
        sp_val k, v;
        while (sp_dict_next(other, &dpos, &k, &v)) {
            int64_t h = sp_dict_key_hash(vm, k);
            if (!set_discard_hashed(vm, sv, k, h))
                set_add_hashed(vm, sv, k, h);
        }
        return;
    }
    sp_val o = other;
    if (!sp_is_anyset(other)) {
        sp_val t = set_alloc(vm, vm->t.set);
        sp_set_update(vm, t, other);
        o = t;
    }
    size_t pos = 0;
    int64_t h;
    sp_val k;
    while ((k = set_next_entry(o, &pos, &h)) != NULL) {
        sp_ssize i = set_lookup(vm, sv, k, h);
        if (i >= 0) {
            sp_set_obj *s = S(sv);
            if ((size_t)i < keys_of(s).len && sp_vals_get(keys_of(s), (size_t)i) != NULL) {
                sp_vals_set(keys_of(s), (size_t)i, NULL);
                sp_i64s_set(hashes_of(s), (size_t)i, -1);
                s->used--;
            }
        } else {
            set_add_hashed(vm, sv, k, h);
        }
    }
}

static sp_val set_symdiff(sp_vm *vm, sp_val sv, sp_val other)
{
    sp_val r = new_like(vm, sv, other);
    set_symdiff_update(vm, r, sv);
    return r;
}

static bool set_issubset(sp_vm *vm, sp_val sv, sp_val other)
{
    if (!sp_is_anyset(other))
        other = new_like(vm, sv, other);
    if (sp_set_len(sv) > sp_set_len(other))
        return false;
    size_t pos = 0;
    int64_t h;
    sp_val k;
    while ((k = set_next_entry(sv, &pos, &h)) != NULL) {
        if (set_lookup(vm, other, k, h) < 0)
            return false;
    }
    return true;
}

static bool set_issuperset(sp_vm *vm, sp_val sv, sp_val other)
{
    if (sp_is_anyset(other))
        return set_issubset(vm, other, sv);
    sp_val it = sp_iter(vm, other);
    for (;;) {
        sp_val k = sp_cont_next(vm, it);
        if (k == NULL)
            return true;
        if (!sp_set_contains(vm, sv, k))
            return false;
    }
}

static bool set_isdisjoint(sp_vm *vm, sp_val sv, sp_val other)
{
    /* CPython walks the tables only for exact sets/frozensets; a subclass
     * is iterated (its __iter__ counts). */
    if (sp_is_exact(vm, other, vm->t.set) || sp_is_exact(vm, other, vm->t.frozenset)) {
        /* Walk the smaller set, `other` when sizes are equal (CPython's
         * choice: it decides whose __eq__ runs). */
        sp_val a = other, b = sv;
        if (sp_set_len(other) > sp_set_len(sv)) {
            a = sv;
            b = other;
        }
        size_t pos = 0;
        int64_t h;
        sp_val k;
        while ((k = set_next_entry(a, &pos, &h)) != NULL) {
            if (set_lookup(vm, b, k, h) >= 0)
                return false;
        }
        return true;
    }
    sp_val it = sp_iter(vm, other);
    for (;;) {
        sp_val k = sp_cont_next(vm, it);
        if (k == NULL)
            return true;
        if (sp_set_contains(vm, sv, k))
            return false;
    }
}

/* CPython 3.11's frozenset hash (order independent). */
static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

int64_t sp_frozenset_hash(sp_vm *vm, sp_val sv)
{
    sp_set_obj *s = S(sv);
    if (s->hash != -1)
        return s->hash;
    uint64_t hash = 0;
    size_t pos = 0;
    int64_t h;
    while (set_next_entry(sv, &pos, &h) != NULL)
        hash ^= shuffle_bits((uint64_t)h);
    hash ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1)
        hash = 590923713ULL;
    s->hash = (int64_t)hash;
    return s->hash;
}

/* ---- methods ---------------------------------------------------------------*/

/* "set.meth" or "frozenset.meth" for argument errors of the methods the
 * two types share, after self's type as CPython names them. */
#define QUAL(vm, args, meth) (is_frozen((vm), sp_vals_get((args), 0)) ? "frozenset." meth : "set." meth)

static sp_val self_set(sp_vm *vm, sp_vals args, const char *meth)
{
    sp_val self = sp_vals_get(args, 0);
    if (!sp_is_anyset(self))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' for 'set' objects doesn't apply to a '%T' object", meth, self);
    return self;
}

static sp_val set_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_new_cls(vm, args, vm->t.set);
    if (cls == vm->t.set && kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "set() takes no keyword arguments");
    return set_alloc(vm, cls);
}

static sp_val set_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val s = self_set(vm, args, "__init__");
    if (kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "set() takes no keyword arguments");
    if (args.len > 2)
        sp_raise_fmt(vm, vm->e.TypeError, "set expected at most 1 argument, got %zu", args.len - 1);
    set_clear(S(s));
    if (args.len == 2)
        sp_set_update(vm, s, sp_vals_get(args, 1));
    return vm->None;
}

static sp_val frozenset_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_new_cls(vm, args, vm->t.frozenset);
    if (cls == vm->t.frozenset && kwnames != NULL && sp_tuple_len(kwnames) > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "frozenset() takes no keyword arguments");
    size_t npos = args.len - 1 - (kwnames != NULL ? sp_tuple_len(kwnames) : 0);
    if (npos > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "frozenset expected at most 1 argument, got %zu", npos);
    sp_val it = npos == 1 ? sp_vals_get(args, 1) : NULL;
    if (cls == vm->t.frozenset && it != NULL && sp_is_exact(vm, it, vm->t.frozenset))
        return it;
    sp_val s = set_alloc(vm, cls);
    if (it != NULL)
        sp_set_update(vm, s, it);
    return s;
}

static sp_val set_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_cont_size(vm, sp_set_len(self_set(vm, args, "__len__")));
}

static sp_val set_contains_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val k = sp_cont_onearg(vm, args, kwnames, QUAL(vm, args, "__contains__"));
    return sp_bool(vm, sp_set_contains(vm, self_set(vm, args, "__contains__"), lookup_key(vm, k)));
}

static sp_val set_add_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val k = sp_cont_onearg(vm, args, kwnames, "set.add");
    sp_set_add(vm, self_set(vm, args, "add"), k);
    return vm->None;
}

static sp_val set_remove_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val k = sp_cont_onearg(vm, args, kwnames, "set.remove");
    if (!set_discard(vm, self_set(vm, args, "remove"), lookup_key(vm, k)))
        sp_raise_key_error(vm, k);
    return vm->None;
}

static sp_val set_discard_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val k = sp_cont_onearg(vm, args, kwnames, "set.discard");
    set_discard(vm, self_set(vm, args, "discard"), lookup_key(vm, k));
    return vm->None;
}

static sp_val set_pop_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "set.pop");
    sp_val sv = self_set(vm, args, "pop");
    sp_set_obj *s = S(sv);
    if (s->used == 0)
        sp_raise_key_error(vm, sp_str_from_cstr(vm, "pop from an empty set"));
    sp_vals k = keys_of(s);
    size_t i = s->finger & s->mask;
    while (sp_vals_get(k, i) == NULL)
        i = (i + 1) & s->mask;
    sp_val key = sp_vals_get(k, i);
    sp_vals_set(k, i, NULL);
    sp_i64s_set(hashes_of(s), i, -1);
    s->used--;
    s->finger = i + 1;
    return key;
}

static sp_val set_clear_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "set.clear");
    set_clear(S(self_set(vm, args, "clear")));
    return vm->None;
}

static sp_val set_copy_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val s = self_set(vm, args, "copy");
    sp_cont_noargs(vm, args, kwnames, QUAL(vm, args, "copy"));
    if (sp_is_exact(vm, s, vm->t.frozenset))
        return s;
    return new_like(vm, s, s);
}

static sp_val set_update_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nokw(vm, kwnames, "set.update");
    sp_val s = self_set(vm, args, "update");
    for (size_t i = 1; i < args.len; i++)
        sp_set_update(vm, s, sp_vals_get(args, i));
    return vm->None;
}

static sp_val set_union_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nokw(vm, kwnames, QUAL(vm, args, "union"));
    sp_val s = self_set(vm, args, "union");
    sp_val r = new_like(vm, s, s);
    for (size_t i = 1; i < args.len; i++)
        sp_set_update(vm, r, sp_vals_get(args, i));
    return r;
}

static sp_val set_intersection_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nokw(vm, kwnames, QUAL(vm, args, "intersection"));
    sp_val s = self_set(vm, args, "intersection");
    if (args.len == 1)
        return new_like(vm, s, s);
    sp_val r = s;
    for (size_t i = 1; i < args.len; i++)
        r = set_intersection(vm, r, sp_vals_get(args, i));
    return r;
}

static sp_val set_intersection_update_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nokw(vm, kwnames, "set.intersection_update");
    sp_val s = self_set(vm, args, "intersection_update");
    /* With no argument CPython still swaps in a copy's table, whose order
     * can differ from the original's. */
    sp_val r = args.len == 1 ? new_like(vm, s, s) : s;
    for (size_t i = 1; i < args.len; i++)
        r = set_intersection(vm, r, sp_vals_get(args, i));
    if (r != s) {
        /* Take over the result's table. */
        sp_set_obj *d = S(s), *o = S(r);
        d->keys = o->keys;
        d->hashes = o->hashes;
        d->mask = o->mask;
        d->fill = o->fill;
        d->used = o->used;
    }
    return vm->None;
}

static sp_val set_difference_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nokw(vm, kwnames, QUAL(vm, args, "difference"));
    sp_val s = self_set(vm, args, "difference");
    if (args.len == 1)
        return new_like(vm, s, s);
    sp_val r = set_difference(vm, s, sp_vals_get(args, 1));
    for (size_t i = 2; i < args.len; i++)
        set_difference_update(vm, r, sp_vals_get(args, i));
    return r;
}

static sp_val set_difference_update_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nokw(vm, kwnames, "set.difference_update");
    sp_val s = self_set(vm, args, "difference_update");
    for (size_t i = 1; i < args.len; i++)
        set_difference_update(vm, s, sp_vals_get(args, i));
    return vm->None;
}

static sp_val set_symdiff_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val o = sp_cont_onearg(vm, args, kwnames, QUAL(vm, args, "symmetric_difference"));
    return set_symdiff(vm, self_set(vm, args, "symmetric_difference"), o);
}

static sp_val set_symdiff_update_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val o = sp_cont_onearg(vm, args, kwnames, "set.symmetric_difference_update");
    set_symdiff_update(vm, self_set(vm, args, "symmetric_difference_update"), o);
    return vm->None;
}

static sp_val set_issubset_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val o = sp_cont_onearg(vm, args, kwnames, QUAL(vm, args, "issubset"));
    return sp_bool(vm, set_issubset(vm, self_set(vm, args, "issubset"), o));
}

static sp_val set_issuperset_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val o = sp_cont_onearg(vm, args, kwnames, QUAL(vm, args, "issuperset"));
    return sp_bool(vm, set_issuperset(vm, self_set(vm, args, "issuperset"), o));
}

static sp_val set_isdisjoint_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val o = sp_cont_onearg(vm, args, kwnames, QUAL(vm, args, "isdisjoint"));
    return sp_bool(vm, set_isdisjoint(vm, self_set(vm, args, "isdisjoint"), o));
}

/* Binary operators: sets only, NotImplemented otherwise. */
static bool binop_args(sp_vm *vm, sp_vals args, sp_val *a, sp_val *b)
{
    *a = sp_vals_get(args, 0);
    *b = sp_vals_get(args, 1);
    return sp_is_anyset(*a) && sp_is_anyset(*b);
}

/* a | b: a copy of a (a's kind), then b's elements added. */
static sp_val set_union(sp_vm *vm, sp_val a, sp_val b)
{
    sp_val r = new_like(vm, a, a);
    sp_set_update(vm, r, b);
    return r;
}

static sp_val set_or_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val a, b;
    if (!binop_args(vm, args, &a, &b))
        return vm->NotImplemented;
    return set_union(vm, a, b);
}

static sp_val set_and_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val a, b;
    if (!binop_args(vm, args, &a, &b))
        return vm->NotImplemented;
    return set_intersection(vm, a, b);
}

static sp_val set_sub_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val a, b;
    if (!binop_args(vm, args, &a, &b))
        return vm->NotImplemented;
    return set_difference(vm, a, b);
}

static sp_val set_xor_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val a, b;
    if (!binop_args(vm, args, &a, &b))
        return vm->NotImplemented;
    return set_symdiff(vm, a, b);
}

sp_val sp_set_binary(sp_vm *vm, sp_binop op, sp_val a, sp_val b)
{
    if (!sp_is_ptr(a) || !sp_is_ptr(b))
        return NULL;
    sp_type *ta = a->type, *tb = b->type;
    if ((ta != vm->t.set && ta != vm->t.frozenset) || (tb != vm->t.set && tb != vm->t.frozenset))
        return NULL;
    /* Neither type is the other's subtype, so the left operand's
     * method goes first and never answers NotImplemented. */
    switch (op) {
    case SP_OP_OR: return set_union(vm, a, b);
    case SP_OP_AND: return set_intersection(vm, a, b);
    case SP_OP_SUB: return set_difference(vm, a, b);
    case SP_OP_XOR: return set_symdiff(vm, a, b);
    default: return NULL;
    }
}

/* Reflected: b op a where a (self) is the right operand. */
static sp_val set_ror_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val a, b;
    if (!binop_args(vm, args, &a, &b))
        return vm->NotImplemented;
    return set_union(vm, b, a);
}

static sp_val set_rand_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val a, b;
    if (!binop_args(vm, args, &a, &b))
        return vm->NotImplemented;
    return set_intersection(vm, b, a);
}

static sp_val set_rsub_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val a, b;
    if (!binop_args(vm, args, &a, &b))
        return vm->NotImplemented;
    return set_difference(vm, b, a);
}

static sp_val set_rxor_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val a, b;
    if (!binop_args(vm, args, &a, &b))
        return vm->NotImplemented;
    return set_symdiff(vm, b, a);
}

static sp_val set_ior_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val a, b;
    if (!binop_args(vm, args, &a, &b))
        return vm->NotImplemented;
    sp_set_update(vm, a, b);
    return a;
}

static sp_val set_iand_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val a, b;
    if (!binop_args(vm, args, &a, &b))
        return vm->NotImplemented;
    set_intersection_update_m(vm, args, NULL);
    return a;
}

static sp_val set_isub_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val a, b;
    if (!binop_args(vm, args, &a, &b))
        return vm->NotImplemented;
    set_difference_update(vm, a, b);
    return a;
}

static sp_val set_ixor_m(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val a, b;
    if (!binop_args(vm, args, &a, &b))
        return vm->NotImplemented;
    set_symdiff_update(vm, a, b);
    return a;
}

static sp_val set_cmp(sp_vm *vm, sp_vals args, sp_cmpop op)
{
    sp_val a, b;
    if (!binop_args(vm, args, &a, &b))
        return vm->NotImplemented;
    size_t la = sp_set_len(a), lb = sp_set_len(b);
    bool r;
    switch (op) {
    case SP_EQ: r = la == lb && set_issubset(vm, a, b); break;
    case SP_NE: r = !(la == lb && set_issubset(vm, a, b)); break;
    case SP_LE: r = set_issubset(vm, a, b); break;
    case SP_GE: r = set_issuperset(vm, a, b); break;
    case SP_LT: r = la < lb && set_issubset(vm, a, b); break;
    default: r = la > lb && set_issuperset(vm, a, b); break;
    }
    return sp_bool(vm, r);
}

static sp_val set_eq_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return set_cmp(vm, a, SP_EQ);
}

static sp_val set_ne_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return set_cmp(vm, a, SP_NE);
}

static sp_val set_lt_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return set_cmp(vm, a, SP_LT);
}

static sp_val set_le_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return set_cmp(vm, a, SP_LE);
}

static sp_val set_gt_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return set_cmp(vm, a, SP_GT);
}

static sp_val set_ge_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return set_cmp(vm, a, SP_GE);
}


static sp_val set_repr_body(sp_vm *vm, sp_val s)
{
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 16);
    bool plain = sp_is_exact(vm, s, vm->t.set);
    if (!plain) {
        sp_strbuf_add_cstr(vm, &b, sp_type_name(s->type));
        sp_strbuf_add_cstr(vm, &b, "(");
    }
    sp_strbuf_add_cstr(vm, &b, "{");
    /* Snapshot the keys: a __repr__ may mutate the set. */
    sp_val l = sp_list_new(vm, sp_set_len(s));
    size_t pos = 0;
    sp_val k;
    while ((k = set_next_entry(s, &pos, NULL)) != NULL)
        sp_list_append(vm, l, k);
    for (size_t i = 0; i < sp_list_len(l); i++) {
        if (i > 0)
            sp_strbuf_add_cstr(vm, &b, ", ");
        sp_strbuf_add_str(vm, &b, sp_repr(vm, sp_list_get(l, i)));
    }
    sp_strbuf_add_cstr(vm, &b, plain ? "}" : "})");
    return sp_strbuf_finish(vm, &b);
}

static sp_val set_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val s = self_set(vm, args, "__repr__");
    if (sp_set_len(s) == 0)
        return sp_str_fmt(vm, "%s()", sp_type_name(s->type));
    if (s->aux & SP_AUX_REPR)
        return sp_str_fmt(vm, "%s(...)", sp_type_name(s->type));
    return sp_cont_guarded_repr(vm, s, "...", set_repr_body);
}

static sp_val frozenset_hash_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_cont_i64(vm, sp_frozenset_hash(vm, self_set(vm, args, "__hash__")));
}

static sp_val set_iter_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val s = self_set(vm, args, "__iter__");
    setiter_obj *it = (setiter_obj *)sp_alloc(vm, vm->t.set_iterator, sizeof(setiter_obj));
    it->set = s;
    it->pos = 0;
    it->used = sp_set_len(s);
    it->len = it->used;
    return (sp_val)it;
}

static sp_val set_reduce_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, QUAL(vm, args, "__reduce__"));
    sp_val s = self_set(vm, args, "__reduce__");
    sp_val l = sp_list_new(vm, sp_set_len(s));
    size_t pos = 0;
    sp_val k;
    while ((k = set_next_entry(s, &pos, NULL)) != NULL)
        sp_list_append(vm, l, k);
    sp_val a = sp_tuple_new(vm, 1);
    sp_tuple_set(a, 0, l);
    /* The state is what __getstate__ says (None for an empty instance
     * dict, (dict, slots) with __slots__, or an override's result). */
    sp_val state = sp_call0(vm, sp_getattr_cstr(vm, s, "__getstate__"));
    sp_val r = sp_tuple_new(vm, 3);
    sp_tuple_set(r, 0, (sp_val)s->type);
    sp_tuple_set(r, 1, a);
    sp_tuple_set(r, 2, state);
    return r;
}

static sp_val set_class_getitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_cont_class_getitem(vm, args, kwnames);
}

static sp_val frozenset_class_getitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_cont_class_getitem(vm, args, kwnames);
}

#define COMMON_SET_METHODS                                                   \
    { "__len__", set_len_m, 0, NULL },                                       \
    { "__contains__", set_contains_m, 0, NULL },                             \
    { "__iter__", set_iter_m, 0, NULL },                                     \
    { "__repr__", set_repr_m, 0, NULL },                                     \
    { "__eq__", set_eq_m, 0, NULL }, { "__ne__", set_ne_m, 0, NULL },        \
    { "__lt__", set_lt_m, 0, NULL }, { "__le__", set_le_m, 0, NULL },        \
    { "__gt__", set_gt_m, 0, NULL }, { "__ge__", set_ge_m, 0, NULL },        \
    { "__or__", set_or_m, 0, NULL }, { "__ror__", set_ror_m, 0, NULL },      \
    { "__and__", set_and_m, 0, NULL }, { "__rand__", set_rand_m, 0, NULL },  \
    { "__sub__", set_sub_m, 0, NULL }, { "__rsub__", set_rsub_m, 0, NULL },  \
    { "__xor__", set_xor_m, 0, NULL }, { "__rxor__", set_rxor_m, 0, NULL },  \
    { "copy", set_copy_m, 0, NULL },                                         \
    { "union", set_union_m, 0, NULL },                                       \
    { "intersection", set_intersection_m, 0, NULL },                         \
    { "difference", set_difference_m, 0, NULL },                             \
    { "symmetric_difference", set_symdiff_m, 0, NULL },                      \
    { "issubset", set_issubset_m, 0, NULL },                                 \
    { "issuperset", set_issuperset_m, 0, NULL },                             \
    { "isdisjoint", set_isdisjoint_m, 0, NULL },                             \
    { "__reduce__", set_reduce_m, 0, NULL },

static const sp_methoddef set_methods[] = {
    { "__new__", set_new_m, SP_METH_STATIC, NULL },
    { "__init__", set_init_m, 0, NULL },
    COMMON_SET_METHODS
    { "__class_getitem__", set_class_getitem_m, SP_METH_CLASS, NULL },
    { "__ior__", set_ior_m, 0, NULL },
    { "__iand__", set_iand_m, 0, NULL },
    { "__isub__", set_isub_m, 0, NULL },
    { "__ixor__", set_ixor_m, 0, NULL },
    { "add", set_add_m, 0, NULL },
    { "remove", set_remove_m, 0, NULL },
    { "discard", set_discard_m, 0, NULL },
    { "pop", set_pop_m, 0, NULL },
    { "clear", set_clear_m, 0, NULL },
    { "update", set_update_m, 0, NULL },
    { "intersection_update", set_intersection_update_m, 0, NULL },
    { "difference_update", set_difference_update_m, 0, NULL },
    { "symmetric_difference_update", set_symdiff_update_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_methoddef frozenset_methods[] = {
    { "__new__", frozenset_new_m, SP_METH_STATIC, NULL },
    { "__hash__", frozenset_hash_m, 0, NULL },
    COMMON_SET_METHODS
    { "__class_getitem__", frozenset_class_getitem_m, SP_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_set_def = {
    .name = "set",
    .layout = SP_LAYOUT_SET,
    .size = sizeof(sp_set_obj),
    .trace = set_trace,
    .methods = set_methods,
    .flags = SP_TF_BASETYPE | SP_TF_WEAKREFS,
    .doc = "Build an unordered collection of unique elements.",
};

const sp_typedef sp_frozenset_def = {
    .name = "frozenset",
    .layout = SP_LAYOUT_SET,
    .size = sizeof(sp_set_obj),
    .trace = set_trace,
    .methods = frozenset_methods,
    .flags = SP_TF_BASETYPE | SP_TF_WEAKREFS,
    .doc = "Build an immutable unordered collection of unique elements.",
};

/* ---- set_iterator ------------------------------------------------------------*/

static void setiter_trace(sp_heap *h, sp_obj *o) { sp_gc_mark(h, ((setiter_obj *)o)->set); }

sp_val sp_set_iter_next(sp_vm *vm, sp_val self)
{
    setiter_obj *it = SP_CONT_AS(setiter_obj, self, sp_set_iterator_def);
    if (it->set == NULL)
        return NULL;
    if (it->used != sp_set_len(it->set)) {
        it->used = SIZE_MAX;
        sp_raise_fmt(vm, vm->e.RuntimeError, "Set changed size during iteration");
    }
    sp_val k = set_next_entry(it->set, &it->pos, NULL);
    if (k == NULL) {
        it->set = NULL;
        return NULL;
    }
    if (it->len > 0)
        it->len--;
    return k;
}

static sp_val setiter_iter_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_vals_get(args, 0);
}

static sp_val setiter_next_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val r = sp_set_iter_next(vm, sp_vals_get(args, 0));
    if (r == NULL)
        sp_cont_stop(vm);
    return r;
}

static sp_val setiter_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "set_iterator.__length_hint__");
    setiter_obj *it = SP_CONT_AS(setiter_obj, sp_vals_get(args, 0), sp_set_iterator_def);
    size_t n = it->set != NULL && it->used == sp_set_len(it->set) ? it->len : 0;
    return sp_cont_size(vm, n);
}

/* (iter, (list of what is left,)), from a copy so self doesn't move. */
static sp_val setiter_reduce_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "set_iterator.__reduce__");
    sp_val self = sp_vals_get(args, 0);
    setiter_obj *c = (setiter_obj *)sp_alloc(vm, vm->t.set_iterator, sizeof(setiter_obj));
    setiter_obj *it = SP_CONT_AS(setiter_obj, self, sp_set_iterator_def);
    c->set = it->set;
    c->pos = it->pos;
    c->used = it->used;
    c->len = it->len;
    sp_val l = sp_list_new(vm, 0);
    for (;;) {
        sp_val x = sp_set_iter_next(vm, (sp_val)c);
        if (x == NULL)
            break;
        sp_list_append(vm, l, x);
    }
    sp_val a = sp_tuple_new(vm, 1);
    sp_tuple_set(a, 0, l);
    return sp_tuple_pack2(vm, sp_dict_get_cstr(vm, vm->builtins, "iter"), a);
}

static const sp_methoddef setiter_methods[] = {
    { "__reduce__", setiter_reduce_m, 0, NULL },
    { "__iter__", setiter_iter_m, 0, NULL },
    { "__next__", setiter_next_m, 0, NULL },
    { "__length_hint__", setiter_len_m, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_set_iterator_def = {
    .name = "set_iterator",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(setiter_obj),
    .trace = setiter_trace,
    .methods = setiter_methods,
    .flags = SP_TF_NOINSTANCE,
};

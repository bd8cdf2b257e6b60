/* dict: the compact ordered hash table (layout and invariants in dict.h). */
#include "objects/cont.h"
#include "objects/dict.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT 5
#define MIN_LOG2 3
#define MAX_RESTARTS 100

static sp_dict_obj *D(sp_val d) { return sp_as_dict(d); }

void sp_dict_trace(sp_heap *h, sp_obj *o)
{
    sp_dict_obj *d = (sp_dict_obj *)o;
    sp_gc_mark(h, d->entries);
    sp_gc_mark(h, d->table);
}

/* ---- raw access to the arrays -------------------------------------------*/

/* The entries: key of entry i at 2i, its value at 2i + 1 (dict.h). */
static inline sp_vals entries_span(sp_dict_obj *d)
{
    return sp_dict_entries_(d->entries);
}

static inline sp_val key_at(sp_dict_obj *d, size_t i) { return sp_vals_get(entries_span(d), 2 * i); }
static inline sp_val value_at(sp_dict_obj *d, size_t i) { return sp_vals_get(entries_span(d), 2 * i + 1); }
static inline void set_key_at(sp_dict_obj *d, size_t i, sp_val k) { sp_vals_set(entries_span(d), 2 * i, k); }
static inline void set_value_at(sp_dict_obj *d, size_t i, sp_val v) { sp_vals_set(entries_span(d), 2 * i + 1, v); }

/* The hashes: the table's first words (dict.h). */
static inline sp_i64s hashes_span(sp_dict_obj *d)
{
    return sp_dict_hashes_(d);
}

/* Index slots: 1, 2, 4 or 8 bytes each depending on the table size,
 * after the hashes: slot i is element usable * (8 / width) + i of the
 * table seen as an array of that width.  i is always masked to the index
 * size, and the span's check keeps any access inside the table. */
static int64_t ix_get(sp_dict_obj *d, size_t i)
{
    sp_rawbuf *b = (sp_rawbuf *)d->table;
    if (d->log2_size <= 7)
        return (int8_t)sp_bytes_get(sp_rawbuf_span(b), d->usable * 8 + i);
    if (d->log2_size <= 15)
        return (int16_t)sp_u16s_get(sp_rawbuf_u16s(b), d->usable * 4 + i);
    if (d->log2_size <= 31)
        return sp_i32s_get(sp_rawbuf_i32s(b), d->usable * 2 + i);
    return sp_i64s_get(sp_rawbuf_i64s(b), d->usable + i);
}

static void ix_set(sp_dict_obj *d, size_t i, int64_t ix)
{
    sp_rawbuf *b = (sp_rawbuf *)d->table;
    if (d->log2_size <= 7)
        sp_bytes_set(sp_rawbuf_span(b), d->usable * 8 + i, (uint8_t)(int8_t)ix);
    else if (d->log2_size <= 15)
        sp_u16s_set(sp_rawbuf_u16s(b), d->usable * 4 + i, (uint16_t)(int16_t)ix);
    else if (d->log2_size <= 31)
        sp_i32s_set(sp_rawbuf_i32s(b), d->usable * 2 + i, (int32_t)ix);
    else
        sp_i64s_set(sp_rawbuf_i64s(b), d->usable + i, ix);
}

sp_val sp_dict_entry_key(sp_val d, size_t i) { return key_at(D(d), i); }
sp_val sp_dict_entry_value(sp_val d, size_t i) { return value_at(D(d), i); }

/* ---- hashing ---------------------------------------------------------------*/

/* ---- lookup ---------------------------------------------------------------*/

/* One probe of sp_dict_get_str at entry ix: what to do next. */
typedef enum { STR_NEXT, STR_FOUND, STR_ABSENT, STR_GENERAL } str_probe;

/* key_small: the key is a small int rather than an exact str -- equal
 * only to itself among small ints and strs; a key of another type with
 * its hash (1.0 for 1, True for 1) needs the general lookup. */
__attribute__((always_inline)) static inline str_probe str_probe_at(sp_vm *vm, sp_vals ents, sp_i64s hashes, int64_t ix,
                                                                    sp_val key, int64_t hash, bool key_small)
{
    if (ix == IX_EMPTY)
        return STR_ABSENT;
    if (ix < 0)
        return STR_NEXT;
    sp_val k = sp_vals_get(ents, 2 * (size_t)ix);
    if (k == key)
        return STR_FOUND;
    if (sp_i64s_get(hashes, (size_t)ix) != hash)
        return STR_NEXT;
    if (key_small)
        return sp_is_small(k) || (sp_is_ptr(k) && k->type == vm->t.str) ? STR_NEXT : STR_GENERAL;
    if (!(sp_is_ptr(k) && k->type == vm->t.str))
        return STR_GENERAL;
    return sp_str_eq(k, key) ? STR_FOUND : STR_NEXT;
}

/* The probe of an exact str key (no Python code can run: identity, or
 * str equality with str keys of the same hash): STR_FOUND with the entry
 * number in *ix, STR_ABSENT, or STR_GENERAL when a key of another type
 * has the same hash (only the general lookup, which may call its __eq__,
 * can decide).  *slot gets the index slot where the probe stopped (the
 * entry's, or the first EMPTY one), as lookup reports it.  The index
 * width is chosen once, outside the loop: tables of up to 128 slots
 * (instance and class dicts, most modules) have byte slots.  d->table
 * must not be NULL. */
__attribute__((always_inline)) static inline str_probe str_find(sp_vm *vm, sp_dict_obj *d, sp_val key, int64_t hash, int64_t *ix, size_t *slot,
                                                                bool key_small)
{
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    sp_vals ents = entries_span(d);
    sp_i64s hashes = hashes_span(d);
    str_probe p;
    if (d->log2_size <= 7) {
        sp_bytes table = sp_rawbuf_span((sp_rawbuf *)d->table);
        size_t base = d->usable * 8;   /* where the index starts */
        for (;;) {
            *ix = (int8_t)sp_bytes_get(table, base + i);
            p = str_probe_at(vm, ents, hashes, *ix, key, hash, key_small);
            if (p != STR_NEXT)
                break;
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + (size_t)perturb + 1) & mask;
        }
    } else {
        for (;;) {
            *ix = ix_get(d, i);
            p = str_probe_at(vm, ents, hashes, *ix, key, hash, key_small);
            if (p != STR_NEXT)
                break;
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + (size_t)perturb + 1) & mask;
        }
    }
    *slot = i;
    return p;
}

/* A key's hash: sp_cont_hash, plus exact tuples straight to the tuple
 * hash (the built-in tuple's __hash__, which can't be replaced, without
 * its lookup and method call). */
int64_t sp_dict_key_hash(sp_vm *vm, sp_val key)
{
    if (sp_is_ptr(key) && key->type == vm->t.str && ((sp_str_obj *)key)->hash != -1)
        return ((sp_str_obj *)key)->hash;   /* an exact str's hash, known already */
    if (sp_is_ptr(key) && key->type == vm->t.tuple)
        return sp_tuple_hash(vm, key);
    return sp_cont_hash(vm, key);
}

/* k == key for a dict or set probe: sp_eq, except that two exact tuples
 * are compared as tuple.__eq__ answers it (equal lengths, then each pair
 * equal: identity first, sp_eq) without the lookup and call of the
 * method.  The items' __eq__ may run Python code: the caller re-checks
 * the table afterwards as for any key comparison. */
bool sp_dict_key_eq(sp_vm *vm, sp_val k, sp_val key)
{
    if (!(sp_is_ptr(k) && sp_is_ptr(key) && k->type == vm->t.tuple && key->type == vm->t.tuple))
        return sp_eq(vm, k, key);
    size_t n = sp_tuple_len(k);
    if (n != sp_tuple_len(key))
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!sp_eq(vm, sp_tuple_get(k, i), sp_tuple_get(key, i)))
            return false;
    }
    return true;
}

/* Find key.  Returns the entry number (>= 0) or -1, and stores in *slot
 * the index slot holding it (or the first EMPTY slot of the probe
 * sequence when absent, for a following insertion without DUMMY reuse). */
static sp_ssize lookup_general(sp_vm *vm, sp_val dv, sp_val key, int64_t hash, size_t *slot)
{
    /* CPython restarts without bound; here a key whose __eq__ rebuilds
     * the dict every time would loop forever (CPython often escapes
     * only because the allocator hands back the same address), so the
     * restarts are bounded. */
    int restarts = 0;
restart:
    if (restarts++ > MAX_RESTARTS)
        sp_raise_fmt(vm, vm->e.RuntimeError, "dictionary changed size during lookup");
    sp_dict_obj *d = D(dv);
    if (d->table == NULL) {
        *slot = 0;
        return -1;
    }
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    bool key_is_str = sp_is_ptr(key) && key->type == vm->t.str;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) {
            *slot = i;
            return -1;
        }
        if (ix >= 0) {
            sp_val k = key_at(d, (size_t)ix);
            if (k == key) {
                *slot = i;
                return (sp_ssize)ix;
            }
            if (k != NULL && sp_i64s_get(hashes_span(d), (size_t)ix) == hash) {
                if (key_is_str && sp_is_ptr(k) && k->type == vm->t.str) {
                    if (sp_str_eq(k, key)) {
                        *slot = i;
                        return (sp_ssize)ix;
                    }
                } else if (!(sp_is_small(k) && sp_is_small(key))) {
                    sp_val ents_before = d->entries;
                    bool eq = sp_dict_key_eq(vm, k, key);
                    /* __eq__ may have changed the dict: restart if the
                     * entry we compared is gone or the table was rebuilt. */
                    d = D(dv);
                    if (d->entries != ents_before || d->table == NULL
                        || key_at(d, (size_t)ix) != k)
                        goto restart;
                    if (eq) {
                        *slot = i;
                        return (sp_ssize)ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

/* lookup for an exact str or a small int key takes str_find's probe (the
 * same probe sequence and the same answer, without the general loop's
 * per-probe width dispatch), unless a key of another type has its hash. */
static sp_ssize lookup(sp_vm *vm, sp_val dv, sp_val key, int64_t hash, size_t *slot)
{
    if (sp_is_small(key) || (sp_is_ptr(key) && key->type == vm->t.str)) {
        sp_dict_obj *d = D(dv);
        if (d->table == NULL) {
            *slot = 0;
            return -1;
        }
        int64_t ix;
        str_probe p = sp_is_small(key) ? str_find(vm, d, key, hash, &ix, slot, true)
                                       : str_find(vm, d, key, hash, &ix, slot, false);
        if (p == STR_FOUND)
            return (sp_ssize)ix;
        if (p == STR_ABSENT)
            return -1;
    }
    return lookup_general(vm, dv, key, hash, slot);
}

/* The first EMPTY slot of hash's probe sequence, where lookup would stop
 * for an absent key: the slot for a new entry (a fresh table has no
 * DUMMY slots; in an older one, DUMMY slots are passed over as lookup
 * does).  One exists while entries + spent < usable = 2/3 of the slots. */
static size_t find_free_slot(sp_dict_obj *d, int64_t hash)
{
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    while (ix_get(d, i) != IX_EMPTY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    return i;
}

/* ---- resize -----------------------------------------------------------------*/

/* Rebuild the table with at least `minsize` index slots and room for
 * `need` entries, dropping the holes.  Everything new is allocated before
 * the dict is touched. */
static void dict_resize(sp_vm *vm, sp_val dv, size_t minsize, size_t need)
{
    uint32_t log2 = MIN_LOG2;
    while (((size_t)1 << log2) < minsize || (((size_t)1 << log2) * 2) / 3 < need) {
        log2++;
        if (log2 >= 60)
            sp_raise_memory(vm);
    }
    size_t size = (size_t)1 << log2;
    size_t usable = (size * 2) / 3;
    size_t ix_bytes = size * sp_dict_ix_width_(log2);
    sp_valarray *ents = sp_valarray_new(vm, 2 * usable);
    sp_rawbuf *table = sp_rawbuf_new(vm, ix_bytes + usable * sizeof(int64_t));

    sp_dict_obj *d = D(dv);
    size_t n = d->nentries;

    sp_dict_obj nd = *d;
    nd.entries = (sp_val)ents;
    nd.table = (sp_val)table;
    nd.log2_size = log2;
    nd.usable = usable;
    /* All slots EMPTY (-1).  The index starts at word `usable` of the
     * table and is whole words long (at least 8 one-byte slots): the small
     * tables of instance dicts get a few word stores instead of a call
     * to memset. */
    if (ix_bytes <= 8 * sizeof(int64_t)) {
        sp_i64s words = sp_rawbuf_i64s(table);
        for (size_t w = 0; w < ix_bytes / sizeof(int64_t); w++)
            sp_i64s_set(words, usable + w, -1);
    } else {
        sp_bytes_fill(sp_bytes_sub(sp_rawbuf_span(table), usable * sizeof(int64_t), ix_bytes), 0xff);
    }
    sp_vals oe = entries_span(d), ne = entries_span(&nd);
    sp_i64s oh = hashes_span(d), nh = hashes_span(&nd);
    size_t j = 0;
    uint64_t hbits = 0;
    for (size_t i = 0; i < n; i++) {
        sp_val k = sp_vals_get(oe, 2 * i);
        if (k == NULL)
            continue;
        int64_t h = sp_i64s_get(oh, i);
        sp_vals_set(ne, 2 * j, k);
        sp_vals_set(ne, 2 * j + 1, sp_vals_get(oe, 2 * i + 1));
        sp_i64s_set(nh, j, h);
        ix_set(&nd, find_free_slot(&nd, h), (int64_t)j);
        hbits |= sp_dict_hash_bits(h);
        j++;
    }
    d->hbits = hbits;
    d->entries = nd.entries;
    d->table = nd.table;
    d->log2_size = log2;
    d->usable = usable;
    d->spent = 0;
    d->nentries = j;
    d->used = j;
    d->version++;
    if (SP_DEBUG_CHECKS)
        sp_dict_check(vm, dv);
}

/* ---- the basic operations ---------------------------------------------------*/

sp_val sp_dict_new(sp_vm *vm)
{
    return sp_alloc(vm, vm->t.dict, sizeof(sp_dict_obj));
}

sp_val sp_dict_new_presized(sp_vm *vm, size_t n)
{
    sp_val d = sp_dict_new(vm);
    if (n > 0)
        dict_resize(vm, d, 0, n);
    return d;
}

size_t sp_dict_len(sp_val d) { return D(d)->used; }

sp_val sp_dict_get_hashed(sp_vm *vm, sp_val d, sp_val key, int64_t hash)
{
    size_t slot;
    sp_ssize ix = lookup(vm, d, key, hash, &slot);
    return ix < 0 ? NULL : value_at(D(d), (size_t)ix);
}

/* Hook for the interpreter's inline caches (src/vm/eval.c): the entry
 * number holding key, or -1.  The cache keeps the number and, on reuse,
 * checks that the entry's key is still the same object. */
sp_ssize sp_dict_find_index(sp_vm *vm, sp_val d, sp_val key)
{
    size_t slot;
    return lookup(vm, d, key, sp_dict_key_hash(vm, key), &slot);
}

sp_val sp_dict_get(sp_vm *vm, sp_val d, sp_val key)
{
    return sp_dict_get_hashed(vm, d, key, sp_dict_key_hash(vm, key));
}

/* A new entry for key (absent) at the end of the entries, its index
 * slot `slot` (EMPTY, on key's probe sequence); the table has room. */
static void append_entry(sp_dict_obj *d, size_t slot, sp_val key, int64_t hash, sp_val value)
{
    size_t e = d->nentries;
    set_key_at(d, e, key);
    set_value_at(d, e, value);
    sp_i64s_set(hashes_span(d), e, hash);
    ix_set(d, slot, (int64_t)e);
    d->hbits |= sp_dict_hash_bits(hash);
    d->nentries = e + 1;
    d->used++;
    d->version++;
}

void sp_dict_set_hashed(sp_vm *vm, sp_val dv, sp_val key, int64_t hash, sp_val value)
{
    size_t slot;
    sp_ssize ix = lookup(vm, dv, key, hash, &slot);
    sp_dict_obj *d = D(dv);
    if (ix >= 0) {
        set_value_at(d, (size_t)ix, value);
        return;
    }
    /* Absent: lookup stopped at the first EMPTY slot of key's probe
     * sequence (no Python code runs after it), a valid place for the new
     * entry -- unless the table is rebuilt first. */
    size_t free_slot = slot;
    if (d->nentries + d->spent >= d->usable) {
        dict_resize(vm, dv, d->used * 3, d->used + 1);
        d = D(dv);
        free_slot = find_free_slot(d, hash);
    }
    append_entry(d, free_slot, key, hash, value);
}

bool sp_dict_append_absent(sp_val dv, sp_val key, int64_t hash, sp_val value)
{
    sp_dict_obj *d = D(dv);
    if (d->table == NULL || d->nentries + d->spent >= d->usable)
        return false;
    append_entry(d, find_free_slot(d, hash), key, hash, value);
    return true;
}

void sp_dict_set(sp_vm *vm, sp_val d, sp_val key, sp_val value)
{
    sp_dict_set_hashed(vm, d, key, sp_dict_key_hash(vm, key), value);
}

/* Remove the entry in slot/ix (found by lookup just before). */
static void del_entry(sp_dict_obj *d, size_t slot, size_t ix)
{
    ix_set(d, slot, IX_DUMMY);
    set_key_at(d, ix, NULL);
    set_value_at(d, ix, NULL);
    d->used--;
    d->version++;
}

sp_val sp_dict_pop_item(sp_vm *vm, sp_val dv, sp_val key)
{
    int64_t hash = sp_dict_key_hash(vm, key);
    size_t slot;
    sp_ssize ix = lookup(vm, dv, key, hash, &slot);
    if (ix < 0)
        return NULL;
    sp_dict_obj *d = D(dv);
    sp_val v = value_at(d, (size_t)ix);
    del_entry(d, slot, (size_t)ix);
    return v;
}

bool sp_dict_del(sp_vm *vm, sp_val d, sp_val key)
{
    return sp_dict_pop_item(vm, d, key) != NULL;
}

__attribute__((noinline)) static sp_val get_str_any(sp_vm *vm, sp_val dv, sp_val key)
{
    int64_t hash = sp_str_hash(vm, key);
    sp_dict_obj *d = D(dv);
    if (d->table == NULL)
        return NULL;
    int64_t ix;
    size_t slot;
    str_probe p = str_find(vm, d, key, hash, &ix, &slot, false);
    if (p == STR_FOUND)
        return value_at(d, (size_t)ix);
    if (p == STR_ABSENT)
        return NULL;
    return sp_dict_get_hashed(vm, dv, key, hash);
}

/* The usual call (attribute and global names: an exact str whose hash is
 * known, an exact dict with a byte index) with the types compared
 * instead of downcast, and every other case out of line. */
sp_val sp_dict_get_str(sp_vm *vm, sp_val dv, sp_val key)
{
    if (sp_is_ptr(key) && key->type == vm->t.str && sp_is_ptr(dv) && dv->type == vm->t.dict) {
        int64_t hash = ((sp_str_obj *)key)->hash;
        sp_dict_obj *d = (sp_dict_obj *)dv;
        if (hash != -1 && d->table != NULL && d->log2_size <= 7) {
            /* str_find's probe, resolved by identity alone: a key of
             * the same hash that is another object (an equal str that is
             * not the interned one, or another type) goes to the full
             * probe, so nothing here calls out. */
            size_t mask = ((size_t)1 << d->log2_size) - 1;
            uint64_t perturb = (uint64_t)hash;
            size_t i = (size_t)hash & mask;
            sp_bytes table = sp_rawbuf_span((sp_rawbuf *)d->table);
            size_t base = d->usable * 8;
            sp_vals ents = entries_span(d);
            sp_i64s hashes = hashes_span(d);
            for (;;) {
                int64_t ix = (int8_t)sp_bytes_get(table, base + i);
                if (ix == IX_EMPTY)
                    return NULL;
                if (ix >= 0) {
                    if (sp_vals_get(ents, 2 * (size_t)ix) == key)
                        return sp_vals_get(ents, 2 * (size_t)ix + 1);
                    if (sp_i64s_get(hashes, (size_t)ix) == hash)
                        break;
                }
                perturb >>= PERTURB_SHIFT;
                i = (i * 5 + (size_t)perturb + 1) & mask;
            }
        }
    }
    return get_str_any(vm, dv, key);
}

sp_val sp_dict_get_cstr(sp_vm *vm, sp_val d, const char *key)
{
    return sp_dict_get_str(vm, d, sp_str_from_cstr(vm, key));
}

void sp_dict_set_cstr(sp_vm *vm, sp_val d, const char *key, sp_val value)
{
    sp_dict_set(vm, d, sp_intern_cstr(vm, key), value);
}

bool sp_dict_next(sp_val dv, size_t *pos, sp_val *key, sp_val *value)
{
    sp_dict_obj *d = D(dv);
    while (*pos < d->nentries) {
        size_t i = (*pos)++;
        sp_val k = key_at(d, i);
        if (k != NULL) {
            if (key != NULL)
                *key = k;
            if (value != NULL)
                *value = value_at(d, i);
            return true;
        }
    }
    return false;
}

void sp_dict_clear(sp_vm *vm, sp_val dv)
{
    sp_dict_obj *d = D(dv);
    d->entries = d->table = NULL;
    d->log2_size = 0;
    d->usable = d->nentries = d->used = d->spent = 0;
    d->hbits = 0;
    d->version++;
}

/* Copy d's live entries into the empty dict r (a fresh table). */
static void copy_into(sp_vm *vm, sp_val r, sp_val d)
{
    size_t n = sp_dict_len(d);
    if (n == 0)
        return;
    dict_resize(vm, r, 0, n);
    for (size_t i = 0; i < D(d)->nentries; i++) {
        sp_dict_obj *src = D(d);
        sp_val k = key_at(src, i);
        if (k != NULL)
            sp_dict_set_hashed(vm, r, k, sp_i64s_get(hashes_span(src), i), value_at(src, i));
    }
}

sp_val sp_dict_copy(sp_vm *vm, sp_val d)
{
    sp_val r = sp_dict_new(vm);
    copy_into(vm, r, d);
    return r;
}

sp_val sp_dict_keys_list(sp_vm *vm, sp_val d)
{
    sp_val l = sp_list_new(vm, sp_dict_len(d));
    size_t pos = 0;
    sp_val k;
    while (sp_dict_next(d, &pos, &k, NULL))
        sp_list_append(vm, l, k);
    return l;
}

/* Merge another dict: d[k] = v for each of its entries, hashes reused.
 * The source is re-checked after each insertion (the insertion's __eq__
 * may mutate it). */
static void merge_dict(sp_vm *vm, sp_val d, sp_val other)
{
    if (d == other)
        return;
    size_t n = sp_dict_len(other);
    if (sp_dict_len(d) == 0 && n > 0)
        dict_resize(vm, d, 0, n);
    for (size_t i = 0; i < D(other)->nentries; i++) {
        sp_dict_obj *o = D(other);
        sp_val k = key_at(o, i);
        if (k == NULL)
            continue;
        sp_val v = value_at(o, i);
        int64_t h = sp_i64s_get(hashes_span(o), i);
        sp_dict_set_hashed(vm, d, k, h, v);
        if (D(other)->used != n)
            sp_raise_fmt(vm, vm->e.RuntimeError, "dict mutated during update");
    }
}

/* Iterable of pairs. */
static void merge_pairs(sp_vm *vm, sp_val d, sp_val seq)
{
    sp_val it = sp_iter(vm, seq);
    for (size_t i = 0;; i++) {
        sp_val item = sp_cont_next(vm, it);
        if (item == NULL)
            break;
        sp_val k, v;
        if (sp_is_tuple(item) || sp_is_list(item)) {
            sp_vals iv = sp_is_tuple(item) ? sp_tuple_items(item) : sp_list_items(item);
            if (iv.len != 2)
                sp_raise_fmt(vm, vm->e.ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required", i, iv.len);
            k = sp_vals_get(iv, 0);
            v = sp_vals_get(iv, 1);
        } else {
            sp_type *t = sp_type_of(vm, item);
            if (sp_type_lookup(vm, t, vm->n.__iter__) == NULL && sp_type_lookup(vm, t, vm->n.__getitem__) == NULL)
                sp_raise_fmt(vm, vm->e.TypeError, "cannot convert dictionary update sequence element #%zu to a sequence", i);
            sp_val l = sp_list_new(vm, 2);
            sp_list_extend(vm, l, item);
            if (sp_list_len(l) != 2)
                sp_raise_fmt(vm, vm->e.ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required", i, sp_list_len(l));
            k = sp_list_get(l, 0);
            v = sp_list_get(l, 1);
        }
        sp_dict_set(vm, d, k, v);
    }
}

static sp_val iter_of(sp_vm *vm, void *ud)
{
    return sp_iter(vm, (sp_val)ud);
}

void sp_dict_update_arg(sp_vm *vm, sp_val d, sp_val arg, const char *fname)
{
    if (sp_is_dict(arg) && (sp_is_exact(vm, arg, vm->t.dict)
        || sp_type_lookup(vm, sp_type_of(vm, arg), vm->n.__iter__) == sp_type_lookup(vm, vm->t.dict, vm->n.__iter__))) {
        merge_dict(vm, d, arg);
        return;
    }
    sp_val keys = sp_getattr_opt(vm, arg, vm->n.keys);
    if (keys != NULL) {
        /* As CPython's PyMapping_Keys: all the keys are listed first, and a
         * keys() result that can't be iterated is named. */
        sp_val ks = sp_call0(vm, keys);
        sp_val exc = NULL;
        sp_val it = sp_pcall(vm, iter_of, ks, &exc);
        if (it == NULL) {
            if (sp_exc_matches(vm, exc, vm->e.TypeError))
                sp_raise_fmt(vm, vm->e.TypeError, "%N.keys() returned a non-iterable (type %T)",
                             sp_type_of(vm, arg), ks);
            sp_raise(vm, exc);
        }
        sp_val l = sp_list_new(vm, 0);
        sp_list_extend(vm, l, it);
        for (size_t i = 0; i < sp_list_len(l); i++) {
            sp_val k = sp_list_get(l, i);
            sp_dict_set(vm, d, k, sp_getitem(vm, arg, k));
        }
        return;
    }
    merge_pairs(vm, d, arg);
}

void sp_dict_update(sp_vm *vm, sp_val d, sp_val other)
{
    sp_dict_update_arg(vm, d, other, "update");
}

void sp_dict_check(sp_vm *vm, sp_val dv)
{
    sp_dict_obj *d = D(dv);
    if (d->table == NULL || d->entries == NULL) {
        if (d->table != NULL || d->entries != NULL || d->log2_size != 0 || d->usable != 0 || d->used != 0
            || d->nentries != 0 || d->spent != 0)
            sp_trap("sp_dict_check: D1");
        return;
    }
    if (d->log2_size < MIN_LOG2 || d->log2_size >= 60)
        sp_trap("sp_dict_check: D2 (table size)");
    size_t size = (size_t)1 << d->log2_size;
    if (!(d->used <= d->nentries && d->nentries + d->spent <= d->usable && d->usable == size * 2 / 3))
        sp_trap("sp_dict_check: D2");
    if (SP_AS(sp_valarray, d->entries, SP_LAYOUT_VALARRAY)->cap < 2 * d->usable || sp_rawbuf_span(SP_AS(sp_rawbuf, d->table, SP_LAYOUT_RAWBUF)).len
        < size * sp_dict_ix_width_(d->log2_size) + d->usable * sizeof(int64_t))
        sp_trap("sp_dict_check: D2 (buffers)");
    size_t live = 0;
    for (size_t i = 0; i < d->usable; i++) {
        sp_val k = key_at(d, i);
        if (k != NULL && i >= d->nentries)
            sp_trap("sp_dict_check: D3 (entry past nentries)");
        if (k == NULL)
            continue;
        live++;
        int64_t h = sp_i64s_get(hashes_span(d), i);
        if ((d->hbits & sp_dict_hash_bits(h)) != sp_dict_hash_bits(h))
            sp_trap("sp_dict_check: D6");
        size_t mask = size - 1, j = (size_t)h & mask;
        uint64_t perturb = (uint64_t)h;
        for (size_t steps = 0;; steps++) {
            int64_t ix = ix_get(d, j);
            if (ix == (int64_t)i)
                break;
            if (ix == IX_EMPTY || steps > size * 64)
                sp_trap("sp_dict_check: D4");
            perturb >>= PERTURB_SHIFT;
            j = (j * 5 + (size_t)perturb + 1) & mask;
        }
    }
    if (live != d->used)
        sp_trap("sp_dict_check: D3");
    (void)vm;
}

/* ---- methods -------------------------------------------------------------*/

static sp_val dict_self(sp_vm *vm, sp_vals args, const char *meth)
{
    sp_val self = sp_vals_get(args, 0);
    if (!sp_is_dict(self))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor '%s' for 'dict' objects doesn't apply to a '%T' object", meth, self);
    return self;
}

static sp_val dict_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *cls = sp_new_cls(vm, args, vm->t.dict);
    return cls == vm->t.dict ? sp_dict_new(vm) : sp_alloc_instance(vm, cls);
}

/* dict(arg, **kw) / d.update(arg, **kw) */
static void update_common(sp_vm *vm, sp_val d, sp_vals args, sp_val kwnames, const char *name)
{
    size_t nkw = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    size_t npos = args.len - 1 - nkw;
    if (npos > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "%s expected at most 1 argument, got %zu", name, npos);
    if (npos == 1)
        sp_dict_update_arg(vm, d, sp_vals_get(args, 1), name);
    for (size_t i = 0; i < nkw; i++)
        sp_dict_set(vm, d, sp_tuple_get(kwnames, i), sp_vals_get(args, 1 + npos + i));
}

static sp_val dict_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    update_common(vm, dict_self(vm, args, "__init__"), args, kwnames, "dict");
    return vm->None;
}

static sp_val dict_update_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    update_common(vm, dict_self(vm, args, "update"), args, kwnames, "update");
    return vm->None;
}

static sp_val dict_len_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_cont_size(vm, sp_dict_len(dict_self(vm, args, "__len__")));
}

static sp_val dict_getitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val key = sp_cont_onearg(vm, args, kwnames, "dict.__getitem__");
    sp_val d = dict_self(vm, args, "__getitem__");
    sp_val v = sp_dict_get(vm, d, key);
    if (v != NULL)
        return v;
    if (!sp_is_exact(vm, d, vm->t.dict)) {
        sp_val missing = sp_type_lookup(vm, sp_type_of(vm, d), vm->n.__missing__);
        if (missing != NULL) {
            sp_val a[1] = { key };
            return sp_call_special(vm, d, vm->n.__missing__, SP_VALS(a));
        }
    }
    sp_raise_key_error(vm, key);
}

static sp_val dict_setitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_dict_set(vm, dict_self(vm, args, "__setitem__"), sp_vals_get(args, 1), sp_vals_get(args, 2));
    return vm->None;
}

static sp_val dict_delitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val key = sp_vals_get(args, 1);
    if (!sp_dict_del(vm, dict_self(vm, args, "__delitem__"), key))
        sp_raise_key_error(vm, key);
    return vm->None;
}

static sp_val dict_contains_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val key = sp_cont_onearg(vm, args, kwnames, "dict.__contains__");
    return sp_bool(vm, sp_dict_get(vm, dict_self(vm, args, "__contains__"), key) != NULL);
}

/* sp_cont_nargs, with the usual good call checked inline. */
static void dict_nargs(sp_vm *vm, sp_vals args, sp_val kwnames, const char *qual, size_t min, size_t max)
{
    if ((kwnames == NULL || sp_tuple_len(kwnames) == 0) && args.len >= min + 1 && args.len <= max + 1)
        return;
    sp_cont_nargs(vm, args, kwnames, qual, min, max);
}

sp_val sp_dict_get_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    dict_nargs(vm, args, kwnames, "dict.get", 1, 2);
    sp_val v = sp_dict_get(vm, dict_self(vm, args, "get"), sp_vals_get(args, 1));
    if (v != NULL)
        return v;
    return args.len > 2 ? sp_vals_get(args, 2) : vm->None;
}

static sp_val dict_setdefault_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    dict_nargs(vm, args, kwnames, "dict.setdefault", 1, 2);
    sp_val d = dict_self(vm, args, "setdefault");
    sp_val key = sp_vals_get(args, 1);
    sp_val dflt = args.len > 2 ? sp_vals_get(args, 2) : vm->None;
    int64_t h = sp_dict_key_hash(vm, key);
    sp_val v = sp_dict_get_hashed(vm, d, key, h);
    if (v != NULL)
        return v;
    sp_dict_set_hashed(vm, d, key, h, dflt);
    return dflt;
}

static sp_val dict_pop_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    dict_nargs(vm, args, kwnames, "dict.pop", 1, 2);
    sp_val d = dict_self(vm, args, "pop");
    sp_val key = sp_vals_get(args, 1);
    /* As CPython: an empty dict answers without hashing the key. */
    if (sp_dict_len(d) == 0) {
        if (args.len > 2)
            return sp_vals_get(args, 2);
        sp_raise_key_error(vm, key);
    }
    sp_val v = sp_dict_pop_item(vm, d, key);
    if (v != NULL)
        return v;
    if (args.len > 2)
        return sp_vals_get(args, 2);
    sp_raise_key_error(vm, key);
}

static sp_val dict_popitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "dict.popitem");
    sp_val dv = dict_self(vm, args, "popitem");
    sp_dict_obj *d = D(dv);
    if (d->used == 0)
        sp_raise_key_error(vm, sp_str_from_cstr(vm, "popitem(): dictionary is empty"));
    size_t i = d->nentries;
    while (i > 0 && key_at(d, i - 1) == NULL)
        i--;
    if (i == 0)
        sp_trap("dict.popitem: used > 0 but no entry");
    i--;
    sp_val k = key_at(d, i);
    sp_val v = value_at(d, i);
    sp_val r = sp_tuple_pack2(vm, k, v);
    /* Find k's slot by identity (no callbacks) and drop the entry. */
    d = D(dv);
    int64_t h = sp_i64s_get(hashes_span(d), i);
    size_t mask = ((size_t)1 << d->log2_size) - 1, j = (size_t)h & mask;
    uint64_t perturb = (uint64_t)h;
    while (ix_get(d, j) != (int64_t)i) {
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + (size_t)perturb + 1) & mask;
    }
    del_entry(d, j, i);
    d->spent += d->nentries - i;
    d->nentries = i;
    if (SP_DEBUG_CHECKS)
        sp_dict_check(vm, dv);
    return r;
}

static sp_val dict_clear_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "dict.clear");
    sp_dict_clear(vm, dict_self(vm, args, "clear"));
    return vm->None;
}

static sp_val dict_copy_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "dict.copy");
    return sp_dict_copy(vm, dict_self(vm, args, "copy"));
}

static sp_val dict_fromkeys_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_nargs(vm, args, kwnames, "dict.fromkeys", 1, 2);
    sp_val cls = sp_vals_get(args, 0);
    sp_val value = args.len > 2 ? sp_vals_get(args, 2) : vm->None;
    sp_val d = sp_call0(vm, cls);
    bool fast = sp_is_exact(vm, d, vm->t.dict);
    sp_val it = sp_iter(vm, sp_vals_get(args, 1));
    for (;;) {
        sp_val k = sp_cont_next(vm, it);
        if (k == NULL)
            break;
        if (fast)
            sp_dict_set(vm, d, k, value);
        else
            sp_setitem(vm, d, k, value);
    }
    return d;
}

static sp_val dict_keys_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "dict.keys");
    return sp_dict_view_new(vm, dict_self(vm, args, "keys"), SP_DV_KEYS);
}

static sp_val dict_values_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "dict.values");
    return sp_dict_view_new(vm, dict_self(vm, args, "values"), SP_DV_VALUES);
}

static sp_val dict_items_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "dict.items");
    return sp_dict_view_new(vm, dict_self(vm, args, "items"), SP_DV_ITEMS);
}

static sp_val dict_iter_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_dict_iter_new(vm, dict_self(vm, args, "__iter__"), SP_DV_KEYS, false);
}

static sp_val dict_reversed_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_cont_noargs(vm, args, kwnames, "dict.__reversed__");
    return sp_dict_iter_new(vm, dict_self(vm, args, "__reversed__"), SP_DV_KEYS, true);
}

/* CPython's dict_equal: same size, and every key of a maps in b to an
 * equal value.  Python code may mutate both meanwhile: re-read a's
 * arrays at each step. */
static bool dict_equal(sp_vm *vm, sp_val a, sp_val b)
{
    if (sp_dict_len(a) != sp_dict_len(b))
        return false;
    for (size_t i = 0; i < D(a)->nentries; i++) {
        sp_dict_obj *da = D(a);
        sp_val k = key_at(da, i);
        if (k == NULL)
            continue;
        sp_val av = value_at(da, i);
        int64_t h = sp_i64s_get(hashes_span(da), i);
        sp_val bv = sp_dict_get_hashed(vm, b, k, h);
        if (bv == NULL)
            return false;
        if (!sp_eq(vm, av, bv))
            return false;
    }
    return true;
}

static sp_val dict_cmp(sp_vm *vm, sp_vals args, bool ne)
{
    sp_val a = dict_self(vm, args, ne ? "__ne__" : "__eq__");
    sp_val b = sp_vals_get(args, 1);
    if (!sp_is_dict(b))
        return vm->NotImplemented;
    sp_check_stack(vm);
    return sp_bool(vm, dict_equal(vm, a, b) != ne);
}

static sp_val dict_eq_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return dict_cmp(vm, a, false);
}

static sp_val dict_ne_m(sp_vm *vm, sp_vals a, sp_val k)
{
    return dict_cmp(vm, a, true);
}

static sp_val dict_or_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val b = sp_vals_get(args, 1);
    sp_val a = sp_vals_get(args, 0);
    if (!sp_is_dict(a) || !sp_is_dict(b))
        return vm->NotImplemented;
    sp_val r = sp_dict_copy(vm, a);
    sp_dict_update_arg(vm, r, b, "update");
    return r;
}

static sp_val dict_ror_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val b = sp_vals_get(args, 1);
    sp_val a = sp_vals_get(args, 0);
    if (!sp_is_dict(a) || !sp_is_dict(b))
        return vm->NotImplemented;
    sp_val r = sp_dict_copy(vm, b);
    sp_dict_update_arg(vm, r, a, "update");
    return r;
}

static sp_val dict_ior_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val b = sp_vals_get(args, 1);
    sp_val a = dict_self(vm, args, "__ior__");
    sp_dict_update_arg(vm, a, b, "update");
    return a;
}

static sp_val dict_repr_body(sp_vm *vm, sp_val d)
{
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 16);
    sp_strbuf_add_cstr(vm, &b, "{");
    bool first = true;
    for (size_t i = 0; i < D(d)->nentries; i++) {
        sp_val k = key_at(D(d), i);
        if (k == NULL)
            continue;
        sp_val v = value_at(D(d), i);
        if (!first)
            sp_strbuf_add_cstr(vm, &b, ", ");
        first = false;
        sp_strbuf_add_str(vm, &b, sp_repr(vm, k));
        sp_strbuf_add_cstr(vm, &b, ": ");
        sp_strbuf_add_str(vm, &b, sp_repr(vm, v));
    }
    sp_strbuf_add_cstr(vm, &b, "}");
    return sp_strbuf_finish(vm, &b);
}

static sp_val dict_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val d = dict_self(vm, args, "__repr__");
    if (sp_dict_len(d) == 0)
        return sp_str_from_cstr(vm, "{}");
    return sp_cont_guarded_repr(vm, d, "{...}", dict_repr_body);
}

static sp_val dict_class_getitem_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_cont_class_getitem(vm, args, kwnames);
}

static const sp_methoddef dict_methods[] = {
    { "__new__", dict_new_m, SP_METH_STATIC, NULL },
    { "__init__", dict_init_m, 0, NULL },
    { "__len__", dict_len_m, 0, NULL },
    { "__getitem__", dict_getitem_m, 0, NULL },
    { "__setitem__", dict_setitem_m, 0, NULL },
    { "__delitem__", dict_delitem_m, 0, NULL },
    { "__contains__", dict_contains_m, 0, NULL },
    { "__iter__", dict_iter_m, 0, NULL },
    { "__reversed__", dict_reversed_m, 0, NULL },
    { "__eq__", dict_eq_m, 0, NULL },
    { "__ne__", dict_ne_m, 0, NULL },
    { "__or__", dict_or_m, 0, NULL },
    { "__ror__", dict_ror_m, 0, NULL },
    { "__ior__", dict_ior_m, 0, NULL },
    { "__repr__", dict_repr_m, 0, NULL },
    { "get", sp_dict_get_m, 0, NULL },
    { "setdefault", dict_setdefault_m, 0, NULL },
    { "pop", dict_pop_m, 0, NULL },
    { "popitem", dict_popitem_m, 0, NULL },
    { "keys", dict_keys_m, 0, NULL },
    { "values", dict_values_m, 0, NULL },
    { "items", dict_items_m, 0, NULL },
    { "update", dict_update_m, 0, NULL },
    { "clear", dict_clear_m, 0, NULL },
    { "copy", dict_copy_m, 0, NULL },
    { "fromkeys", dict_fromkeys_m, SP_METH_CLASS, NULL },
    { "__class_getitem__", dict_class_getitem_m, SP_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

const sp_typedef sp_dict_def = {
    .name = "dict",
    .layout = SP_LAYOUT_DICT,
    .size = sizeof(sp_dict_obj),
    .trace = sp_dict_trace,
    .methods = dict_methods,
    .flags = SP_TF_BASETYPE,
    .doc = "Built-in mapping type.",
};

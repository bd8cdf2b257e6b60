/* The dict layout: CPython's compact ordered design, in two heap buffers
 * per table (so making or resizing a table is two allocations).
 *
 *   entries  valarray[2 * usable]: entry i's key at 2i (NULL if deleted
 *            or unused), its value at 2i + 1: side by side, so a
 *            cached entry number reaches both with one array
 *   table    rawbuf: first usable int64, entry i's hash; then the index,
 *            2^log2_size slots each 1, 2, 4 or 8 bytes wide (the
 *            narrowest that can hold an entry number: sp_dict_ix_width_),
 *            so aligned for its width; a slot is EMPTY (-1), DUMMY (-2, a
 *            deleted entry's slot: probing goes on past it) or the number
 *            of an entry.
 *
 * Entries are appended in insertion order, so iterating the dense array
 * gives the dict's order.  Deleting leaves a hole (key NULL) and a DUMMY
 * slot; a resize rebuilds everything compactly.
 *
 * Invariants (checked by sp_dict_check):
 *   D1. entries == NULL  <=>  table == NULL  <=>  log2_size == 0  <=>
 *       usable == 0; then used == nentries == spent == 0.
 *   D2. used <= nentries, nentries + spent <= usable == (2^log2_size * 2) / 3,
 *       log2_size >= 3; entries holds >= 2 * usable values, table >=
 *       2^log2_size * width + 8 * usable bytes.
 *   D3. used == the number of i < nentries with key i != NULL, and
 *       key i == NULL for nentries <= i < usable.
 *   D4. every live entry i is reachable from slot hash_i & mask by the
 *       probe sequence, through slots that are not EMPTY; exactly one
 *       slot holds i.
 *   D5. version changes on every insertion of a new key, deletion, clear
 *       and resize (iterators and lookups detect mutation by it).
 *   D6. hbits holds sp_dict_hash_bits of every live entry's hash (and
 *       maybe of deleted ones': it is rebuilt only with the table).  So
 *       a hash whose two bits are not both in hbits is no entry's: no key
 *       can equal a key of that hash (a lookup compares keys only when
 *       hashes match), and the caches' "is this name in the instance
 *       dict?" is answered without probing (eval.c, dict_may_hold).
 *
 * Lookups call __eq__ (Python code) which may mutate the dict.  After
 * every such call the lookup checks that the entries array and the entry
 * it compared are unchanged, and restarts otherwise (CPython does the
 * same), so it never follows a stale slot. */
#ifndef SP_DICT_H
#define SP_DICT_H

#include "sp.h"

typedef struct sp_dict_obj {
    sp_obj h;
    size_t used;        /* live entries */
    size_t nentries;    /* entries used in the dense arrays, holes included */
    size_t usable;      /* capacity of the dense arrays */
    size_t spent;       /* entries popitem gave back while their index slot
                           stays DUMMY: they count against usable until the
                           next resize, or the index could run out of EMPTY
                           slots (CPython's dk_usable works the same way) */
    uint32_t log2_size; /* index slots = 1 << log2_size; 0 = no table */
    sp_val entries;     /* valarray or NULL: keys and values */
    sp_val table;       /* rawbuf or NULL: the index, then the hashes */
    uint64_t version;
    uint64_t hbits;     /* a filter of the keys' hashes (D6) */
} sp_dict_obj;

/* D6's two bits of a hash. */
static inline uint64_t sp_dict_hash_bits(int64_t hash)
{
    uint64_t h = (uint64_t)hash;
    return ((uint64_t)1 << (h & 63)) | ((uint64_t)1 << ((h >> 6) & 63));
}

static inline sp_dict_obj *sp_as_dict(sp_val v) { return SP_AS(sp_dict_obj, v, SP_LAYOUT_DICT); }

/* A new empty dict with room for n entries before its first resize (no
 * table when n is 0, as sp_dict_new). */
sp_val sp_dict_new_presized(sp_vm *vm, size_t n);

/* The GC trace of the dict part (for layouts that extend it). */
void sp_dict_trace(sp_heap *h, sp_obj *o);

/* Check D1-D4 and D6; sp_trap on violation (tests, debug builds). */
void sp_dict_check(sp_vm *vm, sp_val d);

/* Entry i (i < nentries) or NULL key for a hole. */
sp_val sp_dict_entry_key(sp_val d, size_t i);
sp_val sp_dict_entry_value(sp_val d, size_t i);

/* Lookup with a precomputed hash; NULL if absent. */
sp_val sp_dict_get_hashed(sp_vm *vm, sp_val d, sp_val key, int64_t hash);
void sp_dict_set_hashed(sp_vm *vm, sp_val d, sp_val key, int64_t hash, sp_val value);
/* d[key] = value for a key the caller knows is absent (its hash is
 * missing from the filter, D6: no lookup, so no __eq__ runs), appended
 * if the table has room; false, and nothing done, if it would need a
 * resize (or has no table yet). */
bool sp_dict_append_absent(sp_val d, sp_val key, int64_t hash, sp_val value);
/* The hash of a dict or set key (sp_cont_hash; an exact tuple's computed
 * directly), and the equality of two keys (sp_eq; two exact tuples
 * compared without tuple.__eq__'s lookup and call) -- for dict.c and
 * set.c. */
int64_t sp_dict_key_hash(sp_vm *vm, sp_val key);
bool sp_dict_key_eq(sp_vm *vm, sp_val k, sp_val key);
/* The entry number holding key, or -1 (the VM's inline caches). */
sp_ssize sp_dict_find_index(sp_vm *vm, sp_val d, sp_val key);
/* entries is a valarray or NULL (only dict.c stores it, as its own
 * accessors read it): n < nentries means it is there, and the span's
 * length checks every access. */
static inline sp_vals sp_dict_entries_(sp_val arr)
{
    if (arr == NULL)
        return SP_NOVALS;
    if (SP_DEBUG_CHECKS)   /* debug builds check the invariant */
        (void)SP_AS(sp_valarray, arr, SP_LAYOUT_VALARRAY);
    return sp_valarray_span((sp_valarray *)arr);
}
/* Bytes per index slot of a table of 2^log2 slots. */
static inline size_t sp_dict_ix_width_(uint32_t log2)
{
    return log2 <= 7 ? 1 : log2 <= 15 ? 2 : log2 <= 31 ? 4 : 8;
}
/* The hashes: the table as int64s, or an empty span without a table.
 * Hash i is element i (i < nentries <= usable); the index after them is
 * never read through this span. */
static inline sp_i64s sp_dict_hashes_(sp_dict_obj *o)
{
    if (o->table == NULL)
        return (sp_i64s){ NULL, 0 };
    if (SP_DEBUG_CHECKS)
        (void)SP_AS(sp_rawbuf, o->table, SP_LAYOUT_RAWBUF);
    return sp_rawbuf_i64s((sp_rawbuf *)o->table);
}
/* For the same caches, which keep an entry number: entry n's value if its
 * key is `key` itself, else NULL (a dict holds each key once, and a
 * deletion clears the entry's key, so that entry is key's); and that
 * entry's value replaced, false if entry n is not key's.  Replacing a
 * value leaves `version` as sp_dict_set does. */
static inline sp_val sp_dict_entry_if(sp_val d, size_t n, sp_val key)
{
    sp_dict_obj *o = sp_as_dict(d);
    if (n >= o->nentries)
        return NULL;
    sp_vals e = sp_dict_entries_(o->entries);
    if (sp_vals_get(e, 2 * n) != key)
        return NULL;
    return sp_vals_get(e, 2 * n + 1);
}
static inline bool sp_dict_entry_replace(sp_val d, size_t n, sp_val key, sp_val value)
{
    sp_dict_obj *o = sp_as_dict(d);
    if (n >= o->nentries)
        return false;
    sp_vals e = sp_dict_entries_(o->entries);
    if (sp_vals_get(e, 2 * n) != key)
        return false;
    sp_vals_set(e, 2 * n + 1, value);
    return true;
}
/* Remove and return the value, or NULL if absent. */
sp_val sp_dict_pop_item(sp_vm *vm, sp_val d, sp_val key);
/* dict.update semantics for any argument (mapping or pairs). */
void sp_dict_update_arg(sp_vm *vm, sp_val d, sp_val arg, const char *fname);

/* Views and iterators (dictview.c). */
typedef enum { SP_DV_KEYS, SP_DV_VALUES, SP_DV_ITEMS } sp_dv_kind;
sp_val sp_dict_view_new(sp_vm *vm, sp_val d, sp_dv_kind kind);
sp_val sp_dict_iter_new(sp_vm *vm, sp_val d, sp_dv_kind kind, bool reversed);

#endif

/* The dict layout: CPython's compact ordered design.
 *
 *   index    rawbuf of 2^log2_size slots, each 1, 2, 4 or 8 bytes wide
 *            (the narrowest that can hold an entry number); a slot is
 *            EMPTY (-1), DUMMY (-2, a deleted entry's slot: probing goes
 *            on past it) or the number of an entry.
 *   keys     valarray[usable]: entry i's key, NULL if deleted/unused
 *   values   valarray[usable]: entry i's value
 *   hashes   rawbuf of usable int64: entry i's hash
 *
 * Entries are appended in insertion order, so iterating the dense arrays
 * gives the dict's order.  Deleting leaves a hole (key NULL) and a DUMMY
 * slot; a resize rebuilds everything compactly.
 *
 * Invariants (checked by sp_dict_check):
 *   D1. index == NULL  <=>  log2_size == 0  <=>  usable == 0; then
 *       used == nentries == 0.
 *   D2. used <= nentries, nentries + spent <= usable == (2^log2_size * 2) / 3.
 *   D3. used == the number of i < nentries with keys[i] != NULL, and
 *       keys[i] == NULL for i >= nentries.
 *   D4. every live entry i is reachable from slot hash_i & mask by the
 *       probe sequence, through slots that are not EMPTY; exactly one
 *       slot holds i.
 *   D5. version changes on every insertion of a new key, deletion, clear
 *       and resize (iterators and lookups detect mutation by it).
 *
 * Lookups call __eq__ (Python code) which may mutate the dict.  After
 * every such call the lookup checks that the keys array and the entry it
 * compared are unchanged, and restarts otherwise (CPython does the same),
 * so it never follows a stale slot. */
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
    sp_val index;       /* rawbuf or NULL */
    sp_val keys;        /* valarray or NULL */
    sp_val values;      /* valarray or NULL */
    sp_val hashes;      /* rawbuf or NULL */
    uint64_t version;
} sp_dict_obj;

static inline sp_dict_obj *sp_as_dict(sp_val v) { return SP_AS(sp_dict_obj, v, SP_LAYOUT_DICT); }

/* The GC trace of the dict part (for layouts that extend it). */
void sp_dict_trace(sp_heap *h, sp_obj *o);

/* Check D1-D4; sp_trap on violation (tests, debug builds). */
void sp_dict_check(sp_vm *vm, sp_val d);

/* Entry i (i < nentries) or NULL key for a hole. */
sp_val sp_dict_entry_key(sp_val d, size_t i);
sp_val sp_dict_entry_value(sp_val d, size_t i);

/* Lookup with a precomputed hash; NULL if absent. */
sp_val sp_dict_get_hashed(sp_vm *vm, sp_val d, sp_val key, int64_t hash);
void sp_dict_set_hashed(sp_vm *vm, sp_val d, sp_val key, int64_t hash, sp_val value);
/* The hash of a dict or set key (sp_cont_hash; an exact tuple's computed
 * directly), and the equality of two keys (sp_eq; two exact tuples
 * compared without tuple.__eq__'s lookup and call) -- for dict.c and
 * set.c. */
int64_t sp_dict_key_hash(sp_vm *vm, sp_val key);
bool sp_dict_key_eq(sp_vm *vm, sp_val k, sp_val key);
/* The entry number holding key, or -1 (the VM's inline caches). */
sp_ssize sp_dict_find_index(sp_vm *vm, sp_val d, sp_val key);
/* For the same caches, which keep an entry number: entry n's value if its
 * key is `key` itself, else NULL (a dict holds each key once, and a
 * deletion clears the entry's key, so that entry is key's); and that
 * entry's value replaced, false if entry n is not key's.  Replacing a
 * value leaves `version` as sp_dict_set does. */
/* keys and values are valarrays or NULL (only dict.c stores them, as its
 * own keys_span/values_span read them): n < nentries means they are
 * there, and the spans' length checks every access. */
static inline sp_vals sp_dict_entries_(sp_val arr)
{
    if (arr == NULL)
        return SP_NOVALS;
    if (SP_DEBUG_CHECKS)   /* debug builds check the invariant */
        (void)SP_AS(sp_valarray, arr, SP_LAYOUT_VALARRAY);
    return sp_valarray_span((sp_valarray *)arr);
}
static inline sp_val sp_dict_entry_if(sp_val d, size_t n, sp_val key)
{
    sp_dict_obj *o = sp_as_dict(d);
    if (n >= o->nentries)
        return NULL;
    if (sp_vals_get(sp_dict_entries_(o->keys), n) != key)
        return NULL;
    return sp_vals_get(sp_dict_entries_(o->values), n);
}
static inline bool sp_dict_entry_replace(sp_val d, size_t n, sp_val key, sp_val value)
{
    sp_dict_obj *o = sp_as_dict(d);
    if (n >= o->nentries || sp_vals_get(sp_dict_entries_(o->keys), n) != key)
        return false;
    sp_vals_set(sp_dict_entries_(o->values), n, value);
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

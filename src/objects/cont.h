/* Internal helpers shared by the container types (tuple.c, list.c,
 * dict.c, set.c, range.c, slice.c, iterobject.c).  Not part of the API
 * other subsystems code against, except where noted. */
#ifndef SP_CONT_H
#define SP_CONT_H

#include "sp.h"

/* ---- private layouts ---------------------------------------------------*/

typedef struct sp_slice_obj {
    sp_obj h;
    sp_val start, stop, step;   /* any objects (None when omitted) */
} sp_slice_obj;

/* A range.  The bounds are Python ints (possibly big); `small` is set when
 * start, stop, step and len all fit int64, which lets the hot paths work
 * on the C copies. */
typedef struct sp_range_obj {
    sp_obj h;
    sp_val start, stop, step, len;
    bool small;
    int64_t istart, istop, istep, ilen;
} sp_range_obj;

/* Iterator over a sequence (tuple, list, reversed list, __getitem__). */
typedef struct sp_seqiter_obj {
    sp_obj h;
    sp_val seq;                 /* NULL once exhausted */
    sp_ssize index;
} sp_seqiter_obj;

/* A range_iterator (and longrange_iterator).  Small mode: the C
 * copies; big mode (cur != NULL): Python ints. */
typedef struct sp_rangeiter_obj {
    sp_obj h;
    /* small mode */
    int64_t next, step;
    uint64_t left;
    /* big mode (cur != NULL): Python ints */
    sp_val cur, bstep, bleft;
} sp_rangeiter_obj;

/* ---- checked downcasts of private layouts -------------------------------*/
sp_obj *sp_cont_as(sp_val v, const sp_typedef *def, const char *what);
#define SP_CONT_AS(T, v, def) ((T *)sp_cont_as((v), &(def), #T))

/* ---- shared helpers ------------------------------------------------------*/

/* Small ints made directly; big ones through int.c. */
static inline sp_val sp_cont_size(sp_vm *vm, size_t n)
{
    return n <= (size_t)SP_SMALL_MAX ? sp_small((int64_t)n) : sp_int_from_size(vm, n);
}
static inline sp_val sp_cont_i64(sp_vm *vm, int64_t i)
{
    return sp_fits_small(i) ? sp_small(i) : sp_int_from_i64(vm, i);
}

/* Argument checks of methods (args[0] is self, not counted), with
 * CPython's messages.  `qual` is "list.append", `name` is "append". */
void sp_cont_nokw(sp_vm *vm, sp_val kwnames, const char *qual);
/* "list.copy() takes no arguments (1 given)" */
void sp_cont_noargs(sp_vm *vm, sp_vals args, sp_val kwnames, const char *qual);
/* "list.append() takes exactly one argument (0 given)"; returns args[1].
 * The usual case inline. */
sp_val sp_cont_onearg_check(sp_vm *vm, sp_vals args, sp_val kwnames, const char *qual);
/* The one argument of a built-in function f (no self), with CPython's
 * METH_O messages ("f() takes exactly one argument (N given)"). */
sp_val sp_cont_func_onearg(sp_vm *vm, sp_vals args, sp_val kwnames, const char *f);
static inline sp_val sp_cont_onearg(sp_vm *vm, sp_vals args, sp_val kwnames, const char *qual)
{
    if (kwnames == NULL && args.len == 2)
        return sp_vals_get(args, 1);
    return sp_cont_onearg_check(vm, args, kwnames, qual);
}
/* "index expected at least 1 argument, got 0" / "at most 3 arguments" /
 * "insert expected 2 arguments, got 1".  Keywords refused with qual. */
void sp_cont_nargs(sp_vm *vm, sp_vals args, sp_val kwnames, const char *qual, size_t min, size_t max);
/* The start/stop arguments (args[2], args[3], optional) of index(),
 * clamped to 0..len as slice indices are. */
void sp_cont_index_bounds(sp_vm *vm, sp_vals args, size_t len, size_t *start, size_t *stop);
/* For seq + x / seq * x with x of the wrong type: true if x's class (a
 * Python class) defines the reflected method, which CPython's sequence
 * concat/repeat fallback lets run first; built-in types never do. */
static inline bool reflected_first(sp_vm *vm, sp_val x, sp_val name)
{
    sp_type *t = sp_type_of(vm, x);
    return (t->flags & SP_TF_HEAPTYPE) && sp_type_lookup(vm, t, name) != NULL;
}
/* args[i] if present, else NULL. */
static inline sp_val sp_cont_arg(sp_vals args, size_t i) { return i < args.len ? sp_vals_get(args, i) : NULL; }

/* Raise StopIteration() (what every built-in iterator's __next__ does at
 * the end; sp_next turns it into NULL). */
_Noreturn void sp_cont_stop(sp_vm *vm);

/* If key is an index (int or __index__), store it and return true;
 * huge ints raise IndexError "cannot fit 'int' into an index-sized
 * integer", as CPython's sequence subscripts do. */
bool sp_cont_index(sp_vm *vm, sp_val key, sp_ssize *out);

/* Normalise a possibly-negative index for a sequence of `len` items;
 * false if out of range. */
static inline bool sp_cont_fix_index(sp_ssize *i, size_t len)
{
    if (*i < 0)
        *i += (sp_ssize)len;
    return *i >= 0 && (size_t)*i < len;
}

/* Repr recursion guard ("[...]", "{...}"): a mark bit in the header's
 * aux word.  sp_cont_repr_enter returns false if v is already being
 * repr'd (deeper in the C stack).  sp_cont_guarded_repr runs fn(vm, v)
 * with the mark set and always clears it, even if fn raises. */
#define SP_AUX_REPR 0x1u
sp_val sp_cont_guarded_repr(sp_vm *vm, sp_val v, const char *recursed, sp_val (*fn)(sp_vm *vm, sp_val v));

/* Lexicographic comparison of two value sequences, reading the live
 * storage through `get` each step (the callbacks may mutate either). */
typedef sp_vals (*sp_cont_items_fn)(sp_val seq);
sp_val sp_cont_seq_richcmp(sp_vm *vm, sp_val a, sp_val b, sp_cont_items_fn items, sp_cmpop op);

/* "(a, b)" / "[a, b]" body: repr of each item separated by ", ". */
void sp_cont_repr_items(sp_vm *vm, sp_strbuf *b, sp_val seq, sp_cont_items_fn items);

/* cmp op from the dunder name. */
sp_cmpop sp_cont_op_of(int which);

/* The iteration step used by C code that walks a built-in iterator
 * without going through StopIteration: returns the next item, NULL at the
 * end.  Handles every iterator type of the containers; for any other
 * object it sets *handled = false and returns NULL. */
sp_val sp_cont_iternext(sp_vm *vm, sp_val it, bool *handled);

/* sp_next with the built-in iterators done inline (no StopIteration). */
static inline sp_val sp_cont_next(sp_vm *vm, sp_val it)
{
    bool handled;
    sp_val v = sp_cont_iternext(vm, it, &handled);
    return handled ? v : sp_next(vm, it);
}

/* Per-type fast next functions (NULL at the end). */
sp_val sp_tuple_iter_next(sp_vm *vm, sp_val it);
sp_val sp_list_iter_next(sp_vm *vm, sp_val it);
sp_val sp_list_reviter_next(sp_vm *vm, sp_val it);
/* str.c, bytes.c: the str / bytes / bytearray iterators' steps. */
sp_val sp_str_iter_next(sp_vm *vm, sp_val it);
sp_val sp_bytes_iter_next(sp_vm *vm, sp_val it);
sp_val sp_dict_iter_next(sp_vm *vm, sp_val it);
/* iterobject.c: the steps of an exact enumerate, zip and reversed (the
 * tuples their __next__ gives, without the method call); *handled =
 * false for anything else. */
sp_val sp_iterobj_next(sp_vm *vm, sp_val it, bool *handled);
sp_val sp_set_iter_next(sp_vm *vm, sp_val it);
sp_val sp_range_iter_next(sp_vm *vm, sp_val it);

/* Constructors used across files. */
sp_val sp_tuple_iter_new(sp_vm *vm, sp_val t);
sp_val sp_list_iter_new(sp_vm *vm, sp_val l);
/* iter() over __getitem__ (type "iterator") and iter(f, sentinel). */
sp_val sp_seqiter_new(sp_vm *vm, sp_val seq);
sp_val sp_calliter_new(sp_vm *vm, sp_val func, sp_val sentinel);
sp_val sp_range_new(sp_vm *vm, sp_val start, sp_val stop, sp_val step);
bool sp_is_range(sp_val v);
/* Slice of a list / tuple / str given normalised indices (n items from
 * start, step apart, as sp_slice_adjust leaves them). */
sp_val sp_list_slice(sp_vm *vm, sp_val l, sp_ssize start, sp_ssize stop, sp_ssize step, size_t n);
sp_val sp_tuple_slice(sp_vm *vm, sp_val t, sp_ssize start, sp_ssize step, size_t n);
sp_val sp_str_slice(sp_vm *vm, sp_val s, sp_ssize start, sp_ssize step, size_t n);
/* l[start:stop:step] = value (del if value is NULL), bounds as
 * sp_slice_unpack gives them (not yet adjusted). */
void sp_list_set_slice(sp_vm *vm, sp_val l, sp_ssize start, sp_ssize stop, sp_ssize step, sp_val value);
/* list / tuple containment and index with re-checked length. */
bool sp_cont_seq_contains(sp_vm *vm, sp_val seq, sp_cont_items_fn items, sp_val v);
sp_vals sp_cont_list_items(sp_val l);
sp_vals sp_cont_tuple_items(sp_val t);
/* __class_getitem__ of the containers: a types.GenericAlias. */
sp_val sp_cont_class_getitem(sp_vm *vm, sp_vals args, sp_val kwnames);
/* hash(key) with fast paths for small ints and exact str. */
int64_t sp_cont_hash(sp_vm *vm, sp_val key);
/* Tuple hash (xxHash-based, matches CPython 3.11). */
int64_t sp_tuple_hash(sp_vm *vm, sp_val t);
/* Is v an instance of set or frozenset (subclasses included)? */
bool sp_is_anyset(sp_val v);
/* The set protocol for frozenset hashing. */
int64_t sp_frozenset_hash(sp_vm *vm, sp_val s);

/* ---- the loop's fast paths (eval.c; used there, so "noted") ---------------*/

/* The items of list l (a list layout: checked), as list.c's
 * sp_list_items, inline. */
static inline __attribute__((always_inline)) sp_vals sp_cont_list_items_hot(sp_val l)
{
    sp_list_obj *p = sp_as_list(l);
    if (p->items == NULL)
        return SP_NOVALS;
    return sp_vals_sub(sp_valarray_span((sp_valarray *)p->items), p->head, p->len);
}

/* The next item of `it` if it is an exact list_iterator or a small-mode
 * range_iterator, as sp_list_iter_next and sp_range_iter_next give it:
 * *done is set when it is exhausted (and the result NULL).  false: not
 * one of those; nothing done.  The casts follow the exact type checks.
 * No tick counted: the Python loop's backward jump counts its own. */
static inline bool sp_cont_for_iter(sp_vm *vm, sp_val it, sp_val *out)
{
    if (!sp_is_ptr(it))
        return false;
    if (it->type == vm->t.list_iterator) {
        sp_seqiter_obj *si = (sp_seqiter_obj *)it;
        if (si->seq == NULL) {
            *out = NULL;
            return true;
        }
        sp_vals items = sp_cont_list_items_hot(si->seq);
        if (si->index >= 0 && (size_t)si->index < items.len) {
            *out = sp_vals_get(items, (size_t)si->index);
            si->index++;
            return true;
        }
        si->seq = NULL;
        *out = NULL;
        return true;
    }
    if (it->type == vm->t.range_iterator) {
        sp_rangeiter_obj *ri = (sp_rangeiter_obj *)it;
        if (ri->cur != NULL)
            return false;
        if (ri->left == 0) {
            *out = NULL;
            return true;
        }
        int64_t v = ri->next;
        if (!sp_fits_small(v))
            return false;
        ri->left--;
        /* The step past the last element may overflow: wrap as unsigned
         * (that value is never returned). */
        ri->next = (int64_t)((uint64_t)ri->next + (uint64_t)ri->step);
        *out = sp_small(v);
        return true;
    }
    return false;
}

/* FOR_ITER followed by UNPACK_SEQUENCE 2 (eval.c): if `it` is an exact
 * enumerate, an exact zip of two iterators or an exact dict_itemiterator,
 * its next step's two items -- those of the pair its __next__ would
 * give -- in *first and *second, without making the pair: 1; 0 at the
 * end (with __next__'s errors: a dict that changed size, zip(strict=True)
 * of unequal lengths); -1 for anything else, nothing done. */
int sp_cont_next_pair(sp_vm *vm, sp_val it, sp_val *first, sp_val *second);
/* dictview.c: that step of an exact dict_itemiterator (1 / 0; -1 for
 * anything else). */
int sp_dict_iter_next_pair(sp_vm *vm, sp_val it, sp_val *key, sp_val *value);

#endif

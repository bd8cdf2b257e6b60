/* list.sort: a stable, adaptive merge sort (natural runs, binary
 * insertion to a minimum run length, and the run-stack merge rules that
 * keep merges balanced).
 *
 * Safety under callbacks: the key function and __lt__ are Python code
 * that may do anything to the list.  While sorting, the list is emptied
 * (its storage replaced by an empty sentinel array) and the sort works on
 * private copies of the keys and values.  At the end the sorted values go
 * back into the original storage; if the list's storage is no longer the
 * sentinel (someone appended, cleared, ...) that is CPython's "list
 * modified during sort" ValueError.  If a comparison raises, the list gets
 * its original contents back, unsorted, and the error goes on. */
#include "objects/cont.h"

typedef struct sorter {
    sp_vm *vm;
    sp_vals k, v;      /* keys; values (v.len == 0: no key function) */
    sp_vals tk, tv;    /* scratch, same lengths */
} sorter;

/* a < b, with fast paths for the homogeneous cases that need no call. */
static bool lt(sp_vm *vm, sp_val a, sp_val b)
{
    if (sp_is_small(a) && sp_is_small(b))
        return sp_small_get(a) < sp_small_get(b);
    if (sp_is_ptr(a) && sp_is_ptr(b) && a->type == b->type) {
        if (a->type == vm->t.str)
            return sp_str_cmp(a, b) < 0;
        if (a->type == vm->t.float_)
            return sp_float_get(a) < sp_float_get(b);
    }
    return sp_richcmp_bool(vm, a, b, SP_LT);
}

static void put(sorter *s, sp_vals dk, sp_vals dv, size_t i, sp_vals sk, sp_vals sv, size_t j)
{
    sp_vals_set(dk, i, sp_vals_get(sk, j));
    if (s->v.len > 0)
        sp_vals_set(dv, i, sp_vals_get(sv, j));
}

/* n items from (sk, sv) at j to (dk, dv) at i; the spans may overlap. */
static void move_block(sorter *s, sp_vals dk, sp_vals dv, size_t i, sp_vals sk, sp_vals sv, size_t j, size_t n)
{
    if (n == 0)
        return;
    sp_vals_copy(sp_vals_sub(dk, i, n), sp_vals_sub(sk, j, n));
    if (s->v.len > 0)
        sp_vals_copy(sp_vals_sub(dv, i, n), sp_vals_sub(sv, j, n));
}

static void reverse_range(sorter *s, size_t lo, size_t hi)
{
    while (hi > lo + 1) {
        hi--;
        sp_val t = sp_vals_get(s->k, lo);
        sp_vals_set(s->k, lo, sp_vals_get(s->k, hi));
        sp_vals_set(s->k, hi, t);
        if (s->v.len > 0) {
            t = sp_vals_get(s->v, lo);
            sp_vals_set(s->v, lo, sp_vals_get(s->v, hi));
            sp_vals_set(s->v, hi, t);
        }
        lo++;
    }
}

/* [lo, start) is sorted; insert start..hi-1 one by one (stable: after
 * every equal element). */
static void binary_insertion(sorter *s, size_t lo, size_t start, size_t hi)
{
    for (; start < hi; start++) {
        sp_val pk = sp_vals_get(s->k, start);
        sp_val pv = s->v.len > 0 ? sp_vals_get(s->v, start) : NULL;
        size_t l = lo, r = start;
        while (l < r) {
            size_t mid = l + (r - l) / 2;
            if (lt(s->vm, pk, sp_vals_get(s->k, mid)))
                r = mid;
            else
                l = mid + 1;
        }
        if (start > l) {
            /* Shift [l, start) up by one (memmove semantics). */
            sp_vals_copy(sp_vals_sub(s->k, l + 1, start - l), sp_vals_sub(s->k, l, start - l));
            if (s->v.len > 0)
                sp_vals_copy(sp_vals_sub(s->v, l + 1, start - l), sp_vals_sub(s->v, l, start - l));
        }
        sp_vals_set(s->k, l, pk);
        if (s->v.len > 0)
            sp_vals_set(s->v, l, pv);
    }
}

/* Length of the run starting at lo; a strictly descending run is
 * reversed in place (strictly, so that stability holds). */
static size_t count_run(sorter *s, size_t lo, size_t hi)
{
    if (hi - lo < 2)
        return hi - lo;
    size_t i = lo + 1;
    if (lt(s->vm, sp_vals_get(s->k, i), sp_vals_get(s->k, lo))) {
        while (i + 1 < hi && lt(s->vm, sp_vals_get(s->k, i + 1), sp_vals_get(s->k, i)))
            i++;
        reverse_range(s, lo, i + 1);
    } else {
        while (i + 1 < hi && !lt(s->vm, sp_vals_get(s->k, i + 1), sp_vals_get(s->k, i)))
            i++;
    }
    return i + 1 - lo;
}

/* First x in [lo, hi) with key < r[x]: where key goes after its equals.
 * Exponential search from lo, then binary search (CPython's "galloping"):
 * O(log d) comparisons for an answer d away from lo. */
static size_t gallop_right(sorter *s, sp_val key, sp_vals r, size_t lo, size_t hi)
{
    if (lo >= hi || lt(s->vm, key, sp_vals_get(r, lo)))
        return lo;
    size_t n = hi - lo, last = 0, ofs = 1;
    while (ofs < n && !lt(s->vm, key, sp_vals_get(r, lo + ofs))) {
        last = ofs;
        ofs = ofs * 2 + 1;
    }
    if (ofs > n)
        ofs = n;
    /* r[lo + last] <= key, and key < r[lo + ofs] (or lo + ofs == hi). */
    size_t a = lo + last + 1, b = lo + ofs;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (lt(s->vm, key, sp_vals_get(r, mid)))
            b = mid;
        else
            a = mid + 1;
    }
    return a;
}

/* First y in [lo, hi) with !(r[y] < key): where key goes before its
 * equals. */
static size_t gallop_left(sorter *s, sp_val key, sp_vals r, size_t lo, size_t hi)
{
    if (lo >= hi || !lt(s->vm, sp_vals_get(r, lo), key))
        return lo;
    size_t n = hi - lo, last = 0, ofs = 1;
    while (ofs < n && lt(s->vm, sp_vals_get(r, lo + ofs), key)) {
        last = ofs;
        ofs = ofs * 2 + 1;
    }
    if (ofs > n)
        ofs = n;
    size_t a = lo + last + 1, b = lo + ofs;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (lt(s->vm, sp_vals_get(r, mid), key))
            a = mid + 1;
        else
            b = mid;
    }
    return a;
}

/* One side winning this many times in a row switches to galloping. */
#define MIN_GALLOP 7

/* Merge the adjacent sorted runs [lo, mid) and [mid, hi).  Elements
 * already in place at both ends are trimmed first; during the merge, a
 * side that keeps winning is copied in blocks found by galloping.  Ties
 * always go to the left run: stability. */
static void merge(sorter *s, size_t lo, size_t mid, size_t hi)
{
    lo = gallop_right(s, sp_vals_get(s->k, mid), s->k, lo, mid);
    if (lo == mid)
        return;
    hi = gallop_left(s, sp_vals_get(s->k, mid - 1), s->k, mid, hi);
    if (hi == mid)
        return;
    size_t nl = mid - lo;
    sp_vals_copy(sp_vals_sub(s->tk, 0, nl), sp_vals_sub(s->k, lo, nl));
    if (s->v.len > 0)
        sp_vals_copy(sp_vals_sub(s->tv, 0, nl), sp_vals_sub(s->v, lo, nl));
    size_t i = 0, j = mid, d = lo;
    size_t wins_l = 0, wins_r = 0;
    while (i < nl && j < hi) {
        /* Take from the right only if strictly smaller: stability. */
        if (lt(s->vm, sp_vals_get(s->k, j), sp_vals_get(s->tk, i))) {
            put(s, s->k, s->v, d++, s->k, s->v, j++);
            wins_r++;
            wins_l = 0;
            if (wins_r >= MIN_GALLOP && i < nl) {
                /* Right items strictly below tk[i] move as a block (d <= j:
                 * copying forwards never overwrites an unread item). */
                size_t y = gallop_left(s, sp_vals_get(s->tk, i), s->k, j, hi);
                move_block(s, s->k, s->v, d, s->k, s->v, j, y - j);
                d += y - j;
                j = y;
                wins_r = 0;
            }
        } else {
            put(s, s->k, s->v, d++, s->tk, s->tv, i++);
            wins_l++;
            wins_r = 0;
            if (wins_l >= MIN_GALLOP && j < hi) {
                /* Left items not above k[j] move as a block. */
                size_t x = gallop_right(s, sp_vals_get(s->k, j), s->tk, i, nl);
                move_block(s, s->k, s->v, d, s->tk, s->tv, i, x - i);
                d += x - i;
                i = x;
                wins_l = 0;
            }
        }
    }
    move_block(s, s->k, s->v, d, s->tk, s->tv, i, nl - i);
}

static size_t min_run(size_t n)
{
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

#define MAX_RUNS 128

static void sort_all(sorter *s, size_t n)
{
    size_t base_arr[MAX_RUNS], len_arr[MAX_RUNS];
    sp_sizes base = SP_ARRAY_SPAN(sp_sizes, base_arr), len = SP_ARRAY_SPAN(sp_sizes, len_arr);
    size_t nruns = 0;
    size_t minrun = min_run(n);
    size_t lo = 0;
    while (lo < n) {
        size_t run = count_run(s, lo, n);
        if (run < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            binary_insertion(s, lo, lo + run, lo + force);
            run = force;
        }
        sp_sizes_set(base, nruns, lo);
        sp_sizes_set(len, nruns, run);
        nruns++;
        lo += run;
        /* Keep the run lengths growing at least like Fibonacci numbers
         * from the top of the stack down (bounds the stack depth). */
        while (nruns > 1) {
            size_t i = nruns - 2;
            if ((i > 0 && sp_sizes_get(len, i - 1) <= sp_sizes_get(len, i) + sp_sizes_get(len, i + 1))
                || (i > 1 && sp_sizes_get(len, i - 2) <= sp_sizes_get(len, i - 1) + sp_sizes_get(len, i))) {
                if (sp_sizes_get(len, i - 1) < sp_sizes_get(len, i + 1))
                    i--;
            } else if (sp_sizes_get(len, i) > sp_sizes_get(len, i + 1)) {
                break;
            }
            size_t b = sp_sizes_get(base, i), la = sp_sizes_get(len, i), lb = sp_sizes_get(len, i + 1);
            merge(s, b, b + la, b + la + lb);
            sp_sizes_set(len, i, la + lb);
            for (size_t j = i + 1; j + 1 < nruns; j++) {
                sp_sizes_set(base, j, sp_sizes_get(base, j + 1));
                sp_sizes_set(len, j, sp_sizes_get(len, j + 1));
            }
            nruns--;
        }
    }
    while (nruns > 1) {
        size_t i = nruns - 2;
        if (i > 0 && sp_sizes_get(len, i - 1) < sp_sizes_get(len, i + 1))
            i--;
        size_t b = sp_sizes_get(base, i), la = sp_sizes_get(len, i), lb = sp_sizes_get(len, i + 1);
        merge(s, b, b + la, b + la + lb);
        sp_sizes_set(len, i, la + lb);
        for (size_t j = i + 1; j + 1 < nruns; j++) {
            sp_sizes_set(base, j, sp_sizes_get(base, j + 1));
            sp_sizes_set(len, j, sp_sizes_get(len, j + 1));
        }
        nruns--;
    }
}

static sp_vals fresh(sp_vm *vm, size_t n)
{
    return sp_vals_sub(sp_valarray_span(sp_valarray_new(vm, n)), 0, n);
}

static void vals_reverse(sp_vals v)
{
    if (v.len < 2)
        return;
    for (size_t i = 0, j = v.len - 1; i < j; i++, j--) {
        sp_val t = sp_vals_get(v, i);
        sp_vals_set(v, i, sp_vals_get(v, j));
        sp_vals_set(v, j, t);
    }
}

/* The sort proper, on private copies; returns the sorted values. */
static sp_vals sort_copy(sp_vm *vm, sp_vals orig, sp_val key, bool reverse)
{
    size_t n = orig.len;
    sorter s;
    s.vm = vm;
    s.v = SP_NOVALS;
    s.tv = SP_NOVALS;
    sp_vals vals = fresh(vm, n);
    sp_vals_copy(vals, orig);
    if (key != NULL) {
        s.k = fresh(vm, n);
        for (size_t i = 0; i < n; i++)
            sp_vals_set(s.k, i, sp_call1(vm, key, sp_vals_get(vals, i)));
        s.v = vals;
        s.tv = fresh(vm, n);
    } else {
        s.k = vals;
    }
    s.tk = fresh(vm, n);
    /* reverse=True keeps stability by sorting the reversed list and
     * reversing back, as CPython does. */
    if (reverse) {
        vals_reverse(s.k);
        if (s.v.len > 0)
            vals_reverse(s.v);
    }
    sort_all(&s, n);
    if (reverse) {
        vals_reverse(s.k);
        if (s.v.len > 0)
            vals_reverse(s.v);
    }
    return vals;
}

void sp_list_sort(sp_vm *vm, sp_val l, sp_val key, bool reverse)
{
    sp_list_obj *p = sp_as_list(l);
    size_t n = p->len, head = p->head;
    sp_val saved = p->items;
    if (n < 2 && key == NULL)
        return;
    sp_val sentinel = (sp_val)sp_valarray_new(vm, 0);
    sp_vals orig = sp_list_items(l);
    p->items = sentinel;
    p->len = 0;
    p->head = 0;
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        sp_vals sorted = sort_copy(vm, orig, key, reverse);
        sp_handler_pop(vm, &h);
        bool modified = p->items != sentinel || p->len != 0;
        if (n > 0)
            sp_vals_copy(orig, sorted);
        p->items = saved;
        p->len = n;
        p->head = head;
        if (modified)
            sp_raise_fmt(vm, vm->e.ValueError, "list modified during sort");
        return;
    }
    /* A key function or comparison raised: put the list back as it was. */
    p->items = saved;
    p->len = n;
    p->head = head;
    sp_raise(vm, vm->exc);
}

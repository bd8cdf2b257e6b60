/* Type objects: readying the built-in types, class creation (C3 MRO,
 * layouts, __slots__, metaclasses), attribute lookup along the MRO, and
 * `type`'s own methods.
 *
 * Layout of instances of heap types: see typeobj.h ("instance extras").
 */
#include <stddef.h>
#include <stdio.h>
#include "sp.h"
#include "objects/typeobj.h"
#include "objects/dict.h"

static size_t round8(size_t n) { return (n + 7u) & ~(size_t)7u; }

/* ---- checked downcasts ------------------------------------------------- */

sp_obj *sp_as_layout(sp_val v, sp_layout layout, const char *what)
{
    if (!sp_is_ptr(v) || v->type == NULL || v->type->def->layout != layout) {
        if (sp_is_small(v) && layout == SP_LAYOUT_INT)
            sp_trap("sp_as_layout: small int used as a heap int");
        /* Name the expected C type in the trap: the caller's bug. */
        char buf[128];
        snprintf(buf, sizeof buf, "bad downcast to %s", what);
        sp_trap_str(buf);
    }
    /* Here the fast check (sp.h) failed although def says yes: a type
     * made without its layout_tag.  Harmless (this path is the check) but
     * slow; debug builds (ASan runs) say so. */
    if (SP_DEBUG_CHECKS && v->type->layout_tag != (uint32_t)layout + 1)
        sp_trap("sp_as_layout: a type's layout_tag was not set");
    return v;
}

void sp_expect_str(sp_vm *vm, sp_val v, const char *what)
{
    if (!sp_is_str(v))
        sp_raise_fmt(vm, vm->e.TypeError, "%s must be str, not %T", what, v);
}

/* ---- subtype tests ------------------------------------------------------ */

bool sp_is_subtype(sp_type *a, sp_type *b)
{
    if (a == b)
        return true;
    if (a->mro == NULL) {
        /* During bootstrap: walk the base chain. */
        for (sp_type *t = a->base; t; t = t->base)
            if (t == b)
                return true;
        return false;
    }
    sp_vals mro = sp_tuple_items(a->mro);
    for (size_t i = 0; i < mro.len; i++)
        if ((sp_type *)sp_vals_get(mro, i) == b)
            return true;
    return false;
}

bool sp_isinstance(sp_vm *vm, sp_val v, sp_type *t)
{
    return sp_is_subtype(sp_type_of(vm, v), t);
}

/* ---- instance extras ------------------------------------------------------ */

size_t sp_type_extra_size(sp_type *type)
{
    if (!(type->flags & SP_TF_HEAPTYPE))
        return 0;
    return type->nslots * sizeof(sp_val);
}

/* Where the extras of a tuple-subclass instance start: after the items
 * (tuple.c allocates instance_size + len words).  int, str and bytes
 * subclass instances are fixed-size (their value is boxed). */
static size_t var_end(sp_obj *o)
{
    sp_tuple_obj *t = (sp_tuple_obj *)o;
    return round8(sizeof(sp_tuple_obj) + t->len * sizeof(sp_val));
}

static bool layout_is_var(sp_layout l)
{
    return l == SP_LAYOUT_TUPLE;
}

/* CPython refuses nonempty __slots__ where the base has variable-size
 * items. */
static bool layout_has_items(sp_layout l)
{
    return l == SP_LAYOUT_TUPLE || l == SP_LAYOUT_INT || l == SP_LAYOUT_BYTES;
}

/* The extras of o: nslots words at slots_offset (fixed layouts) or after
 * the variable part.  sp_heap_words checks them against the object's real
 * allocation, so an owner that allocated a subclass instance too small
 * gets a safety trap here, not a stray write. */
/* Instances of plain classes (the OBJECT layout) remember the size of
 * their allocation, as sp_heap_size_of reported it, in words, in the high
 * half of the header's aux word (0: not asked yet; capped, so it is a lower
 * bound).  Asking the collector costs a page-table search on every
 * attribute access; the answer can't change, since objects neither move
 * nor grow, and it doesn't depend on the type (__class__ assignment keeps
 * the layout anyway).  aux belongs to the object's type: for the OBJECT
 * layout that is type.c, and the only other bit set on such instances is
 * the repr mark (SP_AUX_REPR, bit 0), which is kept.  The extras are then
 * a checked sub-span of the remembered words. */
#define AUX_WORDS_SHIFT SP_AUX_WORDS_SHIFT     /* typeobj.h: the loop reads the memo too */
#define AUX_WORDS_MAX 0xffffu
typedef sp_instance_words instance_words;
#define HEADER_WORDS SP_HEADER_WORDS
_Static_assert(sizeof(sp_obj) % sizeof(sp_val) == 0, "header is whole words");
_Static_assert(offsetof(instance_words, words) == sizeof(sp_obj), "words follow the header");

/* The words after o's header, as far as its allocation goes (the memo
 * above; asked once).  Only for OBJECT-layout instances. */
__attribute__((noinline)) static size_t remember_words(sp_heap *h, sp_obj *o)
{
    size_t words = sp_heap_size_of(h, o) / sizeof(sp_val);
    if (words > AUX_WORDS_MAX)
        words = AUX_WORDS_MAX;
    o->aux = (o->aux & ((1u << AUX_WORDS_SHIFT) - 1)) | (uint32_t)words << AUX_WORDS_SHIFT;
    return words;
}

void sp_obj_note_alloc(sp_obj *o, size_t bytes)
{
    if (o->type == NULL || o->type->def->layout != SP_LAYOUT_OBJECT)
        return;
    size_t words = bytes / sizeof(sp_val);
    if (words > AUX_WORDS_MAX)
        words = AUX_WORDS_MAX;
    if (words >= HEADER_WORDS)
        o->aux = (o->aux & ((1u << AUX_WORDS_SHIFT) - 1)) | (uint32_t)words << AUX_WORDS_SHIFT;
}

static inline sp_vals words_after_header(sp_heap *h, sp_obj *o)
{
    size_t words = o->aux >> AUX_WORDS_SHIFT;
    if (words == 0)
        words = remember_words(h, o);
    if (words < HEADER_WORDS)
        sp_trap("instance smaller than its header");
    return sp_trailing_vals(((instance_words *)o)->words, words - HEADER_WORDS);
}

/* Whether instances of the heap type t take extras_of's fast path
 * (SP_TF_PLAIN_EXTRAS): the OBJECT layout, whose extras are whole words
 * after the header (so the allocation memo applies), and some extras.
 * Decided once, when the class is made: the fields it reads never
 * change afterwards.  SP_TF_DICT_EXTRA: besides, the __dict__ word is one
 * of these extras (dict_slot's fast path). */
static uint32_t extras_flags(sp_type *t)
{
    uint32_t f = 0;
    if (t->def->layout == SP_LAYOUT_OBJECT && t->nslots != 0 && t->slots_offset % sizeof(sp_val) == 0
        && t->slots_offset >= sizeof(sp_obj))
        f |= SP_TF_PLAIN_EXTRAS;
    if ((f & SP_TF_PLAIN_EXTRAS) && t->dict_offset != 0 && t->dict_offset >= t->slots_offset
        && t->dict_offset % sizeof(sp_val) == 0 && !(t->def->flags & SP_TF_HAS_DICT)
        && (t->dict_offset - t->slots_offset) / sizeof(sp_val) < t->nslots)
        f |= SP_TF_DICT_EXTRA;
    return f;
}

__attribute__((noinline)) static sp_vals extras_slow(sp_heap *h, sp_obj *o)
{
    sp_type *t = o->type;
    if (t == NULL || !(t->flags & SP_TF_HEAPTYPE) || t->nslots == 0)
        return SP_NOVALS;
    if (t->def->layout == SP_LAYOUT_OBJECT && t->slots_offset % sizeof(sp_val) == 0
        && t->slots_offset >= sizeof(sp_obj)) {
        sp_vals all = words_after_header(h, o);
        if (all.len != 0)
            return sp_vals_sub(all, t->slots_offset / sizeof(sp_val) - HEADER_WORDS, t->nslots);
    }
    size_t start = layout_is_var(t->def->layout) ? var_end(o) : t->slots_offset;
    return sp_heap_words(h, o, start, t->nslots);
}

static inline sp_vals extras_of(sp_heap *h, sp_obj *o)
{
    sp_type *t = o->type;
    if (t != NULL && (t->flags & SP_TF_PLAIN_EXTRAS))
        return sp_vals_sub(words_after_header(h, o), t->slots_offset / sizeof(sp_val) - HEADER_WORDS, t->nslots);
    return extras_slow(h, o);
}

sp_vals sp_obj_extras(sp_vm *vm, sp_val obj)
{
    if (!sp_is_ptr(obj))
        return SP_NOVALS;
    return extras_of(vm->heap, obj);
}

void sp_type_trace_extras(sp_heap *h, sp_obj *o)
{
    sp_vals ex = extras_of(h, o);
    for (size_t i = 0; i < ex.len; i++)
        sp_gc_mark(h, sp_vals_get(ex, i));
}

/* The word holding obj's __dict__, or NULL if it has none. */
__attribute__((noinline)) static sp_val *dict_slot_slow(sp_vm *vm, sp_val obj)
{
    sp_type *t = obj->type;
    if (t->dict_offset == 0 || t->def->layout == SP_LAYOUT_TYPE)
        return NULL;
    if ((t->flags & SP_TF_HEAPTYPE) && t->dict_offset >= t->slots_offset && t->slots_offset != 0
        && !(t->def->flags & SP_TF_HAS_DICT)) {
        size_t idx = (t->dict_offset - t->slots_offset) / sizeof(sp_val);
        return sp_vals_at(extras_of(vm->heap, obj), idx);
    }
    /* A built-in dict field (the first word after the header, or the
     * offset the owner set). */
    return sp_vals_at(sp_heap_words(vm->heap, obj, t->dict_offset, 1), 0);
}

/* The common case, a plain class instance (SP_TF_DICT_EXTRA): word
 * dict_offset / 8 of the object, checked against its allocation.  It is
 * one of the extras (extras_flags made sure), so this is the word the
 * slow path finds. */
static inline sp_val *dict_slot(sp_vm *vm, sp_val obj)
{
    if (!sp_is_ptr(obj))
        return NULL;
    sp_type *t = obj->type;
    if (t->flags & SP_TF_DICT_EXTRA)
        return sp_vals_at(words_after_header(vm->heap, obj), t->dict_offset / sizeof(sp_val) - HEADER_WORDS);
    return dict_slot_slow(vm, obj);
}

sp_val sp_obj_get_dict(sp_vm *vm, sp_val obj)
{
    sp_val *slot = dict_slot(vm, obj);
    if (slot == NULL)
        return NULL;
    if (*slot == NULL) {
        /* Born with room for as many attributes as the class's instances
         * have been seen to hold, so that __init__ does not resize it. */
        sp_val d = sp_dict_new_presized(vm, obj->type->attr_hint);
        *slot = d;
    }
    return *slot;
}

/* The accessors below try typeobj.h's sp_obj_known_word / known_slot
 * first (the memo covers the word, else NULL; then the slow path asks,
 * sets the memo, or traps): with no call on the way, they need no stack
 * frame. */
__attribute__((noinline)) static sp_val peek_dict_slow(sp_vm *vm, sp_val obj)
{
    sp_val *slot = dict_slot(vm, obj);
    return slot ? *slot : NULL;
}

sp_val sp_obj_peek_dict(sp_vm *vm, sp_val obj)
{
    if (sp_is_ptr(obj) && (obj->type->flags & SP_TF_DICT_EXTRA)) {
        sp_val *w = sp_obj_known_word(obj, obj->type->dict_offset / sizeof(sp_val));
        if (w != NULL)
            return *w;
    }
    return peek_dict_slow(vm, obj);
}

void sp_type_note_attrs(sp_type *t, sp_val d)
{
    size_t n = sp_dict_len(d);
    if (n > t->attr_hint && n <= SP_ATTR_HINT_MAX)
        t->attr_hint = (uint32_t)n;
}

/* Replace obj's __dict__ (obj.__dict__ = d). */
static void obj_set_dict(sp_vm *vm, sp_val obj, sp_val d)
{
    sp_val *slot = dict_slot(vm, obj);
    if (slot == NULL)
        sp_raise_no_attr(vm, obj, vm->n.__dict__);
    *slot = d;
}

__attribute__((noinline)) static sp_val get_slot_slow(sp_vm *vm, sp_val obj, size_t i)
{
    return sp_vals_get(extras_of(vm->heap, obj), i);
}

sp_val sp_obj_get_slot(sp_vm *vm, sp_val obj, size_t i)
{
    sp_val *w = sp_obj_known_slot(obj, i);
    if (w != NULL)
        return *w;
    return get_slot_slow(vm, obj, i);
}

__attribute__((noinline)) static void set_slot_slow(sp_vm *vm, sp_val obj, size_t i, sp_val v)
{
    sp_vals_set(extras_of(vm->heap, obj), i, v);
}

void sp_obj_set_slot(sp_vm *vm, sp_val obj, size_t i, sp_val v)
{
    sp_val *w = sp_obj_known_slot(obj, i);
    if (w != NULL)
        *w = v;
    else
        set_slot_slow(vm, obj, i, v);
}

/* ---- lookup ----------------------------------------------------------------- */

static sp_val lookup_uncached(sp_vm *vm, sp_type *type, sp_val name)
{
    sp_vals mro = sp_tuple_items(type->mro);
    for (size_t i = 0; i < mro.len; i++) {
        sp_type *t = (sp_type *)sp_vals_get(mro, i);
        sp_val v = sp_dict_get_str(vm, t->dict, name);
        if (v)
            return v;
    }
    return NULL;
}

/* The MRO walk is cached per type in a small two-way set-associative
 * table: a valarray of TYPE_CACHE_WAYS * TYPE_CACHE_SETS (name, value)
 * pairs, indexed by the name's hash, compared by identity.  Only
 * interned names are cached (attribute names and dunders are), so
 * identity is str equality for them.  The value is the lookup's result,
 * or the rawbuf type object for "absent" (never a Python-visible value).
 * A miss walks the MRO and replaces one entry of the set.  Any change to
 * a type drops its cache and its subclasses' (type_modified).  This
 * replaced a per-type dict: a hit is now two loads and a compare instead
 * of a full dict probe. */
#define TYPE_CACHE_SETS SP_TYPE_CACHE_SETS
#define TYPE_CACHE_WAYS SP_TYPE_CACHE_WAYS

sp_val sp_type_lookup(sp_vm *vm, sp_type *type, sp_val name)
{
    return sp_type_lookup_fast(vm, type, name);
}

/* The miss (and the types without a cache): the hit is
 * sp_type_lookup_fast (typeobj.h); this repeats its probe for the callers
 * that come here directly, then walks the MRO. */
sp_val sp_type_lookup_slow(sp_vm *vm, sp_type *type, sp_val name)
{
    if (type->mro == NULL) {
        for (sp_type *t = type; t; t = t->base)
            if (t->dict) {
                sp_val v = sp_dict_get_str(vm, t->dict, name);
                if (v)
                    return v;
            }
        return NULL;
    }
    sp_val absent = (sp_val)vm->t.rawbuf;
    sp_str_obj *ns = sp_as_str(name);
    bool cacheable = ns->interned && name->type == vm->t.str;
    size_t at = 0;
    sp_val cache = type->lookup_cache;
    if (cacheable) {
        at = ((size_t)sp_str_hash(vm, name) % TYPE_CACHE_SETS) * TYPE_CACHE_WAYS * 2;
        if (cache != NULL) {
            sp_vals c = sp_valarray_span(SP_AS(sp_valarray, cache, SP_LAYOUT_VALARRAY));
            for (size_t w = 0; w < TYPE_CACHE_WAYS; w++) {
                if (sp_vals_get(c, at + 2 * w) == name) {
                    sp_val v = sp_vals_get(c, at + 2 * w + 1);
                    return v == absent ? NULL : v;
                }
            }
        }
    }
    sp_val v = lookup_uncached(vm, type, name);
    if (cacheable && sp_type_may_cache(type)) {
        /* lookup_uncached may have run no Python code (dict_get_str on
         * interned names calls no __eq__), but re-read the field anyway. */
        cache = type->lookup_cache;
        if (cache == NULL) {
            cache = (sp_val)sp_valarray_new(vm, TYPE_CACHE_SETS * TYPE_CACHE_WAYS * 2);
            type->lookup_cache = cache;
        }
        sp_vals c = sp_valarray_span(SP_AS(sp_valarray, cache, SP_LAYOUT_VALARRAY));
        /* The first free way, else evict way 0 after moving it to way 1
         * (the older entry goes). */
        size_t w = 0;
        while (w < TYPE_CACHE_WAYS && sp_vals_get(c, at + 2 * w) != NULL)
            w++;
        if (w == TYPE_CACHE_WAYS) {
            for (w = TYPE_CACHE_WAYS - 1; w > 0; w--) {
                sp_vals_set(c, at + 2 * w, sp_vals_get(c, at + 2 * w - 2));
                sp_vals_set(c, at + 2 * w + 1, sp_vals_get(c, at + 2 * w - 1));
            }
        }
        sp_vals_set(c, at + 2 * w, name);
        sp_vals_set(c, at + 2 * w + 1, v ? v : absent);
    }
    return v;
}

const char *sp_type_name(sp_type *type)
{
    if (type->name == NULL) {
        /* Before sp_init_types: the def's name after its last dot. */
        sp_cbytes n = sp_cbytes_of_cstr(type->def->name);
        const char *last = type->def->name;
        for (size_t i = 0; i < n.len; i++)
            if (sp_cbytes_get(n, i) == '.')
                last = (const char *)sp_cbytes_from(n, i + 1).ptr;
        return last;
    }
    return sp_str_cstr(type->name);
}

/* Caches computed from a type's MRO (lookup_cache, slot_flags) must be
 * dropped when any class in that MRO changes.  The walk down
 * __subclasses__ stops at classes not flagged SP_TF_CACHED, which is
 * sound because the flag is set on a class's whole MRO whenever the class
 * caches (so an unflagged class has no caching class below it), and it
 * makes the walk linear: a lattice of diamonds has exponentially many
 * paths but each class is cleared once.  A class whose MRO a metaclass
 * made up may hold classes that are not its ancestors, whose changes
 * would not walk down to it: it never caches (SP_TF_NOCACHE).
 * sp_type_may_cache (typeobj.h) tests an already marked class itself and
 * comes here for the rest. */
bool sp_type_mark_cached(sp_type *t)
{
    if (t->flags & SP_TF_NOCACHE)
        return false;
    if (t->mro == NULL)
        return false;
    if (t->flags & SP_TF_CACHED)
        return true;
    sp_vals mro = sp_tuple_items(t->mro);
    for (size_t i = 0; i < mro.len; i++)
        ((sp_type *)sp_vals_get(mro, i))->flags |= SP_TF_CACHED;
    t->flags |= SP_TF_CACHED;
    return true;
}

static void type_modified(sp_type *t)
{
    t->version++;
    if (!(t->flags & SP_TF_CACHED))
        return;
    t->flags &= ~SP_TF_CACHED;
    t->lookup_cache = NULL;
    t->slot_flags = 0;
    if (t->subclasses) {
        sp_vals subs = sp_list_items(t->subclasses);
        for (size_t i = 0; i < subs.len; i++)
            type_modified((sp_type *)sp_vals_get(subs, i));
    }
}

void sp_type_set_attr_cstr(sp_vm *vm, sp_type *type, const char *name, sp_val value)
{
    sp_dict_set(vm, type->dict, sp_intern_cstr(vm, name), value);
    type_modified(type);
}

/* ---- built-in types ------------------------------------------------------------ */

static bool is_c_new(sp_vm *vm, sp_val f)
{
    return sp_is_ptr(f) && f->type == vm->t.builtin_function && ((sp_builtin_obj *)f)->slot_args == SP_SLOT_NEW;
}

void sp_new_check_cls(sp_vm *vm, const sp_builtin_obj *b, sp_vals args, sp_val kwnames)
{
    if (!sp_is_type(b->self))
        sp_trap("__new__ without its type");
    sp_type *t = (sp_type *)b->self;
    if (args.len <= (kwnames ? sp_tuple_len(kwnames) : 0))
        sp_raise_fmt(vm, vm->e.TypeError, "%s.__new__(): not enough arguments", sp_type_name(t));
    sp_val c = sp_vals_get(args, 0);
    if (c == b->self)
        return;
    if (!sp_is_type(c))
        sp_raise_fmt(vm, vm->e.TypeError, "%s.__new__(X): X is not a type object (%T)", sp_type_name(t), c);
    sp_type *s = (sp_type *)c;
    if (!sp_is_subtype(s, t))
        sp_raise_fmt(vm, vm->e.TypeError, "%s.__new__(%s): %s is not a subtype of %s", sp_type_name(t),
                     sp_type_name(s), sp_type_name(s), sp_type_name(t));
    /* The nearest class whose __new__ is written in C must be using this
     * one: int.__new__(bool) would build an int where bool's layout is
     * expected. */
    sp_type *sb = s;
    while (sb != NULL && !is_c_new(vm, sp_type_lookup(vm, sb, vm->n.__new__)))
        sb = sb->base;
    if (sb != NULL && ((sp_builtin_obj *)sp_type_lookup(vm, sb, vm->n.__new__))->def->fn != b->def->fn)
        sp_raise_fmt(vm, vm->e.TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", sp_type_name(t),
                     sp_type_name(s), sp_type_name(sb));
}

sp_type *sp_new_cls(sp_vm *vm, sp_vals args, sp_type *base)
{
    sp_val c = args.len > 0 ? sp_vals_get(args, 0) : NULL;
    if (c == NULL || !sp_is_type(c) || !sp_is_subtype((sp_type *)c, base))
        sp_trap("built-in __new__ called with an unchecked class");
    return (sp_type *)c;
}

static sp_val make_method_entry(sp_vm *vm, sp_type *type, const sp_methoddef *m)
{
    if (m->flags & SP_METH_CLASS) {
        sp_methoddescr_obj *d = (sp_methoddescr_obj *)sp_alloc(vm, vm->t.classmethod_descriptor, sizeof *d);
        d->def = m;
        d->owner = type;
        return (sp_val)d;
    }
    if (m->flags & SP_METH_STATIC) {
        if (sp_cbytes_eq(sp_cbytes_of_cstr(m->name), sp_cbytes_of_cstr("__new__"))) {
            sp_val b = sp_builtin_new(vm, m, (sp_val)type, NULL);   /* self shown in repr, never passed */
            ((sp_builtin_obj *)b)->slot_args = SP_SLOT_NEW;
            return b;
        }
        return sp_wrap_new(vm, vm->t.staticmethod, sp_builtin_new(vm, m, NULL, NULL));
    }
    sp_methoddescr_obj *d = (sp_methoddescr_obj *)sp_alloc(vm, vm->t.method_descriptor, sizeof *d);
    d->def = m;
    d->owner = type;
    d->slot_args = sp_slot_args_of(type, m->name);
    return (sp_val)d;
}

void sp_type_add_methods(sp_vm *vm, sp_type *type, const sp_methoddef *defs)
{
    if (defs == NULL)
        return;
    /* __new__ first, as CPython's type dicts have it. */
    for (size_t i = 0;; i++) {
        const sp_methoddef *m = sp_table_entry(defs, sizeof *defs, i);
        if (m->name == NULL)
            break;
        if (sp_cbytes_eq(sp_cbytes_of_cstr(m->name), sp_cbytes_of_cstr("__new__")))
            sp_dict_set(vm, type->dict, vm->n.__new__, make_method_entry(vm, type, m));
    }
    for (size_t i = 0;; i++) {
        const sp_methoddef *m = sp_table_entry(defs, sizeof *defs, i);
        if (m->name == NULL)
            break;
        if (sp_cbytes_eq(sp_cbytes_of_cstr(m->name), sp_cbytes_of_cstr("__new__")))
            continue;
        sp_val entry = make_method_entry(vm, type, m);
        sp_dict_set(vm, type->dict, sp_intern_cstr(vm, m->name), entry);
    }
    type_modified(type);
}

static void add_getsets(sp_vm *vm, sp_type *type, const sp_getsetdef *defs)
{
    if (defs == NULL)
        return;
    for (size_t i = 0;; i++) {
        const sp_getsetdef *g = sp_table_entry(defs, sizeof *defs, i);
        if (g->name == NULL)
            break;
        sp_getsetdescr_obj *d = (sp_getsetdescr_obj *)sp_alloc(vm, vm->t.getset_descriptor, sizeof *d);
        d->def = g;
        d->owner = type;
        sp_dict_set(vm, type->dict, sp_intern_cstr(vm, g->name), (sp_val)d);
    }
}

sp_type *sp_type_from_def(sp_vm *vm, const sp_typedef *def, sp_type *base)
{
    sp_type *t = (sp_type *)sp_alloc(vm, vm->t.type, sizeof(sp_type));
    t->def = def;
    t->layout_tag = (uint32_t)def->layout + 1;
    t->base = base;
    t->flags = def->flags;
    t->instance_size = def->size;
    t->version = 1;
    if (def->flags & SP_TF_HAS_DICT)
        t->dict_offset = sizeof(sp_obj);
    else if (base && base->dict_offset && base->def->layout == def->layout)
        t->dict_offset = base->dict_offset;
    if (vm->t.object && vm->t.object->mro)
        sp_type_ready(vm, t);
    return t;
}

/* The instance-dict attribute that types with a __dict__ expose. */
static sp_val inst_dict_get(sp_vm *vm, sp_val self)
{
    sp_val d = sp_obj_get_dict(vm, self);
    if (d == NULL)
        sp_raise_no_attr(vm, self, vm->n.__dict__);
    return d;
}

static void inst_dict_set(sp_vm *vm, sp_val self, sp_val value)
{
    if (value == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot delete __dict__");
    if (!sp_is_dict(value))
        sp_raise_fmt(vm, vm->e.TypeError, "__dict__ must be set to a dictionary, not a '%T'", value);
    obj_set_dict(vm, self, value);
}

static sp_val inst_weakref_get(sp_vm *vm, sp_val self)
{
    (void)self;
    return vm->None;
}

static const sp_getsetdef inst_dict_getset[] = {
    { "__dict__", inst_dict_get, inst_dict_set, "dictionary for instance variables" },
    { NULL, NULL, NULL, NULL },
};
static const sp_getsetdef inst_weakref_getset[] = {
    { "__weakref__", inst_weakref_get, NULL, "list of weak references to the object" },
    { NULL, NULL, NULL, NULL },
};

static bool inherits_exception_new(const char *name)
{
    static const char *const names[] = {
        "AttributeError", "BlockingIOError", "BrokenPipeError", "ChildProcessError", "ConnectionAbortedError",
        "ConnectionError", "ConnectionRefusedError", "ConnectionResetError", "ExceptionGroup", "FileExistsError",
        "FileNotFoundError", "ImportError", "IndentationError", "InterruptedError", "IsADirectoryError", "KeyError",
        "ModuleNotFoundError", "NameError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
        "StopIteration", "SyntaxError", "SystemExit", "TabError", "TimeoutError", "UnboundLocalError",
    };
    sp_cstrs list = SP_ARRAY_SPAN(sp_cstrs, names);
    for (size_t i = 0; i < list.len; i++)
        if (sp_cbytes_eq(sp_cbytes_of_cstr(name), sp_cbytes_of_cstr(sp_cstrs_get(list, i))))
            return true;
    return false;
}

void sp_type_ready(sp_vm *vm, sp_type *t)
{
    if (t->mro != NULL)
        return;
    if (t->h.type == NULL)
        t->h.type = vm->t.type;
    if (t->base && t->base->mro == NULL)
        sp_type_ready(vm, t->base);
    const sp_typedef *def = t->def;
    /* Types the bootstrap allocated raw: the layout facts from the def. */
    if (t->instance_size == 0)
        t->instance_size = def->size;
    if (t->dict_offset == 0) {
        if (def->flags & SP_TF_HAS_DICT)
            t->dict_offset = sizeof(sp_obj);
        else if (t->base && t->base->dict_offset && t->base->def->layout == def->layout)
            t->dict_offset = t->base->dict_offset;
    }
    if (t->version == 0)
        t->version = 1;
    /* "module.name": __module__ is the part before the last dot. */
    const char *full = def->name;
    sp_cbytes fb = sp_cbytes_of_cstr(full);
    size_t dot = fb.len;
    for (size_t i = 0; i < fb.len; i++)
        if (sp_cbytes_get(fb, i) == '.')
            dot = i;
    sp_val name;
    if (dot < fb.len)
        name = sp_intern(vm, sp_str_new(vm, sp_cbytes_from(fb, dot + 1)));
    else
        name = sp_intern_cstr(vm, full);
    sp_val dict = sp_dict_new(vm);
    sp_val bases = vm->empty_tuple ? vm->empty_tuple : sp_tuple_new(vm, 0);
    if (t->base) {
        bases = sp_tuple_new(vm, 1);
        sp_tuple_set(bases, 0, (sp_val)t->base);
    }
    sp_val subclasses = sp_list_new(vm, 0);
    /* The MRO: t, then the base's MRO (single inheritance). */
    size_t n = 1 + (t->base ? sp_tuple_len(t->base->mro) : 0);
    sp_val mro = sp_tuple_new(vm, n);
    sp_tuple_set(mro, 0, (sp_val)t);
    for (size_t i = 1; i < n; i++)
        sp_tuple_set(mro, i, sp_tuple_get(t->base->mro, i - 1));
    t->name = name;
    t->qualname = name;
    t->dict = dict;
    t->bases = bases;
    t->subclasses = subclasses;
    if (dot < fb.len)
        sp_dict_set(vm, dict, vm->n.__module__, sp_str_new(vm, sp_cbytes_sub(fb, 0, dot)));
    sp_type_add_methods(vm, t, def->methods);
    /* Like CPython, a built-in type that inherits a C __new__ has its own
     * T.__new__ (bound to T: its messages name T), except the exception
     * classes CPython gives a C struct of their own without a __new__. */
    if (t->base && !(def->flags & SP_TF_NOINSTANCE) && sp_dict_get_str(vm, dict, vm->n.__new__) == NULL
        && !inherits_exception_new(full)) {
        sp_val inherited = sp_type_lookup(vm, t->base, vm->n.__new__);
        if (is_c_new(vm, inherited)) {
            sp_val b = sp_builtin_new(vm, ((sp_builtin_obj *)inherited)->def, (sp_val)t, NULL);
            ((sp_builtin_obj *)b)->slot_args = SP_SLOT_NEW;
            sp_dict_set(vm, dict, vm->n.__new__, b);
        }
    }
    add_getsets(vm, t, def->getsets);
    if ((def->flags & SP_TF_HAS_DICT) && !(t->base && t->base->dict_offset)
        && def->layout != SP_LAYOUT_TYPE && sp_dict_get_str(vm, dict, vm->n.__dict__) == NULL)
        add_getsets(vm, t, inst_dict_getset);
    /* A __doc__ getset (property, functions) takes precedence. */
    if (sp_dict_get_str(vm, dict, vm->n.__doc__) == NULL)
        sp_dict_set(vm, dict, vm->n.__doc__, def->doc ? sp_str_from_cstr(vm, def->doc) : vm->None);
    /* A type that defines __eq__ but not __hash__ is unhashable. */
    if (sp_dict_get_str(vm, dict, vm->n.__eq__) && !sp_dict_get_str(vm, dict, vm->n.__hash__))
        sp_dict_set(vm, dict, vm->n.__hash__, vm->None);
    t->mro = mro;
    if (t->base)
        sp_list_append(vm, t->base->subclasses, (sp_val)t);
}

/* The singletons the type system owns, if the bootstrap didn't make them. */
static sp_val make_singleton(sp_vm *vm, sp_type *t)
{
    return sp_alloc(vm, t, sizeof(sp_obj));
}

void sp_init_types(sp_vm *vm)
{
    /* object and type first: everything else refers to them. */
    sp_type_ready(vm, vm->t.object);
    sp_type_ready(vm, vm->t.type);
#define SP_TYPE(field, def, base) if (vm->t.field == NULL) vm->t.field = sp_type_from_def(vm, &def, vm->t.base); sp_type_ready(vm, vm->t.field);
#include "objects/types.def"
#undef SP_TYPE
    /* staticmethod and classmethod objects have a __dict__ (3.10+), kept
     * in sp_wrapdescr_obj.dict. */
    sp_val wraps[2] = { (sp_val)vm->t.staticmethod, (sp_val)vm->t.classmethod };
    for (size_t i = 0; i < 2; i++) {
        sp_type *w = (sp_type *)sp_vals_get(SP_VALS(wraps), i);
        w->dict_offset = offsetof(sp_wrapdescr_obj, dict);
        w->flags |= SP_TF_HAS_DICT;
        add_getsets(vm, w, inst_dict_getset);
        type_modified(w);
    }
    /* object's "base is itself" in types.def: undo it. */
    vm->t.object->base = NULL;
    if (vm->None == NULL)
        vm->None = make_singleton(vm, vm->t.NoneType);
    if (vm->NotImplemented == NULL)
        vm->NotImplemented = make_singleton(vm, vm->t.NotImplementedType);
    if (vm->Ellipsis == NULL)
        vm->Ellipsis = make_singleton(vm, vm->t.ellipsis);
}

/* ---- the C3 linearisation ------------------------------------------------------ */

static _Noreturn void mro_error(sp_vm *vm, sp_val seqs, sp_val heads)
{
    /* The bases still unmerged: the heads of the remaining sequences,
     * without duplicates, in order. */
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 64);
    sp_val seen = sp_list_new(vm, 4);
    size_t nseq = sp_list_len(seqs);
    for (size_t i = 0; i < nseq; i++) {
        sp_val seq = sp_list_get(seqs, i);
        size_t h = (size_t)sp_small_get(sp_list_get(heads, i));
        if (h >= sp_list_len(seq))
            continue;
        sp_val c = sp_list_get(seq, h);
        bool dup = false;
        for (size_t j = 0; j < sp_list_len(seen); j++)
            if (sp_list_get(seen, j) == c)
                dup = true;
        if (dup)
            continue;
        if (sp_list_len(seen) > 0)
            sp_strbuf_add_cstr(vm, &b, ", ");
        sp_list_append(vm, seen, c);
        sp_strbuf_add_str(vm, &b, ((sp_type *)c)->name);
    }
    sp_val names = sp_strbuf_finish(vm, &b);
    sp_raise_fmt(vm, vm->e.TypeError,
                 "Cannot create a consistent method resolution\norder (MRO) for bases %U", names);
}

static sp_val c3_mro(sp_vm *vm, sp_type *t, sp_val bases)
{
    size_t nb = sp_tuple_len(bases);
    if (nb == 1) {
        sp_type *b = (sp_type *)sp_tuple_get(bases, 0);
        size_t n = sp_tuple_len(b->mro);
        sp_val mro = sp_tuple_new(vm, n + 1);
        sp_tuple_set(mro, 0, (sp_val)t);
        for (size_t i = 0; i < n; i++)
            sp_tuple_set(mro, i + 1, sp_tuple_get(b->mro, i));
        return mro;
    }
    /* Duplicate bases are an error of their own. */
    for (size_t i = 0; i < nb; i++)
        for (size_t j = i + 1; j < nb; j++)
            if (sp_tuple_get(bases, i) == sp_tuple_get(bases, j))
                sp_raise_fmt(vm, vm->e.TypeError, "duplicate base class %U",
                             ((sp_type *)sp_tuple_get(bases, i))->name);
    sp_val seqs = sp_list_new(vm, nb + 1);
    sp_val heads = sp_list_new(vm, nb + 1);
    for (size_t i = 0; i < nb; i++) {
        sp_type *b = (sp_type *)sp_tuple_get(bases, i);
        sp_list_append(vm, seqs, sp_list_from(vm, sp_tuple_items(b->mro)));
        sp_list_append(vm, heads, sp_small(0));
    }
    sp_list_append(vm, seqs, sp_list_from(vm, sp_tuple_items(bases)));
    sp_list_append(vm, heads, sp_small(0));
    sp_val out = sp_list_new(vm, 8);
    sp_list_append(vm, out, (sp_val)t);
    size_t nseq = nb + 1;
    for (;;) {
        bool empty = true;
        sp_val cand = NULL;
        for (size_t i = 0; i < nseq && cand == NULL; i++) {
            sp_val seq = sp_list_get(seqs, i);
            size_t h = (size_t)sp_small_get(sp_list_get(heads, i));
            if (h >= sp_list_len(seq))
                continue;
            empty = false;
            sp_val c = sp_list_get(seq, h);
            /* c must not appear in the tail of any sequence. */
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++) {
                sp_val s2 = sp_list_get(seqs, j);
                size_t h2 = (size_t)sp_small_get(sp_list_get(heads, j));
                for (size_t k = h2 + 1; k < sp_list_len(s2); k++)
                    if (sp_list_get(s2, k) == c) {
                        in_tail = true;
                        break;
                    }
            }
            if (!in_tail)
                cand = c;
        }
        if (empty)
            break;
        if (cand == NULL)
            mro_error(vm, seqs, heads);
        sp_list_append(vm, out, cand);
        for (size_t i = 0; i < nseq; i++) {
            sp_val seq = sp_list_get(seqs, i);
            size_t h = (size_t)sp_small_get(sp_list_get(heads, i));
            if (h < sp_list_len(seq) && sp_list_get(seq, h) == cand)
                sp_list_set(heads, i, sp_small((int64_t)h + 1));
        }
    }
    return sp_tuple_from(vm, sp_list_items(out));
}

/* ---- class creation ------------------------------------------------------------- */

/* CPython's may_add_weak: the base has no weakref slot (type and, in
 * CPython, set, frozenset, module and deque have one) and no items. */
static bool may_add_weakref(sp_vm *vm, sp_type *base)
{
    sp_layout l = base->def->layout;
    return l != SP_LAYOUT_TYPE && !layout_has_items(l) && !(base->def->flags & SP_TF_WEAKREFS)
           && sp_type_lookup(vm, base, vm->n.__weakref__) == NULL;
}

/* The base whose layout instances share (CPython's "solid base"). */
static sp_type *solid_base(sp_type *t)
{
    while (t->base) {
        sp_type *b = t->base;
        bool adds;
        if (t->flags & SP_TF_HEAPTYPE) {
            /* Slots beyond the dict make a new layout. */
            size_t own = t->nslots - ((b->flags & SP_TF_HEAPTYPE) ? b->nslots : 0);
            bool adds_dict = t->dict_offset && t->dict_offset != b->dict_offset;
            adds = own > (adds_dict ? 1u : 0u);
        } else {
            adds = t->def != b->def && (t->def->size != b->def->size || t->def->layout != b->def->layout);
        }
        if (adds)
            return t;
        t = b;
    }
    return t;
}

static sp_type *best_base(sp_vm *vm, sp_val bases)
{
    sp_type *best = NULL, *best_solid = NULL;
    size_t nb = sp_tuple_len(bases);
    for (size_t i = 0; i < nb; i++) {
        sp_val bv = sp_tuple_get(bases, i);
        if (!sp_is_type(bv))
            sp_raise_fmt(vm, vm->e.TypeError, "bases must be types");
        sp_type *b = (sp_type *)bv;
        if (!(b->flags & SP_TF_BASETYPE))
            sp_raise_fmt(vm, vm->e.TypeError, "type '%s' is not an acceptable base type", sp_type_name(b));
        sp_type *s = solid_base(b);
        if (best == NULL) {
            best = b;
            best_solid = s;
        } else if (sp_is_subtype(best_solid, s)) {
            /* keep best */
        } else if (sp_is_subtype(s, best_solid)) {
            best = b;
            best_solid = s;
        } else {
            sp_raise_fmt(vm, vm->e.TypeError, "multiple bases have instance lay-out conflict");
        }
    }
    return best;
}

sp_type *sp_type_calculate_meta(sp_vm *vm, sp_type *meta, sp_val bases)
{
    sp_type *winner = meta;
    size_t nb = sp_tuple_len(bases);
    for (size_t i = 0; i < nb; i++) {
        sp_type *bt = sp_type_of(vm, sp_tuple_get(bases, i));
        if (sp_is_subtype(winner, bt))
            continue;
        if (sp_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        sp_raise_fmt(vm, vm->e.TypeError,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                     "of the metaclasses of all its bases");
    }
    return winner;
}

static bool is_identifier(sp_val s)
{
    sp_cbytes b = sp_str_bytes(s);
    if (b.len == 0)
        return false;
    for (size_t i = 0; i < b.len; i++) {
        uint8_t c = sp_cbytes_get(b, i);
        bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80
                  || (i > 0 && c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}

/* Private-name mangling of a slot: __x in class _A -> _A__x. */
static sp_val mangle(sp_vm *vm, sp_val classname, sp_val name)
{
    sp_cbytes n = sp_str_bytes(name);
    if (n.len < 3 || sp_cbytes_get(n, 0) != '_' || sp_cbytes_get(n, 1) != '_')
        return name;
    if (sp_cbytes_get(n, n.len - 1) == '_' && sp_cbytes_get(n, n.len - 2) == '_')
        return name;
    sp_cbytes c = sp_str_bytes(classname);
    size_t skip = 0;
    while (skip < c.len && sp_cbytes_get(c, skip) == '_')
        skip++;
    if (skip == c.len)
        return name;
    sp_val rest = sp_str_new(vm, sp_cbytes_from(c, skip));
    return sp_intern(vm, sp_str_fmt(vm, "_%U%U", rest, name));
}

static sp_val member_new(sp_vm *vm, sp_type *owner, sp_val name, size_t index)
{
    sp_memberdescr_obj *m = (sp_memberdescr_obj *)sp_alloc(vm, vm->t.member_descriptor, sizeof *m);
    m->name = name;
    m->owner = owner;
    m->index = index;
    return (sp_val)m;
}

static sp_val caller_module_name(sp_vm *vm)
{
    sp_val g = sp_current_globals(vm);
    if (g == NULL || !sp_is_dict(g))
        return NULL;
    return sp_dict_get_str(vm, g, vm->n.__name__);
}

static sp_val new_getset(sp_vm *vm, sp_type *owner, const sp_getsetdef *def)
{
    sp_getsetdescr_obj *d = (sp_getsetdescr_obj *)sp_alloc(vm, vm->t.getset_descriptor, sizeof *d);
    d->def = def;
    d->owner = owner;
    return (sp_val)d;
}

/* v.__set_name__(t, k); an exception becomes CPython 3.11's RuntimeError
 * with the original as its __cause__. */
/* v.__set_name__(t, k), outside call_set_name's setjmp frame (gcc -O0
 * warns that the argument span there "might be clobbered"). */
static void set_name_call(sp_vm *vm, sp_type *t, sp_val k, sp_val v)
{
    sp_val args[2] = { (sp_val)t, k };
    sp_call_special(vm, v, vm->n.__set_name__, SP_VALS(args));
}

static void call_set_name(sp_vm *vm, sp_type *t, sp_val k, sp_val v)
{
    sp_val f = sp_type_lookup(vm, sp_type_of(vm, v), vm->n.__set_name__);
    if (f == NULL)
        return;
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        set_name_call(vm, t, k, v);
        sp_handler_pop(vm, &h);
        return;
    }
    sp_val cause = vm->exc;
    sp_val msg = sp_str_fmt(vm, "Error calling __set_name__ on '%T' instance %R in '%U'", v, k, t->name);
    sp_val exc = sp_exc_new_msg(vm, vm->e.RuntimeError, msg);
    sp_exc_set_cause(vm, exc, cause);
    sp_raise(vm, exc);
}

/* Call super(type, type).__init_subclass__(**kwargs).  A metaclass's
 * mro() may leave t out of its own MRO: super() then refuses. */
static void call_init_subclass(sp_vm *vm, sp_type *t, sp_val kwargs)
{
    sp_vals mro = sp_tuple_items(t->mro);
    size_t start = 0;
    while (start < mro.len && (sp_type *)sp_vals_get(mro, start) != t)
        start++;
    if (start == mro.len)
        sp_raise_fmt(vm, vm->e.TypeError, "super(type, obj): obj must be an instance or subtype of type");
    for (size_t i = start + 1; i < mro.len; i++) {
        sp_type *b = (sp_type *)sp_vals_get(mro, i);
        sp_val f = sp_dict_get_str(vm, b->dict, vm->n.__init_subclass__);
        if (f == NULL)
            continue;
        sp_val bound = sp_descr_get(vm, f, NULL, t);
        sp_call_tuple_dict(vm, bound, NULL, kwargs);
        return;
    }
}

/* True if b is on t's layout chain (t, t->base, ...).  Unlike
 * sp_is_subtype, this does not read an MRO, which a metaclass's mro() may
 * have made up; the chain is acyclic (type_set_bases keeps it so). */
static bool layout_chain_has(sp_type *t, sp_type *b)
{
    for (; t != NULL; t = t->base)
        if (t == b)
            return true;
    return false;
}

/* An MRO returned by a metaclass's mro() is used for every attribute
 * lookup on t and its instances, and isinstance() believes it: so, as
 * CPython's mro_check does, it must hold classes only, each of them with
 * an instance layout that t's instances extend (else a member descriptor
 * or a C method of that class would be applied to an object it was not
 * made for). */
static void check_custom_mro(sp_vm *vm, sp_type *t, sp_val mro)
{
    if (sp_tuple_len(mro) == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "type MRO must not be empty");
    sp_type *solid = solid_base(t);
    for (size_t i = 0; i < sp_tuple_len(mro); i++) {
        sp_val b = sp_tuple_get(mro, i);
        if (!sp_is_type(b))
            sp_raise_fmt(vm, vm->e.TypeError, "mro() returned a non-class ('%s')", sp_type_name(sp_type_of(vm, b)));
        if (!layout_chain_has(solid, solid_base((sp_type *)b)))
            sp_raise_fmt(vm, vm->e.TypeError, "mro() returned base with unsuitable layout ('%s')",
                         sp_type_name((sp_type *)b));
    }
}

/* t's MRO from t->bases: C3, or what the metaclass's own mro() returns
 * (checked).  While mro() runs, t->mro is the C3 one if t had none. */
static sp_val compute_mro(sp_vm *vm, sp_type *t, bool *custom)
{
    sp_type *metatype = sp_type_of(vm, (sp_val)t);
    sp_val mro_meth = sp_type_lookup(vm, metatype, vm->n.mro);
    sp_val type_mro = sp_dict_get_str(vm, vm->t.type->dict, vm->n.mro);
    *custom = false;
    if (metatype == vm->t.type || mro_meth == NULL || mro_meth == type_mro)
        return c3_mro(vm, t, t->bases);
    if (t->mro == NULL)
        t->mro = c3_mro(vm, t, t->bases);
    sp_val r = sp_call_with_self(vm, mro_meth, (sp_val)t, SP_NOVALS, NULL);
    sp_val mro = sp_tuple_from_iter(vm, r);
    check_custom_mro(vm, t, mro);
    *custom = true;
    return mro;
}

/* Install t's new MRO; see sp_type_may_cache for SP_TF_NOCACHE. */
static void set_mro(sp_type *t, sp_val mro, bool custom)
{
    bool nocache = custom;
    sp_vals items = sp_tuple_items(mro);
    for (size_t i = 0; i < items.len && !nocache; i++)
        nocache = (((sp_type *)sp_vals_get(items, i))->flags & SP_TF_NOCACHE) != 0;
    type_modified(t);
    t->mro = mro;
    if (nocache)
        t->flags |= SP_TF_NOCACHE;
    else
        t->flags &= ~SP_TF_NOCACHE;
}

/* l + x unless l holds x already (by identity). */
static void list_add_once(sp_vm *vm, sp_val list, sp_val x)
{
    for (size_t i = 0; i < sp_list_len(list); i++)
        if (sp_list_get(list, i) == x)
            return;
    sp_list_append(vm, list, x);
}

sp_val sp_type_new_kw(sp_vm *vm, sp_type *metatype, sp_val name, sp_val bases, sp_val dict, sp_val kwargs)
{
    sp_check_stack(vm);
    sp_expect_str(vm, name, "type.__new__() argument 1");
    if (sp_tuple_len(bases) == 0) {
        bases = sp_tuple_new(vm, 1);
        sp_tuple_set(bases, 0, (sp_val)vm->t.object);
    }
    sp_type *base = best_base(vm, bases);
    sp_val ns = sp_dict_new(vm);
    sp_dict_update(vm, ns, dict);

    /* __module__, __qualname__, __doc__ */
    if (sp_dict_get_str(vm, ns, vm->n.__module__) == NULL) {
        sp_val mod = caller_module_name(vm);
        if (mod)
            sp_dict_set(vm, ns, vm->n.__module__, mod);
    }
    sp_val qualname = sp_dict_get_str(vm, ns, vm->n.__qualname__);
    if (qualname) {
        if (!sp_is_str(qualname))
            sp_raise_fmt(vm, vm->e.TypeError, "type __qualname__ must be a str, not %T", qualname);
        sp_dict_del(vm, ns, vm->n.__qualname__);
    } else {
        qualname = name;
    }
    /* Implicit staticmethod / classmethod. */
    sp_val f = sp_dict_get_str(vm, ns, vm->n.__new__);
    if (f && sp_is_function(vm, f))
        sp_dict_set(vm, ns, vm->n.__new__, sp_wrap_new(vm, vm->t.staticmethod, f));
    sp_val implicit_cm[2] = { vm->n.__init_subclass__, vm->n.__class_getitem__ };
    for (size_t i = 0; i < 2; i++) {
        sp_val key = sp_vals_get(SP_VALS(implicit_cm), i);
        f = sp_dict_get_str(vm, ns, key);
        if (f && sp_is_function(vm, f))
            sp_dict_set(vm, ns, key, sp_wrap_new(vm, vm->t.classmethod, f));
    }

    /* __slots__ */
    bool base_has_dict = base->dict_offset != 0 || base->def->layout == SP_LAYOUT_TYPE;
    bool add_dict = false, add_weakref = false;
    sp_val slot_names = NULL;   /* list of mangled slot names */
    sp_val slots = sp_dict_get_str(vm, ns, vm->n.__slots__);
    if (slots == NULL) {
        add_dict = !base_has_dict;
        /* Like CPython: a __weakref__ slot unless the base has one or has
         * variable-size items. */
        add_weakref = may_add_weakref(vm, base);
    } else {
        sp_val items;
        if (sp_is_str(slots)) {
            items = sp_tuple_new(vm, 1);
            sp_tuple_set(items, 0, slots);
        } else {
            items = sp_tuple_from_iter(vm, slots);
        }
        /* CPython counts __dict__ and __weakref__ here, and checks this
         * before the items themselves (type has items too: its members). */
        if (sp_tuple_len(items) > 0 && (layout_has_items(base->def->layout) || base->def->layout == SP_LAYOUT_TYPE))
            sp_raise_fmt(vm, vm->e.TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                         sp_type_name(base));
        slot_names = sp_list_new(vm, sp_tuple_len(items));
        for (size_t i = 0; i < sp_tuple_len(items); i++) {
            sp_val s = sp_tuple_get(items, i);
            if (!sp_is_str(s))
                sp_raise_fmt(vm, vm->e.TypeError, "__slots__ items must be strings, not '%T'", s);
            if (!is_identifier(s))
                sp_raise_fmt(vm, vm->e.TypeError, "__slots__ must be identifiers");
            if (sp_str_eq(s, vm->n.__dict__)) {
                if (base_has_dict || add_dict)
                    sp_raise_fmt(vm, vm->e.TypeError, "__dict__ slot disallowed: we already got one");
                add_dict = true;
                continue;
            }
            if (sp_str_eq(s, vm->n.__weakref__)) {
                if (!may_add_weakref(vm, base) || add_weakref)
                    sp_raise_fmt(vm, vm->e.TypeError,
                                 "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                add_weakref = true;
                continue;
            }
            /* Interned, as the names in code are: the attribute caches
             * (eval.c's slot_member) compare a member's name by identity. */
            sp_val m = sp_intern(vm, mangle(vm, name, s));
            if (sp_dict_get_str(vm, ns, m))
                sp_raise_fmt(vm, vm->e.ValueError, "%R in __slots__ conflicts with class variable", s);
            sp_list_append(vm, slot_names, m);
        }
        /* CPython lays slots out in sorted order (visible in __dict__). */
        sp_list_sort(vm, slot_names, NULL, false);
    }

    /* The new type object. */
    size_t tsize = metatype->instance_size > sizeof(sp_type) ? metatype->instance_size : sizeof(sp_type);
    sp_type *t = (sp_type *)sp_alloc(vm, metatype, tsize);
    t->def = base->def;
    t->layout_tag = base->layout_tag;
    t->base = base;
    t->flags = SP_TF_HEAPTYPE | SP_TF_BASETYPE | (base->flags & SP_TF_HAS_DICT);
    vm->fin_candidates = true;      /* its instances may get a __del__ */
    t->version = 1;
    t->name = name;
    t->qualname = qualname;
    t->bases = bases;
    t->dict = ns;
    t->subclasses = sp_list_new(vm, 0);
    /* Layout: the base's extras, then ours (dict word, slots). */
    size_t base_words = (base->flags & SP_TF_HEAPTYPE) ? base->nslots : 0;
    size_t start = round8(base->def->size);
    size_t nslots = base_words;
    t->slots_offset = start;
    t->dict_offset = base->dict_offset;
    if (add_dict && base->def->layout != SP_LAYOUT_TYPE) {
        t->dict_offset = start + nslots * sizeof(sp_val);
        nslots++;
        t->flags |= SP_TF_HAS_DICT;
    }
    if (slot_names) {
        for (size_t j = 0; j < sp_list_len(slot_names); j++) {
            sp_val m = sp_list_get(slot_names, j);
            sp_dict_set(vm, ns, m, member_new(vm, t, m, nslots));
            nslots++;
        }
    }
    t->nslots = nslots;
    t->instance_size = start + nslots * sizeof(sp_val);
    t->flags |= extras_flags(t);
    if (slot_names)
        t->slot_names = sp_tuple_from(vm, sp_list_items(slot_names));
    if (add_weakref)
        t->flags |= SP_TF_ADDS_WEAKREF;
    /* Like CPython's, the getsets do not replace a __dict__ / __weakref__
     * the class body defines. */
    if (add_dict && !base_has_dict && sp_dict_get_str(vm, ns, vm->n.__dict__) == NULL)
        sp_dict_set(vm, ns, vm->n.__dict__, new_getset(vm, t, inst_dict_getset));
    if (add_weakref && sp_dict_get_str(vm, ns, vm->n.__weakref__) == NULL)
        sp_dict_set(vm, ns, vm->n.__weakref__, new_getset(vm, t, inst_weakref_getset));
    if (sp_dict_get_str(vm, ns, vm->n.__doc__) == NULL)
        sp_dict_set(vm, ns, vm->n.__doc__, vm->None);
    /* __eq__ without __hash__: unhashable. */
    if (sp_dict_get_str(vm, ns, vm->n.__eq__) && !sp_dict_get_str(vm, ns, vm->n.__hash__))
        sp_dict_set(vm, ns, vm->n.__hash__, vm->None);

    /* The MRO: C3, or the metaclass's own mro(). */
    bool custom;
    sp_val mro = compute_mro(vm, t, &custom);
    set_mro(t, mro, custom);
    /* The bases now: a metaclass's mro() may have assigned __bases__,
     * which registered t with the bases it set (a scan for t then, only
     * for such metaclasses: object has every class as a subclass). */
    for (size_t i = 0; i < sp_tuple_len(t->bases); i++) {
        sp_val subs = ((sp_type *)sp_tuple_get(t->bases, i))->subclasses;
        if (custom)
            list_add_once(vm, subs, (sp_val)t);
        else
            sp_list_append(vm, subs, (sp_val)t);
    }

    /* __classcell__: the class body's __class__ cell gets the class. */
    sp_val cell = sp_dict_get_str(vm, ns, vm->n.__classcell__);
    if (cell) {
        if (sp_layout_of(cell) != SP_LAYOUT_CELL)
            sp_raise_fmt(vm, vm->e.TypeError, "__classcell__ must be a nonlocal cell, not %R", sp_type_of(vm, cell));
        ((sp_cell_obj *)sp_as_layout(cell, SP_LAYOUT_CELL, "sp_cell_obj"))->value = (sp_val)t;
        sp_dict_del(vm, ns, vm->n.__classcell__);
    }

    /* __set_name__ on every attribute that has one (a snapshot: the calls
     * may change the dict). */
    sp_val snapshot = sp_dict_copy(vm, ns);
    size_t pos = 0;
    sp_val k, v;
    while (sp_dict_next(snapshot, &pos, &k, &v))
        call_set_name(vm, t, k, v);
    call_init_subclass(vm, t, kwargs);
    return (sp_val)t;
}

sp_val sp_type_new(sp_vm *vm, sp_type *metatype, sp_val name, sp_val bases, sp_val dict)
{
    return sp_type_new_kw(vm, metatype, name, bases, dict, NULL);
}

static _Noreturn void raise_no_type_attr(sp_vm *vm, sp_type *t, sp_val name)
{
    sp_val msg = sp_str_fmt(vm, "type object '%s' has no attribute '%U'", sp_type_name(t), name);
    sp_raise(vm, sp_exc_new_msg(vm, vm->e.AttributeError, msg));
}

/* ---- type's methods --------------------------------------------------------------- */

static sp_type *self_type(sp_vm *vm, sp_vals args)
{
    sp_val v = sp_vals_get(args, 0);
    if (!sp_is_type(v))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor for 'type' objects doesn't apply to a '%T' object", v);
    return (sp_type *)v;
}

/* Keyword arguments (from kwnames) as a dict, or NULL. */
static sp_val kwargs_dict(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    if (kwnames == NULL || sp_tuple_len(kwnames) == 0)
        return NULL;
    size_t nk = sp_tuple_len(kwnames);
    size_t np = args.len - nk;
    sp_val d = sp_dict_new(vm);
    for (size_t i = 0; i < nk; i++)
        sp_dict_set(vm, d, sp_tuple_get(kwnames, i), sp_vals_get(args, np + i));
    return d;
}

/* type.__new__(meta, name, bases, dict, **kw) and type(x). */
static void check_type_name(sp_vm *vm, sp_val name)
{
    sp_cbytes b = sp_str_bytes(name);
    for (size_t i = 0; i < b.len; i++)
        if (sp_cbytes_get(b, i) == 0)
            sp_raise_fmt(vm, vm->e.ValueError, "type name must not contain null characters");
}

static sp_val type_new_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    size_t nk = kwnames ? sp_tuple_len(kwnames) : 0;
    size_t np = args.len - nk;
    if (np < 1)
        sp_raise_fmt(vm, vm->e.TypeError, "type.__new__(): not enough arguments");
    sp_val metav = sp_vals_get(args, 0);
    if (!sp_is_type(metav))
        sp_raise_fmt(vm, vm->e.TypeError, "type.__new__(X): X is not a type object (%T)", metav);
    sp_type *meta = (sp_type *)metav;
    if (np != 4)
        sp_raise_fmt(vm, vm->e.TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", np - 1);
    sp_val name = sp_vals_get(args, 1), bases = sp_vals_get(args, 2), dict = sp_vals_get(args, 3);
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "type.__new__() argument 1 must be str, not %T", name);
    check_type_name(vm, name);
    if (!sp_is_tuple(bases))
        sp_raise_fmt(vm, vm->e.TypeError, "type.__new__() argument 2 must be tuple, not %T", bases);
    if (!sp_is_dict(dict))
        sp_raise_fmt(vm, vm->e.TypeError, "type.__new__() argument 3 must be dict, not %T", dict);
    sp_type *winner = sp_type_calculate_meta(vm, meta, bases);
    if (winner != meta) {
        sp_val wnew = sp_type_lookup(vm, winner, vm->n.__new__);
        sp_val tnew = sp_dict_get_str(vm, vm->t.type->dict, vm->n.__new__);
        if (wnew != tnew) {
            sp_val a2[4] = { (sp_val)winner, name, bases, dict };
            return sp_call_tuple_dict(vm, sp_descr_get(vm, wnew, NULL, winner),
                                      sp_tuple_from(vm, SP_VALS(a2)), kwargs_dict(vm, args, kwnames));
        }
        meta = winner;
    }
    return sp_type_new_kw(vm, meta, name, bases, dict, kwargs_dict(vm, args, kwnames));
}

static sp_val type_init_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    size_t nk = kwnames ? sp_tuple_len(kwnames) : 0;
    size_t np = args.len - nk;
    if (np == 2 && nk > 0)
        sp_raise_fmt(vm, vm->e.TypeError, "type.__init__() takes no keyword arguments");
    if (np != 2 && np != 4)
        sp_raise_fmt(vm, vm->e.TypeError, "type.__init__() takes 1 or 3 arguments");
    return vm->None;
}

sp_val sp_type_call_fn(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *t = self_type(vm, args);
    return sp_type_call(vm, t, sp_vals_from(args, 1), kwnames);
}

/* What calling a class does, remembered per type version (call_kind,
 * call_version), so that the common cases need no lookup: object.__new__
 * with object.__init__ (CALL_PLAIN) or with a Python function as
 * __init__ (CALL_INIT_FUNCTION, call_init), and a C __new__ (call_init)
 * with object.__init__ (CALL_C_NEW: int(x), range(n), list(), ...).
 * Only for a class that may cache (sp_type_may_cache): then any change
 * to it or to a class of its MRO bumps its version. */
enum { CALL_GENERAL, CALL_PLAIN, CALL_INIT_FUNCTION, CALL_C_NEW };

static void remember_call(sp_type *type, uint32_t kind, sp_val init)
{
    if (!sp_type_may_cache(type))
        return;
    type->call_kind = kind;
    type->call_init = init;
    type->call_version = type->version;
}

static sp_val init_done(sp_vm *vm, sp_val r, sp_val o)
{
    if (r != vm->None)
        sp_raise_fmt(vm, vm->e.TypeError, "__init__() should return None, not '%T'", r);
    return o;
}

/* After a __new__ other than object's made obj: its type's __init__, if
 * obj is an instance of the class called. */
static sp_val after_new(sp_vm *vm, sp_type *type, sp_val obj, sp_vals args, sp_val kwnames)
{
    sp_type *ot = sp_type_of(vm, obj);
    if (!sp_is_subtype(ot, type))
        return obj;
    /* type(name, bases, dict) called on a metaclass: __init__ too. */
    sp_val init = sp_type_lookup(vm, ot, vm->n.__init__);
    if (init == NULL)
        return obj;
    /* object.__init__ complains about arguments only when the class keeps
     * object.__new__ too: with no arguments, or on the very class whose
     * __new__ (not object's) just ran, it would return None. */
    if (sp_is_object_init(vm, init) && (args.len == 0 || ot == type))
        return obj;
    sp_val r;
    if (sp_layout_of(init) == SP_LAYOUT_FUNCTION || (sp_is_ptr(init) && init->type == vm->t.method_descriptor))
        r = sp_call_with_self(vm, init, obj, args, kwnames);
    else
        r = sp_call(vm, sp_descr_get(vm, init, obj, ot), args, kwnames);
    return init_done(vm, r, obj);
}

sp_val sp_type_call(sp_vm *vm, sp_type *type, sp_vals args, sp_val kwnames)
{
    sp_check_stack(vm);
    if (type == vm->t.range && (kwnames == NULL || sp_tuple_len(kwnames) == 0)) {
        /* range(n), range(a, b[, c]) of small ints: a built-in type,
         * whose __new__ can't be replaced. */
        sp_val r = sp_range_call_small(vm, args);
        if (r != NULL)
            return r;
    }
    if (args.len == 1 && (kwnames == NULL || sp_tuple_len(kwnames) == 0)) {
        /* int(x) and float(x) of an exact float or a small int (True is
         * not one): built-in types, whose __new__ can't be replaced;
         * what their __new__ would do with it. */
        sp_val a = sp_vals_get(args, 0);
        bool is_float = sp_is_ptr(a) && a->type == vm->t.float_;
        if (type == vm->t.int_ && (sp_is_small(a) || is_float))
            return is_float ? sp_int_from_double(vm, sp_as_float(a)->value) : a;
        if (type == vm->t.float_ && (sp_is_small(a) || is_float))
            return is_float ? a : sp_float_new(vm, (double)sp_small_get(a));
    }
    if (type->call_version == type->version) {
        if (type->call_kind == CALL_PLAIN) {
            if (args.len > 0)
                sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no arguments", sp_type_name(type));
            return sp_object_new_instance(vm, type);
        }
        if (type->call_kind == CALL_INIT_FUNCTION) {
            sp_val o = sp_object_new_instance(vm, type);
            return init_done(vm, sp_call_with_self(vm, type->call_init, o, args, kwnames), o);
        }
        if (type->call_kind == CALL_C_NEW) {
            /* The class keeps object.__init__: for an instance of the
             * very class called, after_new would find it and do nothing. */
            sp_val o = sp_call_with_self(vm, type->call_init, (sp_val)type, args, kwnames);
            if (sp_type_of(vm, o) == type)
                return o;
            return after_new(vm, type, o, args, kwnames);
        }
    }
    if (type == vm->t.type) {
        size_t np = args.len - (kwnames ? sp_tuple_len(kwnames) : 0);
        if (np == 1 && kwnames == NULL)
            return (sp_val)sp_type_of(vm, sp_vals_get(args, 0));
        if (np != 3)
            sp_raise_fmt(vm, vm->e.TypeError, "type() takes 1 or 3 arguments");
    }
    if (type->flags & SP_TF_NOINSTANCE)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot create '%U' instances", sp_getattr(vm, (sp_val)type, vm->n.__qualname__));
    sp_val newf = sp_type_lookup(vm, type, vm->n.__new__);
    if (newf == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot create '%s' instances", sp_type_name(type));
    /* The common case: object.__new__, so no Python-level call; and no
     * call at all when __init__ is object's too. */
    if (sp_is_object_new(vm, newf)) {
        sp_val initf = sp_type_lookup(vm, type, vm->n.__init__);
        bool plain_init = sp_is_object_init(vm, initf);
        bool init_function = sp_is_ptr(initf) && initf->type == vm->t.function;
        if (plain_init || init_function)
            remember_call(type, plain_init ? CALL_PLAIN : CALL_INIT_FUNCTION, plain_init ? NULL : initf);
        if (args.len > 0 && plain_init)
            sp_raise_fmt(vm, vm->e.TypeError, "%s() takes no arguments", sp_type_name(type));
        sp_val o = sp_object_new_instance(vm, type);
        if (plain_init)
            return o;
        if (init_function)
            return init_done(vm, sp_call_with_self(vm, initf, o, args, kwnames), o);
        return init_done(vm, sp_call(vm, sp_descr_get(vm, initf, o, type), args, kwnames), o);
    }
    /* __new__ is a staticmethod (Python) or a builtin taking cls (C). */
    if (sp_is_ptr(newf) && newf->type == vm->t.staticmethod)
        newf = ((sp_wrapdescr_obj *)newf)->func;
    else if (type != vm->t.type && sp_is_ptr(newf) && newf->type == vm->t.builtin_function
             && sp_is_object_init(vm, sp_type_lookup(vm, type, vm->n.__init__)))
        remember_call(type, CALL_C_NEW, newf);
    return after_new(vm, type, sp_call_with_self(vm, newf, (sp_val)type, args, kwnames), args, kwnames);
}

/* "module.qualname" or "qualname" for builtins. */
static sp_val type_module(sp_vm *vm, sp_type *t)
{
    sp_val m = sp_dict_get_str(vm, t->dict, vm->n.__module__);
    if (m)
        return m;
    return sp_intern_cstr(vm, "builtins");
}

static sp_val type_repr_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *t = self_type(vm, args);
    sp_val mod = type_module(vm, t);
    if (sp_is_str(mod) && !sp_str_eq_cstr(mod, "builtins"))
        return sp_str_fmt(vm, "<class '%U.%U'>", mod, t->qualname);
    return sp_str_fmt(vm, "<class '%U'>", t->qualname);
}

static sp_val type_mro_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "mro", sp_vals_from(args, 1), kwnames, 0, 0);
    sp_type *t = self_type(vm, args);
    sp_val bases = t->bases;
    if (t->mro && !(t->flags & SP_TF_HEAPTYPE))
        return sp_list_from(vm, sp_tuple_items(t->mro));
    return sp_list_from(vm, sp_tuple_items(c3_mro(vm, t, bases)));
}

static sp_val type_subclasses_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__subclasses__", sp_vals_from(args, 1), kwnames, 0, 0);
    sp_type *t = self_type(vm, args);
    return sp_list_from(vm, sp_list_items(t->subclasses));
}

static sp_val type_instancecheck_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__instancecheck__", sp_vals_from(args, 1), kwnames, 1, 1);
    sp_type *t = self_type(vm, args);
    sp_val obj = sp_vals_get(args, 1);
    if (sp_isinstance(vm, obj, t))
        return vm->True;
    /* obj.__class__ may lie (proxies). */
    sp_val cls = sp_getattr_opt(vm, obj, vm->n.__class__);
    if (cls && sp_is_type(cls) && cls != (sp_val)sp_type_of(vm, obj))
        return sp_bool(vm, sp_is_subtype((sp_type *)cls, t));
    return vm->False;
}

static sp_val type_subclasscheck_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__subclasscheck__", sp_vals_from(args, 1), kwnames, 1, 1);
    sp_type *t = self_type(vm, args);
    sp_val c = sp_vals_get(args, 1);
    if (!sp_is_type(c))
        sp_raise_fmt(vm, vm->e.TypeError, "issubclass() arg 1 must be a class");
    return sp_bool(vm, sp_is_subtype((sp_type *)c, t));
}

static sp_val type_prepare_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_dict_new(vm);
}

sp_val sp_type_getattribute_fn(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__getattribute__", sp_vals_from(args, 1), kwnames, 1, 1);
    sp_val name = sp_vals_get(args, 1);
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "attribute name must be string, not '%T'", name);
    return sp_type_getattr(vm, sp_vals_get(args, 0), name, true);
}

void sp_type_setattr(sp_vm *vm, sp_val tv, sp_val name, sp_val value)
{
    sp_type *t = (sp_type *)tv;
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "attribute name must be string, not '%T'", name);
    sp_type *meta = sp_type_of(vm, tv);
    sp_val md = sp_type_lookup(vm, meta, name);
    if (md && sp_descr_set(vm, md, tv, value)) {
        type_modified(t);
        return;
    }
    /* CPython says "set" for a deletion too. */
    if (!(t->flags & SP_TF_HEAPTYPE))
        sp_raise_fmt(vm, vm->e.TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
                     sp_type_name(t));
    name = sp_intern(vm, name);
    if (value == NULL) {
        if (!sp_dict_del(vm, t->dict, name)) {
            sp_val exc = sp_exc_new_msg(vm, vm->e.AttributeError,
                                        sp_str_fmt(vm, "type object '%s' has no attribute '%U'", sp_type_name(t), name));
            sp_raise(vm, exc);
        }
    } else {
        sp_dict_set(vm, t->dict, name, value);
    }
    type_modified(t);
}

sp_val sp_type_setattr_fn(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__setattr__", sp_vals_from(args, 1), kwnames, 2, 2);
    sp_type_setattr(vm, sp_vals_get(args, 0), sp_vals_get(args, 1), sp_vals_get(args, 2));
    return vm->None;
}

sp_val sp_type_delattr_fn(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "__delattr__", sp_vals_from(args, 1), kwnames, 1, 1);
    sp_type_setattr(vm, sp_vals_get(args, 0), sp_vals_get(args, 1), NULL);
    return vm->None;
}

/* dir(type): the names of the class and its bases. */
static void merge_class_dict(sp_vm *vm, sp_val names, sp_type *t)
{
    sp_vals mro = sp_tuple_items(t->mro);
    for (size_t i = 0; i < mro.len; i++) {
        sp_type *b = (sp_type *)sp_vals_get(mro, i);
        sp_dict_update(vm, names, b->dict);
    }
}

static sp_val type_dir_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_type *t = self_type(vm, args);
    sp_val names = sp_dict_new(vm);
    merge_class_dict(vm, names, t);
    return sp_dict_keys_list(vm, names);
}

static sp_val type_sizeof_m(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_int_from_size(vm, sizeof(sp_type));
}

static const sp_methoddef type_methods[] = {
    { "__new__", type_new_m, SP_METH_STATIC, NULL },
    { "__init__", type_init_m, 0, NULL },
    { "__call__", sp_type_call_fn, 0, NULL },
    { "__repr__", type_repr_m, 0, NULL },
    { "__getattribute__", sp_type_getattribute_fn, 0, NULL },
    { "__setattr__", sp_type_setattr_fn, 0, NULL },
    { "__delattr__", sp_type_delattr_fn, 0, NULL },
    { "mro", type_mro_m, 0, NULL },
    { "__subclasses__", type_subclasses_m, 0, NULL },
    { "__instancecheck__", type_instancecheck_m, 0, NULL },
    { "__subclasscheck__", type_subclasscheck_m, 0, NULL },
    { "__prepare__", type_prepare_m, SP_METH_CLASS, NULL },
    { "__dir__", type_dir_m, 0, NULL },
    { "__sizeof__", type_sizeof_m, 0, NULL },
    { "__or__", sp_type_or_fn, 0, NULL },
    { "__ror__", sp_type_ror_fn, 0, NULL },
    { NULL, NULL, 0, NULL },
};

/* ---- type's attributes ------------------------------------------------------------ */

static void check_heap_set(sp_vm *vm, sp_type *t, const char *attr, sp_val value)
{
    if (!(t->flags & SP_TF_HEAPTYPE))
        sp_raise_fmt(vm, vm->e.TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, sp_type_name(t));
    if (value == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr,
                     sp_type_name(t));
}

static sp_val type_get_name(sp_vm *vm, sp_val self) { return ((sp_type *)self)->name; }
static void type_set_name(sp_vm *vm, sp_val self, sp_val value)
{
    sp_type *t = (sp_type *)self;
    check_heap_set(vm, t, "__name__", value);
    if (!sp_is_str(value))
        sp_raise_fmt(vm, vm->e.TypeError, "can only assign string to %s.__name__, not '%T'", sp_type_name(t), value);
    check_type_name(vm, value);
    t->name = value;
}
static sp_val type_get_qualname(sp_vm *vm, sp_val self) { return ((sp_type *)self)->qualname; }
static void type_set_qualname(sp_vm *vm, sp_val self, sp_val value)
{
    sp_type *t = (sp_type *)self;
    check_heap_set(vm, t, "__qualname__", value);
    if (!sp_is_str(value))
        sp_raise_fmt(vm, vm->e.TypeError, "can only assign string to %s.__qualname__, not '%T'", sp_type_name(t),
                     value);
    t->qualname = value;
}
static sp_val type_get_module(sp_vm *vm, sp_val self) { return type_module(vm, (sp_type *)self); }
static void type_set_module(sp_vm *vm, sp_val self, sp_val value)
{
    sp_type *t = (sp_type *)self;
    check_heap_set(vm, t, "__module__", value);
    sp_dict_set(vm, t->dict, vm->n.__module__, value);
    type_modified(t);
}
static sp_val type_get_bases(sp_vm *vm, sp_val self) { return ((sp_type *)self)->bases; }
static sp_val type_get_base(sp_vm *vm, sp_val self)
{
    sp_type *b = ((sp_type *)self)->base;
    return b ? (sp_val)b : vm->None;
}
static sp_val type_get_mro(sp_vm *vm, sp_val self) { return ((sp_type *)self)->mro; }
static sp_val type_get_dict(sp_vm *vm, sp_val self)
{
    sp_mappingproxy_obj *p = (sp_mappingproxy_obj *)sp_alloc(vm, vm->t.mappingproxy, sizeof *p);
    p->mapping = ((sp_type *)self)->dict;
    return (sp_val)p;
}
static sp_val type_get_doc(sp_vm *vm, sp_val self)
{
    sp_type *t = (sp_type *)self;
    if (!(t->flags & SP_TF_HEAPTYPE)) {
        /* The C doc, even where the dict's __doc__ is a descriptor for
         * the instances (type, property, functions). */
        sp_val own = sp_dict_get_str(vm, t->dict, vm->n.__doc__);
        if (own && sp_is_str(own))
            return own;
        return t->def->doc ? sp_str_from_cstr(vm, t->def->doc) : vm->None;
    }
    sp_val d = sp_dict_get_str(vm, t->dict, vm->n.__doc__);
    if (d == NULL)
        return vm->None;
    if (t->flags & SP_TF_HEAPTYPE)
        return sp_descr_get(vm, d, NULL, t);
    return d;
}
static void type_set_doc(sp_vm *vm, sp_val self, sp_val value)
{
    sp_type *t = (sp_type *)self;
    check_heap_set(vm, t, "__doc__", value);
    sp_dict_set(vm, t->dict, vm->n.__doc__, value);
    type_modified(t);
}
static sp_val type_get_abstract(sp_vm *vm, sp_val self)
{
    sp_type *t = (sp_type *)self;
    sp_val v = t == vm->t.type ? NULL : sp_dict_get_str(vm, t->dict, vm->n.__abstractmethods__);
    if (v == NULL) {
        sp_val exc = sp_exc_new_msg(vm, vm->e.AttributeError, vm->n.__abstractmethods__);
        sp_raise(vm, exc);
    }
    return v;
}
static void type_set_abstract(sp_vm *vm, sp_val self, sp_val value)
{
    sp_type *t = (sp_type *)self;
    if (value == NULL) {
        if (!sp_dict_del(vm, t->dict, vm->n.__abstractmethods__))
            sp_raise(vm, sp_exc_new_msg(vm, vm->e.AttributeError, vm->n.__abstractmethods__));
        t->flags &= ~SP_TF_ABSTRACT;
    } else {
        bool abstract = sp_truthy(vm, value);
        sp_dict_set(vm, t->dict, vm->n.__abstractmethods__, value);
        if (abstract)
            t->flags |= SP_TF_ABSTRACT;
        else
            t->flags &= ~SP_TF_ABSTRACT;
    }
    type_modified(t);
}

/* A set of types by identity (no __hash__/__eq__ of a metaclass runs). */
static sp_val type_key(sp_vm *vm, sp_type *t)
{
    return sp_int_from_i64(vm, (int64_t)(uintptr_t)t);
}

/* True if target is reachable from b along __bases__ links, i.e. making
 * b a base of target would close a cycle.  The bases graph is acyclic
 * (this check keeps it so) and each type is visited once.  Unlike
 * sp_is_subtype it does not trust MROs, which a metaclass's mro() may
 * have made up: a cycle would make every walk of the base chain and of
 * __subclasses__ endless.  The walk also follows the bases that an
 * assignment still running (its metaclass's mro() is being called) would
 * put back if it fails: CPython checks against MROs that still hold the
 * old bases at that point, and without this, A.__bases__ = (T,) inside
 * the mro() of a failing T.__bases__ = ... left the cycle T -> A -> T. */
static bool bases_reach(sp_vm *vm, sp_type *b, sp_type *target)
{
    sp_val todo = sp_list_new(vm, 8), seen = sp_dict_new(vm);
    sp_list_append(vm, todo, (sp_val)b);
    while (sp_list_len(todo) > 0) {
        sp_type *x = (sp_type *)sp_list_pop(vm, todo);
        if (x == target)
            return true;
        sp_val key = type_key(vm, x);
        if (sp_dict_get(vm, seen, key) != NULL)
            continue;
        sp_dict_set(vm, seen, key, vm->True);
        sp_vals bs = sp_tuple_items(x->bases);
        for (size_t i = 0; i < bs.len; i++)
            sp_list_append(vm, todo, sp_vals_get(bs, i));
        size_t np = x->pending_bases ? sp_list_len(x->pending_bases) : 0;
        for (size_t j = 0; j < np; j++) {
            sp_val pb = sp_list_get(x->pending_bases, j);
            for (size_t i = 0; i < sp_tuple_len(pb); i++)
                sp_list_append(vm, todo, sp_tuple_get(pb, i));
        }
    }
    return false;
}

/* t and every class below it (along __subclasses__), each once, every
 * class after all of its bases that are in the list (a reverse
 * post-order), so that C3 sees its bases' new MROs.  No Python code runs
 * here. */
static sp_val hierarchy_order(sp_vm *vm, sp_type *t)
{
    sp_val post = sp_list_new(vm, 8), seen = sp_dict_new(vm);
    sp_val stack = sp_list_new(vm, 8), next = sp_list_new(vm, 8);
    sp_list_append(vm, stack, (sp_val)t);
    sp_list_append(vm, next, sp_small(0));
    sp_dict_set(vm, seen, type_key(vm, t), vm->True);
    while (sp_list_len(stack) > 0) {
        size_t top = sp_list_len(stack) - 1;
        sp_type *x = (sp_type *)sp_list_get(stack, top);
        size_t i = (size_t)sp_small_get(sp_list_get(next, top));
        if (i < sp_list_len(x->subclasses)) {
            sp_list_set(next, top, sp_small((int64_t)i + 1));
            sp_type *sub = (sp_type *)sp_list_get(x->subclasses, i);
            sp_val key = type_key(vm, sub);
            if (sp_dict_get(vm, seen, key) == NULL) {
                sp_dict_set(vm, seen, key, vm->True);
                sp_list_append(vm, stack, (sp_val)sub);
                sp_list_append(vm, next, sp_small(0));
            }
            continue;
        }
        sp_list_append(vm, post, (sp_val)x);
        sp_list_pop(vm, stack);
        sp_list_pop(vm, next);
    }
    size_t n = sp_list_len(post);
    sp_val order = sp_list_new(vm, n);
    for (size_t i = n; i-- > 0;)
        sp_list_append(vm, order, sp_list_get(post, i));
    return order;
}

/* A built-in type whose instances CPython frees without its collector:
 * CPython refuses to swap it with a class ("deallocator differs"). */
static bool plain_builtin(sp_type *t)
{
    if (t->flags & SP_TF_HEAPTYPE)
        return false;
    sp_layout l = t->def->layout;
    return l == SP_LAYOUT_OBJECT || l == SP_LAYOUT_INT || l == SP_LAYOUT_FLOAT || l == SP_LAYOUT_COMPLEX
           || l == SP_LAYOUT_STR || l == SP_LAYOUT_BYTES;
}

/* The index of the __dict__ word among t's instance extras, or SIZE_MAX
 * (no dict, or a field of the built-in struct).  As dict_slot. */
static size_t extras_dict_index(sp_type *t)
{
    if (!(t->flags & SP_TF_HEAPTYPE) || t->dict_offset == 0 || t->slots_offset == 0
        || t->dict_offset < t->slots_offset || (t->def->flags & SP_TF_HAS_DICT))
        return SIZE_MAX;
    return (t->dict_offset - t->slots_offset) / sizeof(sp_val);
}

/* t's base changes from t->base to nb: everything nb's side of the new
 * MRO can do to an instance of t (member descriptors index the extras
 * words of nb's layout; C methods expect nb's C struct) must fit t's
 * layout, which does not change.  So the C struct, the number of extras
 * words and the place of the __dict__ word must be those of the old
 * base: then nb's member descriptors land on the words that held the old
 * base's slots, never on t's dict or t's own slots. */
static void check_bases_layout(sp_vm *vm, sp_type *t, sp_type *nb)
{
    sp_type *old = t->base;
    bool nheap = (nb->flags & SP_TF_HEAPTYPE) != 0, oheap = (old->flags & SP_TF_HEAPTYPE) != 0;
    if (nheap != oheap && plain_builtin(nheap ? old : nb))
        sp_raise_fmt(vm, vm->e.TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'", sp_type_name(nb),
                     sp_type_name(old));
    sp_type_check_assign_layout(vm, old, nb, "__bases__");
    /* What SafePy's own layouts need (CPython's check above implies it
     * for the layouts SafePy builds; this is the backstop). */
    size_t nw = nheap ? nb->nslots : 0, ow = oheap ? old->nslots : 0;
    if (nb->def != t->def || nb->def != old->def || nw != ow || extras_dict_index(nb) != extras_dict_index(old))
        sp_raise_fmt(vm, vm->e.TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                     sp_type_name(nb), sp_type_name(old));
}

/* ---- layout compatibility for __class__ and __bases__ assignment ---------------- */

/* What CPython 3.11 adds to the instance size of t's base for t: its own
 * slots, a __weakref__ word, and a __dict__ word only where the base has
 * variable-size items (elsewhere the dict lives before the object header,
 * outside tp_basicsize: a "managed dict"). */
static bool adds_dict(sp_type *t)
{
    return (t->flags & SP_TF_HEAPTYPE) && t->dict_offset != 0 && t->dict_offset != t->base->dict_offset;
}

static size_t cpython_added_words(sp_type *t)
{
    size_t n = t->slot_names ? sp_tuple_len(t->slot_names) : 0;
    if (adds_dict(t) && layout_has_items(t->def->layout))
        n++;
    if (t->flags & SP_TF_ADDS_WEAKREF)
        n++;
    return n;
}

/* CPython's compatible_with_tp_base: t's instances are laid out as its
 * base's (size, dict and weakref offsets). */
static bool same_layout_as_base(sp_type *t)
{
    sp_type *b = t->base;
    if (b == NULL)
        return false;
    if (t->flags & SP_TF_HEAPTYPE)
        return cpython_added_words(t) == 0 && !adds_dict(t);
    return t->def->size == b->def->size && t->def->layout == b->def->layout && t->dict_offset == b->dict_offset;
}

/* CPython's same_slots_added, for two classes with the same base: the
 * words each adds are the same, slot names included.  A dict word never
 * sits at the start (it is managed, or after the slots), a weakref word
 * does when there are no slots. */
static bool same_slots_added(sp_type *a, sp_type *b)
{
    if (!(a->flags & SP_TF_HEAPTYPE) || !(b->flags & SP_TF_HEAPTYPE))
        return false;
    size_t na = a->slot_names ? sp_tuple_len(a->slot_names) : 0, nb = b->slot_names ? sp_tuple_len(b->slot_names) : 0;
    size_t size = 0;
    if ((a->flags & SP_TF_ADDS_WEAKREF) && (b->flags & SP_TF_ADDS_WEAKREF) && na == 0 && nb == 0)
        size++;
    if (a->slot_names && b->slot_names) {
        if (na != nb)
            return false;
        for (size_t i = 0; i < na; i++)
            if (!sp_str_eq(sp_tuple_get(a->slot_names, i), sp_tuple_get(b->slot_names, i)))
                return false;
        size += na;
    }
    return size == cpython_added_words(a) && size == cpython_added_words(b);
}

/* Instances have a dict outside CPython's tp_basicsize (Py_TPFLAGS_MANAGED_DICT). */
static bool managed_dict(sp_type *t)
{
    return (t->flags & SP_TF_HEAPTYPE) && t->dict_offset != 0 && !(t->def->flags & SP_TF_HAS_DICT)
           && !layout_has_items(t->def->layout);
}

void sp_type_check_assign_layout(sp_vm *vm, sp_type *oldto, sp_type *newto, const char *attr)
{
    sp_type *nb = newto, *ob = oldto;
    while (same_layout_as_base(nb))
        nb = nb->base;
    while (same_layout_as_base(ob))
        ob = ob->base;
    bool ok = nb == ob || (nb->base == ob->base && same_slots_added(nb, ob));
    if (!ok || managed_dict(oldto) != managed_dict(newto))
        sp_raise_fmt(vm, vm->e.TypeError, "%s assignment: '%s' object layout differs from '%s'", attr,
                     sp_type_name(newto), sp_type_name(oldto));
}

/* Whether tuple tup holds x (by identity). */
static bool tuple_has(sp_val tup, sp_val x)
{
    for (size_t i = 0; i < sp_tuple_len(tup); i++)
        if (sp_tuple_get(tup, i) == x)
            return true;
    return false;
}

/* list without the item that is x (by identity). */
static sp_val list_without(sp_vm *vm, sp_val list, sp_val x)
{
    sp_val out = sp_list_new(vm, sp_list_len(list));
    for (size_t i = 0; i < sp_list_len(list); i++)
        if (sp_list_get(list, i) != x)
            sp_list_append(vm, out, sp_list_get(list, i));
    return out;
}

typedef struct set_bases_ud {
    sp_type *t;
    sp_val old_bases, new_bases;
    sp_val order;   /* hierarchy_order(t) */
    sp_val undo;    /* list of (type, old mro, new mro, old NOCACHE flag) */
} set_bases_ud;

/* t moves from the __subclasses__ of the old bases to those of the new
 * ones (CPython removes, then adds: t goes to the end of a base it keeps).
 * Part of the assignment's protected body, so that a MemoryError here
 * undoes the assignment too; every list that loses t is built before any
 * is installed, so a failure leaves at most extra entries (a walk too
 * many), never a base of t without t. */
static void move_subclass(sp_vm *vm, set_bases_ud *u)
{
    sp_type *t = u->t;
    size_t no = sp_tuple_len(u->old_bases);
    sp_val rebuilt = sp_list_new(vm, no);
    for (size_t i = 0; i < no; i++) {
        sp_type *b = (sp_type *)sp_tuple_get(u->old_bases, i);
        sp_val l = list_without(vm, b->subclasses, (sp_val)t);
        if (tuple_has(u->new_bases, (sp_val)b))
            sp_list_append(vm, l, (sp_val)t);
        sp_list_append(vm, rebuilt, l);
    }
    for (size_t i = 0; i < sp_tuple_len(u->new_bases); i++) {
        sp_type *b = (sp_type *)sp_tuple_get(u->new_bases, i);
        if (!tuple_has(u->old_bases, (sp_val)b))
            list_add_once(vm, b->subclasses, (sp_val)t);
    }
    for (size_t i = 0; i < no; i++)
        ((sp_type *)sp_tuple_get(u->old_bases, i))->subclasses = sp_list_get(rebuilt, i);
}

static sp_val recompute_mros(sp_vm *vm, void *p)
{
    set_bases_ud *u = p;
    for (size_t i = 0; i < sp_list_len(u->order); i++) {
        sp_type *x = (sp_type *)sp_list_get(u->order, i);
        bool custom;
        sp_val mro = compute_mro(vm, x, &custom);
        sp_val entry = sp_tuple_new(vm, 4);
        sp_tuple_set(entry, 0, (sp_val)x);
        sp_tuple_set(entry, 1, x->mro);
        sp_tuple_set(entry, 2, mro);
        sp_tuple_set(entry, 3, sp_bool(vm, (x->flags & SP_TF_NOCACHE) != 0));
        sp_list_append(vm, u->undo, entry);
        set_mro(x, mro, custom);
    }
    /* Left to the assignment that set the bases last. */
    if (u->t->bases == u->new_bases)
        move_subclass(vm, u);
    return vm->None;
}

static void type_set_bases(sp_vm *vm, sp_val self, sp_val value)
{
    sp_type *t = (sp_type *)self;
    check_heap_set(vm, t, "__bases__", value);
    if (!sp_is_tuple(value))
        sp_raise_fmt(vm, vm->e.TypeError, "can only assign tuple to %s.__bases__, not %T", sp_type_name(t), value);
    if (sp_tuple_len(value) == 0)
        sp_raise_fmt(vm, vm->e.TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", sp_type_name(t));
    for (size_t i = 0; i < sp_tuple_len(value); i++) {
        sp_val b = sp_tuple_get(value, i);
        if (!sp_is_type(b))
            sp_raise_fmt(vm, vm->e.TypeError, "%s.__bases__ must be tuple of classes, not '%T'", sp_type_name(t), b);
        if (bases_reach(vm, (sp_type *)b, t))
            sp_raise_fmt(vm, vm->e.TypeError, "a __bases__ item causes an inheritance cycle");
    }
    sp_type *nb = best_base(vm, value);
    check_bases_layout(vm, t, nb);
    /* CPython's order: set the bases, recompute the MROs of t and its
     * subclasses (a metaclass's mro() sees the new bases), and put
     * everything back if one of them fails.  The mro() calls may assign
     * __bases__ again (this class's or another's): as CPython does, an
     * MRO or a bases tuple that such a nested assignment replaced is not
     * put back, and __subclasses__ is left to the assignment that set
     * the bases last.  Until then the old bases stay visible to the cycle
     * check (bases_reach), so that putting them back closes no cycle. */
    sp_val old_bases = t->bases;
    sp_type *old_base = t->base;
    set_bases_ud u = { t, old_bases, value, hierarchy_order(vm, t), sp_list_new(vm, 8) };
    if (t->pending_bases == NULL)
        t->pending_bases = sp_list_new(vm, 1);
    sp_val pending = t->pending_bases;
    sp_list_append(vm, pending, old_bases);
    t->bases = value;
    t->base = nb;
    sp_val exc = NULL;
    bool ok = sp_pcall(vm, recompute_mros, &u, &exc) != NULL;
    /* Nested assignments pushed and popped their own entries. */
    sp_list_pop(vm, pending);
    if (!ok) {
        for (size_t i = sp_list_len(u.undo); i-- > 0;) {
            sp_val entry = sp_list_get(u.undo, i);
            sp_type *x = (sp_type *)sp_tuple_get(entry, 0);
            if (x->mro == sp_tuple_get(entry, 2))
                set_mro(x, sp_tuple_get(entry, 1), sp_tuple_get(entry, 3) == vm->True);
        }
        if (t->bases == value) {
            t->bases = old_bases;
            t->base = old_base;
        }
        type_modified(t);
        sp_raise(vm, exc);
    }
    type_modified(t);
}

/* type.__annotations__ (3.10+): a heap type's, created empty on demand. */
static sp_val type_get_annotations(sp_vm *vm, sp_val self)
{
    sp_type *t = (sp_type *)self;
    if (!(t->flags & SP_TF_HEAPTYPE))
        raise_no_type_attr(vm, t, vm->n.__annotations__);
    sp_val a = sp_dict_get_str(vm, t->dict, vm->n.__annotations__);
    if (a)
        return sp_descr_get(vm, a, NULL, t);
    a = sp_dict_new(vm);
    sp_dict_set(vm, t->dict, vm->n.__annotations__, a);
    type_modified(t);
    return a;
}

static void type_set_annotations(sp_vm *vm, sp_val self, sp_val value)
{
    sp_type *t = (sp_type *)self;
    if (!(t->flags & SP_TF_HEAPTYPE))
        sp_raise_fmt(vm, vm->e.TypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
                     sp_type_name(t));
    if (value == NULL) {
        if (!sp_dict_del(vm, t->dict, vm->n.__annotations__))
            sp_raise(vm, sp_exc_new_msg(vm, vm->e.AttributeError, vm->n.__annotations__));
    } else {
        sp_dict_set(vm, t->dict, vm->n.__annotations__, value);
    }
    type_modified(t);
}

static const sp_getsetdef type_getsets[] = {
    { "__annotations__", type_get_annotations, type_set_annotations, NULL },
    { "__name__", type_get_name, type_set_name, NULL },
    { "__qualname__", type_get_qualname, type_set_qualname, NULL },
    { "__module__", type_get_module, type_set_module, NULL },
    { "__bases__", type_get_bases, type_set_bases, NULL },
    { "__base__", type_get_base, NULL, NULL },
    { "__mro__", type_get_mro, NULL, NULL },
    { "__dict__", type_get_dict, NULL, NULL },
    { "__doc__", type_get_doc, type_set_doc, NULL },
    { "__abstractmethods__", type_get_abstract, type_set_abstract, NULL },
    { NULL, NULL, NULL, NULL },
};

static void type_trace(sp_heap *h, sp_obj *o)
{
    sp_type *t = (sp_type *)o;
    sp_gc_mark(h, (sp_val)t->base);
    sp_gc_mark(h, t->name);
    sp_gc_mark(h, t->qualname);
    sp_gc_mark(h, t->bases);
    sp_gc_mark(h, t->mro);
    sp_gc_mark(h, t->dict);
    sp_gc_mark(h, t->subclasses);
    sp_gc_mark(h, t->pending_bases);
    sp_gc_mark(h, t->slot_names);
    sp_gc_mark(h, t->lookup_cache);
    sp_gc_mark(h, t->call_init);
}

const sp_typedef sp_type_def = {
    .name = "type",
    .layout = SP_LAYOUT_TYPE,
    .size = sizeof(sp_type),
    .trace = type_trace,
    .methods = type_methods,
    .getsets = type_getsets,
    .flags = SP_TF_BASETYPE,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
};

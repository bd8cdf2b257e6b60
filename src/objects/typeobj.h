/* The type system's own declarations beyond sp.h: the layouts of the
 * descriptor objects that only src/objects/{type,object,descr,abstract}.c
 * look inside, and helpers other subsystems may call.
 *
 * Instance extras.  A heap type may give its instances a __dict__ and
 * __slots__ values beyond the layout of its built-in base: type->nslots
 * sp_val words (the dict word, if the class added one, is among them).
 *   - They start at type->slots_offset (= the base def's size rounded up
 *     to 8) and end at type->instance_size, which sp_alloc_instance
 *     allocates.  int, str and bytes subclasses are fixed-size too (their
 *     value is boxed).
 *   - tuple subclasses: after the items (tuple.c allocates
 *     instance_size + len words); sp_type_trace_extras knows this.
 * A built-in type with SP_TF_HAS_DICT keeps its dict as the first field
 * after the header (exceptions, modules, functions): offset sizeof(sp_obj).
 */
#ifndef SP_TYPEOBJ_H
#define SP_TYPEOBJ_H

#include "sp.h"

/* sp_type_lookup's cache hit (type.c explains the cache: SP_TYPE_CACHE_SETS
 * sets of SP_TYPE_CACHE_WAYS (interned name, result) pairs in a
 * valarray), inline in sp_type_lookup only.  Not inlined into its callers:
 * there (abstract.c, object.c, the eval loop) it changed their register
 * use so that a stale word kept a dead kwargs dict alive for the
 * conservative stack scan (tests/lang/gc_stale_slots.py). */
#define SP_TYPE_CACHE_SETS 32u
#define SP_TYPE_CACHE_WAYS 2u
sp_val sp_type_lookup_slow(sp_vm *vm, sp_type *type, sp_val name);
static inline sp_val sp_type_lookup_fast(sp_vm *vm, sp_type *type, sp_val name)
{
    sp_val cache = type->lookup_cache;
    /* Exact types compared: the casts below are checked by them (and,
     * with no out-of-line downcast on the way, a hit needs no frame). */
    if (cache != NULL && sp_is_ptr(name) && name->type == vm->t.str && cache->type == vm->t.valarray) {
        sp_str_obj *ns = (sp_str_obj *)name;
        if (ns->interned && ns->hash != -1) {
            sp_vals c = sp_valarray_span((sp_valarray *)cache);
            size_t at = ((size_t)ns->hash % SP_TYPE_CACHE_SETS) * SP_TYPE_CACHE_WAYS * 2;
            for (size_t w = 0; w < SP_TYPE_CACHE_WAYS; w++)
                if (sp_vals_get(c, at + 2 * w) == name) {
                    sp_val v = sp_vals_get(c, at + 2 * w + 1);
                    return v == (sp_val)vm->t.rawbuf ? NULL : v;
                }
        }
    }
    return sp_type_lookup_slow(vm, type, name);
}

/* member_descriptor: one __slots__ entry (or the __dict__ of a heap type). */
typedef struct sp_memberdescr_obj {
    sp_obj h;
    sp_val name;            /* str */
    sp_type *owner;
    size_t index;           /* slot index (0-based, in the slots area) */
} sp_memberdescr_obj;

typedef struct sp_mappingproxy_obj { sp_obj h; sp_val mapping; } sp_mappingproxy_obj;

typedef struct sp_super_obj {
    sp_obj h;
    sp_type *type;          /* the class super() starts after */
    sp_val obj;             /* instance or class, or NULL (unbound super) */
    sp_type *obj_type;      /* where the MRO comes from */
} sp_super_obj;

/* Bytes of instance extras (dict + slots) of a heap type beyond its
 * built-in base's def->size; 0 for a built-in type. */
size_t sp_type_extra_size(sp_type *type);
/* The extras of obj as a span of words (empty if none). */
sp_vals sp_obj_extras(sp_vm *vm, sp_val obj);
/* o, an instance of the OBJECT layout, was just allocated with at least
 * `bytes` bytes: type.c's allocation memo (see extras_of) takes that
 * lower bound instead of asking the collector at the first attribute
 * access.  Does nothing for other layouts. */
void sp_obj_note_alloc(sp_obj *o, size_t bytes);
/* After a store into d, an instance of t's __dict__: raise t's
 * attr_hint (object.h) to d's size if that is larger (and not over the
 * cap). */
void sp_type_note_attrs(sp_type *t, sp_val d);
/* obj's __dict__ if it has one already (no lazy creation; reads). */
sp_val sp_obj_peek_dict(sp_vm *vm, sp_val obj);

/* type.c's allocation memo (see there): an OBJECT-layout instance keeps
 * the number of words of its allocation, once known, in the high half of
 * its header's aux word.  Here so that the loop's attribute caches can
 * read an instance's __dict__ or slot word inline (the *_hot functions
 * below), as type.c's own fast paths do. */
#define SP_AUX_WORDS_SHIFT 16u
typedef struct sp_instance_words { sp_obj h; sp_val words[]; } sp_instance_words;
#define SP_HEADER_WORDS (sizeof(sp_obj) / sizeof(sp_val))

/* Word k (counted from the object's start) of o, if o's memo covers it,
 * else NULL: a checked index into the words the memo vouches for. */
static inline sp_val *sp_obj_known_word(sp_obj *o, size_t k)
{
    size_t words = o->aux >> SP_AUX_WORDS_SHIFT;
    if (k >= words || k < SP_HEADER_WORDS)
        return NULL;
    return sp_vals_at(sp_trailing_vals(((sp_instance_words *)o)->words, words - SP_HEADER_WORDS),
                      k - SP_HEADER_WORDS);
}

/* sp_obj_peek_dict, its common case (a plain class instance whose
 * __dict__ word is one of its extras, SP_TF_DICT_EXTRA) inline. */
static inline sp_val sp_obj_peek_dict_hot(sp_vm *vm, sp_val obj)
{
    if (sp_is_ptr(obj) && (obj->type->flags & SP_TF_DICT_EXTRA)) {
        sp_val *w = sp_obj_known_word(obj, obj->type->dict_offset / sizeof(sp_val));
        if (w != NULL)
            return *w;
    }
    return sp_obj_peek_dict(vm, obj);
}

/* sp_obj_get_slot / sp_obj_set_slot, their common case (a plain
 * instance, SP_TF_PLAIN_EXTRAS) inline; obj is a pointer. */
static inline sp_val *sp_obj_known_slot(sp_obj *o, size_t i)
{
    sp_type *t = o->type;
    if (t == NULL || !(t->flags & SP_TF_PLAIN_EXTRAS) || i >= t->nslots)
        return NULL;
    return sp_obj_known_word(o, t->slots_offset / sizeof(sp_val) + i);
}

static inline sp_val sp_obj_get_slot_hot(sp_vm *vm, sp_val obj, size_t i)
{
    sp_val *w = sp_obj_known_slot(obj, i);
    return w != NULL ? *w : sp_obj_get_slot(vm, obj, i);
}

static inline void sp_obj_set_slot_hot(sp_vm *vm, sp_val obj, size_t i, sp_val v)
{
    sp_val *w = sp_obj_known_slot(obj, i);
    if (w != NULL)
        *w = v;
    else
        sp_obj_set_slot(vm, obj, i, v);
}
/* The GC trace of the extras: core's trace hook calls this for every
 * object whose type has extras (type->flags & SP_TF_HEAPTYPE). */
void sp_type_trace_extras(sp_heap *h, sp_obj *o);

/* Finish a type object made by sp_type_from_def: name, dict, mro, ...
 * (sp_init_types does it for every type of types.def; sp_type_from_def
 * does it itself once the type system is up). */
void sp_type_ready(sp_vm *vm, sp_type *type);

/* super() with no arguments: the vm engineer passes the __class__ cell
 * contents and the first argument of the running function. */
sp_val sp_super_new(sp_vm *vm, sp_type *type, sp_val obj);
/* LOAD_METHOD on an exact super object (descr.c): the method unbound with
 * its instance in *self, or the attribute; NULL if the MRO search finds
 * nothing. */
sp_val sp_super_method(sp_vm *vm, sp_val sup, sp_val name, sp_val *self);
/* Written by the vm (src/vm/frame.c): for a zero-argument super(), the
 * running Python function's __class__ cell contents and its first
 * argument; else CPython's RuntimeError message (code.h). */
const char *sp_frame_super_args(sp_vm *vm, sp_val *type, sp_val *obj);

/* Descriptor protocol: descr.__get__(obj, type) (obj NULL for class
 * access).  Fast for the built-in descriptors and functions. */
sp_val sp_descr_get(sp_vm *vm, sp_val descr, sp_val obj, sp_type *type);
/* True if descr's type defines __set__ or __delete__. */
bool sp_is_data_descr(sp_vm *vm, sp_val descr);
/* Call a descriptor's __set__ (value) or __delete__ (value NULL) if its
 * type has one; false if it has neither. */
bool sp_descr_set(sp_vm *vm, sp_val descr, sp_val obj, sp_val value);

/* CPython 3.11's compatible_for_assignment for `__class__` and
 * `__bases__` assignment (attr): TypeError "... object layout differs"
 * unless newto's instances are laid out as oldto's, __slots__ names
 * included. */
void sp_type_check_assign_layout(sp_vm *vm, sp_type *oldto, sp_type *newto, const char *attr);

/* type.__call__: what calling a class does. */
sp_val sp_type_call(sp_vm *vm, sp_type *type, sp_vals args, sp_val kwnames);
/* The generic attribute lookup on type objects (type.__getattribute__). */
sp_val sp_type_getattr(sp_vm *vm, sp_val type, sp_val name, bool raise);
/* The metaclass rule: the most derived of meta and the bases' types, or
 * TypeError "metaclass conflict: ...". */
sp_type *sp_type_calculate_meta(sp_vm *vm, sp_type *meta, sp_val bases);

/* What a type's attribute hooks are, cached per type version (so that
 * the protocol can call the C algorithm directly). */
#define SP_SLOT_VALID 0x1u
#define SP_SLOT_GA_GENERIC 0x2u   /* __getattribute__ is object's */
#define SP_SLOT_GA_TYPE 0x4u      /* ... type's */
#define SP_SLOT_GA_MODULE 0x8u    /* ... module's */
#define SP_SLOT_GETATTR 0x10u     /* has a __getattr__ */
#define SP_SLOT_SA_GENERIC 0x20u  /* __setattr__ is object's */
#define SP_SLOT_SA_TYPE 0x40u
#define SP_SLOT_DA_GENERIC 0x80u  /* __delattr__ is object's */
#define SP_SLOT_DA_TYPE 0x100u
uint32_t sp_type_slot_flags(sp_vm *vm, sp_type *t);
/* May t keep caches computed from its MRO?  If so, marks t and its MRO
 * so that a change to any of them drops the caches (type.c). */
bool sp_type_mark_cached(sp_type *t);
static inline bool sp_type_may_cache(sp_type *t)
{
    /* Already marked (the common case, one test); else type.c decides
     * and marks. */
    if ((t->flags & (SP_TF_CACHED | SP_TF_NOCACHE)) == SP_TF_CACHED && t->mro != NULL)
        return true;
    return sp_type_mark_cached(t);
}

/* staticmethod(func) / classmethod(func) as the class statement makes
 * them implicitly (type is vm->t.staticmethod or vm->t.classmethod): like
 * CPython's PyStaticMethod_New, without copying func's metadata. */
sp_val sp_wrap_new(sp_vm *vm, sp_type *type, sp_val func);

/* Call f with self prepended to args. */
sp_val sp_call_with_self(sp_vm *vm, sp_val f, sp_val self, sp_vals args, sp_val kwnames);

/* Dunders CPython implements as slots ("slot wrapper" in reprs and
 * messages). */
bool sp_is_slot_name(const char *name);

/* The arguments (after self) a slot wrapper takes when called from Python:
 * CPython checks them the same way for every type, with its own messages
 * ("expected 1 argument, got 2").  SP_SLOT_NONE: not a fixed-arity slot
 * (the method checks its own arguments). */
enum { SP_SLOT_NONE, SP_SLOT_0, SP_SLOT_1, SP_SLOT_2, SP_SLOT_1_2, SP_SLOT_REPEAT, SP_SLOT_NEW };
uint8_t sp_slot_args_of(sp_type *owner, const char *name);
/* T.__new__(S, ...) called with b = T.__new__ (SP_SLOT_NEW): S must be a
 * type, a subtype of T, whose nearest C __new__ is T's own. */
void sp_new_check_cls(sp_vm *vm, const sp_builtin_obj *b, sp_vals args, sp_val kwnames);
/* Raise CPython's TypeError unless args (self excluded) and kwnames fit. */
void sp_slot_check_args(sp_vm *vm, const sp_methoddef *def, uint8_t slot_args, sp_vals args, sp_val kwnames);

/* builtin_function_or_method / method_descriptor checks. */
bool sp_is_builtin(sp_vm *vm, sp_val v);
bool sp_is_method(sp_vm *vm, sp_val v);

/* The type dicts hold `object.__init__` etc.: identity tests on these
 * tell whether a class overrides them. */
bool sp_type_is_object_new(sp_vm *vm, sp_type *type);
bool sp_is_object_new(sp_vm *vm, sp_val f);   /* f is object.__new__ */
bool sp_is_object_init(sp_vm *vm, sp_val f);  /* f is object.__init__ */
/* A new instance of a class that uses object.__new__ (checks included). */
sp_val sp_object_new_instance(sp_vm *vm, sp_type *t);
bool sp_type_is_object_init(sp_vm *vm, sp_type *type);

/* "0x7f..." address text of an object for reprs. */
sp_val sp_obj_addr_repr(sp_vm *vm, const char *prefix, sp_val obj, const char *suffix);

/* Class creation with the keyword arguments of the class statement
 * (passed on to __init_subclass__); kwargs may be NULL. */
sp_val sp_type_new_kw(sp_vm *vm, sp_type *metatype, sp_val name, sp_val bases, sp_val dict, sp_val kwargs);
/* setattr/delattr (value NULL) on a type object. */
void sp_type_setattr(sp_vm *vm, sp_val type, sp_val name, sp_val value);
/* The module's attribute lookup (module.__getattribute__). */
sp_val sp_module_getattr(sp_vm *vm, sp_val module, sp_val name, bool raise);

/* The C functions of object/type/module's attribute methods: the
 * protocol recognises them in the type's dict and calls the C code
 * directly. */
sp_val sp_object_getattribute_fn(sp_vm *vm, sp_vals args, sp_val kwnames);
sp_val sp_object_setattr_fn(sp_vm *vm, sp_vals args, sp_val kwnames);
sp_val sp_object_delattr_fn(sp_vm *vm, sp_vals args, sp_val kwnames);
sp_val sp_type_getattribute_fn(sp_vm *vm, sp_vals args, sp_val kwnames);
sp_val sp_type_setattr_fn(sp_vm *vm, sp_vals args, sp_val kwnames);
sp_val sp_type_delattr_fn(sp_vm *vm, sp_vals args, sp_val kwnames);
sp_val sp_type_call_fn(sp_vm *vm, sp_vals args, sp_val kwnames);
sp_val sp_module_getattribute_fn(sp_vm *vm, sp_vals args, sp_val kwnames);
sp_val sp_type_or_fn(sp_vm *vm, sp_vals args, sp_val kwnames);   /* genericalias.c */
sp_val sp_type_ror_fn(sp_vm *vm, sp_vals args, sp_val kwnames);

/* Builtin functions of this area (builtins.c) -- see sp.h. */
sp_val sp_obj_dir(sp_vm *vm, sp_val obj);

#endif

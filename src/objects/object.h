/* Values, object headers, type objects and the layouts of the built-in
 * objects that more than one subsystem looks inside.
 *
 * A value (sp_val) is one machine word:
 *   - low bit 1: a small int, the value shifted left by one
 *     (range SP_SMALL_MIN..SP_SMALL_MAX);
 *   - otherwise a pointer to a GC heap object, never NULL for a live Python
 *     value.  NULL means "no value" (missing argument, exhausted iterator,
 *     not found) and is never visible to Python code.
 *
 * Downcasts go through the sp_as_* accessors of src/sp.h, which check the
 * object's layout and trap otherwise; code may use a struct pointer only
 * after such a check.
 */
#ifndef SP_OBJECT_H
#define SP_OBJECT_H

#include "../core/gc.h"

typedef struct sp_vm sp_vm;
typedef struct sp_type sp_type;

/* ---- small ints ---------------------------------------------------------*/
#define SP_SMALL_MAX ((int64_t)0x3fffffffffffffffLL)
#define SP_SMALL_MIN (-SP_SMALL_MAX - 1)

static inline bool sp_is_small(sp_val v) { return ((uintptr_t)v & 1u) != 0; }
static inline bool sp_is_ptr(sp_val v) { return v != NULL && !sp_is_small(v); }
/* Precondition: SP_SMALL_MIN <= i <= SP_SMALL_MAX. */
static inline sp_val sp_small(int64_t i) { return (sp_val)(((uintptr_t)i << 1) | 1u); }
/* Arithmetic right shift of the signed word (gcc and clang define it). */
static inline int64_t sp_small_get(sp_val v) { return (int64_t)((intptr_t)v >> 1); }
static inline bool sp_fits_small(int64_t i) { return i >= SP_SMALL_MIN && i <= SP_SMALL_MAX; }

/* ---- C functions and descriptors ----------------------------------------
 * Every C function callable from Python has one signature: the positional
 * arguments followed by the keyword arguments' values in `args`, and the
 * keywords' names in `kwnames` (a tuple of str, or NULL when there are
 * none).  For methods args[0] is self (for classmethods, the class).
 */
typedef sp_val (*sp_cfunc)(sp_vm *vm, sp_vals args, sp_val kwnames);

#define SP_METH_STATIC 0x1u   /* no self: a staticmethod (e.g. __new__ gets cls explicitly) */
#define SP_METH_CLASS 0x2u    /* args[0] is the class: a classmethod */

typedef struct sp_methoddef {
    const char *name;
    sp_cfunc fn;
    uint32_t flags;
    const char *doc;          /* may be NULL */
} sp_methoddef;

typedef sp_val (*sp_getter)(sp_vm *vm, sp_val self);
/* value == NULL means delete. */
typedef void (*sp_setter)(sp_vm *vm, sp_val self, sp_val value);

typedef struct sp_getsetdef {
    const char *name;
    sp_getter get;
    sp_setter set;            /* NULL: read-only (AttributeError on set) */
    const char *doc;
} sp_getsetdef;

/* The memory layout an object has, shared by a built-in type and all its
 * Python subclasses.  The checked downcasts compare this. */
typedef enum sp_layout {
    SP_LAYOUT_OBJECT = 0,   /* bare header (+ dict/slots of heap types) */
    SP_LAYOUT_TYPE,
    SP_LAYOUT_INT,          /* big ints; small ints are tagged, not heap */
    SP_LAYOUT_FLOAT,
    SP_LAYOUT_COMPLEX,
    SP_LAYOUT_STR,
    SP_LAYOUT_BYTES,
    SP_LAYOUT_BYTEARRAY,
    SP_LAYOUT_TUPLE,
    SP_LAYOUT_LIST,
    SP_LAYOUT_DICT,
    SP_LAYOUT_SET,          /* set and frozenset */
    SP_LAYOUT_EXC,          /* BaseException and all exceptions */
    SP_LAYOUT_MODULE,
    SP_LAYOUT_FUNCTION,
    SP_LAYOUT_CODE,
    SP_LAYOUT_CELL,
    SP_LAYOUT_VALARRAY,
    SP_LAYOUT_RAWBUF,
    SP_LAYOUT_OTHER,        /* a layout private to one file */
} sp_layout;

/* The immutable C description of a built-in type.  One static const per
 * type (sp_<id>_def, see types.def); the VM makes a type object from it. */
typedef struct sp_typedef {
    const char *name;            /* __name__; "module.name" sets __module__ */
    sp_layout layout;
    size_t size;                 /* instance size in bytes (fixed part) */
    /* Mark the values the object holds (not its type: the VM does that).
     * NULL if it holds none. */
    void (*trace)(sp_heap *h, sp_obj *o);
    /* Release non-heap resources (file descriptors).  Runs during sweep:
     * must not allocate or touch other objects.  NULL if none. */
    void (*finalize)(sp_obj *o);
    const sp_methoddef *methods; /* NULL-terminated by name == NULL; may be NULL */
    const sp_getsetdef *getsets; /* likewise */
    uint32_t flags;              /* SP_TF_* */
    const char *doc;
} sp_typedef;

#define SP_TF_BASETYPE 0x1u   /* Python classes may subclass it */
#define SP_TF_HEAPTYPE 0x2u   /* created by a class statement / type() */
#define SP_TF_HAS_DICT 0x4u   /* instances have a __dict__ at dict_offset */
#define SP_TF_ABSTRACT 0x8u   /* has __abstractmethods__ */
#define SP_TF_NOINSTANCE 0x10u /* can't be instantiated from Python ("cannot create 'X' instances") */
#define SP_TF_CACHED 0x20u    /* type.c: this type or one below it may hold a lookup cache */
#define SP_TF_NOCACHE 0x40u   /* type.c: MRO from a metaclass's mro(): never cache lookups */
#define SP_TF_ADDS_WEAKREF 0x80u /* type.c: a class that gave its instances __weakref__ */
#define SP_TF_WEAKREFS 0x100u /* a built-in type whose CPython twin has a weakref slot (tp_weaklistoffset):
                                 classes derived from it add none */
#define SP_TF_PLAIN_EXTRAS 0x200u /* type.c: an OBJECT-layout class with extras, all whole words after
                                     the header (extras_of's fast path; set once, with the layout) */
#define SP_TF_DICT_EXTRA 0x400u /* type.c: ... and its __dict__ word is one of them (dict_slot's) */
#define SP_TF_ROOT 0x800u     /* vm.c: one of vm->t's or vm->e's types, which vm_mark_roots marks at every
                                 collection: tracing an instance need not mark it (set once, at start-up;
                                 those fields are never reassigned) */

/* A type object.  Every type, built-in or not, is one of these in the heap. */
struct sp_type {
    sp_obj h;
    const sp_typedef *def;  /* C behaviour of the nearest built-in base */
    uint32_t layout_tag;    /* def->layout + 1, set with def (0: not yet): what
                               SP_AS's check compares, one dependent load
                               shorter than def->layout (sp_as_layout, the
                               slow path, still decides by def) */
    sp_type *base;          /* __base__: the solid base; NULL only for object */
    sp_val name;            /* str: __name__ */
    sp_val qualname;        /* str: __qualname__ */
    sp_val bases;           /* tuple: __bases__ */
    sp_val mro;             /* tuple: __mro__ */
    sp_val dict;            /* dict: the namespace (shown as a mappingproxy) */
    sp_val subclasses;      /* list of subclasses (strong refs for now) */
    sp_val pending_bases;   /* type.c: list of the __bases__ tuples that
                               assignments still recomputing MROs may put
                               back (NULL: none); cycle checks follow them */
    sp_val slot_names;      /* type.c: tuple of the class's own __slots__
                               names, mangled and sorted, without __dict__
                               and __weakref__ (CPython's ht_slots); NULL
                               if the class body had no __slots__ */
    uint32_t flags;         /* SP_TF_* */
    size_t instance_size;   /* bytes per instance, header included */
    size_t dict_offset;     /* byte offset of the __dict__ slot, 0 = none */
    size_t slots_offset;    /* byte offset of the first __slots__ value */
    size_t nslots;          /* number of __slots__ values */
    uint64_t version;       /* bumped on any change to this type or its MRO
                               (for inline caches) */
    sp_val lookup_cache;    /* type.c: dict name -> sp_type_lookup result,
                               dropped on any change (NULL: none yet) */
    uint64_t slot_version;  /* type.c: `version` slot_flags was computed for */
    uint32_t slot_flags;    /* type.c: which attribute hooks the type has */
    uint32_t call_kind;     /* type.c: what calling the class does, for call_version */
    uint64_t call_version;  /* type.c: `version` call_kind was computed for (0: never) */
    sp_val call_init;       /* type.c: the __init__ function call_kind names */
    uint64_t del_version;   /* finalize.c: `version` has_del was computed for (0: never) */
    bool has_del;           /* finalize.c: the class or a base defines __del__ */
    uint32_t attr_hint;     /* type.c: the most entries (up to SP_ATTR_HINT_MAX) seen in
                               the __dict__ of one of its instances: a new instance's
                               dict is made with room for that many.  Only a size
                               hint: no cache or version depends on it. */
};
#define SP_ATTR_HINT_MAX 42u   /* a 64-slot table (dict.h: usable = 2/3 of the slots) */

/* ---- layouts looked into by several subsystems ---------------------------*/

/* Internal GC'd arrays: storage behind lists, dicts, ... (never visible to
 * Python).  Access only through the spans of sp.h. */
typedef struct sp_valarray { sp_obj h; size_t cap; sp_val items[]; } sp_valarray;
typedef struct sp_rawbuf { sp_obj h; size_t cap; uint8_t data[]; } sp_rawbuf;

/* Arbitrary-precision int, sign-magnitude, 32-bit limbs, least
 * significant first, no leading zero limb.  Only for values outside the
 * small range: a big int whose value fits a small int is never made. */
typedef struct sp_bigint_obj {
    sp_obj h;
    int32_t sign;           /* -1 or +1 */
    uint32_t nlimbs;
    uint32_t limbs[];
} sp_bigint_obj;

typedef struct sp_float_obj { sp_obj h; double value; } sp_float_obj;
typedef struct sp_complex_obj { sp_obj h; double real, imag; } sp_complex_obj;

/* str: UTF-8 bytes, NUL-terminated (the NUL is not counted), immutable. */
typedef struct sp_str_obj {
    sp_obj h;
    size_t len;             /* bytes, without the NUL */
    size_t nchars;          /* code points */
    int64_t hash;           /* -1: not computed yet */
    sp_val index;           /* NULL or a rawbuf: code point -> byte offset
                               table for non-ASCII strings, built lazily */
    uint8_t ascii;          /* all bytes < 0x80: char i is byte i */
    uint8_t interned;
    uint8_t data[];
} sp_str_obj;

typedef struct sp_bytes_obj {
    sp_obj h;
    size_t len;
    int64_t hash;           /* -1: not computed yet */
    uint8_t data[];         /* plus a NUL after len, for C convenience */
} sp_bytes_obj;

typedef struct sp_bytearray_obj {
    sp_obj h;
    size_t len;
    sp_val buf;             /* rawbuf or NULL when empty */
    size_t exports;         /* live memoryviews: resizing raises BufferError */
} sp_bytearray_obj;

typedef struct sp_tuple_obj { sp_obj h; size_t len; int64_t hash; sp_val items[]; } sp_tuple_obj;

typedef struct sp_list_obj {
    sp_obj h;
    size_t len;
    sp_val items;           /* valarray with cap >= head + len, or NULL when cap 0 */
    size_t head;            /* the items are items[head .. head + len); the
                               slots before head are NULL (l.pop(0) and
                               del l[:k] advance head: list.c) */
} sp_list_obj;

typedef struct sp_module_obj {
    sp_obj h;
    sp_val dict;            /* the module's globals */
    sp_val name;            /* str */
} sp_module_obj;

/* BaseException and every exception.  Instances always have a __dict__;
 * the per-class attributes (SystemExit.code, StopIteration.value,
 * OSError.errno, SyntaxError.lineno, ...) are kept there. */
typedef struct sp_exc_obj {
    sp_obj h;
    sp_val dict;            /* dict (first, so dict_offset is fixed) */
    sp_val args;            /* tuple */
    sp_val traceback;       /* traceback or NULL (None) */
    sp_val context;         /* exception or NULL */
    sp_val cause;           /* exception or NULL */
    sp_val notes;           /* list or NULL (__notes__) */
    bool suppress_context;
} sp_exc_obj;

/* A C function exposed to Python: a builtin function, or a method of a
 * built-in type bound to its self. */
typedef struct sp_builtin_obj {
    sp_obj h;
    const sp_methoddef *def;
    sp_val self;            /* NULL for a module-level function */
    sp_val module;          /* str __module__ or NULL */
    uint8_t slot_args;      /* SP_SLOT_* of a bound slot wrapper (typeobj.h), else 0 */
    sp_type *owner;         /* a bound C method: the class defining it (messages), or NULL */
} sp_builtin_obj;

/* A C method in a type's dict (method_descriptor / classmethod_descriptor). */
typedef struct sp_methoddescr_obj {
    sp_obj h;
    const sp_methoddef *def;
    sp_type *owner;
    uint8_t slot_args;      /* SP_SLOT_* when it is a slot wrapper, else 0 */
} sp_methoddescr_obj;

typedef struct sp_getsetdescr_obj {
    sp_obj h;
    const sp_getsetdef *def;
    sp_type *owner;
} sp_getsetdescr_obj;

/* Bound method: a callable bound to self. */
typedef struct sp_method_obj { sp_obj h; sp_val func; sp_val self; } sp_method_obj;

/* staticmethod / classmethod / property */
typedef struct sp_wrapdescr_obj { sp_obj h; sp_val func; sp_val dict; } sp_wrapdescr_obj;
typedef struct sp_property_obj {
    sp_obj h;
    sp_val fget, fset, fdel, doc, name;
} sp_property_obj;

typedef struct sp_cell_obj { sp_obj h; sp_val value; /* NULL: empty */ } sp_cell_obj;

#endif

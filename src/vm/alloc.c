/* Allocation: the VM's door to the heap.  Every failure (cap reached,
 * system out of memory, size overflow) raises MemoryError. */
#include "sp.h"
#include "vmlife.h"

static sp_obj *alloc_flags(sp_vm *vm, sp_type *type, size_t size, uint32_t flags)
{
    /* Instances of classes may get a __del__ (even later, assigned to the
     * class): candidates for Python-level finalization (finalize.c). */
    if (type != NULL && (type->flags & SP_TF_HEAPTYPE))
        flags |= SP_GC_PYFIN;
    sp_obj *o = sp_heap_alloc(vm->heap, type, size, flags);
    if (o == NULL)
        sp_raise_memory(vm);
    return o;
}

sp_obj *sp_alloc_finalized(sp_vm *vm, sp_type *type, size_t size)
{
    return alloc_flags(vm, type, size, SP_GC_FINALIZE);
}

/* The instance's dict slot (heap types) is left NULL: the type system
 * creates the dict on first use.  Types whose C part releases resources
 * get the finalizer flag. */
sp_val sp_alloc_instance_gc(sp_vm *vm, sp_type *type, uint32_t gcflags)
{
    size_t size = type->instance_size;
    if (size < sizeof(sp_obj))
        size = sizeof(sp_obj);
    if (type->def != NULL && type->def->finalize != NULL)
        gcflags |= SP_GC_FINALIZE;
    return alloc_flags(vm, type, size, gcflags);
}

sp_val sp_alloc_instance(sp_vm *vm, sp_type *type)
{
    return sp_alloc_instance_gc(vm, type, 0);
}

sp_valarray *sp_valarray_new(sp_vm *vm, size_t cap)
{
    size_t bytes = sp_size_mul_or_raise(vm, cap, sizeof(sp_val));
    bytes = sp_size_add_or_raise(vm, bytes, sizeof(sp_valarray));
    sp_valarray *a = (sp_valarray *)sp_alloc(vm, vm->t.valarray, bytes);
    a->cap = cap;
    return a;
}

sp_rawbuf *sp_rawbuf_new(sp_vm *vm, size_t cap)
{
    size_t bytes = sp_size_add_or_raise(vm, cap, sizeof(sp_rawbuf));
    sp_rawbuf *b = (sp_rawbuf *)sp_alloc(vm, vm->t.rawbuf, bytes);
    b->cap = cap;
    return b;
}

size_t sp_size_add_or_raise(sp_vm *vm, size_t a, size_t b)
{
    size_t r;
    if (!sp_size_add(a, b, &r))
        sp_raise_memory(vm);
    return r;
}

size_t sp_size_mul_or_raise(sp_vm *vm, size_t a, size_t b)
{
    size_t r;
    if (!sp_size_mul(a, b, &r))
        sp_raise_memory(vm);
    return r;
}

/* A C smoke test of the type system, for use before the compiler exists.
 * Build: tests/types/smoke.sh (links every object but main.o). */
#include <stdio.h>
#include <stdlib.h>
#include "sp.h"
#include "vm/vmlife.h"
#include "objects/typeobj.h"

__attribute__((weak)) sp_val sp_float_new(sp_vm *vm, double d)
{
    sp_float_obj *f = (sp_float_obj *)sp_alloc(vm, vm->t.float_, sizeof *f);
    f->value = d;
    return (sp_val)f;
}

__attribute__((weak)) sp_val sp_current_globals(sp_vm *vm) { (void)vm; return NULL; }

static sp_vm *V;

static void show(const char *label, sp_val v)
{
    sp_val r = sp_repr(V, v);
    printf("%s: %s\n", label, sp_str_cstr(r));
}

static sp_val S(const char *s) { return sp_intern_cstr(V, s); }

static sp_val run_case(sp_vm *vm, void *ud)
{
    int which = *(int *)ud;
    sp_val t = (sp_val)vm->t.type;
    switch (which) {
    case 0: {
        show("type(1)", sp_call1(vm, t, sp_small(1)));
        show("int", (sp_val)vm->t.int_);
        show("object()", sp_call0(vm, (sp_val)vm->t.object));
        show("len", sp_dict_get_cstr(vm, vm->builtins, "isinstance"));
        show("list.append", sp_getattr(vm, (sp_val)vm->t.list, S("append")));
        sp_val l = sp_list_new(vm, 0);
        show("[].append", sp_getattr(vm, l, S("append")));
        sp_call1(vm, sp_getattr(vm, l, S("append")), sp_small(5));
        show("l", l);
        show("dict.fromkeys", sp_getattr(vm, (sp_val)vm->t.dict, S("fromkeys")));
        show("int.__dict__[real]", sp_dict_get_cstr(vm, vm->t.int_->dict, "real"));
        show("type.__dict__[__name__]", sp_dict_get_cstr(vm, vm->t.type->dict, "__name__"));
        show("int.__name__", sp_getattr(vm, (sp_val)vm->t.int_, S("__name__")));
        show("int.__mro__", sp_getattr(vm, (sp_val)vm->t.bool_, S("__mro__")));
        show("int.__dict__", sp_getattr(vm, (sp_val)vm->t.object, S("__class__")));
        show("None", vm->None);
        show("NotImplemented", vm->NotImplemented);
        printf("1<2: %d\n", sp_richcmp(vm, sp_small(1), sp_small(2), SP_LT) == vm->True);
        show("'a' + 'b'", sp_binary(vm, SP_OP_ADD, S("a"), S("b")));
        printf("hash ok %d\n", sp_hash(vm, S("a")) == sp_str_hash(vm, S("a")));
        printf("isinstance(True,int) %d\n", sp_call2(vm, sp_dict_get_cstr(vm, vm->builtins, "isinstance"), vm->True, (sp_val)vm->t.int_) == vm->True);
        show("module", vm->builtins_module);
        show("sys", sp_dict_get_cstr(vm, vm->modules, "sys"));
        break;
    }
    case 1: {
        /* class A: x = 1; class B(A): pass */
        sp_val ns = sp_dict_new(vm);
        sp_dict_set_cstr(vm, ns, "x", sp_small(1));
        sp_dict_set_cstr(vm, ns, "__module__", S("__main__"));
        sp_val bases = sp_tuple_new(vm, 0);
        sp_val args3[3] = { S("A"), bases, ns };
        sp_val A = sp_call(vm, t, SP_VALS(args3), NULL);
        show("A", A);
        sp_val a = sp_call0(vm, A);
        sp_setattr(vm, a, S("y"), sp_small(2));
        show("a.x", sp_getattr(vm, a, S("x")));
        show("a.y", sp_getattr(vm, a, S("y")));
        show("a.__dict__", sp_getattr(vm, a, S("__dict__")));
        show("A.__dict__", sp_getattr(vm, A, S("__dict__")));
        show("A.__mro__", sp_getattr(vm, A, S("__mro__")));
        sp_val b1 = sp_tuple_new(vm, 1);
        sp_tuple_set(b1, 0, A);
        sp_val ns2 = sp_dict_new(vm);
        sp_dict_set_cstr(vm, ns2, "__module__", S("__main__"));
        sp_val args4[3] = { S("B"), b1, ns2 };
        sp_val B = sp_call(vm, t, SP_VALS(args4), NULL);
        show("B.__mro__", sp_getattr(vm, B, S("__mro__")));
        sp_val b = sp_call0(vm, B);
        show("b.x", sp_getattr(vm, b, S("x")));
        printf("%s: %d\n", "isinstance(b, A)", (int)(sp_isinstance(vm, b, (sp_type *)A)));
        show("A.__subclasses__()", sp_call0(vm, sp_getattr(vm, A, S("__subclasses__"))));
        printf("b==b %d\n", sp_richcmp(vm, b, b, SP_EQ) == vm->True);
        printf("b!=a %d\n", sp_richcmp(vm, b, a, SP_NE) == vm->True);
        sp_val r = sp_repr(vm, b);
        printf("repr(b) prefix ok: %d\n", sp_cbytes_find(sp_str_bytes(r), sp_cbytes_of_cstr("<__main__.B object at 0x"), 0) == 0);
        /* slots */
        sp_val ns3 = sp_dict_new(vm);
        sp_val sl = sp_tuple_pack2(vm, S("p"), S("q"));
        sp_dict_set_cstr(vm, ns3, "__slots__", sl);
        sp_val args5[3] = { S("C"), sp_tuple_new(vm, 0), ns3 };
        sp_val C = sp_call(vm, t, SP_VALS(args5), NULL);
        sp_val c = sp_call0(vm, C);
        sp_setattr(vm, c, S("p"), sp_small(7));
        show("c.p", sp_getattr(vm, c, S("p")));
        show("C.p", sp_getattr(vm, C, S("p")));
        printf("%s: %d\n", "hasattr(c,'q')", (int)(sp_hasattr(vm, c, S("q"))));
        printf("%s: %d\n", "hasattr(c,'__dict__')", (int)(sp_hasattr(vm, c, S("__dict__"))));
        sp_setattr(vm, c, S("zz"), sp_small(7));
        break;
    }
    case 2: {
        /* MRO conflict */
        sp_val ns = sp_dict_new(vm);
        sp_val A = sp_call(vm, t, SP_VALS(((sp_val[3]){ S("A"), sp_tuple_new(vm, 0), ns })), NULL);
        sp_val B = sp_call(vm, t, SP_VALS(((sp_val[3]){ S("B"), sp_tuple_pack2(vm, A, A), sp_dict_new(vm) })), NULL);
        (void)B;
        break;
    }
    case 3: {
        sp_val ns = sp_dict_new(vm);
        sp_val A = sp_call(vm, t, SP_VALS(((sp_val[3]){ S("A"), sp_tuple_new(vm, 0), ns })), NULL);
        sp_val b1 = sp_tuple_new(vm, 1);
        sp_tuple_set(b1, 0, A);
        sp_val B = sp_call(vm, t, SP_VALS(((sp_val[3]){ S("B"), b1, sp_dict_new(vm) })), NULL);
        sp_call(vm, t, SP_VALS(((sp_val[3]){ S("C"), sp_tuple_pack2(vm, A, B), sp_dict_new(vm) })), NULL);
        break;
    }
    case 4: sp_binary(vm, SP_OP_ADD, sp_small(1), S("a")); break;
    case 5: sp_call0(vm, sp_small(1)); break;
    case 6: sp_getattr(vm, sp_small(1), S("foo")); break;
    case 7: sp_getattr(vm, (sp_val)vm->t.int_, S("foo")); break;
    case 8: sp_call(vm, sp_getattr(vm, (sp_val)vm->t.list, S("append")), SP_VALS(((sp_val[2]){ sp_small(1), sp_small(2) })), NULL); break;
    case 9: sp_hash(vm, sp_list_new(vm, 0)); break;
    case 10: sp_richcmp(vm, sp_small(1), S("a"), SP_LT); break;
    case 11: sp_call1(vm, (sp_val)vm->t.object, sp_small(1)); break;
    case 12: sp_getattr(vm, sp_dict_get_cstr(vm, vm->modules, "sys"), S("nope")); break;
    case 13: sp_len(vm, sp_small(1)); break;
    case 14: sp_iter(vm, sp_small(1)); break;
    case 15: sp_getitem(vm, sp_small(1), sp_small(1)); break;
    case 16: sp_setattr(vm, (sp_val)vm->t.int_, S("x"), sp_small(1)); break;
    case 17: sp_setattr(vm, sp_call0(vm, (sp_val)vm->t.object), S("x"), sp_small(1)); break;
    case 18: sp_call(vm, t, SP_VALS(((sp_val[3]){ S("X"), sp_tuple_pack2(vm, (sp_val)vm->t.int_, (sp_val)vm->t.str), sp_dict_new(vm) })), NULL); break;
    case 19: sp_call(vm, t, SP_VALS(((sp_val[3]){ S("X"), sp_tuple_pack2(vm, (sp_val)vm->t.bool_, (sp_val)vm->t.bool_), sp_dict_new(vm) })), NULL); break;
    default: return NULL;
    }
    return vm->None;
}

int main(void)
{
    char base;
    setvbuf(stdout, NULL, _IONBF, 0);
    sp_config cfg = { 0 };
    cfg.gc_stress = getenv("SAFEPY_GC_STRESS") != NULL;
    V = sp_vm_new(&cfg);
    if (V == NULL) {
        printf("no vm\n");
        return 1;
    }
    sp_vm_enter(V, &base);
    for (int i = 0; i < 20; i++) {
        sp_val exc = NULL;
        sp_val r = sp_pcall(V, run_case, &i, &exc);
        if (r == NULL) {
            sp_val msg = sp_str(V, exc);
            printf("case %d: %s: %s\n", i, sp_type_name(exc->type), sp_str_cstr(msg));
        }
    }
    return 0;
}

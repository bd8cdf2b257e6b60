# __bases__ assignment between classes of different instance layouts.
# The class's own layout never changes, so the new base's member
# descriptors must land on the words the old base's slots used: a swap
# from a base whose __dict__ word is where the new base keeps a slot used
# to let `t.a = 5` overwrite the instance dict (a safety trap, "bad
# downcast to sp_dict_obj", on the next attribute access).
def t(label, fn):
    try:
        print(label, 'ok', fn())
    except TypeError as e:
        print(label, 'TypeError', e)
def swap(label, base, newbases):
    def go():
        C = type('C', (base,), {})
        C.__bases__ = newbases
        return C.__mro__[1:]
    t(label, go)
class A: pass
class B: pass
class P:
    __slots__ = ('a', 'b')
class P2:
    __slots__ = ('a', 'b')
class Q:
    __slots__ = ('__dict__', 'a')
class NS:
    __slots__ = ()
class I(int): pass
class L(list): pass
class E1(Exception): pass
class E2(Exception): pass
swap('A->B', A, (B,))
swap('A->A,B', A, (A, B))
swap('A->object', A, (object,))
swap('object->A', object, (A,))
swap('object->NS', object, (NS,))
swap('A->NS', A, (NS,))
swap('P->P2', P, (P2,))
swap('P->Q', P, (Q,))
swap('Q->P', Q, (P,))
swap('P->A', P, (A,))
swap('A->P', A, (P,))
swap('A->I', A, (I,))
swap('I->int', I, (int,))
swap('L->list', L, (list,))
swap('L->A', L, (A,))
swap('A->int', A, (int,))
swap('A->bool', A, (bool,))
swap('E1->E2', E1, (E2,))
swap('E1->ValueError', E1, (ValueError,))
swap('E1->A', E1, (A,))
swap('A->()', A, ())
swap('A->list', A, [B])
swap('A->(1,)', A, (1,))
swap('A->None', A, None)
t('int', lambda: setattr(int, '__bases__', (object,)))
t('del', lambda: delattr(type('C', (A,), {}), '__bases__'))
# The attack itself: a class whose dict word is where P keeps 'a'.
class T(Q):
    pass
obj = T()
obj.x = 1
try:
    T.__bases__ = (P,)
except TypeError as e:
    print('TypeError', e)
obj.a = 5
print(obj.__dict__, obj.x, obj.a)
# Instances keep working through a permitted swap, slots included.
class U(P):
    pass
u = U()
u.a, u.b, u.c = 1, 2, 3
U.__bases__ = (P2,)
print(u.a, u.b, u.c, isinstance(u, P2), isinstance(u, P), U.__mro__)
try:
    P.a.__get__(u)
except TypeError as e:
    print('TypeError', e)

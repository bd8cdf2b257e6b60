# __class__ assignment between compatible and incompatible layouts: to and
# from built-in types, __slots__ classes, int/list/dict/exception
# subclasses, modules, classes.  Refused cleanly or done with a consistent
# object; never an instance read through another layout.
def t(label, obj, cls):
    try:
        obj.__class__ = cls
        print(label, 'ok', type(obj).__name__)
    except TypeError as e:
        print(label, 'TypeError', e)
class A: pass
class B: pass
class S1:
    __slots__ = ('a', 'b')
class S2:
    __slots__ = ('a', 'b')
class S3:
    __slots__ = ('x',)
class I(int): pass
class L(list): pass
class D(dict): pass
class E(Exception): pass
class E2(ValueError): pass
class M(type): pass
t('A->B', A(), B)
t('A->S1', A(), S1)
t('S1->S2', S1(), S2)
t('S1->S3', S1(), S3)
t('A->int', A(), int)
t('A->object', A(), object)
t('I->int', I(5), int)
t('I->A', I(5), A)
t('I->L', I(5), L)
t('L->D', L(), D)
t('L->list', L(), list)
t('E->E2', E(), E2)
t('E->Exception', E(), Exception)
t('E->A', E(), A)
t('5->I', 5, I)
t('[]->L', [], L)
t('A->5', A(), 5)
t('A->type', A(), type)
t('A->M', A(), M)
t('class->type', M('C', (), {}), type)
t('None->A', None, A)
t('int.__class__', int, M)
import math
t('module->subclass', math, type('MM', (type(math),), {}))
t('module->A', math, A)
print(type(math).__name__)
s = S1()
s.a, s.b = 1, 2
t('S1 set->S2', s, S2)
print(s.a, s.b, type(s).__name__)
t('S2->S1 back', s, S1)
print(s.a, s.b)
a = A()
a.x = 1
t('A with dict->S1', a, S1)
print(a.x)
try:
    del a.__class__
except TypeError as e:
    print('TypeError', e)
# Swapping the class inside one of its own methods.
class P:
    def m(self):
        self.__class__ = Q
        return self.n()
    def n(self):
        return 'P.n'
class Q:
    def n(self):
        return 'Q.n'
print(P().m())

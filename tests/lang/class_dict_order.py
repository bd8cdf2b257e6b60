class A:
    x = 1
    def f(self): pass
print(list(A.__dict__))
class P:
    __slots__ = ('y', 'x')
    z = 1
print(list(P.__dict__))
class L(list): pass
print(list(L.__dict__))
class I(int): pass
print(list(I.__dict__))
class E(Exception): pass
print(list(E.__dict__))
class D:
    '''doc'''
    __slots__ = ('__dict__',)
print(list(D.__dict__))
class Q(A): pass
print(list(Q.__dict__))
class M(type): pass
print(list(M.__dict__))
class W:
    __slots__ = ('__weakref__', 'a')
print(list(W.__dict__))

# A metaclass's mro() may assign __bases__ while a __bases__ assignment is
# still recomputing MROs.  If the outer assignment then fails and puts its
# old bases back, that must not close a cycle: here A.__bases__ = (T,) ran
# inside the mro() of a failing T.__bases__ = (B,), and putting T's old
# base A back left T -> A -> T, so the next class statement looped forever
# walking the base chain.  CPython refuses the inner assignment (its cycle
# check still sees the old MRO).  Also: a nested assignment that puts the
# old bases back, and one made while the class itself is being created,
# must leave __bases__, __mro__ and __subclasses__ agreeing (T was left out
# of A.__subclasses__(), so A's changes missed T's lookup cache).
class Base: pass
class A(Base): pass
class B(Base): pass
state = {'mode': None}

class M(type):
    def mro(cls):
        mode = state['mode']
        if cls.__name__ == 'T' and mode == 'cycle':
            state['mode'] = None
            try:
                A.__bases__ = (cls,)
            except TypeError as e:
                print('inner TypeError', e)
            raise RuntimeError('mro failed')
        if cls.__name__ == 'T' and mode == 'back':
            state['mode'] = None
            cls.__bases__ = (A,)
        return type.mro(cls)

class T(A, metaclass=M): pass
state['mode'] = 'cycle'
try:
    T.__bases__ = (B,)
except RuntimeError as e:
    print('RuntimeError', e)
print(T.__bases__, A.__bases__, T.__mro__)
class X(T): pass
print(X.__mro__)

state['mode'] = 'back'
T.__bases__ = (B,)
print(T.__bases__, T.__mro__)
print(T in A.__subclasses__(), T in B.__subclasses__())
print(hasattr(T, 'attr'))   # cached as absent: A's change must reach T
A.attr = 'from A'
B.attr = 'from B'
print(T.attr, X.attr)

class N(type):
    def mro(cls):
        if cls.__name__ == 'U' and cls.__bases__ == (A,):
            cls.__bases__ = (B,)
        return type.mro(cls)
class U(A, metaclass=N): pass
print(U.__bases__, U.__mro__)
print(U in A.__subclasses__(), B.__subclasses__().count(U))

# __bases__ assignment must keep the class graph acyclic and the MROs of
# subclasses current.  The subclasses' MROs used to stay stale, so a later
# assignment could close a cycle the check did not see (A -> C -> B -> A)
# and the next class statement looped forever walking the base chain.
# Also: lookups cached before the swap, a deep chain, a diamond ladder (each
# class recomputed once, not once per path), and an MRO conflict in a
# subclass that must put everything back.
def t(label, fn):
    try:
        print(label, 'ok', fn())
    except TypeError as e:
        print(label, 'TypeError', e)
class X: pass
class A(X): pass
class B(X): pass
class C(B): pass
B.__bases__ = (A,)
print(C.__mro__, issubclass(C, A), A.__subclasses__(), X.__subclasses__())
t('cycle via subclass', lambda: setattr(A, '__bases__', (C,)))
t('self', lambda: setattr(A, '__bases__', (A,)))
t('cycle via 2nd base', lambda: setattr(A, '__bases__', (X, C)))
class D(A): pass
print('D', D.__mro__)
# Cached lookups see the new base.
class K: pass
class K2:
    def hello(self):
        return 'K2'
class S(K): pass
s = S()
print(hasattr(s, 'hello'))
S.__bases__ = (K2,)
print(s.hello())
K2.hello = lambda self: 'patched'
print(s.hello())
# A subclass whose MRO becomes inconsistent: everything is put back.
class P: pass
class Q: pass
class R(P): pass
class W(Q, R): pass
t('conflict', lambda: setattr(R, '__bases__', (Q, P)) or R.__mro__)
t('conflict2', lambda: setattr(Q, '__bases__', (R,)))
print(R.__bases__, W.__mro__)
# A deep chain below the class whose bases change.
class Root: pass
class Root2: pass
c = Root
for i in range(150):
    c = type('L%d' % i, (c,), {})
L0 = Root.__subclasses__()[0]
L0.__bases__ = (Root2,)
print(len(c.__mro__), c.__mro__[-3:], issubclass(c, Root2), issubclass(c, Root))
# A ladder of 30 diamonds: 2**30 paths, 91 classes (CPython walks every path).
class Base0: pass
top = type('T', (Base0,), {})
layer = [top]
for i in range(30):
    l, r = type('l%d' % i, (layer[-1],), {}), type('r%d' % i, (layer[-1],), {})
    layer.append(type('j%d' % i, (l, r), {}))
newtop = type('NT', (), {})
top.__bases__ = (newtop,)
print(len(layer[-1].__mro__), layer[-1].__mro__[-3:])
# Setting an attribute on the top drops the caches below it once per class
# (it used to walk all 2**30 paths: a hang).
layer[-1]().x if hasattr(layer[-1], 'x') else None
top.x = 'top'
print(layer[-1]().x)

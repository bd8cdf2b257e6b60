# __class__ and __bases__ assignment compare layouts as CPython 3.11 does
# (compatible_for_assignment): the __slots__ names count, not only their
# number (a swap between ('a',) and ('b',) let o.b read o.a); a __dict__
# lives outside the instance size (managed) unless the base has items; a
# __weakref__ word counts.  Also the class-creation checks this relies
# on: nonempty __slots__ (even only '__dict__') refused for int, tuple,
# bytes and type subclasses, and a '__weakref__' slot refused where the
# base already has one (set, frozenset, module, deque, classes).
import types, collections

def t(label, fn):
    try:
        fn()
        print(label, 'ok')
    except TypeError as e:
        print(label, 'TypeError', e)

class P1: __slots__ = ('a',)
class P2: __slots__ = ('b',)
class P3: __slots__ = ('a',)
o = P1(); o.a = 5
t('class a -> b', lambda: setattr(o, '__class__', P2))
t('class a -> a', lambda: setattr(o, '__class__', P3))
print(type(o).__name__, o.a)
class B(P1): __slots__ = ()
t('bases a -> b', lambda: setattr(B, '__bases__', (P2,)))
t('bases a -> a', lambda: setattr(B, '__bases__', (P3,)))
print(B.__mro__)

class Q1: __slots__ = ('a', 'b')
class Q2: __slots__ = ('b', 'a')
class Q3: __slots__ = ('_Q3__x',)
class Q4: __slots__ = ('__x',)
t('sorted names', lambda: setattr(Q1(), '__class__', Q2))
t('mangled names', lambda: setattr(Q3(), '__class__', Q4))

class D1: pass
class D2: __slots__ = ('__dict__',)
class D3: __slots__ = ('__dict__', '__weakref__')
class D4: __slots__ = ('a', '__dict__')
class D5: __slots__ = ('a', '__dict__')
class E: __slots__ = ()
class W: __slots__ = ('__weakref__',)
t('dict+weakref -> dict', lambda: setattr(D1(), '__class__', D2))
t('dict+weakref -> slots dict+weakref', lambda: setattr(D1(), '__class__', D3))
t('a+dict -> a+dict', lambda: setattr(D4(), '__class__', D5))
t('none -> dict', lambda: setattr(E(), '__class__', D2))
t('none -> weakref', lambda: setattr(E(), '__class__', W))
class DS(D1): pass
class DW(D1): __slots__ = ()
t('subclass adding nothing', lambda: setattr(DS(), '__class__', DW))

class I1(int): pass
class I2(int): __slots__ = ()
class I3(int): pass
t('int dict -> int none', lambda: setattr(I1(3), '__class__', I2))
t('int dict -> int dict', lambda: setattr(I1(3), '__class__', I3))

class MA(types.ModuleType): pass
class MB(types.ModuleType): __slots__ = ()
class MC(types.ModuleType): __slots__ = ('a',)
m = MA('m')
t('module sub -> module sub', lambda: setattr(m, '__class__', MB))
t('module sub -> slots', lambda: setattr(m, '__class__', MC))
t('module sub -> module', lambda: setattr(m, '__class__', types.ModuleType))
class S1(set): __slots__ = ()
class S2(set): __slots__ = ()
t('set subs', lambda: setattr(S1(), '__class__', S2))

for base in (int, tuple, bytes, type):
    t(base.__name__ + ' __dict__ slot', lambda: type('X', (base,), {'__slots__': ('__dict__',)}))
    t(base.__name__ + ' bad slot item', lambda: type('X', (base,), {'__slots__': (1,)}))
for base in (set, frozenset, types.ModuleType, collections.deque, D1, object):
    t(base.__name__ + ' __weakref__ slot', lambda: type('X', (base,), {'__slots__': ('__weakref__',)}))
    class S(base): pass
    print(base.__name__, '__weakref__' in S.__dict__)

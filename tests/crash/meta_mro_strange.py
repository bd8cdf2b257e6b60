# A metaclass whose mro() returns something strange: non-classes, classes
# outside the hierarchy, duplicates, an empty tuple, a list, a generator,
# something that raises, built-in types of another instance layout, or a
# tuple without the class itself.  The MRO is what every attribute lookup
# and isinstance() believe, so an unchecked one let a program apply int's,
# dict's or a __slots__ class's methods to an object of another layout
# (it segfaulted on the first case).  Each must be refused with CPython's
# TypeError or give a consistent class.
def meta(ret):
    class M(type):
        def mro(cls):
            return ret(cls)
    return M
class A:
    def a(self):
        return 'a'
class Other:
    def o(self):
        return 'o'
class Slotted:
    __slots__ = ('s0', 's1', 's2')
cases = {
    'nontypes': lambda c: (c, 1, 'x', object),
    'not in hierarchy': lambda c: (c, Other, object),
    'duplicates': lambda c: (c, c, A, A, object),
    'empty': lambda c: (),
    'list': lambda c: [c, object],
    'raises': lambda c: 1 / 0,
    'int layout': lambda c: (c, int, object),
    'dict layout': lambda c: (c, dict, object),
    'exception layout': lambda c: (c, ValueError, BaseException, object),
    'type layout': lambda c: (c, type, object),
    'slots layout': lambda c: (c, Slotted, object),
    'none': lambda c: None,
    'no self': lambda c: (object,),
    'generator': lambda c: (x for x in (c, object)),
    'str': lambda c: 'abc',
    'long': lambda c: (c,) + (A,) * 100000 + (object,),
    'without object': lambda c: (c,),
}
for name, fn in cases.items():
    try:
        X = meta(fn)('X', (A,), {'x': 1})
        r = [X.__mro__ if len(X.__mro__) < 10 else len(X.__mro__)]
        x = X()
        for attr in ('x', 'a', 'o', 'real', 'keys', 'args', 's0'):
            try:
                v = getattr(x, attr)
                r.append((attr, v() if attr in ('a', 'o', 'keys') else type(v).__name__))
            except BaseException as e:
                r.append((attr, type(e).__name__))
        r.append(isinstance(x, A))
        print(name, 'ok', r)
    except BaseException as e:
        print(name, type(e).__name__, e)
# A layout-compatible built-in base is fine where the class derives from it.
class M2(type):
    def mro(cls):
        return (cls, dict, object)
D = M2('D', (dict,), {})
d = D(a=1)
print(D.__mro__, d.keys(), isinstance(d, dict))
# mro() that changes the class being built, or builds instances of it.
class M3(type):
    def mro(cls):
        cls.extra = 5
        try:
            cls()   # CPython: TypeError (the class isn't ready); SafePy: made
        except TypeError:
            pass
        return type.mro(cls)
Y = M3('Y', (A,), {})
print(Y.extra, Y().a())
# mro() consulted again on __bases__ assignment, with the new bases.
class M4(type):
    calls = 0
    def mro(cls):
        M4.calls += 1
        if M4.calls > 1:
            return (cls, int, object)
        return type.mro(cls)
class B:
    pass
Z = M4('Z', (A,), {})
try:
    Z.__bases__ = (B,)
except TypeError as e:
    print('TypeError', e)
print(Z.__bases__, Z.__mro__, Z().a())

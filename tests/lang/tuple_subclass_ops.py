# tuple subclasses: results of ops are plain tuples, repr/eq/hash, __new__ and __getnewargs__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class T(tuple):
    def __repr__(self): return 'T' + tuple.__repr__(self)
a = T((1, 2, 3))
print(a, repr(a), str(a), len(a), a[0], a[-1], a[1:], type(a[1:]).__name__, type(a[:]).__name__)
print(type(a + (4,)).__name__, type((0,) + a).__name__, type(a * 2).__name__, type(2 * a).__name__, type(a * 1).__name__)
print(a == (1, 2, 3), (1, 2, 3) == a, a < (1, 2, 4), hash(a) == hash((1, 2, 3)), a.count(2), a.index(3))
print(a.__getnewargs__(), type(a.__getnewargs__()[0]).__name__, tuple(a), type(tuple(a)).__name__)
b = a
b += (9,); print(b, type(b).__name__)
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = P(3, 4)
print(p, p.x, type(p).__name__, p == (3, 4), isinstance(p, tuple))
t(lambda: P(1))
class Q(tuple):
    __slots__ = ()
q = Q('ab'); print(q, type(q).__name__)
t(lambda: setattr(q, 'z', 1))
class R(tuple):
    pass
r = R([1])
r.attr = 5
print(r, r.attr)
class H(tuple):
    def __hash__(self): return 42
    def __eq__(self, o): return True
print(hash(H()), H() == (9,), (9,) == H(), {H(): 1}[(1, 2)] if False else {H(): 1}.get(H()))
class Sorter(tuple):
    def __lt__(self, o): return len(self) > len(o)
print(sorted([Sorter((1,)), Sorter((1, 2)), Sorter(())]))
print(tuple.__new__(T, [5, 6]), type(tuple.__new__(T, [5, 6])).__name__)
t(lambda: tuple.__new__(int, [1]))
t(lambda: T.__new__(T, 1))
print(T() == (), bool(T()), bool(T([0])))

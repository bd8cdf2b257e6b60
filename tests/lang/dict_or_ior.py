def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
t(lambda: a | b)
t(lambda: b | a)
t(lambda: a | {})
t(lambda: {} | a)
t(lambda: a)
t(lambda: a | [])
t(lambda: [] | a)
t(lambda: a | [('q', 1)])
t(lambda: a | None)
t(lambda: None | a)
t(lambda: a | 1)
t(lambda: 1 | a)
t(lambda: a | {'a'})
t(lambda: {'a'} | a)
t(lambda: a | b.keys())
t(lambda: a | b.items())
t(lambda: a.__or__([]))
t(lambda: a.__ror__([]))
t(lambda: a.__ror__({'r': 0}))
t(lambda: a.__or__(b))
t(lambda: callable(a.__ior__))
def ior(x, y):
    x |= y
    return x
t(lambda: ior(dict(a), b))
t(lambda: ior(dict(a), [('k', 'v'), ('x', 0)]))
t(lambda: ior(dict(a), ['ab']))
t(lambda: ior(dict(a), [(1, 2, 3)]))
t(lambda: ior(dict(a), [1]))
t(lambda: ior(dict(a), 5))
t(lambda: ior(dict(a), None))
t(lambda: ior(dict(a), {}.items()))
t(lambda: ior(dict(a), zip('pq', range(2))))
t(lambda: ior([], a))
t(lambda: ior({1}, a))
class M:
    def keys(self):
        return ['m']
    def __getitem__(self, k):
        return 'mv'
t(lambda: ior(dict(a), M()))
t(lambda: a | M())
t(lambda: M() | a)
class D(dict):
    pass
t(lambda: type(D(a=1) | {'b': 2}).__name__)
t(lambda: type({'b': 2} | D(a=1)).__name__)
t(lambda: D(a=1) | {'b': 2})
t(lambda: type(ior(D(a=1), {'c': 3})).__name__)
class R:
    def __ror__(self, other):
        return 'R.__ror__'
    def __or__(self, other):
        return 'R.__or__'
t(lambda: a | R())
t(lambda: R() | a)
class DD(dict):
    def __or__(self, other):
        return 'DD.__or__'
    def __ror__(self, other):
        return 'DD.__ror__'
t(lambda: a | DD())
t(lambda: DD() | a)
x = {1: 1}
y = x
x |= {2: 2}
t(lambda: (x is y, x))
t(lambda: {1: 'a'} | {1.0: 'b'})
t(lambda: {1.0: 'a'} | {True: 'b', 2: 'c'})
t(lambda: a.__or__(1))
t(lambda: a.__ior__(1))

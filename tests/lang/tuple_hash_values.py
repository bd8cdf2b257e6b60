# hash(tuple) equals CPython's (xxHash-based) for ints, strs, floats, nesting
print(hash(()), hash((0,)), hash((1,)), hash((-1,)), hash((1, 2)), hash((2, 1)))
print(hash((1, 2, 3)), hash(((),)), hash(((1,), (2,))), hash((True, False)))
print(hash((2**61 - 1,)), hash((2**61,)), hash((-2**61,)), hash((2**100,)), hash((-2,)))
print(hash((0.5,)), hash((1.5, -2.25)), hash((float('inf'),)), hash((-float('inf'),)), hash((1e300,)))
print(hash((1.0,)) == hash((1,)), hash((0.0,)) == hash((-0.0,)), hash((True,)) == hash((1,)))
print(hash(('a',)), hash(('abc', 'def')), hash(('',)), hash(('é',)), hash(('\U0001f600', 'x')))
print(hash((b'a',)), hash((b'',)), hash((1j,)), hash((1+2j,)), hash((frozenset(),)))
print(hash((frozenset({1, 2}),)), hash((range(3),)), hash((slice,)) == hash((slice,)))
print(hash(tuple(range(100))), hash(tuple(range(1000))), hash(tuple('x' * 50)))
print(hash(((1, 2), (3, (4, (5,))))))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: hash(([],)))
t(lambda: hash((1, {})))
t(lambda: hash((1, (2, {3}))))
class H:
    def __hash__(self): return -1
print(hash((H(),)), hash(H()))
class H2:
    def __hash__(self): return 2**64
print(hash((H2(),)), hash(H2()))
class H3:
    def __hash__(self): return 'x'
t(lambda: hash((H3(),)))
class H4:
    def __hash__(self): raise ValueError('nohash')
t(lambda: hash((1, H4())))
class T(tuple): pass
print(hash(T((1, 2))) == hash((1, 2)))
d = {(1, 2): 'a', (1, (2,)): 'b'}
print(d[(1, 2)], d[1, (2,)], d.get((1.0, 2)), {(1, 2), (1.0, 2.0)})

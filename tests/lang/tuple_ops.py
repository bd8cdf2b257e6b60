# tuple +, *, comparisons, repr, constructor
import sys
def t(f):
    try:
        r = f()
        print(repr(r) if len(repr(r)) < 200 else len(r))
    except Exception as e:
        print(type(e).__name__, e)

a = (1, 2)
for n in [0, 1, 3, -1, -2**63, -2**100, True, False]:
    print(n, a * n, n * a)
t(lambda: a * 2**63)
t(lambda: a * 2**62)
t(lambda: a * sys.maxsize)
t(lambda: () * sys.maxsize)
t(lambda: () * 2**100)
t(lambda: a * 2**100)
t(lambda: a * 1.0)
t(lambda: a * '2')
t(lambda: a * ())
t(lambda: a + [1])
t(lambda: a + 'x')
t(lambda: a + None)
t(lambda: [1] + a)
t(lambda: a - a)
print(a + (), () + a, a + a, a * 1 is a, a * 0 == ())
x = (1,)
y = x
x += (2,); print(x, y)
x *= 2; print(x, y)
def iadd(v):
    global x
    x += v
t(lambda: iadd([3]))
t(lambda: iadd(3))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) >= (1, 2), (1,) == (1.0,))
t(lambda: (1, 2) < (1, 'x'))
t(lambda: (1,) < [1])
t(lambda: (1,) <= None)
t(lambda: (None,) > (None,))
print((None,) == (None,), (1, None) < (2, None), (1, [2]) == (1, [2]), (1,) != [1])
nan = float('nan')
print((nan,) == (nan,), (float('nan'),) == (float('nan'),), (nan,) < (nan,), (nan, 1) < (nan, 2))
print(repr(()), repr((1,)), repr((1, 2)), str(('a', "b'")), repr(((),)), repr((((1,),),)))
l = [1]; tt = (l,); l.append(tt); print(tt, l)
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({1: 2}), tuple(x for x in 'xy'), tuple(b'a'))
t(lambda: tuple(1))
t(lambda: tuple([1], [2]))
t(lambda: tuple(iterable=[1]))
t(lambda: tuple(x=1))
z = (1, 2)
print(tuple(z) is z)
class TT(tuple):
    pass
print(type(TT([1])).__name__, TT([1]), tuple(TT([1])) == (1,), type(tuple(TT([1]))).__name__)
class LH:
    def __iter__(self): return iter('ab')
    def __length_hint__(self): return -5
t(lambda: tuple(LH()))
class TN(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
print(TN(3, 4), len(TN(3, 4)), TN(3, 4)[1])
print(tuple.__new__(tuple), tuple.__new__(tuple, [5]))
t(lambda: tuple.__new__(list))
t(lambda: tuple.__new__(5))
print(sorted([(2, 'a'), (1, 'b'), (1, 'a'), (), (0,)]))
print(max((1, 2), (1, 3)), min((3,), (2, 9)))

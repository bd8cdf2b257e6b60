# 'in', index, count on ranges with ints, bools, floats, subclasses, and objects with __eq__/__index__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(-5, 50, 5)
vals = [0, 5, 7, -5, -10, 45, 50, True, False, 5.0, 5.5, -0.0, float('nan'), float('inf'), 1j, 5 + 0j, 'a', None, (5,), [5], 2**100]
for v in vals:
    print(repr(v), v in r, r.count(v))
class I(int): pass
print(I(10) in r, r.count(I(10)), r.index(I(10)), I(11) in r)
class Idx:
    def __index__(self): return 10
print(Idx() in r, r.count(Idx()))
t(lambda: r.index(Idx()))
class EqTen:
    def __eq__(self, o): return o == 10
    def __hash__(self): return 10
print(EqTen() in r, r.count(EqTen()), r.index(EqTen()))
class EqAny:
    def __eq__(self, o): return True
print(EqAny() in r, r.count(EqAny()), r.index(EqAny()), EqAny() in range(0))
t(lambda: range(0).index(EqAny()))
t(lambda: r.index(7))
t(lambda: r.index(5.0))
t(lambda: r.index(True))
print(range(2).index(True), range(2).count(True), range(2).count(1.0), range(3, 0, -1).index(1))
big = range(0, 10**30, 7)
print(7 * 10**20 in big, 7 * 10**20 + 1 in big, big.index(7 * 10**20), big.count(14))
print(7.0 in range(0, 100, 7), 7.5 in range(0, 100, 7))
neg = range(10, -10, -3)
print([x for x in range(-12, 13) if x in neg], [neg.index(x) for x in neg])

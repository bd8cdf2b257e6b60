def t(f):
    try:
        r = f()
        print(type(r).__name__, r if not isinstance(r, (set, frozenset)) else sorted(r, key=repr))
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2}
f = frozenset([2, 3])
for other in ([1], (1,), 'a', 1, None, {1: 2}, {1: 2}.keys(), {1: 2}.values(), range(2), b'a'):
    t(lambda: s | other)
    t(lambda: other | s)
    t(lambda: s & other)
    t(lambda: other & s)
    t(lambda: s - other)
    t(lambda: other - s)
    t(lambda: s ^ other)
    t(lambda: other ^ s)
    t(lambda: f | other)
    t(lambda: other - f)
t(lambda: s < [1])
t(lambda: s <= (1,))
t(lambda: s > 'a')
t(lambda: s >= None)
t(lambda: [1] < s)
t(lambda: f > 3)
t(lambda: s == [1, 2])
t(lambda: s != (1, 2))
t(lambda: s == {1: 0, 2: 0}.keys())
t(lambda: s < {1: 0, 2: 0, 3: 0}.keys())
t(lambda: s.__or__([1]))
t(lambda: s.__ror__([1]))
t(lambda: s.__and__(1))
t(lambda: s.__sub__('x'))
t(lambda: s.__xor__(None))
t(lambda: s.__ior__([1]))
t(lambda: s.__lt__([1]))
t(lambda: s.__eq__([1]))
t(lambda: s + s)
t(lambda: s * 2)
t(lambda: s[0])
t(lambda: -s)
t(lambda: ~f)
t(lambda: s + [1])
t(lambda: s % 2)
t(lambda: s @ s)
t(lambda: abs(s))
t(lambda: f + f)
class MySet(set):
    pass
class MyFS(frozenset):
    pass
m = MySet([1, 2])
mf = MyFS([2, 3])
for a, b in ((s, f), (f, s), (m, s), (s, m), (m, f), (f, m), (mf, s), (s, mf), (mf, f), (f, mf), (m, mf), (mf, m), (m, m), (mf, mf)):
    print(type(a).__name__, type(b).__name__, type(a | b).__name__, type(a & b).__name__, type(a - b).__name__, type(a ^ b).__name__)
print(type(m.copy()).__name__, type(mf.copy()).__name__, type(m.union()).__name__, type(mf.union()).__name__)
print(type(m.intersection([1])).__name__, type(mf.difference()).__name__, type(mf.symmetric_difference([9])).__name__)
class R:
    def __ror__(self, o):
        return 'R.__ror__'
    def __rand__(self, o):
        return 'R.__rand__'
    def __rsub__(self, o):
        return 'R.__rsub__'
    def __rxor__(self, o):
        return 'R.__rxor__'
    def __gt__(self, o):
        return 'R.__gt__'
t(lambda: s | R())
t(lambda: s & R())
t(lambda: s - R())
t(lambda: s ^ R())
t(lambda: s < R())
class SR(set):
    def __ror__(self, o):
        return 'SR.__ror__'
t(lambda: s | SR([1]))
t(lambda: SR([1]) | s)

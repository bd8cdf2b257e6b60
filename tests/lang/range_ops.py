# range: constructor errors, repr, eq/hash, in, index/count, negative steps, slicing
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for args in [(5,), (2, 5), (2, 5, 2), (5, 2, -1), (0,), (-3,), (0, 10, 3), (10, 0, -3), (1, 1), (5, 2), (2, 5, -1)]:
    r = range(*args)
    print(repr(r), list(r), len(r), bool(r), str(r))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(0, 1, 0))
t(lambda: range(1.0))
t(lambda: range(1, 2.0))
t(lambda: range(1, 2, 1.0))
t(lambda: range('1'))
t(lambda: range(None))
t(lambda: range(1, None))
t(lambda: range(stop=3))
t(lambda: range(1, step=3))
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
r = range(I(1), I(10), I(3)); print(r, r.start, type(r.start).__name__, list(r))
print(range(True), range(False, True), range(5)[True])
# equality: same elements
print(range(0) == range(5, 5), range(0) == range(3, 1, 7), range(1, 2, 5) == range(1, 3, 7))
print(range(0, 10, 2) == range(0, 9, 2), range(0, 10, 2) == range(0, 11, 2), range(3) == [0, 1, 2], range(3) != range(3))
print(hash(range(0)) == hash(range(4, 4)), hash(range(1, 2, 5)) == hash(range(1, 3, 9)), hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
print(hash(range(0, 10, 2)), hash(range(-5, 5, 3)), hash(range(7, 100, 9)))
t(lambda: range(3) < range(4))
t(lambda: range(3) <= range(4))
# in
r = range(0, 20, 3)
print(3 in r, 4 in r, 3.0 in r, 4.0 in r, True in r, 'a' in r, None in r, 21 in r, -3 in r, 18 in r)
class Eq:
    def __eq__(self, o): return o == 6
print(Eq() in r, Eq() in range(3))
class IntSub(int): pass
print(IntSub(6) in r, IntSub(7) in r)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), r.count(True), range(3).count(True))
t(lambda: r.index(10))
t(lambda: r.index('a'))
t(lambda: r.index(9.0))
print(range(5).index(True))
t(lambda: r.index())
t(lambda: r.index(1, 2))
t(lambda: r.count())
print(Eq() in r, r.count(Eq()))
t(lambda: r.index(Eq()))
# negative steps
r = range(10, -10, -3)
print(list(r), len(r), r[0], r[-1], r[2:5], r[::-1], r[::2], r[-2:], 1 in r, 4 in r, -8 in r, r.index(-5))
for i in [0, 6, 7, -7, -8]:
    t(lambda: r[i])
for s in [slice(None), slice(1, None, 2), slice(None, None, -1), slice(5, 1, -1), slice(-100, 100), slice(100, -100, -3), slice(2, 2)]:
    print(s, r[s], list(r[s]) == list(r)[s])
t(lambda: r[::0])
t(lambda: r['a':])
# misc attributes
print(range(5).start, range(5).stop, range(5).step, range(1, 5).step)
t(lambda: setattr(range(5), 'start', 1))
t(lambda: hash(range(3)) == hash(range(3)))
print(range(3).__reduce__())
print(list(reversed(range(0))), list(reversed(range(1, 10, 4))), list(reversed(range(10, 1, -4))))
print(type(iter(range(3))).__name__, type(reversed(range(3))).__name__, type(iter(range(2**70))).__name__)
print(range(5)[-0], min(range(3, 9)), max(range(3, 9)), sum(range(101)), sorted(range(5, 0, -1)))
d = {range(3): 1}
print(d[range(0, 3)], range(0, 3, 1) in d)

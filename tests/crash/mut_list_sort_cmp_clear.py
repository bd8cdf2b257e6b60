# list.sort() whose __lt__ clears, extends or replaces the list being
# sorted: CPython raises ValueError("list modified during sort") and the
# list ends up holding exactly what the comparisons left (never a crash).
class K:
    def __init__(self, v, act):
        self.v = v
        self.act = act
    def __lt__(self, other):
        self.act()
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v
lst = []
def clear():
    lst.clear()
def extend():
    lst.extend([K(0, noop)] * 3)
def replace():
    lst[:] = [1, 2, 3]
def noop():
    pass
for act in (clear, extend, replace):
    lst[:] = [K(i * 7 % 11, act) for i in range(11)]
    try:
        lst.sort()
        print('no error')
    except ValueError as e:
        print(act.__name__, type(e).__name__, e)
    print(len(lst))
# the key function mutates
data = list(range(20))
def key(x):
    data.append(x)
    data.pop(0)
    return -x
try:
    data.sort(key=key)
except ValueError as e:
    print('key', e)
print(sorted(data) == list(range(20)))
# sorted() of a list mutated by __lt__ works on a copy: no error
src = [K(i % 5, lambda: src.clear()) for i in range(10)]
print([k.v for k in sorted(src)], len(src))
# a __lt__ that raises half-way leaves the list a permutation
class Boom:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        Boom.n += 1
        if Boom.n == 15:
            raise KeyError('boom')
        return self.v < o.v
b = [Boom(i * 13 % 17) for i in range(17)]
try:
    b.sort()
except KeyError as e:
    print('KeyError', e)
print(sorted(x.v for x in b) == list(range(17)))

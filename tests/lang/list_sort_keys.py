# list.sort: key called once per item, reverse stability, errors leave a permutation
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

calls = []
def key(x):
    calls.append(x)
    return x % 3
a = list(range(12))
a.sort(key=key)
print(a, len(calls), sorted(calls) == list(range(12)))
calls.clear()
a = list(range(12))
a.sort(key=key, reverse=True)
print(a, len(calls))
# stability with reverse: equal keys keep original order
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e'), (1, 'f')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
b = list(pairs); b.sort(key=lambda p: p[0], reverse=True); print(b)
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
# exceptions from key
def badkey(x):
    if x == 7: raise ValueError('key7')
    return -x
c = list(range(10))
t(lambda: c.sort(key=badkey))
print(c)
# exception from __lt__ leaves a permutation
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3: raise RuntimeError('lt3')
        return self.v < o.v
    def __repr__(self): return 'K%d' % self.v
d = [K(i) for i in [5, 1, 4, 3, 9, 0, 2, 8, 7, 6]]
t(lambda: d.sort())
print(sorted(x.v for x in d))
d = [K(i) for i in [5, 1, 4, 3, 9, 0, 2, 8, 7, 6] * 10]
t(lambda: d.sort(reverse=True))
print(sorted(x.v for x in d) == sorted([5, 1, 4, 3, 9, 0, 2, 8, 7, 6] * 10))
# mixed types
e = [3, 'a', 1]
t(lambda: e.sort())
print(sorted(e, key=str))
t(lambda: sorted([1, None]))
t(lambda: sorted([[1], (1,)]))
t(lambda: sorted([1j, 2j]))
t(lambda: sorted([{1}, {2}, {1, 2}]))
print(sorted([{1, 2}, {1}, {3}]))
# argument handling
t(lambda: [].sort(None))
t(lambda: [1].sort(key=None, reverse=None))
t(lambda: [1].sort(foo=1))
t(lambda: [2, 1].sort(reverse=1.0))
t(lambda: [2, 1].sort(reverse='yes'))
f = [2, 1, 3]; f.sort(reverse=2); print(f)
f.sort(key=None); print(f)
f.sort(reverse=False, key=lambda x: -x); print(f)
t(lambda: sorted())
t(lambda: sorted([], None))
t(lambda: sorted([3, 1], key=lambda x, y: x))
print(sorted('hello'), sorted({3: 1, 1: 2}), sorted(range(5), reverse=True))
print(sorted([0.5, 1, True, -2, 1.5, False]))
nan = float('nan')
print(sorted([3, nan, 1, 2])[1:] if False else len(sorted([3, nan, 1])))
g = [(1, 2), (1,), (0, 5), ()]
g.sort(); print(g)
print(sorted(['b', 'B', 'a', 'A', 'é', 'Z'], key=str.lower))
print(sorted([-0.0, 0.0, 0, -0]))

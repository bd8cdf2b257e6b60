# dict views (keys/items set operations, ==, `in`, isdisjoint, reversed,
# len after mutation) and defaultdict whose default_factory or key
# __eq__/__hash__ mutate the dict under the operation.  CPython raises
# RuntimeError for iteration over a changed dict; nothing may crash.
from _collections import defaultdict
d = {}
class K:
    def __init__(self, v, act=None):
        self.v = v
        self.act = act
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        if self.act:
            self.act()
        return isinstance(other, K) and other.v == self.v
    def __repr__(self):
        return 'K%d' % self.v
def grow():
    for i in range(100, 120):
        d[i] = i
def clear():
    d.clear()
def run(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__, len(d))
    except RuntimeError as e:
        print(label, type(e).__name__, e)
for act in (grow, clear):
    for name, f in [
        ('keys &', lambda: d.keys() & {K(1, act), K(2, act)}),
        ('keys |', lambda: d.keys() | {K(1, act)}),
        ('keys -', lambda: d.keys() - {K(1, act), K(3, act)}),
        ('keys ^', lambda: d.keys() ^ {K(1, act)}),
        ('items &', lambda: d.items() & {(K(1, act), 1)}),
        ('items in', lambda: (K(2, act), 2) in d.items()),
        ('keys ==', lambda: d.keys() == {K(1, act), K(2, act), K(3, act)}),
        ('items ==', lambda: d.items() == {(K(1, act), 1), (K(2, act), 2), (K(3, act), 3)}),
        ('isdisjoint', lambda: d.keys().isdisjoint([K(1, act), K(9, act)])),
        ('values list', lambda: [v for v in d.values() if act() or True]),
        ('reversed keys', lambda: [k for k in reversed(d.keys()) if act() or True]),
    ]:
        d.clear()
        for i in (1, 2, 3):
            d[K(i)] = i
        run(act.__name__ + ' ' + name, f)
# a view outliving changes of its dict
d = {1: 1, 2: 2}
ks, vs, its = d.keys(), d.values(), d.items()
d.clear()
print(len(ks), list(vs), list(its), 1 in ks)
d.update({i: i for i in range(50)})
print(len(ks), sum(vs), (49, 49) in its)
it = iter(ks)
next(it)
d.clear()
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
# defaultdict: the factory mutates the dict it fills
dd = defaultdict()
def factory():
    dd.clear()
    for i in range(10):
        dd[('f', i)] = i
    return 'made'
dd.default_factory = factory
print(dd['missing'], len(dd))
def factory2():
    dd.default_factory = None
    return 'once'
dd.default_factory = factory2
print(dd['a'])
try:
    dd['b']
except KeyError as e:
    print('KeyError', e)
def factory3():
    raise ValueError('factory failed')
dd.default_factory = factory3
try:
    dd['c']
except ValueError as e:
    print(type(e).__name__, e, 'c' in dd)
# iterating a defaultdict whose missing keys are created during the loop
dd = defaultdict(int, {i: i for i in range(5)})
try:
    for k in dd:
        dd[k + 100]
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(defaultdict(list, {1: [2]})))
# copy of a dict / defaultdict while a key's __eq__ mutates: no lookups, fine
d = {K(i, grow): i for i in range(3)}
print(len(d.copy()), len(dict(d)), len(defaultdict(int, d)))

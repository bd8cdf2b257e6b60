# dict.update / setdefault / pop / popitem / copy / fromkeys / dict(),
# | and |= where a key's __hash__ or __eq__, or the source's keys() /
# __getitem__ / __iter__, mutates the target or the source dict.
target = {}
class K:
    def __init__(self, v, act=None):
        self.v = v
        self.act = act
    def __hash__(self):
        if self.act:
            self.act()
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
    def __repr__(self):
        return 'K(%r)' % self.v
def clear_target():
    target.clear()
def fill_target():
    for i in range(50):
        target[i] = i
src = {}
def clear_src():
    src.clear()
def run(name, f):
    try:
        r = f()
        print(name, 'ok', len(target), len(src))
    except (RuntimeError, KeyError, TypeError) as e:
        print(name, type(e).__name__, e)
for act in (clear_target, fill_target, clear_src):
    target.clear()
    src.clear()
    for i in range(5):
        src[K(i, act)] = i
    run(act.__name__ + ' update', lambda: target.update(src))
    run(act.__name__ + ' update kw-pairs', lambda: target.update([(K(9, act), 1), (K(8, act), 2)]))
    run(act.__name__ + ' setdefault', lambda: target.setdefault(K(7, act), 3))
    run(act.__name__ + ' pop', lambda: target.pop(K(7, act), None))
    run(act.__name__ + ' dict()', lambda: dict(src))
    run(act.__name__ + ' copy', lambda: src.copy())
    run(act.__name__ + ' fromkeys', lambda: dict.fromkeys([K(1, act), K(2, act)]))
    run(act.__name__ + ' or', lambda: target | src)
    run(act.__name__ + ' ior', lambda: target.__ior__(src))
# a mapping whose keys() / __getitem__ mutate the target dict
class Mapping:
    def keys(self):
        target.clear()
        return [1, 2, 3]
    def __getitem__(self, k):
        target[k * 100] = k
        return k
target.clear()
target.update(Mapping())
print(sorted(target.items()))
target.clear()
print(dict(Mapping()))
# popitem until empty while values' __eq__... (popitem takes the last)
d = {i: i for i in range(5)}
while d:
    d.popitem()
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
# update a dict from itself and from its own items view
d = {1: 2, 3: 4}
d.update(d)
d.update(d.items())
d |= d
print(d)
# iterating the source while update() mutates it through __hash__
s2 = {}
class Grow:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        s2[len(s2) + 1000] = 0
        return self.v
t2 = {}
for i in range(3):
    s2[i] = i
try:
    t2.update((Grow(k), v) for k, v in s2.items())
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(t2))

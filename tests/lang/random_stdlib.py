# random.py (the stdlib module) over _random.  random.py imports
# warnings (which needs re) and _sha512 (for str seeds); both are stood in
# for while it is imported, so this checks random.py's own arithmetic on
# top of the generator whatever else is missing.  No str/bytes seeds.
import sys
import types

_saved = {k: sys.modules.get(k) for k in ('warnings', '_sha512')}
w = types.ModuleType('warnings')
w.warn = lambda *a, **k: None
sys.modules['warnings'] = w
h = types.ModuleType('_sha512')
h.sha512 = None
sys.modules['_sha512'] = h
import random
for k, v in _saved.items():
    if v is None:
        del sys.modules[k]
    else:
        sys.modules[k] = v

random.seed(42)
print([random.random() for _ in range(3)])
print(random.randrange(10), random.randrange(0, 100, 7), random.randint(1, 6), random.getrandbits(100))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.choice('abcdef'), random.choices(range(10), k=5), random.sample(range(100), 5))
print(random.choices('abc', weights=[1, 5, 10], k=6), random.choices('abc', cum_weights=[1, 2, 30], k=4))
print(random.uniform(1, 2), random.gauss(0, 1), random.normalvariate(0, 1), random.expovariate(2))
print(random.triangular(), random.betavariate(2, 3), random.gammavariate(2, 1), random.vonmisesvariate(1, 2))
print(random.paretovariate(3), random.weibullvariate(1, 2), random.lognormvariate(0, 1))
print(random.randrange(10**30), random.randrange(-10**20, 10**20, 3), random.sample(range(10**12), 3))
s = random.getstate()
a = [random.random() for _ in range(5)]
random.setstate(s)
print(a == [random.random() for _ in range(5)])
print(s[0], len(s[1]), s[2])
r = random.Random(12345)
print(r.random(), r.randrange(1000000), r.getrandbits(64))
for seed in (-7, 2**200 + 3, 3.25, True, 0, None):
    random.seed(seed)
    x = random.random()
    print(seed, x if seed is not None else 0 <= x < 1)
random.seed(5)
print(random.randbytes(10), len(random.randbytes(1000)))


class MyR(random.Random):
    def random(self):
        return 0.5


print(MyR(1).randrange(10), MyR(1).choice([1, 2, 3]), MyR(1).uniform(0, 4))
print(random.Random(5).getrandbits(1000) % 1000003)
try:
    random.seed([1])
except TypeError as e:
    print('TypeError', e)
r = random.Random()
r.seed(9)
print(r.random(), r.getstate()[1][:2])
sr = random.SystemRandom()
print(0 <= sr.random() < 1, sr.getrandbits(8) < 256)
try:
    sr.getstate()
except NotImplementedError as e:
    print('NotImplementedError', e)

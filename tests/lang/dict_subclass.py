class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d['a'], d['bb'], d, type(d).__name__, 'bb' in d)
print(d.get('zz'), type(d.copy()).__name__)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(sorted(c.items()))
class Logged(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
l = Logged()
l['x'] = 1
l.update(y=2)
print(l)
print(dict(D(q=1)), D.fromkeys('ab', 0), type(D.fromkeys('a')).__name__)
class K:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
print(dict(K()))

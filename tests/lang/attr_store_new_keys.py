# Stores of new attributes into instance dicts (the store cache's append
# path): order, growth past the presized table, deletes and re-adds, a
# dict subclass as __dict__, and a class attribute that appears later.
class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a%d' % i, i)
        self.x = 'x'
        self.y = 'y'

objs = [P(n) for n in (0, 1, 5, 30, 2)]
for o in objs:
    print(len(vars(o)), o.x, o.y, list(vars(o))[-3:])

class Q:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.c = a + b

qs = [Q(i, i * 2) for i in range(50)]
print(sum(q.c for q in qs), list(vars(qs[7]).items()))

q = Q(1, 2)
del q.b
q.b = 'again'
print(list(vars(q).items()))
q.__dict__.clear()
q2 = Q(3, 4)
print(vars(q), vars(q2))

class D(dict):
    def __setitem__(self, k, v):
        raise RuntimeError('not called by attribute stores')
r = Q(5, 6)
r.__dict__ = D(r.__dict__)
r.d = 'new'
print(type(r.__dict__).__name__, sorted(r.__dict__.items()))
for i in range(3):
    s = Q(i, i)
    s.__dict__ = D()
    s.e = i
    print(dict(s.__dict__))

# A data descriptor added to the class later takes over the store.
class R:
    def __init__(self):
        self.p = 1
        self.q = 2
log = []
a = R()
R.q = property(lambda self: 'prop', lambda self, v: log.append(v))
b = R()
print(vars(a), vars(b), b.q, log)

# Many distinct attribute names: the hash filter's false positives fall
# back to the full store.
class S:
    pass
t = S()
names = ['n%03d' % i for i in range(200)]
for i, nm in enumerate(names):
    setattr(t, nm, i)
for i, nm in enumerate(names):
    setattr(t, nm, -i)
print(len(vars(t)), sum(vars(t).values()), t.n000, t.n199)

# list modified during sort; the list appears empty inside key/__lt__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
seen = []
def k(x):
    seen.append(list(a))
    return x
a.sort(key=k); print(a, seen)
b = [3, 1, 2]
def k2(x):
    b.append(x)
    return x
t(lambda: b.sort(key=k2)); print(b)
c = [3, 1, 2]
class M:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        c.append(0)
        return self.v < o.v
    def __repr__(self): return 'M(%d)' % self.v
c[:] = [M(3), M(1), M(2)]
t(lambda: c.sort()); print(c)
d = [3, 1, 2]
def k3(x):
    d.clear()
    return x
d.sort(key=k3); print(d)
e = [5, 4]
def k4(x):
    e.extend([1, 2])
    e.clear()
    return x
t(lambda: e.sort(key=k4)); print(e)
f = [2, 1]
def k5(x):
    print(len(f), f)
    return x
f.sort(key=k5); print(f)
g = [2, 1]
def k6(x):
    g.append(9)
    raise KeyError('x')
t(lambda: g.sort(key=k6)); print(g)
h = [1, 2, 3]
def k7(x):
    h.sort()
    return x
t(lambda: h.sort(key=k7)); print(h)

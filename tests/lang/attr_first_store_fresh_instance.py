# The first stores into fresh instances (no __dict__ yet) at a STORE_ATTR
# site that has run before: the dict is made presized and the entry
# appended.  What may change between runs of the site must still win.

class P:
    def __init__(self, a, b, c, d, e, f):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f

ps = [P(i, i + 1, i + 2, i + 3, i + 4, i + 5) for i in range(5)]
print(vars(ps[0]), vars(ps[4]))
print([len(vars(p)) for p in ps], list(vars(ps[3])))

# many attributes (past the presize cap), in order
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "x%d" % i, i)
        self.last = n

for n in (3, 60, 2):
    m = Many(n)
    print(n, len(vars(m)), list(vars(m))[:3], list(vars(m))[-2:])

# a property (data descriptor) of the same name added after instances
# were made: the next stores go to its setter
class C:
    def __init__(self, v):
        self.v = v

def make(n):
    return [C(i) for i in range(n)]

make(3)
log = []
C.v = property(lambda s: ("prop", s.__dict__.get("v")), lambda s, val: log.append(val))
cs = make(3)
print(log, cs[0].__dict__, cs[1].v)
del C.v
cs = make(2)
print(cs[1].__dict__, cs[1].v)

# __setattr__ added to the class (and to a base) later
class B:
    pass
class D(B):
    def __init__(self, x):
        self.x = x

[D(i) for i in range(3)]
def spy(self, name, value):
    print("setattr", type(self).__name__, name, value)
    object.__setattr__(self, name, value)
B.__setattr__ = spy
d = D(7)
print(d.__dict__)
del B.__setattr__
d = D(8)
print(d.__dict__)

# a __slots__ member of the same name in a subclass going through the
# same site
class Base:
    def __init__(self, y):
        self.y = y
class Slotted(Base):
    __slots__ = ("y",)
class Plain(Base):
    pass
objs = []
for i in range(6):
    objs.append((Plain if i % 2 else Slotted)(i))
print([(type(o).__name__, o.y, hasattr(o, "__dict__") and dict(o.__dict__)) for o in objs])

# a non-data descriptor (a method) of the same name: the instance
# attribute shadows it
class M:
    def __init__(self):
        self.meth = "instance"
    def meth(self):
        return "method"
print(M().meth, M().meth)

# a class attribute of the same name added later is shadowed as well
class K:
    def __init__(self):
        self.k = 1
[K() for _ in range(3)]
K.k = "class"
k = K()
print(k.k, K.k, k.__dict__)

# __dict__ replaced by a shared dict, then by a dict subclass
class S:
    def __init__(self, v):
        self.v = v
shared = {"pre": 0}
s1 = S(1)
s1.__dict__ = shared
s1.v = 10
s1.w = 11
print(shared)
class MyDict(dict):
    def __setitem__(self, k, v):
        print("never called by attribute stores", k)
        dict.__setitem__(self, k, v)
s2 = S(2)
s2.__dict__ = MyDict(z=1)
s2.v = 20
s2.u = 21
print(type(s2.__dict__).__name__, s2.__dict__, s2.v, s2.u)
print(vars(S(3)))

# deleting and re-adding attributes keeps dict order semantics
class O:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
o = O()
del o.a
o.a = 4
del o.b
print(list(o.__dict__.items()))
o2 = O()
print(list(o2.__dict__.items()))

# exception instances keep their own dict
class E(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
        self.extra = code * 2
for i in range(3):
    e = E(i)
print(e.args, e.code, e.extra, vars(e))

# attributes of instances of a subclass that adds more
class Q1:
    def __init__(self):
        self.a = 1
class Q2(Q1):
    def __init__(self):
        super().__init__()
        self.b = 2
        self.c = 3
for _ in range(3):
    q1, q2 = Q1(), Q2()
print(vars(q1), vars(q2))

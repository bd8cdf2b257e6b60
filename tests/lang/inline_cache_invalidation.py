# The interpreter's inline caches (global, attribute, method and store
# sites) must see every change: each site runs in a loop so that its cache
# is filled before the change.
import math

def get_len(x):
    return len(x)

def use_global():
    return G

G = 1
out = []
for i in range(4):
    if i == 2:
        G = 2                      # value change of a cached global
    out.append(use_global())
print(out)

def shadow_builtin():
    return len("abc")

r = []
for i in range(4):
    if i == 1:
        len = lambda s: 42         # a global now shadows the builtin
    if i == 3:
        del len                    # and the builtin is back
    r.append(shadow_builtin())
print(r)

def missing():
    return not_there

for i in range(3):
    try:
        missing()
    except NameError as e:
        print("NameError", e)
    if i == 1:
        not_there = "now here"
        print(missing())
        del not_there

def mod_attr():
    return math.pi

r = []
for i in range(4):
    if i == 2:
        math.pi = 3
    r.append(mod_attr())
print(r)
math.pi = 3.141592653589793


class A:
    def m(self):
        return "A.m"

class B(A):
    pass

def call_m(o):
    return o.m()

def get_x(o):
    return o.x

def set_x(o, v):
    o.x = v

b = B()
print([call_m(b) for _ in range(3)])
A.m = lambda self: "A.m2"          # base class changed
print([call_m(b) for _ in range(3)])
B.m = lambda self: "B.m"           # subclass overrides
print([call_m(b) for _ in range(3)])
b.m = lambda: "instance m"         # instance attribute shadows the method
print([call_m(b) for _ in range(3)])
del b.m
print([call_m(b) for _ in range(3)])

class C:
    pass

c = C()
for i in range(3):
    set_x(c, i)
print([get_x(c) for _ in range(3)])
C.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print([get_x(c) for _ in range(2)])
set_x(c, 99)
del C.x
print(get_x(c))
c2 = C()
try:
    get_x(c2)
except AttributeError as e:
    print("AttributeError", e)

class D:
    def __getattr__(self, name):
        return "getattr " + name

class E:
    x = "class E.x"

objs = [c, D(), E(), c]
print([get_x(o) for o in objs])

class F:
    def m(self):
        return "F.m"

class G2:
    def m(self):
        return "G2.m"

f = F()
print(call_m(f), call_m(f))
f.__class__ = G2
print(call_m(f), call_m(f))

class S:
    __slots__ = ("x",)

s = S()
set_x(s, 5)
set_x(s, 6)
print(get_x(s))

class H:
    pass

h = H()
for i in range(3):
    set_x(h, i)
H.__setattr__ = lambda self, n, v: print("H.__setattr__", n, v)
set_x(h, 10)
print(get_x(h))
del H.__setattr__
set_x(h, 11)
print(get_x(h))

# Many instances with attributes inserted in different orders.
class P:
    pass

ps = []
for i in range(6):
    p = P()
    if i % 2:
        p.y = i
        p.x = -i
    else:
        p.x = i
        p.y = -i
    ps.append(p)
print([get_x(p) for p in ps])
for p in ps:
    del p.x
    p.x = "again"
print([get_x(p) for p in ps])

# Methods of built-in types and a list subclass overriding one.
class L(list):
    def append(self, v):
        list.append(self, v * 10)

def app(lst, v):
    lst.append(v)
    return lst

print(app([], 1), app([], 2), app(L(), 3), app([], 4))

# Functions sharing code with different globals.
src = "def g():\n    return WHO\n"
ns1 = {"WHO": "ns1"}
ns2 = {"WHO": "ns2"}
exec(src, ns1)
exec(src, ns2)
print([ns1["g"]() for _ in range(2)], [ns2["g"]() for _ in range(2)])
ns2["g"].__globals__["WHO"] = "ns2b"
print(ns1["g"](), ns2["g"]())
ns3 = {"__builtins__": {"WHO": "builtin of ns3"}}
exec(src, ns3)
print(ns3["g"](), ns3["g"]())

# __slots__ members: loads and stores through the slot, deletion, a
# subclass, and the member replaced on the class.
class Q:
    __slots__ = ("x", "y")

class Q2(Q):
    __slots__ = ("z",)

qs = [Q(), Q2(), Q()]
for i, q in enumerate(qs):
    for k in range(3):
        set_x(q, i * 10 + k)
print([get_x(q) for q in qs])
del qs[0].x
try:
    get_x(qs[0])
except AttributeError as e:
    print("AttributeError", e)
set_x(qs[0], "back")
print([get_x(q) for q in qs])
Q.x = property(lambda self: "Q.x property")
print([get_x(q) for q in qs])
try:
    set_x(qs[1], 1)
except AttributeError as e:
    print("AttributeError", e)

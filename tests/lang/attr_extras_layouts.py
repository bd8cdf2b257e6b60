# Instance __dict__ and __slots__ words across the class layouts: plain
# classes (the fast path that reads the dict word directly), slots with
# and without a dict, subclasses adding either, built-in bases, __class__
# assignment and __dict__ replacement.

class Plain:
    def __init__(self, a):
        self.a = a

class Slotted:
    __slots__ = ("x", "y")

class SlotsAndDict:
    __slots__ = ("x", "__dict__")

class DictThenSlots(Plain):
    __slots__ = ("s",)

class SlotsThenDict(Slotted):
    pass

class WithWeak:
    __slots__ = ("v", "__weakref__")

class IntSub(int):
    pass

class TupleSub(tuple):
    pass

class ListSub(list):
    pass

class ExcSub(Exception):
    pass

p = Plain(1)
p.b = 2
print(sorted(vars(p).items()))
p.__dict__ = {"c": 3}
print(hasattr(p, "a"), p.c, sorted(vars(p)))
p.__dict__["d"] = 4
print(p.d)

s = Slotted()
s.x = 1
print(s.x, hasattr(s, "y"), hasattr(s, "__dict__"))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError", e)

sd = SlotsAndDict()
sd.x = 5
sd.w = 6
print(sd.x, sd.w, vars(sd))

ds = DictThenSlots(7)
ds.s = 8
ds.t = 9
print(ds.a, ds.s, ds.t, sorted(vars(ds)))

st = SlotsThenDict()
st.x, st.y, st.q = 1, 2, 3
print(st.x, st.y, st.q, vars(st))
del st.x
print(hasattr(st, "x"), vars(st))

import weakref
w = WithWeak()
w.v = 10
r = weakref.ref(w)
print(r() is w, r().v)

i = IntSub(5)
i.attr = "int"
print(i + 1, i.attr, vars(i))

t = TupleSub((1, 2, 3))
t.attr = "tuple"
print(t, len(t), t.attr, vars(t))

l = ListSub([1])
l.attr = "list"
l.append(2)
print(l, l.attr)

e = ExcSub("boom")
e.attr = "exc"
print(e, e.attr, e.args)

# __class__ assignment between classes of the same layout keeps the words.
class A:
    __slots__ = ("u", "__dict__")

class B:
    __slots__ = ("u", "__dict__")

a = A()
a.u = "slot"
a.extra = "dict"
a.__class__ = B
print(type(a).__name__, a.u, a.extra, vars(a))

class C1:
    pass

class C2:
    pass

c = C1()
c.k = 1
c.__class__ = C2
c.m = 2
print(type(c).__name__, sorted(vars(c).items()))

# Many attributes: the dict grows past its first table.
class Many:
    pass

m = Many()
for k in range(200):
    setattr(m, "a%d" % k, k)
print(m.a0, m.a199, len(vars(m)))

# The same attribute read through sites shared by several classes.
class X:
    def __init__(self):
        self.v = "X"

class Y:
    __slots__ = ("v",)
    def __init__(self):
        self.v = "Y"

class Z(X):
    __slots__ = ("w",)
    def __init__(self):
        self.w = 0
        self.v = "Z"

out = []
for o in [X(), Y(), Z(), X(), Y(), Z()]:
    out.append(o.v)
print(out)

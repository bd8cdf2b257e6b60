import copy
class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items
p = P(1, [1, 2])
c = copy.copy(p)
d = copy.deepcopy(p)
print(type(c).__name__, c.x, c.items is p.items, d.items == p.items, d.items is p.items)
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = copy.copy(S())
print(s.a, hasattr(s, "b"))
print(S().__getstate__(), P(1, 2).__getstate__(), object().__getstate__())
class L(list):
    pass
l = L([1, 2]); l.tag = "t"
l2 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2.tag)
class Custom:
    def __reduce__(self):
        return (Custom, ())
print(type(copy.copy(Custom())).__name__)
r = P(3, 4).__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2], r[3], r[4])
class WithArgs:
    def __init__(self, v): self.v = v
    def __getnewargs__(self): return (self.v,)
    def __new__(cls, v):
        o = super().__new__(cls)
        return o
w = copy.copy(WithArgs(9))
print(w.v)

# Instances of tuple subclasses (and namedtuple subclasses) have a __dict__
# that survives garbage collections, however many items they hold.
import gc
from collections import namedtuple


class T(tuple):
    pass


ts = [T(range(i)) for i in range(40)]
for i, t in enumerate(ts):
    t.tag = str(i) * 3
for _ in range(3):
    junk = [[j] * 5 for j in range(2000)]
    gc.collect()
print(sum(len(t) for t in ts), ts[0].tag, ts[7].tag, ts[39].__dict__)
print(ts[5], isinstance(ts[5], tuple), ts[5] == tuple(range(5)))

P = namedtuple("P", "x y")


class Q(P):
    def norm(self):
        return abs(self.x) + abs(self.y)


q = Q(3, -4)
q.label = "q"
gc.collect()
print(q, q.label, q.norm(), q.__dict__, q._replace(x=0))


class Slotted(tuple):
    __slots__ = ()


try:
    Slotted((1,)).a = 1
except AttributeError as e:
    print("AttributeError:", e)

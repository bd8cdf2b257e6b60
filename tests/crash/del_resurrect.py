# __del__ resurrecting its object: into a global, into a container that is
# itself garbage, into a class attribute, into another dying object.  The
# resurrected objects must stay whole and usable (no freed memory behind
# them) and __del__ must not run a second time.
import gc

calls = {}
def count(name):
    calls[name] = calls.get(name, 0) + 1

keep = []
class G:
    def __init__(self, n):
        self.n = n
        self.data = [n] * 10
    def __del__(self):
        count("G")
        keep.append(self)

class Box:
    pass
class InGarbage:
    def __del__(self):
        count("InGarbage")
        self.box.items.append(self)      # the box is garbage too

class Cls:
    saved = None
    def __del__(self):
        count("Cls")
        Cls.saved = self

for i in range(50):
    G(i)
    b = Box(); b.items = []; x = InGarbage(); x.box = b; b.items.append(x)
    del b, x
    Cls()
gc.collect()
gc.collect()
print("G resurrected", len(keep) >= 45, sum(len(g.data) for g in keep) == 10 * len(keep))
print(sorted(g.n for g in keep)[:5])
print("Cls saved", type(Cls.saved).__name__)
del keep[:]
Cls.saved = None
for i in range(3):
    gc.collect()
print(sorted(calls))
# At most once each (a stale word on the C stack may keep one alive longer).
assert calls["G"] <= 50 and calls["InGarbage"] <= 50 and calls["Cls"] <= 50
# resurrect, mutate, drop again, many times
class Phoenix:
    home = []
    def __del__(self):
        count("Phoenix")
        self.payload = bytearray(1000)
        Phoenix.home.append(self)
p = Phoenix(); del p
for i in range(5):
    gc.collect()
    if Phoenix.home:
        q = Phoenix.home.pop()
        q.payload[0] = 1
        del q
print("Phoenix", calls["Phoenix"])

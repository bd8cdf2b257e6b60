# list == list, list < list, tuple/dict comparison where element __eq__
# shrinks one of the two lists mid-comparison: no crash, a bool result.
class E:
    def __init__(self, victim):
        self.victim = victim
    def __eq__(self, other):
        self.victim.clear()
        return True
    def __lt__(self, other):
        self.victim.clear()
        return False
    __hash__ = None
a = []
b = []
a.extend(E(b) for _ in range(10))
b.extend(E(a) for _ in range(10))
print(a == b, len(a), len(b))
a[:] = [E(b) for _ in range(10)]
b[:] = [E(a) for _ in range(10)]
print(a < b, len(a), len(b))
a[:] = [E(a) for _ in range(10)]
b[:] = list(range(10))
print(a != b)
# element __eq__ that grows the other list
class G:
    def __eq__(self, other):
        y.extend(range(1000))
        return True
x = [G() for _ in range(5)]
y = [0] * 5
print(x == y, len(y))
# dict == dict with value __eq__ clearing the other dict
class DV:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.clear()
        return True
d1 = {}
d2 = {}
for i in range(10):
    d1[i] = DV(d2)
    d2[i] = DV(d1)
print(d1 == d2, len(d1), len(d2))
# dict == dict where value __eq__ inserts into the dict being walked
class DG:
    def __eq__(self, other):
        for i in range(100, 200):
            e1[i] = i
        return True
e1 = {i: DG() for i in range(5)}
e2 = {i: 0 for i in range(5)}
try:
    print(e1 == e2)
except RuntimeError as e:
    print(type(e).__name__, e)

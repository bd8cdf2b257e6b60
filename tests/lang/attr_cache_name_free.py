# The attribute caches' hits compare the instance dict's entry with the
# name kept in the cache entry, and a method hit tests the instance dict's
# hash filter with the name's bits kept in the entry: every way the
# instance dict can change under a warm cache must still be seen.

class P:
    def __init__(self, x):
        self.x = x
        self.y = 0
    def m(self):
        return "P.m"

def loads(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
    return out

def calls(objs):
    out = []
    for o in objs:
        try:
            out.append(o.m())
        except Exception as e:
            out.append("%s: %s" % (type(e).__name__, e))
    return out

ps = [P(i) for i in range(5)]
for _ in range(3):
    print(loads(ps), calls(ps))

# reorder the instance dict: the entry number moves, the name stays
ps[1].__dict__.clear(); ps[1].y = 1; ps[1].x = "moved"
del ps[2].x
ps[3].__dict__ = {"x": "new dict"}
ps[4].__dict__ = {"y": 1}
print(loads(ps))

# shadow the method from the instance dict after the cache is warm
ps[0].m = lambda: "instance m"
ps[1].__dict__["m"] = lambda: "dict m"
print(calls(ps))
del ps[0].m
print(calls(ps))

# a key equal to the name but not the same object: a str subclass key
class K(str):
    pass
ps[2].__dict__[K("m")] = lambda: "K key m"
ps[2].__dict__[K("x")] = "K key x"
print(calls(ps[2:3]), loads(ps[2:3]))

# many attributes: the hash filter fills up, lookups still right
q = P(0)
for i in range(200):
    setattr(q, "a%d" % i, i)
for _ in range(3):
    print(loads([q]), calls([q]))
q.m = lambda: "shadowed after 200"
print(calls([q]))

# stores: a new attribute, then replacing, deleting, re-adding
def store(objs, v):
    for o in objs:
        o.z = v
rs = [P(i) for i in range(3)]
for v in range(3):
    store(rs, v)
    print([r.z for r in rs], [list(r.__dict__) for r in rs])
del rs[0].z
rs[1].__dict__.clear()
store(rs, "again")
print([r.__dict__ for r in rs])

# the class gains the name: a data descriptor now wins
class D:
    def __init__(self):
        self.x = "instance"
def get(objs):
    return [o.x for o in objs]
ds = [D(), D()]
print(get(ds), get(ds))
D.x = property(lambda self: "property")
print(get(ds))
del D.x
print(get(ds))
D.m = lambda self: "D.m"
print([d.m() for d in ds])
ds[0].m = "not callable"
try:
    print([d.m() for d in ds])
except TypeError as e:
    print("TypeError:", e)

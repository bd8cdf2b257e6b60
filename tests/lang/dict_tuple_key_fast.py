# Exact-tuple keys in dicts and sets: hashed by the tuple hash directly and
# compared item by item (dict.c, set.c) -- the same answers as
# tuple.__hash__ / tuple.__eq__, errors and side effects included.  Also
# d.get/setdefault/pop with their argument checks done inline.

d = {}
for i in range(300):
    k = (i % 17, i % 5)
    d[k] = d.get(k, 0) + i
print(len(d), sorted(d.items())[:5], d[(3, 4)], (16, 0) in d, (17, 0) in d)
print(hash((1, 2)) == hash((1, 2.0)), hash(()), hash((None,)) == hash((None,)))

# equal but not identical items: ints and floats, nested tuples, strs
d = {(1, 2): "a", ((1, 2), "x"): "b", (1.5, "s"): "c", (): "e", (True,): "t"}
for k in [(1, 2.0), (1.0, 2), ((1.0, 2), "x"), (1.5, "s"), (), (1,), (1.0,), (2, 1), ((1, 2), "y")]:
    print(k, d.get(k), k in d)
d[(1.0, 2.0)] = "A"
print(d)

# NaN: found by identity only
nan = float("nan")
d = {(nan, 1): "n"}
print(d.get((nan, 1)), d.get((float("nan"), 1)))
s = {(nan,), (nan,)}
print(len(s), (nan,) in s, (float("nan"),) in s)

# unhashable items
for bad in [([1],), (1, {2: 3}), ((1, [2]),)]:
    for op in ["get", "set", "in", "set-add"]:
        try:
            if op == "get":
                {}.get(bad)
            elif op == "set":
                {}[bad] = 1
            elif op == "in":
                print(bad in {(1,): 2})
            else:
                set().add(bad)
        except TypeError as e:
            print(op, "TypeError", e)

# items with their own __eq__ / __hash__, which see every comparison
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        log.append("hash%d" % self.v)
        return hash(self.v)
    def __eq__(self, other):
        log.append("eq%d" % self.v)
        return isinstance(other, K) and self.v == other.v
d = {(K(1), 2): "k"}
log.clear()
print(d.get((K(1), 2)), d.get((K(1), 3)), log)
log.clear()
s = {(K(5),)}
print((K(5),) in s, (K(6),) in s, log)

# an __eq__ that mutates the dict during the lookup
class Mut:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.d.clear()
        return False
m = {}
m[(Mut(m),)] = 1
try:
    print(m.get((Mut(m),)), len(m))
except RuntimeError as e:
    print("RuntimeError", e)

# an __eq__ that raises
class Boom:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("boom")
d = {(Boom(),): 1}
try:
    d[(Boom(),)]
except ValueError as e:
    print("ValueError", e)

# tuple subclasses keep their own __hash__ / __eq__
class T(tuple):
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return True
d = {T((1,)): "sub"}
print(d.get((9, 9)), d.get(T((5,))), hash(T(())))
d = {(1, 2): "plain"}
print(d.get(T((7,))), T((7,)) in d)
class U(tuple):
    pass
d = {U((1, 2)): "u"}
print(d.get((1, 2)), {(1, 2): "p"}.get(U((1, 2))))

# sets of tuples
s = set()
for i in range(100):
    s.add((i % 7, i % 3, "x" if i % 2 else "y"))
print(len(s), (6, 2, "y") in s, (6, 2, "z") in s)
s.discard((0, 0, "y"))
s.remove((1, 1, "x"))
print(len(s), sorted(s)[:3], frozenset({(1, 2), (1.0, 2.0)}))

# argument checks of get / setdefault / pop
d = {"a": 1}
for call in [lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.get(k=1), lambda: d.setdefault(),
             lambda: d.setdefault("b", 2, 3), lambda: d.pop(), lambda: d.pop("z"), lambda: d.pop("a", 0, 1),
             lambda: d.get("a"), lambda: d.get("z"), lambda: d.get("z", 5), lambda: d.setdefault("c"),
             lambda: d.pop("c"), lambda: d.pop("c", "dflt")]:
    try:
        print(call())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(d)

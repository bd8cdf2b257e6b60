# d.get(k[, default]) done inline by CALL for an exact dict: keys whose
# __eq__/__hash__ run code, subclasses, errors and tracebacks as the call.
import traceback

class D(dict):
    def get(self, k, d=None):
        return ("sub", k)

class E(dict):
    pass

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, K) and self.v == other.v

class Bad:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        raise ValueError("no compare")

d = {"a": 1, 2: "two", (1, 2): "t", None: 0}
print(d.get("a"), d.get(2), d.get((1, 2)), d.get(None), d.get("zz"), d.get("zz", 5), d.get("a", 5))
print(D(a=1).get("a"), E(a=1).get("a"), E().get("x", 9))
print(dict.get(d, "a"), dict.get(d, "q", "dflt"))
kd = {K(1): "one"}
print(kd.get(K(1)), kd.get(K(2), "none"))
try:
    d.get([1])
except TypeError as e:
    print("TypeError:", e)
for args in [(), ("a", 1, 2)]:
    try:
        d.get(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    d.get("a", default=3)
except TypeError as e:
    print("TypeError:", e)
try:
    dict.get([], "a")
except TypeError as e:
    print("TypeError:", e)
bd = {Bad(): 1}

def lookup():
    return bd.get(Bad())

try:
    lookup()
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("ValueError:", e, [(f.name, f.line) for f in tb])

class Mut:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        md.clear()
        return False

md = {Mut(): 1, 2: 2}
print(md.get(Mut(), "gone"), md)
n = 0
counts = {}
for i in range(2000):
    w = i % 13
    counts[w] = counts.get(w, 0) + 1
    n += counts.get(w)
print(n, sorted(counts.items())[:3])

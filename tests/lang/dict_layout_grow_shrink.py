# A dict through every index width (1-, 2- and 4-byte slots), with holes
# from deletions, popitem and clear between resizes: order, lookups and
# lengths stay right.

def check(d, ref):
    assert len(d) == len(ref), (len(d), len(ref))
    assert list(d) == [k for k, _ in ref], "order"
    for k, v in ref:
        assert d[k] == v
    return sum(v for _, v in ref) % 1000003


d = {}
ref = []
total = 0
next_key = 0
for n in (5, 6, 11, 86, 87, 200, 5000, 22000, 44000):
    while len(d) < n:
        k = next_key * 7 + 3
        next_key += 1
        d[k] = k * 2
        ref.append((k, k * 2))
    total += check(d, ref)
    # punch holes, then re-add some of them at the end
    for k, _ in ref[::3]:
        del d[k]
    ref = [kv for i, kv in enumerate(ref) if i % 3 != 0]
    total += check(d, ref)
    for k, v in ref[:10]:
        del d[k]
        d[k] = v + 1
    ref = ref[10:] + [(k, v + 1) for k, v in ref[:10]]
    total += check(d, ref)
print("grow", len(d), total)

# popitem takes the last entry; a dict emptied by popitem and refilled
# keeps its order
p = {str(i): i for i in range(40)}
out = []
while len(p) > 5:
    out.append(p.popitem())
print(out[:3], out[-1], p)
for i in range(100, 140):
    p[str(i)] = i
print(len(p), list(p)[:8], list(p)[-2:])
p.clear()
print(p, len(p))
p["x"] = 1
p["y"] = 2
print(p)

# the same keys in different insertion orders
a = {}
b = {}
for i in range(300):
    a[i] = i
for i in reversed(range(300)):
    b[i] = i
print(a == b, list(a)[:3], list(b)[:3])

# str keys with the same hash bucket pattern, mixed with int keys
m = {}
for i in range(1000):
    m["k%d" % i] = i
    m[i] = -i
for i in range(0, 1000, 2):
    del m["k%d" % i]
print(len(m), m["k999"], m[998], list(m)[:4])

# copy / update / comprehension of a dict with holes
h = {i: i for i in range(50)}
for i in range(0, 50, 5):
    del h[i]
c = h.copy()
u = {}
u.update(h)
print(c == h, u == h, list(c) == list(h), list(u)[:5])

# a dict subclass grows the same way
class D(dict):
    pass
s = D()
for i in range(1000):
    s[i] = str(i)
for i in range(990):
    del s[i]
print(type(s).__name__, len(s), list(s.items())[:3])
s.setdefault(5, "five")
print(s.pop(5), s.popitem(), len(s))

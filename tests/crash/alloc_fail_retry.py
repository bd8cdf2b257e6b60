# allocfail: same-output
# Attacks state left half-made by a failed allocation.  Every operation is
# retried after a MemoryError; under tools/allocfail.py's SAFEPY_FAIL_ALLOC=N
# (one allocation fails) the output must be exactly the normal run's: the
# failed attempt must have left the dict/list/set/class/module as before
# ("allocate first, then mutate").  Also a plain program (crash suite).
import sys

def retry(f):
    for _ in range(3):
        try:
            return f()
        except MemoryError:
            pass
    raise SystemExit("still failing")

d = {}
for i in range(60):
    retry(lambda: d.__setitem__(i, str(i) * 3))
for i in range(0, 60, 3):
    retry(lambda: d.pop(i))
for i in range(0, 60, 6):
    retry(lambda: d.__setitem__(i, -i))
print(len(d), list(d)[:8], sum(d), d[6], d[7])

sd = {}
for i in range(40):
    retry(lambda: sd.__setitem__("k%d" % i, i))
print(len(sd), list(sd)[-3:], sd.get("k39"))

lst = []
for i in range(50):
    retry(lambda: lst.append(i * i))
retry(lambda: lst.insert(3, "x"))
retry(lambda: lst.__setitem__(slice(5, 10), [0] * 20))
print(len(lst), lst[:6], lst[-2:])

s = set()
for i in range(50):
    retry(lambda: s.add(i % 37))
retry(lambda: s.update(range(100, 120)))
print(len(s), sum(s), 36 in s, 37 in s)

big = retry(lambda: 3 ** 200 + 1)
print(retry(lambda: str(big * big)[:30]), retry(lambda: big.bit_length()))
txt = retry(lambda: "-".join(str(i) for i in range(30)))
print(retry(lambda: txt.upper().split("-")[-3:]), retry(lambda: f"{txt[:10]!r:>16}"))
bs = retry(lambda: b"ab" * 40 + bytes(range(5)))
print(len(bs), bs[-6:])

def make_class():
    class A:
        x = 1
        def f(self):
            return self.x + 1
    class B(A):
        y = 2
    return B
B = retry(make_class)
print(B.__name__, [k.__name__ for k in B.__mro__], B().f(), B.y)
obj = B()
for i in range(20):
    retry(lambda: setattr(obj, "a%d" % i, i))
print(len(vars(obj)), obj.a19)

mod = retry(lambda: __import__("keyword"))
print(mod.__name__, "keyword" in sys.modules, mod.iskeyword("while"),
      retry(lambda: sorted(mod.softkwlist)))
name = retry(lambda: sys.intern("allocfail_" + str(12345)))
print(name is sys.intern("allocfail_12345"))
print(retry(lambda: sorted(d.items(), key=lambda kv: -kv[0])[:3]))
print(retry(lambda: tuple(x for x in range(10) if x % 2)), retry(lambda: {k: k * 2 for k in "abc"}))

# range() of small ints is made without calling range.__new__, and iter()
# of an exact range directly; every other argument takes the full path.
import sys

cases = [(5,), (0,), (-3,), (2, 9), (9, 2), (2, 9, 3), (9, 2, -3), (2, 9, -1), (-5, 5, 2),
         (0, 10, 10), (0, 10, 11), (10, 0, -11), (-10, -1), (-1, -10, -1), (7, 7), (7, 7, -1)]
for c in cases:
    r = range(*c)
    print(c, r, len(r), list(r), list(reversed(r)), bool(r), r[0] if r else None, r[-1] if r else None,
          3 in r, r.start, r.stop, r.step, r.count(4), hash(r) == hash(range(*c)))

# near the ends of the small ints and of C longs
def n(r):
    try:
        return len(r)
    except OverflowError as e:
        return "OverflowError: %s" % e


for e in (60, 61, 62, 63, 64, 65):
    big = 1 << e
    for c in ((big,), (-big, big), (big - 3, big + 3), (big + 3, big - 3, -2), (0, big, big // 3),
              (-big, 0, big // 7), (big, -big, -(big // 5))):
        r = range(*c)
        k = n(r)
        print(e, k, r[0] if r else None, r[-1] if r else None, list(r)[:3] if isinstance(k, int) and k < 10 else r[1],
              (big - 1) in r, r.index(r[-1]) if r else None)

# arguments that are not small ints
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


print(list(range(I(3))), list(range(True, 4)), list(range(1, I(5), I(2))))
for bad in [(), (1, 2, 3, 4), (1.0,), ("a",), (1, 2, 0), (None,)]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
try:
    range(1, stop=3)
except TypeError as e:
    print("TypeError:", e)
try:
    range(*(), **{})
except TypeError as e:
    print("TypeError:", e)
print(list(range(*(), *(4,))), list(range(*(2, 5), **{})))

# iteration: nested loops, iterators, reuse
total = 0
for i in range(30):
    for j in range(i, 30, 7):
        total += j
print(total)
r = range(5)
it = iter(r)
print(next(it), next(it), list(it), list(it), list(r), type(it).__name__, iter(it) is it)
print(type(iter(range(1 << 70))).__name__, type(iter(range(1 << 40))).__name__)
print(sum(range(10 ** 6)), max(range(-5, 5, 3)), sorted(range(5, 0, -2)))
print([x * y for x in range(3) for y in range(x)], dict(zip(range(3), range(10, 13))))

# Comparisons of two exact tuples go straight to the tuple comparison
# (abstract.c) instead of looking up and calling tuple.__lt__ etc.: the
# same results, errors and recursion limit.
import sys

pairs = [((), ()), ((1,), ()), ((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((2,), (1, 9)),
         ((1.0, "a"), (1, "a")), ((1, "b"), (1, "a")), (("x", (1, 2)), ("x", (1, 3))),
         ((float("nan"),), (float("nan"),)), ((None,), (None,)), ((-1, 5), (-1, 5.5))]
for a, b in pairs:
    print(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b)

nan = float("nan")
t = (nan,)
print(t == t, t < t, t <= t, [nan] == [nan], (nan, 1) < (nan, 2))
for a, b in [((1, "a"), (1, 2)), ((None,), (None, 1)), ((None, 1), (None, 2)), (((1,),), ((1, "x"),)),
             ((1, [2]), (1, (2,)))]:
    for op in ["<", "<=", ">", ">=", "==", "!="]:
        try:
            print(op, eval("a %s b" % op))
        except TypeError as e:
            print(op, "TypeError", e)

class T(tuple):
    def __lt__(self, other):
        return "T.__lt__"
    def __gt__(self, other):
        return "T.__gt__"
print((1,) < T((2,)), T((2,)) < (1,), (1,) > T((0,)))

class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __lt__(self, o):
        print("K.__lt__", self.v, o.v)
        return self.v < o.v
print((1, K(1)) < (1, K(2)), (K(3), 1) <= (K(3), 0))

data = [(i % 7, -i, "k%d" % (i % 3)) for i in range(50)]
print(sorted(data)[:5], min(data), max(data), sorted(data, key=lambda t: (t[2], -t[0]))[:3])

a = b = ()
for _ in range(5000):
    a = (a,)
    b = (b,)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
try:
    print(a < b)
except RecursionError as e:
    print("RecursionError", e)

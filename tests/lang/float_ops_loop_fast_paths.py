# The loop's inline float paths (+ - * in place or not, comparisons, list item stores) against CPython's results, NaN, infinities, signed zeros and int operands included.
import math
nan = float("nan"); inf = float("inf")
vals = [0.0, -0.0, 1.5, -2.25, nan, inf, -inf, 3, -7, 2**53 + 1, 1e308]
out = []
for a in vals:
    for b in vals:
        for f in (lambda x, y: x + y, lambda x, y: x - y, lambda x, y: x * y):
            try:
                r = f(a, b)
            except Exception as e:
                r = type(e).__name__
            out.append(repr(r))
        out.append("%r%r%r%r%r%r" % (a < b, a <= b, a == b, a != b, a > b, a >= b))
        x = a
        x += b
        x -= a
        x *= 2
        out.append(repr(x))
print(len(out), hash(tuple(out)) if False else "")
print(" ".join(out[:200]))
print(" ".join(out[200:]))
l = [1.0, 2.0, 3.0]
l[0] += 1.5; l[-1] *= 2; l[1] -= 0.5
print(l)
try:
    l[3] = 1
except IndexError as e:
    print("IndexError", e)
class F(float):
    def __add__(self, o): return "F.__add__"
    def __lt__(self, o): return "F.__lt__"
print(F(1) + 2.0, 2.0 + F(1), F(1) < 2.0, 2.0 < F(1))

# hash() of floats equals CPython's, and equal int/float/complex/bool hash
# the same; pseudo-random doubles over the whole range.
import math
def lcg62(s):
    # two steps of a 31-bit LCG glued into 62 bits (all small ints: cheap)
    a = ((s & 0x7fffffff) * 1103515245 + 12345) & 0x7fffffff
    b = (a * 1103515245 + 12345) & 0x7fffffff
    return (a << 31) | b

vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.0 ** 61, 2.0 ** 61 - 2 ** 8, 2.0 ** 62, 2.0 ** 63, -2.0 ** 63, 1e16,
        1e100, -1e300, 1.7976931348623157e308, 5e-324, 2.0 ** -1074, 1e-300, 0.1, 1 / 3, math.pi, math.inf, -math.inf,
        123456789.123, 2.0 ** 64 + 2.0 ** 12, float(2 ** 61 - 1), float(2 ** 61 + 1)]
for v in vals:
    print(repr(v), hash(v))
for i in [0, 1, -1, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 64, 2 ** 100, -2 ** 100, 10 ** 20, 2 ** 53 + 1]:
    f = float(i)
    print(i, hash(i), hash(f), hash(complex(f, 0)), hash(f) == hash(int(f)))
print(hash(True), hash(1.0), hash(1 + 0j), hash(False), hash(0j), hash(-0j), hash(complex(-0.0, -0.0)))
for z in [1j, -1j, 1 + 1j, 0.5 - 2.5j, complex(math.inf, 1), complex(1, -math.inf), 1e300 + 1e300j, complex(2 ** 61, 2 ** 61)]:
    print(repr(z), hash(z))
state = 2024
for _ in range(120):
    state = lcg62(state)
    m = state >> 9
    e = state % 2000 - 1000
    x = math.ldexp(m, e - 53) * (-1 if state & 1 else 1)
    print(hash(x), end=' ' if _ % 6 != 5 else '\n')
print(hash(math.nan) == hash(math.nan), {0.0: 'a', -0.0: 'b', 0: 'c', False: 'd'}, len({1, 1.0, 1 + 0j, True}))
class F(float):
    pass
print(hash(F(2.5)) == hash(2.5), hash(F(-0.0)))

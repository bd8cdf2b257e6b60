# as_integer_ratio, is_integer, int()/trunc/floor/ceil of pseudo-random
# doubles across the exponent range.
import math
def lcg62(s):
    # two steps of a 31-bit LCG glued into 62 bits (all small ints: cheap)
    a = ((s & 0x7fffffff) * 1103515245 + 12345) & 0x7fffffff
    b = (a * 1103515245 + 12345) & 0x7fffffff
    return (a << 31) | b

state = 31337
for k in range(80):
    state = lcg62(state)
    m = (state >> 11) | 1
    e = (state % 2200) - 1100
    x = math.ldexp(m, e - 53)
    if state & 2:
        x = -x
    n, d = x.as_integer_ratio()
    assert d & (d - 1) == 0 and n / d == x
    print(n.bit_length(), d.bit_length(), x.is_integer(), int(x) if abs(x) < 1e30 else int(x).bit_length(),
          math.floor(x) == int(x) or x < 0, math.ceil(x) - math.floor(x))
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.0 ** 52 + 0.5, 123.0, -1e-20, 3.5e15, 4.5e15 + 0.5]:
    print(repr(x), x.as_integer_ratio(), x.is_integer(), int(x), math.floor(x), math.ceil(x), round(x))
class F(float):
    pass
print(F(2.5).as_integer_ratio(), F(4.0).is_integer(), type(F(4.0).as_integer_ratio()[0]).__name__)
for x in [1e16, 1e17 + 8, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64, 1.5e300]:
    print(int(x), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__int__())

# repr of every power of two from 2**0 up (and neighbours): at a power of two the
# rounding interval is lopsided, so the shortest string is not always the
# correctly rounded one (2.0**710 is 5.386379163185535e+213).
import math
row = []
for k in range(0, 1024):
    x = math.ldexp(1.0, k)
    assert float(repr(x)) == x
    row.append(repr(x))
    if len(row) == 6:
        print(' '.join(row))
        row = []
print(' '.join(row))
for k in range(0, 1024, 37):
    x = math.ldexp(1.0, k)
    up = x + math.ulp(x)
    down = x - math.ulp(x) / 2
    print(repr(up), repr(down), str(-x), repr(complex(x, -x)), '%r' % x, '{!r}'.format(up))
print(format(2.0 ** 710, ''), format(2.0 ** 710, 'r') if False else '', str(2.0 ** -1000), repr([2.0 ** 900]))

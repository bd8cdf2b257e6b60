# Exact comparisons between floats and ints of any size (no rounding of the
# int), including values near 2**53 and 2**1024, and hash consistency.
import math
ints = [0, 1, -1, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 2 ** 63 - 1, 2 ** 63, 2 ** 64 + 1, 10 ** 22, 10 ** 23, 2 ** 1023,
        2 ** 1024, -2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 10 ** 400]
floats = [0.0, -0.0, 1.0, 0.5, 9007199254740992.0, 9007199254740994.0, 9.223372036854776e18, 1e22, 1e23,
          8.98846567431158e307, 1.7976931348623157e308, -1.7976931348623157e308, math.inf, -math.inf, math.nan]
for i in ints:
    row = []
    for f in floats:
        row.append('%d%d%d%d' % (i < f, i == f, i > f, f >= i))
    print(i.bit_length(), i < 0, ' '.join(row))
state = 5
for _ in range(60):
    state = (state * 1103515245 + 12345) % 2 ** 31
    f = math.ldexp(state | 1, state % 80)
    i = int(f)
    print(i == f, i + 1 > f, i - 1 < f, f == float(i), hash(i) == hash(f), (i + 1) == f, end=' | ')
print()
print(1 == 1.0, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53, True == 1.0, False == -0.0, True < 1.5)
print(sorted([2 ** 53 + 1, 2.0 ** 53, 2 ** 53 - 1, 9007199254740993.0]), max(2 ** 64, 1.8446744073709552e19))
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    10 ** 400 + 1.0
except OverflowError as e:
    print(e)
try:
    1.0 * 10 ** 400
except OverflowError as e:
    print(e)
try:
    10 ** 400 / 10 ** 399 + 0.5
    print(10 ** 400 / 10 ** 399, 10 ** 400 / 3 ** 700)
except OverflowError as e:
    print(e)
try:
    1.5 < 'x'
except TypeError as e:
    print(e)
try:
    1.5 >= None
except TypeError as e:
    print(e)
print(1.5 == 'x', 1.5 != None, 1.0 == 1j.imag)

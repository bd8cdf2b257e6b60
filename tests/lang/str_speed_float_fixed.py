# 'f' formatting of doubles below 2^53 with precision <= 18 (the exact
# integer path): mantissa and exponent from the double's bits, normals,
# subnormals, ties, powers of two, values near 2^53, and a sweep.
import math
vals = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1e-300, 1e-20,
        0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1e-5, 0.1, 0.7, 123.456, 1e15, 1e16 - 1,
        2.0**52, 2.0**52 + 0.5, 2.0**53 - 1, 2.0**53, 2.0**53 + 2, 2.0**60, 9007199254740991.5,
        math.pi, math.e, -math.pi, 1 / 3, 2 / 3, 4503599627370495.5, 0.49999999999999994]
for v in vals:
    print(repr(v), [format(v, ".%df" % p) for p in (0, 1, 2, 3, 5, 10, 17, 18)],
          format(v, "#.0f"), format(v, ".1%"), "%.3f" % v, f"{v:.2f}")
acc = []
x = 0.0
for i in range(4000):
    x = (x * 1.618033988749895 + i * 0.37) % 100003.0
    y = x / (i + 1) ** 1.5
    acc.append(format(y, ".1f") + format(-y, ".4f") + format(y * 1e-9, ".12f") + format(i * 3.5, ".1f"))
print(len(acc), acc[:5], acc[-3:])
h = 0
for ch in "|".join(acc):
    h = (h * 31 + ord(ch)) & 0xFFFFFFFFFFFF
print(h, "".join(acc)[:200])

# str <-> int round trips for big values (limit raised), bases, negative numbers
import sys
sys.set_int_max_str_digits(0)
for e in (1, 9, 10, 18, 19, 20, 38, 100, 1000, 5000, 20000):
    n = 10 ** e
    for v in (n - 1, n, n + 1, -n, -(n - 1), 7 * n // 3):
        s = str(v)
        assert int(s) == v
        assert int(s.replace("-", "-  ") if False else s) == v
    print(e, len(str(n - 1)), str(7 * n // 3)[:15], str(7 * n // 3)[-5:])
for base in (2, 3, 7, 8, 10, 16, 36):
    v = 3 ** 500 * 7
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s, t = [], v
    while t:
        t, d = divmod(t, base)
        s.append(digits[d])
    s = "".join(reversed(s))
    print(base, int(s, base) == v, int(s.upper(), base) == v, len(s))
big = 2 ** 30000
s = str(big)
print(len(s), s[:20], s[-20:], int(s) == big, int("-" + s) == -big)
print(repr(-(2**64)), str(2**63), int("  -" + "0" * 100 + "123  "), int("0" * 5000 + "1"))
sys.set_int_max_str_digits(4300)

x = 1
x = y = z, w = 1, 2
a[1], b.c, *d = e
x += 1
x -= 1; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6; x @= m
x <<= 1; x >>= 2; x &= 3; x |= 4; x ^= 5
x: int = 5
(x): int
a.b: int
a[0]: list[int] = []
del a, b[1], c.d
del (a, b), [c]
assert x, "msg"
assert y
raise E from e
raise E
raise
pass
global x, y
x = ...
[*a, *b] = c
(a, b), c = d
x = *a, *b

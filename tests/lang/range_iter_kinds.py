# range iterators near the C long limits: which kind, values, length hints
import sys
M = sys.maxsize
cases = [(0, 10, 1), (M - 3, M, 1), (M - 3, M + 1, 1), (0, M, 1), (0, M, 2), (M - 10, M, 7),
         (-M - 1, -M + 2, 1), (-M, -M - 3, -1), (-M + 2, -M - 1, -1), (-M - 1, 0, M), (0, -M - 1, -M),
         (M, M - 3, -1), (M + 1, M - 2, -1), (0, 5, M), (0, 5, M + 1), (5, 0, -M - 1), (5, 0, -M),
         (0, 0, 1), (M, M, 1), (2**64, 2**64 + 2, 1), (-M - 1, M, M), (1, M, M - 1)]
for a, b, c in cases:
    r = range(a, b, c)
    it, rit = iter(r), reversed(r)
    print((a, b, c), type(it).__name__, type(rit).__name__, it.__length_hint__(), rit.__length_hint__())
    f, b = iter(r), reversed(r)
    print(' ', [next(f, None) for _ in range(3)], [next(b, None) for _ in range(3)])
it = iter(range(M - 1, M + 2))
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
rit = reversed(range(-M - 2, -M + 1))
print(next(rit), rit.__length_hint__(), list(rit), rit.__length_hint__())
it = iter(range(3))
print(iter(it) is it, next(it), list(it), list(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)

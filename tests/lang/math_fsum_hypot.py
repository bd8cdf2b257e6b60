# math.fsum exactness, hypot with n args, dist, prod, isclose.
import math
inf, nan = math.inf, math.nan
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([-0.0]), math.fsum([-0.0, -0.0]), math.fsum([0.0, -0.0]), math.fsum(iter([1, 2, 3])))
print(math.fsum([2.0 ** 53, 1.0, 1.0]), math.fsum([1e308, 1e308, -1e308]), math.fsum([1.7976931348623157e308, 9.979201547673598e291]))
state = 17
for trial in range(30):
    xs = []
    for i in range(30):
        state = (state * 1103515245 + 12345) % 2 ** 31
        xs.append((state / 2 ** 31 - 0.5) * 10.0 ** (state % 41 - 20))
    xs += [-x for x in xs[:10]]
    print(repr(math.fsum(xs)), end=' ')
print()
for seq in ([inf, 1.0], [inf, -inf], [nan, 1.0], [1e308, 1e308], [inf, inf], [-inf, 1e308, 1e308], [1e308] * 3 + [-inf]):
    try:
        print(math.fsum(seq))
    except Exception as e:
        print(type(e).__name__, e)
for bad in ([1, 'a'], None, [None], [1j]):
    try:
        math.fsum(bad)
    except TypeError as e:
        print(e)
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(*range(10)),
      math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(-0.0),
      math.hypot(1e200, 1e-200, 1e200), math.hypot(True, 2))
try:
    math.hypot(1e308, 1e308, 1e308, 1e308)
except OverflowError as e:
    print(e)
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()), math.dist((1.5,), (-1.5,)),
      math.dist(iter([]), ()) if False else '', math.dist((inf, 0), (0, nan)))
for a, b in [((1, 2), (1,)), ([1], (1,)), ((1,), [1]), ('ab', 'cd'), ((1, 'a'), (1, 2)), (1, 2)]:
    try:
        print(math.dist(a, b))
    except Exception as e:
        print(type(e).__name__, e)
print(math.prod([]), math.prod(range(1, 11)), math.prod([2.5, 4]), math.prod([1, 2], start=0.5), math.prod(['a'], start=3),
      math.prod([[1]], start=2), math.prod([1j, 1j]), math.prod(range(1, 30)), math.prod([], start='x'))
for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.1, {}), (1.0, 1.1, {'rel_tol': 0.1}), (0.0, 1e-10, {}),
                 (0.0, 1e-10, {'abs_tol': 1e-9}), (inf, inf, {}), (inf, -inf, {}), (nan, nan, {}), (inf, 1e308, {'rel_tol': 1}),
                 (1, 1, {'rel_tol': -1}), (1, 2, {'abs_tol': -0.0}), (10 ** 20, 10 ** 20 + 1, {}), (1e308, -1e308, {'rel_tol': 2})]:
    try:
        print(a, b, kw, math.isclose(a, b, **kw))
    except Exception as e:
        print(type(e).__name__, e)

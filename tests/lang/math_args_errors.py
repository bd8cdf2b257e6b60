# Argument errors of every math function (counts, keywords, types), CPython's wording.
import math
names = sorted(n for n in dir(math) if not n.startswith('_') and callable(getattr(math, n)))
for n in names:
    f = getattr(math, n)
    for call in (lambda: f(), lambda: f(1, 2, 3, 4), lambda: f(x=1), lambda: f(1, x=1), lambda: f('a'), lambda: f(1, 'a'), lambda: f(None, None)):
        try:
            r = call()
            print(n, 'ok', repr(r)[:40])
        except Exception as e:
            print(n, type(e).__name__, e)
for f, a, k in [(math.isclose, (1,), {'b': 1}), (math.isclose, (), {'a': 1, 'b': 1.0}), (math.isclose, (1, 2), {'a': 1}),
                (math.isclose, (1, 2), {'rel_tol': 1}), (math.isclose, (1, 2, 3), {}), (math.isclose, (1, 2), {'rel_tol': -1}),
                (math.isclose, (1, 2), {'abs_tol': 1, 'zz': 2}), (math.isclose, (1,), {'zz': 2}), (math.isclose, (), {'b': 2}),
                (math.prod, ([2, 3],), {'start': 2}), (math.prod, (), {'iterable': [1]}), (math.prod, ([1], 2), {}),
                (math.prod, ([1],), {'start': 1, 'zz': 1}), (math.prod, ([1],), {'iterable': 1}), (math.isclose, (1, 2), {'b': 1, 'zz': 1})]:
    try:
        print(f(*a, **k))
    except TypeError as e:
        print(e)

# Arithmetic and comparisons with inf and nan (and mixed int operands).
inf, nan = float('inf'), float('nan')
OPS = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b, lambda a, b: a < b,
       lambda a, b: a == b, lambda a, b: a >= b]
vals = [inf, -inf, nan, 0.0, -0.0, 1.0, -1.0, 1e308, 2, -3, 10 ** 400, -10 ** 400]
for a in vals:
    row = []
    for b in vals:
        out = []
        for op in OPS:
            try:
                out.append(repr(op(a, b)))
            except Exception as e:
                out.append(type(e).__name__[:4])
        row.append(','.join(out))
    print(repr(a) if not isinstance(a, int) or abs(a) < 10 ** 20 else 'big', ' '.join(row))
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], nan in [nan], (nan,) == (nan,), {nan: 1}.get(nan))
print(inf == 10 ** 400, inf > 10 ** 400, -inf < -10 ** 400, 1e308 < 10 ** 400, float(2 ** 1023) == 2 ** 1023)
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), sorted([3.0, nan, 1.0])[1] if False else '', abs(-inf), -nan != -nan)
print(inf * 0 != inf * 0, inf - inf, (-inf) + inf, inf / inf, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
for x in (inf, -inf, nan):
    for f in (int, round):
        try:
            f(x)
        except Exception as e:
            print(type(e).__name__, e)
    print(x.is_integer(), x.hex(), str(x), format(x, 'f'), format(x, '+E'), format(x, '08.2f'), format(x, '%'), bool(x))
for x in (inf, nan):
    try:
        x.as_integer_ratio()
    except Exception as e:
        print(type(e).__name__, e)
import math
print(math.isinf(1e308 * 10), math.isnan(inf - inf), 1e308 * 10, -1e308 * 10, 1e-323 / 10, 5e-324 / 2, 5e-324 * 0.5)

# float ** : negative bases, fractional exponents (complex results),
# zero/inf/nan operands, overflow and ZeroDivisionError texts.
inf, nan = float('inf'), float('nan')
bases = [2.0, -2.0, 0.5, -0.5, 0.0, -0.0, 1.0, -1.0, inf, -inf, nan, 10.0, 3]
exps = [0.0, -0.0, 1.0, 2.0, 3.0, -1.0, -2.0, -3.0, 0.5, -0.5, 1.5, inf, -inf, nan, 2, -2, 1e300, -1e300, 0.1]
for b in bases:
    row = []
    for e in exps:
        try:
            r = b ** e
            row.append(repr(r))
        except Exception as ex:
            row.append('%s:%s' % (type(ex).__name__, ex))
    print(repr(b), ' '.join(row))
for b, e in [(10.0, 400), (10.0, 308.5), (-10.0, 309.0), (1e200, 2), (2.0, 1024), (2.0, -1075), (-1e200, 3.0),
             (1.0000001, 1e10), (0.9999999, -1e10), (10, 400.0), (10 ** 400, 2.0), (2.0, 10 ** 400), (0.5, 10 ** 400)]:
    try:
        print(repr(b ** e))
    except Exception as ex:
        print(type(ex).__name__, ex)
for b, e, m in [(2.0, 3, 5), (2.0, 3.0, None), (2.0, 3.0, 5.0)]:
    try:
        print(pow(b, e, m))
    except Exception as ex:
        print(type(ex).__name__, ex)
print(pow(-8.0, 1/3), (-8) ** (1/3), (-1.0) ** 0.5, (-4.0) ** -0.5, (-2.0) ** 1.5)
print(2.0.__pow__(3), 2.0.__rpow__(3), 2.0.__pow__('x'), 2.0.__rpow__(None))
try:
    2.0.__pow__(2, 3)
except Exception as ex:
    print(type(ex).__name__, ex)

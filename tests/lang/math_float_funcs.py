# math float functions: values, domain and range errors, inf/nan inputs.
import math
inf, nan = math.inf, math.nan
xs = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 10.0, 710.0, -745.5, 1e308, -1e308, 5e-324, inf, -inf, nan, 3, -3, 10 ** 400]
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc', 'exp', 'exp2',
             'expm1', 'fabs', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'gamma', 'log', 'log2', 'log10', 'log1p',
             'degrees', 'radians', 'isfinite', 'isinf', 'isnan', 'ulp']:
    f = getattr(math, name)
    row = []
    for x in xs:
        try:
            r = f(x)
            row.append(repr(r) if not isinstance(r, float) or r != r or r in (inf, -inf, 0.0) else '%.12g' % r)
        except Exception as e:
            row.append('%s(%s)' % (type(e).__name__, e))
    print(name, ' '.join(row))
for x in [0.0, -1.0, -2.0, 0.5, 1.0, 2.0, 171.0, 171.7, 172.0, -0.5, -171.5, -200.5, 1e-300, -1e-300, inf, -inf]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, '%.10g' % f(x))
        except Exception as e:
            print(f.__name__, x, type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
print(math.sqrt(2), math.sqrt(10 ** 30), math.exp(1), math.log(math.e), math.log10(1000), math.log2(1024), math.log2(2 ** 1000))

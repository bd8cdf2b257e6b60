# math functions given huge ints, bools and extreme floats (one line each).
import math
tests = ["math.fsum([2**53, 1, 1])", "math.fsum([10**400])", "math.hypot(10**400)", "math.dist([10**400], [0])",
 "math.isclose(10**400, 1)", "math.copysign(10**400, 1)", "math.ldexp(10**400, 1)", "math.frexp(10**400)", "math.fabs(-10**400)",
 "math.exp(-10**400)", "math.atan(10**400)", "math.gcd(0, -0)", "math.isqrt(10**400) == 10**200", "math.factorial(0)",
 "math.comb(0, 5)", "math.perm(3, 5)", "math.pow(2, 10**400)", "math.pow(0.5, 10**400)", "math.pow(-1, 10**400)", "math.pow(10**400, 0)",
 "math.ceil(-0.5)", "math.floor(-0.5)", "math.trunc(-0.5)", "math.log(10**400, 10)", "math.log10(10**400)", "math.log2(2**10000)",
 "math.log(2**10000, 2)", "math.log1p(10**400)", "math.sqrt(True)", "math.exp(True)", "math.nextafter(1, 2)", "math.ulp(10**300)",
 "math.remainder(10**300, 7)", "math.fmod(-10**300, 7)", "math.modf(10**300)", "math.isinf(10**300)", "math.isfinite(10**300)",
 "math.isnan(10**300)", "math.isfinite(10**400)", "math.cbrt(-27)", "math.exp2(-1075)", "math.exp2(1024)", "math.expm1(1e-300)",
 "math.sqrt(1e-320)", "math.hypot(*[1e-320]*10)", "math.dist([1e308, -1e308], [-1e308, 1e308])", "math.fsum([1e308, 1e308])",
 "math.fsum([1e308, -1e308, 1e308])", "math.prod([1e308, 10])", "math.prod([10**400, 1.0])", "sum([0.1]*10)", "math.fsum(x/10 for x in range(10))"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)

# The math module: values and CPython's error conventions.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.exp(1), math.log(10), math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(1e-10))
print(math.sin(0.5), math.cos(0.5), math.tan(0.5), math.asin(0.5), math.acos(0.5), math.atan(0.5), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5), math.expm1(1e-5))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(10 ** 30), type(math.floor(2.0)).__name__)
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.copysign(3, -0.0), math.modf(-2.5), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.hypot())
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.prod([1, 2, 3, 4]), math.prod([1.5, 2], start=2))
print(math.factorial(20), math.factorial(0), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.gcd(2 ** 100, 6 ** 50))
print(math.isqrt(10 ** 40 + 1), math.isqrt(99), math.comb(10, 3), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.comb(3, 5))
print(math.gamma(5), math.lgamma(1), math.erf(0.5), math.erfc(0.5), math.log(10 ** 400), math.log2(2 ** 3000), math.exp2(10))
print(math.pow(2, 10), math.pow(0, 0), math.pow(-8, 1 / 3) if False else "-", math.nextafter(1, 2), math.ulp(1.0))
for expr in ("math.sqrt(-1)", "math.exp(1000)", "math.log(0)", "math.log(-1)", "math.acos(2)", "math.atanh(1)",
             "math.pow(0, -1)", "math.pow(-1, 0.5)", "math.pow(10, 400)", "math.ldexp(1, 10000)", "math.cosh(1000)",
             "math.sin(math.inf)", "math.fmod(1, 0)", "math.gamma(0)", "math.gamma(200)", "math.factorial(-1)",
             "math.factorial(5.0)", "math.isqrt(-1)", "math.comb(5, -1)", "math.sqrt('x')", "math.trunc('x')",
             "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])", "math.dist([1], [1, 2])", "math.log(10, 1)"):
    try:
        print(expr, eval(expr))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(expr, "->", type(e).__name__, e)

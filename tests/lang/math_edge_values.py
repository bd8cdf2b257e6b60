# frexp, ldexp, modf, copysign, fmod, remainder, nextafter, ulp and pow
# on edge values.
import math
inf, nan = math.inf, math.nan
for x in [0.0, -0.0, 1.0, -1.5, 3.75, 1e308, 5e-324, 2.0 ** -1022, inf, -inf, nan, 8, -(2 ** 70), 10 ** 400]:
    try:
        m, e = math.frexp(x)
        print(repr(x), repr(m), e, math.modf(x) if isinstance(x, float) else math.modf(float(x) if x < 10 ** 300 else 1.0))
    except Exception as ex:
        print(repr(x), type(ex).__name__, ex)
for m, e in [(1.0, 1024), (1.0, 1023), (0.5, 1025), (1.0, -1074), (1.0, -1075), (1.5, -1075), (1.0, -1076),
             (1.0, 10 ** 20), (1.0, -10 ** 20), (0.0, 10 ** 20), (-0.0, 5), (inf, -10 ** 20), (nan, 10 ** 20),
             (-1.0, 2 ** 64), (1.0, True)]:
    try:
        print(m, e, repr(math.ldexp(m, e)))
    except Exception as ex:
        print(m, e, type(ex).__name__, ex)
for bad in [(1.0, 1.5), (1.0, '1'), ('1', 1), (1.0, None)]:
    try:
        math.ldexp(*bad)
    except TypeError as e:
        print(e)
print(math.copysign(1, -0.0), math.copysign(-2, 0.0), math.copysign(nan, -1), math.copysign(inf, -nan))
print(math.fmod(-10, 3), math.fmod(10, -3), math.fmod(-0.0, 1), math.fmod(5.5, inf), math.remainder(5, 2), math.remainder(7, 2))
print(math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(1e308, inf))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e308), math.ulp(inf), math.ulp(nan), math.ulp(-2.0), math.ulp(5e-324))
for b, e in [(-8.0, 1 / 3), (0.0, -1.0), (-0.0, -1.0), (0.0, -inf), (10.0, 400.0), (-10.0, 401.0), (1.0, nan), (nan, 0.0), (2.0, -1100.0)]:
    try:
        print(b, e, repr(math.pow(b, e)))
    except Exception as ex:
        print(b, e, type(ex).__name__, ex)

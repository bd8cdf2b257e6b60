# Assorted edge cases of float, complex and math (one line each).
import math
tests = ["math.floor(True)", "type(math.floor(True))", "math.ceil(False)", "math.trunc(True)", "float.__getformat__('double')",
 "hasattr(float, '__setformat__')", "(2.5).__getnewargs__()", "(1j).__getnewargs__()", "float('  1.5\\n')", "float('1.5 x')",
 "float('x' * 300)", "float('')", "float(' ')", "float('\\x00')", "float('1e5 ')", "float('-')", "float('.')", "float('e')",
 "complex('')", "complex(' ')", "complex('1e')", "complex('(')", "complex(')')", "float('infinity ')", "float('+nan')",
 "float('-nan').hex()", "str(float('-nan'))", "math.copysign(1, float('-nan'))", "(-0.0).hex()", "float.fromhex('-0x0p0')",
 "math.isqrt(True)", "math.factorial(True)", "math.gcd(True, True)", "math.comb(True, True)", "math.perm(True)",
 "round(2.5, None)", "round(-0.0)", "round(-0.4)", "type(round(-0.4))", "round(0.5, 0)", "round(-0.5, 0)", "round(1e300, -300)",
 "round(1.5e300, -300)", "round(123.456, -1)", "round(-123.456, -2)", "round(5e-324, 323)", "round(5e-324, 324)",
 "(0.1).__round__(1)", "(0.1).__round__(None)", "float.__round__(2.5)", "divmod(-0.0, 1.0)", "divmod(0.0, -1.0)",
 "(-5.0).__rmod__(3)", "math.remainder(3, 0)", "math.fmod(3, 0)", "math.fmod(float('inf'), 3)", "math.atan2(0.0, -0.0)",
 "math.modf(-0.0)", "math.modf(float('inf'))", "math.modf(float('-inf'))", "math.frexp(float('nan'))", "math.trunc(-0.0)",
 "math.fabs(-0.0)", "math.sqrt(-0.0)", "math.isclose(1, 1, rel_tol=float('nan'))", "math.dist([1.0], [float('nan')])",
 "math.hypot(float('nan'), float('inf'))", "math.hypot(float('inf'), float('nan'))", "math.prod([1, 2], start=None)" ,
 "math.lcm(2**64, 0)", "math.gcd(-2**64)", "math.lcm(-2**64)", "float.__new__(float)", "float.__new__(float, 2)",
 "complex.__new__(complex, 1)", "1.5.__class__", "float.__dict__['real'].__get__(2.5)", "complex.real.__get__(3j)",
 "float.hex.__name__", "float.fromhex.__self__", "float.__getformat__.__qualname__", "float.conjugate.__qualname__",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)

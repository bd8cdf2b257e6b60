# is_integer, as_integer_ratio, hex/fromhex, trunc/floor/ceil, conjugate.
for x in (0.0, -0.0, 1.5, -2.5, 0.1, 1e300, 5e-324, 2.0 ** 60, -7.0):
    print(x.is_integer(), x.as_integer_ratio(), x.hex(), x.real, x.imag, x.conjugate())
    print(x.__trunc__(), x.__floor__(), x.__ceil__(), int(x))
for s in ("0x1.8p1", "1.8", " -0X.8P-1 ", "inf", "-Infinity", "nan", "0x1.fffffffffffffp1023", "0x1p-1074", "0x1.8p-1074", "0x1.0000000000000001p0"):
    print(repr(s), float.fromhex(s))
for s in ("0x1p10000", "zz", "0x.p1", "1p"):
    try:
        float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in (float("inf"), float("nan")):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float.fromhex((0.1).hex()) == 0.1, (3.0).__trunc__(), (-3.5).__floor__(), (3.2).__ceil__())

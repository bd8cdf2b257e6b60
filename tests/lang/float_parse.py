# float() from strings: whitespace, underscores, inf/nan spellings, errors.
for s in ("1.5", " -1.5e3 ", "1_0.5", "1_0.5_5e1_0", ".5", "5.", "1e5", "1E-5", "iNfInItY", "-inf", "+nan", "-nan",
          "0.1" + "0" * 50 + "1", "1" * 30, "1.7976931348623159e308", "2.4703282292062328e-324", "١٢.٥", "-0"):
    print(repr(s), float(s))
for s in ("1__0", "1_.5", "1._5", "_1", "1_", ".", "e5", "1e", "1e+", "0x10", "", " ", "infx", "1.5j", "nan(1)"):
    try:
        float(s)
    except ValueError as e:
        print(e)
print(float(b"2.5"), float(bytearray(b" 3 ")), float(), float(7), float(-(10 ** 20)), float(True))
for v in (10 ** 400, [], None):
    try:
        float(v)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
print(float(F()), float(I()))

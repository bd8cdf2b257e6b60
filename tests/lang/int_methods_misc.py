# bit_length, bit_count, as_integer_ratio, conjugate, numerator/denominator/real/imag, __index__ & co
vals = [0, 1, -1, 2, -2, 3, 255, -255, 256, 2**31 - 1, -2**31, 2**62 - 1, -2**62, 2**62, 2**63 - 1, -2**63, 2**64, -(2**64) + 1, 2**100 - 1, -(2**100), 10**50]
for v in vals:
    r = v.as_integer_ratio()
    print(v.bit_length(), v.bit_count(), r, type(r).__name__, type(r[0]).__name__, v.numerator == v, v.denominator, v.real == v, v.imag, v.conjugate() == v, v.__index__() == v, v.__int__() == v, v.__trunc__() == v, v.__floor__() == v, v.__ceil__() == v, float(v) == v.__float__())
class I(int):
    pass
x = I(7)
for name in ("real", "numerator", "conjugate()", "__index__()", "__int__()", "__trunc__()", "__floor__()", "__ceil__()", "__pos__()", "__neg__()", "__abs__()", "__invert__()", "__round__()", "as_integer_ratio()[0]"):
    r = eval("x." + name)
    print(name, r, type(r).__name__)
print(type(x.imag).__name__, type(x.denominator).__name__, type(+x).__name__, type(x + 0).__name__, type(x * 1).__name__)
for m in ("bit_length", "bit_count", "conjugate", "as_integer_ratio", "__index__", "__int__", "__trunc__", "__floor__", "__ceil__", "is_integer"):
    f = getattr(5, m, None)
    if f is None:
        print(m, "missing")
        continue
    try:
        print(m, f(1))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(m, f(x=1))
    except TypeError as e:
        print(type(e).__name__, e)
for attr in ("real", "imag", "numerator", "denominator"):
    try:
        setattr(5, attr, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    (5).foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print((5).foo)
except AttributeError as e:
    print(type(e).__name__, e)
print(int.bit_length(7), int.bit_count(-7), int.conjugate(True), type(int.conjugate(True)).__name__)
for bad in (1.5, "x", None):
    try:
        print(int.bit_length(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print((-1).__sizeof__() > 0, sorted(n for n in dir(5) if not n.startswith("_")))

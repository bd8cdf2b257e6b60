# Decimal comparisons, hash and bool, where SafePy's C fast paths
# (src/modules/decimal_fast.c) handle finite Decimal and int operands and
# leave NaNs, floats, Fractions, subclasses and odd ints to _pydecimal:
# every operator over zeros of both signs, trailing zeros, 20+ digit
# values and specials, the numeric hash agreeing with int and float.
from fractions import Fraction
from decimal import Decimal as D, getcontext, localcontext, FloatOperation, InvalidOperation
vals = ["0", "-0", "0.000", "1", "1.0", "1.00", "-1", "0.1", "0.10", "123.456", "-123.456", "1E+5", "100000",
        "99999.9999", "1E-30", "12345678901234567890123", "12345678901234567890124", "NaN", "Infinity", "-Infinity"]
for a in vals:
    for b in vals + [0, 1, -1, True, False, 100000, 10**30]:
        da = D(a); db = D(b) if isinstance(b, str) else b
        try:
            print(a, repr(b), da == db, da != db, da < db, da <= db, da > db, da >= db)
        except Exception as e:
            print(a, repr(b), type(e).__name__)
    d = D(a)
    if not d.is_nan():
        print(a, "hash", hash(d), bool(d))
    else:
        print(a, bool(d))
for a in ["1E+999999", "1E-999999", "-7.5E-300", "123456789.987654321", "-1"]:
    print(a, hash(D(a)), hash(D(a)) == hash(float(a)) if abs(float(a)) < 1e300 and float(a) == D(a) else "-")
for x in [0, 1, -1, 10**18, -(10**18), 2**70, 123]:
    print(x, hash(D(x)) == hash(x), hash(D(x) / 1) == hash(x))
print(hash(D("0.5")) == hash(0.5), hash(D("-2.25")) == hash(-2.25), hash(D("1E+40")) == hash(10**40))
try:
    hash(D("sNaN"))
except TypeError as e:
    print("TypeError")
print(sorted([D("3.1"), D("-2"), D("0"), D("-0.00"), D("1E+1"), D("9.99"), D("10.0"), 5, -3]))
print({D("1.0"): "a", D("1"): "b", 1: "c", D("-0"): "z"}, D("2.50") in {D("2.5")})
print(len({D("1"), D("1.0"), D("1.00"), 1, True, D("0"), D("-0"), 0}))
with localcontext() as ctx:
    ctx.clear_flags()
    print(D("1.5") == 1.5, D("1.5") != 1.5, bool(ctx.flags[FloatOperation]))
    ctx.clear_flags()
    print(D("1.5") < 2.5, D("2") >= 2.0, bool(ctx.flags[FloatOperation]))
    ctx.traps[FloatOperation] = True
    print(D("1.5") == 1.5)
    try:
        D("1.5") < 2.5
    except FloatOperation:
        print("FloatOperation")
print(D("0.5") == Fraction(1, 2), D("0.5") < Fraction(2, 3), D("1") == 1 + 0j, D("1") == 1j)
try:
    D("1") < 1j
except TypeError as e:
    print("TypeError")
print(D("NaN") == D("NaN"), D("NaN") != D("NaN"), D("NaN") == 1)
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(D("sNaN") == 1, D("NaN") < 1, bool(ctx.flags[InvalidOperation]))
try:
    D("sNaN") == 1
except InvalidOperation:
    print("InvalidOperation")
class Sub(D):
    def __eq__(self, other):
        return "sub eq"
class IntSub(int):
    pass
print(Sub("1") == D("1"), D("1") == Sub("1"), D("1") == IntSub(1), D("2") > IntSub(1), Sub("3") < 4)
print(D("1") == "1", D("1") != "1", D("1") == None)
try:
    D("1") < "2"
except TypeError as e:
    print("TypeError")
print(bool(D("0E+5")), bool(D("-0.000")), bool(D("NaN")), bool(D("-Infinity")), bool(Sub("0")), not D("1E-30"))

# Decimal *, +, -, unary -, + and abs(), str and repr on the cases where
# SafePy's C fast paths (src/modules/decimal_fast.c) must give
# _pydecimal's exact result and flags or step aside: every rounding mode,
# 17-40 digit results, prec below the result's length, signed zeros, int
# and bool operands, subclasses, specials, exponent limits.
from decimal import (Decimal, getcontext, localcontext, Context, ROUND_DOWN, ROUND_UP,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_05UP, Inexact, Rounded, Clamped, Subnormal,
                     Underflow, Overflow, InvalidOperation, DivisionByZero, FloatOperation)

from decimal_helpers.common import MODES, SIGNALS, flags, show


D = Decimal

print("-- multiplication")
for a, b in [("1.5", "2"), ("-1.5", "2"), ("0.0013", 3600), ("0.00894", 1),
             ("123456789012345678", "987654321098765432"),
             ("99999999999999999999", "99999999999999999999"),
             ("1234567890123456789", "9876543210987654321"),
             ("12345678901234567890123", "3"), ("-0", "5"), ("0", "-5"), ("-0", "-0"),
             ("1E+5", "1E-7"), ("1", "123.456"), ("1.000", "7"), ("2.5", True), ("2.5", False),
             ("3", 10**30), ("3", -10**18), ("-7", 2**63), ("1.1", 1.5), ("1.1", "x"),
             ("NaN", 2), ("Infinity", "0"), ("-Infinity", -3), ("sNaN", 1)]:
    da = D(a)
    db = D(b) if isinstance(b, str) and b != "x" else b
    show("%s * %r" % (a, b), lambda: da * db)
    show("%r * %s" % (b, a), lambda: db * da)
for p in range(1, 30, 3):
    for m in MODES:
        with localcontext() as ctx:
            ctx.prec = p
            ctx.rounding = m
            show("p%d %s mul" % (p, m), lambda: D("1234567.891") * D("-9876.54321"))

print("-- addition and subtraction")
pairs = [("1.5", "2.25"), ("-1.5", "2.25"), ("1.5", "-2.25"), ("0", "-0"), ("-0", "-0"),
         ("-0", "0"), ("0.00", "-0.000"), ("5", "-5"), ("5.0", "-5"), ("1E+30", "1E-30"),
         ("1", "1E-40"), ("1E-40", "1"), ("0", "1E-50"), ("0E-50", "1"), ("0E+10", "123.45"),
         ("99999999999999999999", "1"), ("-99999999999999999999", "-1"),
         ("12345678901234567890123456789", "1"), ("0.1", 3), ("0.1", True), ("0.1", -10**20),
         ("NaN", "1"), ("Infinity", "-Infinity"), ("Infinity", "1"), ("1", 2.5)]
for rnd in [ROUND_HALF_EVEN, ROUND_FLOOR, ROUND_CEILING]:
    with localcontext() as ctx:
        ctx.rounding = rnd
        for a, b in pairs:
            da = D(a)
            db = D(b) if isinstance(b, str) else b
            show("%s %s + %r" % (rnd, a, b), lambda: da + db)
            show("%s %r + %s" % (rnd, b, a), lambda: db + da)
            show("%s %s - %r" % (rnd, a, b), lambda: da - db)
            show("%s %r - %s" % (rnd, b, a), lambda: db - da)
for p in [1, 2, 5, 9, 19, 20, 28]:
    for m in MODES:
        with localcontext() as ctx:
            ctx.prec = p
            ctx.rounding = m
            show("p%d %s add" % (p, m), lambda: D("98765.4321") + D("0.0000123456789"))
            show("p%d %s sub" % (p, m), lambda: D("-98765.4321") - D("0.5000000000000000001"))
x = D(0)
for i in range(5):
    x += D("0.1")
    x -= 1
print("+= -=", x, repr(x))

print("-- str and repr")
for v in ["0", "-0", "0.000", "-0.00000", "0.0000001", "0.000001", "1E-6", "1.5E-7", "123.456",
          "-123.456", "1E+3", "1.23E+5", "12345678901234567890123456789012345678901234567890",
          "0.000012345678901234567890123456789012345678901234567890", "-5E-7", "NaN", "-sNaN12",
          "Infinity", "-Infinity", "100", "1.00"]:
    d = D(v)
    print(v, str(d), repr(d), "%s" % d, f"{d}", d.to_eng_string())
with localcontext() as ctx:
    ctx.capitals = 0
    print(str(D("1E+5")), repr(D("-1.5E-9")), str(D("0.1")))

print("-- subclasses")
class MyDec(Decimal):
    def __str__(self):
        return "MyDec<" + Decimal.__str__(self) + ">"
    def __mul__(self, other):
        return "mul called"
class Plain(Decimal):
    pass
m = MyDec("1.5")
p = Plain("2.25")
print(str(m), m * 2, 2 * m, type(m + 1).__name__, m + 1, type(p * p).__name__, p * p)
print(str(p), repr(p), p + m, p - 1, 1 - p, p.quantize(D("0.1")), type(p.quantize(D("0.1"))).__name__)
print(D("3") * p, D("3") + p, D("3") - p, type(D("3") * p).__name__)
class IntSub(int):
    pass
print(D("1.5") * IntSub(-2), D("1.5") + IntSub(2), IntSub(3) - D("0.5"))
print(Decimal.__mul__(D("2"), 3), Decimal.__add__(D("2"), 3), Decimal.__sub__(D("2"), 3), Decimal.__rsub__(D("2"), 3))
print(D("2").__mul__("x"), D("2").__add__(None), D("2").__rsub__(1.5))

print("-- unary minus, plus, abs")
def fl(c): return ",".join(s.__name__ for s in SIG if c.flags[s]) or "-"
for rnd in [ROUND_HALF_EVEN, ROUND_FLOOR, ROUND_CEILING, ROUND_DOWN]:
    for p in [28, 3]:
        for v in ["0", "-0", "0.000", "-0E+5", "1.5", "-1.5", "123.456", "-123.456", "99999", "-99999", "1E+10", "NaN", "-Infinity", "sNaN"]:
            with localcontext() as c:
                c.rounding = rnd; c.prec = p; c.traps[InvalidOperation] = False
                c.Emax = 8; c.Emin = -8
                r = []
                for f in (lambda x: -x, lambda x: +x, abs, lambda x: x.copy_negate()):
                    c.clear_flags()
                    try:
                        y = f(Decimal(v)); r.append("%s[%s]" % (y, fl(c)))
                    except Exception as e:
                        r.append(type(e).__name__)
                print(rnd, p, v, " ".join(r))
class S(Decimal):
    pass
print(-S("1.5"), type(-S("1.5")).__name__, abs(S("-2")), +S("-0"))

# Unary -, + and abs() of Decimal (SafePy's C fast paths,
# src/modules/decimal_fast.c): the sign of zero under each rounding mode,
# rounding to a small precision with its flags, exponent limits (Clamped,
# Overflow go to _pydecimal), specials and subclasses.
from decimal import *
SIG = [Clamped, Inexact, Rounded, Subnormal, Underflow, Overflow, InvalidOperation]
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

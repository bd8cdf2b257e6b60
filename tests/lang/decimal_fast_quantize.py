# Decimal.quantize on the cases where SafePy's C fast path
# (src/modules/decimal_fast.c) must give _pydecimal's exact result and
# flags or step aside: every rounding mode with ties and negative numbers,
# larger and smaller exponents, 17-40 digits, argument forms, specials.
from decimal import (Decimal, getcontext, localcontext, Context, ROUND_DOWN, ROUND_UP,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_05UP, Inexact, Rounded, Clamped, Subnormal,
                     Underflow, Overflow, InvalidOperation, DivisionByZero, FloatOperation)

from decimal_helpers.common import MODES, SIGNALS, flags, show


D = Decimal

print("-- quantize ties, every mode")
for v in ["2.5", "3.5", "-2.5", "-3.5", "2.51", "-2.49", "0.05", "-0.05", "1.005", "7.45",
          "-7.45", "9.995", "-9.995", "0.004", "123.4550", "5", "-5.000"]:
    for m in MODES:
        show("%s q0.01 %s" % (v, m), lambda: D(v).quantize(D("0.01"), rounding=m))
        show("%s q1 %s" % (v, m), lambda: D(v).quantize(D("1"), m))

print("-- quantize to larger and smaller exponents")
for v in ["1.2345", "-1.2345", "0", "-0", "0.000", "1E+3", "123456789012345678", "9999999999999999999.5"]:
    for q in ["1E+2", "1", "0.1", "1E-5", "1E-20", "1E-30"]:
        show("%s q %s" % (v, q), lambda: D(v).quantize(D(q)))
show("q int arg", lambda: D("12.7").quantize(1))
show("q rounding None", lambda: D("12.75").quantize(D("0.1"), rounding=None))
show("q positional rounding", lambda: D("12.75").quantize(D("0.1"), ROUND_UP))
show("q context kw", lambda: D("12.75").quantize(D("0.1"), context=Context(rounding=ROUND_DOWN)))
show("q exp kw", lambda: D("12.75").quantize(exp=D("0.1")))
show("q float", lambda: D("12.75").quantize(0.1))
show("q str", lambda: D("12.75").quantize("0.1"))
show("q too many digits", lambda: D("123456789").quantize(D("1E-25")))
show("q nan", lambda: D("NaN").quantize(D("1")))
show("q inf", lambda: D("Infinity").quantize(D("1")))
show("q by inf", lambda: D("1").quantize(D("Infinity")))


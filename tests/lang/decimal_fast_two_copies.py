# Two copies of the decimal module (decimal, _decimal and _pydecimal
# removed from sys.modules and imported again, as
# test.support.import_fresh_module does): in SafePy each copy's Decimal
# gets its own fast paths and state, and operations on instances of the
# first copy must keep working, with the first copy's context, after the
# second was installed.  Both contexts are set alike (CPython's C
# _decimal gives back the same module).
import sys
import decimal as dec1

D1 = dec1.Decimal
a1, b1 = D1("1.23456789"), D1("3.3333")
for name in ("decimal", "_decimal", "_pydecimal"):
    sys.modules.pop(name, None)
import decimal as dec2

D2 = dec2.Decimal
a2, b2 = D2("1.23456789"), D2("3.3333")
for prec in (28, 5, 3):
    dec1.getcontext().prec = prec
    dec2.getcontext().prec = prec
    for _ in range(2):
        print(prec, a1 * b1, a1 + b1, b1 - a1, -a1, (a1 * 7).quantize(D1("0.01")), a1 * 3,
              a1 < b1, hash(a1) == hash(D1("1.23456789")), str(b1), repr(b1))
        print(prec, a2 * b2, a2 + b2, b2 - a2, -a2, (a2 * 7).quantize(D2("0.01")), a2 * 3,
              a2 < b2, hash(a2) == hash(D2("1.23456789")), str(b2), repr(b2))
dec1.getcontext().traps[dec1.Inexact] = True
dec2.getcontext().traps[dec2.Inexact] = True
for x, y in ((a1, b1), (a2, b2)):
    try:
        print(x * y)
    except Exception as e:
        print(type(e).__name__)

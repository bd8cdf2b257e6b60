# Decimal arithmetic against the context: traps, flags, exponent limits
# (Overflow, Subnormal, Underflow, Clamped with clamp=0 and 1), signed zero
# under ROUND_FLOOR, localcontext and setcontext: what SafePy's C fast
# paths must leave to _pydecimal, and the flags they must set themselves.
from decimal import (Decimal, getcontext, setcontext, localcontext, Context, BasicContext,
                     ExtendedContext, DefaultContext, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_FLOOR,
                     ROUND_CEILING, ROUND_UP, Inexact, Rounded, Clamped, Subnormal, Underflow,
                     Overflow, InvalidOperation, DivisionByZero, FloatOperation)

from decimal_helpers.common import SIGNALS, flags

D = Decimal


def show(label, f, clear=True):
    if clear:
        getcontext().clear_flags()
    try:
        r = f()
    except Exception as e:
        print(label, "raises", type(e).__name__)
        return
    print(label, str(r), flags())


print("-- traps")
with localcontext() as ctx:
    ctx.traps[Inexact] = True
    show("exact mul", lambda: D("1.25") * 4)
    show("inexact quantize", lambda: D("1.255").quantize(D("0.01")))
    show("exact quantize", lambda: D("1.250").quantize(D("0.01")))
    show("inexact add", lambda: D("1E+30") + D("1E-30"))
    ctx.prec = 3
    show("inexact mul", lambda: D("1.25") * D("1.25"))
    show("rounded exact", lambda: D("1.20") * D("1000"))
with localcontext() as ctx:
    ctx.traps[Rounded] = True
    show("rounded quantize", lambda: D("1.250").quantize(D("0.01")))
    show("no rounding quantize", lambda: D("1.25").quantize(D("0.001")))
    ctx.prec = 2
    show("rounded add", lambda: D("1.2") + D("10"))
    show("exact add", lambda: D("1.2") + D("1"))
with localcontext() as ctx:
    ctx.traps[Inexact] = 1
    show("trap value 1", lambda: D("1.255").quantize(D("0.01")))
    ctx.traps[Inexact] = 0
    show("trap value 0", lambda: D("1.255").quantize(D("0.01")))

print("-- flags accumulate")
getcontext().clear_flags()
a = D("1.005").quantize(D("0.01"))
print(a, flags())
a = a + D("1E-40")
print(a, flags())
a = a * 3
print(a, flags())
print(bool(getcontext().flags[Inexact]), bool(getcontext().flags[Clamped]))

print("-- exponent limits")
for clamp in (0, 1):
    for trap in (True, False):
        ctx = Context(prec=5, Emin=-10, Emax=10, clamp=clamp, rounding=ROUND_HALF_EVEN)
        ctx.traps[Overflow] = trap
        ctx.traps[Underflow] = False
        setcontext(ctx)
        tag = "clamp%d trap%d" % (clamp, trap)
        show(tag + " mul overflow", lambda: D("9E+5") * D("9E+5"))
        show(tag + " mul edge", lambda: D("9.9999E+5") * D("1E+5"))
        show(tag + " mul round to overflow", lambda: D("9.99999") * D("1E+10"))
        show(tag + " mul subnormal", lambda: D("1E-6") * D("1E-6"))
        show(tag + " mul subnormal inexact", lambda: D("1.2345E-6") * D("1E-6"))
        show(tag + " mul underflow to 0", lambda: D("1E-10") * D("1E-10"))
        show(tag + " mul zero clamped", lambda: D("0E-10") * D("0E-10"))
        show(tag + " mul zero high", lambda: D("0E+10") * D("0E+5"))
        show(tag + " mul fold down", lambda: D("1E+10") * D("1"))
        show(tag + " mul 12E+8", lambda: D("12E+4") * D("1E+4"))
        show(tag + " add overflow", lambda: D("9.9999E+10") + D("0.00001E+10"))
        show(tag + " add subnormal", lambda: D("1E-10") + D("1E-12"))
        show(tag + " add zero exps", lambda: D("0E-20") + D("0E+20"))
        show(tag + " sub to zero", lambda: D("1E+10") - D("1E+10"))
        show(tag + " quantize Emax", lambda: D("1").quantize(D("1E+10")))
        show(tag + " quantize above Emax", lambda: D("1").quantize(D("1E+11")))
        show(tag + " quantize Etiny", lambda: D("1").quantize(D("1E-14")))
        show(tag + " quantize below Etiny", lambda: D("1").quantize(D("1E-15")))
        show(tag + " quantize subnormal", lambda: D("1.23E-11").quantize(D("1E-13")))
        show(tag + " quantize zero high", lambda: D("0").quantize(D("1E+8")))
        show(tag + " quantize Etop", lambda: D("123").quantize(D("1E+6")))
        show(tag + " quantize too long", lambda: D("123456").quantize(D("1")))
        show(tag + " quantize carry too long", lambda: D("99999.9").quantize(D("1")))
        show(tag + " str", lambda: D("1E+10") * 1)
setcontext(DefaultContext)

print("-- signed zero")
for rnd in (ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_EVEN):
    with localcontext() as ctx:
        ctx.rounding = rnd
        for a, b in [("-0", "0"), ("0", "-0"), ("-0", "-0"), ("0", "0"), ("1", "-1"), ("-1.0", "1"),
                     ("-0.00", "0E+5")]:
            show("%s %s + %s" % (rnd, a, b), lambda: D(a) + D(b))
            show("%s %s - %s" % (rnd, a, b), lambda: D(a) - D(b))
            show("%s %s * %s" % (rnd, a, b), lambda: D(a) * D(b))
        show(rnd + " -0 quantize", lambda: D("-0.000").quantize(D("1E+2")))
        show(rnd + " -0.001 quantize", lambda: D("-0.001").quantize(D("1")))

print("-- contexts")
with localcontext(Context(prec=3, rounding=ROUND_DOWN)) as ctx:
    show("local prec3", lambda: D("1.999") * 1)
    with localcontext() as inner:
        inner.prec = 6
        show("nested prec6", lambda: D("1.23456789") + 0)
    show("back to prec3", lambda: D("1.23456789") + 0)
show("default again", lambda: D("1.23456789") + 0)
setcontext(BasicContext)
show("BasicContext", lambda: D("1.23456789123") * 1)
setcontext(ExtendedContext)
show("ExtendedContext", lambda: D("1.23456789123") * 1)
show("ExtendedContext inf", lambda: D("Infinity") * 0)
setcontext(Context(prec=40))
show("prec40", lambda: D("1234567890123456789.0123456789") * D("9876543210.123456789"))
show("prec40 add", lambda: D("12345678901234567890123456789012345") + D("1E-30"))
setcontext(Context(prec=1, Emax=0, Emin=0))
show("tiny context", lambda: D("7") * D("1"))
show("tiny context 2", lambda: D("7") + D("3"))
setcontext(DefaultContext)
ctx = getcontext()
ctx.Emax = 999999999999999999
ctx.Emin = -999999999999999999
show("huge Emax", lambda: D("1E+999999999999999990") * D("1E+5"))
show("huge Emax str", lambda: D("1E-999999999999999990") * D("5"))

print("-- the context changes between operations")
import contextvars
setcontext(Context())
c = getcontext()
for p in (3, 5, 28, 2):
    c.prec = p
    show("prec %d" % p, lambda: D("1.23456789") * 3)
for r in (ROUND_UP, ROUND_DOWN, ROUND_HALF_EVEN):
    c.rounding = r
    show(r, lambda: D("1.25").quantize(D("0.1")))
c.traps[Inexact] = True
show("trap set in place", lambda: D("1.25").quantize(D("0.1")))
c.traps[Inexact] = False
c.Emax = 3
show("Emax 3", lambda: D("5E+3") * 2)
c.Emax = 999999


def inner():
    setcontext(Context(prec=2))
    return D("1.234") * 1, D("1.25") + 0


print(contextvars.copy_context().run(inner), D("1.234") * 1)
ctx2 = contextvars.copy_context()
print(ctx2.run(inner), ctx2.run(lambda: D("9.876") + 0), D("9.876") + 0)
setcontext(Context(prec=4))
print(D("9.876543") + 0, ctx2.run(lambda: D("9.876") + 0))

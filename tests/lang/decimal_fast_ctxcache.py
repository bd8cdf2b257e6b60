# SafePy's decimal fast paths remember the last context they read (its
# attributes, the entries of its traps and flags); every change to the
# context must be seen by the very next operation.  Each block runs the
# same operations in a loop, so the context is remembered, then changes
# it mid-loop: prec, rounding, traps, flags, Emin, Emax, clamp,
# localcontext() nesting, setcontext(), subclasses of Decimal and of
# Context, and results around 38 digits (the fast paths' limit).  (SafePy
# has no threads: _thread.start_new_thread raises RuntimeError.)
from decimal import (Decimal, getcontext, setcontext, localcontext, Context, DefaultContext,
                     ROUND_DOWN, ROUND_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
                     Inexact, Rounded, Clamped, Overflow, Underflow, Subnormal, InvalidOperation)

from decimal_helpers.common import flags

D = Decimal
A, B, CENT = D("1.23456789"), D("3.3333"), D("0.01")


def step(label, f):
    getcontext().clear_flags()
    try:
        r = f()
    except Exception as e:
        print(label, "raises", type(e).__name__)
        return
    print(label, r, flags())


def ops():
    return (A * B, A + B, B - A, -A, +B, abs(-B), (A * 7).quantize(CENT), A * 3 + 1)


setcontext(Context())
print("-- prec mid-loop")
for p in [28, 28, 5, 5, 3, 28, 4, 28]:
    getcontext().prec = p
    print(p, *ops())

print("-- rounding mid-loop")
for r in [ROUND_HALF_EVEN, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR]:
    getcontext().prec = 4
    getcontext().rounding = r
    print(r, *ops(), (-A * B), (D("-2.675")).quantize(CENT))
getcontext().rounding = ROUND_HALF_EVEN
getcontext().prec = 28

print("-- traps mid-loop")
for i in range(6):
    ctx = getcontext()
    if i == 2:
        ctx.traps[Inexact] = True
    if i == 3:
        ctx.traps[Inexact] = False
        ctx.traps[Rounded] = True
    if i == 4:
        ctx.traps[Rounded] = False
    step("mul %d" % i, lambda: A * B * B * B * B * B * B * B)
    step("quantize %d" % i, lambda: (A * B).quantize(CENT))
    step("exact %d" % i, lambda: A + B)

print("-- flags mid-loop")
ctx = getcontext()
ctx.clear_flags()
for i in range(4):
    ctx.prec = 5
    r = A * B
    print(i, r, flags())
    if i == 1:
        ctx.clear_flags()
        print("cleared", flags())
    if i == 2:
        ctx.flags[Inexact] = 0
        print("Inexact reset", flags())
ctx.prec = 28

print("-- Emin / Emax / clamp mid-loop")
for i in range(7):
    ctx = getcontext()
    ctx.traps[Overflow] = False
    ctx.traps[InvalidOperation] = False
    if i == 2:
        ctx.Emax = 3
    if i == 3:
        ctx.Emax = 999999
        ctx.Emin = -3
    if i == 4:
        ctx.Emin = -999999
        ctx.clamp = 1
        ctx.Emax = 30
    if i == 5:
        ctx.clamp = 0
    if i == 6:
        ctx.Emax = 999999
    step("big %d" % i, lambda: D("123.5") * D("100"))
    step("tiny %d" % i, lambda: D("0.0123") * D("0.5"))
    step("clamped %d" % i, lambda: D("1E+5") + D("0E+5"))
    step("q %d" % i, lambda: D("1.5").quantize(D("1E+2")))
ctx.traps[Overflow] = True
ctx.traps[InvalidOperation] = True

print("-- localcontext nesting")
getcontext().prec = 28
print(A * B)
with localcontext() as c1:
    c1.prec = 6
    print(A * B, A + B)
    with localcontext() as c2:
        c2.prec = 3
        c2.rounding = ROUND_DOWN
        print(A * B, A + B)
        with localcontext(Context(prec=2, rounding=ROUND_UP)):
            print(A * B, A + B)
        print(A * B, A + B)
        c1.prec = 9     # not the current context: no effect here
        print(A * B)
    print(A * B, A + B)
print(A * B, A + B)

print("-- setcontext")
c1 = Context(prec=3)
c2 = Context(prec=7, rounding=ROUND_DOWN)
for i in range(6):
    setcontext(c1 if i % 2 == 0 else c2)
    print(i, A * B, (A * B).quantize(D("0.1")), A - B)
    if i == 3:
        c1.prec = 12
setcontext(DefaultContext.copy())
getcontext().prec = 28
print(A * B)

print("-- Decimal subclass")


class MyDec(Decimal):
    pass


class MyDec2(Decimal):
    def __mul__(self, other, context=None):
        return "MyDec2.__mul__"


m = MyDec("1.23456789")
getcontext().prec = 5
print(m * B, B * m, m + B, type(m * B).__name__, type(m + 1).__name__, -m, abs(m))
print(MyDec2("2") * 3, 3 * MyDec2("2"), B * MyDec2("2"))
getcontext().prec = 28

print("-- Context subclass")


class MyContext(Context):
    pass


for cls in (MyContext,):
    c = cls(prec=4)
    setcontext(c)
    print(cls.__name__, A * B, A + B)
    c.prec = 2
    print(cls.__name__, A * B, A + B)
    c.traps[Inexact] = True
    step(cls.__name__ + " trap", lambda: A * B)
setcontext(Context())

print("-- around 38 digits")
getcontext().prec = 40
x = D("9" * 19)
y = D("9" * 19)
print(x * y, x * D("9" * 20), x * y * 10)
print(D("9" * 38) + 1, D("9" * 38) + D("1E-1"), D("1" + "0" * 37) - D("1E-1"))
print(D("9" * 38).quantize(D("1")), D("9" * 38).quantize(D("0.1")))
getcontext().prec = 38
step("38 round", lambda: D("9" * 38) + 1)
step("38 mul", lambda: x * D("9" * 20))
step("38 q", lambda: D("9" * 38).quantize(D("0.1")))
getcontext().prec = 28
step("28 round", lambda: x * y)
print(D(2 ** 63 - 1) * 1, D(1) * (2 ** 63 - 1), D(1) * 2 ** 64, D(1) * -(2 ** 63))

# The remembered context of SafePy's decimal fast paths (see
# decimal_fast_ctxcache.py) against changes only _pydecimal allows: flags
# and traps dicts cleared, replaced and then changed in place, attributes
# set past Context.__setattr__ (object.__setattr__, the instance
# __dict__), deleted, _ignored_flags changed in place, an instance
# __dict__ replaced, a Context subclass reading its attributes through
# __getattribute__, and a property put on Context itself.  The expected
# output is _pydecimal's, made with: /usr/bin/python3.11 -c "import sys;
# sys.modules['_decimal'] = None; exec(open('decimal_fast_ctxcache_py.py').read())"
# > decimal_fast_ctxcache_py.out (C _decimal has no such dicts).
from decimal import (Decimal, getcontext, setcontext, Context, ROUND_DOWN, ROUND_HALF_EVEN,
                     Inexact, Rounded, Clamped, Overflow, Underflow, Subnormal, InvalidOperation,
                     DivisionByZero, FloatOperation)

D = Decimal
A, B, CENT = D("1.23456789"), D("3.3333"), D("0.01")
SIGNALS = [Clamped, DivisionByZero, Inexact, Rounded, Subnormal, Underflow, Overflow,
           InvalidOperation, FloatOperation]


def fl(ctx=None):
    ctx = ctx or getcontext()
    return sorted(s.__name__ for s, v in ctx.flags.items() if v)


def step(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "raises", type(e).__name__, fl())
        return
    print(label, r, fl())


setcontext(Context(prec=5))
ctx = getcontext()
print("-- flags.clear() mid-loop")
for i in range(4):
    step("mul %d" % i, lambda: A * B)
    step("q %d" % i, lambda: (A * B).quantize(CENT))
    if i == 1:
        ctx.flags.clear()
        print("cleared", list(ctx.flags.items()) == [], fl())
print(len(ctx.flags), [k.__name__ for k in ctx.flags][:2])

print("-- flags / traps replaced, then changed in place")
traps = dict.fromkeys(SIGNALS, False)
flags = dict.fromkeys(SIGNALS, 0)
ctx.traps = traps
ctx.flags = flags
for i in range(5):
    if i == 1:
        traps[Inexact] = True
    if i == 2:
        traps[Inexact] = False
        traps[Rounded] = 1
    if i == 3:
        traps[Rounded] = 0
        flags[Rounded] = 0
        del flags[Inexact]
    if i == 4:
        ctx.traps = dict.fromkeys(SIGNALS, True)
    step("mul %d" % i, lambda: A * B)
    step("add %d" % i, lambda: A + B)
    print(ctx.flags is flags, sorted(k.__name__ for k, v in flags.items() if v))
ctx.traps = dict.fromkeys(SIGNALS, False)
ctx.traps[InvalidOperation] = True

print("-- attributes past __setattr__")
ctx.clear_flags()
for i in range(7):
    if i == 1:
        object.__setattr__(ctx, "prec", 3)
    if i == 2:
        ctx.__dict__["prec"] = 7
    if i == 3:
        ctx.__dict__["rounding"] = ROUND_DOWN
    if i == 4:
        ctx.rounding = "ROUND_" + "HALF_EVEN"
    if i == 5:
        ctx.__dict__["prec"] = True
    if i == 6:
        ctx.prec = 5
    step("mul %d" % i, lambda: A * B)
    step("sub %d" % i, lambda: B - A)

print("-- deleted and restored")
del ctx.__dict__["prec"]
step("no prec", lambda: A * B)
step("no prec q", lambda: A.quantize(CENT))
ctx.prec = 6
step("prec back", lambda: A * B)
del ctx.__dict__["Emax"]
step("no Emax", lambda: A + B)
ctx.Emax = 99
step("Emax 99", lambda: A + B)

print("-- _ignored_flags in place")
for i in range(4):
    if i == 1:
        ctx._ignore_flags(Rounded, Inexact)
    if i == 3:
        ctx._regard_flags(Rounded, Inexact)
    ctx.clear_flags()
    step("mul %d" % i, lambda: A * B)

print("-- instance __dict__ replaced")
object.__setattr__(ctx, "__dict__", dict(ctx.__dict__, prec=2))
step("new dict", lambda: A * B)
ctx.prec = 4
step("new dict prec 4", lambda: A * B)


print("-- Context subclass with __getattribute__")


class NoisyContext(Context):
    def __getattribute__(self, name):
        if name == "prec":
            return 2
        return object.__getattribute__(self, name)


c = NoisyContext(prec=8)
setcontext(c)
step("noisy", lambda: A * B)
step("noisy q", lambda: (A * 7).quantize(D("0.1")))
setcontext(Context(prec=9))
step("plain", lambda: A * B)

print("-- a property on Context")
Context.prec = property(lambda self: 3, lambda self, v: None)
step("property", lambda: A * B)
del Context.prec
step("no property", lambda: A * B)
getcontext().prec = 4
step("prec 4", lambda: A * B)

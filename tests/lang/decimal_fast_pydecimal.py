# SafePy's decimal is _pydecimal with C fast paths on its own methods
# (src/modules/decimal_fast.c); where _pydecimal and CPython's C _decimal
# differ, the fast paths must keep _pydecimal's behaviour: the extra
# context/eng arguments of its dunders, repr() built on an overridden
# __str__, abs() of an int subclass, ignored flags, and a first operation
# before any context exists.  The expected output is _pydecimal's, made
# with: /usr/bin/python3.11 -c "import sys; sys.modules['_decimal'] = None;
# exec(open('decimal_fast_pydecimal.py').read())" > decimal_fast_pydecimal.out
# (tests/gen_expected.sh would give C _decimal's, which differs).
from decimal import Decimal, Context, getcontext, ROUND_DOWN, Inexact, Rounded, Clamped

D = Decimal
# no getcontext() yet: the fast path finds no context and Python makes one
print(D("1.5") * 3, D("0.1") + D("0.2"), D("2.675").quantize(D("0.01")))
print(sorted(s.__name__ for s, v in getcontext().flags.items() if v))

print(D("2").__mul__(3, context=Context(prec=1)), D("2").__add__(D("0.51"), Context(prec=1)))
print(D("2").__sub__(D("0.51"), context=Context(prec=1)), D("2").__rsub__(D("7.77"), Context(prec=2)))
try:
    D("12.345").quantize(D("0.01"), ROUND_DOWN, Context(prec=3))
except Exception as e:
    print(type(e).__name__)
print(Decimal.__str__(D("1E+2")), Decimal.__str__(D("1E+2"), eng=True), D("1.5E+7").__str__(True))
print(D("12.34").__str__(context=Context(capitals=0)), D("1E+2").__str__(False, Context(capitals=0)))


class MyDec(Decimal):
    def __str__(self):
        return "MyDec<" + Decimal.__str__(self) + ">"


print(repr(MyDec("1.5")), repr(MyDec("-0.000")), str(MyDec("2")))


class IntSub(int):
    def __abs__(self):
        return 99


print(D("1.5") * IntSub(-2), D("1.5") + IntSub(2), IntSub(3) - D("0.5"), D("1").quantize(IntSub(0)))

ctx = getcontext()
ctx.clear_flags()
ign = ctx._ignore_flags(Inexact, Rounded)
print(D("1.005").quantize(D("0.01")), D("1E+40") + D("1"), sorted(s.__name__ for s, v in ctx.flags.items() if v))
ctx._regard_flags(*ign)
print(D("1.005").quantize(D("0.01")), sorted(s.__name__ for s, v in ctx.flags.items() if v))
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[Clamped])
try:
    D("12.75").quantize(D("0.1"), rounding="nope")
except Exception as e:
    print(type(e).__name__, e)

# the Context's instance dict gets a new key, loses one, gets it back
ctx.prec = 5
ctx.__dict__["foo"] = 1
print(D("1.23456789") * 3)
del ctx.__dict__["prec"]
try:
    print(D("1.23456789") * 3)
except AttributeError as e:
    print("AttributeError", e)
ctx.__dict__["prec"] = 4
print(D("1.23456789") * 3, D("1.23456789") + 0)

# _raise_error stores 1, also over a True that was there
ctx = getcontext()
ctx.clear_flags()
ctx.flags[Inexact] = True
ctx.flags[Rounded] = 2
print(ctx.flags[Inexact], ctx.flags[Rounded], D("1.005").quantize(D("0.01")), ctx.flags[Inexact], ctx.flags[Rounded])
ctx.__dict__["flags"] = {Inexact: 0}
print(D("1.005").quantize(D("0.01")), sorted((k.__name__, v) for k, v in ctx.flags.items()))
ctx.__dict__["traps"] = {Rounded: False}
try:
    D("1.005").quantize(D("0.01"))
except KeyError as e:
    print("KeyError", e)

# the dunders' own arguments, which C _decimal doesn't take
c5 = Context(prec=2, rounding=ROUND_DOWN)
print(D("-1.57").__abs__(round=False), D("-1.57").__abs__(context=c5), D("-1.57").__neg__(c5), D("1.57").__pos__(context=c5))
print(D("-0").__neg__(Context(rounding="ROUND_FLOOR")), D("-1.57").__abs__(False, c5))

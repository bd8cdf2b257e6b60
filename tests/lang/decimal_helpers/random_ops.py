"""The randomized differential check of Decimal shared by
decimal_fast_random*.py: random coefficients of 0-40 digits, exponents,
signs, int operands, precisions and rounding modes, and one operation of
`ops` each (* + - q(uantize) s(tr) r(epr) R(everse -) m(ultiply reversed)
c(omparisons) h(ash)); each line is a result and its flags."""
import random
from decimal import (Decimal, localcontext, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP,
                     ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP,
                     Inexact, Rounded, Clamped, Subnormal, Underflow, Overflow,
                     InvalidOperation)

MODES = [ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
         ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
SIGNALS = [Clamped, Inexact, Rounded, Subnormal, Underflow, Overflow, InvalidOperation]


def rand_dec(R):
    k = R.random()
    if k < 0.03:
        return Decimal(R.choice(["NaN", "-Infinity", "Infinity", "-0", "0E-3"]))
    nd = R.choice([0, 1, 1, 2, 3, 5, 8, 12, 17, 18, 19, 20, 21, 25, 38, 40])
    digits = str(R.randrange(10 ** nd)) if nd else "0"
    if R.random() < 0.2:
        digits = digits.rstrip("0") + "5" + "0" * R.randrange(3)
    exp = R.choice([0, 0, -1, -2, -3, -5, -10, -20, 1, 2, 5, R.randrange(-40, 40)])
    sign = "-" if R.random() < 0.4 else ""
    return Decimal("%s%sE%d" % (sign, digits, exp))


def rand_operand(R):
    k = R.random()
    if k < 0.15:
        return R.choice([0, 1, -1, 7, 3600, -12345, True, False, 10 ** 18, -(10 ** 19), 2 ** 64,
                         10 ** 25])
    return rand_dec(R)


def flags(ctx):
    return "".join(s.__name__[:3] for s in SIGNALS if ctx.flags[s]) or "-"


def run(seed, ops):
    R = random.Random(seed)
    for i in range(1500):
        with localcontext() as ctx:
            ctx.prec = R.choice([28, 28, 28, 1, 2, 5, 9, 16, 18, 19, 20, 30, 38, 50])
            ctx.rounding = R.choice(MODES)
            if R.random() < 0.1:
                ctx.Emax = R.choice([5, 20, 50])
                ctx.Emin = -ctx.Emax
                ctx.clamp = R.choice([0, 1])
            if R.random() < 0.05:
                ctx.traps[Inexact] = True
            ctx.traps[Overflow] = False
            a = rand_dec(R)
            b = rand_operand(R)
            op = R.choice(ops)
            try:
                if op == "*":
                    r = a * b
                elif op == "+":
                    r = a + b
                elif op == "-":
                    r = a - b
                elif op == "R":
                    r = b - a
                elif op == "m":
                    r = b * a
                elif op == "q":
                    q = Decimal("1E%d" % R.randrange(-45, 30))
                    m = R.choice(MODES + [None])
                    r = a.quantize(q, rounding=m) if R.random() < 0.8 else a.quantize(q)
                elif op == "c":
                    r = (a == b, a != b, a < b, a <= b, a > b, a >= b, b == a, b < a, bool(a))
                elif op == "h":
                    r = hash(a) if not a.is_nan() else "nan"
                elif op == "s":
                    r = str(a)
                else:
                    r = repr(a)
            except Exception as e:
                print(i, op, type(e).__name__)
                continue
            print(i, op, r, flags(ctx))

"""What decimal_fast_arith.py, _quantize.py and _context.py share: the
rounding modes, the signals, a context's flags as text, and show(), which
prints an operation's result and flags or the exception it raises
(_context.py takes the signals and flags only)."""
from decimal import (getcontext, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, ROUND_HALF_DOWN,
                     ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, Inexact,
                     Rounded, Clamped, Subnormal, Underflow, Overflow, InvalidOperation,
                     DivisionByZero, FloatOperation)

MODES = [ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
         ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
SIGNALS = [Clamped, DivisionByZero, Inexact, Rounded, Subnormal, Underflow, Overflow,
           InvalidOperation, FloatOperation]


def flags(ctx=None):
    ctx = ctx or getcontext()
    return ",".join(s.__name__ for s in SIGNALS if ctx.flags[s]) or "-"


def show(label, f):
    getcontext().clear_flags()
    try:
        r = f()
    except Exception as e:
        print(label, "raises", type(e).__name__)
        return
    print(label, repr(r), str(r), flags())

# Trigonometric, hyperbolic, exp/log and gamma/erf functions of pseudo-random
# (gamma and lgamma are left out: SafePy uses the C library, see docs/differences.md)
# arguments (glibc's libm on both sides), and their special values.
import math
def lcg62(s):
    # two steps of a 31-bit LCG glued into 62 bits (all small ints: cheap)
    a = ((s & 0x7fffffff) * 1103515245 + 12345) & 0x7fffffff
    b = (a * 1103515245 + 12345) & 0x7fffffff
    return (a << 31) | b

state = 65537
def rnd():
    global state
    state = lcg62(state)
    return state
funcs = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'exp', 'expm1',
         'log', 'log1p', 'log2', 'log10', 'sqrt', 'cbrt', 'erf', 'erfc', 'degrees', 'radians']
for _ in range(25):
    r = rnd()
    x = math.ldexp((r >> 9) | 1, (r % 60) - 100)
    if r & 32:
        x = -x
    row = []
    for name in funcs:
        try:
            row.append(repr(getattr(math, name)(x)))
        except (ValueError, OverflowError) as e:
            row.append(str(e)[5:9])
    print(repr(x), ' '.join(row))
for x in [0.0, -0.0, math.pi, math.pi / 2, math.pi / 4, -math.pi, 1e22, 2 ** 1023, math.inf, math.nan]:
    row = []
    for name in ('sin', 'cos', 'tan', 'atan', 'sinh', 'tanh', 'asinh', 'erf', 'erfc'):
        try:
            row.append(repr(getattr(math, name)(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(x), ' '.join(row))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(math.inf, math.inf), math.atan2(-math.inf, -math.inf), math.atan2(math.nan, 1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1e308), math.radians(-0.0))

# complex true division (CPython's scaled algorithm) on pseudo-random and
# extreme operands, plus the zero-division messages.
import math
def lcg62(s):
    # two steps of a 31-bit LCG glued into 62 bits (all small ints: cheap)
    a = ((s & 0x7fffffff) * 1103515245 + 12345) & 0x7fffffff
    b = (a * 1103515245 + 12345) & 0x7fffffff
    return (a << 31) | b

state = 577215
def rnd():
    global state
    state = lcg62(state)
    return state
def rf():
    r = rnd()
    x = math.ldexp((r >> 9) | 1, (r % 200) - 153)
    return -x if r & 8 else x
for _ in range(60):
    a, b = complex(rf(), rf()), complex(rf(), rf())
    print(repr(a / b), repr(b / a), repr(a / b.real), repr(b.imag / a))
inf, nan = math.inf, math.nan
vals = [1 + 1j, 1e308 + 1e308j, 1e-308 + 1e-308j, complex(inf, 1), complex(1, inf), complex(nan, 1), complex(0.0, 1e-320),
        complex(-0.0, -0.0), 1j, 2]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(repr(a / b))
        except ZeroDivisionError as e:
            row.append('Z:' + str(e))
    print(repr(a), ' '.join(row))
for a, b in [(1j, 0j), (1, 0j), (1.5, complex(0.0, -0.0)), (0j, 0), (1j, 0.0), (1j, False), (complex(inf, 0), 0j)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(e)

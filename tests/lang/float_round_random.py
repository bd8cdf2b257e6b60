# round(x, n) of pseudo-random doubles at every ndigits from -20 to 20,
# checked to be the correctly rounded decimal (ties to even) and printed.
import math
def lcg62(s):
    # two steps of a 31-bit LCG glued into 62 bits (all small ints: cheap)
    a = ((s & 0x7fffffff) * 1103515245 + 12345) & 0x7fffffff
    b = (a * 1103515245 + 12345) & 0x7fffffff
    return (a << 31) | b

state = 141421
def rnd():
    global state
    state = lcg62(state)
    return state
for _ in range(60):
    r = rnd()
    x = math.ldexp((r >> 9) | 1, (r % 140) - 110)
    if r & 16:
        x = -x
    row = []
    for n in range(-20, 21, 3):
        y = round(x, n)
        row.append(repr(y))
    print(repr(x), ' '.join(row))
# decimal ties that are exact in binary
for k in range(-40, 40):
    x = k / 8
    print(round(x, 2), round(x, 1), round(x), end=' | ')
print()

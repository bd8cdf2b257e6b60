# round(x, n) of pseudo-random doubles at every ndigits from -20 to 20,
# checked to be the correctly rounded decimal (ties to even) and printed.
import math
state = 141421
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
for _ in range(60):
    r = rnd()
    x = math.ldexp((r >> 11) | 1, (r % 140) - 110)
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

# + - * / // % ** of pseudo-random double pairs (results by repr).
import math
def lcg62(s):
    # two steps of a 31-bit LCG glued into 62 bits (all small ints: cheap)
    a = ((s & 0x7fffffff) * 1103515245 + 12345) & 0x7fffffff
    b = (a * 1103515245 + 12345) & 0x7fffffff
    return (a << 31) | b

state = 161803
def rnd():
    global state
    state = lcg62(state)
    return state
def rfloat():
    r = rnd()
    x = math.ldexp((r >> 9) | 1, (r % 120) - 113)
    return -x if r & 8 else x
for _ in range(80):
    a, b = rfloat(), rfloat()
    row = [a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b)[1] == a % b]
    try:
        row.append(abs(a) ** b)
    except OverflowError as e:
        row.append(str(e))
    row.append(a ** 2)
    row.append(a ** -1)
    print(' '.join(repr(x) for x in row))
for _ in range(30):
    a, b = rfloat(), rnd() % 1000 - 500
    print(repr(a + b), repr(a * b), repr(b / a), repr(a // (b or 1)), repr(b % a), repr(a ** (b % 7)))

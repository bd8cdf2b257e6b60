# Pseudo-random format specs (every field combination) applied to ints,
# floats and complex; errors printed with their messages.
import math
def lcg62(s):
    # two steps of a 31-bit LCG glued into 62 bits (all small ints: cheap)
    a = ((s & 0x7fffffff) * 1103515245 + 12345) & 0x7fffffff
    b = (a * 1103515245 + 12345) & 0x7fffffff
    return (a << 31) | b

state = 30103
def rnd(n):
    global state
    state = lcg62(state)
    return (state >> 21) % n
fills = ['', '*', '0', ' ', '\u00e9']
aligns = ['', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
types = ['', 'b', 'c', 'd', 'e', 'E', 'f', 'F', 'g', 'G', 'n', 'o', 's', 'x', 'X', '%']
def spec():
    s = ''
    a = aligns[rnd(5)]
    if a:
        s += fills[rnd(5)] + a
    s += signs[rnd(4)]
    if rnd(6) == 0:
        s += 'z'
    if rnd(3) == 0:
        s += '#'
    if rnd(4) == 0:
        s += '0'
    if rnd(2):
        s += str(rnd(16))
    s += ['', '', ',', '_'][rnd(4)]
    if rnd(2):
        s += '.' + str(rnd(12))
    return s + types[rnd(16)]
vals = [0, 7, -255, 123456789, 2 ** 70, 0.0, -0.0, 3.14159, -2.5e-7, 1e22, math.inf, math.nan, 1 + 2j, -0.5j]
for _ in range(110):
    sp = spec()
    v = vals[rnd(len(vals))]
    try:
        print(repr(sp), repr(v), repr(format(v, sp)))
    except (ValueError, OverflowError) as e:
        print(repr(sp), repr(v), type(e).__name__, e)

# frexp, ldexp, modf, copysign, fabs, nextafter and ulp of pseudo-random
# doubles across the exponent range (subnormals included).
import math
def lcg62(s):
    # two steps of a 31-bit LCG glued into 62 bits (all small ints: cheap)
    a = ((s & 0x7fffffff) * 1103515245 + 12345) & 0x7fffffff
    b = (a * 1103515245 + 12345) & 0x7fffffff
    return (a << 31) | b

state = 1234567
def rnd():
    global state
    state = lcg62(state)
    return state
for _ in range(100):
    r = rnd()
    x = math.ldexp((r >> 9) | 1, (r % 2150) - 1130)
    if r & 4:
        x = -x
    m, e = math.frexp(x)
    assert math.ldexp(m, e) == x
    ip = math.modf(x)
    print(repr(m), e, repr(ip[0])[:12], repr(ip[1])[:12], repr(math.ulp(x)), repr(math.nextafter(x, 0.0)) == repr(x - math.copysign(math.ulp(x), x)) if abs(x) > 1e-300 else '',
          math.copysign(3, x), math.fabs(x) == abs(x))

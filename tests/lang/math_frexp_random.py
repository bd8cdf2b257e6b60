# frexp, ldexp, modf, copysign, fabs, nextafter and ulp of pseudo-random
# doubles across the exponent range (subnormals included).
import math
state = 1234567
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
for _ in range(100):
    r = rnd()
    x = math.ldexp((r >> 11) | 1, (r % 2150) - 1130)
    if r & 4:
        x = -x
    m, e = math.frexp(x)
    assert math.ldexp(m, e) == x
    ip = math.modf(x)
    print(repr(m), e, repr(ip[0])[:12], repr(ip[1])[:12], repr(math.ulp(x)), repr(math.nextafter(x, 0.0)) == repr(x - math.copysign(math.ulp(x), x)) if abs(x) > 1e-300 else '',
          math.copysign(3, x), math.fabs(x) == abs(x))

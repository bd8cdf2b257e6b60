# Shortest round-trip repr of pseudo-random doubles (bit patterns from an LCG),
# including subnormals and values near the 1e16 / 1e-4 layout switches.
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state
def from_bits(b):
    # build the double with these IEEE bits through float.fromhex
    sign = '-' if b >> 63 else ''
    e = (b >> 52) & 0x7ff
    m = b & ((1 << 52) - 1)
    if e == 0x7ff:
        return float('nan')
    if e == 0:
        return float.fromhex('%s0x0.%013xp-1022' % (sign, m))
    return float.fromhex('%s0x1.%013xp%d' % (sign, m, e - 1023))
out = []
n = 0
while n < 150:
    x = from_bits(rnd())
    if x != x:
        continue
    n += 1
    r = repr(x)
    assert float(r) == x
    out.append(r)
for i in range(0, len(out), 6):
    print(' '.join(out[i:i + 6]))
# subnormals
for k in range(20):
    x = from_bits(rnd() % (1 << 52))
    print(repr(x), str(-x))
# near layout boundaries
for base in (1e16, 1e-4, 1e-5, 1e15, 1e17):
    x = base
    for _ in range(5):
        x = x * (1 + 2.0 ** -52)
        print(repr(x), end=' ')
    x = base
    for _ in range(5):
        x = x * (1 - 2.0 ** -53)
        print(repr(x), end=' ')
    print()
for e in range(-330, 310, 7):
    print(repr(float('1e%d' % e)), repr(float('9.87654321e%d' % e)))

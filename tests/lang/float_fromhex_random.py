# float.fromhex of pseudo-random hex strings: many digits (rounding half to
# even at 53 bits), shifted points, exponents near overflow/underflow.
def lcg62(s):
    # two steps of a 31-bit LCG glued into 62 bits (all small ints: cheap)
    a = ((s & 0x7fffffff) * 1103515245 + 12345) & 0x7fffffff
    b = (a * 1103515245 + 12345) & 0x7fffffff
    return (a << 31) | b

state = 2718281828
def rnd(n):
    global state
    state = lcg62(state)
    return (state >> 17) % n
hexd = '0123456789abcdefABCDEF'
out = []
for _ in range(70):
    nd = [1, 3, 13, 14, 15, 20, 40][rnd(7)]
    digs = ''.join(hexd[rnd(22)] for _ in range(nd))
    pt = rnd(nd + 1)
    e = rnd(2300) - 1150
    s = ('-' if rnd(3) == 0 else '') + ('0x' if rnd(4) else '') + digs[:pt] + '.' + digs[pt:] + 'p%+d' % e
    try:
        v = float.fromhex(s)
        out.append(v.hex())
    except OverflowError as ex:
        out.append('OVF')
for i in range(0, len(out), 5):
    print(' '.join(out[i:i + 5]))
# halfway cases: 1 + (2k+1) * 2**-53
for k in range(8):
    frac = (2 * k + 1)
    s = '0x1.%013x8p0' % k
    print(s, float.fromhex(s).hex(), float.fromhex(s + '0001').hex(), float.fromhex('0x1.%013x7fffp0' % k).hex())
# subnormal halfway
for s in ['0x1p-1075', '0x1.8p-1075', '0x3p-1076', '0x1.0000000000001p-1075', '0x0.0000000000001p-1022', '0x0.00000000000008p-1022',
          '0x0.00000000000018p-1022', '0x1.fffffffffffffp-1023', '0x1.fffffffffffff8p-1023', '0x1.fffffffffffff8p1023',
          '0x1.fffffffffffff7ffffp1023', '0x.000000000000000000001p-950', '0x1000000000000000000000p-1162']:
    try:
        print(s, float.fromhex(s).hex())
    except OverflowError as e:
        print(s, e)

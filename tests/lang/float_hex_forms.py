# float.hex and float.fromhex: every accepted form, rounding, limits, errors.
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 1/3, 2.0 ** -1074, 2.0 ** -1022, 2.0 ** -1023, 1.7976931348623157e308,
        float('inf'), float('-inf'), float('nan'), 3.0, 1e-300, 123456789.0, 2.0 ** 52 + 1, 255.5]
for v in vals:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, repr(back), back == v or (v != v and back != back))
forms = ['0x1p0', '0X1P0', '1', '1p4', '0x.8', '0x1.', '.8p1', '0x1.8p+1', '0x1.8p-1', '  0x1p3  ', '\t-0x1p-2\n',
         '+0x1p1', '0xA', '0xa.bp3', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x1p1024', '-0x1p1024',
         '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x1p-1076', '0x3p-1076', '0x0.0000000000001p-1022',
         '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080001p0', '0x1.00000000000017ffp0',
         'inf', '-Infinity', 'nan', '-nan', ' INF ', '0x', '0xp1', '0x1p', '0x1p+', '0x1.2.3', '0x1q', '', ' ', '0x1 p1',
         '0x_1', '0x1_0', '0x1p1_0', '1e5', '0x' + '0' * 1000 + '1p0', '0x0p99999999999999999999', '0x1p-99999999999999999999',
         '0x1p99999999999999999999', '0x' + 'f' * 300, '0x0.' + '0' * 300 + '1p1200', 'infinity', 'infinit', '0x1P-0',
         '0x1.fffffffffffffp1023', '-0x0p0', '0x.p1', '.p1', 'p1', '0x1e', '0x1e+1', '0x1.8\x00']
for s in forms:
    try:
        v = float.fromhex(s)
        print(repr(s[:40]), repr(v), v.hex())
    except Exception as e:
        print(repr(s[:40]), type(e).__name__, e)
for bad in (1, None, b'0x1p0'):
    try:
        float.fromhex(bad)
    except Exception as e:
        print(type(e).__name__, e)
class F(float):
    pass
r = F.fromhex('0x1.8p1')
print(type(r).__name__, r)
try:
    (1.5).hex(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    float.hex('x')
except Exception as e:
    print(type(e).__name__, e)
# hex of pseudo-random values round-trips
state = 7
for i in range(50):
    state = (state * 48271) % 2147483647
    x = (state / 2147483647 - 0.5) * 10.0 ** (state % 600 - 300)
    assert float.fromhex(x.hex()) == x
    if i % 5 == 0:
        print(x.hex())

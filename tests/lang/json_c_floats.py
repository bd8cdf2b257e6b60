# json.dumps of floats: the encoder's short path for values whose exact
# decimal has at most 15 digits, and the general repr for the rest,
# checked against repr() over random doubles of every kind.
import json, random, struct
rng = random.Random(5)
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1e15, 1e16, 1e17, 123456789012345.0, 1234567890123456.0, 9007199254740992.0,
        0.0001, 0.00001, 0.000123, 1.5e-5, 2.0**-20, 2.0**-30, 2.0**62, 2.0**63, 2.0**64, 1e300, 5e-324, 2.2250738585072014e-308,
        0.1, 0.2, 0.3, 1/3, 1234.515625, 99999.984375, 65536.5, 1e-4, 4.35, 1.7976931348623157e308]
for i in range(20000):
    k = rng.randrange(6)
    if k == 0: v = rng.randrange(-10**6, 10**6) / 64.0
    elif k == 1: v = rng.randrange(-2**53, 2**53) / 2.0 ** rng.randrange(0, 70)
    elif k == 2: v = float(rng.randrange(-10**17, 10**17))
    elif k == 3: v = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    elif k == 4: v = rng.randrange(1, 10**15) * 10.0 ** rng.randrange(-20, 20)
    else: v = rng.random() * 10 ** rng.randrange(-6, 18)
    if v == v and abs(v) != float('inf'):
        vals.append(v)
text = json.dumps(vals)
print(text == '[' + ', '.join(map(repr, vals)) + ']', len(vals))
print(json.dumps(vals[:33]))
print(json.dumps({v: 1 for v in vals[:12]}))

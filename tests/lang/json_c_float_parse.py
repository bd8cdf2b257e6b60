# json.loads of float literals: the scanner's one-rounding fast path and
# the general parse, bit for bit against float() over random texts.
import json, random, struct
rng = random.Random(7)
texts = ['0.0', '-0.0', '1.5', '1e22', '1e23', '9007199254740993.0', '9007199254740992.5', '0.1', '1.7976931348623157e308',
         '123456789012345678e-10', '1.0e-22', '1e-23', '4.35', '2.2250738585072014e-308', '5e-324', '1e+0', '1E-0', '0e5',
         '-1.25e+2', '1.000000000000000000001', '8.589973e9', '3.0e-7']
for i in range(20000):
    k = rng.randrange(4)
    if k == 0: t = '%d.%d' % (rng.randrange(10**rng.randrange(1, 12)), rng.randrange(10**rng.randrange(1, 12)))
    elif k == 1: t = '%de%d' % (rng.randrange(10**rng.randrange(1, 17)), rng.randrange(-30, 30))
    elif k == 2: t = repr(struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0])
    else: t = '%d.%de%+d' % (rng.randrange(10), rng.randrange(10**rng.randrange(1, 16)), rng.randrange(-25, 25))
    if 'n' not in t and 'i' not in t:
        texts.append(t)
vals = json.loads('[' + ','.join(texts) + ']')
print(all(v.hex() == float(t).hex() for v, t in zip(vals, texts)), len(vals))
print([v.hex() for v in vals[:22]])

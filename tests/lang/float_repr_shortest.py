# repr(float) is the shortest string that reads back (the search starts at
# 15 digits for normal doubles): random doubles, every power of two, the
# subnormals, neighbours of powers of two.
import random, struct, math
r = random.Random(1234)
out = []
vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 123456789012345.6, 1e-5, 1e-4, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 0.5, 2.0**710, 2.0**-1074, 9007199254740993.0, 100.0, 1e22, 1e23, 3.14159]
vals += [2.0 ** e for e in range(-1074, 1024)] + [-(2.0 ** e) * 3 for e in range(-1074, 1000, 3)]
vals += [struct.unpack("<d", struct.pack("<Q", r.getrandbits(52)))[0] for _ in range(3000)]
vals += [math.nextafter(2.0 ** e, 0) for e in range(-1020, 1024, 5)] + [math.nextafter(2.0 ** e, 1e308) for e in range(-1074, 1023, 5)]
vals += [r.random() * 10 ** r.randint(-30, 30) for _ in range(20000)]
vals += [struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0] for _ in range(20000)]
vals += [r.randint(1, 10**6) / 100 for _ in range(5000)]
h = 0
for v in vals:
    s = repr(v)
    if v == v and not math.isinf(v):
        assert float(s) == v, s
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFFFFFF
print(len(vals), h)
print([repr(v) for v in vals[:21]])
print(str(-0.0), repr(1e16), repr(123.0), repr(-1.5e-7), complex(1.1, -2.0000000000000004))

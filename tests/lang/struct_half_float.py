# The 'e' (half float) and 'f' formats: rounding half to even, subnormals,
# overflow, infinities and NaNs, checked over many values.
import struct


def tr(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for v in [0.0, -0.0, 1.0, 1e-8, 2.98e-8, 2.9802322387695312e-08, 2.9802322387695313e-08, 5.960464477539063e-08,
          6.097555160522461e-05, 6.103515625e-05, 65504.0, 65519.99, 65520.0, 1.00048828125,
          1.0009765625 + 0.00048828125, float('inf'), float('-inf'), float('nan'), float('-nan'), 1e300]:
    print(v, end=' ')
    tr(struct.pack, '<e', v)
    print(v, end=' ')
    tr(struct.pack, '>e', v)

# a sample of halves: unpack, then pack back; the midpoints between
# neighbours round to even, and values just off them to the nearest
def check(seq):
    total = 0
    for i, x in enumerate(seq):
        try:
            p = struct.pack('<e', x)
        except OverflowError:
            total += 7 * (i + 1)
            continue
        total = (total * 31 + int.from_bytes(p, 'little')) % (2**61 - 1)
    return total


same = 0
vals, mids = [], []
for h in list(range(0, 0x7c00, 131)) + list(range(0x7bf0, 0x7c00)) + list(range(0, 20)) + list(range(0x3bf8, 0x3c08)):
    x, = struct.unpack('<e', struct.pack('<H', h))
    y, = struct.unpack('<e', struct.pack('<H', h + 1))
    vals.append(x)
    if struct.pack('<e', x) == struct.pack('<H', h) and struct.pack('<e', -x) == struct.pack('<H', h | 0x8000):
        same += 1
    mids.append((x + y) / 2)
print('round trips', same, len(vals), sum(vals))
print('midpoints', len(mids), check(mids), check([-m for m in mids]))
nudged = [m * (1 + 2**-40) for m in mids] + [m * (1 - 2**-40) for m in mids]
print('nudged', check(nudged))
print('scaled', check([i * 0.0001 for i in range(-300, 300, 7)]), check([i * 16.3 for i in range(-4100, 4100, 97)]))

# 'f': rounding to single precision and its overflow
for v in [0.1, 1 / 3, 3.4028234663852886e38, 3.4028235677973362e+38, 3.4028235677973366e+38, 1e39, -1e39,
          1.401298464324817e-45, 7e-46, 1e-50, float('inf'), float('nan')]:
    for order in '<@':
        print(order, v, end=' ')
        tr(struct.pack, order + 'f', v)
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>d', struct.pack('>d', 0.1)))
print(struct.unpack('<e', b'\x01\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x00'),
      struct.unpack('<e', b'\xff\xfb'), struct.unpack('>e', b'\x3c\x00'))

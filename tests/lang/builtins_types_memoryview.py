b = b"hello world"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:4].tobytes(), bytes(m[::2]), m.tolist()[:3], m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.nbytes)
print(m == b, m[0:5] == b"hello", m.obj is b, list(m[:3]), m.hex(), m[::-1].tobytes())
ba = bytearray(b"abcdef")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"XY"
print(ba, mv.readonly, mv[::2].tolist())
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    mv[1:3] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
with memoryview(b"xy") as w:
    print(w.tobytes())
print(repr(w).startswith("<released memory at 0x"))
try:
    w[0]
except ValueError as e:
    print(type(e).__name__, e)
print(hash(memoryview(b"ab")) == hash(b"ab"))
try:
    hash(mv)
except ValueError as e:
    print(type(e).__name__, e)

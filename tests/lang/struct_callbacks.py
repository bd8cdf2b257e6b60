# Callbacks that change the buffer while struct works on it: CPython holds
# the bytearray (BufferError on resize) while it reads the offset and packs.
import struct


def tr(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


b = bytearray(16)


class Shrink:
    def __index__(self):
        del b[:]
        return 5


class Grow:
    def __index__(self):
        b.extend(bytes(100))
        return 5


class Poke:
    def __index__(self):
        b[0] = 0x41
        return 7


class Off:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        del b[4:]
        return self.v


tr(struct.pack_into, '<ii', b, 0, 1, Shrink())
print(b)
tr(struct.pack_into, '<ii', b, 0, 1, Grow())
print(b)
b[:] = bytes(16)
tr(struct.pack_into, '<ii', b, 4, Poke(), 2)
print(b)
tr(struct.pack_into, '<ii', b, Off(0), 1, 2)
print(b)
tr(struct.unpack_from, '<i', b, Off(0))
b = bytearray(b'\x01\x00\x00\x00\x02\x00\x00\x00')
tr(struct.unpack_from, '<i', b, Off(4))
tr(struct.unpack_from, '<i', b, Poke())
print(len(b))
b = bytearray(8)
tr(struct.unpack_from, '<i', b, 'x')
tr(struct.unpack_from, '<i', 'abcd', 'x')
# the bytearray is free again afterwards
b.extend(b'12')
print(b)


class F:
    def __float__(self):
        b.append(1)
        return 1.0


tr(struct.pack_into, '<d', b, 0, F())
print(len(b))
mv = memoryview(b)
tr(struct.pack_into, '<i', mv, 0, Grow())
mv.release()
print(len(b))

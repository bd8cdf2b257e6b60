# unpack_from / pack_into offsets (negative ones too), iter_unpack, Struct.
import struct


def tr(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


data = b'abcdefgh'
for off in (0, 2, 4, 5, 8, 9, -1, -4, -5, -8, -9, True):
    print('unpack_from', off, end=' ')
    tr(struct.unpack_from, '<i', data, off)
tr(struct.unpack_from, '<i', data, offset=1)
tr(struct.unpack_from, '<i', buffer=data, offset=1)
tr(struct.unpack_from, '<i', data, 1.0)
tr(struct.unpack_from, '<i', data, 10**30)
tr(struct.unpack_from, '', b'', 0)
tr(struct.unpack_from, '', b'', 1)
tr(struct.unpack_from, '', b'', -1)

for off in (0, 4, 5, 9, -4, -8, -9, -3, 'x'):
    b = bytearray(8)
    print('pack_into', off, end=' ')
    tr(struct.pack_into, '<i', b, off, 0x01020304)
    print(b)
b = bytearray(8)
tr(struct.pack_into, '<i', b, 0)
tr(struct.pack_into, '<i', b)
tr(struct.pack_into, '<i', b, 0, 1, 2)
tr(struct.pack_into, '', bytearray(0), 0)
tr(struct.pack_into, '', bytearray(0), 1)
b = bytearray(12)
tr(struct.pack_into, '<2i', b, 8, 1, 2)
tr(struct.pack_into, '<2i', b, 4, 1, 2)
print(b)
# a failure while packing leaves zeros and what was packed before it
b = bytearray(b'\xff' * 12)
tr(struct.pack_into, '<3i', b, 0, 1, 'x', 3)
print(b)
mv = memoryview(bytearray(8))
tr(struct.pack_into, '<i', mv, 2, -1)
print(mv.tobytes())
tr(struct.pack_into, '<h', memoryview(bytearray(8)).cast('i'), 2, 5)

# iter_unpack
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it), it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
tr(next, it)
tr(type(it))
print(list(struct.iter_unpack('<2h', bytearray(b'\x01\x00\x02\x00\x03\x00\x04\x00'))))
print(list(struct.iter_unpack('<B', memoryview(b'\x01\x02'))))
tr(struct.iter_unpack, 'i', b'abc')
tr(struct.iter_unpack, 'x0i', b'abc')
tr(struct.iter_unpack, '', b'')

# Struct objects
s = struct.Struct('<2h')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'), s.unpack_from(b'xx\x01\x00\x02\x00', 2))
print(list(s.iter_unpack(b'\x01\x00\x02\x00' * 2)))
b = bytearray(6)
s.pack_into(b, 1, -1, 3)
print(b)
print(struct.Struct(b'<i').format, type(struct.Struct(b'<i').format), struct.Struct(format='q').size)
tr(struct.Struct)
tr(struct.Struct, 'i', 1)
tr(struct.Struct, 'i', format='i')
tr(struct.Struct, 1)
tr(s.pack, x=1)
tr(s.pack, 1)
tr(s.unpack)
tr(s.unpack, b'abcd', 1)
tr(s.unpack_from)
tr(s.unpack_from, b'', 1, 2)
tr(s.unpack_from, buffer=b'abcd', offset=0)
tr(s.unpack_from, b'abcd', offset=0, x=1)
tr(s.iter_unpack)
tr(s.pack_into)
tr(s.pack_into, bytearray(4))
tr(s.pack_into, bytearray(4), 0)
for a in ('format', 'size'):
    try:
        setattr(s, a, 1)
    except AttributeError as e:
        print('AttributeError', str(e).endswith('objects is not writable'))
s.__init__('q')
print(s.format, s.size)
tr(s.__init__)


class S(struct.Struct):
    def __init__(self, n):
        super().__init__('<%di' % n)
        self.n = n


t = S(3)
print(t.n, t.format, t.size, t.pack(1, 2, 3).hex(), isinstance(t, struct.Struct))
print(sorted(n for n in dir(struct.Struct) if not n.startswith('__')))
print(struct.Struct.__init__.__name__, struct.Struct.__doc__.splitlines()[0])
struct._clearcache()
print(struct.calcsize('i'), struct.calcsize('i'))
for i in range(250):
    struct.calcsize('%di' % i)
print(struct.pack('<i', 1))

# struct's errors: types and CPython's exact messages.
import struct


def tr(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Bad:
    def __index__(self):
        raise ValueError('nope')


class BadF:
    def __float__(self):
        raise ValueError('nopef')


class N:
    def __int__(self):
        return 3


# integer range checks: the wording depends on the code and byte order
for order in '@=<>!':
    for code in 'bBhHiIlLqQnNP':
        for v in (-1, 2**64, 2**31, 2**32, 2**63, -2**63 - 1, 1.5, 'x', N()):
            print(order, code, end=' ')
            tr(struct.pack, order + code, v)
for fmt, v in [('>q', I(2**70)), ('>q', I(-2**70)), ('>Q', I(-1)), ('<q', I(2**70)), ('>h', I(2**70)),
               ('P', I(2**70)), ('P', I(-2**70)), ('P', -2**70), ('i', I('x')), ('i', Bad()), ('>Q', Bad()),
               ('?', Bad()), ('b', 2**70)]:
    print(fmt, end=' ')
    tr(struct.pack, fmt, v)

# floats
for order in '@=<>!':
    for code in 'efd':
        for v in (1e300, 65520.0, 65519.0, 'x', BadF(), N(), 10**400, float('nan'), -3.4028235677973366e38):
            print(order, code, end=' ')
            tr(struct.pack, order + code, v)

# chars and strings
for fmt, v in [('c', b'ab'), ('c', bytearray(b'a')), ('c', 'a'), ('c', memoryview(b'x')), ('3s', 'a'),
               ('3p', 1), ('s', memoryview(b'x'))]:
    tr(struct.pack, fmt, v)

# formats
for fmt in ['3', 'z', '99999999999999999999i', '9223372036854775807i', '4611686018427387903q', '3 i', '<n', '<P',
            '>N', '\t<i', 'i\x00', b'\xff', 'é', 1, None, bytearray(b'i')]:
    tr(struct.calcsize, fmt)
tr(struct.Struct, bytearray(b'i'))

# argument counts
tr(struct.pack)
tr(struct.pack, 'i')
tr(struct.pack, 'i', 1, 2)
tr(struct.pack, '3s2i', b'a')
tr(struct.pack, 'i', x=1)
tr(struct.pack_into)
tr(struct.pack_into, 'i')
tr(struct.calcsize)
tr(struct.calcsize, 'i', 2)
tr(struct.calcsize, format='i')
tr(struct.unpack, 'i', b'abcd', 1)
tr(struct.unpack, 'i')
tr(struct.unpack, format='i', buffer=b'')
tr(struct.iter_unpack, 'i')
tr(struct.iter_unpack, 'i', b'', 1)
tr(struct.unpack_from, 'i')
tr(struct.unpack_from, format='i', buffer=b'abcdef')
tr(struct.unpack_from, 'i', b'abcd', 0, 1)
tr(struct.unpack_from, 'i', b'abcd', x=1)
tr(struct._clearcache, 1)

# buffers
tr(struct.unpack, 'i', b'abc')
tr(struct.unpack, 'i', b'abcde')
tr(struct.unpack, 'i', 'abcd')
tr(struct.unpack, 'i', 1)
tr(struct.unpack, 'i', memoryview(b'abcdefgh')[::2])
tr(struct.unpack_from, 'i', memoryview(b'abcdefgh')[::2])
tr(struct.unpack_from, 'i', 'abcd')
tr(struct.iter_unpack, 'i', 'abcd')
tr(struct.pack_into, 'i', 'abcd', 0, 1)
tr(struct.pack_into, 'i', b'abcd', 0, 1)
tr(struct.pack_into, 'i', memoryview(b'abcd'), 0, 7)
m = memoryview(b'abcd')
m.release()
tr(struct.unpack, 'i', m)

# struct.pack / unpack / calcsize over every format code and byte order.
import struct
import _struct

print(sorted(n for n in dir(_struct) if not n.startswith('__')))
print(struct.error, struct.error.__mro__[1:], struct.error.__module__)

vals = {
    'b': [-128, -1, 0, 127], 'B': [0, 1, 255], 'h': [-32768, -2, 32767], 'H': [0, 65535],
    'i': [-2**31, -5, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**31, 2**31 - 1], 'L': [0, 2**32 - 1],
    'q': [-2**63, -7, 2**63 - 1], 'Q': [0, 2**64 - 1], '?': [True, False, 0, 'x', []],
    'e': [0.5, -2.0, 65504.0], 'f': [1.5, -0.25, 3.4028234663852886e38], 'd': [0.1, -1e300, float('inf')],
    'c': [b'a', b'\x00'],
}
for order in '@=<>!':
    for code, vs in vals.items():
        fmt = order + str(len(vs)) + code
        p = struct.pack(fmt, *vs)
        print(fmt, struct.calcsize(fmt), p.hex(), struct.unpack(fmt, p))
# native-only codes
for fmt, vs in [('nN', [-2**63, 2**64 - 1]), ('P', [2**64 - 1]), ('P', [-1]), ('l', [-2**63]), ('L', [2**64 - 1])]:
    p = struct.pack(fmt, *vs)
    print(fmt, p.hex(), struct.unpack(fmt, p))
print(struct.unpack('<2?', b'\x00\x05'), struct.unpack('@?', b'\x02'))

# strings and padding
print(struct.pack('3s', b'abcdef'), struct.pack('0s', b'x'), struct.pack('5s', bytearray(b'ab')))
print(struct.pack('5p', b'abcdefg'), struct.pack('5p', b'ab'), struct.pack('0p', b'x'), struct.pack('1p', b'x'))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'), struct.unpack('1p', b'\x05'))
p300 = struct.pack('300p', b'a' * 300)
print(p300[:3], len(p300), len(struct.unpack('300p', p300)[0]))
print(struct.pack('3x2x'), struct.unpack('xbx', b'\x00\x05\x00'), struct.pack('>3c', b'a', b'b', b'c'))
print(struct.unpack('3c', b'abc'), struct.unpack('2s2s', b'abcd'))

# alignment (native only) and repeat counts, whitespace
for fmt in ['ci', 'cq', 'c0q', 'ic', '@e', 'ce', 'c?', 'c3xq', '=ci', '<ci', 'bd', 'hf', 'bPe?d', 'P',
            '', '<', '0s0p', ' i ', '2h 3b', '10s', 'x', 'qcb', 'ih', 'i\th\nb']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('@bi', 1, 2).hex(), struct.pack('@bq', 1, 2).hex(), struct.pack('=bi', 1, 2).hex())
print(struct.pack('@bPe?d', 1, 2, 3, 4, 5).hex())
print(struct.unpack('@bi', bytes.fromhex('0100000002000000')))
print(struct.pack(b'<i', 1), struct.pack('', ), struct.unpack('', b''))

# __index__ for ints, __float__/__index__ for floats, truth for '?'
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class F:
    def __float__(self):
        return 2.5


print(struct.pack('i', I(7)), struct.pack('d', F()), struct.pack('d', I(3)), struct.pack('e', I(3)))
print(struct.pack('P', I(5)), struct.pack('?', I(0)), struct.pack('i', True), struct.pack('d', 3))

# buffers
print(struct.unpack('<i', bytearray(b'\x01\x00\x00\x00')), struct.unpack('<i', memoryview(b'\x02\x00\x00\x00')))
print(struct.unpack('<h', memoryview(b'xx\x03\x00')[2:]))

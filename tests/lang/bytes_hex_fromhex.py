# hex() with separators and fromhex() errors on bytes, bytearray, memoryview
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))

for C in (bytes, bytearray, memoryview):
    n = C.__name__
    for d in [b'', b'\x00', b'\xab', b'\x01\x02', b'\x01\x02\x03', b'\xde\xad\xbe\xef\x00\x11\x22']:
        b = C(d)
        t('%s %r hex()' % (n, d), lambda: b.hex())
        for args in [(':',), (b'-',), (' ', 1), (':', 2), (':', -2), (':', 3), ('.', -3), ('|', 0), ('|', 100), ('|', -100)]:
            t('%s %r hex%r' % (n, d, args), lambda: b.hex(*args))
    b = C(b'\x01\x02\x03\x04')
    t(n + ' sep empty', lambda: b.hex(''))
    t(n + ' sep long', lambda: b.hex('::'))
    t(n + ' sep non-ascii', lambda: b.hex('\xe9'))
    t(n + ' sep bytes non-ascii', lambda: b.hex(b'\xe9'))
    t(n + ' sep int', lambda: b.hex(1))
    t(n + ' sep None', lambda: b.hex(None))
    t(n + ' sep kw', lambda: b.hex(sep='_', bytes_per_sep=2))
    t(n + ' bps str', lambda: b.hex(':', 'x'))
    t(n + ' bps float', lambda: b.hex(':', 1.0))
    t(n + ' bps huge', lambda: b.hex(':', 10**20))
    t(n + ' bps only', lambda: b.hex(bytes_per_sep=2))
    t(n + ' sep ba', lambda: b.hex(bytearray(b'-')))
    t(n + ' 3 args', lambda: b.hex(':', 1, 2))
for C in (bytes, bytearray):
    n = C.__name__
    for s in ['', '00', 'ff', 'FF', 'aB cD', ' 01 02 ', '0', '012', '0g', 'g0', 'zz', '01 2', '\t01\n02\x0b03\x0c04\r', '1 2',
              '01\x1c02', '\xe9', '01\u200302', '0 1', '  ', '0x01', 'abcdef0123456789ABCDEF', '\x00']:
        t('%s.fromhex(%r)' % (n, s), lambda: C.fromhex(s))
    t(n + ' fromhex bytes', lambda: C.fromhex(b'00'))
    t(n + ' fromhex None', lambda: C.fromhex(None))
    t(n + ' fromhex no arg', lambda: C.fromhex())
    t(n + ' fromhex via inst', lambda: C(b'zz').fromhex('41'))
class SB(bytes):
    def __init__(self, *a):
        print('SB init', a)
class SBA(bytearray): pass
t('sub fromhex', lambda: SB.fromhex('4142'))
t('sub fromhex type', lambda: type(SB.fromhex('41')).__name__)
t('sub ba fromhex', lambda: SBA.fromhex('41'))

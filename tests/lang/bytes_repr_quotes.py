# repr/str of bytes and bytearray: quotes and escapes
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

samples = [b'', b"'", b'"', b'\'"', b'\\', b'\t\n\r', b'\x00\x7f\x80\xff', b"it's", b'say "hi"', b"both ' and \"",
           bytes(range(32)), bytes(range(120, 140)), b'\x0b\x0c']
for d in samples:
    print(repr(d))
    print(repr(bytearray(d)))
    print(str(d) == repr(d), ascii(d) == repr(d), '%r' % (d,) == repr(d))
class SB(bytes): pass
class SBA(bytearray): pass
print(repr(SB(b'x')), repr(SBA(b'x')), repr(SBA()))
class SBR(bytes):
    def __repr__(self):
        return 'custom'
print(repr(SBR(b'q')), str(SBR(b'q')), [SBR(b'q')])
print(format(b'ab'), '{}'.format(b'ab'), f'{b"ab"!r:>10}')
t('format spec', lambda: format(b'ab', '>5'))
t('format spec ba', lambda: format(bytearray(b'ab'), 's'))

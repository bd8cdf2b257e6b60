# findings round-up: %-format corner cases, charmap decode handlers, huge __index__ subscripts, memoryview in codecs
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: '%*s|' % (-1, ''))
t(lambda: '% *.0r' % (-1, 'x'))
t(lambda: '%.1%' % ())
t(lambda: '%.1%%' % ())
t(lambda: '%.1%x' % (1,))
t(lambda: b'\x80\x81'.decode('cp1252', 'backslashreplace'))
t(lambda: b'\x80\x81'.decode('cp1252', 'replace'))
t(lambda: b'\x80\x81'.decode('cp1252', 'ignore'))
t(lambda: b'\x80\x81'.decode('cp1252', 'surrogateescape'))
class I:
    def __index__(self): return 2**100
t(lambda: 'a'[I()])
t(lambda: 'a'[2**100])
import codecs
t(lambda: codecs.decode(memoryview(b'ab'), 'ascii'))
t(lambda: codecs.utf_8_decode(memoryview(b'ab')))
t(lambda: codecs.latin_1_decode(memoryview(b'ab')))
t(lambda: codecs.ascii_decode(memoryview(b'ab')))
t(lambda: codecs.charmap_decode(memoryview(b'ab')))
t(lambda: codecs.utf_16_le_decode(memoryview(b'a\x00')))
t(lambda: codecs.escape_decode(memoryview(b'a')) if False else 1)
t(lambda: b'%s' % memoryview(b'x'))
t(lambda: b'%b' % (memoryview(b'xy'),))

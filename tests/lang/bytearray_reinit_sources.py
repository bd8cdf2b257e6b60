# bytearray.__init__ called again and odd constructor sources
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

b = bytearray(b'abc')
b.__init__(b'xy')
t('reinit', lambda: b)
b.__init__()
t('reinit empty', lambda: b)
b.__init__(3)
t('reinit int', lambda: b)
b.__init__('hé', 'utf-8')
t('reinit str', lambda: b)
t('reinit bad', lambda: b.__init__(1.5))
t('after bad', lambda: b)
def bad_gen():
    yield 1
    raise ValueError('gen failed')
t('gen raises', lambda: bytearray(bad_gen()))
t('bytes gen raises', lambda: bytes(bad_gen()))
class LenLies:
    def __len__(self):
        return 100
    def __iter__(self):
        return iter([1, 2])
t('len lies', lambda: bytearray(LenLies()))
class BadIter:
    def __iter__(self):
        return 5
t('bad iter', lambda: bytes(BadIter()))
t('huge', lambda: bytearray(2**62))
t('huge bytes', lambda: bytes(2**62))
t('too huge', lambda: bytes(2**64))
t('neg', lambda: bytearray(-5))
t('bool', lambda: bytearray(False))
t('iter of bytes', lambda: bytearray(iter(b'abc')))
t('dict keys', lambda: bytes({65: 'a', 66: 'b'}.keys()))
t('bytes of ba sub', lambda: bytes(type('S', (bytearray,), {})(b'zz')))
t('ba of mv nd', lambda: bytearray(memoryview(b'abcd').cast('B', [2, 2])))
t('bytes of mv i', lambda: bytes(memoryview(b'abcd').cast('i')))
t('ba init kw', lambda: bytearray(source=b'k', encoding=None))

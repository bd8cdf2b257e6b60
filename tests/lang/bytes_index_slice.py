# indexing and slicing bytes/bytearray with every kind of key
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))

class I:
    def __repr__(self):
        return "I()"
    def __index__(self):
        return 2
for C in (bytes, bytearray):
    b = C(b'abcdefghij')
    n = C.__name__
    for i in (0, 1, -1, -10, 9, 10, -11, True, I()):
        t(n + ' [%r]' % (i,), lambda: b[i])
    t(n + ' [big]', lambda: b[10**20])
    t(n + ' [-big]', lambda: b[-10**20])
    t(n + ' [str]', lambda: b['a'])
    t(n + ' [float]', lambda: b[1.0])
    t(n + ' [None]', lambda: b[None])
    t(n + ' [tuple]', lambda: b[1, 2])
    for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, -1),
              slice(None, None, 2), slice(1, None, 3), slice(8, 1, -2), slice(-1, -11, -1),
              slice(100, 200), slice(-100, 100, 4), slice(5, 2), slice(0, 0),
              slice(None, None, -3), slice(I(), None), slice(10**20, None), slice(None, None, 10**20)]:
        t(n + ' %r' % (s,), lambda: b[s])
    t(n + ' step0', lambda: b[::0])
    t(n + ' bad slice', lambda: b['a':])
    t(n + ' empty slice', lambda: C()[::-1])
    t(n + ' type of slice', lambda: type(b[1:3]).__name__)
class SB(bytes): pass
class SBA(bytearray): pass
t('sub slice type', lambda: type(SB(b'abc')[1:]).__name__)
t('sub ba slice type', lambda: type(SBA(b'abc')[1:]).__name__)
t('sub item', lambda: SB(b'abc')[1])
t('iter', lambda: list(b'ab\xff'))
t('iter ba', lambda: list(bytearray(b'ab\xff')))
it = iter(b'xyz')
t('length_hint', lambda: it.__length_hint__())
next(it)
t('length_hint2', lambda: it.__length_hint__())
t('iter type', lambda: type(iter(b'')).__name__)
t('iter ba type', lambda: type(iter(bytearray())).__name__)
t('reversed', lambda: list(reversed(b'abc')))
t('reversed ba', lambda: list(reversed(bytearray(b'abc'))))
t('in int', lambda: 97 in b'abc')
t('in bytes', lambda: b'bc' in b'abc')
t('in empty', lambda: b'' in b'abc')
t('in 256', lambda: 256 in b'abc')
t('in -1', lambda: -1 in b'abc')
t('in str', lambda: 'a' in b'abc')
t('in ba', lambda: bytearray(b'b') in b'abc')
t('in mv', lambda: memoryview(b'c') in b'abc')
t('in ba self', lambda: b'c' in bytearray(b'abc'))
t('in float', lambda: 1.0 in b'abc')
t('in None', lambda: None in bytearray(b'abc'))

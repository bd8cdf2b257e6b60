# bytes subclasses: constructor, __new__/__init__, attributes, methods
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

class SB(bytes):
    extra = 'x'
    def __new__(cls, *a, **k):
        self = super().__new__(cls, *a, **k)
        self.tag = 'tagged'
        return self
s = SB(b'abc')
t('value', lambda: (s, type(s).__name__, s.tag, s.extra))
t('eq', lambda: (s == b'abc', b'abc' == s, hash(s) == hash(b'abc')))
t('len/iter', lambda: (len(s), list(s), s[0], s[-1:]))
t('bytes()', lambda: (bytes(s), type(bytes(s)).__name__))
t('from int', lambda: SB(3))
t('from str', lambda: SB('é', 'utf-8'))
t('methods', lambda: (s.upper(), type(s.upper()).__name__, s.split(b'b')))
t('in dict', lambda: {s: 1}[b'abc'])
t('dict attr', lambda: sorted(vars(s)))
class WithB:
    def __bytes__(self):
        return b'zz'
t('sub from __bytes__', lambda: (SB(WithB()), type(SB(WithB())).__name__))
class BA(bytearray):
    def __init__(self, *a):
        super().__init__(*a)
        self.n = len(self)
b = BA(b'xyz')
t('ba sub', lambda: (b, b.n, type(b).__name__))
b.append(1)
t('ba sub mutate', lambda: (b, b.n))
t('ba sub eq', lambda: (b == bytearray(b'xyz\x01'), b == b'xyz\x01'))
t('ba sub slice type', lambda: type(b[:1]).__name__)
t('ba sub mv', lambda: memoryview(b).obj is b)
class Evil(bytes):
    def __len__(self):
        return 100
e = Evil(b'ab')
t('evil len', lambda: (len(e), e.find(b'b'), bytes(e), e[1]))
class Idx(bytes):
    def __index__(self):
        return 1
t('bytes with __index__', lambda: bytes(Idx(b'q')))
t('isinstance', lambda: (isinstance(s, bytes), issubclass(BA, bytearray), isinstance(b, bytes)))

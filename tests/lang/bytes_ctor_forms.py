# bytes() / bytearray() constructor: every argument form and error
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))

class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'
class BadBytes:
    def __bytes__(self):
        return 'str!'
class SubB(bytes):
    pass
class RetSub:
    def __bytes__(self):
        return SubB(b'sub')
class Idx:
    def __index__(self):
        return 3
class BadIdx:
    def __index__(self):
        return 'x'
class It:
    def __iter__(self):
        return iter([65, 66, 67])
class GI:
    def __getitem__(self, i):
        if i < 4:
            return 97 + i
        raise IndexError

for C in (bytes, bytearray):
    n = C.__name__
    t(n + ' empty', lambda: C())
    t(n + ' int0', lambda: C(0))
    t(n + ' int5', lambda: C(5))
    t(n + ' neg', lambda: C(-1))
    t(n + ' true', lambda: C(True))
    t(n + ' idx', lambda: C(Idx()))
    t(n + ' badidx', lambda: C(BadIdx()))
    t(n + ' list', lambda: C([1, 2, 255]))
    t(n + ' list256', lambda: C([1, 256]))
    t(n + ' listneg', lambda: C([-1]))
    t(n + ' listbig', lambda: C([10**30]))
    t(n + ' liststr', lambda: C(['a']))
    t(n + ' listfloat', lambda: C([1.0]))
    t(n + ' tuple', lambda: C((104, 105)))
    t(n + ' range', lambda: C(range(65, 70)))
    t(n + ' gen', lambda: C(x for x in (1, 2, 3)))
    t(n + ' iter', lambda: C(It()))
    t(n + ' getitem', lambda: C(GI()))
    t(n + ' str', lambda: C('abc'))
    t(n + ' str enc', lambda: C('abc', 'ascii'))
    t(n + ' str enc kw', lambda: C('h\xe9', encoding='latin-1'))
    t(n + ' str enc err', lambda: C('h\xe9', 'ascii'))
    t(n + ' str enc errors', lambda: C('h\xe9', 'ascii', 'ignore'))
    t(n + ' str errors only', lambda: C('abc', errors='strict'))
    t(n + ' int enc', lambda: C(3, 'ascii'))
    t(n + ' no src enc', lambda: C(encoding='ascii'))
    t(n + ' no src errors', lambda: C(errors='strict'))
    t(n + ' enc type', lambda: C('a', 5))
    t(n + ' errors type', lambda: C('a', 'ascii', 5))
    t(n + ' float', lambda: C(1.5))
    t(n + ' None', lambda: C(None))
    t(n + ' object', lambda: C(object()))
    t(n + ' dict', lambda: C({1: 2, 3: 4}))
    t(n + ' set', lambda: C({7}))
    t(n + ' bytes', lambda: C(b'xyz'))
    t(n + ' bytearray', lambda: C(bytearray(b'xyz')))
    t(n + ' memoryview', lambda: C(memoryview(b'mv')))
    t(n + ' mv slice', lambda: C(memoryview(b'abcdef')[::2]))
    t(n + ' too many', lambda: C('a', 'ascii', 'strict', 4))
    t(n + ' kw source', lambda: C(source=b'k'))
    t(n + ' bad kw', lambda: C(foo=1))
t('__bytes__', lambda: bytes(WithBytes()))
t('bad __bytes__', lambda: bytes(BadBytes()))
t('sub __bytes__', lambda: type(bytes(RetSub())).__name__)
t('ba __bytes__', lambda: bytearray(WithBytes()))
t('sub ctor', lambda: SubB(b'ab'))
t('sub ctor type', lambda: type(SubB(3)).__name__)
t('sub ctor eq', lambda: SubB([1, 2]) == b'\x01\x02')
t('bytes(3) size', lambda: len(bytes(3)))
t('bytes.__new__ non-type', lambda: bytes.__new__(5))
t('bytes.__new__ int', lambda: bytes.__new__(int))

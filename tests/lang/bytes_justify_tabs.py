# center/ljust/rjust/zfill/expandtabs
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))

class I:
    def __index__(self):
        return 7
for C in (bytes, bytearray):
    n = C.__name__
    for d in [b'', b'a', b'ab', b'abc', b'-12', b'+5', b'-', b'+', b'0', b'12']:
        b = C(d)
        for w in (-1, 0, 1, 4, 5, 8):
            print(n, repr(d), w, b.center(w), b.ljust(w), b.rjust(w), b.zfill(w), b.center(w, b'*'), b.ljust(w, bytearray(b'.')), b.rjust(w, b'_'))
    b = C(b'ab')
    t(n + ' center idx', lambda: b.center(I()))
    t(n + ' center str fill', lambda: b.center(5, '*'))
    t(n + ' center long fill', lambda: b.center(5, b'**'))
    t(n + ' center empty fill', lambda: b.center(5, b''))
    t(n + ' center int fill', lambda: b.center(5, 42))
    t(n + ' ljust mv fill', lambda: b.ljust(5, memoryview(b'#')))
    t(n + ' rjust float', lambda: b.rjust(5.0))
    t(n + ' zfill str', lambda: b.zfill('5'))
    t(n + ' zfill none', lambda: b.zfill())
    t(n + ' center none', lambda: b.center())
    t(n + ' center 3', lambda: b.center(1, b'x', 3))
    t(n + ' center big', lambda: b.center(10**20))
    for d in [b'', b'\t', b'a\tb', b'ab\tc\td', b'\t\t', b'abcdefgh\tx', b'a\nb\tc', b'a\r\tb', b'12345\t', b'\x85\t']:
        b = C(d)
        for ts in (None, 0, 1, 2, 4, 8, -1):
            if ts is None:
                t('%s %r.expandtabs()' % (n, d), lambda: b.expandtabs())
            else:
                t('%s %r.expandtabs(%d)' % (n, d, ts), lambda: b.expandtabs(ts))
    b = C(b'a\tb')
    t(n + ' expandtabs kw', lambda: b.expandtabs(tabsize=3))
    t(n + ' expandtabs str', lambda: b.expandtabs('3'))
    t(n + ' expandtabs idx', lambda: b.expandtabs(I()))
    t(n + ' expandtabs 2', lambda: b.expandtabs(1, 2))
    t(n + ' expandtabs bad kw', lambda: b.expandtabs(tabs=1))
    t(n + ' expandtabs huge', lambda: b.expandtabs(10**20))
t('identity center', lambda: (lambda x: x.center(2) is x)(b'abc'))
t('identity zfill', lambda: (lambda x: x.zfill(1) is x)(b'abc'))
t('identity expandtabs', lambda: (lambda x: x.expandtabs() is x)(b'abc'))
t('ba not identity', lambda: (lambda x: x.ljust(1) is x)(bytearray(b'abc')))
class SB(bytes): pass
t('sub center type', lambda: type(SB(b'ab').center(1)).__name__)
t('sub zfill type', lambda: type(SB(b'ab').zfill(5)).__name__)

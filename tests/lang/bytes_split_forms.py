# split/rsplit/splitlines on bytes and bytearray
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))

data = [b'', b'  ', b'a b  c', b'  a\tb\nc\x0bd\x0ce\rf  ', b'a,b,,c,', b',', b'abc', b'\x1c\x1d\x1e\x1f a']
for C in (bytes, bytearray):
    n = C.__name__
    for d in data:
        b = C(d)
        for m in ('split', 'rsplit'):
            f = getattr(b, m)
            t('%s %r.%s()' % (n, d, m), lambda: f())
            t('%s %r.%s(None, 1)' % (n, d, m), lambda: f(None, 1))
            t('%s %r.%s(b",")' % (n, d, m), lambda: f(b','))
            t('%s %r.%s(b",", 1)' % (n, d, m), lambda: f(b',', 1))
            t('%s %r.%s(maxsplit=0)' % (n, d, m), lambda: f(maxsplit=0))
            t('%s %r.%s(sep=b",", maxsplit=-5)' % (n, d, m), lambda: f(sep=b',', maxsplit=-5))
    b = C(b'a--b--c')
    t(n + ' sep multi', lambda: b.split(b'--'))
    t(n + ' rsep multi', lambda: b.rsplit(b'--', 1))
    t(n + ' sep ba', lambda: b.split(bytearray(b'-')))
    t(n + ' sep mv', lambda: b.split(memoryview(b'-')))
    t(n + ' sep empty', lambda: b.split(b''))
    t(n + ' rsep empty', lambda: b.rsplit(b''))
    t(n + ' sep str', lambda: b.split('-'))
    t(n + ' sep int', lambda: b.split(45))
    t(n + ' maxsplit str', lambda: b.split(b'-', 'x'))
    t(n + ' maxsplit float', lambda: b.split(b'-', 1.0))
    t(n + ' too many', lambda: b.split(b'-', 1, 2))
    t(n + ' bad kw', lambda: b.split(x=1))
    t(n + ' rsplit too many', lambda: b.rsplit(b'-', 1, 2))
    for d in [b'', b'a', b'a\n', b'a\nb', b'a\r\nb\rc\n\n', b'\r', b'\r\r\n', b'x\x0by\x0cz\x1cw\x85v']:
        b = C(d)
        t('%s %r.splitlines()' % (n, d), lambda: b.splitlines())
        t('%s %r.splitlines(True)' % (n, d), lambda: b.splitlines(True))
        t('%s %r.splitlines(keepends=1)' % (n, d), lambda: b.splitlines(keepends=1))
    t(n + ' splitlines bad', lambda: C(b'a').splitlines('x'))
    t(n + ' splitlines float', lambda: C(b'a').splitlines(1.5))
    t(n + ' splitlines 2 args', lambda: C(b'a').splitlines(1, 2))

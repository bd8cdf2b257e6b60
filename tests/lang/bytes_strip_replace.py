# strip family, replace, removeprefix/removesuffix
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))

for C in (bytes, bytearray):
    n = C.__name__
    for d in [b'', b'   ', b' \t\n\x0b\x0c\r abc \r\n', b'xxabcxx', b'abc', b'\x00a\x00']:
        b = C(d)
        for m in ('strip', 'lstrip', 'rstrip'):
            f = getattr(b, m)
            t('%s %r.%s()' % (n, d, m), lambda: f())
            t('%s %r.%s(None)' % (n, d, m), lambda: f(None))
            t('%s %r.%s(b"xa")' % (n, d, m), lambda: f(b'xa'))
            t('%s %r.%s(b"")' % (n, d, m), lambda: f(b''))
            t('%s %r.%s(ba)' % (n, d, m), lambda: f(bytearray(b'\x00')))
    b = C(b'abc')
    t(n + ' strip str', lambda: b.strip('a'))
    t(n + ' strip int', lambda: b.strip(97))
    t(n + ' strip 2', lambda: b.strip(b'a', b'b'))
    t(n + ' strip kw', lambda: b.strip(chars=b'a'))
    t(n + ' lstrip mv', lambda: b.lstrip(memoryview(b'ab')))
    b = C(b'aaXaaXaa')
    for args in [(b'a', b'b'), (b'a', b''), (b'aa', b'c'), (b'', b'-'), (b'', b'-', 2), (b'a', b'b', 0),
                 (b'a', b'b', -1), (b'a', b'b', 3), (b'X', b'YYY', 1), (b'zz', b'q'), (bytearray(b'X'), memoryview(b'_')),
                 ('a', b'b'), (b'a', 'b'), (b'a', b'b', 'x'), (b'a', b'b', 1.0), (b'a',), (b'a', b'b', 1, 2),
                 (b'aaXaaXaa', b''), (b'', b'')]:
        t('%s.replace%r' % (n, tuple('mv' if type(x) is memoryview else x for x in args)), lambda: b.replace(*args))
    t(n + ' replace kw', lambda: b.replace(b'a', b'b', count=1))
    t(n + ' replace empty self', lambda: C().replace(b'', b'x'))
    t(n + ' replace empty self 0', lambda: C().replace(b'', b'x', 0))
    b = C(b'prefix-body-suffix')
    for m in ('removeprefix', 'removesuffix'):
        f = getattr(b, m)
        for a in (b'prefix-', b'-suffix', b'', b'prefix-body-suffix', b'x', bytearray(b'pre'), memoryview(b'fix'), 'pre', 1, None):
            t('%s.%s(%r)' % (n, m, a if not isinstance(a, memoryview) else 'mv'), lambda: f(a))
        t('%s.%s()' % (n, m), lambda: f())
    t(n + ' removeprefix identity', lambda: b.removeprefix(b'x') is b)
    t(n + ' removeprefix empty identity', lambda: b.removesuffix(b'') is b)
t('strip identity', lambda: (lambda b: b.strip() is b)(b'abc'))
t('replace identity', lambda: (lambda b: b.replace(b'z', b'y') is b)(b'abc'))

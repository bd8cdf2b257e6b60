# find/rfind/index/rindex/count with every argument form
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))

class I:
    def __index__(self):
        return 1
    def __repr__(self):
        return 'I()'
def r(a):
    return tuple('mv' if type(x) is memoryview else x for x in a)
for C in (bytes, bytearray):
    b = C(b'abcabcab')
    n = C.__name__
    for m in ('find', 'rfind', 'index', 'rindex', 'count'):
        f = getattr(b, m)
        for args in [(b'a',), (b'ab',), (b'',), (b'x',), (b'cab', 1), (b'a', 1, 4), (b'a', -3),
                     (b'a', None, 3), (b'a', None, None), (b'b', -100, 100), (b'', 8), (b'', 9),
                     (b'', 5, 2), (97,), (98, 2), (256,), (-1,), (I(),), (bytearray(b'bc'),),
                     (memoryview(b'ca'),), ('a',), (1.0,), (b'a', 'x'), (b'a', 1.5), (b'a', I(), I()),
                     (b'a', 10**30), (b'a', -10**30, 10**30), (True,)]:
            t('%s.%s%r' % (n, m, r(args)), lambda: f(*args))
        t('%s.%s()' % (n, m), lambda: f())
        t('%s.%s 4 args' % (n, m), lambda: f(b'a', 1, 2, 3))
        t('%s.%s kw' % (n, m), lambda: f(b'a', start=1))

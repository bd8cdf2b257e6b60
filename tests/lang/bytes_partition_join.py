# partition/rpartition and join
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))

for C in (bytes, bytearray):
    n = C.__name__
    for d in [b'', b'a=b=c', b'abc', b'=', b'==']:
        b = C(d)
        for m in ('partition', 'rpartition'):
            f = getattr(b, m)
            for s in (b'=', b'b=', b'zz', bytearray(b'='), '=', b'', 61, None):
                t('%s %r.%s(%r)' % (n, d, m, s), lambda: f(s))
    t(n + ' partition mv', lambda: [type(x).__name__ for x in C(b'a.b').partition(memoryview(b'.'))])
    t(n + ' partition no arg', lambda: C(b'a').partition())
    t(n + ' partition 2 args', lambda: C(b'a').partition(b'a', b'b'))
    sep = C(b', ')
    for items in ([], [b'a'], [b'a', b'b'], (b'x', bytearray(b'y'), memoryview(b'z')), iter([b'1', b'2']),
                  [b'a', 'b'], [b'a', 1], ['a'], [b'a', None], b'ab', 'ab', 5, None, {b'k': 1},
                  (C(b'') for _ in range(3))):
        t('%s join %r' % (n, type(items).__name__), lambda: sep.join(items))
    t(n + ' join no arg', lambda: sep.join())
    t(n + ' join kw', lambda: sep.join(iterable_of_bytes=[]))
    t(n + ' join type', lambda: type(C(b'').join([b'a', b'b'])).__name__)
    t(n + ' empty sep', lambda: C(b'').join([b'a', bytearray(b'b')]))
t('join single identity', lambda: (lambda x: b''.join([x]) is x)(b'abc'))
t('join ba single not identity', lambda: (lambda x: bytearray().join([x]) is x)(bytearray(b'abc')))
class SB(bytes): pass
t('join sub', lambda: type(b''.join([SB(b'q')])).__name__)
t('partition sub', lambda: [type(x).__name__ for x in SB(b'a=b').partition(b'=')])
t('partition sub miss', lambda: [type(x).__name__ for x in SB(b'ab').partition(b'=')])

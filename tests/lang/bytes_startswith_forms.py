# startswith/endswith with tuples, ranges and bad arguments
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))

for C in (bytes, bytearray):
    n = C.__name__
    b = C(b'hello world')
    for m in ('startswith', 'endswith'):
        f = getattr(b, m)
        for args in [(b'hello',), (b'world',), (b'',), (b'hello world!',), ((b'x', b'he'),), ((b'x', b'ld'),),
                     ((),), ((b'x',),), (b'o', 4), (b'o', 4, 5), (b'w', 6), (b'world', 6), (b'hell', 0, 3),
                     (b'', 11), (b'', 12), (b'', 5, 2), (b'd', -1), (b'h', -100), (b'l', 2, -7),
                     (bytearray(b'he'),), (memoryview(b'ld'),), ((bytearray(b'q'), memoryview(b'h')),),
                     ('he',), (104,), ((b'he', 'x'),), (('x', b'he'),), ([b'he'],), (None,),
                     (b'h', None, None), (b'h', 'x'), (b'h', 1.0), (b'he', 10**20), (b'he', -10**20)]:
            lab = tuple('mv' if type(x) is memoryview else ('tuple-with-mv' if type(x) is tuple and any(type(y) is memoryview for y in x) else x) for x in args)
            t('%s.%s%r' % (n, m, lab), lambda: f(*args))
        t('%s.%s()' % (n, m), lambda: f())
        t('%s.%s kw' % (n, m), lambda: f(prefix=b'h'))
        t('%s.%s 4 args' % (n, m), lambda: f(b'h', 1, 2, 3))

# hashing memoryviews and using them as keys
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

data = [b'', b'a', b'abc', bytes(range(30))]
for d in data:
    t('hash %r' % d[:5], lambda: hash(memoryview(d)) == hash(d))
    t('hash slice %r' % d[:5], lambda: hash(memoryview(d)[::2]) == hash(d[::2]))
    t('hash cast c %r' % d[:5], lambda: hash(memoryview(d).cast('c')) == hash(d))
    t('hash ro %r' % d[:5], lambda: hash(memoryview(bytearray(d)).toreadonly()) == hash(d))
t('hash rw', lambda: hash(memoryview(bytearray(b'a'))))
t('hash rw cast', lambda: hash(memoryview(bytearray(b'aaaa')).cast('i')))
t('hash ro cast i', lambda: hash(memoryview(b'aaaa').cast('i')))
t('hash ro cast @B', lambda: hash(memoryview(b'aaaa').cast('@B')) == hash(b'aaaa'))
t('hash nd', lambda: hash(memoryview(b'abcd').cast('B', [2, 2])) == hash(b'abcd'))
t('hash 0d', lambda: hash(memoryview(b'a').cast('B', [])) == hash(b'a'))
d = {memoryview(b'key'): 1}
t('dict by bytes', lambda: d[b'key'])
t('dict by mv', lambda: d[memoryview(b'key')])
t('set mix', lambda: len({b'x', memoryview(b'x')}))
m = memoryview(b'cached')
h = hash(m)
m.release()
t('cached after release', lambda: hash(m) == h)
m2 = memoryview(b'uncached')
m2.release()
t('uncached after release', lambda: hash(m2))
t('ro flag', lambda: (memoryview(b'').readonly, memoryview(bytearray()).readonly, memoryview(bytearray()).toreadonly().readonly))
t('ro of ro', lambda: memoryview(b'ab').toreadonly().toreadonly().tolist())
t('ro write', lambda: memoryview(bytearray(b'ab')).toreadonly().__setitem__(0, 1))
t('ro keeps export', lambda: (lambda ba: (memoryview(ba).toreadonly().tolist(), ba))(bytearray(b'q')))

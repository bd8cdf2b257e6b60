# nested tolist()/tobytes() of multi-dimensional casts
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

raw = bytes(range(48))
for fmt, shape in [('B', [48]), ('B', [2, 24]), ('B', [2, 3, 8]), ('B', [1, 1, 48]), ('B', [2, 2, 2, 2, 3]),
                   ('h', [4, 6]), ('i', [3, 4]), ('q', [2, 3]), ('d', [6]), ('c', [4, 12]), ('b', [48, 1]),
                   ('i', (2, 2, 3)), ('H', [24, 1, 1])]:
    m = memoryview(raw).cast(fmt, shape)
    lst = m.tolist()
    print(fmt, shape, m.ndim, m.shape, m.strides, m.nbytes, len(m), m.c_contiguous, m.f_contiguous)
    print('  ', str(lst)[:90])
    print('  ', m.tobytes() == raw, m.tobytes('F')[:8], m.tobytes('A') == raw, m == memoryview(raw).cast(fmt, shape))
t('64 dims', lambda: memoryview(b'x').cast('B', [1] * 64).ndim)
t('65 dims', lambda: memoryview(b'x').cast('B', [1] * 65))
t('huge shape', lambda: memoryview(b'x').cast('B', [2**62, 2**62]))
t('bool shape', lambda: memoryview(b'xy').cast('B', [True, 2]).shape)
t('float shape', lambda: memoryview(b'xy').cast('B', [2.0]))
t('big elem', lambda: memoryview(b'xy').cast('B', [10**30]))
t('nd from nd', lambda: memoryview(raw).cast('B', [6, 8]).cast('i').shape)
t('nd -> nd shape', lambda: memoryview(raw).cast('B', [6, 8]).cast('B', [8, 6]))
t('nd -> 1d shape kw', lambda: memoryview(raw).cast('B', [6, 8]).cast(format='B', shape=[48]).shape)
t('cast kw bad', lambda: memoryview(raw).cast(fmt='B'))
t('cast none', lambda: memoryview(raw).cast())
t('cast 3 args', lambda: memoryview(raw).cast('B', [48], 1))
t('zero len cast', lambda: memoryview(b'').cast('i').tolist())
t('zero len cast shape', lambda: memoryview(b'').cast('B', [0]))
t('zero dim nd cast', lambda: memoryview(b'').cast('i').cast('B', [1]))

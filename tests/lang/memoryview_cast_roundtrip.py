# memoryview cast round trips through every native format
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

raw = bytearray(bytes((i * 29 + 3) % 256 for i in range(48)))
for f in 'bBchHiIlLqQnNfd?P':
    m = memoryview(raw).cast(f)
    lst = m.tolist()
    if f in 'fd':
        lst = [x if x == x else 'nan' for x in lst]
    print(f, m.itemsize, m.format, len(m), m.nbytes, m.strides, lst[:4])
    back = m.cast('B')
    print('  back', back.format, back.tobytes() == bytes(raw), m.cast('c').tolist()[:2], m.cast('b', [len(raw)]).shape)
for f in 'bBhHiIlLqQnN':
    m = memoryview(bytearray(16)).cast(f)
    size = m.itemsize * 8
    lo = -(1 << (size - 1)) if f in 'bhilqn' else 0
    hi = (1 << (size - 1)) - 1 if f in 'bhilqn' else (1 << size) - 1
    for v in (lo, hi, lo - 1, hi + 1, 0, True, 2.0, '1', None):
        def g():
            m[0] = v
            return m[0]
        t('%s set %r' % (f, v), g)
m = memoryview(bytearray(16)).cast('d')
for v in (1.5, -0.0, 1e308, float('inf'), 3, True, '1', None, 10**400):
    def h():
        m[1] = v
        return m[1]
    t('d set %r' % (v if not isinstance(v, int) or v < 10**10 else 'big'), h)
m = memoryview(bytearray(8)).cast('f')
for v in (1.5, 1e39, -1e39, 1/3, 2**24 + 1):
    def k():
        m[0] = v
        return m[0]
    t('f set %r' % v, k)

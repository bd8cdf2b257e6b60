# bytearray item and slice deletion, extended slices included
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

for key in [0, -1, 5, 6, -7, slice(None), slice(1, 3), slice(3, 1), slice(None, None, 2), slice(1, None, 2),
            slice(None, None, -1), slice(None, None, -2), slice(4, 0, -2), slice(-2, None), slice(100, 200),
            slice(0, 6, 5), slice(5, None, -5), slice(None, None, 10), True, 10**30, 'a', 1.0, None, (1,)]:
    b = bytearray(b'abcdef')
    t('del %r' % (key,), lambda: (b.__delitem__(key), b))
for n in range(0, 7):
    for step in (2, 3, -2, -3):
        b = bytearray(range(n))
        del b[::step]
        print(n, step, list(b))
b = bytearray(b'abc')
del b[:]
t('del all', lambda: b)
t('del step0', lambda: bytearray(b'abc').__delitem__(slice(None, None, 0)))

# bytearray slice assignment: simple and extended slices, sources, size mismatch
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

srcs = [b'', b'XY', bytearray(b'XYZ'), [65, 66], (67,), range(70, 73), iter([80, 81]), memoryview(b'MV'),
        'str', 5, None, [256], [-1], ['a'], 1.5, {1: 2}]
def lab(x):
    if isinstance(x, memoryview):
        return 'mv'
    if type(x).__name__ in ('list_iterator', 'range_iterator'):
        return 'iter'
    return repr(x)
for s in [slice(1, 3), slice(0, 0), slice(5, None), slice(None), slice(3, 1), slice(-2, None), slice(None, None, 2),
          slice(None, None, -1), slice(1, 4, 2), slice(4, 0, -2), slice(10, 20, 3), slice(0, 6, 1), slice(None, None, -3)]:
    for src in srcs:
        b = bytearray(b'abcdef')
        if type(src).__name__ == 'list_iterator':
            src = iter([80, 81])
        t('%r = %s' % (s, lab(src)), lambda: (b.__setitem__(s, src), b))
b = bytearray(b'abcdef')
t('self assign', lambda: (b.__setitem__(slice(1, 3), b), b))
b = bytearray(b'abcdef')
t('self assign ext', lambda: (b.__setitem__(slice(None, None, -1), b), b))
b = bytearray(b'abcdef')
t('self mv assign', lambda: (b.__setitem__(slice(0, 2), memoryview(b)[2:4]), b))
b = bytearray(b'abcdef')
t('step0', lambda: b.__setitem__(slice(None, None, 0), b''))
t('bad key', lambda: b.__setitem__('a', 1))
t('float key', lambda: b.__setitem__(1.5, 1))
t('tuple key', lambda: b.__setitem__((1, 2), 1))
t('item oob', lambda: b.__setitem__(6, 1))
t('item -7', lambda: b.__setitem__(-7, 1))
t('item val 256', lambda: b.__setitem__(0, 256))
t('item val str', lambda: b.__setitem__(0, 'a'))
t('item val bytes', lambda: b.__setitem__(0, b'a'))
t('item val None', lambda: b.__setitem__(0, None))
t('item ok', lambda: (b.__setitem__(-1, 0), b))
class SBA(bytearray): pass
sb = SBA(b'xyz')
sb[1:2] = b'QQ'
t('subclass assign', lambda: (type(sb).__name__, sb))

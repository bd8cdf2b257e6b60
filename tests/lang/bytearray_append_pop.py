# bytearray.append/insert/pop/remove with every argument kind
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

class I:
    def __index__(self):
        return 66
for v in (0, 255, 256, -1, True, I(), 1.0, '1', b'1', None, 10**30, -10**30):
    b = bytearray(b'a')
    t('append %r' % (v if not isinstance(v, I) else 'I'), lambda: (b.append(v), b))
    t('insert0 %r' % (v if not isinstance(v, I) else 'I'), lambda: (b.insert(0, v), b))
    t('remove %r' % (v if not isinstance(v, I) else 'I'), lambda: (b.remove(v), b))
for i in (0, 1, -1, 2, -3, 100, -100, 10**30, True):
    b = bytearray(b'ab')
    t('insert at %r' % i, lambda: (b.insert(i, 120), b))
    b = bytearray(b'abc')
    t('pop %r' % i, lambda: (b.pop(i), b))
t('pop empty', lambda: bytearray().pop())
t('pop empty idx', lambda: bytearray().pop(0))
t('pop str', lambda: bytearray(b'a').pop('0'))
t('pop float', lambda: bytearray(b'a').pop(0.0))
t('pop default', lambda: bytearray(b'xyz').pop())
t('insert float idx', lambda: bytearray(b'a').insert(0.0, 1))
t('insert str idx', lambda: bytearray(b'a').insert('0', 1))
t('insert missing', lambda: bytearray(b'a').insert(0))
t('remove missing', lambda: bytearray(b'abc').remove(100))
t('remove first', lambda: (lambda b: (b.remove(97), b))(bytearray(b'banana')))
t('remove kw', lambda: bytearray(b'a').remove(value=97))
t('append kw', lambda: bytearray(b'a').append(item=97))
b = bytearray()
for i in range(300):
    b.append(i % 256)
t('300 appends', lambda: (len(b), b[255], b[256], b[-1]))
while b:
    b.pop()
t('popped all', lambda: b)

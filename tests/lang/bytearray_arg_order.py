# cases found by the differential tester: argument conversion order and messages
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))
t('D1', lambda: bytearray(b'a').pop(10**20))
t('D1b', lambda: bytearray(b'abc').insert(-2**63-1, 1))
t('D2', lambda: bytearray(b'abc').__setitem__(-10**20, 256))
t('D2b', lambda: bytearray(b'abc').__setitem__(5, 256))
t('D5', lambda: bytearray(b'a').append())
t('D6a', lambda: bytearray(b'ab').split((1,), 2.5))
t('D6b', lambda: bytes(8).index(0.001, {1}))
t('D6c', lambda: b'\x00'.rfind(33153, (1.5,)))
t('D7', lambda: bytearray(b'a').copy(1))
t('D7b', lambda: bytearray(b'a').fromhex())
def d8():
    x = bytearray(b'Hello'); x[3:2:-1] = b''; y = bytearray(b'Hello'); y[0:4:2] = b''
    return x, y
t('D8', d8)
t('D9', lambda: bytearray(b'a').rsplit('x', 10**40))
t('D10', lambda: bytes('.', errors='replace'))
t('D10b', lambda: bytes(1, errors='strict'))
t('D10c', lambda: bytes([1], errors='x'))
t('sub', lambda: (b'ab'[10**20]))
t('count order', lambda: b'ab'.count('x', 'y'))
t('find order', lambda: bytearray(b'ab').find(1.5, None, 'q'))
t('split order', lambda: b'ab'.split(sep=1, maxsplit='z'))

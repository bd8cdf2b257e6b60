# memoryview memoryview passed where bytes-like objects are accepted
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))
t('bool', lambda: (bool(memoryview(b'')), bool(memoryview(b'a'))))
t('bytes()', lambda: bytes(memoryview(b'abc')[::-1]))
t('bytearray()', lambda: bytearray(memoryview(b'abc')[::2]))
t('bytes i', lambda: bytes(memoryview(b'\x01\x00\x00\x00').cast('i')))
t('list', lambda: list(memoryview(b'ab')))
t('has __bytes__', lambda: hasattr(memoryview(b''), '__bytes__'))
t('mv + b', lambda: memoryview(b'a') + b'b')
t('b + mv', lambda: b'a' + memoryview(b'b'))
t('ba + mv', lambda: bytearray(b'a') + memoryview(b'b'))
t('b.join', lambda: b'-'.join([memoryview(b'x'), memoryview(b'y')]))
t('ba.extend mv', lambda: (lambda z: (z.extend(memoryview(b'xyz')[::2]), z))(bytearray()))
t('ba += mv', lambda: (lambda z: (z.__iadd__(memoryview(b'xy')), z))(bytearray()))
t('mv.decode', lambda: memoryview(b'a').decode())
t('mv lt', lambda: memoryview(b'a') < memoryview(b'b'))
t('dir', lambda: [x for x in dir(memoryview) if not x.startswith('_')])
t('ba self extend mv', lambda: (lambda z: (z.extend(memoryview(z)), z))(bytearray(b'ab')))
t('ba self iadd mv', lambda: (lambda z: (z.__iadd__(memoryview(z)), z))(bytearray(b'ab')))

# bytearray compared with bytes, bytearray, memoryview and others
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

import operator as op
ops = [('==', op.eq), ('!=', op.ne), ('<', op.lt), ('<=', op.le), ('>', op.gt), ('>=', op.ge)]
vals = [b'', b'a', b'ab', b'b', b'\xff']
for x in vals:
    for y in vals:
        for name, o in ops:
            r = (o(bytearray(x), y), o(x, bytearray(y)), o(bytearray(x), bytearray(y)), o(bytearray(x), memoryview(y)))
            print(repr(x), name, repr(y), r)
for other in ['a', 1, None, [97], (97,), memoryview(b'a').cast('c')]:
    for name, o in ops:
        t('ba %s %s' % (name, type(other).__name__), lambda: o(bytearray(b'a'), other))
        t('%s %s ba' % (type(other).__name__, name), lambda: o(other, bytearray(b'a')))
t('ba == mv i', lambda: bytearray(b'\x01\x00\x00\x00') == memoryview(b'\x01\x00\x00\x00').cast('i'))
t('ba < mv i', lambda: bytearray(b'\x01\x00\x00\x00') < memoryview(b'\x02\x00\x00\x00').cast('i'))
t('b == mv i', lambda: b'\x01\x00\x00\x00' == memoryview(b'\x01\x00\x00\x00').cast('i'))
t('b < mv', lambda: b'a' < memoryview(b'b'))
t('ba in list', lambda: bytearray(b'x') in [b'x'])
t('b in set ba', lambda: b'x' in {b'x'} and bytearray(b'x') == b'x')
t('unhashable', lambda: {bytearray(b'x')})
t('unhashable dict', lambda: {bytearray(): 1})
t('hash attr', lambda: bytearray.__hash__)

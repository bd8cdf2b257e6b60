# hashing (PYTHONHASHSEED=0) and comparisons between bytes, bytearray, memoryview
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))

for b in [b'', b'a', b'abc', b'\x00', b'\xff' * 7, b'hello world', bytes(range(256))]:
    t('hash %r' % b[:12], lambda: hash(b))
class SB(bytes): pass
t('hash sub', lambda: hash(SB(b'abc')) == hash(b'abc'))
t('hash ba', lambda: hash(bytearray(b'a')))
t('hash mv', lambda: hash(memoryview(b'abc')) == hash(b'abc'))
t('hash mv ba', lambda: hash(memoryview(bytearray(b'abc'))))
t('set', lambda: sorted({b'a', b'b', b'a'}))
t('dict', lambda: {b'k': 1}[b'k'])
t('str != bytes', lambda: 'a' == b'a')
t('bytes == str', lambda: b'a' == 'a')
pairs = [(b'abc', b'abd'), (b'abc', b'abc'), (b'ab', b'abc'), (b'', b''), (b'\xff', b'\x00'),
         (b'abc', bytearray(b'abc')), (bytearray(b'a'), b'b'), (bytearray(b'z'), bytearray(b'y'))]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
for a, b in [(b'abc', memoryview(b'abc')), (bytearray(b'abc'), memoryview(b'abc')),
             (memoryview(b'abc'), b'abc'), (memoryview(b'ab'), memoryview(b'ab')),
             (memoryview(b'ab'), memoryview(b'ac'))]:
    print(type(a).__name__, type(b).__name__, a == b, a != b)
for op in ['<', '<=', '>', '>=']:
    t('bytes %s str' % op, lambda: eval('b"a" %s "a"' % op))
    t('bytes %s int' % op, lambda: eval('b"a" %s 1' % op))
    t('bytes %s mv' % op, lambda: eval('b"a" %s memoryview(b"a")' % op))
    t('mv %s mv' % op, lambda: eval('memoryview(b"a") %s memoryview(b"a")' % op))
    t('ba %s list' % op, lambda: eval('bytearray() %s []' % op))
t('eq int', lambda: b'a' == 97)
t('eq list', lambda: b'a' == [97])
t('ne None', lambda: bytearray() != None)
t('__eq__ direct', lambda: b'a'.__eq__('a'))
t('__lt__ direct', lambda: b'a'.__lt__(bytearray(b'b')))
t('ba __eq__ direct', lambda: bytearray(b'a').__eq__(5))
t('sorted mix', lambda: sorted([bytearray(b'b'), b'a', b'c']))
t('max', lambda: max(b'a', b'ab', b'b'))

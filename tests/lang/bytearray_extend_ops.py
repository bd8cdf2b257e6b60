# bytearray extend, +=, *=, +, * and clear/copy/reverse
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

class I:
    def __index__(self):
        return 2
def gen():
    yield 1
    yield 2
for src in [b'xy', bytearray(b'z'), [1, 2], (3,), range(3), gen(), 'ab', 5, None, [256], ['a'], memoryview(b'mv'), iter(b'it'), {9: 0}, set()]:
    b = bytearray(b'a')
    t('extend %s' % type(src).__name__, lambda: (b.extend(src), b))
for src in [b'xy', bytearray(b'z'), memoryview(b'm'), [1], 'ab', 5, None]:
    b = bytearray(b'a')
    def f():
        global b
        b += src
        return b
    t('+= %s' % type(src).__name__, f)
for n in [0, 1, 3, -1, True, I(), 1.5, 'x', None, b'x']:
    b = bytearray(b'ab')
    def g():
        global b
        b *= n
        return b
    t('*= %r' % (n if not isinstance(n, I) else 'I'), g)
    t('* %r' % (n if not isinstance(n, I) else 'I'), lambda: bytearray(b'ab') * n)
    t('r* %r' % (n if not isinstance(n, I) else 'I'), lambda: n * bytearray(b'ab'))
t('*= huge', lambda: bytearray(b'ab').__imul__(2**62))
t('* huge', lambda: bytearray(b'ab') * 2**62)
t('ba + b', lambda: bytearray(b'a') + b'b')
t('b + ba', lambda: b'a' + bytearray(b'b'))
t('ba + str', lambda: bytearray(b'a') + 'b')
t('ba + list', lambda: bytearray(b'a') + [1])
t('ba + int', lambda: bytearray(b'a') + 1)
t('identity +=', lambda: (lambda b: b.__iadd__(b'x') is b)(bytearray()))
t('identity *=', lambda: (lambda b: b.__imul__(2) is b)(bytearray(b'y')))
b = bytearray(b'abc')
c = b.copy()
c.append(100)
t('copy', lambda: (b, c, type(c).__name__))
class SBA(bytearray): pass
t('sub copy type', lambda: type(SBA(b'x').copy()).__name__)
t('sub * type', lambda: type(SBA(b'x') * 2).__name__)
t('sub + type', lambda: type(SBA(b'x') + b'y').__name__)
b = bytearray(b'abcde')
b.reverse()
t('reverse', lambda: b)
b.clear()
t('clear', lambda: (b, len(b)))
t('reverse empty', lambda: (lambda x: (x.reverse(), x))(bytearray()))
t('self extend', lambda: (lambda x: (x.extend(x), x))(bytearray(b'ab')))
t('self iadd', lambda: (lambda x: (x.__iadd__(x), x))(bytearray(b'ab')))

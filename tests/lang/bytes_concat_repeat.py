# bytes + and * with every operand type
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

class I:
    def __index__(self):
        return 3
class R:
    def __radd__(self, o):
        return 'radd'
    def __rmul__(self, o):
        return 'rmul'
for other in [b'x', bytearray(b'y'), memoryview(b'z'), 'str', 1, None, [1], (1,), R()]:
    lab = type(other).__name__
    t('b + ' + lab, lambda: b'a' + other)
    t(lab + ' + b', lambda: other + b'a')
for n in [0, 1, 3, -2, True, False, I(), 1.5, 'x', None, b'x', R(), 10**20]:
    lab = type(n).__name__ + ('' if not isinstance(n, int) else str(n)[:5])
    t('b * ' + lab, lambda: b'ab' * n)
    t(lab + ' * b', lambda: n * b'ab')
t('empty * big', lambda: b'' * 10**18)
t('huge', lambda: b'ab' * (2**62))
t('identity *1', lambda: (lambda x: x * 1 is x)(b'abc'))
t('identity +empty', lambda: (lambda x: x + b'' is x)(b'abc'))
t('empty + identity', lambda: (lambda x: b'' + x is x)(b'abc'))
class SB(bytes): pass
t('sub + type', lambda: type(SB(b'a') + b'b').__name__)
t('sub * type', lambda: type(SB(b'a') * 2).__name__)
t('sub *1 type', lambda: type(SB(b'a') * 1).__name__)
t('+= bytes', lambda: (lambda x: (x.__iadd__ if hasattr(x, '__iadd__') else None))(b''))
x = b'a'
y = x
x += b'b'
t('bytes += rebinds', lambda: (x, y, x is y))

# float(x): the order of __float__, __index__, str/bytes parsing, subclass
# handling, and the error messages (int too large, bad returns).
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 7
class FI:
    def __float__(self):
        return 2.5
    def __index__(self):
        return 9
class BadF:
    def __float__(self):
        return '1.0'
class BadI:
    def __index__(self):
        return 1.5
class RaiseF:
    def __float__(self):
        raise KeyError('inner')
class S(str):
    def __float__(self):
        return 42.0
class S2(str):
    pass
class B(bytes):
    pass
class IntSub(int):
    def __float__(self):
        return -1.0
class IntSub2(int):
    pass
class Trunc:
    def __trunc__(self):
        return 3
for obj in [F(), I(), FI(), S('2.5'), S2(' 3.25 '), B(b'4.5'), IntSub(5), IntSub2(6), True, 2 ** 1023, -(2 ** 1023), 10 ** 308,
            bytearray(b'1e3'), '1' * 309, '-' + '9' * 400]:
    r = float(obj)
    print(type(obj).__name__, repr(r), type(r).__name__)
for obj in [BadF(), BadI(), RaiseF(), 2 ** 1024, -(2 ** 1024), 10 ** 400, Trunc(), object(), [], {}, 1j, None, b'abc', bytearray(b'--1'),
            '1e500x', '0x10', 'in f', '1.5e', '١٫٢']:
    try:
        r = float(obj)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(float(2 ** 1024 - 2 ** 970 - 1), float(2 ** 1024 - 2 ** 970 + 0) if False else '', float(2 ** 53 + 1), float(-(2 ** 64) - 1))
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print(e)
print(float('\u0661\u0662\u0663.\u0664\u0665'), float('\uff11\uff12'), float('\u2003-7\u3000'), float('1_0'))

# list +, *, +=, *= with negative and huge counts
import sys
def t(f):
    try:
        r = f()
        print(repr(r) if len(repr(r)) < 200 else len(r))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
for n in [0, 1, 3, -1, -2**63, -2**100, True, False]:
    print(n, a * n, n * a)
t(lambda: a * 2**63)
t(lambda: a * 2**62)
t(lambda: a * sys.maxsize)
t(lambda: [] * sys.maxsize)
t(lambda: [] * 2**63)
t(lambda: [] * 2**100)
t(lambda: [1] * (sys.maxsize // 8 + 1))
t(lambda: a * 2**100)
t(lambda: 2**100 * a)
t(lambda: a * 1.0)
t(lambda: a * '2')
t(lambda: a * None)
t(lambda: a * [])
t(lambda: a + (1,))
t(lambda: a + 'x')
t(lambda: a + None)
t(lambda: (1,) + a)
t(lambda: 'x' + a)
t(lambda: a - a)
t(lambda: a / 2)
t(lambda: -a)
class I:
    def __index__(self): return 3
print(a * I(), I() * a)
b = [1]
b *= 3; print(b)
b *= 1; print(b)
b *= -5; print(b)
b = [1, 2]
c = b
b *= 0; print(b, c is b)
b = [1, 2]
def imul(n):
    global b
    b *= n
    return b
t(lambda: imul(2**63))
t(lambda: imul(2**62))
t(lambda: imul('x'))
t(lambda: imul(1.5))
print(b)
b += (3, 4); print(b)
b += 'ab'; print(b)
b += range(2); print(b)
b += {7: 8}; print(b)
b += b; print(b)
def iadd(x):
    global b
    b += x
t(lambda: iadd(5))
t(lambda: iadd(None))
e = []
e *= 2**100; print(e)
t(lambda: [None] * -1)
print([[]] * 3, [0] * 0, [] * 5)
x = [[0]] * 2
x[0].append(1); print(x)
class R:
    def __radd__(self, o): return 'radd'
    def __rmul__(self, o): return 'rmul'
print(a + R(), a * R())
class L2(list):
    def __radd__(self, o): return 'L2radd'
print(a + L2([5]), type(L2([1]) + [2]).__name__, type(L2([1]) * 2).__name__)

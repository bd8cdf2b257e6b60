# extended slices: get, set (size checks), self-assignment, delete
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
for s in [slice(None, None, 2), slice(1, None, 3), slice(None, None, -1), slice(8, 1, -2),
          slice(-3, None, -3), slice(100, -100, -7), slice(-100, 100, 4), slice(5, 5, 2),
          slice(2**70, None, -1), slice(None, -2**70, -1), slice(None, None, 2**70), slice(None, None, -2**70)]:
    print(s, a[s])
b = list(range(10))
b[::2] = 'abcde'; print(b)
b = list(range(10))
b[::2] = b[1::2]; print(b)
b = list(range(10))
t(lambda: b.__setitem__(slice(1, None, 2), b))
b = list(range(6))
b[::-1] = b; print(b)
b = list(range(6))
b[::2] = b[::-2]; print(b)
t(lambda: b.__setitem__(slice(None, None, 2), [1, 2]))
t(lambda: b.__setitem__(slice(None, None, 2), [1, 2, 3, 4]))
t(lambda: b.__setitem__(slice(None, None, 2), 5))
t(lambda: b.__setitem__(slice(None, None, 2), None))
t(lambda: b.__setitem__(slice(None, None, 0), [1]))
t(lambda: b.__setitem__(slice(None, None, -1), [1]))
c = [1, 2, 3]
c[::5] = ['x']; print(c)
c[5::2] = []; print(c)
c[10:20:3] = (); print(c)
t(lambda: c.__setitem__(slice(0, 3, 2), [1, 2, 3]))
t(lambda: c.__setitem__(slice(0, 3, 2), 'ab'))
print(c)
c[::-2] = iter('QR'); print(c)
c[::1] = 'xyz'; print(c)
c[::1] = c; print(c)
c[:] = 'ab'; print(c)
c[::-1] = 'cd'; print(c)
# delete extended slices
for s in [slice(None, None, 2), slice(1, None, 2), slice(None, None, -2), slice(8, 0, -3),
          slice(None, None, 3), slice(-1, None, -4), slice(100, None, -1), slice(None, None, 11),
          slice(3, 3, 2), slice(2**80, None, -2), slice(0, 10, 1), slice(None, None, -1)]:
    d = list(range(10))
    del d[s]
    print(s, d)
d = list(range(10))
t(lambda: d.__delitem__(slice(None, None, 0)))
del d[::2], d[::2]; print(d)
e = []
del e[::2]; del e[::-1]; print(e)
# assignment via getitem objects
class Seq:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
f = [0] * 6
f[::2] = Seq(); print(f)
f[1:3] = Seq(); print(f)
t(lambda: f.__setitem__(slice(1, 3), 5))
t(lambda: f.__setitem__(slice(1, 3), None))
f[1:3] = {9: 0, 8: 0}; print(f)
f[100:] = [1]; print(f)
f[-100:0] = [2]; print(f)
f[4:2] = ['m']; print(f)
f[-2:-5] = ['n']; print(f)
t(lambda: f['a':'b'])
t(lambda: f[1.0:2])
t(lambda: f.__setitem__(slice(1.0, 2), []))
t(lambda: f.__delitem__(slice(None, 'x')))
class Ix:
    def __index__(self): return 2
print(f[Ix():], f[:Ix()], f[::Ix()])

# simple slice assignment from many sources, including the list itself and generators
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def sa(lo, hi, src):
    a = list(range(6))
    a[lo:hi] = src
    return a
print(sa(1, 3, 'xy'), sa(1, 3, ''), sa(1, 3, 'abcd'), sa(0, 0, [9]), sa(6, 6, (7, 8)), sa(-2, None, range(3)))
print(sa(None, None, []), sa(4, 1, 'Q'), sa(-100, 100, [0]), sa(3, -3, 'mn'), sa(2, 2, {1: 2, 3: 4}), sa(1, 2, {5}))
print(sa(1, 5, (x * x for x in range(3))), sa(0, 1, iter('pq')), sa(0, 6, b'ab'), sa(1, 2, bytearray(b'c')))
a = list(range(5)); a[1:3] = a; print(a)
a = list(range(5)); a[:] = a; print(a)
a = list(range(5)); a[::-1] = a; print(a)
a = list(range(5)); a[2:] = a[:2]; print(a)
a = [1, 2, 3]; a[len(a):] = a; print(a)
a = [1, 2, 3]; a[:0] = a; print(a)
t(lambda: sa(1, 2, 5))
t(lambda: sa(1, 2, None))
t(lambda: sa(1, 2, 1.5))
t(lambda: sa('a', 2, []))
def gen_err():
    yield 1
    raise RuntimeError('gen failed')
a = [1, 2, 3]
try:
    a[0:1] = gen_err()
except RuntimeError as e:
    print('RuntimeError', e, a)
class Mut:
    def __init__(self, l): self.l = l
    def __iter__(self):
        self.l.clear()
        return iter('zz')
a = [1, 2, 3, 4]
a[1:3] = Mut(a); print(a)
a = [1, 2, 3, 4]
a[1:2] = Mut(a); print(a)
class GI:
    def __getitem__(self, i):
        if i < 3: return -i
        raise IndexError
a = [0, 0]; a[1:] = GI(); print(a)
a = []; a[:] = []; a[0:0] = []; print(a)
a = [1]; del a[:]; print(a)
a = list(range(10)); del a[2:8]; print(a)
a = list(range(10)); del a[8:2]; print(a)
a = list(range(10)); del a[-3:]; print(a)
a = list(range(10)); del a[:-3]; print(a)
a = list(range(10)); del a[100:]; del a[:-100]; print(a)

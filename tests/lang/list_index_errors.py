# list indexing: huge and odd indices, del by index, error messages
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [10, 20, 30]
for i in [0, 2, -1, -3, 3, -4, sys.maxsize, -sys.maxsize - 1, 2**63, -2**63 - 1, 2**100, True, False]:
    t(lambda: a[i])
t(lambda: a['1'])
t(lambda: a[1.0])
t(lambda: a[None])
t(lambda: a[[1]])
t(lambda: a[(1,)])
t(lambda: a[1j])
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(a[I(1)], a[I(-1)])

t(lambda: a[I('x')])
class BadI:
    def __index__(self): raise KeyError('idx')
t(lambda: a[BadI()])
def setit(i, v):
    b = list(a)
    b[i] = v
    return b
for i in [0, -1, 3, -4, 2**63, 2**100, -2**100, '0', 1.5]:
    t(lambda: setit(i, 'x'))
def delit(i):
    b = list(a)
    del b[i]
    return b
for i in [0, -1, 2, 3, -4, 2**63, '0', None]:
    t(lambda: delit(i))
e = []
t(lambda: e[0])
t(lambda: e[-1])
t(lambda: e.__setitem__(0, 1))
t(lambda: e.__delitem__(0))
print(e[:], e[5:], e[::-1], e[-100:100])
class L(list):
    pass
l = L([1, 2, 3])
print(type(l[:]).__name__, type(l[::2]).__name__, type(l.copy()).__name__, type(l + l).__name__, type(l * 2).__name__)
l += [4]; print(type(l).__name__, l)
l *= 2; print(type(l).__name__, l)
t(lambda: list.__getitem__(l, 10))

t(lambda: list.append((1,), 0))
t(lambda: list.__len__('abc'))

# tuple count/index/len/contains/getitem, slicing, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = (5, 6, 7, 5, 6, 7)
for args in [(5,), (5, 1), (5, -3), (7, 3, 5), (7, 3, 6), (6, -100, 100), (6, 2**100), (6, -2**100), (5, 0, -3), (6, 10, 1), (5, True)]:
    t(lambda: a.index(*args))
t(lambda: a.index(8))
t(lambda: a.index('x'))
t(lambda: a.index(5, None))
t(lambda: a.index(5, 0, None))
t(lambda: a.index(5, 'a'))
t(lambda: a.index(5, 1.0))
t(lambda: a.index())
t(lambda: a.index(1, 2, 3, 4))
t(lambda: a.index(x=1))
print(a.count(5), a.count(8), a.count(5.0), a.count(True), (1, True, 1.0).count(1))
t(lambda: a.count())
t(lambda: a.count(1, 2))
nan = float('nan')
print((nan,).count(nan), (nan,).index(nan), nan in (nan,), float('nan') in (float('nan'),))
print(len(a), len(()), 5 in a, 8 in a, 'x' in a, [] in a)
for i in [0, 5, -1, -6]:
    print(i, a[i])
for i in [6, -7, 2**63, -2**63, 2**100]:
    t(lambda: a[i])
t(lambda: a['x'])
t(lambda: a[1.0])
t(lambda: a[None])
for s in [slice(None), slice(1, 4), slice(None, None, -1), slice(-2, None), slice(None, None, 2), slice(5, 1, -2), slice(100, 200), slice(-2**70, 2**70, 3)]:
    print(s, a[s])
print(a[:] is a, a[0:6] is a, a[::1] is a, a[::-1] is a)
class T(tuple): pass
b = T((1, 2))
print(type(b[:]).__name__, b[:] is b, type(b[0:1]).__name__)
t(lambda: a.__setitem__(0, 1))
t(lambda: a.__delitem__(0))
def f():
    x = (1, 2)
    x[0] = 5
t(f)
def g():
    x = (1, 2)
    del x[0]
t(g)
t(lambda: a.append(1))
t(lambda: tuple.index([1], 1))
t(lambda: tuple.count([1], 1))
class E:
    def __eq__(self, o): raise RuntimeError('eq')
t(lambda: (1, 2).index(E()))
t(lambda: (1, 2).count(E()))
t(lambda: E() in (1, 2))
e = E()
print(e in (e,), (e,).count(e), (e,).index(e))
print(a.__len__(), a.__getitem__(-1), a.__contains__(6), tuple.__len__(()))
class I:
    def __index__(self): return 1
print(a[I()], a[I():], a.index(6, I()))

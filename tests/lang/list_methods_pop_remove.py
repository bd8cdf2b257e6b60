# list.pop / remove / index / count / clear / copy / reverse
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a.pop(), a.pop(0), a.pop(-1), a.pop(3), a)
t(lambda: [].pop())
t(lambda: [].pop(0))
t(lambda: [1].pop(1))
t(lambda: [1].pop(-2))
t(lambda: [1].pop(2**70))
t(lambda: [1].pop(-2**70))
t(lambda: [1].pop('0'))
t(lambda: [1].pop(1.0))
t(lambda: [1].pop(None))
t(lambda: [1].pop(0, 1))
print([1, 2].pop(True), [1, 2].pop(False))
# remove
b = [1, 2, 3, 2, 1, 'a', 2.0]
b.remove(2); print(b)
b.remove(2.0); print(b)
b.remove(True); print(b)
t(lambda: b.remove(99))
t(lambda: b.remove('b'))
t(lambda: [].remove(None))
t(lambda: b.remove())
nan = float('nan')
c = [nan]
c.remove(nan); print(c)
t(lambda: [float('nan')].remove(float('nan')))
class E:
    def __eq__(self, o): raise RuntimeError('eq')
t(lambda: [1, 2].remove(E()))
# index
d = [5, 6, 7, 5, 6, 7]
for args in [(5,), (5, 1), (5, -3), (7, 3, 5), (7, 3, 6), (6, -100, 100), (6, 2**100), (6, -2**100), (5, 0, -3), (6, 10, 1)]:
    t(lambda: d.index(*args))
t(lambda: d.index(8))
t(lambda: d.index('x'))
t(lambda: d.index([1, 2]))
t(lambda: d.index(None))
t(lambda: d.index(5, 'a'))
t(lambda: d.index(5, 1.0))
t(lambda: d.index(5, None))
t(lambda: d.index(5, 0, None))
t(lambda: d.index())
class I:
    def __index__(self): return 2
print(d.index(7, I()), d.index(7, I(), I() ))
# count
print(d.count(5), d.count(8), d.count(5.0), [nan, nan].count(nan), [1, True, 1.0].count(1))
t(lambda: d.count())
t(lambda: d.count(1, 2))
t(lambda: [1].count(E()))
# clear/copy/reverse
e = [1, [2], 3]
f = e.copy(); print(f, f is e, f[1] is e[1])
e.reverse(); print(e)
e.clear(); print(e, f)
g = list(range(7)); g.reverse(); print(g)
g = []; g.reverse(); print(g)
t(lambda: g.reverse(1))
t(lambda: g.clear(1))
print(e.clear(), e.reverse())

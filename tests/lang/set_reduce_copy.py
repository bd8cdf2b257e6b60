def copy_via_reduce(o):
    cls, args, state = o.__reduce__()
    r = cls(*args)
    if state:
        r.__dict__.update(state)
    return r
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
f = frozenset('ab')
t(lambda: s.__reduce__())
t(lambda: sorted(f.__reduce__()[1][0]))
t(lambda: f.__reduce__()[0])
t(lambda: set().__reduce__())
t(lambda: frozenset().__reduce__())
class S(set):
    pass
x = S([1])
x.attr = 'a'
t(lambda: x.__reduce__())
class F(frozenset):
    pass
t(lambda: F([5]).__reduce__())
t(lambda: s.__reduce_ex__(2)[:2])
t(lambda: copy_via_reduce(s))
t(lambda: copy_via_reduce(f) is f)
t(lambda: copy_via_reduce({(1, 2), frozenset([3])}))
c = copy_via_reduce(x)
t(lambda: (type(c).__name__, c, c.attr))
d = copy_via_reduce(x)
t(lambda: (type(d).__name__, d, d.attr))
t(lambda: (type(y).__name__, y, y.attr))
dd = {'k': 1, 2: (3,)}
t(lambda: dd.__reduce_ex__(2)[1])
t(lambda: list(dd.__reduce_ex__(2)[4]))
t(lambda: copy_via_reduce(dd))
t(lambda: copy_via_reduce(dd))
class D(dict):
    pass
e = D(a=1)
e.z = 9
t(lambda: (type(copy_via_reduce(e)).__name__, copy_via_reduce(e), copy_via_reduce(e).z))
import _weakref as weakref
t(lambda: type(weakref.ref(s)).__name__)
t(lambda: type(weakref.ref(f)).__name__)
t(lambda: weakref.ref({}))
t(lambda: type(weakref.ref(D())).__name__)
t(lambda: type(weakref.ref(S())).__name__)
class S(set): pass
class F(frozenset):
    __slots__ = ('a',)
x = S(); print(x.__getstate__())
x.q = 1; print(x.__getstate__())
f = F(); f.a = 5; print(f.__getstate__()); print(f.__reduce__())
class G(set):
    def __getstate__(self): return 'custom'
print(G([1]).__reduce__())

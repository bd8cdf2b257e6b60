# weakref.ref / proxy on live objects, the _weakref API, subclassing ref,
# WeakValueDictionary and WeakSet basics.
import weakref, gc

class A:
    def __init__(self, v):
        self.v = v
    def m(self):
        return self.v * 2

a = A(3)
r = weakref.ref(a)
print(r() is a, r().v, type(r).__name__, weakref.ref is weakref.ReferenceType)
print(r.__callback__)
p = weakref.proxy(a)
print(p.v, p.m(), type(p).__name__)
p.v = 10
print(a.v)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
print(hash(r) == hash(a))
r2 = weakref.ref(a)
print(r == r2, r != r2)
print(weakref.getweakrefcount(a) >= 2, len(weakref.getweakrefs(a)) >= 2)

def f(): pass
print(weakref.ref(f)() is f)
print(weakref.ref(A)() is A)
s = {1}
try:
    weakref.ref(s)
    print("set ok")
except TypeError as e:
    print(e)

class K(weakref.ref):
    __slots__ = ("key",)
    def __new__(cls, ob, cb, key):
        self = weakref.ref.__new__(cls, ob, cb)
        self.key = key
        return self
    def __init__(self, ob, cb, key):
        super().__init__(ob, cb)
k = K(a, None, "thekey")
print(k.key, k() is a, isinstance(k, weakref.ref))

# WeakValueDictionary / WeakSet with live objects
d = weakref.WeakValueDictionary()
d["x"] = a
print(d["x"] is a, len(d), list(d.keys()))
ws = weakref.WeakSet([a, A])
print(len(ws), a in ws)
print(gc.isenabled(), isinstance(gc.collect(), int))

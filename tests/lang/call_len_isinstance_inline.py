# len() and isinstance() answered inline by CALL: the cases it must leave
# to the real call give the same answers and errors.
import weakref

class L(list):
    def __len__(self):
        return 42

class T(tuple):
    pass

class S(str):
    def __len__(self):
        return 7

class D(dict):
    pass

print(len([1, 2, 3]), len((1,)), len("h\u00e9llo"), len({1: 2, 3: 4}), len(""), len([]))
print(len(L([1])), len(T((1, 2))), len(S("abc")), len(D(a=1)))
print(len({1, 2}), len(frozenset()), len(b"abc"), len(range(10)), len(bytearray(3)))
for bad in (1, 2.5, None, object()):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    len(obj=[1])
except TypeError as e:
    print("TypeError:", e)

class A: pass
class B(A): pass
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "yes"
class M(metaclass=Meta): pass
class Fake:
    @property
    def __class__(self):
        return A

for obj, cls in [(1, int), (True, int), (1, bool), (1.5, float), (1, float), ("s", str),
                 ([], list), ((), tuple), ({}, dict), (None, type(None)), (None, object),
                 (B(), A), (A(), B), (B(), B), (A(), object), ("yes", M), ("no", M),
                 (Fake(), A), (Fake(), Fake), (L(), list), ([], L), (1, (str, int)),
                 (1, (str, float)), (int, type), (A, type), (M, Meta), (1, int | str),
                 (3, object), ([], object)]:
    print(type(obj).__name__, getattr(cls, "__name__", cls), isinstance(obj, cls))
a = A()
p = weakref.proxy(a)
print(isinstance(p, A), isinstance(p, weakref.ProxyType), isinstance(p, B))
for bad in (1, "x", [int]):
    try:
        isinstance(1, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, int, str)
except TypeError as e:
    print("TypeError:", e)

def shadowed():
    len = lambda x: "mine"
    isinstance = lambda x, y: "also mine"
    return len([1]), isinstance(1, int)
print(shadowed())
import builtins
saved = builtins.len
builtins.len = lambda x: -1
print(len([1, 2]))
builtins.len = saved
print(len([1, 2]))
# in a loop, hot
n = 0
for i in range(1000):
    n += len([i] * (i % 5)) + isinstance(i, int) + isinstance(i, str)
print(n)

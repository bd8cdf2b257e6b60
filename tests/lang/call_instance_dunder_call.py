# o(...) for instances whose class defines __call__ (its frame pushed by
# CALL): every kind of __call__, metaclasses, errors and tracebacks.
import traceback

class A:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1, *rest, **kw):
        return (self.k, x, y, rest, sorted(kw.items()))

class B(A):
    pass

class S:
    @staticmethod
    def __call__(x):
        return ("static", x)

class C:
    @classmethod
    def __call__(cls, x):
        return ("class", cls.__name__, x)

class G:
    def __call__(self, n):
        yield from range(n)

class N:
    pass

a = A(1)
print(a(2), a(2, 3), a(2, 3, 4, z=5), B(7)(0), a(x=9))
print(S()(1), C()(2), list(G()(3)))
n = N()
n.__call__ = lambda: "instance attribute"
try:
    n()
except TypeError as e:
    print("TypeError:", e)
N.__call__ = lambda self, v=0: ("added later", v)
print(n(), n(5))
del N.__call__
try:
    n()
except TypeError as e:
    print("TypeError:", e)
for args in [(), (1, 2, 3, 4)]:
    try:
        print(a(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    a(1, x=2)
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    instances = {}
    def __call__(cls, *args):
        if cls not in Meta.instances:
            Meta.instances[cls] = super().__call__(*args)
        return Meta.instances[cls]

class One(metaclass=Meta):
    def __init__(self, v):
        self.v = v

print(One(1).v, One(2).v, One(3) is One(4))

class Boom:
    def __call__(self):
        return 1 / 0

def outer():
    return Boom()()

try:
    outer()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])

class Deep:
    def __call__(self, n):
        return self(n - 1) if n else 0

try:
    Deep()(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(Deep()(50))
total = 0
add = A(3)
for i in range(1000):
    total += add(i)[1]
print(total)

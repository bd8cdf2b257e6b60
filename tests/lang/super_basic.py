class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c:" + cls.__name__
    x = "A.x"
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    def g(self): return super(B, self).f()
    x = "B.x"
    def getx(self): return super().x

b = B()
print(b.f(), B.c(), b.g(), b.getx())
print(super(B, b).f(), super(B, B).c())
s = super(B, b)
print(s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__)
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, b).nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(super(B, b)).startswith("<super: <class 'B'>, <B object>>"))

class Base:
    def __init__(self, v):
        self.v = v
class Derived(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
d = Derived(1, 2)
print(d.v, d.w)

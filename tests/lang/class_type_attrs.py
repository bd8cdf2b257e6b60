class A:
    "doc of A"
    x = 1
class B(A):
    pass
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, B.__doc__)
print(B.__bases__, B.__base__, B.__mro__)
print(type(A.__dict__).__name__, A.__dict__["x"], "x" in A.__dict__, "x" in B.__dict__)
try:
    A.__dict__["y"] = 2
except TypeError as e:
    print(type(e).__name__, e)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, repr(A))
A.__qualname__ = "Q"
print(repr(A))
try:
    A.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(int.__module__, int.__qualname__, object.__base__, int.__base__, bool.__mro__)
print(type.__name__, type(int.__dict__).__name__, int.__dict__["real"].__name__)
print(A.__subclasses__() == [B], object.__subclasses__().__class__.__name__)
B.y = 5
print(B().y)
del B.y
print(hasattr(B(), "y"))
A.x = 10
print(B.x, B().x)
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
print(type.__dict__["__name__"], type(type.__dict__["__name__"]).__name__)

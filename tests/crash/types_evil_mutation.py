class K:
    pass
class Evil:
    def __eq__(self, o):
        K.__bases__ = (object,)
        del K.attr
        return False
    def __hash__(self): return 1
K.attr = 1
d = {Evil(): 1}
try:
    print(d.get(Evil()))
except Exception as e:
    print(type(e).__name__)
class Meta(type):
    def mro(cls):
        return (cls, object)
class X(metaclass=Meta):
    pass
print(X.__mro__)
class Shifty:
    def __set_name__(self, owner, name):
        owner.other = Shifty()
        setattr(owner, name + "2", 1)
class Y:
    a = Shifty()
    b = Shifty()
print(sorted(k for k in Y.__dict__ if not k.startswith("__")))
class Z:
    def __init_subclass__(cls):
        cls.__bases__ = (object,)
try:
    class W(Z): pass
    print(W.__mro__)
except TypeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ("a",)
s = S()
try:
    s.__class__ = type("T", (), {"__slots__": ("a",)})
    print("ok class swap")
except TypeError as e:
    print(type(e).__name__)
for i in range(200):
    X = type("X%d" % i, (X,) if i % 2 else (object,), {"v": i})
print(X.v, len(X.__mro__))

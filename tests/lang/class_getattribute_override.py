class Counted:
    def __init__(self):
        object.__setattr__(self, "hits", 0)
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
    def m(self): return "m"
c = Counted()
c.a = 1
c.a; c.a; c.m()
print(c.hits)
class Raising:
    def __getattribute__(self, name):
        raise AttributeError("always " + name)
try:
    Raising().x
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Raising(), "x"), getattr(Raising(), "y", "dflt"))
class TypeErr:
    def __getattribute__(self, name):
        raise TypeError("boom")
try:
    hasattr(TypeErr(), "x")
except TypeError as e:
    print(type(e).__name__, e)

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

o = Logged()
o.a = 1
o.b = [2]
print(o.a, o.b)
del o.a
print(hasattr(o, "a"))
setattr(o, "c", 3)
delattr(o, "c")
try:
    delattr(o, "c")
except AttributeError as e:
    print(type(e).__name__, e)

class Frozen:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
try:
    Frozen().x = 1
except AttributeError as e:
    print(type(e).__name__, e)

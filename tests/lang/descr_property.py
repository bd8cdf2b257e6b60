class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("setting", v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def ro(self):
        return "read-only"

t = Temp()
t.celsius = 25
print(t.celsius)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
try:
    t.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.ro
except AttributeError as e:
    print(type(e).__name__, e)
p = property()
try:
    p.__get__(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.ro.fset, Temp.ro.fdel)
x = property(lambda self: 42)
class U:
    a = x
print(U().a)
try:
    U().a = 1
except AttributeError as e:
    print(type(e).__name__, e)

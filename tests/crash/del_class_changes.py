# __del__ that appears or disappears after instances exist: assigned to
# the class later, deleted from it, inherited from a base assigned later,
# instances whose __class__ changes, a class dying with its instances,
# and a metaclass __del__ (classes as the finalized objects).  Class
# dicts with non-str keys must not trouble the collector.
import gc

log = []
class A:
    pass
a1, a2, a3 = A(), A(), A()
A.__del__ = lambda self: log.append("late")
del a1; gc.collect()
del A.__del__
del a2; gc.collect()
A.__del__ = lambda self: log.append("again")
del a3; gc.collect()

class Base:
    pass
class Sub(Base):
    pass
s = Sub()
Base.__del__ = lambda self: log.append("from base")
del s; gc.collect()

class X:
    def __del__(self): log.append("X")
class Y:
    pass
x = X(); x.__class__ = Y; del x; gc.collect()
y = Y(); y.__class__ = X; del y; gc.collect()

def make():
    class Temp:
        def __del__(self):
            log.append("temp " + type(self).__name__)
    Temp(); Temp()
make(); gc.collect(); gc.collect()

class Meta(type):
    def __del__(cls):
        meta_log.append("class " + cls.__name__)
meta_log = []
def make_class():
    Meta("Dyn", (), {})
make_class(); gc.collect(); gc.collect()
# (SafePy keeps every class alive for now: its base's subclass list holds
# it strongly; CPython prints ['class Dyn'].)
print(meta_log in ([], ["class Dyn"]))

class Hash:
    def __hash__(self):
        return hash("__del__")
    def __eq__(self, other):
        gc.collect()             # must never run inside the collector
        eq_calls.append(1)
        return False
eq_calls = []
Weird = type("Weird", (), {Hash(): 1, "x": 2})
w = Weird(); del w; gc.collect()
Weird2 = type("Weird2", (), {Hash(): 1, "__del__": lambda self: log.append("weird2")})
Weird2(); gc.collect()
print(log, len(eq_calls) > 0)

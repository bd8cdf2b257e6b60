import types, sys
m = types.ModuleType("mymod", "the doc")
print(repr(m), m.__name__, m.__doc__, sorted(m.__dict__))
m.x = 5
print(m.x, m.__dict__["x"])
try:
    m.y
except AttributeError as e:
    print(type(e).__name__, e)
m.__getattr__ = lambda name: "dyn_" + name
print(m.anything)
print(repr(sys), type(sys).__name__, type(sys) is types.ModuleType)
try:
    sys.nonexistent_attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    types.ModuleType()
except TypeError as e:
    print(type(e).__name__, e)
class MyMod(types.ModuleType):
    def hello(self): return "hi from " + self.__name__
mm = MyMod("sub")
print(mm.hello(), isinstance(mm, types.ModuleType))
print("x" in dir(m))

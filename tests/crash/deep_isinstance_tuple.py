# isinstance/issubclass with nested class tuples and recursive
# __instancecheck__/__subclasscheck__: RecursionError, never a crash.
t = int
for i in range(200000):
    t = (t,)
for f in (lambda: isinstance(1, t), lambda: issubclass(int, t), lambda: isinstance("x", t)):
    try:
        print(f())
    except RecursionError:
        print("RecursionError")
class M(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls)
    def __subclasscheck__(cls, sub):
        return issubclass(sub, cls)
class C(metaclass=M):
    pass
for f in (lambda: isinstance(1, C), lambda: issubclass(int, C)):
    try:
        print(f())
    except RecursionError:
        print("RecursionError")
print(isinstance(1, ((str, (bytes, (int,))),)))

print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))))
print(isinstance("a", (int, float)), isinstance(None, type(None)), isinstance(int, type), isinstance(type, type))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(bool, bool), issubclass(int, bool))
for args in [(1, 1), (1, (int, 1))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1, int), (int, 1), (int, (str, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance(1, Magic), issubclass(str, Magic), issubclass(int, Magic))
print(isinstance(1, (Magic, int)))
class Proxy:
    @property
    def __class__(self): return int
print(isinstance(Proxy(), int), type(Proxy()) is Proxy)

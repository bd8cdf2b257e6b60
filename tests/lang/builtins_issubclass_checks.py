# issubclass: arg errors, tuples, __subclasscheck__, __bases__ protocol
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class Meta(type):
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, getattr(sub, '__name__', sub))
        return sub is int
class M(metaclass=Meta):
    pass
class A:
    pass
class B(A):
    pass
class AbsLike:
    __bases__ = ()
class Derived:
    __bases__ = (AbsLike(),)
class BadBases:
    __bases__ = 5
run("""
issubclass()
issubclass(1, int)
issubclass(int, 1)
issubclass(int, (str, 1))
issubclass(int, (int, 1))
issubclass(1, (int,))
issubclass(1, 1)
issubclass(int, int, int)
issubclass(int, cls=int)
issubclass(bool, int)
issubclass(int, bool)
issubclass(B, A)
issubclass(A, B)
issubclass(B, (str, (A,)))
issubclass(B, ())
issubclass(int, int | str)
issubclass(int, str | None)
issubclass(int, M)
issubclass(str, M)
issubclass(int, (str, M))
issubclass(B, object)
issubclass(type, object)
issubclass(object, type)
issubclass(Derived(), AbsLike())
issubclass(BadBases(), A)
issubclass(A, BadBases())
issubclass(int, list[int])
issubclass(list[int], list)
issubclass('a', 'b')
issubclass(None, int)
issubclass(int, None)
""")

# isinstance: tuples, nested tuples, unions, __instancecheck__, __class__
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
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__, type(obj).__name__)
        return obj == 'magic'
class M(metaclass=Meta):
    pass
class Fake:
    @property
    def __class__(self):
        return int
class Weird:
    def __instancecheck__(self, obj):
        return True
class Raiser(type):
    def __instancecheck__(cls, obj):
        raise ValueError('nope')
class R(metaclass=Raiser):
    pass
class BadClass:
    __class__ = 5
run("""
isinstance()
isinstance(1)
isinstance(1, 2)
isinstance(1, (int, 2))
isinstance(1, (str, 2))
isinstance(1, int, 3)
isinstance(1, cls=int)
isinstance(1, (str, (float, (int,))))
isinstance(1, ())
isinstance(1, ((),))
isinstance(1, int | str)
isinstance('a', int | None)
isinstance(None, int | None)
isinstance(True, int)
isinstance(1, bool)
isinstance('magic', M)
isinstance('other', M)
isinstance('magic', (int, M))
isinstance(M(), M)
isinstance(Fake(), int)
isinstance(Fake(), Fake)
isinstance(1, Weird())
isinstance(1, R)
isinstance(R(), R)
isinstance(BadClass(), int)
isinstance(1, list[int])
isinstance([], list)
isinstance(int, type)
isinstance(type, type)
isinstance(type, object)
isinstance(1, 'int')
isinstance(1, (int, 'x'))
isinstance(1, ('x', int))
""")

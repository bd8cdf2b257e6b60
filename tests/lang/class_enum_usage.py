import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), len(Color), Color.RED in Color)
print(Color.RED.name, Color.RED.value, isinstance(Color.RED, Color), type(Color).__name__)
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), Num(1), repr(Num.TWO))
class F(enum.Flag):
    A = enum.auto()
    B = enum.auto()
print(F.A | F.B, F.A in (F.A | F.B), repr(F.B))
class S(str, enum.Enum):
    X = "x"
print(S.X == "x", S.X.upper(), S("x"))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
print([c.name for c in Color.__mro__])

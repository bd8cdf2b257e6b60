# int subclasses: results are plain ints, overrides, repr, hashing, pickling hooks
class I(int):
    pass
class R(int):
    def __repr__(self):
        return "R(%d)" % int(self)
class A(int):
    def __add__(self, o):
        return "A.add"
    def __radd__(self, o):
        return "A.radd"
a, r = I(10), R(-3)
print(a, repr(a), r, str(r), repr(r), f"{r}", "%d %s" % (r, r), format(r, "5"))
for v in (a + 1, 1 + a, a * a, a - 1, -a, +a, abs(r), a // 3, a % 3, a ** 2, a << 1, a >> 1, a & 3, a | 16, a ^ 1, ~a, divmod(a, 3)[0], round(a), round(a, -1)):
    print(v, type(v).__name__, end="; ")
print()
print(A(1) + 1, 1 + A(1), A(1) + A(2), I(1) + A(2), A(5) - 1)
print(a == 10, hash(a) == hash(10), {a: 1}[10], a is not 10, isinstance(a, int), type(a) is I, I.__mro__[1].__name__)
print(I("ff", 16), I(b"12"), I(2.9), I(), I(x=0) if False else I(-0), I(True), type(I(True)).__name__)
print(a.real, type(a.real).__name__, a.numerator, type(a.numerator).__name__, a.bit_length(), a.to_bytes(2, "big"))
print(I.from_bytes(b"\x01\x00", "big"), type(I.from_bytes(b"\x01", "big")).__name__, a.__getnewargs__(), a.as_integer_ratio())
a.attr = 5
print(a.attr, a.__dict__, vars(a))
try:
    class S(int):
        __slots__ = ("x",)
except TypeError as e:
    print(type(e).__name__, e)
class S0(int):
    __slots__ = ()
s = S0(4)
print(s, hasattr(s, "__dict__"), S0() + 1, repr(S0()), str(I()), f"{I():x}", I() == 0, bool(I()), bool(I(2)))
try:
    s.y = 1
except AttributeError as e:
    print(type(e).__name__, e)
class N(int):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v * 2)
        o.extra = extra
        return o
n = N(21, "e")
print(n, n.extra, n + 0, [0, 1, 2][I(1)], "abc"[I(-1)], range(I(3)), list(range(10))[I(2):I(5)])
print(sorted([I(3), 1, R(2)]), max(I(3), 2), min(R(-5), I(0)), sum([I(1), I(2)]), type(sum([I(1), I(2)])).__name__)
big = I(2**100)
print(big, big + 1, hash(big) == hash(2**100), big.bit_length(), -big, big // I(2**50), bin(I(5)), hex(R(255)))

# float subclasses: results of operators are plain floats, overridden
# dunders win, __new__/__init__ interplay, repr/str overrides, and methods.
class F(float):
    pass
class G(float):
    def __repr__(self):
        return 'G(%s)' % float.__repr__(self)
    def __add__(self, other):
        return 'G.add'
    def __radd__(self, other):
        return 'G.radd'
class H(float):
    def __new__(cls, v, extra=0):
        obj = super().__new__(cls, v * 2)
        obj.extra = extra
        return obj
class P(float):
    __slots__ = ()
a, b = F(1.5), F(2.5)
for r in [a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, abs(F(-1.0)), divmod(a, b), round(a), round(a, 1),
          a.real, a.imag, a.conjugate(), float(a), a.__float__(), int(F(7.9)), F(2.0).__trunc__(), F(0.5).hex()]:
    print(repr(r), type(r).__name__)
print(type(round(F(2.5), 0)).__name__, type(F(3.0).as_integer_ratio()[0]).__name__, F(3.0).is_integer())
g = G(1.0)
print(repr(g), str(g), g + 1, 1 + g, g + g, g - 1, format(g, '.2f'), '%s %r' % (g, g), [g], f'{g}', f'{g!r}')
h = H(3, extra=5)
print(h, h.extra, type(h).__name__, H(1.5) == 3.0, hash(H(1.5)) == hash(3.0))
print(F('1e3'), F(b' 7 '), F(), F(True), F(2 ** 10), F.fromhex('0x1p-1'), type(F.fromhex('0x1p3')).__name__)
f = F(4.0)
f.attr = 'x'
print(f.attr, f.__dict__, isinstance(f, float), issubclass(F, float), F.__mro__[1].__name__)
try:
    P(1.0).attr = 2
except AttributeError as e:
    print(e)
print(F(1.0) == 1, F(1.0) < 2, sorted([F(3), 1.0, F(-2)]), max(F(1), F(2)), min(F(1.5), 1), sum([F(0.5), F(0.25)]))
class Weird(float):
    def __float__(self):
        return 99.0
    def __index__(self):
        return 5
w = Weird(1.25)
print(float(w), w + 0, '%.2f' % w, [1, 2, 3, 4, 5, 6][w] if False else '', int(w), round(w, 1), w == 1.25)
class BadFloat:
    def __float__(self):
        return 1
class SubRet:
    def __float__(self):
        return F(2.5)
try:
    float(BadFloat())
except TypeError as e:
    print(e)
r = float(SubRet())
print(r, type(r).__name__)
print(F.__name__, F.__qualname__, float.__name__, type(1.5).__name__, F.__base__.__name__)

# complex subclasses: operator results are plain complex, overridden
# dunders, __complex__ protocol, repr/format of subclasses.
class C(complex):
    pass
class R(complex):
    def __repr__(self):
        return 'R<%s>' % complex.__repr__(self)
class M(complex):
    def __mul__(self, other):
        return 'M.mul'
    def __rmul__(self, other):
        return 'M.rmul'
a, b = C(1, 2), C(3, -4)
for r in [a + b, a - b, a * b, a / b, a ** 2, a ** b, -a, +a, abs(b), a.conjugate(), complex(a), a.real, a.imag, 2 * a,
          a * 2.0, a + 1, 1 - a]:
    print(repr(r), type(r).__name__)
r = R(1, 1)
print(repr(r), str(r), f'{r}', format(r, ''), format(r, '.1f'), [r], '%s' % r, r == 1 + 1j, hash(r) == hash(1 + 1j))
m = M(2)
print(m * 3, 3 * m, m * m, m + 1, type(m + 1).__name__)
print(C('1+2j'), C(), C(5), C(real=1, imag=-1), C(1j, 1j), type(C(1j)).__name__, type(complex(C(2j))).__name__)
class WithComplex:
    def __complex__(self):
        return C(7, 8)
z = complex(WithComplex())
print(z, type(z).__name__)
class Ret:
    def __complex__(self):
        return 'nope'
try:
    complex(Ret())
except TypeError as e:
    print(e)
c = C(1)
c.tag = 'x'
print(c.tag, vars(c), isinstance(c, complex), C.__mro__[1].__name__)
print(C(2) == 2, C(2) != 2.0, {C(1): 'a'}[1], sorted([abs(C(3, 4)), abs(C(1))]))

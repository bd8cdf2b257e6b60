# Reflected operators: user classes, int/float/complex subclasses on the right of
# float and complex operands (the subclass method goes first).
class R:
    def __radd__(self, o): return 'R.radd'
    def __rsub__(self, o): return 'R.rsub'
    def __rmul__(self, o): return 'R.rmul'
    def __rtruediv__(self, o): return 'R.rtruediv'
    def __rfloordiv__(self, o): return 'R.rfloordiv'
    def __rmod__(self, o): return 'R.rmod'
    def __rpow__(self, o): return 'R.rpow'
    def __rdivmod__(self, o): return 'R.rdivmod'
    def __eq__(self, o): return 'R.eq'
    def __lt__(self, o): return 'R.lt'
    def __gt__(self, o): return 'R.gt'
class IS(int):
    def __radd__(self, o): return 'IS.radd'
    def __rtruediv__(self, o): return 'IS.rtruediv'
class FS(float):
    def __radd__(self, o): return 'FS.radd'
    def __rmul__(self, o): return 'FS.rmul'
    def __eq__(self, o): return 'FS.eq'
class CS(complex):
    def __radd__(self, o): return 'CS.radd'
r = R()
for a in (1.5, 2j):
    print(a + r, a - r, a * r, a / r, a == r, a < r, a > r, a ** r)
    if isinstance(a, float):
        print(a // r, a % r, divmod(a, r))
print(1.5 + IS(2), 1.5 / IS(2), IS(2) + 1.5, 1.5 + FS(1), FS(1) + 1.5, 2 * FS(3), 1.5 == FS(1), FS(1) == 1.5)
print(1.5 + CS(1), 2j + CS(1), CS(1) + 2j, 1 + CS(1), 2j + FS(1), FS(1) + 2j, 2j * FS(2), FS(2) * 2j)
print(round(2.675, IS(2)), round(2.675, True), (1.5).__round__(IS(0)))
class BadIdx:
    def __index__(self):
        raise ValueError('idx')
try:
    round(1.5, BadIdx())
except ValueError as e:
    print(e)

# Floor division and modulo where the exact quotient sits next to an
# integer: CPython computes them from fmod, so 1 // 0.1 is 9.0.
cases = [(1, 0.1), (0.7, 0.1), (-0.7, 0.1), (0.7, -0.1), (1e16, 3.0), (-1e16, 3.0), (2.0 ** 53 + 2, 3.0), (5.0, 0.5),
         (0.3, 0.1), (6.0, 0.2), (1e300, 1e-300), (1e-300, 1e300), (-1e-300, 1e300), (3.5, 1.75), (1e308, -1e-308),
         (7, 2.5), (-7, 2.5), (7, -2.5), (0.1, 0.01), (100.0, 0.3), (-100.0, 0.3), (2.2, 1.1), (4.35, 0.05)]
for a, b in cases:
    q, r = divmod(a, b)
    print(repr(a), repr(b), repr(a // b), repr(a % b), repr(q), repr(r), repr(q * b + r), q == a // b)
class F(float):
    def __floordiv__(self, other):
        return 'F//'
    def __rmod__(self, other):
        return 'F%r'
print(F(1) // 2, 2 % F(1), 2.0 % F(1), divmod(F(7), 2))

# math integer functions: isqrt, gcd, lcm, comb, perm, factorial, and
# floor/ceil/trunc on big values, with their errors.
import math
for n in [0, 1, 2, 3, 4, 15, 16, 17, 10 ** 20, 10 ** 40 + 1, 2 ** 127 - 1, 2 ** 200, True, False]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) ** 2)
for bad in [-1, -10 ** 30, 1.5, '4', None, 4.0]:
    try:
        print(math.isqrt(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 27),
      math.gcd(2 ** 100, 2 ** 60 * 3), math.gcd(*range(6, 600, 6)), math.gcd(True, 4))
print(math.lcm(), math.lcm(0), math.lcm(-12), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2, 3, 4, 5, 6),
      math.lcm(*range(1, 30)), math.lcm(2 ** 64, 3 ** 40))
for f in (math.gcd, math.lcm):
    for args in [(1.0, 2), (1, '2'), (None,), ([],)]:
        try:
            f(*args)
        except TypeError as e:
            print(f.__name__, e)
    try:
        f(a=1)
    except TypeError as e:
        print(f.__name__, e)
for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (100, 50), (10 ** 3, 3), (2 ** 70, 2), (52, 5), (6, True)]:
    print(n, k, math.comb(n, k), math.perm(n, k))
print(math.perm(5), math.perm(0), math.perm(10, None))
for args in [(-1, 2), (5, -1), (-1, -1), (5.0, 2), (5, 2.0), ('5', 2), (5,), (), (1, 2, 3), (2 ** 64, 2 ** 63)]:
    for f in (math.comb, math.perm):
        try:
            r = f(*args)
            print(f.__name__, args, r if r < 10 ** 20 else r.bit_length())
        except Exception as e:
            print(f.__name__, args, type(e).__name__, e)
for n in [0, 1, 5, 20, 21, 50, True]:
    print(n, math.factorial(n))
for bad in [-1, -10 ** 20, 5.0, 5.5, '5', None, 10 ** 30]:
    try:
        print(math.factorial(bad))
    except Exception as e:
        print(type(e).__name__, e)
big = [10 ** 30 + 0.0, -1e300, 1e20, 2.0 ** 80 + 2.0 ** 30, -2.5, 2.5, -0.0, 0.5, -0.5, 1e-300, 10 ** 50, -10 ** 50, True]
for x in big:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
for x in [float('inf'), float('-inf'), float('nan')]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(x)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
class Fl:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
    def __float__(self):
        return 1.5
class OnlyFloat:
    def __float__(self):
        return -2.5
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
for bad in ('x', None, OnlyFloat()):
    try:
        math.trunc(bad)
    except TypeError as e:
        print(e)
for bad in ('x', None):
    try:
        math.floor(bad)
    except TypeError as e:
        print(e)
    try:
        math.ceil(bad)
    except TypeError as e:
        print(e)

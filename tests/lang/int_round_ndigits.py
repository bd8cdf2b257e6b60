# round(int, ndigits): half-even on negative ndigits, types, huge values
vals = [0, 5, 15, 25, -5, -15, -25, 149, 150, 151, 250, 350, -250, -350, 1234567, -1234567, 10**20 + 5 * 10**9, 2**100, -(2**100)]
for v in vals:
    print(v, [round(v, n) for n in (-1, -2, -3, -9, -10, -20, -30, 0, 1, 5)])
for v in (5, 10**40, -10**40):
    for n in (-10**4, -41, -40, -39, 2**100, 2**63):
        print(round(v, n))
print(round(10**20000 + 1, -10001) == 10**20000, round(-10**20000, -10001) == -10**20000)
print(round(5 * 10**10000, -10001), round(6 * 10**10000, -10001) == 10**10001)
print(type(round(5)).__name__, type(round(5, 1)).__name__, type(round(True)).__name__, type(round(True, -1)).__name__, round(True, 0))
print(round(7, None), (7).__round__(), (17).__round__(-1))
for f in (lambda: (7).__round__(None), lambda: (5).__round__(1, 2), lambda: (5).__round__(ndigits=-1)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
for n in (1.0, "1", 1j):
    try:
        print(round(17, n))
    except TypeError as e:
        print(type(e).__name__, e)
class N:
    def __index__(self):
        return -1
print(round(15, N()), round(25, N()))
try:
    (5).__round__(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("R", n)
print(round(R()), round(R(), 3), round(R(), None))
for bad in ([], "5", None):
    try:
        print(round(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    round()
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(round(number=15, ndigits=-1), round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1e300, -300))

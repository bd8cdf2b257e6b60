# builtin pow(): 2 and 3 arguments, keywords, mixed types, __pow__/__rpow__
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.0, 3), pow(2, 0.5), pow(0, 0), pow(0.0, 0))
print(pow(2, 10, 1000), pow(-2, 3, 5), pow(2, 3, -5), pow(3, -1, 11))
print(pow(base=3, exp=4), pow(3, exp=4), pow(3, 4, mod=5))
try:
    pow(2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, exp=3, mod=None, z=1)
except TypeError as e:
    print(type(e).__name__, e)
for args in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (2j, 2, 3)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(pow(-8, 1/3)), pow(-1, 0.5), repr(pow(-2.0, 2)), repr((-8) ** (1/3)))
try:
    print(pow(0, -1))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(0.0, -1))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()), P() ** 5, 5 ** P())
try:
    print(pow(2, P(), 3))
except TypeError as e:
    print(type(e).__name__, e)
print((2).__pow__(10), (2).__pow__(10, 7), (2).__rpow__(10), (2).__pow__(2.0), (2).__rpow__(2.0), (3).__pow__(-1, 7))
print(True ** 5, 2 ** True, False ** 0, type(True ** True).__name__)
x = 3
x **= 4
print(x)
try:
    pow(2, 3, "5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(2 ** "3")
except TypeError as e:
    print(type(e).__name__, e)

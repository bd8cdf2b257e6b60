# ** and pow(): negative exponents, modulus, inverse, errors
for a in (0, 1, -1, 2, -2, 3, 10, -10):
    for b in (0, 1, 2, 3, 5, 31, 64, -1, -2):
        try:
            print(a, b, repr(a ** b))
        except ZeroDivisionError as e:
            print(a, b, type(e).__name__, e)
print(2 ** 200, (-3) ** 101, 7 ** 0, 0 ** 0, (-1) ** (2**100), (-1) ** (2**100 + 1), 1 ** (10**50))
print(repr(2 ** -1074), repr(2 ** -1075), repr(2 ** -1076), repr((-2) ** -3), repr(10 ** -5))
for b in (-1, -2, -1000):
    try:
        print(repr(0 ** b))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    print(2 ** -10000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(repr((10**400) ** -1))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((10**400) ** -2)
except OverflowError as e:
    print(type(e).__name__, e)
for args in [(2, 10, 1000), (2, 10, -1000), (-2, 11, 1000), (-2, 11, -1000), (3, 0, 1), (3, 0, -1), (0, 0, 7), (0, 0, -7),
             (5, 2**100, 97), (2**100, 2**100, 2**61 - 1), (7, 3, 1), (7, 3, -1), (123456789, 987654321, 10**20 + 39)]:
    print(args, pow(*args))
for args in [(3, -1, 7), (3, -1, -7), (3, -2, 7), (-3, -1, 7), (3, -1, 1), (3, -1, -1), (2**100, -1, 10**9 + 7),
             (5, -3, 2**64 + 13), (10**30 + 1, -1, 10**40 + 3)]:
    print(args, pow(*args))
for args in [(2, -1, 4), (0, -1, 5), (6, -1, 9), (2, 3, 0), (2, -1, 0), (4, -2, 8), (0, -1, 1)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
for args in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (2, "3", 5), (2, 3, None), ("2", 3, 5)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(pow(2, 3, None), pow(base=2, exp=5), pow(base=2, exp=5, mod=3), pow(True, True, 2), pow(2, True, False) if False else 0)
try:
    pow(2, 3, False)
except ValueError as e:
    print(type(e).__name__, e)
print(pow(-8, 1/3) if False else 0, repr(pow(2, -1)), repr(pow(-2, -1)))

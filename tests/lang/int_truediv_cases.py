# int / int: correctly rounded, huge, tiny, signs, errors
cases = [(1, 3), (-1, 3), (2, 3), (10**20, 3), (2**53 + 1, 1), (2**53 + 1, 2), (2**54 + 3, 4),
         (10**400, 10**399), (10**400, -10**390), (1, 10**400), (-1, 10**400), (10**300 * 7, 10**5),
         (2**1023, 1), (2**1024 - 2**970, 1), (3**700, 2**1000), (1, 2**1074), (1, 2**1075), (3, 2**1076),
         (2**1074 + 1, 2**2148), (12345678901234567890123, 98765432109876543210), (0, -5), (0, 10**100), (-0, 3)]
for a, b in cases:
    try:
        print(repr(a / b))
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for a, b in [(2**1024, 1), (10**400, 1), (-10**400, 3), (10**1000, 10**600), (1, 0), (10**100, 0), (0, 0)]:
    try:
        print(repr(a / b))
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(repr(True / 2), repr(7 / True), repr(-7 / 2), repr(7 / -2))
for x in (2**53 - 1, 2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**64 - 1, 2**1023 * 3 // 2):
    print(float(x), float(-x), x / 1 == float(x))
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2**1024 - 2**970 - 1), float(2**1024 - 2**971))
try:
    float(2**1024 - 2**970)
except OverflowError as e:
    print(type(e).__name__, e)

# pow with two and three arguments, negative exponents and moduli.
print(pow(2, 10), pow(2, -1), pow(-2, -2), 2 ** -3, (-8) ** -1)
print(pow(3, 200, 1000007), pow(3, 200, -1000007), pow(-3, 201, 1000007))
print(pow(3, -1, 7), pow(10, -2, 17), pow(-3, -1, 7), pow(3, -1, -7))
print(pow(2, 0, 1), pow(0, 0, 5), pow(5, 3, 1))
print(pow(12345678901234567890, 98765, 10 ** 20 + 39))
for args in ((2, -1, 4), (2, 3, 0), (0, -1, 5), (6, -1, 9)):
    try:
        print(pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    print(pow(2, 3, 4.0))
except TypeError as e:
    print(type(e).__name__, e)

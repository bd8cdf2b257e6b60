# int / int is correctly rounded, even for huge operands.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, 0 / -5)
print(10 ** 30 / 10 ** 10, (10 ** 30 + 1) / 3, 2 ** 1100 / 2 ** 1000)
print(1 / 2 ** 1100, 3 / 2 ** 1074, 2 ** 1023 * 3 // 2 / 2 ** 50)
print((2 ** 53 + 1) / 1, (2 ** 54 + 3) / 2)
print(10 ** 400 // 10 ** 399 / 3)
for expr in ("10 ** 400 / 3", "2 ** 1100 / 3"):
    try:
        print(eval(expr))
    except OverflowError as e:
        print(type(e).__name__, e)
print(123456789123456789123456789 / 987654321987654321)

# round() on ints: negative ndigits round half to even.
for v in (5, 15, 25, 35, -25, 1234, 1250, 1350, -1250, 10 ** 30 + 5 * 10 ** 9):
    print(v, round(v), round(v, 0), round(v, 1), round(v, -1), round(v, -2), round(v, -10), round(v, -40))
print(type(round(5)).__name__, type(round(5, -1)).__name__, round(5, None))

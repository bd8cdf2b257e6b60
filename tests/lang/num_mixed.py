# Mixed int/float/complex arithmetic and type promotion.
print(1 + 2.0, 2 * 1.5, 3 - 1j, 1 / 2, 4 / 2, type(4 / 2).__name__, 7 // 2.0, 2 ** 0.5, 2 ** -1)
print(True + 1.5, 1j * True, 10 ** 20 * 1.0, 10 ** 20 + 0.5, 2 ** 100 / 2 ** 99, 1.0 * 2 ** 1000 / 2 ** 999)
print(sum([1, 2.5, 3]), sum([1j, 2, 3.5]), max(1, 2.5, True), min(3, 2.0))
x = 5
x += 2.5
print(x, type(x).__name__)
y = 2
y **= 100
y //= 3
y %= 1000
y <<= 3
y |= 1
print(y)
try:
    1.0 + 10 ** 400
except OverflowError as e:
    print(type(e).__name__, e)

# Arbitrary precision: results that cross the small-int boundary both ways.
a = 2 ** 62
print(a, a - 1, a + 1, -a, -a - 1)
print(a * a, a * a // a == a, (a * a) - (a * a) + 5)
x = 12345678901234567890123456789
y = 98765432109876543210
print(x + y, x - y, y - x, x * y)
print(x // y, x % y, -x // y, -x % y, x // -y, x % -y)
print(divmod(x, y), divmod(-x, y))
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(f // (f // 7), f % 1000003)
print(3 ** 200)
print((3 ** 200) // (3 ** 199), (3 ** 200) % (3 ** 199 + 1))
print(2 ** 64 - 1, -(2 ** 64), 2 ** 63, -(2 ** 63))
print(10 ** 40 // 10 ** 20 == 10 ** 20)

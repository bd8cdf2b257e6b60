# Products large enough for the Karatsuba path, checked by identities.
a = 7 ** 3000 + 12345
b = 11 ** 2500 - 98765
p = a * b
print(p % 1000000007, p // a == b, p % a, p % b)
print((a + b) * (a - b) == a * a - b * b)
sq = a * a
print(sq % 999999937, sq // a == a)
c = 3 ** 5000
print(c * c // c == c, (c * c) % (10 ** 9 + 9))
print(len(str(2 ** 10000)))
print(str(2 ** 10000)[:30], str(2 ** 10000)[-30:])

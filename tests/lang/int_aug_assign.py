# augmented assignment on ints (small <-> big transitions), and in containers
x = 2**62 - 1
x += 1
print(x, type(x).__name__)
x -= 1
print(x)
x *= x
print(x)
x //= 2**61
print(x)
x %= 10**9
print(x)
x **= 3
print(x)
x <<= 100
print(x)
x >>= 99
print(x)
x &= 0xffff
print(x)
x |= 2**80
print(x)
x ^= 2**80
print(x)
x /= 3
print(x)
n = -2**63
n -= 1
print(n, n + 1, -n, abs(n), n // -1, n % 7)
d = {"a": 2**64}
d["a"] += 1
L = [1, 2**70]
L[1] *= -2
L[0] <<= 65
print(d, L)
class C:
    v = 5
c = C()
c.v **= 100
print(c.v)
i = 0
for _ in range(100):
    i += 2**60
print(i, i // 100 == 2**60)
t = 1
for k in range(1, 60):
    t *= k
print(t, t.bit_length())
while t > 1:
    t //= 7
print(t)

# math.isqrt, gcd, lcm, comb and perm on pseudo-random big ints, checked
# against their definitions and printed.
import math
state = 99991
def rnd(bits):
    global state
    r = 0
    for _ in range((bits + 62) // 63):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        r = (r << 63) | (state >> 1)
    return r >> ((bits + 62) // 63 * 63 - bits)
for bits in [1, 2, 10, 52, 53, 54, 63, 64, 65, 100, 127, 128, 129, 500, 1000]:
    n = rnd(bits)
    r = math.isqrt(n)
    assert r * r <= n < (r + 1) * (r + 1)
    print(bits, r % 10 ** 12, r.bit_length(), math.isqrt(r * r) == r, math.isqrt(r * r - 1) == r - 1 if r else '')
for _ in range(12):
    a, b, c = rnd(90), rnd(70), rnd(40) + 1
    g = math.gcd(a * c, b * c)
    l = math.lcm(a, b, c)
    assert g % c == 0 and (a == 0 or l % a == 0)
    print(g % 10 ** 9, l.bit_length(), math.gcd(a, -b) == math.gcd(-a, b), math.lcm(-a, b) == math.lcm(a, -b))
for n in range(0, 40, 6):
    print(n, [math.comb(n, k) for k in range(0, n + 1, 4)], [math.perm(n, k) for k in range(0, 6)])
print(math.comb(1000, 500) % 10 ** 20, math.perm(200, 100).bit_length(), math.factorial(300) % (10 ** 30 + 7))
print(math.comb(10 ** 6, 3), math.perm(10 ** 9, 2), math.comb(2 ** 100, 1) == 2 ** 100, math.comb(2 ** 100, 2 ** 100 - 2))

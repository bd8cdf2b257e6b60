# big division: q*b + r == a, 0 <= r < b, many sizes and signs, residues printed
def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed
g = lcg(7)
def rand_big(bits):
    n = 0
    while n.bit_length() < bits:
        n = (n << 64) | next(g)
    return n >> (n.bit_length() - bits)
for abits, bbits in [(64, 32), (128, 64), (200, 100), (1000, 999), (1000, 1000), (1000, 1), (5000, 2500), (10000, 64), (10000, 9000), (20000, 10000), (3000, 33), (97, 96)]:
    a, b = rand_big(abits), rand_big(bbits)
    for sa, sb in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        x, y = sa * a, sb * b
        q, r = divmod(x, y)
        assert q * y + r == x
        assert (0 <= r < y) if y > 0 else (y < r <= 0)
        assert q == x // y and r == x % y
    print(abits, bbits, q % 1000003, r % 1000003, (a // b).bit_length(), a % b == a - (a // b) * b)
# divisors with top limb patterns that stress the quotient estimate
for b in (2**64 - 1, 2**96 - 2**32 + 1, 2**63 + 1, (2**32 - 1) * 2**64 + 2**32 - 1, 2**128 - 2**64, 0xffffffff00000000ffffffff):
    for a in (2**300 - 1, 2**300 + 2**150, (2**400 - 1) // 3, b * b * b - 1, b * (b + 1)):
        q, r = divmod(a, b)
        assert q * b + r == a and 0 <= r < b
        print(q % 999983, r % 999983)
print(divmod(10**1000, 10**500 + 1)[1] % 10**10, (10**1000) // (10**999), (-10**1000) // 3 % 7)

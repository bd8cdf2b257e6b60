# big multiplication (schoolbook and Karatsuba sizes) checked by identities and residues
def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed
g = lcg(42)
def rand_big(bits):
    n = 0
    while n.bit_length() < bits:
        n = (n << 64) | next(g)
    return n >> (n.bit_length() - bits)
for bits in (32, 64, 100, 1000, 1535, 1536, 1537, 3000, 6000, 20000, 50000):
    a, b, c = rand_big(bits), rand_big(bits // 2 + 7), rand_big(bits + 33)
    ab = a * b
    assert ab == b * a
    assert a * (b + c) == ab + a * c
    assert (a + b) * (a - b) == a * a - b * b
    assert ab // b == a and ab % b == 0
    p = 2**61 - 1
    assert ab % p == (a % p) * (b % p) % p
    print(bits, ab.bit_length(), ab % 1000000007, (a * a) % 998244353, (-a * b) % 65537, hash(ab))
x = 3 ** 20000
y = 7 ** 15000
print((x * y) % (10**9 + 9), (x * x) % (10**9 + 9), (x * y).bit_length(), x * 0, x * 1 == x, x * -1 == -x)
print((2**100000 - 1) * (2**100000 + 1) == 2**200000 - 1)
print(((10**5000 + 1) * (10**5000 - 1)) % 10**20)

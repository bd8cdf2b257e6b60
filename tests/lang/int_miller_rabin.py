# modular arithmetic workload: Miller-Rabin, modular inverses, CRT with big moduli
def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(2, 200) if is_probable_prime(n)][-5:])
for e in (61, 89, 107, 127):
    print(e, is_probable_prime(2**e - 1), is_probable_prime(2**e + 1))
print(is_probable_prime(10**30 + 57), is_probable_prime(10**30 + 1), is_probable_prime(2**255 - 19))
p, q = 2**127 - 1, 2**89 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
msg = 123456789123456789
c = pow(msg, e, n)
print(d % 10**12, c % 10**12, pow(c, d, n) == msg, e * d % phi)
def crt(residues, moduli):
    M = 1
    for m in moduli:
        M *= m
    x = 0
    for r, m in zip(residues, moduli):
        Mi = M // m
        x += r * Mi * pow(Mi, -1, m)
    return x % M
ms = [2**61 - 1, 2**31 - 1, 10**9 + 7, 998244353]
v = 3**100
print(crt([v % m for m in ms], ms) == v % (ms[0] * ms[1] * ms[2] * ms[3]), crt([1, 2, 3, 4], ms) % 10**9)
for a, m in [(2, 2**64), (3, 2**64), (10**20, 10**20 + 1), (-7, 10**30 + 57), (2**100, 3**70)]:
    try:
        inv = pow(a, -1, m)
        print(inv, a * inv % m)
    except ValueError as e:
        print(type(e).__name__, e)
print(pow(-2, 3, 2**70), pow(2, 2**100, 2**61 - 1), pow(2**200, -3, 3**50 + 2), pow(0, 0, 1), pow(5, 0, -1), pow(-5, 1, -7))

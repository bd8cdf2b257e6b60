# the pidigits spigot (big-int mul, add, divmod, compare) for 600 digits
def pidigits(n):
    i = k = ns = 0
    k1 = 1
    a, d, t, u = 0, 1, 0, 0
    nn, dd = 1, 1
    out = []
    while True:
        k += 1
        t = nn << 1
        nn *= k
        a += t
        k1 += 2
        a *= k1
        dd *= k1
        if a >= nn:
            t, u = divmod(nn * 3 + a, dd)
            u += nn
            if dd > u:
                ns = ns * 10 + t
                i += 1
                if i % 10 == 0:
                    out.append("%010d\t:%d" % (ns, i))
                    ns = 0
                if i >= n:
                    break
                a -= dd * t
                a *= 10
                nn *= 10
    return out
lines = pidigits(600)
print(len(lines))
print("\n".join(lines[:3]))
print("\n".join(lines[-3:]))
# Machin's formula with big fixed point
def arctan_inv(x, scale):
    total = term = scale // x
    x2, n, sign = x * x, 3, -1
    while term:
        term //= x2
        total += sign * (term // n)
        sign, n = -sign, n + 2
    return total
scale = 10 ** 1010
pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
s = str(pi // 10 ** 10)
print(s[:50], s[-50:])
print("".join(l[:10] for l in lines) == s[:600])

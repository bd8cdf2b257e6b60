# Result order of set operations (which table is walked, how the result is
# sized) must match CPython: results are printed as lists.
class LCG:
    def __init__(self, seed):
        self.x = seed
    def randrange(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.x >> 33) % n
r = LCG(2024)
words = ['w%d' % i for i in range(60)] + ['alpha', 'beta', 'gamma', 'é', '中', b'bytes', (1, 2), 3.5, -7]
def rset(maxn):
    return {words[r.randrange(len(words))] if r.randrange(2) else r.randrange(200) for _ in range(r.randrange(maxn))}
for n in range(16):
    a, b = rset(30), rset(30)
    c = rset(10)
    la, lb = list(b), dict.fromkeys(b)
    out = [
        list(a | b), list(b | a), list(a & b), list(b & a), list(a - b), list(b - a), list(a ^ b), list(b ^ a),
        list(a.union(la)), list(a.union(lb)), list(a.union(la, c)), list(a.union(iter(la))),
        list(a.intersection(la)), list(a.intersection(lb)), list(a.intersection(la, c)), list(a.intersection(iter(la))),
        list(a.difference(la)), list(a.difference(lb)), list(a.difference(la, c)), list(a.difference(iter(la))),
        list(a.symmetric_difference(la)), list(a.symmetric_difference(lb)), list(a.symmetric_difference(iter(la))),
        list(frozenset(a) | b), list(frozenset(a) & frozenset(b)),
    ]
    for meth in ('update', 'intersection_update', 'difference_update', 'symmetric_difference_update'):
        for arg in (b, la, lb, iter(la)):
            x = set(a)
            getattr(x, meth)(arg)
            out.append(list(x))
    x = set(a)
    x |= b
    out.append(list(x))
    x &= c | a
    out.append(list(x))
    x ^= b
    out.append(list(x))
    x -= c
    out.append(list(x))
    print(n, out)
big1 = set(range(0, 1200, 3))
big2 = set(range(0, 1200, 5))
print(list(big1 & big2)[:20], list(big2 & big1)[:20])
print(list(big1 ^ big2)[:20], list(big1 - big2)[-20:])
s = set()
for i in range(100):
    s.add('k%d' % i)
    if i % 3 == 0:
        s.discard('k%d' % (i // 2))
print(list(s))
print(list(s.copy()), list(set(s)), list(frozenset(s)))

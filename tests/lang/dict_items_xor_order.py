# Set operations between dict views: results compared as lists, so the
# iteration order of the resulting sets must match CPython's.
class LCG:
    def __init__(self, seed):
        self.x = seed
    def randrange(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.x >> 33) % n
    def sample(self, pop, k):
        pop = list(pop)
        out = []
        for _ in range(k):
            out.append(pop.pop(self.randrange(len(pop))))
        return out
random = LCG(12345)
def rnd():
    return {random.randrange(24): random.randrange(3) for _ in range(random.randrange(14))}
for n in range(30):
    d, e = rnd(), rnd()
    out = [
        list(d.items() ^ e.items()),
        list(d.items() | e.items()),
        list(d.items() & e.items()),
        list(d.items() - e.items()),
        list(d.keys() ^ e.keys()),
        list(d.keys() | e.keys()),
        list(d.keys() & e.keys()),
        list(d.keys() - e.keys()),
        list(d.keys() ^ set(e)),
        list(set(d) ^ e.keys()),
        list(list(d) - e.keys()),
        list(d.keys() & list(e)),
        list(list(d) & e.keys()),
        list(d | e.items()),
        list(d.keys() | e),
        list(d.items() ^ e.keys()),
        list(d.keys() ^ e.items()),
        d.keys().isdisjoint(e), d.items().isdisjoint(e.items()),
    ]
    print(n, out)
# string keys (SipHash order)
words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split()
for n in range(20):
    d = {w: random.randrange(2) for w in random.sample(words, random.randrange(8))}
    e = {w: random.randrange(2) for w in random.sample(words, random.randrange(8))}
    print(list(d.items() ^ e.items()), list(d.keys() & e.keys()), list(e.keys() - d.keys()))

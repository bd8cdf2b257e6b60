# merge sort on large inputs with long runs and many ties (galloping paths): stability and order
x = 7
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2**31
    return x % n
def check(data, key=None, reverse=False):
    k = key or (lambda v: v)
    got = sorted(data, key=key, reverse=reverse)
    dec = sorted(range(len(data)), key=lambda i: (k(data[i]), -i if reverse else i), reverse=reverse)
    want = [data[i] for i in dec]
    return got == want
patterns = {
    'few': [rnd(4) for _ in range(300)],
    'runs': sum(([i] * 40 for i in (5, 1, 4, 2, 3)), []),
    'ascdesc': list(range(120)) + list(range(120, 0, -1)) + list(range(60)),
    'organ': list(range(150)) + list(range(150, 0, -1)),
    'blocks': sum((list(range(b, b + 60)) for b in (240, 0, 120, 60, 180)), []),
    'sawtooth': [i % 37 for i in range(300)],
    'nearly': [i if i % 100 else 0 for i in range(300)],
    'random': [rnd(10**6) for _ in range(300)],
    'twovals': [rnd(2) for _ in range(300)],
}
for name, data in patterns.items():
    pairs = [(v, i) for i, v in enumerate(data)]
    print(name, check(data), check(data, reverse=True),
          check(pairs, key=lambda p: p[0]), check(pairs, key=lambda p: p[0], reverse=True),
          sorted(data)[::50])
class Rec:
    def __init__(self, k, i): self.k, self.i = k, i
    def __lt__(self, o): return self.k < o.k
recs = [Rec(rnd(5), i) for i in range(300)]
recs.sort()
print(all((a.k, a.i) < (b.k, b.i) for a, b in zip(recs, recs[1:])))
recs.sort(reverse=True)
print(all(a.k > b.k or (a.k == b.k and a.i < b.i) for a, b in zip(recs, recs[1:])))

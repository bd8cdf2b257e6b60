# zip with many iterables, generators, unpacking, strict with many arguments
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(zip(*m)), list(map(list, zip(*m))), list(zip(*zip(*m))))
print(list(zip(*[range(i, i + 3) for i in range(10)]))[1])
gens = [(c * k for k in range(1, 4)) for c in 'abc']
print(list(zip(*gens)))
t(lambda: list(zip(*[range(3)] * 5, range(2), strict=True)))
t(lambda: list(zip(*[range(3)] * 5, range(4), strict=True)))
t(lambda: list(zip(range(2), *[range(3)] * 5, strict=True)))
t(lambda: list(zip(range(3), range(3), range(3), range(2), range(3), strict=True)))
print(list(zip(range(3), 'abc', [True] * 3, strict=True)))
d = {'x': 1, 'y': 2}
print(list(zip(d, d.values(), d.items())))
a, b = zip(*[(1, 'a'), (2, 'b')]); print(a, b)
it = iter(range(10))
print(list(zip(it, it)), list(zip(it, it)))
it = iter(range(7))
print(list(zip(it, it, it)), list(it))
print(list(zip('abc', range(10**30))), list(zip(range(10**30), 'ab')))
print(sorted(zip([3, 1, 2], 'xyz')), dict(zip(range(3), zip('ab', 'cd'))))
class Counter:
    def __init__(self): self.calls = 0
    def __iter__(self): return self
    def __next__(self):
        self.calls += 1
        if self.calls > 3: raise StopIteration
        return self.calls
c1, c2 = Counter(), Counter()
print(list(zip(c1, [1])), c1.calls)
c1 = Counter()
print(list(zip([1], c1)), c1.calls)

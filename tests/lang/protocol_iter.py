class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), tuple(Count(2)), sum(Count(4)))
it = iter(Count(1))
print(next(it), next(it, "end"))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
class NotIterable:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
class Gen:
    def __iter__(self):
        yield from range(3)
print(list(Gen()), 2 in Gen())
a, b, c = Count(3)
print(a, b, c)

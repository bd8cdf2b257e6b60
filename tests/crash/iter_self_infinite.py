# Iterators that return themselves, never end, or end and restart:
# zip/map/filter/enumerate/slicing consumers must stop where CPython
# stops; `in` on an infinite iterator stops at the first match; list(),
# sorted(), tuple() of a huge-but-finite iterator are not tried (the
# attack is the control flow, not the memory).
class Forever:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
f = Forever()
print(list(zip(range(3), f)), f.n)
print(list(zip(f, range(3))), f.n)       # zip pulls f once more before range ends
print(next(filter(lambda x: x > 30, f)), f.n)
print(next(map(lambda x: x * 2, f)))
print([x for _, x in zip(range(6), f)][2::3], f.n)
print(100 in f, f.n)
for i, x in enumerate(f):
    if i == 3:
        break
print(i, x)
print(any(x > 150 for x in f), f.n)
print(next(x for x in f if x >= 200))
out = []
for x in f:
    if x >= 205:
        break
    out.append(x)
print(out)
# an iterator that ends, then yields again (not "sticky")
class Flaky:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i % 3 == 0:
            raise StopIteration
        return self.i
fl = Flaky()
print(list(fl), list(fl), list(fl))
it = iter(fl)
print(list(zip(it, it)))
# __iter__ returning a non-iterator / another object's iterator
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NextNotCallable:
    def __iter__(self):
        return self
    __next__ = None
try:
    list(NextNotCallable())
except TypeError as e:
    print(type(e).__name__, e)
# __next__ raising StopIteration subclass / with value / other errors
class StopSub(StopIteration):
    pass
class S:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopSub('v')
print(list(S()))
class E:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError('next')
try:
    for _ in E():
        pass
except KeyError as e:
    print(type(e).__name__, e)
# iterator exhausted by another consumer midway
it = iter(range(10))
out = []
for x in it:
    out.append(x)
    out.append(next(it, None))
print(out)
# endless generators stopped by zip
def cycle(seq):
    while True:
        yield from seq
def count(n):
    while True:
        yield n
        n += 1
print(list(zip('abc', cycle([1, 2]), count(5), iter(int, 1))))

# reversed(): sequences, __reversed__, errors, length hints, mutation during iteration
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
print(list(reversed(b'ab')), list(reversed(bytearray(b'xy'))), list(reversed({1: 2, 3: 4})), list(reversed({}.keys())))
print(list(reversed({1: 'a', 2: 'b'}.values())), list(reversed({1: 'a', 2: 'b'}.items())))
t(lambda: reversed({1, 2}))
t(lambda: reversed(5))
t(lambda: reversed(iter([1])))
t(lambda: reversed())
t(lambda: reversed([], []))
t(lambda: reversed(seq=[1]))
t(lambda: reversed(x for x in [1]))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if 0 <= i < 3: return i * 10
        raise IndexError(i)
r = reversed(Seq())
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
class NoLen:
    def __getitem__(self, i): return i
t(lambda: reversed(NoLen()))
class NoGet:
    def __len__(self): return 1
t(lambda: reversed(NoGet()))
class Rev:
    def __reversed__(self): return iter('zyx')
print(list(reversed(Rev())))
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(lambda: reversed(RevNone()))
class RevBad:
    def __reversed__(self): return 5
print(reversed(RevBad()))
class BadLen:
    def __len__(self): return -1
    def __getitem__(self, i): return i
t(lambda: reversed(BadLen()))
class LenRaise:
    def __len__(self): raise KeyError('len')
    def __getitem__(self, i): return i
t(lambda: reversed(LenRaise()))
class GetRaise:
    def __len__(self): return 2
    def __getitem__(self, i): raise KeyError(i)
t(lambda: list(reversed(GetRaise())))
class Shrink:
    def __init__(self): self.n = 4
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i
print(list(reversed(Shrink())))
class StopGet:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i == 1: raise StopIteration
        return i
t(lambda: list(reversed(StopGet())))
# lists mutating during reverse iteration
a = [1, 2, 3, 4]
r = reversed(a)
print(next(r), r.__length_hint__())
a.clear(); print(r.__length_hint__(), list(r))
a = [1, 2, 3, 4]
r = reversed(a)
next(r); a.append(5); print(list(r))
a = [1, 2, 3, 4]
r = reversed(a); next(r); del a[1:]; print(list(r))
a = [1, 2, 3, 4]
it = iter(a)
next(it); a.insert(0, 0); print(list(it), it.__length_hint__())
print(type(reversed([])).__name__, type(reversed(())).__name__, type(reversed('')).__name__, type(reversed(range(0))).__name__)
t(lambda: len(reversed([1])))
class R(reversed): pass
print(list(R([1, 2])), type(R('a')).__name__)
r = reversed((1, 2)); print(iter(r) is r, next(r), next(r), next(r, 'end'))
t(lambda: reversed.__new__(reversed, [1], 2))

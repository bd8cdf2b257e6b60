# list() constructor: iterables, __length_hint__, __len__ errors, subclasses
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(), list([]), list(()), list('abc'), list(range(3)), list({1: 2}), list(b'ab'))
print(list(x * 2 for x in range(3)), list(iter([1])), list(map(str, [1, 2])), list({3}))
t(lambda: list(1))
t(lambda: list(None))
t(lambda: list([1], [2]))
t(lambda: list(iterable=[1]))
t(lambda: list(x=1))
class LH:
    def __init__(self, hint): self.hint = hint
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return self.hint
for h in [0, 5, 10**6, NotImplemented]:
    print(h, list(LH(h)))
for h in [-1, 'x', 1.5, None, 2**100]:
    t(lambda: list(LH(h)))
class LHRaise:
    def __iter__(self): return iter([1])
    def __length_hint__(self): raise KeyError('hint')
t(lambda: list(LHRaise()))
class LHTypeErr:
    def __iter__(self): return iter([1])
    def __length_hint__(self): raise TypeError('hint')
t(lambda: list(LHTypeErr()))
class Len:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter('xy')
    def __len__(self): return self.n
for n in [0, 2, 100]:
    print(n, list(Len(n)))
for n in [-1, 'a', 2**100, 1.5]:
    t(lambda: list(Len(n)))
class LenRaise:
    def __iter__(self): return iter('z')
    def __len__(self): raise ValueError('len')
t(lambda: list(LenRaise()))
class LenTypeErr:
    def __iter__(self): return iter('z')
    def __len__(self): raise TypeError('len')
t(lambda: list(LenTypeErr()))
class Both:
    def __iter__(self): return iter('q')
    def __len__(self): return 1
    def __length_hint__(self): raise ValueError('never')
print(list(Both()))
class GI:
    def __getitem__(self, i):
        if i < 4: return i
        raise IndexError
print(list(GI()))
class GIStop:
    def __getitem__(self, i):
        if i < 2: return i
        raise StopIteration
print(list(GIStop()))
class BadIter:
    def __iter__(self): return 5
t(lambda: list(BadIter()))
class NotIt:
    __iter__ = None
t(lambda: list(NotIt()))
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
l = L('ab'); print(l, type(l).__name__, l.extra)
class L3(list):
    def __new__(cls, *a, **k): return super().__new__(cls)
    def __init__(self, *a, **k): super().__init__(a)
print(L3(1, 2, x=3))
m = [1, 2]; m.__init__('z'); print(m)
m.__init__(); print(m)
print(list.__new__(list), list.__new__(list, 1, 2))
for n in [2**50, 2**60, 2**63 - 1]:
    t(lambda: list(LH(n)))
t(lambda: list(range(2**62)))
t(lambda: list(range(2**63)))
t(lambda: tuple(range(2**63)))
t(lambda: [*range(2**64)])
t(lambda: [].extend(range(2**70)))

# iter(callable, sentinel) and the __getitem__ sequence iterator
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

n = 0
def count():
    global n
    n += 1
    return n
it = iter(count, 4)
print(type(it).__name__, iter(it) is it, list(it), list(it), n)
t(lambda: next(it))
print(list(iter(iter([1, 2, None, 3]).__next__, None)))
print(list(iter([5, 6, 0, 7]).__next__ and iter(iter([5, 6, 0, 7]).__next__, 0)))
t(lambda: iter(5, 1))
t(lambda: iter(None, 1))
t(lambda: iter(count, 1, 2))
t(lambda: iter())
t(lambda: iter(count, sentinel=1))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
def raiser():
    raise ValueError('inside')
t(lambda: list(iter(raiser, 1)))
class EqAll:
    def __eq__(self, o): return True
print(list(iter(count, EqAll())))
class EqRaise:
    def __eq__(self, o): raise KeyError('eq')
t(lambda: next(iter(count, EqRaise())))
vals = iter([1.0, 2, 3])
print(list(iter(lambda: next(vals), 2)))
nan = float('nan')
vals = iter([1, nan, 2])
print(list(iter(lambda: next(vals, 'stop'), 'stop'))[0], len(list(iter(lambda: nan, 5)) if False else []))
it = iter(lambda: 1, 1)
t(lambda: it.__length_hint__())
# sequence iterator over __getitem__
class S:
    def __getitem__(self, i):
        if i >= 3: raise IndexError('end')
        return i * i
it = iter(S())
print(type(it).__name__, list(it), list(it))
class S2:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(S2()))
class S3:
    def __getitem__(self, i):
        if i == 1: raise KeyError(i)
        return i
t(lambda: list(S3()))
class S4:
    def __getitem__(self, i): return i
    def __len__(self): return 2
it = iter(S4())
print(next(it), next(it), next(it), it.__length_hint__())
class S5:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
    __iter__ = None
t(lambda: iter(S5()))
print(3 in S(), 5 in S(), 4 in S())
class S6:
    def __getitem__(self, i):
        if i < 2: return 'ab'[i]
        raise IndexError
print(list(S6()), ''.join(S6()), tuple(S6()), sorted(S6()), [*S6()], dict.fromkeys(S6()))
a, b = S6(); print(a, b)
t(lambda: iter(S6()).__length_hint__())
class LenOnly:
    def __len__(self): return 1
t(lambda: iter(LenOnly()))
t(lambda: iter(object()))
t(lambda: next(5))
t(lambda: next([1]))
print(next(iter([]), 'dflt'), next(iter('a'), 'dflt'))
class NextOnly:
    def __next__(self): return 1
class IterRetNonIter:
    def __iter__(self): return NextOnly()
print(type(iter(IterRetNonIter())).__name__)
class IterRetBad:
    def __iter__(self): return [1]
t(lambda: iter(IterRetBad()))
class Loud:
    def __init__(self, name): self.name = name
    def __eq__(self, o):
        print('eq', self.name, getattr(o, 'name', o))
        return NotImplemented
vals = iter([Loud('v1'), Loud('v2')])
print(len(list(iter(lambda: next(vals), Loud('sent')))))
it = iter(S())
next(it)
print(it.__length_hint__())
class S7:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
    def __len__(self): return 1
it = iter(S7()); print(it.__length_hint__(), next(it), next(it), it.__length_hint__(), list(it), it.__length_hint__())

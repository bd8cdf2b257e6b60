# reversed() over user sequences and built-ins: index order, length hints, exhaustion
class Seq:
    def __init__(self, n): self.n = n; self.log = []
    def __len__(self): return self.n
    def __getitem__(self, i):
        self.log.append(i)
        if not 0 <= i < self.n: raise IndexError(i)
        return chr(97 + i)
s = Seq(4)
r = reversed(s)
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), s.log, r.__length_hint__(), list(r))
s = Seq(3)
r = reversed(s)
s.n = 1
print(list(r), s.log)
s = Seq(2)
r = reversed(s)
s.n = 5
print(r.__length_hint__(), list(r))
print(list(reversed(range(10, 0, -3))), list(reversed(range(2**70, 2**70 + 3))), list(reversed('ab\U0001f600')))
print(list(reversed((1, [2], (3,)))), list(reversed([[]])), ''.join(reversed('racecar')))
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
class WithRev(list):
    def __reversed__(self): return iter(['custom'])
print(list(reversed(WithRev([1, 2]))), list(reversed(list(WithRev([1, 2])))))

def t(f):
    try:
        r = f()
        print(type(r).__name__, sorted(r) if isinstance(r, (set, frozenset)) else r)
    except Exception as e:
        print(type(e).__name__, e)
class IterS(set):
    def __iter__(self):
        return iter([100, 200])
s = IterS([1, 2, 3])
t(lambda: list(s))
t(lambda: s | {9})
t(lambda: {9} | s)
t(lambda: s & {1, 100})
t(lambda: set(s))
t(lambda: frozenset(s))
t(lambda: s.copy())
t(lambda: s == {1, 2, 3})
t(lambda: s.issubset({1, 2, 3, 4}))
t(lambda: {1, 2, 3, 4}.issuperset(s))
t(lambda: len(s))
t(lambda: sorted(s))
t(lambda: [*s])
t(lambda: {1}.union(s))
t(lambda: {1}.intersection(s))
t(lambda: {100}.isdisjoint(s))
class ContS(set):
    def __contains__(self, x):
        return True
c = ContS([1])
t(lambda: 5 in c)
t(lambda: {5} <= c)
t(lambda: {1, 5} & c)
t(lambda: c.issuperset([5]))
class LenS(set):
    def __len__(self):
        return 42
l = LenS([1, 2])
t(lambda: len(l))
t(lambda: l == {1, 2})
t(lambda: bool(l))
t(lambda: l < {1, 2, 3})
class InitS(set):
    def __init__(self, *args, tag=None):
        super().__init__(*args)
        self.tag = tag
i = InitS([1, 2], tag='x')
t(lambda: (i.tag, sorted(i)))
t(lambda: type(i | {3}).__name__)
t(lambda: type(i.copy()).__name__)
t(lambda: getattr(i.copy(), 'tag', 'no tag'))
class NewF(frozenset):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
t(lambda: NewF([1, 2]))
t(lambda: type(NewF([1]) | NewF([2])).__name__)
t(lambda: NewF() == frozenset())
t(lambda: hash(NewF([1])) == hash(frozenset([1])))
class EqS(set):
    def __eq__(self, other):
        return 'custom'
    __hash__ = None
t(lambda: EqS() == set())
t(lambda: set() == EqS())
t(lambda: [EqS()].count(set()))
class AddS(set):
    def add(self, x):
        super().add(x * 10)
a = AddS()
a.add(1)
a.update([2])
a |= {3}
t(lambda: a)
t(lambda: {x for x in AddS([5])})
class ReprS(set):
    def __repr__(self):
        return 'ReprS!'
t(lambda: repr({frozenset([1])}))
t(lambda: repr([ReprS([1])]))
t(lambda: str(ReprS()))

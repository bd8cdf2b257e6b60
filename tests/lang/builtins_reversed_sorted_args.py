# reversed() and sorted(): argument errors
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])
class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return 'xy'[i]
class OnlyLen:
    def __len__(self):
        return 1
class NoneRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return 1
run("""
reversed()
reversed(1)
reversed([], 1)
reversed(seq=[])
list(reversed({1: 2, 3: 4}))
list(reversed(Rev()))
list(reversed(Seq()))
reversed(OnlyLen())
reversed(NoneRev())
reversed({1})
reversed(iter([]))
list(reversed(range(3)))
list(reversed('abc'))
sorted()
sorted(1)
sorted([], 1)
sorted([], x=1)
sorted(iterable=[])
sorted([1, 'a'])
sorted([], reverse='x')
sorted([], key=1)
sorted([1, 2], key=1)
sorted([3, 1, 2], reverse=True)
sorted([3, 1, 2], reverse=1)
sorted([3, 1, 2], reverse=0.0)
sorted([3, 1, 2], reverse=None)
sorted('bca', key=None)
sorted([1, 2], key=None, reverse=False)
sorted({3: 1, 1: 2})
sorted([[2], [1]], key=len)
""")

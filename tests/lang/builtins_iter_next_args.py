# iter() and next(): arguments and sentinel form
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class NotIt:
    def __iter__(self):
        return 5
class NoNext:
    pass
class GI:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
class Stopper:
    def __next__(self):
        raise StopIteration('val')
run("""
iter()
iter(1)
iter(1, 2)
iter(1, 2, 3)
iter(x=1)
iter([], x=1)
iter(NotIt())
list(iter(GI()))
next()
next(1)
next(iter([]), 1, 2)
next(x=1)
next([])
next(iter([]))
next(iter([]), 'dflt')
next(iter([1]), 'dflt')
next(NoNext())
next(Stopper())
next(Stopper(), 'd')
list(iter([3, 2, 1, 0].pop, 1))
list(iter(iter('abc').__next__, 'c'))
iter(len, 1).__class__.__name__
iter(GI()).__class__.__name__
next(iter(range(3)))
""")

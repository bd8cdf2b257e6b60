# hash() and repr(): errors and results
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class H:
    def __hash__(self):
        return 'x'
class HBig:
    def __hash__(self):
        return 2**100
class HNone:
    __hash__ = None
class R:
    def __repr__(self):
        return 5
class R2:
    def __repr__(self):
        return 'r2'
class SubInt(int):
    pass
class HSub:
    def __hash__(self):
        return SubInt(7)
run("""
hash()
hash([])
hash(1, 2)
hash(obj=1)
hash({})
hash(set())
hash((1, []))
hash(H())
hash(HBig()) == hash(2**100)
hash(HNone())
hash(HSub())
type(hash(HSub())).__name__
hash(-1)
hash(1.0) == hash(1)
hash(frozenset())
repr()
repr(1, 2)
repr(obj=1)
repr(R())
repr(R2())
repr([R2(), R2()])
""")

class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)

class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Both) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {Both(1): "one"}
print(d[Both(1)], Both(1) in {Both(1)}, len({Both(2), Both(2)}))

class Inherit(Both):
    pass
print(hash(Inherit(5)) == hash(5))

class EqSub(Both):
    def __eq__(self, o): return False
try:
    hash(EqSub(1))
except TypeError as e:
    print(type(e).__name__, e)

class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p in {p})
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
for v in [[], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)

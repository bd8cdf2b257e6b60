class N:
    def __init__(self, v): self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v * 2)
    def __invert__(self): return N(~self.v)
    def __abs__(self): return N(abs(self.v))
    def __index__(self): return self.v
    def __repr__(self): return f"N({self.v})"
print(-N(3), +N(3), ~N(3), abs(N(-3)))
print([10, 20, 30][N(1)], "abcdef"[N(1):N(3)], hex(N(255)), range(N(3)))
for op in ["-", "+", "~"]:
    try:
        eval(op + "'s'")
    except TypeError as e:
        print(e)
try:
    abs("s")
except TypeError as e:
    print(e)
try:
    [1][1.5]
except TypeError as e:
    print(e)
try:
    range("3")
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self): return "no"
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
import operator
print(operator.index(True), operator.index(N(7)))

# __index__ users: slicing, range, hex, bytes, list repeat, to_bytes length
class X:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class BadX:
    def __index__(self):
        return 2.5
class SubRet:
    def __index__(self):
        return True
print(hex(X(2**70)), hex(SubRet()), [1, 2][SubRet()])
for o in (1.5, "3", None, BadX(), [1]):
    try:
        print([1, 2, 3][:o])
    except TypeError as e:
        print(type(e).__name__, e)
L = list(range(10))
print(L[X(2)], L[X(-1)], L[X(1):X(4)], L[::X(3)], "abcdef"[X(1):X(-1)], range(X(5)), list(range(X(1), X(10), X(4))))
print(hex(X(255)), bin(X(-3)), oct(X(8)), bytes(X(3)), [0] * X(3), "ab" * X(2), (X(2) and 1))
print((1).to_bytes(X(2), "big"), round(1234, X(-2)), pow(2, X(10)) if False else "", range(10)[X(3)])
for o in (BadX(), X("s")):
    for f in (lambda: L[o], lambda: hex(o), lambda: range(o), lambda: "ab" * o):
        try:
            print(f())
        except TypeError as e:
            print(type(e).__name__, e)
try:
    print(L[2**70])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print([0] * 2**70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print((2**100).__index__() == 2**100, 1 .__index__())
print(int.__index__(True), type(int.__index__(True)).__name__, bool.__index__(False))

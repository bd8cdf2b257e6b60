# unary -, +, ~ and abs across the small/big boundary; -0 and identity-free checks
vals = [0, 1, -1, 2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63, -2**63, 2**64, -(2**64), 2**200, -(2**200)]
for v in vals:
    print(-v, +v, ~v, abs(v), -(-v) == v, ~~v == v, -v == ~v + 1, abs(-v) == abs(v), (-v).bit_length() == v.bit_length())
print(type(-True).__name__, -True, +False, type(+True).__name__, ~True, abs(-False))
for bad in ("x", [], None, {}):
    for op in (lambda: -bad, lambda: +bad, lambda: ~bad, lambda: abs(bad)):
        try:
            print(op())
        except TypeError as e:
            print(type(e).__name__, e)
class N:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
print(-N(), +N(), ~N())
print((5).__neg__(), (5).__pos__(), (5).__invert__(), (-5).__abs__(), int.__neg__(True), type(int.__pos__(True)).__name__)

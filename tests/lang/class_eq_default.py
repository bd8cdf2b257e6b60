class P: pass
a, b = P(), P()
print(a == a, a == b, a != b, a is not b)
print(P.__eq__ is object.__eq__, P.__hash__ is object.__hash__)
print(a.__eq__(b), a.__ne__(a), a.__ne__(b), a.__lt__(b))
class E:
    def __eq__(self, o): return "eq-result"
print(E() == 1, E() != 1)
class NeOnly:
    def __ne__(self, o): return "custom-ne"
print(NeOnly() != 1, NeOnly() == 1)
print(object.__eq__(1, 1), object.__eq__(1, 2))

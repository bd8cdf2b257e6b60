# int comparisons with many types: ==/!= fallback, ordering TypeErrors, reflected dunders
class Eq:
    def __eq__(self, o):
        return "Eq.eq"
    def __lt__(self, o):
        return "Eq.lt"
    def __gt__(self, o):
        return "Eq.gt"
print(1 == Eq(), 1 < Eq(), 1 > Eq(), Eq() == 1, 1 != Eq())
for other in ("1", None, [1], (1,), {1: 1}, b"1", 1j, object()):
    print(repr(other)[:10], 1 == other, 1 != other, other == 1)
    for op in ("<", "<=", ">", ">="):
        try:
            print(eval("1 %s other" % op))
        except TypeError as e:
            print(type(e).__name__, e)
print((5).__eq__("x"), (5).__lt__(None), (5).__eq__(5.0), (5).__ne__(5), (5).__le__(2**100), (5).__gt__(True))
print(2**100 == 2**100, 2**100 is not None, -2**100 < -2**99, 2**64 > 2**63, sorted([2**65, -2**65, 0, 2**64, -1]))
print(max([3, 2**70, -2**80, 7]), min(range(-5, 5)), [1, 2] < [1, 3], (1, 2**70) < (1, 2**71), {1, 2} == {2.0, 1.0})
print(1 == 1.0 == True, 0 == False == 0.0 == -0.0 == 0j, 2**53 + 1 == 2**53 + 1.0, (2**53 + 1) == float(2**53 + 1))
a = 10**30
b = 10**30
print(a == b, a is b or True, a <= b, a >= b, not a < b, hash(a) == hash(b))

# Every comparison operator on exact floats with floats and with ints
# around 2**53 (the fast paths), next to the cases they must leave to the
# general protocol: subclasses with their own methods, bools, big ints.
import operator

ops = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]
nan = float("nan")
inf = float("inf")
vals = [0.0, -0.0, 1.5, -1.5, 2.0 ** 53, 2.0 ** 53 + 2, -(2.0 ** 53), nan, inf, -inf, 1e300, 5e-324]
ints = [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 - 1, -(2 ** 53) - 1, 2 ** 62, -(2 ** 62), 2 ** 63 + 1, 10 ** 30]

for a in vals:
    print(a, [[int(op(a, b)) for op in ops] for b in vals])
for a in vals:
    print(a, [[int(op(a, i)) for op in ops] + [int(op(i, a)) for op in ops] for i in ints])

print(nan == nan, nan != nan, nan < nan, [nan] == [nan], (nan,) == (nan,))
print(0.0 == -0.0, -0.0 < 0.0, 1.0 == True, 0.0 < True, False <= -0.0)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(9007199254740992.0 < 9007199254740993, -9007199254740993 < -9007199254740992.0)

class F(float):
    def __lt__(self, other):
        return "F.__lt__"
    def __gt__(self, other):
        return "F.__gt__"

class G(float):
    pass

class I(int):
    def __ge__(self, other):
        return "I.__ge__"

print(F(1.0) < 2.0, 2.0 < F(1.0), F(1.0) > 2, 1 < F(3.0))
print(G(1.0) < 2.0, 2.0 <= G(2.0), G(3.0) == 3, 3 != G(3.0))
print(I(5) >= 4.0, 4.0 <= I(5), I(5) < 6.0)
print(sorted([3.5, 1, nan, -2.0, 2 ** 53 + 1, 0.5]))
print(max([1.0, 3, 2.5]), min(2.0, 1, 1.0), max(-0.0, 0.0), min(0, 0.0))
try:
    1.0 < "x"
except TypeError as e:
    print("TypeError", e)
try:
    None >= 2.5
except TypeError as e:
    print("TypeError", e)
print(1.0 == "1.0", 2.5 != None)

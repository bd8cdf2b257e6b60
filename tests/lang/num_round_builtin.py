# round() builtin dispatch: int, float, bool, subclasses, None ndigits, __round__ protocol
for v in (0, 5, -5, 15, 25, 2**70 + 5, -(2**70) - 5, True, False):
    print(round(v), round(v, None), round(v, 0), round(v, 1), round(v, -1), round(v, -2), type(round(v, -1)).__name__)
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e16 + 1, 123.456, -0.0, 1e300):
    print(repr(round(v)), repr(round(v, 2)), repr(round(v, -1)), type(round(v)).__name__)
for v in (float("inf"), float("-inf"), float("nan")):
    print(round(v, 1), end=" ")
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class I(int):
    pass
class F(float):
    pass
print(round(I(25), -1), type(round(I(25), -1)).__name__, round(I(7)), type(round(I(7))).__name__, round(F(2.5)), type(round(F(2.5), 1)).__name__)
class WithRound:
    def __round__(self, *args):
        return args
print(round(WithRound()), round(WithRound(), 2), round(WithRound(), None), round(WithRound(), ndigits=-3))
class NotRound:
    pass
try:
    round(NotRound())
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(5.5, "1")
except TypeError as e:
    print(type(e).__name__, e)
print(round(5, True), round(15, -True), round(-(10**50) - 5 * 10**40, -41))

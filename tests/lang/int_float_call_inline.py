# int(x) and float(x) of small ints and exact floats are answered in
# CALL without the type call (eval.c's call_inline); the rest as before.
import math

print(int(3), int(-7), int(0), int(2**61), int(-(2**62)))
print(int(3.9), int(-3.9), int(-0.0), int(0.5), int(1e18), int(4e18), int(-1e19), int(1e300) == 10**300 // 10**300 * int(1e300))
print(int(1.5e16 + 1.0), int(2.0**63), int(-(2.0**63)), int(2.0**64 + 2048.0))
for bad in (math.inf, -math.inf, math.nan):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
x = 2.5
print(float(x) is x, float(3), float(-0), float(2**53 + 1), float(2**60 + 1), float(-(2**61) - 1))
print(float(7) == 7, type(float(7)).__name__, type(int(7.0)).__name__)
# other argument types and counts take the type call
print(int(True), int("12"), int("ff", 16), int(b"7"), int(), float(), float("1.5"), float(True))
print(int(12.5 .__class__(3.7)), float(10**20), int(x=3) if False else int(" 42 "))
try:
    int(3, 10)
except TypeError as e:
    print("TypeError", e)
try:
    float(1, 2)
except TypeError as e:
    print("TypeError", e)


class F(float):
    pass


class I(int):
    pass


print(int(F(2.75)), type(int(F(2.75))).__name__, float(F(2.5)), type(float(F(2.5))).__name__)
print(int(I(5)), type(int(I(5))).__name__, float(I(5)))


# a shadowed name is whatever it is bound to
def shadow():
    int = lambda v: "shadowed %r" % (v,)
    float = str
    return int(2.5), float(3)


print(shadow())
total = 0
for i in range(1000):
    total += int(i * 0.37) + int(float(i) / 3.0)
print(total)

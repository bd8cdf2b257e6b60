# int() from floats, bools, and the __int__/__index__/__trunc__ protocol.
print(int(), int(3.9), int(-3.9), int(1e20), int(-0.0), int(True), int(2.5e-300))
print(int(1.2345678901234567e30))
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class A:
    def __int__(self): return 42
class B:
    def __index__(self): return 7
class C:
    def __trunc__(self): return 9
class D:
    def __int__(self): return "x"
print(int(A()), int(B()), int(C()))
for v in (D(), [], None, "1.5", 1j):
    try:
        int(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
try:
    int(x=5)
except TypeError as e:
    print(e)
# __int__ / __float__ overrides on subclasses win over the stored value.
class A(int):
    def __int__(self): return 42
    def __float__(self): return 1.5
class F(float):
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(A(5)), float(A(5)), int(F(3.0)), float(F(3.0)), A(5) + 0, F(3.0) + 0)

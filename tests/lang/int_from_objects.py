# int(x) from float, inf, nan, __int__, __index__, __trunc__
for f in (0.0, -0.0, 1.9, -1.9, 1e20, -1e20, 2.0**63, 2.0**64, 1e308, 5e-324, 123456789.987):
    print(repr(f), int(f))
for f in (float("inf"), float("-inf"), float("nan")):
    try:
        print(int(f))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class I:
    def __int__(self):
        return 42
class X:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 9
class IB:
    def __int__(self):
        return True
class Bad:
    def __int__(self):
        return "x"
class BadIdx:
    def __index__(self):
        return 1.5
class TI:
    def __trunc__(self):
        return X()
class TBad:
    def __trunc__(self):
        return "s"
print(int(I()), int(X()), int(IB()), type(int(IB())).__name__)
print(int(T()))
print(int(TI()))
for o in (Bad(), BadIdx(), TBad(), object(), [], None, 1j):
    try:
        print(int(o))
    except TypeError as e:
        print(type(e).__name__, e)
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
print(int(Both()), [10, 20, 30, 40, 50, 60, 70, 80][X()])
class Sub(int):
    pass
class SI:
    def __int__(self):
        return Sub(5)
r = int(SI())
print(r, type(r).__name__)
print(int(True), int(False), type(int(True)).__name__, int(Sub(3)), type(int(Sub(3))).__name__)

# abs, divmod builtins: ints, bools, floats, subclasses, errors
for v in (0, 5, -5, 2**62, -2**62, -2**62 - 1, -2**63, 2**100, -(2**100), True, False, -0.0, -1.5, float("-inf"), 3 - 4j):
    r = abs(v)
    print(repr(v) if not isinstance(v, int) or abs(v) < 10**20 else "big", repr(r) if abs(r) < 10**20 else "big", type(r).__name__)
class I(int):
    pass
print(abs(I(-3)), type(abs(I(-3))).__name__, abs(I(3)), type(abs(I(3))).__name__)
class A:
    def __abs__(self):
        return "abs!"
print(abs(A()))
for v in ("x", None, [], A):
    try:
        print(abs(v))
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 2.5), (True, 2), (2**70, 3), (-2**70, 7), (I(7), I(3))]:
    print(a, b, divmod(a, b), type(divmod(a, b)[0]).__name__)
for a, b in [("7", 2), (7, "2"), (None, 1), (1j, 1), (1, 1j), ([], 1)]:
    try:
        print(divmod(a, b))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(), (1,), (1, 2, 3)]:
    try:
        print(divmod(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    divmod(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
print(divmod(D(), 3), divmod(3, D()))
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0), (7).__rdivmod__("x"))

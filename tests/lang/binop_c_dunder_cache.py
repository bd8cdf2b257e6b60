# BINARY_OP on instances of a Python class whose operator dunder is a C
# method (decimal's fast paths are method descriptors on _pydecimal's
# Decimal): the site's cache calls it directly, in place or not, and its
# NotImplemented is the operator's TypeError, as the full protocol gives.
# The expected output is _pydecimal's (SafePy's decimal is _pydecimal with C
# fast paths; C _decimal names its type 'decimal.Decimal' and its __sub__
# doesn't call __add__), made with: /usr/bin/python3.11 -c "import sys;
# sys.modules['_decimal'] = None; exec(open('binop_c_dunder_cache.py').read())"
# > binop_c_dunder_cache.out
from decimal import Decimal, getcontext

def show(f):
    try:
        return repr(f())
    except TypeError as e:
        return "TypeError: %s" % e

a, b = Decimal("1.25"), Decimal("-0.5")
for _ in range(3):
    print(a + b, a - b, a * b, a / b, a * 3, a + 2, a - True)
    x = a
    x += b; x -= Decimal(1); x *= 2
    print(x)
    print(show(lambda: a + 1.5), show(lambda: a * "s"), show(lambda: a - [1]))

def iadd(x, y):
    x += y
    return x
def isub(x, y):
    x -= y
    return x
def imul(x, y):
    x *= y
    return x
def itruediv(x, y):
    x /= y
    return x
for _ in range(3):
    print(iadd(a, b), isub(a, 1), imul(a, a), itruediv(a, 4))
    print(show(lambda: iadd(a, 1.5)), show(lambda: isub(a, None)), show(lambda: imul(a, {})))

# a subclass: the same C methods (results are plain Decimals), or its own
class D(Decimal):
    pass
class E(Decimal):
    def __add__(self, other):
        return "E.__add__"
    def __iadd__(self, other):
        return "E.__iadd__"
for _ in range(2):
    print(type(D(1) + D(2)).__name__, D(1) * 2, E(1) + E(2), iadd(E(1), E(2)), E(1) * E(2))

# the class changes under a warm site: the cache follows its version
class F(Decimal):
    pass
def add(x, y):
    return x + y
vals = [F(1), F(2)]
print(add(*vals), add(*vals))
F.__add__ = lambda self, other: "patched"
print(add(*vals))
del F.__add__
print(add(*vals))
F.__iadd__ = lambda self, other: "F.__iadd__"
print(iadd(F(1), F(2)))
del F.__iadd__
print(iadd(F(1), F(2)))

# context changes are seen by the next operation at a warm site
getcontext().prec = 3
print(add(Decimal("1.2345"), Decimal("2.3456")), iadd(Decimal("1.2345"), Decimal("2.3456")))
getcontext().prec = 28
print(add(Decimal("1.2345"), Decimal("2.3456")))

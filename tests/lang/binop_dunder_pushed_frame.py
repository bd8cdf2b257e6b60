# a + b for two instances of one class whose __add__ (__sub__, __mul__,
# __truediv__) is a Python function: the loop pushes the dunder's frame.
# NotImplemented, errors, subclasses and changes to the class must give
# what sp_binary gives.

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __sub__(self, o):
        return V(self.x - o.x)
    def __mul__(self, o):
        return V(self.x * o.x)
    def __truediv__(self, o):
        return V(self.x / o.x)
    def __repr__(self):
        return "V(%r)" % (self.x,)

def chain(n):
    v = V(1)
    w = V(2)
    for _ in range(n):
        v = v + w - V(1)
    return v, v * w, w / v, [V(i) + V(i) for i in range(3)]
print(chain(5), chain(5))

# NotImplemented from the dunder: TypeError, for each operator
class N:
    def __add__(self, o):
        return NotImplemented
    __sub__ = __mul__ = __truediv__ = __add__
for _ in range(2):
    for f in (lambda: N() + N(), lambda: N() - N(), lambda: N() * N(), lambda: N() / N()):
        try:
            f()
        except TypeError as e:
            print("TypeError", e)

# NotImplemented with operands of different classes: the reflected
# method is tried (not this path)
class R:
    def __radd__(self, o):
        return "R.__radd__"
print(N() + R())

# a subclass instance with a reflected method goes first
class Base:
    def __add__(self, o):
        return "Base.__add__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Base(), Base() + Derived(), Derived() + Derived())

# the dunder raises; values on the caller's stack are unwound
class Bad:
    def __mul__(self, o):
        raise ValueError("bad mul")
for _ in range(2):
    try:
        t = (1, 2, Bad() * Bad(), 4)
    except ValueError as e:
        print("ValueError", e)

# the class changes: a new __add__, __add__ removed, __add__ = None
class C:
    def __add__(self, o):
        return "first"
def add(a, b):
    return a + b
print(add(C(), C()), add(C(), C()))
C.__add__ = lambda self, o: "second"
print(add(C(), C()))
del C.__add__
try:
    add(C(), C())
except TypeError as e:
    print("TypeError", e)
C.__add__ = None
try:
    add(C(), C())
except TypeError as e:
    print("TypeError", e)

# dunders of other shapes: defaults, *args, closures, generators,
# builtins, a staticmethod
def make():
    k = 100
    class D:
        def __add__(self, o, extra=1):
            return ("dflt", extra)
        def __sub__(self, *rest):
            return ("star", len(rest))
        def __mul__(self, o):
            return k
        def __truediv__(self, o):
            yield "gen"
    return D
D = make()
for _ in range(2):
    print(D() + D(), D() - D(), D() * D(), list(D() / D()))
class S:
    __add__ = staticmethod(lambda a, b: "static")
try:
    print(S() + S())
except TypeError as e:
    print("TypeError", e)

# in-place operators fall back to __add__ (not this path) and still work
class I:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return I(self.n + o.n)
i = I(1)
for _ in range(3):
    i += I(2)
print(i.n)

# deep recursion through __add__
class Rec:
    def __add__(self, o):
        return self + o
try:
    Rec() + Rec()
except RecursionError as e:
    print("RecursionError", e)

# the traceback: the caller's line, then the dunder's
def tb_entries(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
def mul(a, b):
    return a * b
for _ in range(2):
    try:
        mul(Bad(), Bad())
    except ValueError as e:
        print(tb_entries(e))
    try:
        mul(N(), N())
    except TypeError as e:
        print(tb_entries(e))

# called from a generator
def gen(vs):
    for v in vs:
        yield v + v
print(list(gen([V(1), V(2.5)])))

# the other operand an int or a float
class Sc:
    def __init__(self, x):
        self.x = x
    def __mul__(self, k):
        return Sc(self.x * k)
    def __add__(self, k):
        return NotImplemented
    def __radd__(self, k):
        return "Sc.__radd__ (never for Sc + number)"
    def __truediv__(self, k):
        return ("div", k)
for _ in range(2):
    s = Sc(3)
    print((s * 2).x, (s * 2.5).x, (s * (1 << 70)).x, s / 0, s / 0.5, (2 * Sc(1) if hasattr(Sc, "__rmul__") else "no rmul"))
    for k in (1, 1.5, 1 << 80, True):
        try:
            s + k
        except TypeError as e:
            print("TypeError", e)
    try:
        print(3 + s)
    except TypeError as e:
        print("TypeError", e)

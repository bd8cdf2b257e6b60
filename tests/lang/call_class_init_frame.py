# A class call whose __init__ is a Python function runs __init__ in the
# loop's own frame stack (no nested loop): the instance, the errors and
# their tracebacks must be as CPython's, and the call site must notice
# every change to the class.
import sys


def tb_names(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


def make(cls, *a):
    return cls(*a)


def make1(x):
    return P(x)


for i in range(3):
    p = make1(i)
    print(type(p).__name__, p.x, p.y)
p = P(7, y=9)
print(p.x, p.y)


class Bad:
    def __init__(self):
        return 42


def mk_bad():
    return Bad()


for _ in range(2):
    try:
        mk_bad()
    except TypeError as e:
        print("TypeError:", e)
        print(tb_names(e.__traceback__))


class Raises:
    def __init__(self, n):
        if n > 0:
            raise ValueError("n=%d" % n)
        self.n = n


def mk_raises(n):
    return Raises(n)


for n in (0, 1):
    try:
        print("ok", mk_raises(n).n)
    except ValueError as e:
        print("ValueError:", e, tb_names(e.__traceback__))

try:
    make1()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


# The site adapts: __init__ replaced, __new__ added, a metaclass __call__.
class C:
    def __init__(self):
        self.v = "first"


def mk_c():
    return C()


print(mk_c().v)
C.__init__ = lambda self: setattr(self, "v", "second")
print(mk_c().v)


def init3(self):
    self.v = "third"


C.__init__ = init3
print(mk_c().v)


def new(cls):
    o = object.__new__(cls)
    o.v = "from __new__"
    return o


C.__new__ = new
del C.__init__
print(mk_c().v)


class Meta(type):
    def __call__(cls, *a):
        return "Meta.__call__%r" % (a,)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(make(M, 1))


# super().__init__, frames, recursion through __init__.
class Base:
    def __init__(self, tag):
        self.tag = tag
        self.caller = sys._getframe(1).f_code.co_name


class Derived(Base):
    def __init__(self, tag):
        super().__init__(tag.upper())
        self.line = sys._getframe().f_lineno


d = Derived("x")
print(d.tag, d.caller, d.line)


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth > 0 else None


n = Node(50)
k = 0
while n is not None:
    k += 1
    n = n.child
print("depth", k)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


class Deep:
    def __init__(self):
        Deep()


try:
    Deep()
except RecursionError as e:
    print("RecursionError:", e)


class WithSlots:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


w = WithSlots(1, 2)
print(w.a + w.b)


class Sub(list):
    def __init__(self, n):
        super().__init__(range(n))


print(Sub(3))
print(type(int("5")), dict(a=1))

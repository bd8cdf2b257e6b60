# Calling a class: what type.__call__ remembers per class (object.__new__
# with object.__init__ or a Python __init__; a C __new__ with
# object.__init__) must follow every later change to the class or a base.

class Plain:
    pass

class WithInit:
    def __init__(self, a, b=2):
        self.s = a + b

class Child(WithInit):
    pass

for _ in range(3):
    print(type(Plain()).__name__, WithInit(1).s, Child(1, b=5).s)

try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)
try:
    Plain(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    WithInit()
except TypeError as e:
    print("TypeError", e)

# __init__ added, replaced, removed after the class was called.
def late_init(self, v):
    self.v = v
Plain.__init__ = late_init
print(Plain(7).v)
del Plain.__init__
print(type(Plain()).__name__)
try:
    Plain(7)
except TypeError as e:
    print("TypeError", e)

# A base's __init__ replaced: the subclass sees it.
def base_init(self, a, b=0):
    self.s = ("new", a, b)
WithInit.__init__ = base_init
print(Child(1).s, WithInit(2, 3).s)

# __init__ returning something else.
class BadInit:
    def __init__(self):
        return 5
for _ in range(2):
    try:
        BadInit()
    except TypeError as e:
        print("TypeError", e)

# __new__ added later (as a staticmethod or function), then removed.
class Later:
    def __init__(self, x):
        self.x = x
print(Later(1).x)
def later_new(cls, x):
    o = object.__new__(cls)
    o.made = "by __new__"
    return o
Later.__new__ = staticmethod(later_new)
l = Later(2)
print(l.x, l.made)
def plain_new(cls, x):
    return object.__new__(cls)
Later.__new__ = staticmethod(plain_new)
print(hasattr(Later(3), "made"), Later(4).x)

# __new__ returning an instance of another class skips __init__.
class Other:
    pass
class Redirect:
    def __new__(cls, *a):
        return Other()
    def __init__(self, *a):
        print("never")
print(type(Redirect(1, 2)).__name__)

# A __init__ that is not a function: a callable object on the class.
class CallableInit:
    def __call__(self, inst, v):
        inst.v = v
class UsesCallable:
    __init__ = CallableInit()
try:
    UsesCallable(1)
except TypeError as e:
    print("TypeError", e)
class UsesStatic:
    @staticmethod
    def __init__(*a):
        print("static init", len(a))
UsesStatic(1, 2)

# Built-in classes and their subclasses (C __new__, object.__init__).
for _ in range(2):
    print(int("12"), int(3.9), float("2.5"), list(range(3)), tuple("ab"), str(5), range(4))
class MyInt(int):
    pass
class MyList(list):
    pass
class MyStr(str):
    def __init__(self, *a):
        self.extra = len(a)
print(MyInt(5) + 1, type(MyInt(5)).__name__, MyList("ab"), MyStr("xy"), MyStr("xy").extra)
try:
    int(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
class OnlyNew:
    def __new__(cls, *a, **k):
        return object.__new__(cls)
print(type(OnlyNew(1, k=2)).__name__)
class NewAndObjectInit:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(NewAndObjectInit(1, 2)).__name__)
MyInt.__init__ = lambda self, *a: print("MyInt init", a)
print(MyInt(8))
del MyInt.__init__
print(MyInt(9))

# A metaclass __call__ is used instead; removing it restores type.__call__.
class Meta(type):
    def __call__(cls, *a):
        return ("meta", a)
class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(M(1))
del Meta.__call__
print(M(2).v)

# Abstract classes stay uninstantiable.
import abc
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass
for _ in range(2):
    try:
        Abs()
    except TypeError as e:
        print("TypeError", e)
class Concrete(Abs):
    def f(self):
        return 1
print(Concrete().f())

# __bases__ assignment changes where __init__ comes from.
class B1:
    def __init__(self):
        self.src = "B1"
class B2:
    def __init__(self):
        self.src = "B2"
class D(B1):
    pass
print(D().src)
D.__bases__ = (B2,)
print(D().src)

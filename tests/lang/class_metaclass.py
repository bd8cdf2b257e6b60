class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)

class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v

class Child(Base, flag=True):
    def method(self): pass

c = Child(3)
print(c.v, Child.tag, type(Child).__name__, isinstance(Child, Meta))

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass
print(type(E).__name__)

X = type("X", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(X.__name__, X().f(), X.__module__)
print(type(type), type(int), type(X))

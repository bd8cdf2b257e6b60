# super() made by CALL and super().name looked up by LOAD_METHOD without
# a bound method: every kind of attribute, MROs, and the unusual cases
# that take the general path.
class A:
    x = "A.x"
    def m(self, v):
        return ("A.m", type(self).__name__, v)
    @property
    def p(self):
        return ("A.p", type(self).__name__)
    @classmethod
    def c(cls, v):
        return ("A.c", cls.__name__, v)
    @staticmethod
    def s(v):
        return ("A.s", v)
    def __repr__(self):
        return "<A-repr>"
    def gen(self):
        yield "A.gen"

class B(A):
    def m(self, v):
        return ("B.m",) + super().m(v)
    def gen(self):
        yield "B.gen"
        yield from super().gen()

class C(A):
    def m(self, v):
        return ("C.m",) + super().m(v)

class D(B, C):
    def __init__(self):
        super().__init__()
        super().__setattr__("y", 1)
    def m(self, v):
        return ("D.m",) + super().m(v)
    def all(self):
        return (super().x, super().p, super().c(1), super().s(2), super().__repr__(),
                super().__class__.__name__, repr(super())[:15])
    @classmethod
    def cm(cls):
        return super().c(5)
    def missing(self):
        return super().nope
    def nested(self):
        def inner():
            return super(D, self).m(9)
        return inner()
    def comp(self):
        return [super().m(i)[0] for i in range(2)]
    def rebound(self):
        self = 5
        return super().m(1)
    def deleted(self):
        del self
        return super().m(1)
    def lam(self):
        f = lambda: super().m(3)
        return f()
    def generator(self):
        yield super().m(4)

d = D()
print(d.m(0))
print(D.__mro__)
print(d.all())
print(D.cm(), d.y, list(d.gen()), list(d.generator()))
print(d.nested())
for name in ("missing", "comp", "rebound", "deleted", "lam"):
    try:
        print(name, getattr(d, name)())
    except Exception as e:
        print(name, type(e).__name__, e)

class E(A):
    def m(self, v):
        return super().m(v)
sup = super
def fake_super():
    return A()
E2 = type("E2", (E,), {})
print(E2().m(1))
super = fake_super
class F(A):
    def m(self, v):
        return super().m(v)
print(F().m(2))
super = sup
del sup

class G:
    def __getattr__(self, name):
        return "G.__getattr__:" + name
class H(G):
    def probe(self):
        try:
            return super().anything
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(H().probe(), H().anything)

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, k):
        self.n += k
        return self.n
class Sub(Counter):
    def bump(self, k):
        return super().bump(k * 2)
c = Sub()
for i in range(1000):
    c.bump(i)
print(c.n)

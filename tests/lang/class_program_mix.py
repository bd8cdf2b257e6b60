class Meta(type):
    registry = {}
    def __new__(m, name, bases, ns, **kw):
        cls = super().__new__(m, name, bases, ns)
        m.registry[name] = cls
        return cls
class Base(metaclass=Meta):
    __slots__ = ()
    def __repr__(self): return f"{type(self).__name__}()"
class Node(Base):
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val = val
        self.next = next
    def __iter__(self):
        n = self
        while n is not None:
            yield n.val
            n = n.next
    def __len__(self): return sum(1 for _ in self)
    def __eq__(self, o): return isinstance(o, Node) and list(self) == list(o)
    __hash__ = None
    def __contains__(self, v): return v in list(self)
    def __getitem__(self, i): return list(self)[i]
lst = Node(1, Node(2, Node(3)))
print(list(lst), len(lst), 2 in lst, lst[1], lst[-1], lst == Node(1, Node(2, Node(3))), sorted(Meta.registry))
print(repr(lst), bool(lst), Node.__slots__, Node.val)
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o): return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
    def __lt__(self, o): return self.c < o.c
    def __eq__(self, o): return self.c == o.c
    def __hash__(self): return hash(self.c)
    def __repr__(self): return f"${self.c}"
    def __format__(self, spec): return format(self.c, spec) + "$"
    def __bool__(self): return self.c != 0
    def __neg__(self): return Money(-self.c)
    def __index__(self): return self.c
print(sum([Money(1), Money(2)]), max(Money(3), Money(1)), {Money(1): 1}[Money(1)], f"{Money(5):>4}", -Money(2), bool(Money(0)), [0, 1, 2, 3][Money(2)])
class Cached:
    def __init__(self): self._v = None
    @property
    def v(self):
        if self._v is None:
            self._v = 42
        return self._v
    @v.setter
    def v(self, x): self._v = x
c = Cached(); print(c.v); c.v = 1; print(c.v)
class A:
    def __init__(self): print("A init"); super().__init__()
class B:
    def __init__(self): print("B init"); super().__init__()
class C(A, B):
    def __init__(self): print("C init"); super().__init__()
C()
print([k.__name__ for k in C.mro()])
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with Ctx() as x:
    raise ValueError
print("after")
class D(dict):
    def __missing__(self, k): return 0
dd = D(); dd["a"] += 1; print(dd)
class Str(str): pass
print(Str("a") + "b", type(Str("a")).__mro__)
print(isinstance(C(), (A, B)))
o = object.__new__(C)
print(type(o).__name__)
print(getattr(C, "__name__"), C.__init__.__qualname__)
def deco(cls):
    cls.extra = True
    return cls
@deco
class E: pass
print(E.extra)
class F:
    x = 1
    class G:
        y = 2
    def m(self): return self.G.y
print(F().m(), F.G.__qualname__)
class Vec:
    def __init__(self, *a): self.a = a
    def __matmul__(self, o): return sum(x * y for x, y in zip(self.a, o.a))
    def __getattr__(self, n):
        if n in "xyz": return self.a["xyz".index(n)]
        raise AttributeError(n)
v = Vec(1, 2, 3); print(v @ Vec(4, 5, 6), v.x, v.z)
try: v.w
except AttributeError as e: print("AE", e)
class Cnt:
    n = 0
    def __init__(self): Cnt.n += 1
for _ in range(5): Cnt()
print(Cnt.n)
print(type(Cnt.__dict__['__init__']).__name__, Cnt.__init__.__name__)
print(callable(Cnt), isinstance(Cnt, type), type(Cnt) is type)
print(vars(F)['x'], F.__dict__.get('x'), list(F.__dict__.keys())[:2])

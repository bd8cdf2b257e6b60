# LOAD_ATTR of a property whose getter is a Python function: the loop
# pushes the getter's frame.  Everything property.__get__ does must hold.

class C:
    def __init__(self, v):
        self._v = v
    @property
    def p(self):
        return self._v * 2

def total(objs):
    t = 0
    for o in objs:
        t += o.p
    return t

objs = [C(i) for i in range(10)]
print(total(objs), total(objs), objs[3].p + objs[4].p)

# the instance dict can't shadow a property
c = C(5)
c.__dict__["p"] = "shadow"
print(c.p, c.__dict__)

# a getter that raises: caught in the caller, with values on its stack
class Boom:
    @property
    def p(self):
        raise ValueError("boom from getter")
b = Boom()
for _ in range(3):
    try:
        lst = [1, 2, b.p, 4]
    except ValueError as e:
        print("caught", e)

# AttributeError from a getter, with and without __getattr__
class NoAttr:
    @property
    def p(self):
        raise AttributeError("inner")
class WithGetattr(NoAttr):
    def __getattr__(self, name):
        return "getattr:" + name
for _ in range(2):
    try:
        NoAttr().p
    except AttributeError as e:
        print("AttributeError", e)
    print(WithGetattr().p)

# property.__init__ called again on the same object, the property
# replaced on the class, and deleted
class R:
    @property
    def q(self):
        return "first"
def read(o):
    return o.q
r = R()
print(read(r), read(r))
R.__dict__["q"].__init__(lambda self: "reinit")
print(read(r))
R.q = property(lambda self: "replaced")
print(read(r))
del R.q
r.q = "instance"
print(read(r))

# a property subclass overriding __get__ is not a plain property
class MyProp(property):
    def __get__(self, obj, objtype=None):
        return "MyProp.__get__"
class S:
    @MyProp
    def m(self):
        return "getter"
print(S().m, S().m)

# getters of every shape: defaults, *args, keyword-only, closures,
# generators, lambdas, builtins, bound methods
def outer():
    k = 10
    class G:
        @property
        def cl(self):
            return k + 1
        @property
        def dflt(self, extra=5):
            return extra
        @property
        def star(self, *a):
            return ("star", a)
        @property
        def kwo(self, *, z=7):
            return z
        @property
        def gen(self):
            yield 1
            yield 2
        lam = property(lambda self: "lambda")
        blt = property(repr)
        def _m(self, obj):
            return "bound:" + type(obj).__name__
    G.bm = property(G()._m)
    return G
G = outer()
g = G()
for _ in range(2):
    print(g.cl, g.dflt, g.star, g.kwo, list(g.gen), g.lam, g.blt[:3], g.bm)

# a getter with no fget, and one that recurses forever
class NoGet:
    p = property(None, lambda s, v: None)
try:
    NoGet().p
except AttributeError as e:
    print("AttributeError", e)
class Deep:
    @property
    def d(self):
        return self.d
try:
    Deep().d
except RecursionError as e:
    print("RecursionError", e)

# a getter that changes its own class while running
class Mut:
    @property
    def x(self):
        del Mut.x
        Mut.x = 42
        return "once"
m = Mut()
print(m.x, m.x, Mut().x)

# getters called from nested expressions and comprehensions
class V:
    def __init__(self, a):
        self.a = a
    @property
    def sq(self):
        return self.a * self.a
print(sum(V(i).sq for i in range(10)), [V(i).sq for i in range(4)], max(V(3).sq, V(2).sq))

# a subclass inherits the property; its own attribute of the name can't shadow it
class Sub(C):
    pass
s = Sub(21)
print(s.p, total([s, C(1)]))

# the traceback of a getter's exception: the caller's line, then the getter's
def tb_entries(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
def caller(o):
    return o.p
for _ in range(2):
    try:
        caller(Boom())
    except ValueError as e:
        print(tb_entries(e))

# read from a generator's frame, which yields in between
def gen_reader(objs):
    for o in objs:
        yield o.p
print(list(gen_reader([C(1), C(2), Sub(3)])))

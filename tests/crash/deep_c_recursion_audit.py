# One probe per C recursion path audited for the C-stack guard: each must
# end in RecursionError (or a result), never a C stack overflow.
import sys
sys.setrecursionlimit(10**5)
def probe(name, f):
    try:
        r = f()
        print(name, "ok", str(r)[:20])
    except RecursionError:
        print(name, "RecursionError")
class R:
    def __repr__(self): return repr(self)
class F:
    def __format__(self, spec): return format(self, spec)
class H:
    def __hash__(self): return hash(self)
class B:
    def __bool__(self): return bool(self)
class L:
    def __len__(self): return len(self)
class I:
    def __index__(self): return [0][self]
class It:
    def __iter__(self): return iter(self)
class C:
    def __call__(self): return self()
class G:
    def __get__(self, o, t): return o.g
class Owner:
    g = G()
class Ctx:
    def __exit__(self, *a): pass
    def __enter__(self):
        with Ctx():
            pass
class Init:
    def __init__(self): Init()
class Del:
    def __getitem__(self, i): return self[i]
class Cont:
    def __contains__(self, x): return x in self
class Cls:
    def __class_getitem__(cls, x): return cls[x]
class MetaMro(type):
    def mro(cls): return type.mro(cls)
class Str:
    def __str__(self): return "%s" % self
probe("repr", lambda: repr(R()))
probe("format", lambda: format(F(), "x"))
probe("hash", lambda: hash(H()))
probe("bool", lambda: bool(B()))
probe("len", lambda: len(L()))
probe("index", lambda: [0][I()])
probe("iter", lambda: iter(It()))
probe("call", lambda: C()())
probe("descriptor", lambda: Owner().g)
probe("with", lambda: Ctx().__enter__())
probe("init", lambda: Init())
probe("getitem", lambda: Del()[0])
probe("contains", lambda: 1 in Cont())
probe("class_getitem", lambda: Cls[int])
probe("%s", lambda: str(Str()))
probe("str.format", lambda: "{}".format(R()))
probe("f-string", lambda: f"{F():x}")
probe("print", lambda: print(R()))
probe("sorted key", lambda: (lambda k: sorted([1, 2], key=k))(lambda x, k=None: sorted([1, 2], key=lambda y: x)))
def mk_key():
    def key(x):
        return sorted([1, 2], key=key)
    return key
probe("sort key recursion", lambda: sorted([1, 2], key=mk_key()))
def m(x):
    return list(map(m, [x]))
probe("map", lambda: m(1))
def fl(x):
    return list(filter(fl, [x]))
probe("filter", lambda: fl(1))
probe("exec", lambda: (lambda f: f(f))(lambda f: exec("f(f)", {"f": f})))
probe("eval", lambda: (lambda f: f(f))(lambda f: eval("f(f)", {"f": f})))

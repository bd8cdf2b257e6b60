class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1):
        return (self.n + x) * times
a = Adder(2)
print(a(3), a(3, times=2), callable(a), callable(Adder), callable(1), callable(len))
try:
    5()
except TypeError as e:
    print(type(e).__name__, e)
class M:
    def method(self, a, b=2): return a + b
m = M()
f = m.method
print(f(1), f(b=5, a=1), M.method(m, 1))
print(f.__self__ is m, f.__func__ is M.method, f == m.method, f != M().method)
def outer(*args, **kw): return args, sorted(kw.items())
print(outer(1, 2, x=3), outer(*[1, 2], **{"y": 4}))
print(list.append.__name__, list.append.__qualname__, [].append.__qualname__)
import types
bm = types.MethodType(lambda self, x: (self, x), 42)
print(bm(1))
class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: "instance call"
try:
    c()
except TypeError as e:
    print(type(e).__name__, e)

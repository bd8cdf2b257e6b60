def f(a, /, b=1, *c, d, e=2, **g) -> int: pass
def f(a, b=1, *, c, d=2): pass
def f(**kw,): pass
def f(a,): pass
def f(a=1, /, b=2): pass
def f(a, /): pass
def f(a, /, *, b): pass
def f(x: int, *args: str, y: "z" = 3, **kw: dict) -> None: ...
def f(*args: *Ts): pass
@dec
@dec2(a)
class C(B, metaclass=M):
    x = 1
    def m(self): return self
class A: pass
class A(): pass
class A(*bases, **kw): pass
@property
def f(): pass
@a.b[c]
def f(): pass
@(lambda f: f)
def g():
    return
def gen():
    x = yield
    x = yield from y
    yield a, b
    yield
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
    return inner

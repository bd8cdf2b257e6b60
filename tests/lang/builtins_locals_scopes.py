# locals()/dir() in nested functions, generators, lambdas, class bodies
def outer():
    x = 1
    def inner():
        y = 2
        print(sorted(locals()), dir())
        return x
    inner()
    print(sorted(locals()))
outer()
def f(a, *args, b=2, **kw):
    print(sorted(locals().items()))
f(1, 2, 3, c=4)
def g():
    x = 1
    del x
    return locals()
print(g())
def h():
    try:
        1/0
    except Exception as e:
        pass
    return sorted(locals())
print(h())
def k():
    for i in range(2):
        pass
    return locals()
print(k())
class C:
    def m(self):
        return sorted(locals()), __class__.__name__
    print(sorted(locals()))
print(C().m())
def gen():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
print(list(gen()))
lam = lambda q: sorted(locals())
print(lam(5))
print(sorted(vars(C))[:4])
import sys
print(sys._getframe().f_locals is globals())

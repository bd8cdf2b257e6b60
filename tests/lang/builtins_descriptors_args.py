# classmethod, staticmethod, property: constructor arguments and use
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

def f(*a):
    return a
class C:
    cm = classmethod(f)
    sm = staticmethod(f)
    p = property(lambda self: 'got', doc='the doc')
    q = property()
run("""
classmethod()
classmethod(1, 2)
classmethod(f=1)
staticmethod()
staticmethod(1, 2)
staticmethod(f=1)
classmethod(1).__func__
staticmethod(1).__func__
C.cm(1)
C().cm(2)
C.sm(3)
C().sm(4)
property(1, 2, 3, 4, 5)
property(fget=1, x=2)
property(fget=None).fget
C().p
C.p.__doc__
C().q
property().__doc__
C.q.fset
staticmethod(f).__wrapped__ is f
classmethod(f).__wrapped__ is f
callable(staticmethod(f))
staticmethod(f)(5)
classmethod(f)(5)
C.p.setter(1).fset
""")
def setq(o):
    o.q = 1
def delq(o):
    del o.q
e("setq(C())")
e("delq(C())")

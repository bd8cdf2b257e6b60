# vars() and dir(): objects, modules, errors
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

import sys
class A:
    x = 1
    def __init__(self):
        self.y = 2
class D:
    def __dir__(self):
        return ['b', 'a', 'c']
class BadDir:
    def __dir__(self):
        return 5
class Slots:
    __slots__ = ('s',)
class NoDict:
    __slots__ = ()
run("""
vars(1)
vars(1, 2)
vars(x=1)
vars(A())
sorted(vars(A))[:3]
type(vars(A)).__name__
vars(Slots())
vars(NoDict())
'x' in vars(sys)
dir(1, 2)
dir(o=1)
dir(D())
dir(BadDir())
'y' in dir(A())
'x' in dir(A())
'__init__' in dir(A)
dir(Slots())[:3]
'mro' in dir(type)
'mro' in dir(A)
'real' in dir(5)
[n for n in dir(sys) if n == 'path']
""")
def f():
    a = 1
    b = 2
    return dir(), sorted(vars())
print(f())
def g(x, *args, **kw):
    z = 0
    return dir()
print(g(1))
class K:
    q = 1
    print(dir())

# getattr setattr delattr hasattr: argument errors and defaults
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class A:
    x = 1
    @property
    def boom(self):
        raise ValueError('boom')
    @property
    def missing(self):
        raise AttributeError('gone')
a = A()
run("""
getattr()
getattr(1)
getattr(1, 2)
getattr(1, 'x')
getattr(1, 'x', 2, 3)
getattr(1, 'real', x=2)
getattr(1, 'x', None)
getattr(a, 'x')
getattr(a, 'y', 'dflt')
getattr(a, 'boom', 5)
getattr(a, 'missing', 5)
getattr(a, 'missing')
getattr(A, 'x')
getattr(1, b'real')
hasattr()
hasattr(1)
hasattr(1, 2)
hasattr(1, 2, 3)
hasattr(a, 'x')
hasattr(a, 'missing')
hasattr(a, 'boom')
setattr()
setattr(1, 2)
setattr(1, 2, 3)
setattr(1, 'x', 2)
setattr(1, 'x', 2, 3)
setattr(a, 'z', 9)
a.z
setattr(object(), 'q', 1)
setattr(A, 'w', 2)
delattr()
delattr(1)
delattr(1, 2)
delattr(1, 'x')
delattr(1, 'x', 3)
delattr(a, 'z')
delattr(a, 'z')
delattr(a, 'nope')
delattr(A, 'w')
delattr(A, 'w')
""")

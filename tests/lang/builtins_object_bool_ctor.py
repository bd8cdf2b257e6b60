# object(), bool(): constructor arguments
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class NoInit:
    pass
class WithInit:
    def __init__(self, a):
        self.a = a
class WithNew:
    def __new__(cls, *a):
        return super().__new__(cls)
class BadBool:
    def __bool__(self):
        return 1
class LenBool:
    def __len__(self):
        return 0
class LenNeg:
    def __len__(self):
        return -1
run("""
object(1)
object(x=1)
type(object()).__name__
NoInit(1)
NoInit(x=1)
WithInit()
WithInit(1).a
WithNew(1, 2).__class__.__name__
object.__new__(NoInit).__class__.__name__
object.__new__(1)
object.__new__(int)
object.__init__(NoInit(), 1)
bool(1, 2)
bool(x=1)
bool(o=1)
bool()
bool(BadBool())
bool(LenBool())
bool(LenNeg())
bool([])
bool('0')
bool(0.0)
bool(-0.0)
bool(0j)
bool(float('nan'))
""")

# ascii, bin, oct, hex, callable, id: argument errors
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class I:
    def __index__(self):
        return 10
class BadI:
    def __index__(self):
        return 'x'
class C:
    def __call__(self):
        pass
run("""
ascii()
ascii(1, 2)
ascii(obj=1)
ascii('é\\n')
ascii([1, 'ü'])
bin()
bin(1.5)
bin('1')
bin(1, 2)
bin(number=1)
bin(I())
bin(BadI())
bin(-5)
bin(0)
oct()
oct(1.5)
oct(number=1)
oct(-8)
oct(I())
hex()
hex(1.5)
hex('a')
hex(number=1)
hex(-255)
hex(2**70)
hex(I())
callable()
callable(1, 2)
callable(obj=1)
callable(len)
callable(C())
callable(C)
callable(1)
callable(lambda: 0)
id()
id(1, 2)
id(obj=1)
type(id(1)).__name__
""")

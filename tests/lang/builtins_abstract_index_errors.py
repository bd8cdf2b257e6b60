# __index__, __int__, __float__ protocol errors
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
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Sub(int):
    pass
class IntR:
    def __int__(self):
        return 'x'
class FloatR:
    def __float__(self):
        return 5
class FloatOk:
    def __float__(self):
        return 2.5
run("""
[1, 2][I(1)]
[1, 2][I('a')]
[1, 2][I(1.5)]
[1, 2][I(Sub(0))]
'ab'[I(True)]
range(I(3))
range(I('x'))
bin(I(5))
bin(I(None))
hex(I(Sub(255)))
[0] * I(3)
[0] * I('x')
'ab' * I(2)
int(IntR())
float(FloatR())
float(FloatOk())
int(FloatOk())
[1,2,3][I(0):I(2)]
[1,2,3][I('a'):]
(1).__index__()
operator_index = __import__('operator').index if False else None
chr(I(97))
chr(I(1.0))
round(1.5, I(0))
(2).__pow__(I(3))
[1][:I(2**100)]
""")

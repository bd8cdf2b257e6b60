# abs, all, any: results and argument errors
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class N:
    def __abs__(self):
        return 'absN'
class B:
    def __bool__(self):
        raise ValueError('no bool')
run("""
abs()
abs(1, 2)
abs(x=1)
abs('a')
abs(None)
abs([])
abs(-5)
abs(-2**100)
abs(-0.0)
abs(float('-inf'))
abs(3-4j)
abs(True)
abs(N())
all()
all(1)
all([], [])
all(x=[])
all(iterable=[])
all([])
all([1, 0])
all('abc')
all([[]])
all(iter([1, 2, 3]))
all([B()])
all([0, B()])
any()
any(1)
any([], [])
any(iterable=[])
any([])
any([0, '', None])
any([0, 1])
any([B()])
any([1, B()])
any({0: 1})
any(x for x in [0, 0, 5])
""")

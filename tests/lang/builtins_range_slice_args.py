# range() and slice(): argument errors
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
        return 3
run("""
range()
range(1, 2, 3, 4)
range(1.5)
range(1, 2, 0)
range(x=1)
range('a')
range(I())
range(1, I())
range(0, 10, I())
range(None)
range(2**100)
len(range(2**100))
slice()
slice(1, 2, 3, 4)
slice(x=1)
slice(1)
slice(1, 2)
slice(None, None, None)
slice('a', [], {})
slice(1, 2, 0)
range(10)[slice(1, 2, 0)]
[1][slice('a')]
""")

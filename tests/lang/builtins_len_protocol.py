# len(): __len__ results and errors
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class I:
    def __index__(self):
        return 4
class Sub(int):
    pass
run("""
len()
len(1)
len(1, 2)
len(obj=[])
len(iter([]))
len(L(3))
len(L(-1))
len(L(2**100))
len(L(1.5))
len(L('3'))
len(L(I()))
len(L(True))
len(L(Sub(7)))
len(L(None))
len(L(2**63))
len(L(2**63 - 1))
len(range(2**62))
len(range(2**64))
len('\\U0001F600ab')
len(b'abc')
len({1: 2})
len(frozenset([1]))
len(memoryview(b'ab'))
len(None)
len(len)
len(type)
""")

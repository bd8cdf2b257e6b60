# three-argument pow(): dispatch and errors
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class P:
    def __pow__(self, o, m=None):
        return ('P.pow', o, m)
    def __rpow__(self, o, m=None):
        return ('P.rpow', o, m)
class F(float):
    pass
class I(int):
    pass
run("""
pow(2, 3.0, 5)
pow(2, 3j, 5)
pow(2, 3, 5.0)
pow(2, 3, 5j)
pow(2.0, 3, 5)
pow(2j, 3, 5)
pow('a', 2, 3)
pow(2, 'a', 3)
pow(2, 3, 'a')
pow(True, 2, 3)
pow(2, 3, None)
pow(2, 3, 1.5)
pow(2, 3.5, 'x')
pow(1.5, 'x', 2)
pow([], [], 5.0)
pow(2, 10, 1000)
pow(-2, 3, 5)
pow(2, -1, 3)
pow(2, 3, 0)
pow(2, 3, -5)
pow(10**20, 3, 7)
pow(3, 10**3, 10**9+7)
pow(0, 0, 1)
pow(5, 0, 1)
pow(P(), 2, 3)
pow(2, P(), 3)
pow(2, 3, P())
P() ** 2
2 ** P()
pow(2, F(3.0), 5)
pow(I(2), I(3), I(5))
pow(2, 3, I(5))
pow(F(2.0), 3, 5)
pow(2, 1j, 'x')
pow(6, -1, 4)
pow(3, -1, 7)
pow(3, -2, -7)
""")

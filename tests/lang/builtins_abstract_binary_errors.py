# unsupported operand type(s) for every binary operator
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
    pass
a = A()
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']
pairs = [('1', "'s'"), ("'s'", '1'), ('[]', '{}'), ('None', 'None'), ('a', '1'), ('1.5', '[]'), ('b""', "''"), ('(1,)', '[1]'), ('1j', '{1}')]
for op in ops:
    for l, r in pairs:
        e(f'{l} {op} {r}')
run("""
divmod('a', 1)
divmod(1, None)
pow('a', 2)
pow(None, None, None)
pow(1, 2, 'x')
[] * 1.5
'a' * 'b'
'a' * 2.0
(1,) * []
[1] + (1,)
{1} + {2}
{1: 2} | [1]
{1} - [1]
1 @ 2
""")

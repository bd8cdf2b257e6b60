# augmented assignment errors and fallbacks
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
class OnlyAdd:
    def __add__(self, o):
        return 'add'
class IAddNI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fallback add'
def aug(op, x, y):
    ns = {'x': x, 'y': y}
    exec(f'x {op}= y', ns)
    return ns['x']
for op in ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']:
    e(f"aug({op!r}, 1, 'a')")
    e(f"aug({op!r}, [], None)")
run("""
aug('+', OnlyAdd(), 1)
aug('+', IAddNI(), 1)
aug('+', A(), 1)
aug('+', [1], (2,))
aug('+', [1], 'ab')
aug('*', [1], 2)
aug('*', [1], 1.5)
aug('+', (1,), [2])
aug('|', {1}, [2])
aug('|', {1: 2}, [(3, 4)])
aug('|', {1: 2}, 5)
aug('-', {1}, [1])
aug('+', 'a', 1)
""")

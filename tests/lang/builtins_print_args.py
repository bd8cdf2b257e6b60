# print(): sep, end, file, flush
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

import sys
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
class F:
    def write(self, s):
        pass
    def flush(self):
        print('flushed', file=sys.stdout)
class NoWrite:
    pass
w = W()
print(1, 2, 3, sep='-', end='!\n')
print('a', 'b', sep='')
print('a', 'b', sep=None, end=None)
print()
print(end='')
print('x', end='')
print()
print(1, 2, file=w)
print(w.parts)
print('q', file=F(), flush=True)
print('q', file=F(), flush=False)
print('n', file=None)
run("""
print(sep=1)
print(end=1)
print(file=1)
print(x=1)
print(sep='', end='', file=None, flush=1)
print('a', file=NoWrite())
print('a', sep=b'x')
print('a', end=b'x')
print(1, flush='')
""")
w = W()
print(None, True, [1], {'a': 1}, 1.5, file=w, sep='|')
print(w.parts)
print('é', '\U0001F600')
print(*range(5))
print(*[], sep='x')

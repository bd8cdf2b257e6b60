# eval(): arguments, globals/locals checks, sources
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class UserMap:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
class DefaultMap(dict):
    def __missing__(self, k):
        return 'dflt'
class M:
    def __getitem__(self, k):
        if k == 'magic':
            return 42
        raise KeyError(k)
run("""
eval()
eval(1)
eval('1', 1)
eval('1', {}, 1)
eval('1', None, None)
eval(source='1')
eval('1', {}, {}, {})
eval('1', globals={})
eval('1', {}, locals={})
eval('1', UserMap())
eval('x', None, {'x': 5})
eval('magic', {}, M())
eval('nothere', {}, M())
eval(b'1+1')
eval(bytearray(b'2'))
eval(memoryview(b'3'))
eval('  1')
eval('\\t 1')
eval('1\\n')
eval('\\n1')
eval(1.5)
eval(None)
eval('x = 1')
eval('1 +')
eval('a', {'a': 7})
eval('a', {'a': 7}, {'a': 8})
eval('__builtins__' in globals(), {})
eval('len', {})
eval('len', {'__builtins__': {}})
eval('[x for x in range(3)]')
eval('1\\0')
eval(b'1\\0')
eval('(yield)')
eval(b'\\xff')
""")

# exec(): arguments, globals/locals, closure
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
run("""
exec()
exec(1)
exec('1', 1)
exec('x=1', {}, 1)
exec('1', {}, {}, {})
exec(source='1')
exec('1', closure=None)
exec('1', globals={})
exec('1', {}, {}, x=1)
exec('1', 1, 2, 3, 4)
exec('1', UserMap())
exec('1', {}, 1)
exec('1', None, 1)
exec(b'x=1')
exec(memoryview(b'x=1'))
exec(1.5)
exec(None)
exec('1', closure=5)
exec('x = (', {})
exec('return 1')
exec('a\\0')
""")
g = {}
exec('x = 1\ny = x + 1', g)
print(sorted(k for k in g if k != '__builtins__'), g['y'], '__builtins__' in g)
l = {}
exec('z = 5', g, l)
print(l, 'z' in g)
exec('def f(): return w\nw = 3\nr = f()', g)
print(g['r'])
ns = DefaultMap()
exec('q = missing', {}, ns)
print(ns['q'])
code = compile('k = 1', 's', 'exec')
d = {}
print(exec(code, d), d['k'])

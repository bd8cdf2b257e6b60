# ** and * unpacking into calls of builtins and functions
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
class BadKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return k
class NoGet:
    def keys(self): return ['a']
def f(*a, **k): return a, k
for s in '''f(**M())
f(**BadKeys())
f(**NoGet())
f(**5)
f(*5)
f(*None)
f(*'ab', **{'x': 1})
f(**{'a': 1}, a=2)
f(a=1, **{'a': 2})
print(**M())
len(**M())
dict(**M())
dict(M())
f(*(x for x in 'ab'))
max(**{'key': len}) if False else 0
sorted(**{'key': len})
getattr(*[1, 'real'])
'''.strip().split('\n'):
    e(s)

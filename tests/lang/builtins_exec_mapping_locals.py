# exec/eval with a non-dict mapping as locals: which mapping methods run
class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print('get', k)
        return self.d[k]
    def __setitem__(self, k, v):
        print('set', k, v if isinstance(v, (int, str)) else type(v).__name__)
        self.d[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.d[k]
m = M()
exec('x = 1\ny = x + 1', {}, m)
print(m.d)
try:
    exec('print(undefined_name)', {}, M())
except NameError as e:
    print('NameError', e)
print(eval('len', {}, M()))
class RO:
    def __getitem__(self, k): raise KeyError(k)
try:
    exec('z = 1', {}, RO())
except Exception as e:
    print(type(e).__name__, e)
g = {}
exec('def f(): return gg\ngg = 5', g, M())
try:
    print(g.get('f'))
except Exception as e:
    print(type(e).__name__, e)
exec('import sys as s2', {}, m)
print('s2' in m.d)
exec('class K: pass', {}, m)
print(type(m.d['K']).__name__)
exec('for i in range(2): pass', {}, m)
print(m.d['i'])
exec('global q\nq = 7', g, m)
print(g['q'], 'q' in m.d)

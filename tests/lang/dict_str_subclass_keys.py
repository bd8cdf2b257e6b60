def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    pass
class Lower(str):
    def __hash__(self):
        return hash(self.lower())
    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()
class Never(str):
    def __eq__(self, other):
        return False
    __hash__ = str.__hash__
d = {'abc': 1}
t(lambda: d[S('abc')])
t(lambda: S('abc') in d)
t(lambda: type(list({S('k'): 1})[0]).__name__)
t(lambda: type(list({**{S('k'): 1}})[0]).__name__)
e = {'k': 'plain'}
e[S('k')] = 'sub'
t(lambda: (e, type(list(e)[0]).__name__))
f = {Lower('ABC'): 1}
t(lambda: f.get('abc'))
t(lambda: f.get('ABC'))
t(lambda: 'abc' in f)
t(lambda: {'abc': 1}.get(Lower('ABC')))
n = Never('x')
g = {n: 1}
t(lambda: g.get(n))
t(lambda: g.get('x'))
t(lambda: {'x': 1}.get(n))
t(lambda: n in {n})
t(lambda: 'x' in {n})
class O:
    pass
o = O()
o.__dict__[S('attr')] = 5
t(lambda: o.attr)
o.__dict__[1] = 'int key'
t(lambda: sorted(map(repr, vars(o))))
t(lambda: o.__dict__[1])
o.__dict__[Lower('LOUD')] = 'loud'
t(lambda: getattr(o, 'loud', 'no'))
t(lambda: getattr(o, 'LOUD', 'no'))
def use_globals():
    globals()[S('gsub')] = 'g'
    return gsub
t(use_globals)
ns = {}
exec('x = 1\ny = x + 1', ns)
t(lambda: (ns['x'], ns['y']))
ns2 = {S('q'): 5, '__builtins__': __builtins__}
t(lambda: eval('q', ns2))
class K:
    a = 1
t(lambda: 'a' in K.__dict__)
t(lambda: type(K.__dict__).__name__)
t(lambda: K.__dict__['a'])
def kw(**k):
    return k
t(lambda: kw(**{S('z'): 1}))
t(lambda: type(list(kw(**{S('z'): 1}))[0]).__name__)
t(lambda: dict(a=1) == {S('a'): 1})
t(lambda: {S('a'): 1} == {Lower('A'): 1})

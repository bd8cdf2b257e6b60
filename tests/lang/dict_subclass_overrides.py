def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class IterD(dict):
    def __iter__(self):
        return iter(['fake'])
d = IterD(a=1, b=2)
t(lambda: list(d))
t(lambda: list(d.keys()))
t(lambda: dict(d))
t(lambda: {**d})
t(lambda: d == {'a': 1, 'b': 2})
t(lambda: d.copy())
t(lambda: {}.update(d) or 'ok')
t(lambda: sorted(d.items()))
t(lambda: [*d])
t(lambda: dict.fromkeys(d))
t(lambda: set(d))
t(lambda: d | {'c': 3})
class KeysD(dict):
    def keys(self):
        return ['a']
k = KeysD(a=1, b=2)
t(lambda: dict(k))
t(lambda: {**k})
t(lambda: list(k))
t(lambda: {'z': 0} | k)
t(lambda: dict({'z': 0}, **k))
def f(**kw):
    return kw
t(lambda: f(**k))
class GetD(dict):
    def __getitem__(self, key):
        return 'G'
g = GetD(a=1)
t(lambda: g['a'])
t(lambda: g.get('a'))
t(lambda: dict(g))
t(lambda: {**g})
t(lambda: f(**g))
t(lambda: list(g.values()))
t(lambda: g.pop('a'))
class LenD(dict):
    def __len__(self):
        return 99
n = LenD(a=1)
t(lambda: len(n))
t(lambda: bool(n))
t(lambda: n == {'a': 1})
t(lambda: len(n.keys()))
t(lambda: len(dict(n)))
class SetD(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)
s = SetD(a=1)
s['b'] = 2
s.update(c=3)
s.setdefault('d', 4)
s |= {'e': 5}
t(lambda: s)
t(lambda: SetD.fromkeys('x', 1))
class DelD(dict):
    def __delitem__(self, key):
        print('del', key)
        super().__delitem__(key)
dd = DelD(a=1, b=2)
del dd['a']
t(lambda: dd.pop('b'))
t(lambda: dd)
class ContD(dict):
    def __contains__(self, key):
        return key == 'magic'
c = ContD(a=1)
t(lambda: 'a' in c)
t(lambda: 'magic' in c)
t(lambda: 'a' in c.keys())
t(lambda: c.get('a'))
class EqD(dict):
    def __eq__(self, other):
        return 'EqD'
    __hash__ = None
t(lambda: EqD() == {})
t(lambda: {} == EqD())
t(lambda: {} != EqD())
t(lambda: [EqD()].index({}))
class ReprD(dict):
    def __repr__(self):
        return 'ReprD'
t(lambda: {'x': ReprD()})
t(lambda: str(ReprD()))
t(lambda: ReprD().__str__())
t(lambda: dict.__repr__(ReprD(a=1)))

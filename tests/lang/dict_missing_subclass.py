class Counter0(dict):
    def __missing__(self, key):
        return 0
c = Counter0()
for ch in 'abracadabra':
    c[ch] += 1
print(c)
print(c['zz'], 'zz' in c, c.get('zz'), c.get('zz', 'dflt'))
class Auto(dict):
    def __missing__(self, key):
        v = self[key] = type(self)()
        return v
a = Auto()
a[1][2][3] = 4
print(a)
class Raise(dict):
    def __missing__(self, key):
        raise KeyError('custom ' + repr(key))
try:
    Raise()['x']
except KeyError as e:
    print('KeyError', e)
class Other(dict):
    def __missing__(self, key):
        raise LookupError(key)
try:
    Other()['y']
except LookupError as e:
    print(type(e).__name__, e)
class Attr(dict):
    pass
def miss(self, key):
    return 'patched ' + str(key)
Attr.__missing__ = miss
print(Attr()['q'])
print(Attr().pop('q', 'popdflt'))
try:
    Attr().pop('q')
except KeyError as e:
    print('KeyError', e)
print(Attr().setdefault('q', 's'))
class Inst(dict):
    pass
i = Inst()
i.__missing__ = lambda k: 'instance'
try:
    i['k']
except KeyError as e:
    print('KeyError', e)
class NotCallable(dict):
    __missing__ = 5
try:
    NotCallable()['k']
except TypeError as e:
    print('TypeError', e)
class Static(dict):
    @staticmethod
    def __missing__(key):
        return 'static ' + key
print(Static()['s'])
class Cls(dict):
    @classmethod
    def __missing__(cls, key):
        return cls.__name__ + ' ' + key
print(Cls()['c'])
# __missing__ not used by dict.__getitem__ on plain dict
try:
    {}['nope']
except KeyError as e:
    print('KeyError', e)
# dict.__getitem__ called directly on subclass does use __missing__
print(dict.__getitem__(Counter0(), 'x'))
# __getitem__ override
class G(dict):
    def __getitem__(self, k):
        return 'G:' + str(k)
g = G(x=1)
print(g['x'], g.get('x'), dict(g), list(g.items()))
print({**g})
# __contains__ override doesn't affect get
class C(dict):
    def __contains__(self, k):
        return True
cc = C()
print('x' in cc, cc.get('x'))
# subclass with __init__ args
class Init(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = len(self)
ii = Init({'a': 1}, b=2)
print(ii, ii.extra, type(ii.copy()).__name__)
class WithSlots(dict):
    __slots__ = ('x',)
w = WithSlots(a=1)
w.x = 5
print(w, w.x)
try:
    w.y = 1
except AttributeError as e:
    print('AttributeError', e)
print(repr(Counter0(a=1)), str(Counter0()))
print(isinstance(c, dict), issubclass(Counter0, dict), type(c) is dict)
print(Counter0.__mro__)

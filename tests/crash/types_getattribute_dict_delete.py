# __getattribute__ recursion and self-removal, deleting or replacing an
# instance's __dict__, __eq__/__hash__ removed after objects were hashed
# into dicts and sets.  Exceptions or consistent answers only.
def t(label, fn):
    try:
        print(label, 'ok', fn())
    except (TypeError, AttributeError, RecursionError, KeyError) as e:
        print(label, type(e).__name__)
class GA:
    def __getattribute__(self, name):
        if name == 'boom':
            return self.boom
        if name == 'vanish':
            del GA.__getattribute__
            return 'vanished'
        return object.__getattribute__(self, name)
g = GA()
g.x = 1
t('recursion', lambda: g.boom)
t('normal', lambda: g.x)
t('self-removing', lambda: g.vanish)
t('after removal', lambda: g.x)
class GAFallback:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return self.__dict__.get(name, 'default')
t('getattribute -> getattr recursion', lambda: GAFallback().anything)
class Plain:
    pass
p = Plain()
p.a = 1
t('del __dict__', lambda: delattr(p, '__dict__'))
t('after del', lambda: vars(p))
t('set __dict__ list', lambda: setattr(p, '__dict__', []))
class DD(dict):
    def __getitem__(self, k):
        raise KeyError('hostile')
p.__dict__ = DD(a=2)
t('dict subclass __dict__', lambda: p.a)
p.b = 3
t('after set', lambda: (p.b, sorted(vars(p))))
p.__dict__ = {}
t('emptied', lambda: hasattr(p, 'a'))
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, H) and o.v == self.v
h = H(1)
d = {h: 'one'}
s = {h}
del H.__hash__
t('hash removed', lambda: hash(h))
t('lookup after hash removed', lambda: d.get(h))
t('set after hash removed', lambda: h in s)
H.__hash__ = lambda self: 12345
t('lookup with new hash', lambda: d.get(h))
del H.__eq__
t('eq removed', lambda: (h == H(1), h == h))
H.__hash__ = None
t('hash None', lambda: hash(h))
t('dict keys survive', lambda: len(d))

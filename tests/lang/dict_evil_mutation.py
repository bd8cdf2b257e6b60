# Mutation of a dict from inside key __eq__/__hash__ during operations:
# never a crash; results as CPython where deterministic.
class Key:
    def __init__(self, v, d=None, action=None):
        self.v = v
        self.d = d
        self.action = action
    def __hash__(self):
        return hash(self.v) & 7
    def __eq__(self, other):
        if self.action and self.d is not None:
            a = self.action
            self.action = None
            a(self.d)
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return 'K%d' % self.v
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def lookup_clears():
    d = {}
    d[Key(1)] = 'one'
    k = Key(9, d, lambda dd: dd.clear())
    return d.get(k), d
t(lookup_clears)
def lookup_adds():
    d = {}
    d[Key(1)] = 'one'
    k = Key(1, d, lambda dd: dd.__setitem__(Key(2), 'two'))
    return d.get(k), sorted(d.values())
t(lookup_adds)
def set_during_eq():
    d = {Key(1): 'one'}
    k = Key(1, d, lambda dd: dd.__setitem__('x', 'y'))
    d[k] = 'new'
    return sorted(map(str, d.values()))
t(set_during_eq)
def pop_during_eq():
    d = {Key(1): 'one', Key(2): 'two'}
    k = Key(1, d, lambda dd: dd.pop(next(iter(dd))))
    return d.pop(k, 'missing'), len(d)
t(pop_during_eq)
def del_during_eq():
    d = {Key(1): 'one'}
    k = Key(1, d, lambda dd: dd.clear())
    del d[k]
    return d
t(del_during_eq)
def update_from_mutating():
    src = {Key(1): 'a', Key(2): 'b'}
    dst = {Key(1): 'x'}
    for kk in list(src):
        kk.d = src
        kk.action = lambda s: s.__setitem__(Key(50), 'z')
    dst.update(src)
    return len(dst)
t(update_from_mutating)
def eq_compare_mutates():
    a = {Key(1): 1}
    b = {Key(1, None): 1}
    ka = next(iter(b))
    ka.d = a
    ka.action = lambda dd: dd.clear()
    return a == b
t(eq_compare_mutates)
def setdefault_mutates():
    d = {Key(1): 'one'}
    k = Key(1, d, lambda dd: dd.clear())
    r = d.setdefault(k, 'dflt')
    return r, d
t(setdefault_mutates)
def contains_mutates():
    d = {Key(1): 'one'}
    k = Key(1, d, lambda dd: dd.update({i: i for i in range(20)}))
    return k in d, len(d)
t(contains_mutates)
def fromkeys_dup():
    return dict.fromkeys([Key(1), Key(1), Key(2)])
t(fromkeys_dup)
class HashChanges:
    n = 0
    def __hash__(self):
        HashChanges.n += 1
        return HashChanges.n
    def __eq__(self, o):
        return self is o
def hash_changes():
    d = {}
    h = HashChanges()
    d[h] = 1
    return h in d, len(d), d.get(h)
t(hash_changes)
def value_eq_mutates():
    class V:
        def __eq__(self, o):
            a.clear()
            return False
    a = {1: V(), 2: 3}
    b = {1: V(), 2: 3}
    return a == b
t(value_eq_mutates)
def repr_mutates():
    class R:
        def __repr__(self):
            d.clear()
            return 'R'
    d = {1: R(), 2: R()}
    return repr(d)
t(repr_mutates)

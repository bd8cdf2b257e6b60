# A key whose __eq__ rebuilds the set/dict on every call makes a lookup
# restart forever on CPython.  SafePy bounds the restarts and raises
# RuntimeError ("... changed size during lookup"); it must never crash.
class Forever:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 7
    def __eq__(self, other):
        t = self.target
        t.clear()
        if isinstance(t, dict):
            t[Forever(t)] = 1
        else:
            t.add(Forever(t))
        return False
s = set()
s.add(Forever(s))
d = {}
d[Forever(d)] = 1
ops = [
    ('set in', lambda: Forever(s) in s),
    ('set add', lambda: s.add(Forever(s))),
    ('set discard', lambda: s.discard(Forever(s))),
    ('set remove', lambda: s.remove(Forever(s))),
    ('frozenset', lambda: frozenset([Forever(s), Forever(s)])),
    ('dict in', lambda: Forever(d) in d),
    ('dict get', lambda: d.get(Forever(d))),
    ('dict set', lambda: d.__setitem__(Forever(d), 2)),
    ('dict pop', lambda: d.pop(Forever(d), None)),
    ('dict setdefault', lambda: d.setdefault(Forever(d), 3)),
]
for name, f in ops:
    try:
        f()
        print(name, 'returned')
    except (RuntimeError, KeyError) as e:
        print(name, type(e).__name__, e)
    assert len(s) <= 2 and len(d) <= 2
print('done')

# dict operations (setdefault, pop, get, __contains__, __setitem__,
# __delitem__, update) whose key __eq__ clears and refills the dict.
# Must not crash; results may vary but must be consistent Python values.
class Evil:
    def __init__(self, d, act):
        self.d = d
        self.act = act
    def __hash__(self):
        return 42
    def __eq__(self, other):
        self.act(self.d)
        return False
def clear_refill(d):
    d.clear()
    for i in range(30):
        d[i * 1000] = i
def grow(d):
    for i in range(100, 140):
        d[i] = i
def replace(d):
    d.clear()
    d[Evil(d, lambda d: None)] = 'x'
for act in (clear_refill, grow, replace):
    d = {}
    for i in range(3):
        d[Evil(d, lambda d: None)] = i
    for op in ('setdefault', 'pop', 'get', 'contains', 'set', 'del', 'update'):
        for i in range(3):
            d[Evil(d, lambda d: None)] = i
        k = Evil(d, act)
        try:
            if op == 'setdefault':
                d.setdefault(k, 1)
            elif op == 'pop':
                d.pop(k, None)
            elif op == 'get':
                d.get(k)
            elif op == 'contains':
                k in d
            elif op == 'set':
                d[k] = 5
            elif op == 'del':
                del d[k]
            elif op == 'update':
                d.update({k: 1})
            r = 'ok'
        except (KeyError, RuntimeError) as e:
            r = type(e).__name__
        print(act.__name__, op, r, len(d), len(list(d.items())))

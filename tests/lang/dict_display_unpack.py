def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
t(lambda: {**a, **b})
t(lambda: {**b, **a})
t(lambda: {'y': 0, **a, 'x': 9, **b, 'w': -1})
t(lambda: {1: 'a', 1.0: 'b', True: 'c'})
t(lambda: {1: 'a', 2: 'b', 1: 'c'})
t(lambda: {**{1: 'a'}, **{1.0: 'b'}})
t(lambda: {**{}})
t(lambda: {**a.items().mapping})
t(lambda: {**[]})
t(lambda: {**None})
t(lambda: {**1})
t(lambda: {**'ab'})
class M:
    def keys(self):
        return iter(['k1', 'k2'])
    def __getitem__(self, k):
        return k.upper()
t(lambda: {**M()})
t(lambda: {**M(), 'k1': 'override'})
t(lambda: dict(**M()))
class BadKeys:
    def keys(self):
        return 3
    def __getitem__(self, k):
        return k
t(lambda: {**BadKeys()})
class NoGet:
    def keys(self):
        return ['a']
t(lambda: {**NoGet()})
t(lambda: {k: v for k, v in [(1, 'a'), (1, 'b'), (2, 'c')]})
t(lambda: {k % 3: k for k in range(10)})
t(lambda: {x: x * x for x in range(5) if x % 2})
t(lambda: {(i, j): i * j for i in range(3) for j in range(2)})
t(lambda: {[]: 1 for _ in range(1)})
t(lambda: {k: 1 for k in [[1]]})
order = []
def k(x):
    order.append('k%d' % x)
    return x
def v(x):
    order.append('v%d' % x)
    return x
t(lambda: {k(1): v(1), k(2): v(2)})
t(lambda: order)
order.clear()
t(lambda: {k(i): v(i) for i in range(3)})
t(lambda: order)
def f(**kw):
    return kw
t(lambda: f(**a, **{'w': 0}))
t(lambda: f(**a, **b))
t(lambda: f(**a, x=5))
t(lambda: f(**{1: 2}))
t(lambda: dict(**{1: 2}))
t(lambda: f(**{'a': 1}, **{'a': 2}))
t(lambda: f(**[]))
t(lambda: len({i: i for i in range(1000)}))
t(lambda: list({str(i): i for i in range(20)})[:5])
big = {}
for i in range(50):
    big['key%d' % i] = i
t(lambda: list({**big})[-3:])

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def up(*a, **k):
    d = {'x': 0}
    d.update(*a, **k)
    return d
t(lambda: up({'a': 1}))
t(lambda: up([('a', 1), ('b', 2)]))
t(lambda: up([['a', 1]]))
t(lambda: up(['ab', 'cd']))
t(lambda: up([(1, 2, 3)]))
t(lambda: up([('a', 1), (1, 2, 3)]))
t(lambda: up([(1,)]))
t(lambda: up([()]))
t(lambda: up([1]))
t(lambda: up([('a', 1), 5]))
t(lambda: up([None]))
t(lambda: up(5))
t(lambda: up(None))
t(lambda: up('ab'))
t(lambda: up('a'))
t(lambda: up(['a']))
t(lambda: up(a=1, b=2))
t(lambda: up({'a': 1}, a=2))
t(lambda: up([('x', 5)], x=6))
t(lambda: up({}, {}))
t(lambda: up(x=1, y=2, **{'z': 3}))
t(lambda: up(iter([(1, 2), (3, 4)])))
t(lambda: up((i, i * i) for i in range(4)))
t(lambda: up(zip('abc', range(3))))
t(lambda: up({1: 2}.items()))
t(lambda: up([{1, 2}]))
t(lambda: up([{'k': 'v', 'q': 'w'}]))
t(lambda: up([b'ab']))
t(lambda: up([bytearray(b'xy')]))
t(lambda: up([range(2)]))
t(lambda: up([range(3)]))
t(lambda: up([iter((1, 2))]))
t(lambda: up([(i for i in (7, 8))]))
t(lambda: up([[], [1, 2]]))
t(lambda: up([(1, 2), ([], 3)]))
t(lambda: up([([], 3)]))
class M:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
t(lambda: up(M()))
class K:
    def keys(self):
        return [1]
t(lambda: up(K()))
class K2:
    keys = 5
t(lambda: up(K2()))
class G:
    def __getitem__(self, k):
        if k < 2:
            return (k, k)
        raise IndexError
t(lambda: up(G()))
class BadKeys:
    def keys(self):
        return 5
    def __getitem__(self, k):
        return k
t(lambda: up(BadKeys()))
t(lambda: {}.update(1, 2))
t(lambda: {}.update({}, a=1, **{'a': 2}))
d = {'a': 1}
d.update(d)
print(d)
d.update(d.items())
print(d)
class Sub(dict):
    pass
s = Sub(k=1)
t(lambda: up(s))
class SubKeys(dict):
    def keys(self):
        return ['z']
    def __getitem__(self, k):
        return 'override'
t(lambda: up(SubKeys(a=1)))
class SubIter(dict):
    def __iter__(self):
        return iter(['w'])
t(lambda: up(SubIter(a=1)))

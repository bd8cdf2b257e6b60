d = {'a': [1], 'b': {'c': 2}}
c = d.copy()
print(c == d, c is d, c['a'] is d['a'])
c['a'].append(9)
c['z'] = 0
print(d, c)
e = dict(d)
print(e == d, e is d)
print({}.copy(), type({}.copy()))
class D(dict):
    pass
dd = D(x=1)
cc = dd.copy()
print(type(cc).__name__, cc)
red = dd.__reduce_ex__(2)
print(red[0].__name__, red[1], red[2], list(red[4]))
dd.attr = 5
red = dd.__reduce_ex__(2)
print(red[2], list(red[4]))
d = {i: i for i in range(100)}
for i in range(90):
    del d[i]
c = d.copy()
print(c, len(c))
c[1000] = 1
print(list(c)[-3:])
d.clear()
print(d, len(d), list(d))
d[1] = 1
print(d)
x = {1: 2}
alias = x
x.clear()
print(alias, alias is x)
x.update({3: 4})
print(alias)
# clear inside iteration
x = {1: 1, 2: 2}
try:
    for k in x:
        x.clear()
except RuntimeError as e:
    print('RuntimeError', e)
print(x)
# copy during __eq__ mutation is fine
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
d = {K(1): 'a', K(2): 'b'}
c = d.copy()
print(len(c), c[K(1)], c.get(K(3)))
# copy keeps insertion order with deleted holes
d = dict.fromkeys('abcdefgh')
del d['b'], d['d'], d['f']
print(''.join(d.copy()), ''.join(dict(d)), ''.join({**d}))
# dict(d) of subclass with overridden keys/getitem
class Odd(dict):
    def keys(self):
        return ['a']
    def __getitem__(self, k):
        return 'odd'
o = Odd(a=1, b=2)
print(dict(o), o.copy(), {**o}, dict(**o))
class Odd2(dict):
    def __iter__(self):
        return iter(['a'])
o2 = Odd2(a=1, b=2)
print(dict(o2), o2.copy(), {**o2})

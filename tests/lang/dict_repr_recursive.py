d = {}
d['self'] = d
print(d)
print(repr(d), str(d))
l = [d]
print(l)
d2 = {'a': [1, {'b': None}]}
d2['a'][1]['b'] = d2
print(d2)
a = {}
b = {'a': a}
a['b'] = b
print(a, b)
k = {1: 2}
k[2] = k.keys()
print(k)
v = {1: 2}
v[2] = v.values()
print(v)
it = {1: 2}
it[2] = it.items()
print(it)
class R:
    def __repr__(self):
        return 'R<' + repr(x) + '>'
x = {'r': R()}
print(x)
class D(dict):
    def __repr__(self):
        return 'D(' + dict.__repr__(self) + ')'
dd = D(a=1)
dd['me'] = dd
print(dd)
print({'s': {1, 2}, 'f': frozenset(), 't': (d,)})
print({1: 'x', 'y': 2.5, None: True, (1, 2): b'b', 3j: ...})
print({'é': 'ü', '\n': '\t', "'": '"'})
print(repr({1: {}}), repr({(): ()}))
e = {}
e[1] = [e, {2: e}]
print(e)
class Bomb:
    def __repr__(self):
        raise ValueError('bomb')
try:
    repr({1: Bomb()})
except ValueError as ex:
    print('ValueError', ex)
z = {}
z[0] = z
print(repr(z), repr(z))
class Mut:
    def __repr__(self):
        m.clear()
        return 'Mut'
m = {1: Mut(), 2: 'two', 3: 'three'}
try:
    print(repr(m))
except RuntimeError as ex:
    print('RuntimeError', ex)
class Add:
    def __repr__(self):
        n[len(n) + 100] = 0
        return 'Add'
n = {1: Add()}
try:
    print(repr(n)[:20])
except RuntimeError as ex:
    print('RuntimeError', ex)

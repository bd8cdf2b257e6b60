d = {'a': 1}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), list(k), list(v), list(i))
d['b'] = 2
print(len(k), list(k), list(v), list(i))
del d['a']
print(len(k), list(k), list(v), list(i), 'a' in k, ('b', 2) in i)
d.clear()
print(len(k), list(k), bool(k), bool(v), bool(i), k, v, i)
d.update(x=1, y=2, z=3)
print(k & {'x', 'q'}, sorted(k | {'q'}), k - {'x'}, sorted(i)[0])
print(k == {'x', 'y', 'z'}, v == v, i == {('x', 1), ('y', 2), ('z', 3)})
d['x'] = 10
print(('x', 10) in i, ('x', 1) in i, list(v))
it = iter(k)
print(next(it))
d['w'] = 0
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
r = reversed(i)
print(next(r))
d.popitem()
try:
    next(r)
except RuntimeError as e:
    print('RuntimeError', e)
e = {}
ek = e.keys()
print(ek.isdisjoint([]), ek == set(), ek <= set(), ek < {1})
e[1] = 1
print(ek > set(), ek >= {1}, ek == {1}, ek != {1.0})
m = {1: 2}
mk = m.keys()
print(mk.mapping, mk.mapping is not m, dict(mk.mapping) == m)
m[3] = 4
print(mk.mapping, len(mk.mapping))
del m
print(mk, mk.mapping)
print(list(map(len, ({}.keys(), {1: 1}.values(), {1: 1, 2: 2}.items()))))
print(sum({1: 10, 2: 20}.values()), max({'a': 3, 'b': 1}.items(), key=lambda p: p[1]))
print(sorted({3: 'c', 1: 'a', 2: 'b'}.items()), min({3: 0, 1: 0}.keys()))
print(any({0: 0}.keys()), all({1: 0}.values()), list(enumerate({'p': 1}.items())))
print(tuple({'a': 1}.items()), frozenset({'a': 1}.keys()), set({1: 'x'}.values()))
print(', '.join({'k1': 0, 'k2': 0}), ' '.join({'a': 'va', 'b': 'vb'}.values()))

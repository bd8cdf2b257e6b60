d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], 'b' in d, 'z' in d)
del d['b']
print(d)
d['b'] = 4
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('a', 9), d.setdefault('q', 7), d)
print(d.pop('q'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d)
e = d.copy()
e['new'] = 1
print(d, e)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
d.clear()
print(d, bool(d))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, c=3), dict())
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print({1: 'a', 1.0: 'b', True: 'c'})
print({(1, 2): 'tuple', None: 'none', 2.5: 'float'})
m = {}
for i in range(100):
    m[i] = i * i
for i in range(0, 100, 3):
    del m[i]
print(len(m), sum(m.values()), list(m)[:5])
print({i: i for i in range(5)} == dict(zip(range(5), range(5))))
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 2} == {1: 2, 3: 4}, {} == {})
print({'b': 1, 'a': 2} == {'a': 2, 'b': 1})

d = {}
print(d.setdefault('x', []), d)
d.setdefault('x', []).append(1)
d.setdefault('x', []).append(2)
print(d)
d = dict(a=1, b=2, c=3)
print(d.popitem(), d.popitem(), d, d.popitem(), d)
d = {1: 1, 2: 2, 3: 3}
del d[2]
print(d.popitem(), d)
d[4] = 4
print(list(d.items()))
d = {'k': 'v'}
d2 = dict(d)
d2['k'] = 'w'
print(d, d2)
print({1: 2}.get(1.0), {True: 'x'}[1], {0: 'z'}.get(False))
d = {}
d[1] = 'a'
d[1.0] = 'b'
print(d)
keys = list(range(50))
d = dict.fromkeys(keys, 0)
for k in keys[::2]:
    del d[k]
for k in keys[::4]:
    d[k] = 1
print(list(d)[:10], len(d))
print(dict(sorted({'b': 1, 'a': 2}.items())))
print(dict([['a', 1], ('b', 2), 'cd']))

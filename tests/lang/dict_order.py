d = {}
for k in 'hello world':
    d[k] = d.get(k, 0) + 1
print(d)
del d['l']
d['l'] = 0
print(list(d))
d = dict.fromkeys(range(10))
for i in range(0, 10, 2):
    del d[i]
d[0] = 'again'
print(list(d))
print(list(reversed(d)), list(reversed(d.values()))[:2], list(reversed(d.items()))[:2])
d = {}
for i in range(1000):
    d[str(i)] = i
for i in range(0, 1000, 2):
    del d[str(i)]
print(len(d), list(d)[:3], list(d)[-3:])
x = {'b': 1, 'a': 2}
x.update(c=3, a=4)
print(x)
print({**x, 'd': 5, 'a': 0})
print(x | {'z': 26}, {'z': 26} | x)
x |= [('q', 1)]
print(x)

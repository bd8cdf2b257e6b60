d = {}
for i in range(10):
    d[i] = i
for i in range(0, 10, 3):
    del d[i]
print(list(d))
d[0] = 'again'
d[3] = 'again'
print(list(d), list(d.values())[-2:])
d[5] = 'updated'
print(list(d))
for k in list(d):
    del d[k]
print(d, len(d))
d['z'] = 1
d['a'] = 2
print(d)
# many deletes then inserts, forcing compaction
d = {}
for i in range(1000):
    d[i] = i
    if i % 3:
        del d[i]
print(len(d), list(d)[:5], list(d)[-5:])
for i in range(1000, 1010):
    d[str(i)] = i
print(list(d)[-12:])
# pop and popitem keep order
d = dict.fromkeys('abcdef')
d.pop('c')
print(''.join(d))
print(d.popitem(), ''.join(d))
d['c'] = 1
print(''.join(d), d.popitem())
# update existing keeps position
d = dict(a=1, b=2, c=3)
d.update(a=10, d=4)
print(d)
d['b'] = 20
print(d)
# setdefault of existing
d.setdefault('a', 99)
print(d)
# re-insert after pop moves to end
d['a'] = d.pop('a')
print(d)
# reversed after deletes
d = {i: i for i in range(8)}
del d[2], d[5]
print(list(reversed(d)), list(reversed(d.items()))[:2], list(reversed(d.values())))
# equal keys of different types keep first key object
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
d = {True: 'bool'}
d[1] = 'int'
print(d)
del d[1.0]
print(d)
d[1.0] = 'f'
print(d)
# copy keeps order
d = {}
for w in 'the quick brown fox jumps over the lazy dog'.split():
    d[w] = d.get(w, 0) + 1
del d['quick']
c = d.copy()
print(c, list(c) == list(d))
print(dict(reversed(c.items())))
# clear then reuse
c.clear()
c['x'] = 1
print(c)
# deletion of all but last, then add
d = {i: None for i in range(20)}
for i in range(19):
    del d[i]
d['n'] = 0
print(d)

d = {}
for i in range(10):
    d[i] = str(i)
out = []
while d:
    out.append(d.popitem())
print(out)
d = dict(zip('abcde', range(5)))
del d['e']
print(d.popitem())
d['x'] = 1
print(d.popitem(), d.popitem())
d = {1: 1}
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e, repr(e), e.args)
# popitem after many deletes from the end
d = {i: i for i in range(20)}
for i in range(19, 9, -1):
    del d[i]
print(d.popitem(), len(d))
# popitem then reinsert the same key
d = {'a': 1, 'b': 2}
k, v = d.popitem()
d[k] = v
print(d)
# popitem in a loop with insertions
d = {0: 0}
for i in range(1, 6):
    d[i] = i
    d[i + 100] = i
    print(d.popitem(), end=' ')
print()
print(d)
class D(dict):
    pass
x = D(a=1, b=2)
print(x.popitem(), x)
# popitem on dict with deleted head
d = {i: i for i in range(5)}
del d[0], d[1]
print([d.popitem() for _ in range(3)])

# repr of recursive lists and mixed containers
a = [1]
a.append(a); print(a, str(a), repr(a))
b = [a, [a]]; print(b)
c = []; d = [c]; c.append(d); print(c, d)
e = [1, (2, [3])]; e[1][1].append(e); print(e)
f = {'k': []}; f['k'].append(f); print(f)
g = [[], [[]], [[], [[]]]]; print(g)
print([1.0, -0.0, 1e100, float('inf'), 'a\n', b'b', None, True, ..., NotImplemented, 1j])
print(['\'', '"', "'\"", '\x00', '\u1234', '\U0001f600'])
class R:
    def __repr__(self): return 'R!'
print([R(), [R()]])
class BadRepr:
    def __repr__(self): raise ValueError('no repr')
try:
    repr([1, BadRepr()])
except ValueError as e:
    print('ValueError', e)
h = [1]; h.append(h)
print(repr(h))   # repr still works after the error above
class NotStr:
    def __repr__(self): return 5
try:
    repr([NotStr()])
except TypeError as e:
    print('TypeError', e)
deep = []
for i in range(50): deep = [deep]
print(repr(deep))
l2 = [1, 2]; t2 = (l2,); l2.append(t2); print(l2, t2)
print(list.__repr__([1, 'x']), [].__repr__(), str([]))
print(f'{[1, "a"]}', '%s' % ([1],), '{}'.format([2]), format([3]))
try:
    format([1], 'x')
except TypeError as e:
    print('TypeError', e)

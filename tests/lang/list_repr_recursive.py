a = [1, 2]
a.append(a)
print(a)
print(repr(a))
b = [a, [a]]
print(b)
d = {'k': a}
a.append(d)
print(a)
print(str([1, 'a', None, 2.5, (1,)]))
t = ([],)
t[0].append(t)
print(t)
class R:
    def __repr__(self):
        return '<R>'
print([R(), R()])
class Bad:
    def __repr__(self):
        raise ValueError('no repr')
x = [Bad()]
try:
    repr(x)
except ValueError as e:
    print('ValueError', e)
print(x[:0], [x[:0]])

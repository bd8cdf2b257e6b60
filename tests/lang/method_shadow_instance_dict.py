# A method looked up through an instance whose dict later gains (or
# loses) an entry of the method's name: the instance entry wins from then
# on, however the dict got it.
class C:
    def __init__(self, tag):
        self.tag = tag
    def m(self):
        return 'method ' + self.tag

def call_many(o, n=3):
    return [o.m() for _ in range(n)]

a = C('a')
print(call_many(a))
a.m = lambda: 'attr'
print(call_many(a))
del a.m
print(call_many(a))
a.__dict__['m'] = lambda: 'via __dict__'
print(call_many(a))
a.__dict__.clear()
a.tag = 'again'
print(call_many(a))
a.__dict__.update({'x%d' % i: i for i in range(40)})
print(call_many(a))
a.__dict__.update(m=lambda: 'after growth')
print(call_many(a))
a.__dict__.pop('m')
print(call_many(a))
b = C('b')
b.__dict__.setdefault('m', lambda: 'setdefault')
print(call_many(b))
c = C('c')
c.__dict__ = {'tag': 'replaced', 'm': lambda: 'new dict'}
print(call_many(c))
d = C('d')
vars(d)['m'] = lambda: 'vars'
print(call_many(d))
e = C('e')
k = ''.join(['m'])          # an equal str that is not the interned name
e.__dict__[k] = lambda: 'equal key'
print(call_many(e))
# Many instances with many attributes, one of them shadowing.
objs = [C(str(i)) for i in range(20)]
for i, o in enumerate(objs):
    for j in range(i):
        setattr(o, 'f%d' % j, j)
objs[13].m = lambda: 'thirteen'
print([o.m() for o in objs])
# popitem and re-insert
f = C('f')
f.m = lambda: 'first'
f.__dict__.popitem()
print(call_many(f, 2))
f.__dict__['m'] = lambda: 'second'
print(call_many(f, 2))

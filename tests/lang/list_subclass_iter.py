# list/tuple subclasses that override __iter__/__len__/__getitem__: which protocol each operation uses
class L(list):
    def __iter__(self): return iter(['it'])
    def __len__(self): return 42
    def __getitem__(self, i): return 'gi'
    def __reversed__(self): return iter(['rev'])
    def __contains__(self, x): return x == 'magic'
l = L([1, 2, 3])
print(list(l), tuple(l), [*l], sorted(l), set(l), l[0], list(reversed(l)))
print('magic' in l, 1 in l, list.__len__(l), list.__getitem__(l, 0))
x = []; x.extend(l); print(x)
x = []; x += l; print(x)
print([] + l, l + [], l * 1, list(l.copy()), l[:] if False else 'skip')
y = [0, 0]; y[:] = l; print(y)
y = [0, 0, 0]; y[::1] = l; print(y)
print(str(l), repr(l), l == [1, 2, 3], l != [1, 2, 3], bool(l))
print(dict.fromkeys(l), ''.join(map(str, l)), max(l), min(l), sum([] if False else [1]))
a, *b = l; print(a, b)
def f(*args): return args
print(f(*l))
for v in l: print('for', v)
print([v for v in l], list(enumerate(l)), list(zip(l, l)), list(map(str, l)), list(filter(None, l)))
class T(tuple):
    def __iter__(self): return iter(('tit',))
    def __len__(self): return 7
t = T((1, 2))
print(list(t), tuple(t), [*t], sorted(t), t[0], t == (1, 2), f(*t), list(reversed(t)))
x = []; x.extend(t); print(x)
y = [0]; y[:] = t; print(y)
print(tuple(t) is t, type(tuple(t)).__name__)
z = L([1, 2, 3]); z[0:1] = z; print(list.__repr__(z))
z = L([1, 2, 3]); z[::-1] = z; print(list.__repr__(z))
z = L([1, 2]); z.extend(z); print(list.__repr__(z))
z = L([1, 2]); z += z; print(list.__repr__(z))
w = [5]; w[:] = T((8, 9)); print(w)

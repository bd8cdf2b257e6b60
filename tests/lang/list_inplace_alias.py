# in-place operators on lists keep identity; aliases see the change; += / *= / slice ops with self
a = [1, 2]
b = a
a += a; print(a, b is a)
a *= 2; print(b, b is a)
a[:] = a * 2; print(len(b), b is a)
a[1:3] = a[:2]; print(b)
c = [a, a]
a.clear(); print(c)
x = [0] * 3
y = [x] * 3
y[0].append(1); print(y)
z = [[0] * 2 for _ in range(2)]
z[0][0] = 5; print(z)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError', e)
print(t)
d = {'k': [1]}
d['k'] += [2]; d['k'] *= 2; print(d)
class Box:
    def __init__(self): self.items = [1]
bx = Box()
bx.items += (2, 3); print(bx.items)
l = [1, 2, 3]
l2 = l
l = l + [4]; print(l, l2, l is l2)
m = [1]
for i in range(3):
    m += m
print(len(m), m[:4])
n = [1, 2, 3]
n[len(n):] = [4]; n[:0] = [0]; print(n)
n[::2] = n[::2][::-1]; print(n)
p = [3, 1, 2]
q = p
p.sort(); p.reverse(); print(q, sorted(q) is q)

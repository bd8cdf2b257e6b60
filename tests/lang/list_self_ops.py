a = [1, 2]
a.extend(a)
print(a)
a += a
print(a)
a[:] = a
print(a)
a[1:3] = a
print(a, len(a))
b = [1, 2]
b.insert(1, b)
print(b)
print(b == b, b in b, b.count(b), b.index(b))
c = [0]
c.append(c)
c.remove(c)
print(c)
d = [1, 2, 3]
d *= 0
print(d)
e = [[]] * 3
e[0].append(1)
print(e)

# Slice assignment from an exact list or tuple stores its items directly
# (no copy): the source must be left as it was, the target must not share
# storage with it, and growing the target (which allocates) must keep the
# source's items alive.

a = [0, 1, 2, 3, 4, 5]
b = ['x', 'y']
a[1:3] = b
print(a, b)
b.append('z')
b[0] = 'changed'
print(a, b)

# growing the target: the source is a list much longer than the target's room
src = [str(i) * 3 for i in range(2000)]
t = [None]
t[0:1] = src
print(len(t), t[0], t[-1], t[1000], src[1999])
src.clear()
print(len(t), t[5])

# tuples
t2 = list(range(10))
t2[2:8] = ('a', 'b')
print(t2)
t2[::2] = ('p', 'q', 'r')
print(t2)

# reversed slices from fresh lists, as in fannkuch
perm = [3, 1, 0, 2]
first = perm[0]
perm[:first + 1] = perm[first::-1]
print(perm)
perm[:] = perm[::-1]
print(perm)

# self-assignment still snapshots
s = [1, 2, 3]
s[1:1] = s
print(s)
s[::-1] = s
print(s)
s[len(s):] = s
print(s)

# extended slice: size mismatch from a list and a tuple
for value in ([1, 2], (1, 2, 3, 4)):
    try:
        x = list(range(6))
        x[::2] = value
    except ValueError as e:
        print('ValueError:', e)

# subclasses are iterated (their __iter__ is called)
class L(list):
    def __iter__(self):
        print('L.__iter__')
        return iter(['i1', 'i2'])

y = [0, 0, 0]
y[0:2] = L([7, 8, 9])
print(y)

class T(tuple):
    def __iter__(self):
        print('T.__iter__')
        return iter(('t1',))

y[1:] = T((5, 6))
print(y)

# deleting and replacing with an empty list and tuple
z = list(range(5))
z[1:4] = []
print(z)
z[0:1] = ()
print(z)

a = list(range(10))
a[2:5] = ['a', 'b']
print(a)
a[:0] = [100, 101]
print(a)
a[len(a):] = 'xyz'
print(a)
a[::2] = range(len(a[::2]))
print(a)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a[1:2] = 5
except TypeError as e:
    print(e)
try:
    a[::3] = 5
except TypeError as e:
    print(e)
del a[::3]
print(a)
del a[1:3]
print(a)
del a[-1]
print(a)
try:
    del a[100]
except IndexError as e:
    print(e)
try:
    a[100] = 1
except IndexError as e:
    print(e)
b = [1, 2, 3]
b[:] = b
print(b)
b[1:1] = b
print(b)
b[::-1] = b
print(b)
c = [0, 1, 2, 3, 4, 5]
del c[::-2]
print(c)
c[5:1] = [9, 9]
print(c)

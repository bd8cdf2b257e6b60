# Starred unpacking of an exact list or tuple reads its items directly
# (eval.c's unpack_ex); everything else iterates.  The starred target is
# always a new list.

lst = [1, 2, 3, 4, 5]
tup = (1, 2, 3, 4, 5)
for seq in (lst, tup, [], (), [9], (9,), [1, 2], (1, 2)):
    try:
        a, *b = seq
        print("a,*b", a, b)
    except ValueError as e:
        print("ValueError", e)
    try:
        *c, d = seq
        print("*c,d", c, d)
    except ValueError as e:
        print("ValueError", e)
    try:
        e1, *f, g, h = seq
        print("e,*f,g,h", e1, f, g, h)
    except ValueError as e:
        print("ValueError", e)
    try:
        *i, = seq
        print("*i", i, i is seq, type(i).__name__)
    except ValueError as e:
        print("ValueError", e)

first, *middle, last = lst
middle.append(99)
print(first, middle, last, lst)
first, *middle, last = tup
print(first, middle, last, type(middle).__name__)

# nested targets and loops
for x, *ys in [(1, 2, 3), [4], (5, 6)]:
    print(x, ys)
(p, *q), *r = [[1, 2, 3], 4, 5]
print(p, q, r)


# subclasses and other iterables take the general path
class L(list):
    def __iter__(self):
        print("  L.__iter__")
        return list.__iter__(self)


class T(tuple):
    def __iter__(self):
        print("  T.__iter__")
        return tuple.__iter__(self)


a, *b = L([1, 2, 3])
print(a, b)
a, *b = T((4, 5, 6))
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b = "xyz"
print(a, b)
a, *b = {1: 2, 3: 4}
print(a, b)
a, *b = (i * i for i in range(4))
print(a, b)
try:
    a, *b = 5
except TypeError as e:
    print("TypeError", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, *c, d, e2 = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)

# many items, and the values are the originals
big = list(range(1000))
h, *mid, t = big
print(h, len(mid), t, mid[0], mid[-1], mid is big)
objs = [object() for _ in range(4)]
o1, *om, o4 = objs
print(o1 is objs[0], om[0] is objs[1], om[1] is objs[2], o4 is objs[3])

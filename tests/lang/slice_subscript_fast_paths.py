# Slicing of lists, tuples and strs with small-int / None bounds (the loop
# does these without a slice object) against the general path: big ints,
# __index__ objects, subclasses, a zero step, and slice assignment.

l = list(range(10))
t = tuple(range(10))
s = "abcdefghij"
u = "aé€𝄞bcdéf"

bounds = [None, 0, 1, 3, -1, -3, 9, 10, 11, -10, -11, 100, -100]
steps = [None, 1, 2, 3, -1, -2, -3, 11, -11]
out = []
for a in bounds:
    for b in bounds:
        for c in steps:
            out.append((l[a:b:c], t[a:b:c], s[a:b:c], u[a:b:c]))
print(len(out), hash(repr(out)) == hash(repr(out)))
print(out[:5])
print(out[-5:])
print(sum(len(x[0]) for x in out), sum(len(x[3]) for x in out))

# two-bound forms, as the compiler emits them
i, j = 2, 7
print(l[i:j], t[i:j], s[i:j], u[i:j], l[:j], t[i:], s[:], u[-2:])
print(l[j:i], l[::-1], s[::-2], t[::3], u[::-1])

# identity: a full slice of an exact tuple or str is the object itself
print(t[:] is t, t[0:10] is t, s[:] is s, s[0:] is s, l[:] is l, t[::1] is t)

# bounds that are not small ints take the general path
big = 1 << 80
print(l[-big:big], t[big:], s[:-big], l[::big], l[::-big])


class Ix:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


print(l[Ix(2):Ix(5)], s[Ix(1)::Ix(3)], t[:Ix(-2)])
print(l[True:3], s[False:True])

for obj in (l, t, s):
    try:
        obj[1:5:0]
    except ValueError as e:
        print(type(obj).__name__, "ValueError:", e)
    try:
        obj[1.0:2]
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
    try:
        obj["a":]
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)


class L(list):
    def __getitem__(self, k):
        print("L.__getitem__", k)
        return list.__getitem__(self, k)

    def __setitem__(self, k, v):
        print("L.__setitem__", k, v)
        list.__setitem__(self, k, v)


class S(str):
    pass


class T(tuple):
    pass


ll = L([1, 2, 3, 4])
print(ll[1:3], type(ll[1:3]).__name__)
ll[1:3] = [9]
print(ll)
ss = S("hello")
print(ss[1:3], type(ss[1:3]).__name__, ss[:] is ss, type(ss[:]).__name__)
tt = T((1, 2, 3))
print(tt[:], type(tt[:]).__name__, tt[:] is tt)

# other objects with slices
print(range(10)[2:8:2], b"abcdef"[1:4], bytearray(b"xyz")[::-1], memoryview(b"abc")[1:].tobytes())
try:
    {}[1:2]
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five[1:2]
except TypeError as e:
    print("TypeError:", e)
try:
    nothing = None
    nothing[1:2]
except TypeError as e:
    print("TypeError:", e)


class G:
    def __getitem__(self, k):
        return ("G", k.start, k.stop, k.step)

    def __setitem__(self, k, v):
        print("G set", k, v)


g = G()
print(g[1:2], g[:], g[::3], g["a":None:-1])
g[1:2] = 5
g[::2] = 6

# slice assignment
m = list(range(10))
m[2:5] = ["a", "b"]
print(m)
m[:0] = (7, 8)
print(m)
m[len(m):] = "xy"
print(m)
m[-3:] = []
print(m)
m[::2] = range(len(m[::2]))
print(m)
m[::-3] = "PQRS"[:len(m[::-3])]
print(m)
m[:] = m
print(m)
m[1:3] = m
print(m)
m[5:2] = [0]
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    m[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    m[::2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    m[1:5:0] = []
except ValueError as e:
    print("ValueError:", e)
tpl = (1, 2)
try:
    tpl[0:1] = (3,)
except TypeError as e:
    print("TypeError:", e)
try:
    s[0:1] = "x"
except TypeError as e:
    print("TypeError:", e)


def gen():
    yield 1
    yield 2


m[:2] = gen()
print(m)

# the stack stays right around a fused subscript in expressions
print([l[k:k + 2] for k in range(0, 10, 3)], (s[1:3], t[2:4])[1], len(u[1:4]) + l[2:3][0])
x = [[0] * 3 for _ in range(3)]
x[1][0:2] = [5, 6]
print(x, x[1][1:][0])


def f(seq):
    try:
        return seq[1:3]
    except TypeError:
        return "caught"
    finally:
        pass


print(f([1, 2, 3, 4]), f("abcd"), f(3))

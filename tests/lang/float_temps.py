# The interpreter writes a float result into a temporary operand's cell
# (the value of a BinOp operand, referenced from the stack alone) and keeps
# dead temporaries as spares for the next results (eval.c, "the float
# temporaries").  Every float a program can still see keeps its value.

a, b, c, d = 1.5, 2.25, -3.0, 0.5

# the shapes: temp + load, load - temp, temp * temp, chains, / and **
print(a * b + c, a - b * c, a * b + c * d, (a + b) * (c - d))
print(a * b + c * d + a * c, (a * b) / (c * d), (a * b) ** (c * d + 4.0))
print(a * b - (c * d) ** 2, -(a * b) + c, (a * 2) * (b * 2) * (c * 2))

# a stored temporary keeps its value when later expressions reuse cells
t = a * b
u = t + 1.0
v = (t * 1.0) + (t * 2.0)
w = t * t + t * t
print(t, u, v, w)

# the walrus keeps a reference: never a temporary
x = (s := a * b) + c * d
print(s, x)
y = (s2 := a * b) * 2.0 + (s2 * 3.0)
print(s2, y)

# many results alive at once
vals = [a * i + b * i for i in range(6)]
print(vals)
pairs = [(a * i, a * i + 1.0) for i in range(3)]
print(pairs)

# temporaries in lists, augmented assignment of subscripts and attributes
v1 = [1.0, 2.0, 3.0]
v2 = [0.5, 0.25, 0.125]
for i in range(3):
    v1[i] -= v2[i] * 2.0
    v2[i] += v1[i] * v1[i] + 1.0
print(v1, v2)


class P:
    pass


p = P()
p.x = 1.0
p.y = p.x
p.x += a * b
p.x *= (c * d) + 1.0
print(p.x, p.y)

# a loop: the spares cycle through the iterations
zr = zi = 0.0
cr, ci = -0.5, 0.25
seen = []
for i in range(8):
    tr = zr * zr - zi * zi + cr
    zi = 2.0 * zr * zi + ci
    zr = tr
    seen.append(zr)
    if zr * zr + zi * zi > 4.0:
        break
print(seen)
print(zr, zi, tr)

# comparisons pop temporaries too
n = 0
for i in range(10):
    if i * 0.5 * (i * 0.25) > i * 0.1 + 0.5:
        n += 1
print(n, 0.1 * 3 < 0.1 + 0.2, 1.5 * 2.0 == 3.0 * 1.0)


# a dunder's result is never a temporary, even when it is the dunder's own
# last float result and is stored elsewhere
class V:
    last = None

    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        r = self.v * other.v
        V.last = r
        return r

    def __matmul__(self, other):
        return V.keep


V.keep = 10.0 * 0.5
r1 = (V(2.0) + V(3.0)) * 2.0 + (a * b)
print(r1, V.last)
r2 = (V(1.0) @ V(1.0)) * 3.0 + 1.0
r3 = (V(1.0) @ V(1.0)) + (c * d)
r4 = (c * d) - (V(1.0) @ V(1.0))
print(r2, r3, r4, V.keep)


class R:
    def __radd__(self, other):
        return other

    def __rmul__(self, other):
        return V.keep


t = a * b
r5 = (t + R()) * 2.0
r6 = (c * d) + (t + R())
r7 = (a * b) * R() - 1.0
print(t, r5, r6, r7, V.keep)


# the other operand's code: calls, generators, exceptions
def f(z):
    return z * 2.0 + 1.0


def g(z):
    g.saved = z * 3.0
    return g.saved


print(a * b + f(c * d), g(a) + a * b, g.saved)
print((a * b) + g(c) * (d * d), g.saved)


def gen():
    got = yield 1.0
    while True:
        got = yield (got * 2.0) + (got * 0.5)


it = gen()
next(it)
print([it.send(float(i)) for i in range(4)])


def gen2():
    x = yield
    yield (x * x) + (yield (x * 1.5)) * 2.0


it = gen2()
next(it)
print(it.send(3.0), it.send(4.0))


def boom():
    raise ValueError("boom")


for i in range(3):
    try:
        q = (a * i) + (b * i) + boom()
    except ValueError as e:
        q = (a * i) * (b * i)
    print(i, q)

try:
    print((a * b) / (c - c))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print((a * b) ** (c * 1000.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print((c * 1.0) ** (d * 1.0), (c * 2.0) ** 2 + (a * b))
print((a * b) ** 1000.5 if False else (a * 0.5) ** (b * 2.0))

# mixed with small ints and float subclasses
class F(float):
    pass


print(a * 2 + 3 * b, (2 * a) * (F(1.5) * 2.0), type(F(1.5) * 2.0).__name__)
k = F(2.0)
print((k * 1.0) + (k + 1.0), type(k).__name__, k)

# identity of the values a program holds
m = a * b
lst = [m, m * 1.0]
lst2 = [x * 1.0 + x * 2.0 for x in lst]
print(lst, lst2, m is lst[0])

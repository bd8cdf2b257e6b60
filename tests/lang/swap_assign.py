# a, b = x, y and a, b, c = x, y, z: every value is evaluated before any
# target is stored, and the targets are stored left to right.

log = []


def v(name, value):
    log.append("eval " + name)
    return value


class Rec:
    def __setattr__(self, name, value):
        log.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value)

    def __setitem__(self, key, value):
        log.append("setitem %r=%r" % (key, value))


r = Rec()
r.a, r.b = v("x", 1), v("y", 2)
print(log)
log.clear()
r[0], r.c, r[1] = v("x", "p"), v("y", "q"), v("z", "r")
print(log)

a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
[a, b] = b, a
print(a, b)
(a, b), c = (c, a), b     # nested target: the old path
print(a, b, c)
a, *b = 1, 2, 3           # starred target: the old path
print(a, b)
a, b = *[7], 8            # starred value: the old path
print(a, b)

lst = [10, 20, 30]
i = 0
i, lst[i] = 2, 99         # lst[i] uses the new i
print(i, lst)
lst[0], lst[2] = lst[2], lst[0]
print(lst)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(30), fib(90))

# An exception while storing: the targets before it are set, not after.
class Bad:
    def __setitem__(self, k, v):
        raise KeyError(k)


bad = Bad()
a = b = None
try:
    a, bad["k"], b = 1, 2, 3
except KeyError as e:
    print("KeyError", e, a, b)

# An exception while evaluating: nothing is stored.
a = b = "old"
try:
    a, b = 1, 1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, a, b)

# Floats made by arithmetic on both sides.
x, y = 1.5, 2.5
for _ in range(3):
    x, y = y * 2.0, x + y
print(x, y)

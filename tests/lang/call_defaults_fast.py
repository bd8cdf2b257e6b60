# Calls that leave trailing parameters to their defaults, at sites run
# many times (the loop's plain-call path), while __defaults__ changes.

def f(a, b=2, c=3):
    return (a, b, c)


def run(n):
    out = []
    for i in range(n):
        out.append(f(i))
        out.append(f(i, 20))
        out.append(f(i, 20, 30))
    return out


print(run(3))
f.__defaults__ = (7, 8)
print(run(2))
f.__defaults__ = (9,)          # b has no default any more
print([f(1, 2)] * 2)
for _ in range(2):
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)
f.__defaults__ = None
for _ in range(2):
    try:
        f(1, 2)
    except TypeError as e:
        print("TypeError:", e)


def acc(x, into=[]):           # one shared mutable default
    into.append(x)
    return len(into)


print([acc(i) for i in range(5)], acc.__defaults__)


def outer(k):
    def inner(a, b=k):         # defaults and a closure cell
        return a + b + k
    return inner


g = outer(10)
print([g(i) for i in range(3)], [g(i, 1) for i in range(3)])


def cell_arg(a, b=5):          # a parameter captured by a closure
    return (lambda: a * b)()


print([cell_arg(i) for i in range(4)])


class C:
    def m(self, x, y=100):
        return x + y

    def __init__(self, v=1, w=2):
        self.v, self.w = v, w


c = C()
print([c.m(i) for i in range(3)], [C().v for _ in range(2)], [C(5).w for _ in range(2)])
print(vars(C(3)), vars(C(3, 4)))


def kwonly(a, b=1, *, c=2):    # keyword-only: the general path
    return a, b, c


print([kwonly(i) for i in range(2)])


def gen(a, b=4):               # a generator: the general path
    yield a + b


print([next(gen(i)) for i in range(2)])

# The loop's float temporaries: a float made by the loop's + - * fast path
# and still only on the value stack may be overwritten by the next float
# operation that pops it.  Every way a result can escape (a local, a
# copy, a walrus, a call argument, a container, an attribute, a closure,
# a yield, an exception) must leave it untouched, and identities must be
# CPython's: no result is ever another live float.
# (In a function: locals are LOAD_FAST/STORE_FAST, the loop's fast path.)
def main():
    a, b, c, d = 1.5, 2.25, -3.0, 0.5

    # Stored results are not temporaries any more.
    t = a * b
    u = t + 1.0
    v = t * t + t
    print(t, u, v, t is u, u is v)

    # Aliases: x = y = <expr> copies the result (COPY).
    x = y = a * b + c
    z = x * 2.0 + 1.0
    print(x, y, z, x is y)

    # Walrus keeps the intermediate.
    w = (p := a * b) + (q := c * d) * 2.0
    print(w, p, q)

    # Chains and trees.
    print(a * b * c * d, (a * b) + (c * d), (a + b) * (c - d), a * b - c * d + a * d)
    print((a * b) * (a * b), 2 * a * b + 1, 1 - a * 3, 3 * (a - 2) * (b + 1))

    # Call arguments, containers and attributes keep their values.
    def keep(*args):
        return args
    r = keep(a * b, a * b + c, (a - b) * (c - d))
    print(r, r[0] is r[1])
    l = [a * b, a * b + 1.0, c * d * 2.0]
    m = l[0] * 2.0 + l[1]
    print(l, m)
    l[0] += a * b
    l[1] *= 2.0 * a
    print(l)
    class P:
        def __init__(self, x, y):
            self.x = x * 1.0 + 0.0
            self.y = y * 1.0
        def norm2(self):
            return self.x * self.x + self.y * self.y
    o = P(a * b, c * d)
    o.x += o.y * 2.0
    print(o.x, o.y, o.norm2(), o.x, o.y)

    # In-place operators on locals.
    s = 0.0
    for i in range(5):
        s += a * i + b
        s -= c * d * i
    k = s
    s *= 1.5
    print(s, k, s is k)

    # Closures and cells.
    def outer():
        acc = a * b
        def inner(n):
            return acc * n + acc
        r1 = inner(2.0)
        r2 = inner(3.0)
        return acc, r1, r2
    print(outer())

    # Generators: a yielded result lives on in the consumer.
    def gen(n):
        x = 0.5
        for i in range(n):
            yield x * i + 1.0
            x = x * 2.0 - 0.25
    vals = list(gen(6))
    print(vals, sum(vals))
    g = gen(3)
    first = next(g)
    second = next(g)
    print(first, second, first * second + first)

    # Exceptions in the middle of an expression: the stack is unwound.
    def boom():
        raise ValueError("boom")
    res = []
    for i in range(3):
        try:
            res.append(a * i + (boom() if i == 1 else 0.5) * b)
        except ValueError as e:
            res.append(str(e))
        res.append(a * i * b + c)
    print(res)
    try:
        q2 = (a * b) + undefined_name
    except NameError as e:
        print("NameError", e)
    print(a, b, c, d, a * b + c * d)

    # Identity: every result is a new object (none of them is a or b).
    ids = set()
    keepalive = []
    for i in range(50):
        e1 = a * b + c
        e2 = e1 * d - a
        keepalive.append(e1)
        keepalive.append(e2)
    print(len(set(map(id, keepalive))), keepalive[:4], keepalive[-2:])
    print(a is (a * 1.0), (a * 1.0) is (a * 1.0))

    # Mixed int and float, NaN, infinities and signed zeros.
    nan, inf = float("nan"), float("inf")
    print(inf * 0.0 + 1.0, -0.0 * 1.0 - 0.0, (0.0 * -1.0) * 1.0, nan * 2.0 + nan, 2 ** 53 * 1.0 + 1)
    print(repr(-0.0 * 1.0 + -0.0), repr((1e308 * 10.0) - (1e308 * 10.0)))

    # Subclasses of float are not taken by the fast path.
    class F(float):
        def __mul__(self, o):
            return F(float(self) * o + 1000.0)
        def __add__(self, o):
            return "F+"
    f = F(2.0)
    print(f * 3.0 + 1.0, 1.0 + f * 1.0, type(f * 2.0).__name__, (f * 2.0) * 1.0)

    # Temporaries compared, negated, converted and formatted.
    print((a * b) < (c * d), -(a * b) + 1.0, abs(c * d - a), int(a * b * 4.0), "%.3f" % (a * b - c))
    print(round(a * b + c, 2), str(a * b * 1.0), [a * b for _ in range(2)])

    # Lists of results built in a loop (mandelbrot-like), checked element by element.
    zr = zi = 0.0
    cr, ci = -0.5, 0.25
    hist = []
    for i in range(20):
        tr = zr * zr - zi * zi + cr
        zi = 2.0 * zr * zi + ci
        zr = tr
        hist.append((zr, zi, zr * zr + zi * zi))
    print(hist[0], hist[9], hist[19])
    print(len(set(id(h[0]) for h in hist)), len(set(id(h[1]) for h in hist)))

main()

# A jump into the middle of an expression: `u or p * 2.0` jumps straight
# to the `+` when u is true, past the multiplication that made the last
# temporary -- which the first round gave away (Keep.__radd__ kept it).
class Keep:
    def __init__(self):
        self.seen = []
    def __radd__(self, other):
        self.seen.append(other)
        return other
def jump_into_expression():
    k = Keep()
    u = 0.0
    w = k
    res = []
    for i in range(3):
        p = float(i + 1)
        r = (u or p * 2.0) + w
        res.append(r)
        u = k.seen[0]
        w = 0.25
    return res, k.seen
print(jump_into_expression())

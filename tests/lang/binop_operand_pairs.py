# A binary operation or comparison whose right operand is a local or a
# constant (the assembler pairs LOAD_FAST / LOAD_CONST with the BINARY_OP
# or COMPARE_OP after it, and LOAD_FAST, LOAD_CONST or LOAD_FAST,
# BINARY_OP / COMPARE_OP into one; a local as a call's last argument or a
# subscript's key likewise), and a for loop's back edge
# (JUMP then FOR_ITER): results, errors and their positions, handlers,
# dunders, and jumps into the middle of a pair.


def show(f, *args):
    # The failing instruction's position: (line, end line, column, end
    # column), what a traceback's carets are drawn from.
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        tb = e.__traceback__.tb_next
        pos = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
        print(f.__name__, type(e).__name__, e, tb.tb_lineno, pos)


def arith(a, b):
    return a + b, a - 1, a * b, a % 3, b // 2, a ** 2, a / 4, a << 1, a & b, a | 8, a ^ b


def floats(x, y):
    return x + y, x * 2.5, x - y, x / 2, y ** 0.5


def const_error(s):
    return s + 1


def local_error(s, n):
    return s - n


def triple_error(s):
    t = s
    return t * 1.5


def unbound_right(flag):
    if flag:
        n = 3
    a = 1
    return a + n


def unbound_left(flag):
    if flag:
        n = 3
    return n + 1


def zero(a, b):
    return a // b


def zero_const(a):
    return a % 0


def caught(a):
    try:
        return a + 1
    except TypeError:
        return "caught"


def caught_triple(a):
    b = a
    try:
        r = b - 2
    except TypeError as e:
        r = str(e)
    return r


def into_middle(c, a, b):
    # The BINARY_OP is a jump target: the paired LOAD_CONST's path and
    # the other arm's both reach it.
    return a + (b if c else 1)


def into_middle_local(c, a, b, d):
    return a * (b if c else d)


def inplace(a):
    a += 1
    a *= a
    a -= 2
    a //= 3
    return a


def inplace_list(l):
    m = l
    m += [1]
    return l is m, l


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, int):
            return V(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        return V(o * 100 + self.v)

    def __sub__(self, o):
        raise ValueError("no sub %r" % (o,))

    def __repr__(self):
        return "V(%r)" % (self.v,)


def dunder(x):
    y = x
    return x + 1, 1 + x, y + 2


def dunder_not_impl(x):
    return x + "s"


def dunder_raises(x):
    return x - 5


def loops():
    out = []
    for i in range(3):
        for j in "ab":
            if j == "b" and i == 1:
                continue
            out.append((i, j))
        else:
            out.append("else")
    for k in range(10):
        if k == 2:
            break
    else:
        out.append("not reached")
    for c in (x * 2 for x in range(3)):
        out.append(c)
    n = 0
    for _ in []:
        n = n + 1
    return out, n, k


def loop_error():
    total = 0
    for v in [1, 2, "3", 4]:
        total = total + v
    return total


def gen():
    for i in range(3):
        yield i + 10


def two_locals(a, b):
    c = a
    return c + b, c * b, b - c


def two_locals_unbound(flag):
    a = 1
    if flag:
        b = 2
    return a + b


def compares(a, b):
    c = a
    r = [a < 3, a == b, c >= 2, c != 1.5, 3 > a, b <= c]
    if c < 10:
        r.append("lt")
    if a == "x":
        r.append("x")
    while c > 0:
        c = c - 2
    return r, c


def compare_error(a):
    return a < 1


def compare_error_local(a, b):
    c = a
    return c > b


def compare_unbound(flag):
    if flag:
        n = 1
    return 5 == n


def compare_caught(a):
    try:
        if a < 0:
            return "neg"
        return "pos"
    except TypeError as e:
        return "caught: %s" % e


class C:
    def __lt__(self, o):
        return ("lt", o)

    def __eq__(self, o):
        raise KeyError(o)


def compare_dunder(c):
    d = c
    return c < 4, d < "s"


def compare_dunder_raises(c):
    return c == 9


def call_local(f, x):
    y = x
    return f(y), len(y), f(x, y) if f is max else None


def call_unbound(flag):
    if flag:
        v = [1]
    return len(v)


def call_error(x):
    return len(x)


def subscr_local(l, i):
    j = i
    return l[j], l[i], {j: 1}[j]


def subscr_error(l, i):
    return l[i]


def big(a):
    return a + 1, a * 1000000007, a - 2 ** 70


for f, args in (
    (arith, (7, 5)),
    (arith, (-7, 5)),
    (floats, (1.5, 4.0)),
    (const_error, ("s",)),
    (local_error, ("s", 2)),
    (triple_error, (None,)),
    (unbound_right, (True,)),
    (unbound_right, (False,)),
    (unbound_left, (False,)),
    (zero, (1, 0)),
    (zero_const, (5,)),
    (caught, (None,)),
    (caught, (1,)),
    (caught_triple, ("x",)),
    (into_middle, (True, 1, 2)),
    (into_middle, (False, 1, 2)),
    (into_middle, (False, "a", 2)),
    (into_middle_local, (False, 3, 2, 4)),
    (into_middle_local, (True, "ab", 2, 4)),
    (inplace, (5,)),
    (inplace_list, ([0],)),
    (dunder, (V(1),)),
    (dunder_not_impl, (V(1),)),
    (dunder_raises, (V(1),)),
    (loops, ()),
    (loop_error, ()),
    (two_locals, (3, 4)),
    (two_locals, ("a", "b")),
    (two_locals_unbound, (True,)),
    (two_locals_unbound, (False,)),
    (compares, (2, 2)),
    (compares, (5, 1.5)),
    (compare_error, ("s",)),
    (compare_error_local, (1, None)),
    (compare_unbound, (False,)),
    (compare_caught, (-1,)),
    (compare_caught, ([],)),
    (compare_dunder, (C(),)),
    (compare_dunder_raises, (C(),)),
    (call_local, (max, [3, 1])),
    (call_local, (sorted, (2, 1))),
    (call_unbound, (True,)),
    (call_unbound, (False,)),
    (call_error, (5,)),
    (subscr_local, ([5, 6, 7], 1)),
    (subscr_error, ([5, 6, 7], 3)),
    (subscr_error, ({}, "k")),
    (big, (2 ** 62,)),
    (big, (1.5,)),
):
    show(f, *args)
print(list(gen()))

# Augmented assignment to a subscript (BINARY_SUBSCR_KEEP / STORE_SUBSCR_AUG),
# an attribute or a name: evaluation order, the operations called, and the
# positions a traceback shows for the target's load and store.

log = []


class Box:
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        log.append(("get", k))
        return self.data.get(k, 0)

    def __setitem__(self, k, v):
        log.append(("set", k, v))
        self.data[k] = v


def obj(o):
    log.append("obj")
    return o


def key(k):
    log.append("key")
    return k


def val(v):
    log.append("val")
    return v


b = Box()
obj(b)[key("x")] += val(5)
obj(b)[key("x")] *= val(3)
print(log, b.data)

a = [1.5, 2, "s", [4]]
a[0] += 1
a[1] **= 10
a[2] *= 3
a[3] += [5]
a[-1][0] -= 1
print(a)

m = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        m[i][j] += i * 3 + j
        m[j][i] -= 1
print(m)

d = {}
for w in "abracadabra":
    d[w] = d.get(w, 0)
    d[w] += 1
print(sorted(d.items()))

s = list(range(8))
s[2:5] += ["x"]
s[::2] = s[::2]
print(s)

ba = bytearray(b"abc")
ba[1] += 1
print(ba)

# The list shrinks, or is swapped for another, while the value is
# computed: the store checks the index again.
shrink = [1, 2, 3]


def clear_it():
    shrink.clear()
    return 1


try:
    shrink[2] += clear_it()
except IndexError as e:
    print("IndexError", e, shrink)
grow = [0]


def extend_it():
    grow.extend(range(5))
    return 7


grow[0] += extend_it()
grow[-1] -= extend_it()
print(grow)

t = (1, 2)
n = 0
for _ in range(100000):
    n += 1
print(n)


# Attributes: instance dicts, slots, class attributes shadowed on first
# store, properties, __getattr__ and __setattr__, class and module
# attributes, several types at one site.
class P:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 0


class Q:
    shared = 10

    def __init__(self):
        self.v = 1.0

    @property
    def prop(self):
        log.append("prop get")
        return self.v * 2

    @prop.setter
    def prop(self, x):
        log.append(("prop set", x))
        self.v = x


class G:
    def __getattr__(self, name):
        log.append(("getattr", name))
        return 100

    def __setattr__(self, name, value):
        log.append(("setattr", name, value))
        object.__setattr__(self, name, value)


log.clear()
p, q, g = P(), Q(), G()
for i in range(1000):
    p.n += i
    q.v *= 1.001
    q.shared += 1
print(p.n, round(q.v, 6), q.shared, Q.shared, "shared" in q.__dict__)
q.prop += 3
g.z += 1
g.z += 1
print(log, g.z)
Q.shared -= 4
print(Q.shared, Q().shared)
import math as _m
_m.tau_copy = 1
_m.tau_copy += 5
print(_m.tau_copy)
objs = [P() for _ in range(4)] + [Q(), Q()]
for k in range(30):
    for o in objs:
        if isinstance(o, P):
            o.n += k
        else:
            o.v += k
print([getattr(o, "n", None) or o.v for o in objs])
x = Q()
x.v = "a"
x.v += "b"
x.v *= 2
print(x.v)


def show(f):
    # The failing instruction's position: (line, end line, column, end
    # column), what a traceback's carets are drawn from.
    try:
        f()
    except Exception as e:
        tb = e.__traceback__.tb_next
        pos = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
        print(f.__name__, type(e).__name__, e, tb.tb_lineno, pos)


def sub_index():
    a = [1]
    a[5] += 1


def sub_store():
    t = (1,)
    t[0] += 1


def sub_op():
    a = [1]
    a[0] += None


class Slots:
    __slots__ = ()


class RO:
    x = property(lambda self: 1)


def attr_load():
    o = Slots()
    o.x += 1


def attr_store():
    o = RO()
    o.x += 1


def name_load():
    x += 1  # noqa: F821


def name_op():
    y = 1
    y += "s"


def attr_op():
    o = Q()
    o.v += None


for f in (sub_index, sub_store, sub_op, attr_load, attr_store, attr_op, name_load, name_op):
    show(f)

# Augmented assignment to a subscript (BINARY_SUBSCR_KEEP / STORE_SUBSCR_AUG)
# and to an attribute or a name: evaluation order, the operations called,
# and the positions a traceback shows for the target's load and store.

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

t = (1, 2)
n = 0
for _ in range(100000):
    n += 1
print(n)


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


for f in (sub_index, sub_store, sub_op, attr_load, attr_store, name_load, name_op):
    show(f)

# __slots__ members through the attribute caches: loads and stores in hot
# loops, unset slots, deletion, subclasses, private (mangled) names, and a
# class changed after the caches were filled.

class P:
    __slots__ = ("x", "y", "__secret")

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.__secret = x * y

    def secret(self):
        return self.__secret


class Q(P):
    __slots__ = ("z",)


def total(objs):
    s = 0
    for o in objs:
        s += o.x + o.y
        o.x = o.x + 1
    return s


ps = [P(i, i + 1) for i in range(50)]
print(total(ps), total(ps))
qs = [Q(i, 2 * i) for i in range(50)]
for q in qs:
    q.z = q.x
print(total(qs), sum(q.z for q in qs))
print(total(ps + qs))                  # one site, two types
print([p.secret() for p in ps[:5]], P.__dict__.keys() >= {"_P__secret"})


def read_x(o):
    return o.x


p = P(1, 2)
for _ in range(3):
    print(read_x(p))
del p.x
for _ in range(2):
    try:
        read_x(p)
    except AttributeError as e:
        print("AttributeError:", e)
p.x = 7
print(read_x(p))

empty = P.__new__(P)
try:
    empty.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    empty.w = 1
except AttributeError as e:
    print("AttributeError:", e)

# The same names as slots and as a plain class's instance attributes.
class D:
    def __init__(self):
        self.x = "dict"


for o in [D(), Q(5, 6), D(), Q(8, 9)]:
    print(read_x(o))

# The class changes after the caches were filled: a property now wins.
print(read_x(p), read_x(p))
P.x = property(lambda self: "prop")
print(read_x(p), read_x(qs[0]))
del P.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)

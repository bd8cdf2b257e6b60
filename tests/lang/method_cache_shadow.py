# LOAD_METHOD's cache: an instance attribute of the method's name shadows
# the method however it got into the instance dict, at any dict size, and
# the cached call site sees it at once.


class A:
    def m(self):
        return "method"


def call(o):
    return o.m()


def show(label, o):
    try:
        print(label, call(o))
    except TypeError as e:
        print(label, "TypeError", e)


a = A()
for _ in range(3):
    show("plain", a)

a.m = lambda: "attr"
show("setattr", a)
del a.m
show("deleted", a)

b = A()
show("b", b)
b.__dict__["m"] = lambda: "dict item"
show("dict item", b)

c = A()
name = "".join(["m"])          # equal, but not the interned object
c.__dict__[name] = lambda: "non-interned key"
show("non-interned", c)

d = A()
for i in range(20):            # a larger dict (no hash scan)
    setattr(d, "x%d" % i, i)
show("big", d)
setattr(d, "m", lambda: "big attr")
show("big attr", d)

e = A()
for i in range(5):
    setattr(e, "y%d" % i, i)
for i in range(5):
    delattr(e, "y%d" % i)
show("holes", e)
vars(e).update(m=lambda: "update")
show("update", e)


class Key(str):
    """A str subclass key equal to 'm' with m's hash."""
    def __hash__(self):
        return hash("m")

    def __eq__(self, other):
        return str.__eq__(self, other)


f = A()
f.__dict__[Key("m")] = lambda: "subclass key"
show("subclass key", f)

g = A()
g.m = 5
show("not callable", g)


class B(A):
    pass


h = B()
show("subclass", h)
h.m = lambda: "sub attr"
show("subclass attr", h)
A.m = lambda self: "replaced"
show("class changed", B())
show("instance wins", h)

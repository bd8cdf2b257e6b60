# Attribute, method and class-call sites that see instances of several
# classes (the loop's polymorphic inline caches): every class keeps its
# own answer, and changes to any of them are seen at once.


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def name(self):
        return self.kind


class A(Base):
    kind = "A"


class B(Base):
    kind = "B"

    def get(self):
        return -self.v


class C(Base):
    __slots__ = ("w",)
    kind = "C"

    def __init__(self, v):
        self.v = v
        self.w = v * 10


class D(Base):
    kind = "D"

    @property
    def v(self):
        return 1000

    @v.setter
    def v(self, x):
        pass


class E(Base):
    kind = "E"


class F(Base):
    kind = "F"


def read(o):
    return o.v


def write(o, x):
    o.v = x


def call(o):
    return o.get()


def name(o):
    return o.name()


def make(cls, v):
    return cls(v)


classes = [A, B, C, D, E, F]
objs = [make(cls, i + 1) for i, cls in enumerate(classes)]
for rnd in range(3):
    print(rnd, [read(o) for o in objs], [call(o) for o in objs], [name(o) for o in objs])
    for o in objs:
        write(o, read(o) + 1)
print([type(o).__name__ for o in objs], [getattr(o, "w", None) for o in objs])

# Runs of one class, then alternation, then cycling through all.
seq = [objs[0]] * 5 + [objs[1]] * 5 + [objs[0], objs[1]] * 5 + objs * 3
print(sum(call(o) for o in seq), sum(read(o) for o in seq))

# Changes while the sites hold entries for every class.
B.get = lambda self: "B.get replaced"
print([call(o) for o in objs])
objs[0].get = lambda: "instance attr on A"
print([call(o) for o in objs])
del objs[0].get
A.v = property(lambda self: "A.v property")
print([read(o) for o in objs])
del A.v
print([read(o) for o in objs])
del objs[4].v
try:
    read(objs[4])
except AttributeError as e:
    print("AttributeError:", e)
E.v = "class v"
print(read(objs[4]))
Base.name = lambda self: "renamed " + self.kind
print([name(o) for o in objs])


class G(Base):
    def __init__(self, v):
        self.v = ("G", v)


print([read(make(cls, 9)) for cls in classes + [G]])
C.__init__ = lambda self, v: setattr(self, "w", -v)
c = make(C, 3)
print(c.w, hasattr(c, "v"))


# Instances whose dicts hold the attribute at different entries.
class P:
    pass


ps = []
for i in range(6):
    p = P()
    for j in range(i):
        setattr(p, "pad%d" % j, j)
    p.x = i
    ps.append(p)


def getx(o):
    return o.x


print([getx(p) for p in ps] * 2)

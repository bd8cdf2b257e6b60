# Whether a dead instance's class has a __del__ is remembered per class
# and class version (finalize.c's has_del): a __del__ added to the class
# or to a base after instances died without one, deleted again, a base
# swapped through __bases__, __class__ assignment -- each time after the
# attribute caches have marked the classes (attribute and method calls on
# their instances in a loop) and after collections have asked.
import gc

log = []

class Base:
    def __init__(self, tag):
        self.tag = tag
    def m(self):
        return self.tag

class A(Base):
    pass

class B(A):
    pass

class WithDel:
    def __del__(self):
        log.append("WithDel.__del__ " + str(self.tag))

def churn(cls, n, tag):
    total = 0
    for i in range(n):
        o = cls(tag)
        total += len(o.m()) + len(o.tag)
    gc.collect()
    return total

class Neutral(Base):
    pass

def step(name):
    # The same calls again with a class that never has a __del__: on
    # SafePy a C stack word left from the last churn may still point at
    # its last instance (a conservative root), now at one of these.
    churn(Neutral, 3, "n")
    gc.collect()
    print(name, sorted(log))
    log.clear()

churn(B, 50, "b0")
churn(A, 50, "a0")
step("no __del__")

B.__del__ = lambda self: log.append("B.__del__ " + self.tag)
churn(B, 3, "b1")
churn(A, 3, "a1")
step("B gains __del__")

Base.__del__ = lambda self: log.append("Base.__del__ " + self.tag)
churn(B, 2, "b2")
churn(A, 2, "a2")
step("Base gains __del__")

del B.__del__
churn(B, 2, "b3")
step("B loses its own")

del Base.__del__
churn(B, 2, "b4")
churn(A, 2, "a4")
step("Base loses it")

class Plain:
    pass

class C(Plain):
    def __init__(self, tag):
        self.tag = tag
    def m(self):
        return self.tag
churn(C, 20, "c0")
step("C plain")
C.__bases__ = (WithDel,)
churn(C, 2, "c1")
step("C's base has __del__")
C.__bases__ = (Plain,)
churn(C, 2, "c2")
step("C's base swapped back")

def reclass(cls, to, tag):
    for i in range(3):
        x = cls(tag)
        x.m()
        x.__class__ = to
        x.m()
    del x

B.__del__ = lambda self: log.append("B.__del__ again " + self.tag)
reclass(A, B, "x1")
step("__class__ assigned")
reclass(B, A, "y1")
step("__class__ back to A")

# Many classes, each its own answer.
classes = []
for i in range(6):
    ns = {"__init__": lambda self, tag: setattr(self, "tag", tag), "m": lambda self: self.tag}
    if i % 2:
        ns["__del__"] = (lambda k: lambda self: log.append("K%d.__del__ %s" % (k, self.tag)))(i)
    classes.append(type("K%d" % i, (), ns))
for k, cls in enumerate(classes):
    churn(cls, 3, "k%d" % k)
step("six classes")
classes[0].__del__ = lambda self: log.append("K0 late " + self.tag)
del classes[1].__del__
for k, cls in enumerate(classes[:2]):
    churn(cls, 1, "z%d" % k)
step("K0 gains, K1 loses")

# Class attributes read through instances and through the class, at one
# site run many times (the attribute caches), while the classes and
# instances change under them.

class Base:
    LIMIT = 10
    NAME = "base"

    def f(self):
        return "Base.f"


class K(Base):
    SCALE = 3


def via_inst(o):
    return o.LIMIT, o.SCALE, o.NAME


def via_class(c):
    return c.LIMIT, c.NAME


k = K()
for _ in range(3):
    print(via_inst(k), via_class(K), via_class(Base))

k.LIMIT = 99                     # the instance shadows the class
print(via_inst(k), via_inst(K()))
del k.LIMIT
print(via_inst(k))
K.SCALE = 4                      # the class changes
print(via_inst(k))
Base.LIMIT = 11                  # a base changes
print(via_inst(k), via_class(K), via_class(Base))
K.LIMIT = 12                     # the subclass now shadows the base
print(via_inst(k), via_class(K), via_class(Base))
del K.LIMIT
print(via_inst(k), via_class(K))
del Base.NAME
for c in (K, Base):
    try:
        via_class(c)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    via_inst(k)
except AttributeError as e:
    print("AttributeError:", e)
Base.NAME = "again"


# A value of a user class gains __get__ after the site cached it.
class V:
    pass


class H:
    item = V()


def get_item(o):
    return type(o.item).__name__


h = H()
print(get_item(h), get_item(h), type(H.item).__name__)
V.__get__ = lambda self, obj, owner: "from __get__"
print(h.item, H.item, get_item(h) if isinstance(h.item, str) else "?")


# Functions through the class are the functions themselves; through an
# instance, bound methods.
def fn_via_class(c):
    return c.f


for _ in range(3):
    print(fn_via_class(K) is Base.__dict__["f"], fn_via_class(K)(k))
print(type(k.f).__name__, k.f())


# The same site on classes and on instances, and on modules.
import math


def get_pi(o):
    return o.pi


class HasPi:
    pi = "class pi"


for o in [math, HasPi, HasPi(), math, HasPi, HasPi()]:
    print(get_pi(o))


# A metaclass attribute: type's own attributes are never taken from the
# class dict's cache.
class Meta(type):
    @property
    def LIMIT(cls):
        return "meta property"


class M(metaclass=Meta):
    LIMIT = 5


for _ in range(2):
    print(via_class(M) if hasattr(M, "NAME") else M.LIMIT, M().LIMIT)
for _ in range(2):
    print(K.__name__, K.__qualname__, K.__doc__, Base.__mro__[0].__name__)


# A class attribute that is a data descriptor of a built-in type wins over
# the instance dict; a plain one loses to it.
class P:
    x = property(lambda self: "property")
    y = 1

    def __init__(self):
        self.__dict__["x"] = "dict x"
        self.__dict__["y"] = "dict y"


p = P()
for _ in range(2):
    print(p.x, p.y)


# Names stored in the class dict under a non-interned key.
class Q:
    pass


setattr(Q, "".join(["dyn", "amic"]), 42)
for _ in range(3):
    print(Q.dynamic, Q().dynamic)

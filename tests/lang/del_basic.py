# __del__ (PEP 442): runs once when the object becomes garbage (here:
# after del + gc.collect()), may resurrect the object, exceptions in it
# are reported and ignored, it can be added to or removed from the class
# later, and works for subclasses of built-in types and on cycles.
import gc
import _weakref as weakref   # the C module: fast under GC stress

class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = A("a")
del a
gc.collect()
print("after a")

# the weak reference is still alive inside __del__, dead afterwards
class W:
    def __del__(self):
        print("in __del__, weakref alive:", r() is self)
w = W(); r = weakref.ref(w)
del w
gc.collect()
print("after __del__, weakref:", r())

# resurrection: into a global, a class attribute; no second __del__
saved = []
class R:
    keep = None
    count = 0
    def __del__(self):
        R.count += 1
        print("R.__del__", R.count)
        saved.append(self)
x = R(); del x; gc.collect()
print("resurrected:", len(saved), gc.is_finalized(saved[0]))
saved.clear(); gc.collect()
print("R calls:", R.count)

class K:
    def __del__(self):
        K.keep = self
        print("K keeps itself")
k = K(); del k; gc.collect()
print(type(K.keep).__name__, gc.is_finalized(K.keep))
K.keep = None; gc.collect()
print("K done")

# an exception in __del__ is reported on stderr, the program goes on
class E:
    def __del__(self):
        raise ValueError("boom")
e = E(); del e; gc.collect()
print("went on")

# __del__ added to the class after the instance exists, then removed
class L:
    pass
l1 = L(); l2 = L()
L.__del__ = lambda self: print("late __del__")
del l1; gc.collect()
del L.__del__
del l2; gc.collect()
print("no __del__ for l2")

# subclasses of built-in types
class MyList(list):
    def __del__(self):
        print("MyList del", len(self))
class MyDict(dict):
    def __del__(self):
        print("MyDict del", sorted(self))
class MyError(Exception):
    def __del__(self):
        print("MyError del", self.args)
ml = MyList([1, 2, 3]); md = MyDict(x=1, y=2)
del ml; gc.collect()
del md; gc.collect()
try:
    raise MyError("e1")
except MyError:
    pass
gc.collect()

# a cycle of objects with __del__: each runs once
names = []
class C:
    def __del__(self):
        names.append(self.name)
c1 = C(); c1.name = "c1"; c2 = C(); c2.name = "c2"
c1.other = c2; c2.other = c1
del c1, c2; gc.collect()
print("cycle:", sorted(names))

# not finalized while alive
alive = A("alive")
print("is_finalized:", gc.is_finalized(alive), gc.is_finalized(1), gc.is_finalized([]))
alive.name = "alive (at exit)"

# __del__ and weak references together: a weak reference to an object
# with a pending __del__ stays valid while __del__ runs and dies with the
# object; __del__ touching weakly referenced objects (alive or dying with
# it), making new weak references to itself, and weakref callbacks that
# run next to finalizers.  A weak reference must never lead to freed
# memory.
import gc
import _weakref

log = []
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        me = self.wr() if hasattr(self, "wr") else None
        other = self.other() if hasattr(self, "other") else None
        log.append((self.name, me is self, other is None or isinstance(other.name, str)))
        self.selfref = _weakref.ref(self)       # a new weakref to a dying object
        T.last = self.selfref

def cb(r):
    log.append(("callback", r() is None))

a = T("a"); a.wr = _weakref.ref(a, cb); holders = [a.wr]   # the weakref outlives a
b = T("b"); a.other = _weakref.ref(b); b.other = _weakref.ref(a)
a.strong = b
ra, rb = _weakref.ref(a), _weakref.ref(b)
del a, b
gc.collect()
print(sorted(log, key=str))
print("after:", ra(), rb())
gc.collect()
print("T.last ->", T.last())

# a weak reference whose only holder is the object being finalized
class Holder:
    def __del__(self):
        t = self.ref()
        Holder.saw = t is not None and t.name
target = T("target")
h = Holder(); h.ref = _weakref.ref(target)
del h, target
gc.collect(); gc.collect()
# (the target dies with its holder: whether it is still there depends on
# the order of the two finalizers -- unspecified, as for CPython's cycles)
print("Holder saw", Holder.saw in ("target", False))

# many objects, each weakly referencing the next, all dying together
objs = [T("n%d" % i) for i in range(200)]
for i in range(199):
    objs[i].other = _weakref.ref(objs[i + 1])
refs = [_weakref.ref(o) for o in objs]
log.clear()
del objs
gc.collect(); gc.collect()
print(len(log), sum(1 for r in refs if r() is not None))

# A weak reference whose referent died is kept until its callback ran,
# even when the program drops the reference itself before that: the
# callback still runs, once, with the reference as its argument (CPython
# calls it when the referent dies).  Before the fix the reference was
# freed by the next collection, its callback lost, and the count of
# pending callbacks stayed wrong for good (every later safe point then
# walked the heap 100 times).  The big allocations make collections
# happen between the steps without a safe point in between.
import gc, weakref

class T:
    pass

seen = []
def cb(ref):
    seen.append((type(ref).__name__, ref() is None))

gc.collect()
t = T()
w = weakref.ref(t, cb)
del t
a = bytearray(20 << 20)    # the referent dies at the next collection...
b = [0]
del w                      # ...and the reference is dropped before the callback
c = bytearray(48 << 20)    # (more than the trigger: twice what survived, 16 MiB at least)
d = [0]
del a, c
gc.collect()
print(seen)

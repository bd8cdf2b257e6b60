# Weak references that die: callbacks, WeakValueDictionary, WeakSet, dead
# proxies.  Objects die at a collection in SafePy (at once in CPython), so
# every death here is followed by gc.collect().
import weakref, gc

class A:
    pass

log = []
def make():
    a = A()
    return weakref.ref(a, lambda r: log.append("cb"))

r = make()
for i in range(3):
    gc.collect()
print(r(), log)

# WeakValueDictionary drops dead values
d = weakref.WeakValueDictionary()
def fill():
    for i in range(5):
        d[i] = A()
fill()
keep = A()
d["keep"] = keep
for i in range(3):
    gc.collect()
print(sorted(d.keys(), key=str))

ws = weakref.WeakSet()
def fill2():
    for i in range(5):
        ws.add(A())
fill2()
ws.add(keep)
gc.collect()
print(len(ws))

# a dead proxy
def mkproxy():
    return weakref.proxy(A())
p = mkproxy()
gc.collect()
try:
    p.x
except ReferenceError as e:
    print("ReferenceError", e)

# a failing callback is reported, not raised
def bad(r):
    1 / 0
def make_bad():
    return weakref.ref(A(), bad)
rb = make_bad()
gc.collect()
print("after bad", rb())

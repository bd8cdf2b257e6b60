# A value the program dropped must die at the next collection wherever it
# was last on the value stack: module level, functions, class bodies,
# generators, after calls with many arguments, after exceptions.
import gc
import _weakref as weakref   # the C module: fast under GC stress

class A:
    pass

def many(*args, **kw):
    return len(args) + len(kw)

def show(label, r):
    gc.collect()
    print(label, r() is None)

# module level: the argument slot of weakref.ref(a)
a = A(); r = weakref.ref(a); del a
show("module", r)

# module level, call with many arguments
a = A(); r = weakref.ref(a)
n = many(1, 2, 3, a, a, 4, 5, 6, 7, 8, k=a, j=a)
del a
show("many args", r)

# built containers, subscripts, attribute stores
a = A(); r = weakref.ref(a)
t = (1, a, 2); l = [a, a]; d = {"k": a}; s = {a}
x = d["k"]
del a, t, l, d, s, x
show("containers", r)

def func():
    a = A(); r = weakref.ref(a)
    many(a, a, a)
    del a
    gc.collect()
    return r() is None
print("function", func())

class Body:
    a = A(); r = weakref.ref(a)
    many(a, a)
    del a
    gc.collect()
    print("class body", r() is None)

def gen():
    a = A(); r = weakref.ref(a)
    yield many(a, a)
    del a
    gc.collect()
    yield r() is None
g = gen(); next(g); print("generator", next(g))

# after an exception raised in the middle of an expression
a = A(); r = weakref.ref(a)
try:
    [a, a, 1 / 0]
except ZeroDivisionError:
    pass
del a
show("exception", r)


# for loops and unpacking
a = A(); r = weakref.ref(a)
for item in [a, a]:
    pass
p, q = a, a
first, *rest = [a, 1, 2]
del a, item, p, q, first, rest
show("loops", r)

# comparisons, boolean operators, f-strings
a = A(); r = weakref.ref(a)
b = a is a and a == a or a
c = f"{a!r:>1}" and 1
del a, b
show("operators", r)

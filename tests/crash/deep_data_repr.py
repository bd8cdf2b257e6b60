# repr/str/== of data nested a million deep: RecursionError, never a crash.
a = []
for i in range(1000000):
    a = [a]
for op in (repr, str):
    try:
        op(a)
    except RecursionError:
        print(op.__name__, "RecursionError")
b = []
for i in range(1000000):
    b = [b]
try:
    print(a == b)
except RecursionError:
    print("== RecursionError")
d = {}
for i in range(1000000):
    d = {"k": d}
try:
    repr(d)
except RecursionError:
    print("dict repr RecursionError")
t = ()
for i in range(1000000):
    t = (t,)
try:
    hash(t)
except RecursionError:
    print("tuple hash RecursionError")

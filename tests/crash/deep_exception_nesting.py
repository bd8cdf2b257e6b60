# Exceptions nested through __cause__, args and exception groups.
e = None
for i in range(50000):
    n = ValueError(i)
    n.__cause__ = e
    e = n
try:
    raise e
except ValueError as x:
    print("caught", x)
a = ValueError("x")
for i in range(100000):
    a = ValueError(a)
for f in (str, repr):
    try:
        f(a)
    except RecursionError:
        print(f.__name__, "RecursionError")
g = ValueError("leaf")
for i in range(20000):
    g = ExceptionGroup("g", [g])
for name, f in [("split", lambda: g.split(ValueError)), ("subgroup", lambda: g.subgroup(TypeError)),
                ("derive", lambda: g.derive([ValueError()]).exceptions)]:
    try:
        r = f()
        print(name, "ok")
    except RecursionError:
        print(name, "RecursionError")
raise e

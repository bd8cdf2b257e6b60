C = object
for i in range(3000):
    C = type("C%d" % i, (C,), {"n": i})
print(len(C.__mro__), C.n, isinstance(C(), object))
print(C().n, issubclass(C, object))
bases = [type("B%d" % i, (), {}) for i in range(300)]
M = type("M", tuple(bases), {})
print(len(M.__mro__))
try:
    type("Bad", (bases[0], bases[0]), {})
except TypeError as e:
    print(e)

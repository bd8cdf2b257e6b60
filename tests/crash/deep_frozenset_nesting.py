# frozensets nested 100,000 deep: repr and == recurse (RecursionError), hash
# is cached at each level (fine); sets of them work.
N = 100000
F = frozenset()
for i in range(N):
    F = frozenset([F])
G = frozenset()
for i in range(N):
    G = frozenset([G])
for name, f in [("repr", lambda: repr(F)), ("hash", lambda: hash(F) == hash(G)), ("==", lambda: F == G),
                ("in set", lambda: F in {F}), ("set", lambda: len({F, G})), ("<=", lambda: F <= G)]:
    try:
        print(name, f())
    except RecursionError:
        print(name, "RecursionError")
s = set()
s.add(frozenset([frozenset([1])]))
print(s)

# Ordering and membership on data nested 100,000 deep: RecursionError, never
# a crash; the guard must also leave the program able to go on.
N = 100000
def nest(n, wrap):
    x = wrap(())
    for i in range(n):
        x = wrap(x)
    return x
L, L2 = nest(N, lambda x: [x]), nest(N, lambda x: [x])
T, T2 = nest(N, lambda x: (x,)), nest(N, lambda x: (x,))
D, D2 = nest(N, lambda x: {"k": x}), nest(N, lambda x: {"k": x})
for name, f in [("list <", lambda: L < L2), ("list <=", lambda: L <= L2), ("tuple <", lambda: T < T2),
                ("tuple ==", lambda: T == T2), ("dict ==", lambda: D == D2), ("sorted", lambda: sorted([L, L2])),
                ("max", lambda: max([T, T2])), ("in", lambda: L in [L2]), ("count", lambda: [L2].count(L)),
                ("index", lambda: [L2].index(L)), ("remove", lambda: [L2].remove(L)),
                ("items ==", lambda: D.items() == D2.items()), ("slice ==", lambda: slice(L) == slice(L2)),
                ("dict key", lambda: {T: 1}[T2])]:
    try:
        print(name, f())
    except RecursionError as e:
        print(name, "RecursionError")
print([[[1]]] < [[[2]]], [[1]] == [[1]])

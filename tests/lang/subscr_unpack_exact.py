# The loop's inline list/tuple item access (BINARY_SUBSCR on exact lists
# and tuples, STORE_SUBSCR on exact lists, UNPACK_SEQUENCE of exact lists
# and tuples) against CPython: negative and out-of-range indices, bools
# and big ints as indices, and subclasses, whose own __getitem__,
# __setitem__ and __iter__ must be used (unpacking a tuple or list
# subclass iterates it).
def main():
    l = [10, 20, 30]
    t = (1, 2, 3)
    print(l[0], l[-1], l[-3], t[0], t[-1], t[2], l[True], t[False])
    for seq in (l, t, [], ()):
        for i in (3, -4, 2**62, -2**62, 2**70):
            try:
                print(seq[i])
            except IndexError as e:
                print("IndexError", e)
    l[-1] = 99
    l[0] = "a"
    l[True] = "b"
    print(l)
    for i in (3, -4, 2**70):
        try:
            l[i] = 0
        except IndexError as e:
            print("IndexError", e)
    try:
        t[0] = 1
    except TypeError as e:
        print("TypeError", e)
    try:
        print(l["x"])
    except TypeError as e:
        print("TypeError", e)

    class L(list):
        def __getitem__(self, i):
            return ("L.getitem", i)
        def __setitem__(self, i, v):
            print("L.setitem", i, v)
        def __iter__(self):
            return iter(("p", "q"))
    class T(tuple):
        def __getitem__(self, i):
            return ("T.getitem", i)
        def __iter__(self):
            return iter(("x", "y"))
    class PL(list):
        pass
    sl, st, pl = L([1, 2]), T((1, 2)), PL([5, 6])
    print(sl[0], st[1], pl[-1], sl[-5])
    sl[0] = 7
    pl[0] = 8
    print(list.__getitem__(sl, 0), pl)
    a, b = sl
    c, d = st
    e, f = pl
    print(a, b, c, d, e, f)
    g, *h = st
    print(g, h)

    # Unpacking errors.
    for seq in ([1], (1, 2, 3), [], "ab", {1: 2}, 5):
        try:
            x, y = seq
            print(x, y)
        except (ValueError, TypeError) as ex:
            print(type(ex).__name__, ex)

    # Reads and writes in loops.
    grid = [[0] * 4 for _ in range(4)]
    for i in range(4):
        for j in range(4):
            grid[i][j] = i * j
            grid[i][-1 - j] += 1
    print(grid, sum(grid[k][k] for k in range(4)))
    pts = [(1.0, 2.0, 3.0), (4.0, 5.0, 6.0)]
    acc = 0.0
    for p in pts:
        x, y, z = p
        acc += x * y - z + p[0] * p[-1]
    print(acc)
main()

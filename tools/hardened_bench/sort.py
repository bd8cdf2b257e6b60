# List sort: ints, strings and tuples, with and without a key function
# (comparisons, list storage moves, key calls).
seed = 42
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return seed >> 33

ints = [rnd() % 100000 for _ in range(30000)]
strs = [str(x) for x in ints[:15000]]
tups = [(x % 100, -x) for x in ints[:15000]]
a = sorted(ints)
b = sorted(strs)
c = sorted(tups)
d = sorted(ints, key=lambda x: -x)
e = sorted(strs, key=len, reverse=True)
print(a[0], a[-1], b[0], b[-1], c[0], d[0], e[0])

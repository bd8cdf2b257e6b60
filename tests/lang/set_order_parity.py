# Iteration order of set/frozenset must match CPython 3.11 (PYTHONHASHSEED=0).
# Sets are built from lists/generators/comprehensions/operations (not from
# all-constant literals, whose order depends on compile-time folding).

def mk(xs):
    return set(xs)

strs = [w for w in "alpha beta gamma delta eps zeta eta theta iota kappa lam mu nu xi omi pi rho sig tau ups".split()]
ints = [0, 1, -1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 100, -100, 2**40, -2**40, 2**64 + 3, -(2**70), 2**61 - 1, 2**61, 12345678901234567890]
tups = [(c, i) for i, c in enumerate("abcdefghij")] + [(i, -i) for i in range(8)]

for name, base in (("strs", strs), ("ints", ints), ("tups", tups)):
    for n in (1, 2, 3, 4, 5, 6, 8, 10, 12, len(base)):
        xs = base[:n]
        print(name, n, list(set(xs)), list(frozenset(xs)), list(frozenset(reversed(xs))))
        print(" comp", list({x for x in xs}))
        s = set()
        for x in xs:
            s.add(x)
        print(" add", list(s))
        print(" copy", list(s.copy()), list(set(s)), list(frozenset(s)))
        t = set(xs)
        for x in xs[::2]:
            t.discard(x)
        print(" discard", list(t))
        for x in xs[::3]:
            t.add(x)
        print(" readd", list(t))
        half = xs[: n // 2]
        other = set(half)
        print(" diff", list(set(xs) - other), list(set(xs).difference(half)), list(set(xs).difference(dict.fromkeys(half))))
        u = set(xs); u.difference_update(other); print(" diffupd", list(u))
        u = set(xs); u -= set(half[:1]); print(" isub", list(u))
        u = set(xs); u.difference_update(half, xs[-1:]); print(" diffupd2", list(u))
        print(" and", list(set(xs) & other), list(other & set(xs)), list(set(xs).intersection(half)))
        u = set(xs); u &= set(xs[1::2]); print(" iand", list(u))
        mix = xs[n // 3:] + base[n:n + 3]
        print(" or", list(set(half) | set(mix)), list(set(half).union(mix, xs)))
        print(" xor", list(set(xs) ^ set(mix)), list(set(xs).symmetric_difference(mix)),
              list(set(xs).symmetric_difference(dict.fromkeys(mix))))
        u = set(xs); u ^= set(mix); print(" ixor", list(u))
        u = set(xs); u.symmetric_difference_update(dict.fromkeys(mix)); print(" ixord", list(u))
        u = set(xs); u.update(mix); print(" update", list(u))
        u = set(xs); u.update(dict.fromkeys(mix)); print(" updated", list(u))
        u = set(xs); u |= frozenset(mix); print(" ior", list(u))
        fs = frozenset(xs)
        print(" frozen", list(fs - other), list(fs | frozenset(mix)), list(fs & set(mix)), list(fs ^ frozenset(mix)))
        u = set(xs)
        popped = [u.pop() for _ in range(n // 2)]
        print(" pop", popped, list(u))
        u.clear(); u.update(reversed(xs)); print(" clear+update", list(u))

d = {k: i for i, k in enumerate(strs[:6])}
print(d.keys() - {strs[0], strs[1]})
print(d.items() - {(strs[0], 0), (strs[1], 1)})
print(d.keys() & set(strs[2:9]), d.keys() | set(strs[4:9]), d.keys() ^ set(strs[4:9]))
big = set(range(-50, 50, 3))
big.difference_update(range(-50, 0))
print(list(big))
s = set(strs)
for w in strs[:15]:
    s.remove(w)
print(list(s))
s.update(strs[:4])
print(list(s))

# `x in s` with a small int x and an exact set or frozenset s is answered
# by set.c's probe without the protocol (CONTAINS_OP, set_contains_small):
# entries of the same hash that are not small ints go the general way.

s = {1, 2, 3, -1, -2, 0, 10**6}
print([x in s for x in range(-3, 5)], 10**6 in s, 10**6 + 1 in s)
print([x not in s for x in (-2, -1, 7)])

# -1 and -2 share a hash
print(-1 in {-2}, -2 in {-1}, -1 in {-1}, -2 in {-2})

# equal values of other types: float, bool, big ints, Fraction, Decimal
from fractions import Fraction
from decimal import Decimal
mixed = {2.0, True, Fraction(6, 2), Decimal(4), 2**70}
print(1 in mixed, 2 in mixed, 3 in mixed, 4 in mixed, 5 in mixed, 0 in mixed)
print(2**70 in mixed, 2**70 + 1 in mixed)
print(0 in {False}, 1 in {1.0}, -3 in {-3.0}, 7 in frozenset([7.0]))

# near and past the hash modulus 2**61 - 1
P = 2**61 - 1
big = {P - 1, -(P - 1), P, -P, P + 5, 2**62 - 1, -(2**62)}
print([x in big for x in (P - 1, -(P - 1), P, -P, P + 5, 5, 2**62 - 1, -(2**62), 0)])
print(hash(P), hash(-P), hash(P + 5), hash(2**62 - 1) == (2**62 - 1) % P)


class Eq:
    """Hashes as a small int, equal to it."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("  eq", self.v, other)
        return other == self.v


objs = {Eq(5), Eq(6)}
print(5 in objs, 7 in objs, 6 not in objs)


class Mutator:
    """Equal to nothing; empties the set when compared."""

    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        self.target.clear()
        return False


m = set()
m.add(Mutator(3, m))
m.add(4)
print(3 in m, len(m), 4 in m)

# subclasses and the method form
class S(set):
    def __contains__(self, x):
        print("  S.__contains__", x)
        return set.__contains__(self, x)


ss = S({1, 2})
print(1 in ss, 3 in ss, {1}.__contains__(1), frozenset({1}).__contains__(2))

# in conditions (the jump is taken in the same instruction)
used = frozenset({0, 2, 4})
hits = 0
for c in range(8):
    if c in used:
        hits += 1
    if c not in used:
        hits += 10
    while c in used:
        c += 1
print(hits)
n = 0
for c in range(6):
    if c in used or (c + 1) in used:
        continue
    n += 1
print(n)

# empty sets, a set that grew and shrank (dummies in the probe)
e = set()
print(1 in e, 0 in frozenset())
g = set(range(100))
for i in range(0, 100, 3):
    g.discard(i)
print(sum(1 for i in range(-5, 105) if i in g), 3 in g, 4 in g, 99 in g)
g.add(3)
print(3 in g, len(g))

# unhashable and other keys still take the general path
try:
    [] in {1}
except TypeError as exc:
    print("TypeError", exc)
print("a" in {"a"}, (1, 2) in {(1, 2)}, 1.5 in {1.5}, None in {None})

# a | b, a & b, a - b, a ^ b of exact sets and frozensets take a fast path
# (no dunder lookups); subclasses, mixed types and errors keep the protocol.
import itertools

def show(x):
    return "%s %s" % (type(x).__name__, sorted(x, key=repr))

small = [set(), {1}, {1, 2, 3}, set(range(20)), {"a", "b", 3.5, (1, 2)}]
for a, b in itertools.product(small, repeat=2):
    for ta, tb in itertools.product((set, frozenset), repeat=2):
        x, y = ta(a), tb(b)
        print(show(x | y), show(x & y), show(x - y), show(x ^ y))

# the result's iteration order (table layout) is CPython's
print(list({3} | {9, 17, 25}), list(frozenset({1, 9}) | {17}), list({8, 16, 24, 32} | set(range(5))))
print(list(set(range(0, 100, 7)) & set(range(0, 100, 3))))
print(list(frozenset(range(30)) - {0, 5, 10}), list({1, 2, 3} ^ {3, 4, 40}))

# the operands are not changed, a new object is always made
a = {1, 2}; b = frozenset({2, 3})
r = a | b
print(r is a, r is b, a, sorted(b), sorted(r))
e = frozenset()
print((e | frozenset()) is e, type(e | set()).__name__)

# subclasses go through the dunders
class S(set):
    def __or__(self, other):
        return "S.__or__"
    def __ror__(self, other):
        return "S.__ror__"
class F(frozenset):
    pass
print(S({1}) | {2}, {2} | S({1}), type(F({1}) | {2}).__name__, type({2} | F({1})).__name__)
print(type(F({1}) & frozenset({1})).__name__, type(frozenset({1}) - F({1})).__name__)

# mixing with other types: NotImplemented, then the right error
for op in ("|", "&", "-", "^"):
    for other in ([1], (1,), {1: 2}, 1, None):
        try:
            eval("{1} %s other" % op)
        except TypeError as e:
            print(op, type(other).__name__, e)
print({1, 2} | {1: 2}.keys(), {1: 2}.keys() | {3})

# unhashable-free: equal elements of different types
print(sorted({1, 2.0} | {1.0, True}, key=repr), {1} & {1.0, True})

# in-place forms still mutate sets and rebind frozensets
s = {1}; t = s; s |= {2}; print(s is t, sorted(s))
f = frozenset({1}); g = f; f |= {2}; print(f is g, sorted(f), sorted(g))
s = {1, 2, 3}; s -= {2}; s &= {1, 3, 4}; s ^= {3, 5}; print(sorted(s))

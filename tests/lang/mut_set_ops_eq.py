# set operations whose element __eq__/__hash__ mutates one of the sets:
# add, discard, remove, in, |, &, -, ^, issubset, update, difference_update,
# symmetric_difference_update, intersection_update, and frozenset() build.
# CPython raises RuntimeError("Set changed size during iteration") in some.
class M:
    def __init__(self, target, v):
        self.target = target
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        # mutate once per attack (an endless mutation makes CPython
        # restart forever and SafePy give up after 100 restarts)
        global armed
        if armed:
            armed = False
            t = self.target
            t.clear()
            t.update(range(100, 120))
        return False
def run(name, f):
    try:
        r = f()
        print(name, type(r).__name__)
    except (RuntimeError, KeyError) as e:
        print(name, type(e).__name__)
a = set()
b = set()
armed = False
def fill():
    global armed
    armed = False
    a.clear(); b.clear()
    for i in range(5):
        a.add(M(b, i)); b.add(M(a, i))
ops = [
    ('or', lambda: a | b), ('and', lambda: a & b), ('sub', lambda: a - b),
    ('xor', lambda: a ^ b), ('le', lambda: a <= b), ('eq', lambda: a == b),
    ('isdisjoint', lambda: a.isdisjoint(b)),
    ('update', lambda: a.update(b)),
    ('difference_update', lambda: a.difference_update(b)),
    ('intersection_update', lambda: a.intersection_update(b)),
    ('symmetric_difference_update', lambda: a.symmetric_difference_update(b)),
    ('frozenset', lambda: frozenset([M(a, 1), M(a, 2), M(a, 3)])),
    ('in', lambda: M(a, 9) in a),
    ('discard', lambda: a.discard(M(a, 9))),
    ('remove', lambda: a.remove(M(a, 9))),
    ('add', lambda: a.add(M(a, 9))),
]
for name, f in ops:
    fill()
    armed = True
    run(name, f)
    print(len(a), len(b))
# iterating a set while adding
s = set(range(5))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(e)
print('done')

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
cases = [set(), {1}, {1, 2}, {2, 3}, {1, 2, 3}, frozenset(), frozenset({1, 2}), frozenset({1, 2, 3})]
for a in cases:
    row = []
    for b in cases:
        row.append(''.join('1' if x else '0' for x in (a < b, a <= b, a > b, a >= b, a == b, a != b)))
    print(sorted(a), type(a).__name__, ' '.join(row))
t(lambda: {1, 2} == frozenset({1, 2}))
t(lambda: frozenset({1, 2}) == {2, 1})
t(lambda: {1} == {1.0})
t(lambda: {1} == {True})
t(lambda: {float('nan')} == {float('nan')})
n = float('nan')
t(lambda: {n} == {n})
t(lambda: {n} <= {n, 1})
t(lambda: set() == frozenset())
t(lambda: set() == {})
t(lambda: set() == [])
t(lambda: {1}.__le__({1, 2}))
t(lambda: {1}.__le__([1, 2]))
t(lambda: {1}.__ge__(5))
t(lambda: set.__lt__({1}, frozenset({1, 2})))
t(lambda: frozenset.__gt__(frozenset({1, 2}), {1}))
t(lambda: sorted([{1, 2}, {1}, set()], key=len))
t(lambda: max({1}, {2}))
t(lambda: {1, 2} < {1, 2, 3} < {1, 2, 3, 4})
class E:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 0
    def __eq__(self, o):
        print('eq', self.v, o.v)
        return self.v == o.v
t(lambda: {E(1), E(2)} == {E(2), E(1)})
t(lambda: {E(1)} < {E(1), E(3)})
class S(set):
    def __eq__(self, o):
        return 'S.__eq__'
    def __lt__(self, o):
        return 'S.__lt__'
    def __gt__(self, o):
        return 'S.__gt__'
t(lambda: {1} == S())
t(lambda: S() == {1})
t(lambda: {1} < S())
t(lambda: {1} > S())
t(lambda: S() < {1})
t(lambda: {1} != S())

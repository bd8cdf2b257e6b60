def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: {} == {})
t(lambda: {1: 2} == {1: 2})
t(lambda: {1: 2} == {1: 3})
t(lambda: {1: 2} == {2: 2})
t(lambda: {1: 2, 3: 4} == {3: 4, 1: 2})
t(lambda: {1: 2} != {1: 2})
t(lambda: {1: 2} != {1: 2.0})
t(lambda: {1: 2} == {1.0: 2})
t(lambda: {True: 'x'} == {1: 'x'})
t(lambda: {1: float('nan')} == {1: float('nan')})
n = float('nan')
t(lambda: {1: n} == {1: n})
t(lambda: {n: 1} == {n: 1})
t(lambda: {1: [1, 2]} == {1: [1, 2]})
t(lambda: {1: {2: 3}} == {1: {2: 3}})
t(lambda: {} == [])
t(lambda: {} == set())
t(lambda: {} != None)
t(lambda: {1: 2} == {1: 2}.items())
t(lambda: {1: 2} < {1: 2})
t(lambda: {1: 2} <= {1: 2})
t(lambda: {1: 2} > {})
t(lambda: {} >= {})
t(lambda: {} < [])
t(lambda: [] > {})
t(lambda: {} < 1)
t(lambda: {}.__lt__({}))
t(lambda: {}.__eq__([]))
t(lambda: {}.__eq__({}))
t(lambda: {}.__ne__(1))
t(lambda: dict.__eq__({}, {}))
t(lambda: dict.__eq__([], {}))
t(lambda: sorted([{1: 2}, {}]))
t(lambda: max({}, {}))
class D(dict):
    pass
t(lambda: D(a=1) == {'a': 1})
t(lambda: {'a': 1} == D(a=1))
class E(dict):
    def __eq__(self, other):
        return 'E.__eq__'
t(lambda: {'a': 1} == E(a=1))
t(lambda: E(a=1) == {'a': 1})
t(lambda: {'a': 1} != E(a=1))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, getattr(other, 'v', other))
        return isinstance(other, Eq) and self.v == other.v
    def __hash__(self):
        return 1
t(lambda: {Eq(1): 'a'} == {Eq(1): 'a'})
t(lambda: {'k': Eq(1)} == {'k': Eq(2)})
t(lambda: {'k': Eq(1)} == {'k': 5})
class Bad:
    def __eq__(self, other):
        raise ValueError('no compare')
    __hash__ = object.__hash__
b = Bad()
t(lambda: {1: b} == {1: b})
t(lambda: {1: b} == {1: Bad()})
t(lambda: {1: 2} == {1: 2, 3: 4})
t(lambda: {1: 2} in [{1: 2}])
t(lambda: [{}, {1: 1}].index({1: 1}))

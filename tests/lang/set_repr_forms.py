print(set(), frozenset(), repr(set()), str(frozenset()))
print({1}, frozenset({1}), {(1, 2)}, frozenset({'a'}))
print({frozenset()}, frozenset({frozenset({1})}))
print({None}, {...}, {1j}, {b''}, {''}, {()})
class S(set):
    pass
class F(frozenset):
    pass
print(S(), F(), S([1]), F([2]), repr(S()), str(F()))
print([S()], {F()}, (F([1]),))
class S2(set):
    def __repr__(self):
        return 'S2!'
print(S2([1]), [S2()])
class Inner(set):
    pass
class Deeper(Inner):
    pass
print(Deeper([3]), Deeper())
class Rec:
    def __init__(self):
        self.s = set()
    def __hash__(self):
        return 1
    def __repr__(self):
        return 'Rec(' + repr(self.s) + ')'
r = Rec()
r.s = {1}
print({r})
class SelfRef:
    def __hash__(self):
        return 7
    def __repr__(self):
        return 'SelfRef' + repr(holder)
holder = set()
holder.add(SelfRef())
print(holder)
print(frozenset({'é', 'ü'}) == frozenset('éü'))
print(repr({'\n'}))
class Bomb:
    def __repr__(self):
        raise ValueError('boom')
try:
    repr({Bomb()})
except ValueError as e:
    print('ValueError', e)
print(f'{set()!r} {frozenset({1})!s} {({2})}')
print('%s %r' % ({1}, frozenset()))
print(str({1, 2}) == repr({1, 2}))
print(set.__repr__(S([5])), frozenset.__repr__(F([6])))
try:
    set.__repr__(frozenset())
except TypeError as e:
    print('TypeError', e)
try:
    frozenset.__repr__(set())
except TypeError as e:
    print('TypeError', e)
print(type(S([1]) | {2}).__name__, S([1]) | {2})

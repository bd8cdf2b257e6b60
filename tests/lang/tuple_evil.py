class E:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
print((E(),) == (1,), (1, E()) == (1, 2), E() in (1, 2), (1, 2, 3).count(E()), (5, 6).index(E()))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return False
    def __lt__(self, other):
        return 'yes'
print((Cmp(1),) < (Cmp(2),))
nan = float('nan')
t = (nan,)
print(t == t, (nan,) == (nan,), nan in t)
deep = ()
for i in range(50):
    deep = (deep, i)
print(len(repr(deep)) > 100, hash(deep) == hash(deep))

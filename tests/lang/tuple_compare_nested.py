# tuple comparison: first differing element decides, identity shortcut, mixed, nested
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 3), (1, 3) > (1, 2, 9), (0,) < (0.5,), (1.0,) == (1,), (1, 'a') < (2, None))
t(lambda: (1, 'a') < (1, 2))
t(lambda: (1, None) < (1, None))
t(lambda: (None,) < (None, 1))
print((None,) < (None, 1) if False else 'skip', (1, None) == (1, None), (1, [1]) < (1, [2]), ((1, 2), 3) < ((1, 3), 0))
nan = float('nan')
print((nan,) == (nan,), (nan, 1) == (nan, 1), (float('nan'),) == (float('nan'),), (1, nan) < (1, nan), (nan, 1) < (nan, 2))
class Ord:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print('eq', self.v, o.v); return self.v == o.v
    def __lt__(self, o): print('lt', self.v, o.v); return self.v < o.v
    def __gt__(self, o): print('gt', self.v, o.v); return self.v > o.v
    def __le__(self, o): print('le', self.v, o.v); return self.v <= o.v
    def __ge__(self, o): print('ge', self.v, o.v); return self.v >= o.v
a, b = (Ord(1), Ord(2)), (Ord(1), Ord(3))
print(a < b)
print(a <= b)
print(a > b)
print(a >= b)
print(a == b)
print(a != b)
x = Ord(5)
print((x,) == (x,), (x,) < (x, 1) if False else 'n')
print([x] == [x])
print((1, 2) == [1, 2], (1, 2) != [1, 2], () == (), () < (), () <= ())
t(lambda: () < [])
t(lambda: (1,) > 'a')
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min([(2,), (1, 9), (1, 8, 0)]))

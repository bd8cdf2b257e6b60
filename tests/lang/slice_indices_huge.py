# slice.indices with huge values, negative steps, errors; slice attributes, compare, hash
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

B = 2**100
M = sys.maxsize
sl = [slice(None), slice(B), slice(-B), slice(None, None, B), slice(None, None, -B), slice(B, -B, -1),
      slice(-B, B, 3), slice(3, None, -2), slice(-3, None, -2), slice(None, -3, -1), slice(M, -M - 1, -M),
      slice(-M - 5, M + 5), slice(None, None, -M - 1), slice(None, None, -1), slice(10, 2), slice(-1, -2, -1),
      slice(True, None, True), slice(0, 0, -1)]
for s in sl:
    for n in [0, 1, 5, 10, M, B]:
        t(lambda: s.indices(n))
t(lambda: slice(None).indices(-1))
t(lambda: slice(None).indices(-B))
t(lambda: slice(None).indices(1.0))
t(lambda: slice(None).indices('1'))
t(lambda: slice(None).indices())
t(lambda: slice(None).indices(1, 2))
t(lambda: slice(None, None, 0).indices(5))
t(lambda: slice('a').indices(5))
t(lambda: slice(1.5, 2).indices(5))
t(lambda: slice(1, 2, 1.5).indices(5))
t(lambda: slice(1, 2, 0.0).indices(5))
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(slice(I(1), I(-1), I(2)).indices(I(10)))
t(lambda: slice(I(1), I(2), I(0)).indices(10))
# attributes are arbitrary objects
s = slice('a', [1], 2.5)
print(s, s.start, s.stop, s.step, repr(slice(1)), repr(slice(1, 2)), repr(slice(None, None, None)))
t(lambda: setattr(s, 'start', 1))
t(lambda: delattr(s, 'stop'))
t(lambda: hash(slice(1, 2)))
t(lambda: hash(slice(None)))
t(lambda: {slice(1): 2})
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(start=1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) <= slice(1, 2, 4), slice(2) > slice(1), slice(1) >= slice(1))
t(lambda: slice(1) < slice('a'))
t(lambda: slice(1) < (1,))
t(lambda: slice(None) < slice(None))
print(slice(1) == (None, 1, None), slice(1, 2).__reduce__(), type(slice(1)).__name__)
class X:
    def __getitem__(self, k): return k
x = X()
print(x[1:2], x[::], x[:], x[1:2:3], x[..., 1:], x[:, ::-1], x[1:2, 3])
print(slice(1, 2, 3).indices(2**63), slice(-1, None, -1).indices(2**63))
t(lambda: slice(None).indices(None))

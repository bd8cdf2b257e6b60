s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None).indices(3), slice(-100, 100, -1).indices(10), slice(None, None, -2).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1))
except TypeError as e:
    print(e)
for args in [(), (1, 2, 3, 4)]:
    try:
        slice(*args)
    except TypeError as e:
        print(e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(e)
try:
    [1, 2][::0]
except ValueError as e:
    print(e)
try:
    [1, 2]['a':]
except TypeError as e:
    print(e)
a = list(range(10))
print(a[s], a[slice(None, None, -3)], (1, 2, 3)[slice(1, None)], 'hello'[slice(1, 4)])
class Idx:
    def __index__(self):
        return 3
print(a[Idx():], a[:Idx()], slice(Idx()).indices(10))
print(a[-2**100:2**100], a[2**100:])

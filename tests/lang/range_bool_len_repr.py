# range truth, len, repr/str, attributes, and use as dict keys/set members
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for r in [range(0), range(1), range(-1), range(5, 5), range(5, 4, -1), range(0, -5, -2), range(2**70), range(2**70, 0, -1)]:
    print(repr(r), str(r), bool(r), r.start, r.stop, r.step)
for r in [range(0), range(7), range(3, 30, 4), range(sys.maxsize), range(-sys.maxsize - 1, sys.maxsize)]:
    t(lambda: len(r))
print(len({range(0), range(1, 1), range(5, 0)}), len({range(3), range(0, 3), range(0, 3, 1)}), range(0, 3) in {range(3)})
print(sorted({range(2): 'a', range(1, 2): 'b'}.values()))
print(range(3).__reduce__(), range(1, 2, 3).__reduce__())
print(range(1, 10, 3).__len__(), range(10).__bool__(), range(0).__bool__(), range(5).__contains__(3), range(5).__getitem__(-1))
print(type(range(3)).__name__, range.__name__, isinstance(range(3), range), issubclass(range, object))
t(lambda: type('R', (range,), {}))
t(lambda: range(3) + range(2))
t(lambda: range(3) * 2)
t(lambda: range(3)[1:2:0])
print(list(range(3)) == range(3), range(3) == range(3), range(3) is not range(3))

# int(x) and float(x) of floats and ints at sites run many times, and
# calls of built-in types keeping object.__init__.

def to_int(x):
    return int(x)


def to_float(x):
    return float(x)


for v in [0, 7, -7, 2**61, 2**62, -(2**62) - 1, 10**30, 0.0, -0.0, 2.5, -2.5, 1e20, -1e300, 123456789.987,
          True, False, "12", " -3 ", b"4", 3.0e15 + 0.5]:
    out = []
    for fn in (to_int, to_float):
        try:
            r = fn(v)
            out.append("%s %r" % (type(r).__name__, r))
        except (ValueError, OverflowError, TypeError) as e:
            out.append("%s: %s" % (type(e).__name__, e))
    print(repr(v), out)
for bad in [float("nan"), float("inf"), float("-inf"), None, [1]]:
    for fn in (to_int, to_float):
        try:
            print(fn(bad))
        except (ValueError, OverflowError, TypeError) as e:
            print("%s: %s" % (type(e).__name__, e))
print(int(7.9, ) if False else int(7.9), int("ff", 16), int(x=3) if False else int("10", base=2))
print(float(), int(), [int(i * 0.5) for i in range(6)])


class MyInt(int):
    def __init__(self, v):
        self.tag = "init ran"


class MyFloat(float):
    pass


m = MyInt(3.7)
print(type(m).__name__, m, m.tag, type(MyFloat(2)).__name__, MyFloat(2))
print([type(x).__name__ for x in (range(3), list((1,)), tuple([1]), frozenset(), bytes(2))])
print(sum(int(x * 1.5) for x in range(1000)), sum(float(x) for x in range(1000)))

# __length_hint__ returning huge, negative, non-int values or raising, seen
# by list(), tuple(), bytearray(), operator.length_hint and joins: the hint
# must never be trusted for an allocation that fills memory or overflows.
import operator, sys
vals = [2**100, -1, -2**100, sys.maxsize, sys.maxsize + 1, 2**62, "3", 3.0, None, NotImplemented, ZeroDivisionError]
ops = [list, tuple, bytearray, operator.length_hint, lambda o: "".join(map(str, o)), set, lambda o: [*o],
       lambda o: list(map(str, o)), lambda o: dict.fromkeys(o), lambda o: sorted(o), lambda o: bytes(o)]
for v in vals:
    class It:
        def __init__(self):
            self.n = 0
        def __iter__(self):
            return self
        def __next__(self):
            self.n += 1
            if self.n > 3:
                raise StopIteration
            return self.n
        def __length_hint__(self):
            if v is ZeroDivisionError:
                raise v("boom")
            return v
    for i, f in enumerate(ops):
        try:
            print(v, i, repr(f(It()))[:30])
        except Exception as e:
            print(v, i, type(e).__name__, e)

# __len__ returning huge, negative, non-int values or raising, seen by
# len(), bool(), list(), sorted(), reversed(), bytes() and friends.
import sys
vals = [2**100, -1, -2**100, sys.maxsize, sys.maxsize + 1, "3", 3.0, None, True, ZeroDivisionError]
ops = [len, bool, list, sorted, reversed, tuple, bytes, bytearray, lambda o: [*o], lambda o: not o]
for v in vals:
    class C:
        def __len__(self):
            if v is ZeroDivisionError:
                raise v("boom")
            return v
        def __iter__(self):
            return iter([1, 2])
        def __getitem__(self, i):
            if i < 2:
                return i
            raise IndexError(i)
    for i, f in enumerate(ops):
        try:
            print(v, i, repr(f(C()))[:30])
        except Exception as e:
            print(v, i, type(e).__name__, e)

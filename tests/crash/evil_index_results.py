# __index__ returning huge, negative, non-int values or raising, seen by
# range(), subscripts, slices, repetition, bytes(), hex(), padding, shifts.
import operator, sys
vals = [2**100, -1, -2**100, sys.maxsize, sys.maxsize + 1, "3", 3.0, None, True, ZeroDivisionError]
ops = [operator.index, range, lambda o: [1, 2][o], lambda o: [1, 2][o:], lambda o: "ab"[:o:o], bytes, bytearray,
       lambda o: "a" * o, lambda o: [0] * o, hex, lambda o: (1).to_bytes(o, "big"), lambda o: "abc".ljust(o),
       lambda o: slice(o).indices(5), lambda o: range(10)[o], chr, lambda o: round(1.5, o),
       lambda o: "abc".expandtabs(o), lambda o: "%*d" % (o, 1), lambda o: [1, 2, 3].pop(o),
       lambda o: [1].insert(o, 1), lambda o: bytearray(b"ab").__setitem__(o, 1), lambda o: 1 << o,
       lambda o: memoryview(b"abc")[o], lambda o: (1, 2)[o::o]]
for v in vals:
    class C:
        def __index__(self):
            if v is ZeroDivisionError:
                raise v("boom")
            return v
    for i, f in enumerate(ops):
        try:
            print(v, i, repr(f(C()))[:30])
        except Exception as e:
            print(v, i, type(e).__name__, e)

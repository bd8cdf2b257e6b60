# __hash__ returning huge, negative, non-int values or raising, used by
# hash(), dict and set insertion and lookup, frozenset, dict.fromkeys.
import sys
vals = [2**100, -1, -2, -2**100, sys.maxsize, sys.maxsize + 1, 2**64 - 1, "3", 3.0, None, True, ZeroDivisionError]
ops = [hash, lambda o: {o: 1}[o], lambda o: o in {o}, lambda o: frozenset([o, o]), lambda o: {1: 2}.get(o),
       lambda o: len(dict.fromkeys([o, o])), lambda o: {o} - {o}, lambda o: hash((o, 1)) == hash((o, 1))]
for v in vals:
    class C:
        def __hash__(self):
            if v is ZeroDivisionError:
                raise v("boom")
            return v
    o = C()
    for i, f in enumerate(ops):
        try:
            print(v, i, repr(f(o))[:30])
        except Exception as e:
            print(v, i, type(e).__name__, e)

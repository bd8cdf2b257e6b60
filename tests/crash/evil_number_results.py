# __int__/__float__/__bool__/__complex__/__trunc__/__round__ returning
# the wrong type, huge values or raising.
import math, sys
vals = [2**100, -1, sys.maxsize + 1, "3", 3.0, 1e308, float("nan"), None, True, 1j, ZeroDivisionError]
table = {"__int__": [int, lambda o: "%d" % o, lambda o: "%x" % o],
         "__float__": [float, lambda o: "%f" % o, math.sqrt, complex, math.floor],
         "__bool__": [bool, lambda o: not o, lambda o: [x for x in [1] if o], all, lambda o: any([o])],
         "__complex__": [complex], "__trunc__": [math.trunc], "__round__": [round], "__floor__": [math.floor],
         "__abs__": [abs]}
for name, ops in table.items():
    for v in vals:
        def f(self, *a, v=v):
            if v is ZeroDivisionError:
                raise v("boom")
            return v
        C = type("C", (), {name: f})
        for i, op in enumerate(ops):
            arg = [C()] if op in (all,) else C()
            try:
                print(name, v, i, repr(op(arg))[:30])
            except Exception as e:
                print(name, v, i, type(e).__name__, e)

# int with float and complex operands: result types and values, NotImplemented paths
ints = [0, 1, -3, 2**53 + 1, 10**20, -(3**44), True]
others = [0.5, -2.0, 1e300, float("inf"), 2 + 3j, -1j]
for a in ints:
    for b in others:
        row = []
        for op in ("+", "-", "*", "/", "//", "%", "**"):
            try:
                r = eval("a %s b" % op)
                row.append(repr(r) if not isinstance(r, complex) else "c(%r,%r)" % (r.real, r.imag))
            except (ZeroDivisionError, OverflowError, TypeError, ValueError) as e:
                row.append(type(e).__name__)
        print(a if abs(a) < 10**19 else "big", b, row)
for a, b in [(2**1100, 1.5), (1.5, 2**1100), (2**1100, 1j), (10**400, 0.0)]:
    for op in ("+", "*", "/", "<", "=="):
        try:
            print(op, eval("a %s b" % op))
        except (OverflowError, ZeroDivisionError, TypeError) as e:
            print(op, type(e).__name__, e)
print((1).__add__(1.0), (1).__radd__(1j), (1).__mul__("a"), (1).__truediv__(2.0), (1).__eq__(1.0), (1).__lt__(2.0))
print(3 * "ab", "ab" * 2, [1] * 3, 0 * "x", -1 * [1], True * "z", (2,) * 2)
for a, b in [("a", 2**100), (2**100, [1])]:
    try:
        print(a * b)
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
for a, b in [("a", 1.5), (1, "a"), (1, None), (None, 1)]:
    try:
        print(a + b)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(a * b)
    except TypeError as e:
        print(type(e).__name__, e)

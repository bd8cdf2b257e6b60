# repr/str of ints inside containers, negative zero, big negatives, bools mixed in
vals = [0, -0, 1, -1, 2**63, -(2**63), 10**25, -(10**25), True, False, 2**64 - 1]
print(vals)
print(tuple(vals[:4]), {v: str(v) for v in vals[:5]}, set(vals[:4]), frozenset([1, -1]))
print(str(vals), repr(vals) == str(vals), [str(v) for v in vals], [repr(v) for v in vals[-3:]])
print("%s|%r|%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%#x|%#o|%c" % (5, 5, -5, 5, 5, -5, 5, 5, 255, 255, 8, 255, 8, 65))
print("%d %i %u" % (2**70, -2**70, 7), "%.3d|%8.3d|%-8.3d|%08.3d" % (5, -5, 5, 5))
for fmt, arg in [("%d", 1.9), ("%d", -1.9), ("%x", 1.5), ("%d", "5"), ("%c", 2**40), ("%c", -1), ("%d", 1j), ("%o", 2.0), ("%i", True)]:
    try:
        print(fmt % arg)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(str(-0), repr(0 * -1), -0 == 0, str(int("-0")), str(int(-0.0)), f"{-0}", f"{0:+}", f"{-0:+}")

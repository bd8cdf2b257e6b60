# << and >>: signs, floor semantics, huge counts, errors
vals = [0, 1, -1, 5, -5, 2**31, -2**31, 2**61 + 3, -(2**61 + 3), 2**62 - 1, -2**62, 2**100 + 12345, -(2**100 + 12345)]
for v in vals:
    print(v, [v >> k for k in (0, 1, 2, 31, 32, 33, 61, 62, 63, 64, 65, 99, 100, 101, 200)])
    print(v, [v << k for k in (0, 1, 31, 32, 33, 62, 63, 64, 65)])
for v in (1, -1, 0, 2**100, -(2**100)):
    for k in (2**62, 2**63, 2**64, 10**30):
        print(v, v >> k)
for v, k in [(0, 2**63), (0, 10**30), (0, 2**62)]:
    print(v << k)
for v, k in [(1, 2**63), (1, 10**30), (-1, 2**64), (2**100, 2**70)]:
    try:
        print(v << k)
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
for v, k in [(1, -1), (0, -1), (-1, -1), (2**100, -5), (1, -(2**100))]:
    for op in (lambda: v << k, lambda: v >> k):
        try:
            print(op())
        except ValueError as e:
            print(type(e).__name__, e)
for v, k in [(1, 1.0), (1.0, 1), (1, "1"), (1, None)]:
    try:
        print(v << k)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(v >> k)
    except TypeError as e:
        print(type(e).__name__, e)
print(True << 3, True >> 1, 5 << True, 5 >> False, type(True << 0).__name__, type(False >> 1).__name__)
x = 1
x <<= 70
print(x)
x >>= 69
print(x)
print(-(2**64) >> 64, -(2**64 + 1) >> 64, -(2**64 - 1) >> 64, (-7) >> 1, (-8) >> 3, (-9) >> 3)

# Bitwise ops use infinite two's complement, also for big negatives.
vals = [0, 5, -5, 255, -256, 2 ** 70 + 3, -(2 ** 70) - 3, 2 ** 64 - 1, -(2 ** 64)]
for a in vals:
    for b in vals[::2]:
        print(a & b, a | b, a ^ b)
print(~(2 ** 100), ~-(2 ** 100))
print(-5 & 0xff, -1 & (2 ** 80 - 1), (2 ** 80) | -1)
print(True & False, True | False, True ^ True, True & 1, type(True & True).__name__)

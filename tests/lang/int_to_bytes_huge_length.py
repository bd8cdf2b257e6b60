# int.to_bytes with a length near 2**61..2**63: the overflow check must not
# wrap 8 * length (it said "int too big to convert" for (1).to_bytes(2**62));
# such lengths hold any int, so the allocation fails with MemoryError.
for n, signed in [(2**61, True), (2**61, False), (2**62, False), (2**62 + 3, True), (2**63 - 2**40, False)]:
    for v in (0, 1, -1, 255, -2**100):
        try:
            v.to_bytes(n, "little", signed=signed)
        except (MemoryError, OverflowError) as e:
            print(n, v, signed, type(e).__name__, e)
print((1).to_bytes(10, "big"), (-1).to_bytes(3, "little", signed=True))
try:
    (2**80).to_bytes(10, "big")
except OverflowError as e:
    print(e)

# hash of ints equals CPython's: modulus 2**61-1, signs, -1 -> -2, bools, floats
M = 2**61 - 1
vals = [0, 1, -1, -2, 2, M - 1, M, M + 1, -M, -M - 1, -M + 1, 2**61, 2**62, 2**63, 2**64, -(2**64), 2**100, -(2**100), 10**30, -10**30,
        2**61 - 2, -(2**61 - 2), M * 5 - 1, -(M * 5 - 1), M * 2**40, 2**1000, -(2**1000) + 1, 123456789 ** 7]
for v in vals:
    print(v, hash(v), hash(v) == hash(v % M if v >= 0 else -((-v) % M)) or hash(v) in (-2,))
print(hash(True), hash(False), hash(-1), hash(-2), hash(2**61 - 2), hash(-(2**61 - 1) - 1))
for v in (0, 1, -1, 2**52, 2**53, 2**60, 2**63, 2**64, 2**100, -(2**100), 2**1000):
    print(hash(v) == hash(float(v)), hash(float(v)))
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e300))
class H(int):
    pass
print(hash(H(5)), hash(H(-1)), hash(H(2**100)))
print(len({1, 1.0, True, 2**61 - 1, 0, 2**64, float(2**64)}))
print({2**61 - 1: "a", 0: "b"}, {M + 5: 1, 5: 2})

# Numeric hash: equal numbers hash equal; modulus 2**61 - 1; -1 maps to -2.
M = 2 ** 61 - 1
for v in (0, 1, -1, -2, M, M - 1, M + 1, -M, 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30), 2 ** 200):
    print(v, hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(2.0 ** 70), hash(0.5))
d = {1: "a", 1.0: "b", True: "c", 2 ** 80: "d"}
print(d, d[2.0 ** 80])

# Float hashes agree with int hashes for integral values.
for x in (0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 1e300, 2.0 ** 61, 2.0 ** 64, 1e-300, 3.14159, float("inf"), float("-inf")):
    print(x, hash(x))
print(hash(2.0 ** 100) == hash(2 ** 100), hash(-(2.0 ** 70)) == hash(-(2 ** 70)), hash(1e22) == hash(10 ** 22))
print(len({1, 1.0, True, 2, 2.0}), {0.0, -0.0})

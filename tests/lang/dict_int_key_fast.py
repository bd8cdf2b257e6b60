# Small-int keys take the dict's typed probe (dict.c): found by identity,
# other small ints and strs with the same hash skipped, and any other key
# with the same hash (1.0, True, big ints, objects with their own __eq__)
# sent to the general comparison -- the answers CPython gives.

d = {i: i * i for i in range(1000)}
print(len(d), d[0], d[999], d.get(1000), 500 in d, -1 in d, sum(d.get(i, 0) for i in range(-5, 1005)))
for i in range(0, 1000, 3):
    del d[i]
for i in range(0, 1000, 6):
    d[i] = -i
print(len(d), d.get(0), d.get(3), d.get(6), list(d)[:5])

print(hash(-1), hash(-2))
d = {-1: "m1", -2: "m2"}
print(d[-1], d[-2], d.get(-3))

d = {1.0: "float one"}
print(d.get(1), d[1], 1 in d, d.get(True), d.get(2))
d[1] = "int one"
print(d)
d = {True: "true"}
print(d.get(1), d.get(0), d.get(False))
big = 2 ** 61
print(hash(big), hash(2 ** 61 - 1))
d = {big: "big", 2 ** 61 - 1: "m"}
print(d.get(1), d.get(0), d.get(big), {1: "a"}.get(big))
print({0: "zero"}.get(2 ** 61 - 1), {0.0: "fz"}.get(0), {-0.0: "nz"}.get(0))

class C:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        print("C.__eq__", other)
        return other == 5
d = {C(): "c"}
print(d.get(5), d.get(6), 5 in d)
d = {5: "five"}
print(d.get(C()))

class I(int):
    def __eq__(self, other):
        print("I.__eq__", other)
        return int(self) == other
    __hash__ = int.__hash__
d = {I(7): "i7"}
print(d.get(7), d.get(8))
d = {7: "seven"}
print(d.get(I(7)))

d = {"a": 1, 97: "n"}
print(d.get(97), d.get("a"), d.get(98))
s = {1, 2, 3, 2.0, True}
print(s, 1.0 in s, 4 in s)

# int(str, base) for every base, digit limits, case, underscores
for base in range(2, 37):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    s = digits[::-1]
    print(base, int(s, base), int(s.upper(), base), int("-" + s, base), int("1_" + s[-1], base))
for base, s in [(2, "2"), (8, "9"), (10, "a"), (16, "g"), (36, "!"), (36, "zz"), (11, "A"), (11, "b")]:
    try:
        print(base, s, int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
for base, s in [(16, "0x1F"), (8, "0o7"), (2, "0b1"), (16, "0o7"), (8, "0x7"), (2, "0x1"), (36, "0x1"), (34, "0x1"), (33, "0x1"), (25, "0b1"), (12, "0b1"), (11, "0b1")]:
    try:
        print(base, s, int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
for base in (1, -1, 37, 100, -100, 2**64, -2**64):
    try:
        print(int("1", base))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for base in (1.0, "10", None, 10.5):
    try:
        print(int("1", base))
    except TypeError as e:
        print(type(e).__name__, e)
class B:
    def __index__(self):
        return 16
print(int("ff", B()), int("ff", base=B()), int("12", True and 10))
print(int(x="12") if False else int("12", base=3))
try:
    print(int(base=10))
except TypeError as e:
    print(type(e).__name__, e)
for v in (12, 1.5, [1]):
    try:
        print(int(v, 10))
    except TypeError as e:
        print(type(e).__name__, e)

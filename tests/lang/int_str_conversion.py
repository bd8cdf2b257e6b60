# int <-> str in every base, prefixes, underscores, whitespace.
for s in ("0", "-0", " 12 ", "+7", "1_000_000", "\t-42\n", "00", "0_0", "٣"):
    print(repr(s), int(s))
for s, b in (("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("z", 36), ("ZZ", 36),
             ("0x_1f", 0), ("777", 8), ("-0b11", 0), ("1" * 40, 2), ("12", 3)):
    print(repr(s), b, int(s, b))
for s, b in (("08", 0), ("1__2", 10), ("_1", 10), ("1_", 10), ("", 10), (" ", 10), ("12a", 10),
             ("0x", 16), ("2", 2), ("1.5", 10), ("0b1", 16 + 1)):
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for b in (1, 37, -1):
    try:
        int("1", b)
    except ValueError as e:
        print(type(e).__name__, e)
print(int(b"12"), int(bytearray(b" -3 ")), int("12", base=8))
try:
    int(b"x")
except ValueError as e:
    print(e)
print(str(-12345678901234567890), repr(2 ** 100), hex(-255), oct(8), bin(-5), hex(2 ** 70))

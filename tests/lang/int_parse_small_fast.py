# int(str) of short digit runs: made as a small int directly (int.c's
# parse_int, when base**ndigits <= 2**62), longer runs through the big-int
# path.  Both must give the same values, signs, types and errors.
import sys

samples = ["0", "-0", "+0", "7", "-7", " 42 ", "\t-13\n", "1_000", "1__0", "_1", "1_", "0_0",
           "00", "007", "0x_ff", "0XFF", "0b1010", "-0b1", "0o777", "0o8", "0x", "", " ", "+", "-",
           "1e3", "1.0", "١٢٣", "12\u0663", "\u00b2", "z" * 12, "Z" * 13, "1" * 62, "1" * 63,
           "123456789012345", "1234567890123456", "999999999999999999", "-999999999999999999",
           "4611686018427387903", "4611686018427387904", "-4611686018427387904", "-4611686018427387905",
           "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1" + "0" * 40,
           "3fffffffffffffff", "4000000000000000", "7" * 20, "0" * 40 + "5"]
for s in samples:
    row = []
    for b in [10, 0, 2, 8, 16, 36]:
        try:
            v = int(s, b)
            row.append("%d:%s" % (v, type(v).__name__))
        except ValueError as e:
            row.append("VE")
    print(repr(s), " ".join(row))

for s in ["12", "-1_2", " 0 ", "x"]:
    try:
        print(int(s), int(s.encode()), int(bytearray(s.encode())))
    except ValueError as e:
        print("ValueError", e)

class I(int):
    pass
v = I("123")
print(v, type(v).__name__, I("-5") + 1, int("-4611686018427387904") - 1)
print(sum(int(str(i)) for i in range(-500, 500)), [int(str(k) * 3) for k in range(10)])
print(int("1" * 15) * 10 + 1 == int("1" * 16), hash(int("-1")), int("-1") is not None)

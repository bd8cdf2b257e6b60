# error messages of int(str): repr of the argument, bytes, unicode
cases = ["abc", "1.5", "12abc", "", "   ", "\x00", "1\x002", "٣", "１２", "1 2", "1_2_", "é",
         "\u2003 7 \u2003", "\U0001d7ce", "1" * 5 + "x", "'", '"', "\\", "x" * 300]
for s in cases:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for b in [b"12", b" 12 ", b"1_2", b"0x10", b"abc", b"\xff", b"", bytearray(b"42"), bytearray(b"z")]:
    try:
        print(int(b))
    except ValueError as e:
        print(type(e).__name__, e)
for b in [b"0x10", bytearray(b"0b11"), b"zz"]:
    try:
        print(int(b, 0), int(b, 36))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ["12", "z"]:
    try:
        print(int(s, 16))
    except ValueError as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(int(S("77")), int(S(" 0o77 "), 0))
try:
    int(S("7x"))
except ValueError as e:
    print(type(e).__name__, e)

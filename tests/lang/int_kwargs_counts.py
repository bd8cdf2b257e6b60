# keyword/positional counting in int(), to_bytes(), from_bytes(), __format__
calls = [
    lambda: (1).to_bytes(length=1, byteorder="big", signed=True, x=1), lambda: (1).to_bytes(1, "big", signed=True, x=1),
    lambda: (1).to_bytes(1, byteorder="big", length=2), lambda: int.from_bytes(), lambda: (1).__format__(None),
    lambda: int.from_bytes(bytes=b"1", byteorder="big", signed=True, x=1), lambda: int.from_bytes(b"1", x=1),
    lambda: int(x=1, base=2, y=3), lambda: int("1", base=2, y=3), lambda: (1).to_bytes(1, "big", "x"),
    lambda: int.from_bytes(b"", "big", "x", signed=1), lambda: (1).to_bytes(1, "big", 1, 2),
    lambda: int("11", base=2), lambda: int("11", 2), lambda: int(base=2), lambda: int(), lambda: int(5, base=None),
    lambda: int("5", None), lambda: int("z", base=36), lambda: (5).to_bytes(signed=True), lambda: (5).to_bytes(byteorder="little"),
    lambda: (1).__format__(""), lambda: (1).__format__(b""), lambda: (1).__format__(5), lambda: int.from_bytes(b"\x01", byteorder="little"),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)

# Huge sizes in text operations must fail with a Python exception, fast.
cases = [
    lambda: "\t".expandtabs(2 ** 40),
    lambda: "\t\t" * 1000 + "x".expandtabs(2 ** 30),
    lambda: "%*d" % (2 ** 40, 1),
    lambda: "%.*f" % (2 ** 40, 1.0),
    lambda: "x".center(2 ** 62),
    lambda: "x".ljust(2 ** 40, "é"),
    lambda: "x".zfill(2 ** 62),
    lambda: "ab" * (2 ** 62),
    lambda: "ab" * (2 ** 40),
    lambda: b"ab" * (2 ** 62),
    lambda: bytes(2 ** 62),
    lambda: bytearray(2 ** 62),
    lambda: "{:{}}".format(1, 2 ** 62),
    lambda: "x".replace("", "y" * 1000, -1) * (2 ** 50),
    lambda: "é".join(["x"] * 10) * (2 ** 60),
    lambda: b"\t".expandtabs(2 ** 40),
    lambda: b"x".center(2 ** 62),
]
for c in cases:
    try:
        r = c()
        print("ok", len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(type(e).__name__)

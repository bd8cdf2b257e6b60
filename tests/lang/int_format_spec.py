# format() of ints: every presentation type, fill/align/sign/width/grouping, big values
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2**64, -(2**70) + 1, True]
specs = ["", "d", "5d", "<6d", ">6d", "^7d", "=+8d", "+d", "-d", " d", "08d", "_d", ",d", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
         "_x", "_b", "#_b", "c", "n", "e", ".2e", "E", "f", ".3f", "F", "g", ".3g", "G", "%", ".1%", "*^12,d", "0=12,d", "#012x", "-^+9d", "z" if False else "d"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s) if not (s == "c" and (v < 0 or v > 0x10ffff)) else "skip")
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(row)
for v, s in [(10**30, ",d"), (10**30, "_x"), (-(10**25), "+,d"), (10**20, ".2e"), (2**200, "g"), (2**1100, ".3e"), (12345, ".2f"), (5, ".0%")]:
    try:
        print(format(v, s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for s in ("s", ".2d", ",x", ",b", "_c", "#c", "+c", ",o", "=s", "z", "j", "10.5d"):
    try:
        print(s, format(42, s))
    except ValueError as e:
        print(s, type(e).__name__, e)
for v in (-1, 0x110000):
    try:
        print(format(v, "c"))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("{:,}".format(-1234567890123), "{:_}".format(10**12), "{:>{w}}".format(42, w=6), "{0:{1}{2}}".format(3, "0", "5"))
print(f"{12345:,}", f"{-42:06}", f"{42:#08b}", f"{255:#06X}", f"{3:^5}|", f"{True:>4}", f"{2**70:e}")

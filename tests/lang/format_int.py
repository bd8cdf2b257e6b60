# Format specs applied to ints.
for v in (0, 42, -42, 255, 1234567, -1234567, 10 ** 30):
    print([format(v, s) for s in ("", "d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "n", ",", "_", "_x", "_b",
                                   "+d", " d", "-d", "10", "<10", "^10", "=10", "*^12", "010", "+010", "#010x", "08,", "012_x")])
print(format(65, "c"), format(0x1F40D, "c"), format(10, ">5c"), format(True, "d"), format(True, ""))
print(format(7, "e"), format(7, ".3f"), format(7, "%"), format(7, "g"), format(7, "G"), format(10 ** 30, "e"), format(2 ** 64, ".2%"))
print(f"{1234:,}", f"{-1234:=+012,}", f"{12:#_b}", f"{0:#x}", f"{-5:#010b}", f"{42:x<}", f"{42:🐍^7}")

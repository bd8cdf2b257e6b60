# int(str, 0): prefixes, leading zeros, underscores
cases = ["0", "00", "000", "0_0", "007", "0x10", "0X1f", "0o17", "0O17", "0b101", "0B11",
         "0x_1f", "0x__1f", "0x1f_", "0_x1f", "1_000", "1__000", "_1", "1_", "-0x10", "+0b1",
         " 0x10 ", "0x", "0b", "0o", "0b2", "0o8", "0xg", "00x1", "-0", "+0", "0_", "0e0",
         "1e3", "0.0", "", " ", "-", "+", "--1", "+-1", "0x-1", "123", "-123", " \t\n42\r\f\v"]
for s in cases:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)

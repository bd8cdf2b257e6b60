# integer literals: prefixes, underscores, huge literals, invalid literals via compile()
print(0b1010, 0o777, 0xDEAD_BEEF, 1_000_000, 0_0, 00, 0b_1, 0o_7, 0x_f, 0XFF, 0B11, 0O7)
print(123456789012345678901234567890, -0x8000000000000000, 0xffffffffffffffffffffffffffffffff)
print(type(10**100).__name__, 1_2_3_4, 9_9.5 if False else 99)
srcs = ["0_", "1__0", "1_", "0b", "0b2", "0o8", "0x", "0xg", "08", "0_8", "00_1", "012", "0b1_", "0x_", "1e", "0x1.0", "1 0", "0 b1", "0b1__1", "1_000_", "0777"]
for s in srcs:
    try:
        print(repr(s), eval(s))
    except SyntaxError as e:
        print(repr(s), type(e).__name__)
x = 1
print(x.__class__, 1 .__class__.__name__, (1).real, 1 .bit_length(), 0x10 .bit_length(), 1_0 .numerator)
print(-2**2, (-2)**2, 2**-1, -2**-1, 2**3**2, (2**3)**2, 10**-2, ~-1, -~1, --5, +-+5, not 0, not -1)
print(1 if 0 else 2, 0 or 5, 3 and 0, 0 and 1/0, 1 or 1/0, [] or 0 or "x")
print(17 // 5 * 5 + 17 % 5, 2 + 3 * 4 ** 2, (2 + 3) * 4, 7 - -7, 1 << 2 + 3, (1 << 2) + 3, 6 & 3 | 8 ^ 1, 5 > 3 > 1, 1 < 2 < 2)
print(eval("1" * 500) % 1000007, len(str(eval("9" * 1000))))

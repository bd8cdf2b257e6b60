# Adversarial numbers: huge shifts, powers, precisions and widths must end
# in a Python exception or a result, never a crash.
cases = [
    "1 << (1 << 62)", "1 << (1 << 40)", "1 << 2**100", "(-1) << (1 << 35)", "2 ** (2 ** 40)",
    "10 ** 10 ** 10", "pow(3, 10**100, 10**9 + 7)", "(1 << 10**6) >> 10**6", "-(1 << 10**5) >> (1 << 70)",
    "format(1.5, '.99999999999999999999f')", "format(1, '99999999999999999999')",
    "format(2.5, '.3000e')", "format(1e300, '.1000f')", "'%.500f' % 1e-300", "float('1' * 100000)",
    "int('1' * 100000, 16).bit_length()", "str(1 << 20000)", "hex(1 << 100000)[:10]", "(10 ** 4000) / 3",
    "round(1.5, 10**30)", "round(1.5, -10**30)", "round(10**50, -10**20)", "len((2**64).to_bytes(10**7, 'big'))",
    "int.from_bytes(b'\\xff' * 100000, 'big').bit_length()", "complex(1e308, 1e308) * complex(1e308, 1e308)",
    "abs(complex(1e308, 1e308))", "(1e308 + 1e308j) ** 1000", "divmod(10**5000, 7**3000)[1] % 10",
    "float(10**308) * 10", "int(1e308) * int(1e308) > 0", "(-2) ** 0.5", "0.0 ** -1e308",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", str(r)[:60])
    except (MemoryError, OverflowError, ValueError, ZeroDivisionError) as e:
        print(c, "->", type(e).__name__)

# Numeric literals of every form.
print(0, 00, 1_000, 0x_FF, 0o17, 0b1010, 0XAB, 0O7, 0B1, 123456789012345678901234567890)
print(1.5, 1., .5, 1e3, 1E-3, 1_0.0_1, 1e1_0, 0.000_001, 3.14e+2)
print(1j, 1.5j, 1e3j, 0j, 10J, 1_0j)
print(0xffffffffffffffffffff, -0x8000000000000000, 0b1 << 100)

# Regressions found by the differential tester (float/complex/format).
tests = ["(1.5).conjugate(1)", "(1.5).hex(1)", "(1.5).__format__(1, 2)", "(1j).__format__()", "format(complex(9007199254740993.0, 1), '_')",
 "format(1234567+1j, ',')", "format(-10**40, 'c')", "(1j).__add__(1, 2)", "(1.5).__sub__(1, 2)", "(1j).__lt__()", "pow(-1e308, -2.5)",
 "(-1e308) ** -2.5", "complex('١٢٣')", "format(complex(645.8, 1.0), '^0g')", "format(complex(645.8, 1.0), '0g')", "format(complex(645.8, 1.0), '010')",
 "complex(9007199254740993.0, 1e-310) ** 0.5", "(1.5).fromhex(1, 2, 3)", "(1.5).as_integer_ratio(1)", "(1j).conjugate(1)", "format(1j, '0<8G')"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)

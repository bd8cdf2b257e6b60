# complex with huge ints, signed zeros, zero powers and extreme parts (one line each).
tests = ["complex(10**400)", "1j * 10**400", "1j + 10**400", "(1+1j) ** 10**400", "1j ** 10**20", "(0.5+0j) ** 10**400",
 "10**400 / 1j", "1j / 10**400", "1j == 10**400", "complex(1, 10**400)", "complex(10**300, 10**300)", "abs(complex(10**300, 10**300))",
 "complex('1e400j')", "hash(complex(10**300, 1))", "(1e300+1e300j) * (1e300+1e300j)", "(1e-300+1e-300j) * (1e-300+1e-300j)",
 "(2+3j) * 2**60", "(2+3j) == (2+3j) + 0.0", "0j ** 0", "0j ** 0j", "0j ** 0.0", "0j ** -0.0", "(-0.0+0j) ** 2", "1j ** -1",
 "(1j).real.hex()", "complex(True, True)", "complex(False)", "complex(-0.0, 0.0) + 0", "-(0j)", "0j - 0j", "-0j - 0j",
 "complex(0.0, -0.0) * -1", "(1+2j).__ne__(1+2j)", "(1+2j).__eq__(1)", "(1+0j).__eq__(True)", "(1+2j).__hash__() == hash(1+2j)"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)

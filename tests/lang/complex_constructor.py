# complex() from strings and numbers.
for s in ("1+2j", "(1+2j)", " 1j ", "j", "-j", "1+j", "1-j", "1e5+1e-5j", "1e+5-2j", "( 3j )", "+1J", "1_0+2_0j", "-1.5", "inf+nanj"):
    print(repr(s), complex(s))
for s in ("(1 + 2j)", "1 +2j", "x", "", "()", "1+2", "1j1", "1+2j)"):
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), e)
print(complex(), complex(1.5), complex(2, 3), complex(1 + 1j, 1 + 1j), complex(-0.0, -0.0), complex(0, -0.0), complex(True))
for args in (("1", 2), (1, "2"), ([],)):
    try:
        complex(*args)
    except TypeError as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self): return 2 + 3j
print(complex(C()))

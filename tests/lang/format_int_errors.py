# Errors of the integer format spec, word for word.
for spec in ("abc", ".2", ".2d", "s", "z", "zd", "+c", "#c", ",x", ",c", "_s", ",_", "_,", ",,", ".", "10.",
             "1000000000000000000000000d", "f.f", "==10"):
    try:
        print(repr(format(1, spec)))
    except ValueError as e:
        print(repr(spec), e)
for v in (-1, 0x110000):
    try:
        format(v, "c")
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    format(True, "s")
except ValueError as e:
    print(e)

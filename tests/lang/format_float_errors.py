# Errors of the float format spec.
for spec in ("x", "d", "c", "s", "b", "abc", ",n", "_n", ".", "=="):
    try:
        print(repr(format(1.5, spec)))
    except ValueError as e:
        print(repr(spec), e)

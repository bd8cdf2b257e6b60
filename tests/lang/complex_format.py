# format() of complex numbers.
for c in (1 + 2j, -1.5 - 0.25j, 1j, complex(-0.0, 1), 12345.678 + 0.001j):
    print(format(c, ""), format(c, ".2f"), format(c, ">25"), format(c, "e"), format(c, "g"), format(c, "+"), format(c, ".3"), format(c, "<20"), format(c, "^22.1f"))
for spec in ("=", "010", "%", "d"):
    try:
        format(1 + 2j, spec)
    except ValueError as e:
        print(e)

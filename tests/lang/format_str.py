# Format specs applied to strings.
for s in ("abc", "é", "🐍x", ""):
    print([format(s, spec) for spec in ("", "s", ">10", "^10", "*<10", ".2", "10.2", "0", "010", "🐍^7", "^", "<", ">3")])
for spec in ("+", "-", " ", "d", ",", "_", "=", "#", "z", "x", "=10"):
    try:
        print(repr(format("abc", spec)))
    except ValueError as e:
        print(repr(spec), e)
print("{:>8}|{:<8}|{:^8}".format("a", "b", "c"), f"{'x':*^9}", "{0:.3}".format("abcdef"))

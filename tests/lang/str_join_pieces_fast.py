# str.join copying short pieces byte by byte and long ones in one copy
# (str.c), f-strings (joined the same way), and format() results with
# nothing to pad or group assembled in one piece (format.c).

class S(str):
    pass

pieces = ["", "a", "bc", "é", "€uro", "x" * 16, "y" * 17, "z" * 100, S("sub"), S(""), S("ü" * 20)]
for sep in ["", ",", " - ", "é", S("|"), "long separator " * 3]:
    r = sep.join(pieces)
    print(repr(r[:60]), len(r), len(r.encode()), type(r).__name__, r.isascii())
print(repr("".join([S("only")])), type("".join([S("only")])).__name__, type("".join(["only"])).__name__)
print(repr(",".join([])), repr(",".join(["one"])), ",".join(iter(["g", "e", "n"])), "-".join("abc"))
for bad in [["a", 1], [b"x"], ["a", None, "b"], [S("s"), 2.5]]:
    try:
        "+".join(bad)
    except TypeError as e:
        print("TypeError", e)
word, i = "item00037", 5
for k in range(3):
    print(f"{word}:{i % 7}:{i * 3.5:.1f}|", f"{k}{word!r}{k * 1.5}{'é'}{S('s')}", f"[{k:>3}]{k:<3}|{-k:+}")
vals = [0, 7, -7, 255, 10**20, -10**20, 1.5, -0.0, 2.675, 1e22, float("inf"), float("-nan"), True]
for v in vals:
    out = []
    for spec in ["", "d", "x", "#x", "#o", "+", " ", ".2f", "e", "g", "%", "n", "X", "#b", "10", "<4", "^", ",", "_", "08"]:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("VE")
    print(out)
big = 10 ** 60
print(format(big, "d"), format(-big, "+x"), format(1e300, "f")[:20], format(-1e300, ".1e"))

# startswith / endswith with tuples, start/end and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = "héllo𐐨wörld"
B = 10**25
for st in [None, 0, 1, 5, 6, -1, -6, 20, -20, B, -B]:
    for en in [None, 0, 5, 6, -1, -5, 20, B, -B]:
        print(st, en, s.startswith("h", st, en), s.startswith("𐐨", st, en), s.endswith("d", st, en), s.endswith("o", st, en),
              s.startswith("", st, en), s.endswith("", st, en), s.startswith(("x", "l", "𐐨w"), st, en), s.endswith((), st, en))
t(lambda: "".startswith(""))
t(lambda: "".endswith("", 0, 0))
t(lambda: "".startswith("", 1))
t(lambda: "".endswith("", -1))
t(lambda: "abc".startswith("", 3))
t(lambda: "abc".startswith("", 4))
t(lambda: "abc".endswith("", 2, 1))
t(lambda: "abc".startswith(("a", 1)))
t(lambda: "abc".startswith((1, "a")))
t(lambda: "abc".startswith(["a"]))
t(lambda: "abc".endswith(1))
t(lambda: "abc".endswith(b"c"))
t(lambda: "abc".startswith(("a", ("b",))))
t(lambda: "abc".startswith())
t(lambda: "abc".startswith("a", 0, 1, 2))
t(lambda: "abc".startswith("a", "x"))
t(lambda: "abc".endswith("c", 0, 1.0))
t(lambda: "abc".endswith(prefix="c"))
t(lambda: "abc".startswith(("ab", "abc", "abcd")))
t(lambda: "abc".endswith(("abcd", "bc")))
class S(str): pass
t(lambda: "abc".startswith(S("a")))
t(lambda: "abc".startswith((S("b"), S("a"))))
t(lambda: S("abc").endswith("c"))

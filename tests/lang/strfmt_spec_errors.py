# format specs applied to str (and errors surfaced through str.format)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", "é>5", "𐐨<4", ".2", "10.3", "^9.1s", "=10", "+", "-", " ", "#", "0", "010", ",", "_", "d", "x", "10d", "z", "ss", "%", "<", "1<", "<<", "\x00<5", "}>3", "{<3", ".0", ".", "10.", ".99999999999999999999"]:
    t(lambda: (spec, format("héllo", spec)))
    t(lambda: (spec, ("{:" + spec + "}").format("ab")))
t(lambda: format("abc", 5))
t(lambda: "abc".__format__())
t(lambda: "abc".__format__(">5"))
t(lambda: "abc".__format__(1))
t(lambda: "{:{}}".format("a", "x>3"))
t(lambda: "{0:>{1}}".format("a", -3))
t(lambda: "{0:.{1}}".format("abcdef", 2))
t(lambda: "{0:.{1}}".format("abcdef", "2"))

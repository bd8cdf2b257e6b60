# removeprefix / removesuffix, plus startswith equivalence
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["", "a", "abc", "abcabc", "é𐐨é", "𐐨"]:
    for p in ["", "a", "ab", "abc", "abcd", "c", "bc", "é", "é𐐨", "𐐨é", "𐐨"]:
        print(repr(s), repr(p), repr(s.removeprefix(p)), repr(s.removesuffix(p)))
t(lambda: "abc".removeprefix(None))
t(lambda: "abc".removesuffix(1))
t(lambda: "abc".removeprefix(b"a"))
t(lambda: "abc".removeprefix(("a",)))
t(lambda: "abc".removeprefix())
t(lambda: "abc".removesuffix("a", "b"))
t(lambda: "abc".removeprefix(prefix="a"))
t(lambda: "abc".removesuffix(suffix="c"))
class S(str): pass
for r in [S("abc").removeprefix("a"), S("abc").removeprefix("x"), S("abc").removesuffix(""), "abc".removeprefix(S("a"))]:
    print(type(r).__name__, repr(r))

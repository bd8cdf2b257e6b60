# comparison and ordering by code point, including surrogates and astral chars
import functools
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
vals = ["", "a", "A", "ab", "a\x00", "\x00", "\x7f", "\x80", "é", "\uffff", "\ud800", "\udfff", "\ue000", "\U00010000", "\U0010ffff", "\ud7ff", "aé", "a𐐨", "a\uffff", "ab\ud800"]
print(sorted(vals))
for a in vals[:10]:
    print(repr(a), [(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals])
print(max(vals), min(vals))
print("\U00010000" > "\uffff", "\ud800" < "\ue000", "\udfff" < "\U00010000", "\ud83d\ude00" < "\U0001f600")
t(lambda: "a" < 1)
t(lambda: "a" <= None)
t(lambda: "a" > b"a")
t(lambda: "a" >= ["a"])
t(lambda: "a" == b"a")
t(lambda: "a" != 1)
t(lambda: "a".__lt__(1))
t(lambda: "a".__eq__(1))
t(lambda: "a".__eq__("a"))
t(lambda: "b".__gt__("a"))
t(lambda: "a".__ge__(None))
class S(str): pass
t(lambda: S("a") == "a")
t(lambda: S("a") < "b")
t(lambda: sorted([S("b"), "a", S("c")]))
class R(str):
    def __lt__(self, o): return "R-lt"
    def __gt__(self, o): return "R-gt"
t(lambda: "a" < R("b"))
t(lambda: R("b") < "a")
t(lambda: "a" > R("b"))
print(sorted(["b", "B", "_", "1", " ", "é", "E", "ß", "ss", "\t"]))
print(sorted(["x" * n for n in range(4)] + ["x" * n + "\x00" for n in range(3)]))

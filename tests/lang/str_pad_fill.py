# center / ljust / rjust / zfill: widths, fill chars and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["", "a", "ab", "abc", "é", "𐐨x", "-1", "+12", "--", "+", "-", "1-"]:
    for w in [-1, 0, 1, 2, 3, 4, 5, 6, 7]:
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "é")), repr(s.rjust(w, "𐐨")), repr(s.zfill(w)))
t(lambda: "a".center(5, ""))
t(lambda: "a".center(5, "ab"))
t(lambda: "a".ljust(5, 1))
t(lambda: "a".rjust(5, b"x"))
t(lambda: "a".rjust(5, None))
t(lambda: "a".center())
t(lambda: "a".center("5"))
t(lambda: "a".center(5.0))
t(lambda: "a".zfill())
t(lambda: "a".zfill(None))
t(lambda: "a".zfill(3, 4))
t(lambda: "a".zfill(width=3))
t(lambda: "a".center(width=3))
t(lambda: "a".ljust(3, fillchar="x"))
t(lambda: "a".center(True))
class I:
    def __index__(self): return 4
t(lambda: "a".center(I(), "."))
t(lambda: "a".zfill(I()))
t(lambda: "\udc80".center(3, "\ud800"))
class S(str): pass
for r in [S("ab").center(2), S("ab").center(4), S("ab").zfill(1), S("ab").ljust(0)]:
    print(type(r).__name__, repr(r))

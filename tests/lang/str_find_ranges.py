# find/rfind/index/rindex/count with start/end of every kind
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = "abcabcab"
B = 10**30
rng = [None, 0, 1, 3, -1, -3, -100, 100, B, -B, 8, 9]
for st in rng:
    row = []
    for en in rng:
        row.append((s.find("ab", st, en), s.rfind("ab", st, en), s.count("ab", st, en), s.find("", st, en), s.rfind("", st, en), s.count("", st, en)))
    print(st, row)
u = "éa𐐨béa𐐨b"
for st in [None, 0, 2, -2, 5, 9, 10]:
    print(st, u.find("a", st), u.rfind("a", st), u.count("a", st), u.find("𐐨b", st), u.rfind("𐐨b", st), u.find("", st), u.rfind("", st), u.count("", st))
t(lambda: "abc".index("d"))
t(lambda: "abc".rindex("d"))
t(lambda: "abc".index("a", 1))
t(lambda: "abc".rindex("c", 0, 2))
t(lambda: "abc".index("", 3))
t(lambda: "abc".index("", 4))
t(lambda: "abc".rindex("", 4))
t(lambda: "abc".find())
t(lambda: "abc".find("a", 0, 1, 2))
t(lambda: "abc".find(1))
t(lambda: "abc".count(None))
t(lambda: "abc".index(b"a"))
t(lambda: "abc".rfind("a", "0"))
t(lambda: "abc".count("a", 0.0))
t(lambda: "abc".find("a", start=0))
t(lambda: "abc".rindex())
t(lambda: "abc".count())
t(lambda: "abc".index("a", None, None))
class I:
    def __index__(self): return -2
t(lambda: "abcb".find("b", I()))
t(lambda: "abcb".count("b", I(), I()))
t(lambda: "aaaa".count("aa"))
t(lambda: "aaaaa".count("aa", 1))
t(lambda: "".count(""))
t(lambda: "".find("", 0))
t(lambda: "".find("", 1))
t(lambda: "".rfind("", -1))
t(lambda: "abc".count("", 1, 1))
t(lambda: "abc".count("", 2, 1))
t(lambda: "abc".find("", 2, 1))
t(lambda: "abc".find("", 3, 3))

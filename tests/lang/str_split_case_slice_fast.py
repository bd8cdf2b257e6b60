# str.split (pieces counted first, the list made at its size; ASCII
# whitespace without decoding), ASCII upper/lower/casefold/swapcase/title/
# capitalize written in place, and extended slices of ASCII strs written
# byte by byte (str_methods.c, str.c).  Non-ASCII and subclass inputs take
# the general paths and must agree.

class S(str):
    pass

samples = ["", "a", " ", "a,b,,c", ",a,", ",,,", "abab", "a--b--c--", "x" * 100 + ",y",
           " a\x1cb\tc\x0bd\x0ce\rf\x1fg  \n", "\x1c\x1d\x1e\x1f", "héllo wörld, x", "a\x85b\u2003c d",
           "aé,é,b", "€|€€|", "one two  three   ", S("s,u b"), "\t\n", "A1b2 C3d4"]
seps = [None, ",", "--", "ab", "é", "|", " ", "€€", "xyz", "😀", "€"]
for s in samples + [S("é,b"), S("s€b")]:
    for sep in seps:
        for m in [-1, 0, 1, 100]:
            r = s.split(sep, m)
            assert r == s.split(sep=sep, maxsplit=m)
            print(repr(s), repr(sep), m, r, [type(x).__name__ for x in r][:1], [type(x).__name__ for x in s.rsplit(sep, m)][-1:])

for bad in [(""), (1,), ("a", "b")]:
    try:
        "abc".split(*bad) if isinstance(bad, tuple) else "abc".split(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# split of a long text into many pieces
text = "|".join("item%05d:%d" % (i, i % 7) for i in range(3000))
parts = text.split("|")
print(len(parts), parts[0], parts[-1], sum(len(p) for p in parts))
print(len(text.split("item")), len((" " + text.replace("|", " \t")).split()))

cases = ["", "a", "A", "hello world", "HeLLo WoRLD 42!", "abc_def-ghi jkl", "x" * 70 + "Yz",
         "don't stop", "123abc", "ABC\x1fdef", "ﬁne Straße", "İstanbul ǅ", S("mIxEd CaSe"), "a1B2c3"]
for s in cases:
    print(repr(s), [s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize()],
          type(s.upper()).__name__)

# extended slices
for s in ["", "a", "ab", "abcdefghij", "x" * 65 + "0123456789", "héllo", "a€b€c", S("subclass!")]:
    out = []
    for sl in [slice(None, None, -1), slice(None, None, 2), slice(1, None, 3), slice(-1, 0, -2),
               slice(None, 50, -1), slice(100, None, -7), slice(2, 8, 2), slice(8, 2, -3), slice(0, 1, 5)]:
        r = s[sl]
        out.append(r)
        assert type(r) is str
    print(repr(s), out)
big = "".join(chr(65 + i % 26) for i in range(2000))
print(big[::-1][:30], len(big[::3]), big[::-7][-5:], big[1999:0:-500])

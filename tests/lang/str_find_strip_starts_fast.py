# str.find/rfind/index/rindex, startswith/endswith without start/end
# arguments search the whole str's bytes directly, and strip/lstrip/rstrip
# of ASCII text without chars test whitespace on bytes (str_methods.c).
# With start/end, non-ASCII text or chars given they take the general
# paths; both must agree with CPython.

class S(str):
    pass

texts = ["", "a", "abc", "item00037", "héllo wörld", "a€b€c€", "𝄞x𝄞", "  padded\t\n", "\x1c\x1d x \x1e\x1f",
         "\x0b\x0c mixed \u3000", " a\x85", S(" sub "), "x" * 80 + "needle" + "y" * 10]
subs = ["", "a", "l", "€", "𝄞", "needle", "xyz", "o w", " ", "37", S("b")]
for t in texts:
    row = []
    for sub in subs:
        row.append((t.find(sub), t.rfind(sub), t.count(sub), t.startswith(sub), t.endswith(sub), sub in t))
    print(repr(t), row)
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip(" x")), type(t.strip()).__name__,
          t.strip() is t)
    print(t.find("l", 2), t.rfind("l", 0, 5), t.startswith("a", 1), t.endswith("c", 0, 3),
          t.startswith(("x", "i", "h")), t.endswith(("", "zz")), t.find("€", -3), t.startswith("", 100))
for call in [lambda: "abc".find(1), lambda: "abc".rfind(None), lambda: "abc".startswith(1),
             lambda: "abc".endswith(["a"]), lambda: "abc".startswith(("a", 1)), lambda: "abc".index("d"),
             lambda: "abc".rindex("z"), lambda: "abc".strip(1), lambda: "abc".find(), lambda: "abc".find(sub="a"),
             lambda: "abc".startswith(), lambda: "abc".lstrip(None), lambda: "abc".index("c"),
             lambda: "abc".startswith(("a", 1))]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# short needles (2..8 bytes) at the edges of the searched range, overlaps
h = "abcabcab€€x"
for sub in ["ab", "ca", "cab", "b€", "€€", "€x", "abcabcab", "bcabcab€", "x€", "aa"]:
    print(sub, [h.find(sub, i) for i in range(0, 12, 2)], [h.find(sub, 0, j) for j in range(0, 14, 3)],
          [h.rfind(sub, 0, j) for j in range(0, 14, 3)], h.count(sub), h.count(sub, 1, 9), sub in h)
print("aaaa".count("aa"), "aaaaa".count("aaa"), "aaaa".replace("aa", "b"), "a-b--c---d".split("--"))
print(b"abcab".find(b"ab", 1), b"abcab".count(b"ab"), b"xxabxx".index(b"ab"), bytearray(b"zzab").find(b"ab"),
      b"aaaa".replace(b"aa", b"b"), b"a--b".split(b"--"), b"abc".find(b"bd"))

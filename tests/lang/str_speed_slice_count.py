# Slicing (step 1 on ASCII taken by byte offsets, step -1, other steps),
# count of one char (counted byte by byte), `in` on exact strs (taken
# without the method call) and on subclasses; ASCII and non-ASCII.
class S(str):
    pass

texts = ["", "a", "ab", "hello world", "é", "aé€\U0001F600z", "x" * 1000 + "é", S("subclass"), S("süb")]
for t in texts:
    n = len(t)
    out = []
    for a in (None, 0, 1, -1, -2, 3, n, n + 5, -n - 5):
        for b in (None, 0, 2, -1, -3, n, n + 5):
            for st in (None, 1, 2, -1, -2, 3):
                r = t[a:b:st]
                out.append((len(r), r[:3], type(r).__name__))
    print(repr(t[:12]), len(out), hash(tuple(out)) == hash(tuple(out)), out[:6], out[-6:])
    print("  rev", repr(t[::-1][:10]), repr(t[::-1][:50][-5:]), t[-2:], type(t[-2:]).__name__, t[:] == t, type(t[:]).__name__)
s = ""
acc = 0
for i in range(3000):
    s += "item%05d" % (i * 37 % 100000)
    if len(s) > 500:
        acc += s.count("7") + len(s.replace("0", ""))
        s = s[::-1][:50]
print(acc, s)
for t in ["", "7", "77", "a7é7€7", "é", "ééé", "\U0001F600" * 3, "x" * 100 + "7"]:
    print(repr(t[:8]), t.count("7"), t.count("é"), t.count("7", 1), t.count("7", -2, -1), t.count("7", 5, 2),
          t.count(""), t.count("", 1, 1), t.count("7", 2**70), t.count("7", -2**70))
print(S("a7b7").count("7"), "abc".count(S("b")))
for bad in [(1,), (), ("a", "b"), ("a", 1, 2, 3), ("a", 1.5)]:
    try:
        print("abc".count(*bad))
    except TypeError as e:
        print("TypeError", e)
for sub, t in [("42", "item42"), ("", ""), ("é", "aéb"), ("€", "é"), ("b", S("abc")), (S("b"), "abc"),
               ("x" * 50, "x" * 49), ("ab", "a" * 1000 + "b")]:
    print(sub[:5] in t, sub[:5] not in t)
for bad in [1, None, b"a", ["a"]]:
    try:
        print(bad in "abc")
    except TypeError as e:
        print("TypeError", e)
class C(str):
    def __contains__(self, x):
        return True
print(5 in C("abc"), "z" in C("abc"))

# str.split with a separator: the one-pass scan, positional fast path, and
# the keyword path; ASCII, non-ASCII, long strs, subclasses, wrong types.
class S(str):
    pass

cases = ["a:b:c", "", ":", "::", "a::b", ":a:", "abc", "é:ü:€", "日本:語", "a\U0001F600:b",
         "x," * 40, ("ab:" * 20) + "z", ":" * 17, ":" * 16, ":" * 15, "q" * 100 + ":" + "r" * 100]
for c in cases:
    print(repr(c[:30]), c.split(":"), c.split(","), len(c.split(":")))
    for m in (-5, -1, 0, 1, 2, 15, 16, 17, 100):
        print(" ", m, c.split(":", m) == c.split(sep=":", maxsplit=m), c.split(":", m)[-1:])
for sep in ["ab", "::", "é", "€€", "\U0001F600", "b:"]:
    s = "ab::é€€\U0001F600b:ab" * 3
    print(repr(sep), s.split(sep), s.split(sep, 2), s.rsplit(sep, 2))
big = ",".join(str(i) for i in range(5000))
parts = big.split(",")
print(len(parts), parts[:3], parts[-3:], sum(map(int, parts)))
print(big.split(",", 3)[:3], len(big.split(",", 3)[3]))
# subclasses: the pieces are plain strs; a wider separator gives [self]
s = S("a:b")
r = s.split(":")
print(r, [type(x).__name__ for x in r])
r = S("ab").split("é")
print(r, type(r[0]).__name__, r[0] is not None)
r = S("ab").split("x")
print(r, type(r[0]).__name__)
r = "ab".split(S("b"))
print(r, [type(x).__name__ for x in r])
# wrong types and bad arguments
for args, kw in [((1,), {}), ((":", "2"), {}), ((":", 1.5), {}), ((":", 1, 2), {}),
                 (("",), {}), ((), {"sep": 3}), ((), {"maxsplit": "x"}), ((), {"bad": 1}),
                 ((":",), {"sep": ":"}), ((b":",), {}), ((":", 2**70), {})]:
    try:
        print("a:b".split(*args, **kw))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    str.split(5, ":")
except TypeError as e:
    print(e)
class Idx:
    def __index__(self):
        return 1
print("a:b:c".split(":", Idx()))
print("a b  c ".split(None, 1), "a b".split(None), " a  b ".split())

# str * int, 'in', iteration, len, + and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for n in [-2, -1, 0, 1, 2, 3, True, False]:
    print(n, repr("ab" * n), repr(n * "é𐐨"), repr("" * n))
t(lambda: "a" * 2.0)
t(lambda: "a" * "b")
t(lambda: "a" * None)
t(lambda: "a" * (2**63))
t(lambda: "a" * (-2**63))
t(lambda: "ab" * (2**62))
t(lambda: [] + "a")
t(lambda: "a" + 1)
t(lambda: "a" + b"b")
t(lambda: "a" + None)
t(lambda: 1 + "a")
class I:
    def __index__(self): return 3
t(lambda: "xy" * I())
t(lambda: I() * "xy")
t(lambda: "a".__mul__(2))
t(lambda: "a".__rmul__(3))
t(lambda: "a".__add__(1))
for needle in ["", "a", "é", "𐐨", "é𐐨", "xyz", "\ud800"]:
    print(repr(needle), needle in "aé𐐨b", needle in "", needle in "\ud800\udc00")
t(lambda: 1 in "abc")
t(lambda: None in "abc")
t(lambda: b"a" in "abc")
t(lambda: ["a"] in "abc")
t(lambda: "abc".__contains__("b"))
t(lambda: "abc".__contains__(1))
print(list("aé𐐨\ud800"), len("aé𐐨\ud800"), [len(x) for x in ["", "é", "𐐨", "\U0010ffff" * 3]])
it = iter("x𐐨y")
print(next(it), next(it), list(it), list(it))
it = iter("abc")
print(it.__length_hint__(), next(it), it.__length_hint__())
t(lambda: list(reversed("aé𐐨")))
t(lambda: "".join(reversed("abc")))
print(sorted("hello"), min("héllo"), max("héllo𐐨"), set("aab") == {"a", "b"}, tuple("é𐐨"))
print(sum(1 for _ in "x" * 50), [c for c in "AbC" if c.isupper()], dict.fromkeys("aba"))
print("a" "b", "é" + "𐐨", ("x" + "y") * 2, "-" * 0 + "end")
s = "ab"
s += "cd"
s *= 2
print(s)

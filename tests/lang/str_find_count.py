# find / rfind / index / rindex / count with start and end.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", -4), s.find("bra", 2, 10), s.find("z"))
print(s.rfind("a"), s.rfind("a", 0, -1), s.rfind("abra"), s.rfind("z"))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("a", 4), s.count("abra"))
print(s.count(""), s.count("", 5), s.count("", 20), "".count(""), "aaaa".count("aa"))
print(s.find("", 11), s.find("", 12), s.find("a", None, None), s.find("a", 3, 2))
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.endswith("bra"))
print(s.endswith("cad", 0, 7), s.startswith(""), s.startswith("", 11), s.startswith("", 12))
for meth, arg in (("index", "z"), ("rindex", "z")):
    try:
        getattr(s, meth)(arg)
    except ValueError as e:
        print(meth, type(e).__name__, e)
for bad in (lambda: s.find(1), lambda: s.count(None), lambda: s.startswith(1),
            lambda: s.endswith([1]), lambda: s.startswith(("a", 2)), lambda: s.find("a", 1.5)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

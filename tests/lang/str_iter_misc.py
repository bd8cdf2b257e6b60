# Iteration, str() conversions, hashing consistency, interning-related identity.
it = iter("aé日")
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list("hello"), tuple("hi"), sorted("banana"), set("aa") == {"a"})
print(hash("abc") == hash("ab" + "c"), hash("") == 0, hash("é日") == hash("é" + "日"))
d = {"key": 1, "ké": 2}
print(d["k" + "ey"], d["k" + "é"], "ké" in d)
print(len("a" * 1000), ("ab" * 500)[999], max("hello"), min("hello"))
print(str.__len__("abc"), str.upper("abc"), "x".__add__("y"), "abc".__getitem__(-1))
print("abc".__contains__("b"), "a".__eq__(1), "a".__lt__("b"), "ab".__mul__(2))
print(type(str(b"x")), str(b"x"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"))
print(str(b"abc", encoding="ascii"), str(bytearray(b"xy"), "latin-1"))

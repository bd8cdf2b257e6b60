# Keyword arguments accepted by str methods.
print("a b c".split(sep=" ", maxsplit=1), "a b c".rsplit(maxsplit=1))
print("a\nb".splitlines(keepends=True), "é".encode(encoding="utf-8", errors="strict"))
print("a\tb".expandtabs(tabsize=2), b"x".decode(encoding="ascii"), "{a}".format(a=1))
try:
    "abc".find(sub="b")
except TypeError as e:
    print(type(e).__name__)
try:
    "abc".split(foo=1)
except TypeError as e:
    print(type(e).__name__)

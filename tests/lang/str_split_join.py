# split / rsplit / join.
print("a b  c\t\nd ".split())
print("  lead and trail  ".split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "  a b  ".rsplit(None, 1))
print("x::y::z".split("::"), "x::y::z".rsplit("::", 1))
print("a\u3000b\x85c\u2028d".split())
print("one two".split(maxsplit=0), "one two ".rsplit(maxsplit=0))
print("a".split(sep=None, maxsplit=-1))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".split(1)
except TypeError as e:
    print(type(e).__name__, e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "é".join("abc"))
print("-".join(iter(["p", "q"])), "+".join({"k": 1}), ",".join(c for c in "xyz"))
try:
    "".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "".join(5)
except TypeError as e:
    print(type(e).__name__, e)

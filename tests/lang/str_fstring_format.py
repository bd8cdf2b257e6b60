# f-strings and __format__ of str.
name = "wörld"
print(f"hello {name}!", f"{name!r}", f"{name:>10}|", f"{name:*^11}", f"{name:.3}")
print(f"{'x'!a}", f"{3 + 4}", f"{{literal}}", f"{name=}")
print("abc".__format__(""), "abc".__format__(">5"))
try:
    format("abc", "d")
except ValueError as e:
    print(type(e).__name__, e)

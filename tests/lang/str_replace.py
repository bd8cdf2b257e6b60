# replace, removeprefix, removesuffix.
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "", 1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello".replace("l", "L", 0), "hello".replace("xyz", "!"), "日本日本".replace("本", "x"))
print("a.b.c".replace(".", "::"), "aaaa".replace("aa", "a"), "abc".replace("abc", ""))
print("prefix-body".removeprefix("prefix-"), "body".removeprefix("x"), "a.py".removesuffix(".py"))
print("x".removesuffix(""), "".removeprefix(""))
try:
    "a".replace(1, "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)

# strip / lstrip / rstrip with and without chars.
print(repr("  a b  ".strip()), repr("\t\n x \r\x0b\x0c".strip()), repr("   ".strip()))
print(repr("xxaxx".strip("x")), repr("xyaxy".lstrip("xy")), repr("xyaxy".rstrip("yx")))
print(repr("\u3000é\u2003".strip()), repr("ééaé".strip("é")), repr("abc".strip("")))
print(repr("abc".strip(None)), repr("".strip()), repr("aaa".strip("a")))
try:
    "a".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".rstrip([])
except TypeError as e:
    print(type(e).__name__, e)

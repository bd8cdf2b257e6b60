# format(str, spec) through the mini-language.
for spec in ("", "10", "<10", ">10", "^10", "*^9", ".2", "10.3", "=>7", "^"):
    print(repr(format("abcd", spec)))
print(repr(format("日本", "^6")), repr(format("é", "_<3")))
for bad in ("d", "=10", "+", ",", "#"):
    try:
        format("abc", bad)
    except ValueError as e:
        print(type(e).__name__, e)

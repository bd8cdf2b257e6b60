# center / ljust / rjust / zfill / expandtabs.
print(repr("abc".center(8, "*")), repr("abc".center(9)), repr("ab".center(7, "*")), repr("ab".center(8, "*")))
print(repr("abc".ljust(6, "-")), repr("abc".rjust(6)), repr("abc".ljust(2)), repr("é".rjust(3, "日")))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "".zfill(3), "abc".zfill(2), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\n\tc".expandtabs(2)), repr("\t".expandtabs(0)))
print(repr("a\tb".expandtabs(tabsize=3)), repr("x".expandtabs(-1)))
for bad in (lambda: "a".center(5, "xy"), lambda: "a".center(5, 1), lambda: "a".ljust("x"), lambda: "a".zfill(None)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

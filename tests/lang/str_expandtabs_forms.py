# expandtabs: tab sizes, columns reset by \r and \n, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
samples = ["a\tb", "\t", "\t\t", "ab\tc\td", "abcdefgh\ti", "a\nb\tc", "ab\r\tc", "é\t𐐨\tx", "\x0b\t\x0c\tx", "a\u2028\tb", "a\x85\tb", "\x1c\tz", ""]
for s in samples:
    print(repr(s), [s.expandtabs(n) for n in (-3, 0, 1, 2, 3, 4, 8)], repr(s.expandtabs()), repr(s.expandtabs(tabsize=5)))
t(lambda: "a\tb".expandtabs("4"))
t(lambda: "a\tb".expandtabs(4.0))
t(lambda: "a\tb".expandtabs(None))
t(lambda: "a\tb".expandtabs(4, 5))
t(lambda: "a\tb".expandtabs(size=4))
t(lambda: "a\tb".expandtabs(2**31))
t(lambda: "a\tb".expandtabs(2**31 - 1 if False else 3))
t(lambda: "a\tb".expandtabs(-2**31))
t(lambda: "a\tb".expandtabs(True))

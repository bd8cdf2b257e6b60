# splitlines over every line boundary, keepends forms and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for sep in b:
    s = "a" + sep + "b" + sep + sep + "c" + sep
    print(repr(sep), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
t(lambda: "a\n\rb".splitlines(True))
t(lambda: "a\r\n\nb\r".splitlines(True))
t(lambda: "\x1f\x0b".splitlines())
t(lambda: "".splitlines())
t(lambda: "".splitlines(True))
t(lambda: "\n".splitlines())
t(lambda: "\n".splitlines(True))
t(lambda: "x".splitlines(1))
t(lambda: "x\n".splitlines(0))
t(lambda: "x\ny".splitlines("yes"))
t(lambda: "x\ny".splitlines(None))
t(lambda: "x\ny".splitlines(2.5))
t(lambda: "x\ny".splitlines(True, False))
t(lambda: "x\ny".splitlines(keep=True))
t(lambda: "𐐨\u2028𐐨\r\n".splitlines(True))
t(lambda: "\u2027\u202a".splitlines())

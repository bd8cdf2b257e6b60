# find family / startswith: start and end are converted before sub's type is checked
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for name in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
    m = getattr("abcabc", name)
    t(lambda: m(0.5, "x"))
    t(lambda: m(1, None, "x"))
    t(lambda: m(None, 1.5))
    t(lambda: m(1))
    t(lambda: m("b", "1"))
    t(lambda: m("b", 1, []))
    t(lambda: m("b", None, None))
    t(lambda: m("b", -2))
t(lambda: "a".__format__(None))
t(lambda: format(1, None))
t(lambda: format("a", None))
t(lambda: format("a", 1))
t(lambda: "a".__format__(b""))

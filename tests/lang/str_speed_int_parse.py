# int() of strs: the short-decimal fast path and everything it must leave
# to the general parse (signs, spaces, underscores, prefixes, non-ASCII
# digits, long values), subclasses with __int__/__index__, bad input.
good = ["0", "7", "42", "007", "000000000000000000", "999999999999999999", "1000000000000000000",
        "123456789012345678", "1234567890123456789", "99999999999999999999999", "-3", "+3", " 7", "7 ",
        "\t-12\n", "1_000", "0_0", "٣٤", "१२", "-٣", "\u20037\u2003", "12345678901234567_8"]
for s in good:
    v = int(s)
    print(repr(s), v, type(v).__name__)
    print("  ", int(s, 10), int(s, 0) if not s.strip().lstrip("+-").startswith("0") or s.strip("0 ") == "" or set(s.strip()) <= {"0", "_"} else "-")
bad = ["", " ", "-", "+", "a", "1a", "1 2", "0x10", "_1", "1_", "1__0", "1.5", "12345678901234567a", "１２x",
       "٣a", "\x00", "9" * 5000]
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print(str(e)[:80])
print(int("0x10", 16), int("10", 2), int("z", 36), int("077", 8), int("0b11", 0))
class S(str):
    pass
class SI(str):
    def __int__(self):
        return 99
class SX(str):
    def __index__(self):
        return 5
print(int(S("12")), int(SI("12")), int(SX("12")), int(S(" -4 ")))
for args, kw in [((), {}), (("1", 10, 3), {}), (("1",), {"base": 10}), ((), {"x": "1"}),
                 (("12",), {"base": 3}), ((12, 10), {}), (("1", "10"), {}), ((1.5,), {}),
                 ((None,), {}), (([],), {}), (("1",), {"bad": 1})]:
    try:
        print(int(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyInt(int):
    pass
v = MyInt("17")
print(v, type(v).__name__, MyInt("17", 8))
print(sum(int(c) for c in "0123456789" * 10))

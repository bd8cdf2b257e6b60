# str.format's field grammar: every way a field can be cut short or malformed
for f in ["{0", "{0!", "{0!r", "{0!r:", "{0!r:x", "{0[", "{0[a", "{0[a]", "{0[a]!", "{0[a]!r", "{0[}]", "{0:", "{0:{", "{0:{}", "{0:{1", "{0.a", "{!", "{!r", "{:", "{a!r{", "{0!{", "{0!}}", "{0{", "{0{}", "{0{}}", "{0}}", "{0[{]", "{0[{]}", "{0!r}", "{0!ra", "{0!r:{", "{0!r:{}", "{[", "{]", "{0]!r"]:
    try:
        r = f.format([1], {"{": 2}, a=1)
        print(repr(f), repr(r))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
import _string
for f in ["a{0!r:>{1}}b", "{0[{]}", "{!s}", "x{{y}}z", "{a.b[c]:d}", "{0!}}"]:
    try:
        print(repr(f), list(_string.formatter_parser(f)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
for f in ["{0!r", "{0{", "{0!", "{0:{"]:
    try:
        print(list(_string.formatter_parser(f)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)

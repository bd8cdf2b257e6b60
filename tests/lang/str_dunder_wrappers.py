# str.__getitem__ and the str methods among the dunders: argument errors;
# whole-template results of % / format keep their type
# (the other slot dunders' argument errors are checked generically by the VM)
for n in ["__getitem__", "__format__", "__sizeof__", "__getnewargs__"]:
    m = getattr("abc", n)
    for args, kw in [((), {"bogus": 1}), ((1, 2, 3, 4, 5), {}), ((), {})]:
        try:
            r = m(*args, **kw)
            print(n, len(args), "->", type(r).__name__)
        except Exception as e:
            print(n, len(args), type(e).__name__, e)
class S(str): pass
for r in [S("abc") % (), S("abc").format(), S("a{{b").format(), S("{}").format("x"), S("abc").format_map({}), S("x").__format__(""), "%s" % S("q"), S("%%") % (), "{}".format(S("w")), S("") % (), S("").format()]:
    print(type(r).__name__, repr(r))

# str's slot wrappers (__add__, __eq__, ...): argument errors; whole-template results keep their type
for n in ["__add__", "__contains__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__getitem__", "__hash__", "__iter__", "__len__", "__mod__", "__rmod__", "__mul__", "__rmul__", "__repr__", "__str__", "__format__", "__sizeof__", "__getnewargs__"]:
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

# str.encode with utf-8 / ascii / latin-1 and every error handler
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
samples = ["abc", "héllo", "€uro", "𐐨x", "a\udc80b", "\ud800\udc00", "\udcff", "\x80\xff\u0100", "\U0010ffff"]
encs = ["utf-8", "ascii", "latin-1", "UTF8", "utf_8", "Latin1", "iso-8859-1", "us-ascii", "l1", "U8", "iso8859_1", "646"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]
for s in samples:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for h in handlers:
            t(lambda: (s, enc, h, s.encode(enc, h)))
for enc in encs:
    t(lambda: (enc, "aé".encode(enc, "replace")))
t(lambda: "x".encode())
t(lambda: "é".encode(encoding="latin-1"))
t(lambda: "é".encode(errors="replace", encoding="ascii"))
t(lambda: "é".encode("nope"))
t(lambda: "é".encode("ascii", "nope"))
t(lambda: "é".encode("utf-8", "nope"))
t(lambda: "e".encode("ascii", "nope"))
t(lambda: "é".encode(1))
t(lambda: "é".encode("ascii", 1))
t(lambda: "é".encode("ascii", "strict", 1))
t(lambda: "é".encode(enc="ascii"))
t(lambda: "abc€".encode("ascii"))
t(lambda: "ab€€cd".encode("latin-1"))
t(lambda: "ab\ud800".encode("utf-8"))
t(lambda: "ab\ud800\udfff".encode("utf-8"))
t(lambda: "\ud800".encode("ascii", "surrogatepass"))
t(lambda: "\ud800".encode("latin-1", "surrogateescape"))
t(lambda: "\udc41".encode("ascii", "surrogateescape"))
t(lambda: "\udc80\udcff".encode("latin-1", "surrogateescape"))
t(lambda: "\u00e9\u20ac".encode("utf-8", "surrogateescape"))
t(lambda: "\U0001f600".encode("ascii", "xmlcharrefreplace"))
t(lambda: "\x81\u0101\U00010101".encode("ascii", "backslashreplace"))
t(lambda: type("x".encode()).__name__)

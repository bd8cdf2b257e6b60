# bytes.decode with utf-8 / ascii / latin-1 and the error handlers
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
samples = [b"abc", b"h\xc3\xa9", b"\xff", b"a\x80b", b"\xe2\x82\xac", b"\xe2\x82", b"\xed\xa0\x80", b"\xed\xb2\x80x",
           b"\xf0\x90\x90\xa8", b"\xf0\x90\x90", b"\xc0\x80", b"\xf5\x80\x80\x80", b"\xe0\x80\x80", b"\xef\xbf\xbf", b"\x00\x7f"]
for s in samples:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for h in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]:
            t(lambda: (s, enc, h, s.decode(enc, h)))
t(lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))
t(lambda: b"\xff".decode("utf-8", "namereplace"))
t(lambda: b"\xff".decode("utf-8", "nope"))
t(lambda: b"ok".decode("utf-8", "nope"))
t(lambda: b"x".decode("nope"))
t(lambda: b"\xff".decode(errors="replace"))
t(lambda: b"\xe9".decode(encoding="latin-1"))
t(lambda: "\udcff\udc80".encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape"))
t(lambda: "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass"))
t(lambda: bytearray(b"\xc3\xa9").decode())
t(lambda: b"a\xc3".decode("utf-8", "replace") + b"\xa9".decode("utf-8", "replace"))

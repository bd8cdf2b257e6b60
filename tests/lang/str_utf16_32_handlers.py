# UTF-16 / UTF-32 / UTF-8-sig with every error handler, both directions
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
# str.encode/decode via utf-16/32 handlers and BOM
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]:
    for s in ["a", "é𐐨", "\ud800", "a\udcff"]:
        for h in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogatepass", "surrogateescape"]:
            t(lambda: (enc, s, h, s.encode(enc, h)))
for enc in ["utf-16", "utf-16-le", "utf-32-be", "utf-8-sig"]:
    for b in [b"", b"\xff", b"\xff\xfe", b"\xfe\xff\x00a", b"a\x00b", b"\x00\xd8a\x00", b"\xef\xbb\xbfx", b"\x00\x00\x00a\x00"]:
        for h in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass", "surrogateescape"]:
            t(lambda: (enc, b, h, b.decode(enc, h)))

# codec errors: CPython's fast-path names raise plainly, other names (aliases,
# utf-8-sig, utf-16-le, ...) wrap plain exceptions as 'encoding with ... codec failed'
names = ["utf-8", "UTF8", "utf_8", "U8", "utf", "utf-8-sig", "utf-16", "utf16", "UTF-16", "utf-16-le", "utf-16be", "utf-32", "utf_32", "utf-32-le", "ascii", "ASCII", "us-ascii", "us_ascii", "646", "latin-1", "latin1", "Latin_1", "iso-8859-1", "iso8859-1", "iso8859_1", "l1", "cp819", "8859"]
for n in names:
    for f in [lambda: "\udcff\U00010428".encode(n, "nope"), lambda: b"\xff\xfe\xff\xdb\xff".decode(n, "nope"), lambda: b"\xed\xa0\x80\xff\xff".decode(n, "xmlcharrefreplace"), lambda: "\ud800\u0100".encode(n, "surrogateescape")]:
        try:
            r = f()
            print(n, "->", repr(r))
        except Exception as e:
            print(n, type(e).__name__, e)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
t(lambda: b'\xee'.decode('utf-8-sig', 'nope'))
t(lambda: b'ab'.decode('utf-32-le', 'nope'))
t(lambda: b'ab\x00\x00'.decode('utf-32-le', 'nope'))
t(lambda: b'\xff\xfe'.decode('utf-16', 'nope'))
t(lambda: b''.decode('bogus'))
t(lambda: bytearray(b'').decode('bogus', 'strict'))
t(lambda: str(b'', 'bogus'))
t(lambda: ''.encode('bogus'))
t(lambda: b'x'.decode('bogus'))
t(lambda: b'\xff'.decode('U8', 'strict'))
t(lambda: 'é'.encode('646'))

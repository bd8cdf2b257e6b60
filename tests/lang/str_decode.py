# bytes.decode with codecs and error handlers.
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
print(b"\xf0\x9f\x98\x80".decode(), len(b"\xf0\x9f\x98\x80".decode()))
bad = b"a\xffb\xc3(c\xe2\x82d\xf0\x9f\x98"
for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
    print(errors, ascii(bad.decode("utf-8", errors)))
for data in (b"\xff", b"\xe9abc", b"a\xe9", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"ab\xe2\x82"):
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end)
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"a\xe9".decode("ascii", "replace"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
print("\udcff".encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape") == "\udcff")
try:
    b"x".decode("nope")
except LookupError as e:
    print(type(e).__name__, e)

# str.encode with codecs and error handlers.
s = "héllo wörld \u20ac \U0001F600"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), len(s.encode()))
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("latin-1", "replace"), "é".encode("latin1"), "é".encode("iso-8859-1"))
for enc in ("ascii", "latin-1"):
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
        print(e.encoding, e.start, e.end, e.reason)
try:
    "aéé".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "a".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print(type(e).__name__, e)
print("a".encode(errors="bogus"))
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("\udcff".encode("utf-8", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"))

# Edge cases with empty strings.
e = ""
print(repr(e + e), repr(e * 10), len(e), repr(e[:]), repr(e[::-1]), list(e))
print(e.split(), e.split("x"), e.rsplit("x"), e.splitlines(), e.partition("x"))
print(repr(e.strip()), repr(e.upper()), repr(e.title()), repr(e.center(3)), repr(e.zfill(2)))
print(e.isalpha(), e.isdigit(), e.isspace(), e.isprintable(), e.isascii(), e.isidentifier(), e.istitle())
print(e.find(""), e.rfind(""), e.count(""), e.startswith(""), e.endswith(""), e in "abc")
print(repr(e.join(["", ""])), repr("x".join(["", ""])), repr(e.replace("", "a")), repr(e.expandtabs()))
print(repr(str(e)), repr(e.encode()), repr(b"".decode()), e == "", e < "a", hash(e) == hash(""))

# UTF-16, UTF-32 and UTF-8-sig codecs.
s = "a\xe9\u20ac\U0001F600"
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig", "UTF16", "utf_32_be"):
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b"\xef\xbb\xbfa".decode("utf-8-sig"), b"a".decode("utf-8-sig"), b"\xfe\xff\x00a".decode("utf-16"))
print(ascii(b"\xff\xfea\x00".decode("utf-16-le")), ascii(b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32")))
tests = [(b"\x00", "utf-16"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16"), (b"\x00\xdc", "utf-16"),
         (b"a\x00b", "utf-16-be"), (b"a\x00\x00", "utf-32"), (b"\x00\x00\x11\x00", "utf-32"),
         (b"\x00\xd8\x00\x00", "utf-32"), (b"\x00\xd8\x00\x00", "utf-32-be")]
for data, enc in tests:
    try:
        print(ascii(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end)
    print(ascii(data.decode(enc, "replace")), ascii(data.decode(enc, "ignore")))
for enc in ("utf-16", "utf-32"):
    try:
        "\ud800".encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
print("\xe9".encode("utf-16-le", "strict"), "x\ud800".encode("utf-16-le", "replace"), "x\ud800".encode("utf-32-be", "backslashreplace"))
print(chr(0xd800).encode("utf-16-le", "surrogatepass"), b"\x00\xd8".decode("utf-16-le", "surrogatepass") == chr(0xd800))

# UnicodeEncodeError / UnicodeDecodeError details raised by str.encode / bytes.decode
def show(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, "|", e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: "aé".encode("ascii"))
show(lambda: "aéèb".encode("ascii"))
show(lambda: "a\u20ac".encode("latin-1"))
show(lambda: "a\u20ac\u20ac\u20acb".encode("latin-1"))
show(lambda: "a\ud800b".encode("utf-8"))
show(lambda: "a\ud800\udc00b".encode("utf-8"))
show(lambda: "\U00010428".encode("ascii"))
show(lambda: "x\udc80".encode("ascii"))
show(lambda: b"a\xffb".decode("ascii"))
show(lambda: b"a\xff\xfeb".decode("utf-8"))
show(lambda: b"\xe2\x82".decode("utf-8"))
show(lambda: b"\xe2\x82a".decode("utf-8"))
show(lambda: b"\xf0\x90\x80".decode("utf-8"))
show(lambda: b"\xf8\x88\x80\x80\x80".decode("utf-8"))
show(lambda: b"\xc0\xaf".decode("utf-8"))
show(lambda: b"\xed\xb0\x80".decode("utf-8"))
show(lambda: b"\xf4\x90\x80\x80".decode("utf-8"))
show(lambda: b"\x80".decode("utf-8"))
show(lambda: b"ab\x80".decode("ascii"))
try:
    "aé".encode("ascii")
except UnicodeEncodeError as e:
    print(e.args, isinstance(e, ValueError), isinstance(e, UnicodeError))
    e.start = 0
    e.reason = "custom"
    print(str(e))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.args, type(e.object).__name__)
e = UnicodeEncodeError("ascii", "xyz", 1, 2, "why")
print(str(e), e.args)
e = UnicodeEncodeError("ascii", "xyz", 1, 3, "why")
print(str(e))
e = UnicodeDecodeError("utf-8", b"\x80\x81", 0, 1, "bad")
print(str(e))
e = UnicodeDecodeError("utf-8", b"\x80\x81", 0, 2, "bad")
print(str(e))

# charmap codecs (cp1252, cp437, ...) through str.encode / bytes.decode, with error handlers
def t(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e, e.start, e.end)
    except Exception as e:
        print(type(e).__name__, e)
for enc in ["cp1252", "cp437", "cp850", "iso8859-15", "koi8-r", "mac-roman"]:
    for s in ["abc", "é€", "Σς", "aĀbĀĀc", "\udc80", "\U0001f600x"]:
        for h in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "surrogateescape", "nope"]:
            t(lambda: (enc, s, h, s.encode(enc, h)))
for enc in ["cp1252", "cp437", "koi8-r"]:
    for b in [b"abc", b"\x80\x81\x8d\x90\x9d", b"\xe9\xff"]:
        for h in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "xmlcharrefreplace", "nope"]:
            t(lambda: (enc, b, h, b.decode(enc, h)))
t(lambda: "€".encode("cp1252").decode("cp1252"))
t(lambda: bytes(range(256)).decode("cp437") == bytes(range(256)).decode("cp437", "strict"))
t(lambda: len(bytes(range(256)).decode("latin-1").encode("cp1252", "replace")))

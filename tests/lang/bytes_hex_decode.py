# hex / fromhex / decode.
print(b"\x00\xffab".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex(" ", -4), b"".hex())
print(bytes.fromhex("41 42 43"), bytes.fromhex("deadBEEF"), bytearray.fromhex("00 ff"), bytes.fromhex(""))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
print(b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode(errors="ignore"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)

# Error messages for bytes operations.
tests = [
    lambda: bytes(-1), lambda: bytes("abc"), lambda: bytes([256]), lambda: bytes(["a"]),
    lambda: bytes(1.5), lambda: b"abc"[5], lambda: b"abc"["x"], lambda: b"a" + "b",
    lambda: b"a" + 1, lambda: "b" in b"abc", lambda: 300 in b"abc", lambda: b"abc".find("a"),
    lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: bytes("a", "foo"),
    lambda: bytes(5, "utf-8"), lambda: b"a".join(["x"]), lambda: b"a".split("a"),
    lambda: b"abc".replace("a", "b"), lambda: hash(bytearray()), lambda: b"x".center(5, "*"),
    lambda: b"abc".index(b"z"), lambda: b"a" * 1.5, lambda: b"%s" % "x", lambda: b"%d %d" % (1,),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

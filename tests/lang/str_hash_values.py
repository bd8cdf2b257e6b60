# With PYTHONHASHSEED=0 (the test runner's setting) str and bytes hash to
# CPython's exact values.
for s in ("", "a", "abc", "hello world", "\xe9", "caf\xe9", "\u65e5\u672c", "\U0001F600", "a\U0001F600", "\xff\u0100"):
    print(ascii(s), hash(s))
for b in (b"", b"abc", b"\xff\x00"):
    print(b, hash(b))
print(hash("abc") == hash(b"abc"), hash("\xe9") == hash("\xe9".encode("latin-1")))

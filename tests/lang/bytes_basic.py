# bytes literals, repr, len, indexing, slicing, iteration, comparisons.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], list(b))
print(repr(b""), repr(b"it's"), repr(b'say "x"'), repr(b"both ' \""), repr(b"\x00\t\n\r\\\x7f\x80\xff"))
print(b == b"hello", b != b"x", b < b"help", b"a" < b"ab", b"" < b"a", b == "hello")
print(b + b" world", b * 2, 2 * b, b"x" * 0, b"ab" in b"cabd", 97 in b"abc", 120 in b"abc")
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "latin-1"))
print(hash(b"abc") == hash(b"ab" + b"c"), hash(b"") == 0, {b"k": 1}[b"k"])
print(b.upper(), b.title(), b"Hello World".swapcase(), b"hello".capitalize(), b"ABC".lower())
it = iter(b"ab")
print(next(it), next(it), list(it))
print(b[True:], bytes(b"x")[0])

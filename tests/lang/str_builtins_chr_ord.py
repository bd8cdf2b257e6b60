# chr, ord, ascii, format builtins.
print(chr(65), chr(0xe9), chr(0x65e5), chr(0x1F600), repr(chr(0)), len(chr(0x10ffff)))
print(ord("A"), ord("é"), ord("日"), ord("\U0001F600"), ord(b"A"), ord(bytearray(b"z")))
for bad in (lambda: chr(-1), lambda: chr(0x110000)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (lambda: chr("a"), lambda: chr(1.5), lambda: ord("ab"), lambda: ord(""), lambda: ord(1), lambda: ord(b"ab")):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(ascii("é日"), ascii(1), ascii([1, "ü"]))
print(format("ab", ">4"), format(3), format("x"), format(255, "x"))
print(format("abc", "^9"), format("abc", "*<6"), format("abcdef", ".2"))

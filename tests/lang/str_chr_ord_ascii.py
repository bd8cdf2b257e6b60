# chr / ord / ascii / repr builtins on str edge cases
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for c in [0, 9, 10, 31, 32, 65, 126, 127, 128, 159, 160, 173, 255, 256, 0x37f, 0x2028, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0xe0001, 0x10ffff]:
    ch = chr(c)
    print(c, repr(ch), ascii(ch), ord(ch), len(ch))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr(2**31))
t(lambda: chr(-2**31 - 1))
t(lambda: chr(2**64))
t(lambda: chr(1.0))
t(lambda: chr("a"))
t(lambda: chr(True))
t(lambda: chr())
t(lambda: chr(1, 2))
class I:
    def __index__(self): return 0x41
t(lambda: chr(I()))
t(lambda: ord(""))
t(lambda: ord("ab"))
t(lambda: ord("𐐨"))
t(lambda: ord(b"a"))
t(lambda: ord(bytearray(b"z")))
t(lambda: ord(b""))
t(lambda: ord(1))
t(lambda: ord(None))
t(lambda: ord())
class S(str): pass
t(lambda: ord(S("q")))
t(lambda: ascii("é𐐨\x00'"))
t(lambda: ascii(["é", b"\xff", {"k": "ü"}]))
t(lambda: ascii(S("é")))
t(lambda: ascii(1.5))
t(lambda: repr("\x00\x7f\x80\xa0\xad\u200b\ufeff"))
t(lambda: ascii())

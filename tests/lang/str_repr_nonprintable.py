# repr() and ascii() of strs: quotes, escapes, non-printables by category
cands = list(range(0, 0x100)) + [0x300, 0x34f, 0x378, 0x37e, 0x600, 0x61c, 0x70f, 0x85f, 0x180e, 0x200b, 0x200c, 0x200d,
         0x200e, 0x2028, 0x2029, 0x202a, 0x202f, 0x205f, 0x2060, 0x2064, 0x2065, 0x206f, 0x3000, 0xd800, 0xdbff, 0xdc00,
         0xdfff, 0xe000, 0xf8ff, 0xfeff, 0xfff9, 0xfffc, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x1000c, 0x110bd, 0x1bca0,
         0x1d173, 0x1f600, 0xe0001, 0xe0020, 0xe0100, 0xe01ef, 0xf0000, 0x10fffd, 0x10ffff, 0x2fa1d, 0x2fa1e, 0x3134a, 0x3134b]
for c in cands:
    ch = chr(c)
    print(hex(c), repr(ch), ascii(ch), ch.isprintable())
for s in ["'", '"', "'\"", "'\"'", "a'b", 'a"b', "\\", "\\'", "''", '""', "it's \"q\"", "\t\n\r", "\x00\x07\x08\x0b\x0c\x1b",
          "é'𐐨\"", "\U0001f600'", "\\x41"]:
    print(repr(s), ascii(s), repr(repr(s)), str(s) == s)
class S(str):
    pass
print(repr(S("a'b")), ascii(S("é")), str(S("x")), type(str(S("x"))).__name__)
class R(str):
    def __repr__(self): return "R!"
    def __str__(self): return "S!"
print(repr(R("a")), str(R("a")), "%s %r" % (R("a"), R("a")), "{} {!r}".format(R("a"), R("a")), f"{R('a')!s}", [R("a")])
